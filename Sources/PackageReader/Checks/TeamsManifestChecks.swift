import CatalogDiagnostics
import Foundation
import JSONTree

/// PKG-03 and TM: the Teams app manifest.
enum TeamsManifestChecks {
    static func run(_ c: CheckContext) {
        guard let doc = c.manifest, doc.root.object != nil else { return }
        icons(doc, c)
        versions(doc, c)
        composeExtensions(doc, c)
        names(doc, c)
        if c.agent != nil, let full = doc.root["description"]?["full"], let text = full.string,
            !text.localizedCaseInsensitiveContains("copilot"), !text.contains("[[")
        {
            c.report(.error(.tm13, "the long description should say the agent works in Microsoft 365 Copilot", file: doc.display, at: full.location))
        }
    }

    /// PKG-03: the color icon is a 192×192 PNG, the outline icon a 32×32 PNG (PKG-01 when missing).
    static func icons(_ doc: PackageDocument, _ c: CheckContext) {
        for (key, size) in [("color", 192), ("outline", 32)] {
            guard let node = doc.root["icons"]?[key], let ref = node.string else { continue }
            guard let path = c.store.reference(ref, from: doc.path, at: node.location, what: "\(key) icon") else { continue }
            guard let bytes = c.store.binary(path) else { continue }
            guard let (w, h) = PNG.size(bytes) else {
                c.report(.error(.pkg03, "the \(key) icon is not a PNG image", file: doc.display, at: node.location))
                continue
            }
            if w != size || h != size {
                c.report(.error(.pkg03, "the \(key) icon is \(w)×\(h); it must be \(size)×\(size)", file: doc.display, at: node.location))
            }
        }
    }

    /// TM-02 (agents need 1.13, `copilotAgents` 1.19) and TM-04 (API-based message extensions 1.17).
    static func versions(_ doc: PackageDocument, _ c: CheckContext) {
        guard let node = doc.root["manifestVersion"], let version = node.scalarText, let v = ManifestVersion(version) else { return }
        if doc.root["copilotAgents"] != nil, v < ManifestVersion(1, 19) {
            c.report(.error(.tm02, "copilotAgents needs manifestVersion 1.19 or later (this manifest is \(version))", file: doc.display, at: node.location))
        } else if c.agent != nil, v < ManifestVersion(1, 13) {
            c.report(.error(.tm02, "a declarative agent needs manifestVersion 1.13 or later (this manifest is \(version))", file: doc.display, at: node.location))
        }
        if c.messageExtensions.contains(where: { $0.kind == .apiBased }), v < ManifestVersion(1, 17) {
            c.report(
                .error(
                    .tm04, "an API-based message extension needs manifestVersion 1.17 or later (this manifest is \(version))",
                    file: doc.display, at: node.location))
        }
    }

    /// TM-08 (counts and lengths), TM-09 (an API-based extension's long description) and TM-10 (authorization).
    static func composeExtensions(_ doc: PackageDocument, _ c: CheckContext) {
        let extensions = doc.root["composeExtensions"]?.array ?? []
        if extensions.count > 1, let second = extensions.dropFirst().first {
            c.report(.error(.tm08, "an app has at most one message extension (this one has \(extensions.count))", file: doc.display, at: second.location))
        }
        for ce in extensions {
            let commands = ce["commands"]?.array ?? []
            if commands.count > 10 {
                c.report(.error(.tm08, "a message extension has at most 10 commands (this one has \(commands.count))", file: doc.display, at: ce["commands"]?.location))
            }
            for command in commands { CommandLimits.check(command, file: doc.display, c) }
            authorization(ce, file: doc.display, c)
        }
        if c.messageExtensions.contains(where: { $0.kind == .apiBased }), let full = doc.root["description"]?["full"], let text = full.string, text.count > 128 {
            c.report(
                .warning(
                    .tm09, "the long description has \(text.count) characters; API-based message extension docs ask for at most 128", file: doc.display,
                    at: full.location))
        }
    }

    /// Each auth type and the configuration it needs (Entra's only says whether SSO is on).
    static let authorizations: [String: String?] = [
        "none": nil, "apiSecretServiceAuth": "apiSecretServiceAuthConfiguration",
        "microsoftEntra": nil, "oAuth2.0": "oAuthConfiguration"
    ]

