import CatalogDiagnostics
import Foundation
import JSONTree

/// Follows `$ref`s: local (`#/components/schemas/X`), to other files in the package
/// (`common.yaml#/Pet`, `pet.json`), never remote (reported, not fetched).
struct ReferenceResolver {
    let store: DocumentStore
    private var reportedRemote = Set<String>()
    private var reportedMissing = Set<String>()
    /// Targets already found: a description refers to the same few components from
    /// thousands of places.
    private var known: [Use: Target] = [:]

    private struct Use: Hashable {
        var file: PackagePath
        var ref: String
    }

    init(store: DocumentStore) {
        self.store = store
    }

    struct Target {
        let node: SourceNode
        let file: PackagePath
        /// The JSON Pointer inside `file` ("" for the whole file).
        let pointer: String
        /// Identifies the target across files.
        let key: String

        init(node: SourceNode, file: PackagePath, pointer: String) {
            self.node = node
            self.file = file
            self.pointer = pointer
            key = file.description + "#" + pointer
        }
    }

    /// The node a `$ref` string written in `file` at `location` points at.
    mutating func target(of ref: String, in file: PackagePath, at location: SourceLocation) -> Target? {
        let use = Use(file: file, ref: ref)
        if let t = known[use] { return t }
        // Failures are not remembered: each is reported where it is written (once).
        guard let t = find(ref, in: file, at: location) else { return nil }
        known[use] = t
        return t
    }

    private mutating func find(_ ref: String, in file: PackagePath, at location: SourceLocation) -> Target? {
        let hash = ref.firstIndex(of: "#")
        let filePart = hash.map { String(ref[..<$0]) } ?? ref
        let fragment = hash.map { String(ref[ref.index(after: $0)...]) } ?? ""
        var targetFile = file
        if !filePart.isEmpty {
            let lower = filePart.lowercased()
            if lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("//") || lower.contains("://") {
                if reportedRemote.insert(ref).inserted {
                    store.report(.error(.oas04, "remote reference \"\(ref)\" is not supported and is never fetched", file: store.display(file), at: location))
                }
                return nil
            }
            guard let resolved = store.reference(filePart, from: file, at: location, what: "$ref") else { return nil }
            targetFile = resolved
        }
        guard let doc = store.document(targetFile) else { return nil }
        let pointer = fragment.utf8.contains(UInt8(ascii: "%")) ? (fragment.removingPercentEncoding ?? fragment) : fragment
        guard pointer.isEmpty || pointer.hasPrefix("/") else {
            report(missing: ref, "\"\(ref)\" is not a JSON Pointer reference", file: file, at: location)
            return nil
        }
        guard let node = doc.root.resolve(pointer: pointer) else {
            report(missing: ref, "the reference \"\(ref)\" points at nothing in \(doc.display)", file: file, at: location)
            return nil
        }
        return Target(node: node, file: targetFile, pointer: pointer)
    }

    private mutating func report(missing ref: String, _ message: String, file: PackagePath, at location: SourceLocation) {
        if reportedMissing.insert(file.description + "|" + ref).inserted {
            store.report(.error(.oasRef, message, file: store.display(file), at: location))
        }
    }

    /// Follows `$ref` chains on a non-schema object (parameter, response, path item…).
    mutating func dereference(_ node: SourceNode, in file: PackagePath) -> (node: SourceNode, file: PackagePath)? {
        var current = (node: node, file: file)
        var seen = Set<String>()
        for _ in 0..<32 {
            guard let ref = current.node["$ref"]?.string else { return current }
            guard let t = target(of: ref, in: current.file, at: current.node["$ref"]?.location ?? current.node.location) else { return nil }
            if !seen.insert(t.key).inserted {
                store.report(.error(.oasRef, "the reference \"\(ref)\" is part of a cycle", file: store.display(current.file), at: current.node.location))
                return nil
            }
            current = (t.node, t.file)
        }
        store.report(.error(.oasRef, "too many chained references", file: store.display(file), at: node.location))
        return nil
    }
}
