import CorpusModel
import Testing

@Suite("Span")
struct SpanTests {
    @Test(arguments: [(0, 0), (0, 7), (8, 10), (4_000_000_000, 4_294_967_295)])
    func uncheckedMakesTheSameSpan(start: Int, end: Int) {
        let unchecked = Span(unchecked: UInt32(start), UInt32(end))
        #expect(unchecked == Span(start, end))
        #expect(unchecked.start == start && unchecked.end == end)
    }
}