    /// TM-10: a known `authorization.authType`, with the configuration object it needs.
    static func authorization(_ ce: SourceNode, file: String, _ c: CheckContext) {
        guard let auth = ce["authorization"], let typeNode = auth["authType"] else { return }
        let type = typeNode.string ?? ""
        guard let configuration = authorizations[type] else {
            c.report(
                .error(
                    .tm10, "authorization.authType \"\(type)\" is not one of \(authorizations.keys.sorted().joined(separator: ", "))",
                    file: file, at: typeNode.location))
            return
        }
        if let configuration, auth[configuration] == nil {
            c.report(.error(.tm10, "authType \(type) needs authorization.\(configuration)", file: file, at: typeNode.location))
        }
    }

    /// TM-12: an agent's app, agent and plugin names are the same (in every language).
    /// Placeholders are left out before comparing (`Trey${{APP_NAME_SUFFIX}}` is `Trey` when
    /// the suffix is empty, as it is for the store).
    static func names(_ doc: PackageDocument, _ c: CheckContext) {
        guard let agent = c.agent, let short = c.app?.shortName else { return }
        let name = { (text: LocalizableText, tag: String) in
            PackageIdentity.withoutPlaceholders(c.localization.resolve(text, locale: tag).value).trimmingCharacters(in: .whitespaces)
        }
        for tag in c.localization.locales {
            let app = name(short, tag)
            let agentName = name(agent.name, tag)
            if agentName != app {
                c.report(
                    .error(
                        .tm12, "the agent's name \"\(agentName)\" differs from the app's short name \"\(app)\"\(tag == c.localization.defaultLocale ? "" : " in \(tag)")",
                        file: agent.name.file ?? agent.file, at: agent.name.location))
                return
            }
            for p in c.plugins {
                let pluginName = name(p.info.nameForHuman, tag)
                if pluginName != app {
                    c.report(
                        .error(
                            .tm12, "the plugin's name_for_human \"\(pluginName)\" differs from the app's short name \"\(app)\"\(tag == c.localization.defaultLocale ? "" : " in \(tag)")",
                            file: p.display, at: p.info.nameForHuman.location))
                    return
                }
            }
        }
    }
}

/// TM-08: a command's limits (parameters 1–5; title ≤ 32, descriptions ≤ 128, semantic
/// descriptions ≤ 5,000 for a command and ≤ 2,000 for a parameter).
enum CommandLimits {
    static func check(_ command: SourceNode, file: String, _ c: CheckContext) {
        let parameters = command["parameters"]?.array ?? []
        if parameters.count > 5 {
            c.report(.error(.tm08, "a command has at most 5 parameters (this one has \(parameters.count))", file: file, at: command["parameters"]?.location))
        }
        length(command["title"], 32, "a command title", file, c)
        length(command["description"], 128, "a command description", file, c)
        length(command["semanticDescription"], 5_000, "a command's semanticDescription", file, c)
        for p in parameters {
            length(p["description"], 128, "a parameter description", file, c)
            length(p["semanticDescription"], 2_000, "a parameter's semanticDescription", file, c)
        }
    }

    static func length(_ node: SourceNode?, _ limit: Int, _ what: String, _ file: String, _ c: CheckContext) {
        guard let node, let text = node.string, text.count > limit else { return }
        c.report(.error(.tm08, "\(what) has at most \(limit) characters (this one has \(text.count))", file: file, at: node.location))
    }
}

/// `1.19`, comparable; `devPreview` is newer than every number.
struct ManifestVersion: Comparable {
    var major: Int
    var minor: Int

    init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    init?(_ text: String) {
        if text == "devPreview" { self.init(Int.max, 0); return }
        let parts = text.split(separator: ".").compactMap { Int($0) }
        guard parts.count >= 2 else { return nil }
        self.init(parts[0], parts[1])
    }

    static func < (a: ManifestVersion, b: ManifestVersion) -> Bool { (a.major, a.minor) < (b.major, b.minor) }
}

/// The size a PNG file declares (its IHDR chunk).
enum PNG {
    static func size(_ bytes: [UInt8]) -> (Int, Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }
}
