import FuzzSupport
import JSONTree

/// The JSON reader on any bytes, with the tolerant options packages are read with and the
/// strict ones. Whatever it accepts must write back as JSON that the strict reader accepts
/// and that writes the same again (compact and pretty).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    _ = try? JSONParser.parse(bytes, options: .strict)
    guard let parsed = try? JSONParser.parse(bytes, options: .standard) else { return 0 }
    let value = parsed.root.jsonValue
    for warning in parsed.warnings { _ = warning.description }
    let written = JSONWriter.serialize(value)
    let reread: JSONValue
    do {
        reread = try JSONParser.parse(Array(written.utf8), options: .strict).root.jsonValue
    } catch {
        fuzzCheck(false, "the writer's output does not parse: \(error) in \(written.prefix(300))")
        return 0
    }
    fuzzCheck(JSONWriter.serialize(reread) == written, "writing is not stable: \(written.prefix(300))")
    let pretty = JSONWriter.serialize(value, style: .pretty(indent: 2))
    let prettyReread = try? JSONParser.parse(Array(pretty.utf8), options: .strict).root.jsonValue
    fuzzCheck(prettyReread.map { JSONWriter.serialize($0) } == written, "pretty output reads differently: \(pretty.prefix(300))")
    return 0
}
