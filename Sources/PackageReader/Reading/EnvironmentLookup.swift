import CatalogDiagnostics
import CatalogSupport
import Foundation

/// Where `${{VAR}}` values come from: with `--env NAME`, `env/.env.NAME` and then
/// `env/.env.NAME.user` in the package's folder or up to three folders above it (Teams
/// Toolkit projects keep `env/` beside `appPackage/`); then the `--env-file`s, later ones
/// winning. Values from a `.user` file are secrets (as are `SECRET_*` names).
enum EnvironmentLookup {
    static let levels = 4

    /// The environment, and a finding when `--env NAME` found no file.
    static func find(for input: PackageInput, options: LoadOptions) -> (environment: PlaceholderEnvironment?, missing: Diagnostic?) {
        guard options.substitutesPlaceholders else { return (nil, nil) }
        var env = PlaceholderEnvironment()
        var missing: Diagnostic? = nil
        if let name = options.environmentName {
            let (found, looked) = named(name, from: input.kind == .folder ? input.url : input.url.deletingLastPathComponent(), options: options)
            env = found
            if found.sources.isEmpty {
                missing = .error(
                    .placeholder, "--env \(name): no env/.env.\(name) was found (looked in \(looked.joined(separator: ", "))); placeholders stay as written",
                    file: input.display)
            }
        }
        for url in options.environmentFiles {
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                env = env.merging(
                    PlaceholderEnvironment(
                        values: PlaceholderEnvironment.parse(text), sources: [display(url, options)],
                        secretFile: url.lastPathComponent.hasSuffix(".user")))
            }
        }
        return (env, missing)
    }

    /// The nearest `env/` folder with `.env.NAME` or `.env.NAME.user`, and the folders looked in.
    static func named(_ name: String, from start: URL, options: LoadOptions) -> (PlaceholderEnvironment, looked: [String]) {
        var dir = start
        var looked: [String] = []
        for _ in 0..<levels {
            var env = PlaceholderEnvironment()
            let folder = dir.appendingPathComponent("env")
            looked.append(display(folder, options))
            for file in [".env.\(name)", ".env.\(name).user"] {
                let url = folder.appendingPathComponent(file)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                env = env.merging(
                    PlaceholderEnvironment(
                        values: PlaceholderEnvironment.parse(text), sources: [display(url, options)],
                        secretFile: file.hasSuffix(".user")))
            }
            if !env.sources.isEmpty { return (env, looked) }
            dir = dir.deletingLastPathComponent()
        }
        return (PlaceholderEnvironment(), looked)
    }

    static func display(_ url: URL, _ options: LoadOptions) -> String {
        DisplayPath.relative(url, to: options.displayBase)
    }
}
