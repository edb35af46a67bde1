import PackageReader
import Testing

/// A confirmation's text split into text and `{{function.parameters.…}}` placeholders.
@Suite struct ConfirmationSegmentsTests {
    @Test func placeholdersAreCutOutOfTheText() {
        let cases: [(String, [PackageReader.Confirmation.Segment])] = [
            ("", []),
            ("Send the mail?", [.text("Send the mail?")]),
            ("Send {{function.parameters.to}} the mail", [.text("Send "), .parameter("to"), .text(" the mail")]),
            ("{{ function.parameters.x }}", [.parameter("x")]),
            ("a {{other}} b", [.text("a {{other}} b")]),
            ("a {{unclosed", [.text("a {{unclosed")]),
            ("{{function.parameters.}}", [.text("{{function.parameters.}}")]),
            ("é{{function.parameters.ü}}—", [.text("é"), .parameter("ü"), .text("—")]),
            ("{{{function.parameters.a}}}", [.text("{{{function.parameters.a}}}")]),
            ("{{function.parameters.a}}{{function.parameters.b}}", [.parameter("a"), .parameter("b")]),
        ]
        for (text, expected) in cases {
            #expect(PackageReader.Confirmation.segments(text) == expected, "\(text)")
        }
    }
}
