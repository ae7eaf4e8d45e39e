import CorpusModel
@testable import EntityTagging
import Testing

@Suite("Token shapes: the eight-bytes-at-once path agrees with the byte loop")
struct TokenShapeTests {
    /// Tokens of every kind the fast path handles or must decline.
    static let tokens: [String] = [
        "a", "z", "the", "abcdefgh", "Japan", "Kim", "McDonald", "NATO", "U.S.", "J.", "J", "A", "Ab", "Zz",
        "1996-08-30", "0", "42", "12345678", ",", "-", "(", "\"", "@", "[", "`", "{", "~", "--", "Japan-U.S.",
        "Öztürk", "ünal", "É", "42nd", "x1", "aB", "AbC", "ab-cd", "a.", "Inc.", "\u{7F}",
    ]

    @Test(arguments: tokens)
    func fastPathAgreesWithTheByteLoop(_ token: String) {
        let bytes = Array(token.utf8) + Array(repeating: 0x20, count: 8)
        bytes.withUnsafeBufferPointer { buffer in
            let span = Span(0, token.utf8.count)
            let general = TokenShape(of: span, in: buffer)
            guard span.length <= 8 else { return }
            if let fast = TokenShape(word: WordHash.word(buffer, 0, span.length), length: span.length) {
                #expect(fast == general, "\(token)")
            }
        }
    }

    @Test func everyTwoLetterASCIITokenAgrees() {
        for first in UInt8(0x21)..<0x7F {
            for second in UInt8(0x21)..<0x7F {
                let bytes: [UInt8] = [first, second, 0, 0, 0, 0, 0, 0, 0, 0]
                bytes.withUnsafeBufferPointer { buffer in
                    let general = TokenShape(of: Span(0, 2), in: buffer)
                    if let fast = TokenShape(word: WordHash.word(buffer, 0, 2), length: 2) {
                        #expect(fast == general, "\(first) \(second)")
                    }
                }
            }
        }
    }
}
