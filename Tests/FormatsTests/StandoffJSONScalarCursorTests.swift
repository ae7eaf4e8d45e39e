import CorpusModel
import TestSupport
import Testing

@testable import Formats

@Suite("Scalar cursor")
struct StandoffJSONScalarCursorTests {
    /// The cursor agrees with the offset table on every span: sorted or not, short or long, valid or not.
    @Test(arguments: 0..<200)
    func agreesWithTheOffsetTable(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &+ 3_000)
        var text = ""
        for _ in 0..<Int.random(in: 0...3, using: &random) { text += RandomDocuments.text(&random) }
        let document = Document(id: "d", text: text)
        let table = OffsetTable(document)
        let count = document.utf8Count
        var spans = (0..<30).map { _ in
            let a = Int.random(in: 0...(count + 1), using: &random)
            let b = Int.random(in: 0...(count + 1), using: &random)
            return Span(min(a, b), max(a, b))
        }
        if seed % 2 == 0 { spans.sort() }
        document.withUTF8 { bytes in
            var cursor = ScalarCursor(text: bytes, table: table)
            for span in spans { #expect(cursor.scalarSpan(span) == table.scalarSpan(span), "\(span)") }
        }
    }
}
