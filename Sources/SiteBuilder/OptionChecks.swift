import Foundation

/// Checks of option values shared by the command line and the catalog file: a value that
/// would make a broken page is refused, with the values that are accepted.
public enum OptionChecks {
    /// Why `url` cannot be the site's public URL (it must be absolute http or https), or nil.
    public static func baseURLProblem(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else {
            return "\"\(url)\" is not an absolute http or https URL (for example https://contoso.example/plugins/)"
        }
        return nil
    }

    /// Why `tag` is not a BCP 47 language tag (`en`, `fr-CA`, `zh-Hant-TW`), or nil.
    public static func localeProblem(_ tag: String) -> String? {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        let language = parts.first ?? ""
        let wellFormed =
            (2...3).contains(language.count) && language.allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        return wellFormed ? nil : "\"\(tag)\" is not a BCP 47 language tag (for example en, fr-CA, pt-BR)"
    }
}
