import FuzzSupport
import JSONTree
@testable import PackageReader

/// The YAML reader (libyaml's event stream into positioned nodes, anchors, merge keys, the
/// alias budget) on any bytes. What it accepts must be a tree the JSON writer can write and
/// the strict JSON reader read back. What the subset reader reads must be exactly the tree
/// libyaml makes, positions included; it never reads what libyaml refuses or warns about.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    let subset = YAMLSubsetReader.parse(bytes)
    switch YAMLReader.parseWithLibYAML(bytes) {
    case .failure(let issue):
        fuzzCheck(issue.location.line >= 1 && issue.location.column >= 1, "a finding without a position: \(issue)")
        fuzzCheck(subset == nil, "the subset reader read what libyaml refuses: \(issue.message)")
    case .success(let result):
        for warning in result.warnings { _ = warning.message }
        let written = JSONWriter.serialize(result.root.jsonValue)
        fuzzCheck((try? JSONParser.parse(Array(written.utf8), options: .strict)) != nil,
                  "a YAML tree that does not write as JSON: \(written.prefix(300))")
        if let subset {
            fuzzCheck(result.warnings.isEmpty, "the subset reader read what libyaml warns about")
            let difference = subset.firstDifference(from: result.root)
            fuzzCheck(difference == nil, "the subset reader differs from libyaml: \(difference ?? "")")
        }
    }
    return 0
}
