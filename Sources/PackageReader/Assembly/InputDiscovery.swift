import CatalogSupport
import CatalogDiagnostics
import Foundation
import JSONTree

/// Turns what the user named (folders, archives, files, globs already expanded) into
/// package inputs with unique ids.
public enum InputDiscovery {
    /// Folders never searched for packages.
    static let skippedFolders: Set<String> = ["node_modules", "bin", "obj", "build", "dist", ".git", ".build", "_site"]
    static let maxSearchDepth = 8

    /// Finds the packages under `urls`. A folder holding `manifest.json` (or its `.tpl`, or
    /// `manifest.template.json`) is a package; any other folder is searched (depth-limited) for
    /// package folders and `.zip` files; a `.zip` is a package; a JSON or YAML file is a bare plugin manifest or OpenAPI
    /// description (decided by its content). `displayBase` shortens paths for display.
    public static func discover(_ urls: [URL], displayBase: URL? = nil) -> (inputs: [PackageInput], diagnostics: [Diagnostic]) {
        var found: [(PackageInput.Kind, URL)] = []
        var diagnostics: [Diagnostic] = []
        for url in urls {
            let path = url.standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
                diagnostics.append(.error(.notAPackage, "no such file or folder", file: display(path, base: displayBase)))
                continue
            }
            if isDirectory.boolValue {
                let before = found.count
                search(path, depth: 0, into: &found)
                if found.count == before {
                    diagnostics.append(.error(.notAPackage, "no package (manifest.json or .zip) was found in this folder", file: display(path, base: displayBase)))
                }
            } else if path.pathExtension.lowercased() == "zip" {
                found.append((.archive, path))
            } else if let kind = sniff(path) {
                found.append((kind, path))
            } else {
                diagnostics.append(.error(.notAPackage, "not a package, a .zip, a plugin manifest or an OpenAPI description", file: display(path, base: displayBase)))
            }
        }
        // Sorted by path for deterministic ids and order; the same input named twice counts once.
        var seen = Set<String>()
        let unique = found.filter { seen.insert($0.1.path).inserted }.sorted { $0.1.path < $1.1.path }
        let ids = PackageIdentity.ids(for: unique, base: displayBase)
        let inputs = unique.enumerated().map { i, item in
            PackageInput(kind: item.0, url: item.1, display: display(item.1, base: displayBase), id: ids[i])
        }
        return (inputs, diagnostics)
    }

    /// The app short names of the packages, for rules that compare a package with the others.
    public static func packageNames(_ inputs: [PackageInput]) -> [String] { PackageIdentity.shortNames(inputs) }

    static func search(_ folder: URL, depth: Int, into found: inout [(PackageInput.Kind, URL)]) {
        let fm = FileManager.default
        let manifest = folder.appendingPathComponent("manifest.json")
        if fm.fileExists(atPath: manifest.path) || fm.fileExists(atPath: manifest.path + ".tpl")
            || fm.fileExists(atPath: folder.appendingPathComponent("manifest.template.json").path)
        {
            found.append((.folder, folder))
            return
        }
        guard depth < maxSearchDepth,
            let children = try? fm.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles])
        else { return }
        for child in children.sorted(by: { $0.path < $1.path }) {
            let values = try? child.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
            if values?.isSymbolicLink == true { continue }
            if values?.isDirectory == true {
                if skippedFolders.contains(child.lastPathComponent) { continue }
                search(child, depth: depth + 1, into: &found)
            } else if child.pathExtension.lowercased() == "zip" {
                found.append((.archive, child))
            }
        }
    }

    /// Reads the start of a JSON or YAML file to tell a plugin manifest from an OpenAPI description.
    static func sniff(_ url: URL) -> PackageInput.Kind? {
        let ext = url.pathExtension.lowercased()
        guard ["json", "yaml", "yml"].contains(ext),
            let handle = FileHandle(forReadingAtPath: url.path)
        else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 64 * 1024)) ?? Data(), as: UTF8.self)
        if head.contains("\"openapi\"") || head.contains("\"swagger\"") || head.range(of: #"(?m)^(openapi|swagger)\s*:"#, options: .regularExpression) != nil {
            return .openAPI
        }
        if head.contains("\"schema_version\"") || head.contains("\"functions\"") || head.contains("\"runtimes\"") {
            return .pluginManifest
        }
        return nil
    }

    static func display(_ url: URL, base: URL?) -> String { DisplayPath.relative(url, to: base) }

    /// `samples/da-trey-research/appPackage` → `da-trey-research`: the path below the base,
    /// without the folder names projects give their package folder.
    static func packageSlug(_ url: URL, base: URL?) -> String {
        var components = display(url, base: base).split(separator: "/").map(String.init)
        if let last = components.last, last.lowercased().hasSuffix(".zip") || last.contains(".") {
            components[components.count - 1] = (last as NSString).deletingPathExtension
        }
        let generic: Set<String> = ["apppackage", "appmanifest", "teamsapp", "m365agent", "package", "manifest", "packages", "src", "."]
        while components.count > 1, let last = components.last, generic.contains(last.lowercased()) { components.removeLast() }
        let name = components.last ?? "package"
        return Slug.make(name, fallback: "package")
    }
}
