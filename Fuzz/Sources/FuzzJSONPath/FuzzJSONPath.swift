@testable import AdaptiveExpressions
import FuzzSupport
import JSONTree

/// Both path languages on any query and document: the JSONPath of `data_path` and message
/// extension `jsonPath` (JSONTree.JSONPath), and the JSPath of `jPath` in expressions.
///
/// Input: one byte (bit 0: JSPath instead of JSONPath; bit 1: JSONPath without the
/// `$`-less dotted form), the query, a NUL, the document (JSON; a default when it does not
/// parse).
let defaultDocument: JSONValue = (try? JSONValue.parse("""
    {"value": [{"id": 1, "name": "a", "tags": ["x", "y"], "price": 9.5, "owner": {"name": "o", "mail": "o@x"}},
               {"id": 2, "name": "b", "tags": [], "price": 12, "owner": null}],
     "results": {"items": [[1, 2], [3, [4, 5]]], "count": 2}, "automobiles": [{"maker": "Honda", "model": "Jazz", "year": 2003}]}
    """)) ?? .null

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONPath(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let mode = bytes.first else { return 0 }
    let parts = FuzzInput.parts(Array(bytes.dropFirst()), count: 2)
    let query = FuzzInput.text(parts[0])
    let document = FuzzInput.json(parts[1]) ?? defaultDocument
    if mode & 1 == 0 {
        guard let path = try? JSONPath(query, allowDotPath: mode & 2 == 0) else { return 0 }
        _ = path.description
        let selected = path.select(in: document)
        let items = path.items(in: document)
        fuzzCheck(selected.count <= 1 || items.count == selected.count, "items differ from the selection")
    } else {
        var budget = ExpressionLimits.standard.maxSteps
        do {
            _ = try JSPath.evaluate(query, on: document, budget: &budget)
        } catch {
            _ = error.message
        }
    }
    return 0
}
