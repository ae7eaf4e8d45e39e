import CorpusModel
import TestSupport
import Testing

@Suite("UTF-8 ⇄ Unicode scalar offsets")
struct OffsetTableTests {
    @Test func asciiIsIdentity() {
        let table = OffsetTable(Document(id: "a", text: "plain ASCII"))
        #expect(table.isIdentity)
        #expect(table.scalarSpan(Span(6, 11)) == ScalarSpan(6, 11))
        #expect(table.span(ScalarSpan(0, 5)) == Span(0, 5))
    }

    @Test("spans round-trip on astral, combining, CRLF and BOM text", arguments: [
        "\u{FEFF}⟦Kim⟧ ⟦Jong⟧\r\n⟦Un⟧",
        "⟦😀⟧ ⟦👩‍👩‍👧⟧ ⟦🇯🇵⟧ ⟦e\u{301}te\u{301}⟧",
        "⟦Zürich⟧ ⟦東京⟧ ⟦𝔘𝔫𝔦𝔠𝔬𝔡𝔢⟧\r\n\r\n⟦end⟧",
        "⟦\u{0}⟧ ⟦NUL⟧",
    ])
    func roundTrip(marked: String) throws {
        let case_ = MarkedText(marked)
        let document = Document(id: "x", text: case_.text)
        let table = OffsetTable(document)
        let scalars = Array(case_.text.unicodeScalars)
        #expect(table.scalarCount == scalars.count)
        for span in case_.spans {
            let scalarSpan = try #require(table.scalarSpan(span))
            // The scalar span picks out the same text as the UTF-8 span: what Python's s[a:b] would give.
            let viaScalars = String(String.UnicodeScalarView(scalars[scalarSpan.start..<scalarSpan.end]))
            #expect(viaScalars == document.text(of: span))
            #expect(table.span(scalarSpan) == span)
        }
    }

    @Test func rejectsOffsetsInsideAScalarOrOutOfRange() {
        let table = OffsetTable(Document(id: "x", text: "é!"))  // é is two bytes
        #expect(table.scalarOffset(ofUTF8: 1) == nil)
        #expect(table.scalarOffset(ofUTF8: 2) == 1)
        #expect(table.scalarOffset(ofUTF8: 4) == nil)
        #expect(table.span(ScalarSpan(0, 3)) == nil)
        #expect(table.span(ScalarSpan(2, 1)) == nil)
        #expect(table.span(ScalarSpan(0, 2)) == Span(0, 3))
    }
}
