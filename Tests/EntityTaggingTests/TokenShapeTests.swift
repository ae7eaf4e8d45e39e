import CorpusModel
@testable import EntityTagging
import Testing

@Suite("Token shapes: the eight-bytes-at-once path agrees with the byte loop")
struct TokenShapeTests {
    /// Tokens of up to eight bytes of every kind the fast path handles (a lower-case word, a capitalised
    /// word, a number of digits, one punctuation mark) or must decline; longer tokens never reach it.
    static let tokens: [(token: String, fastPathTakes: Bool)] = [
        ("a", true), ("z", true), ("the", true), ("abcdefgh", true), ("Japan", true), ("Kim", true), ("Ab", true),
        ("Zz", true), ("0", true), ("42", true), ("12345678", true), (",", true), ("-", true), ("(", true),
        ("\"", true), ("@", true), ("[", true), ("`", true), ("{", true), ("~", true), ("\u{7F}", true),
        ("McDonald", false), ("NATO", false), ("U.S.", false), ("J.", false), ("J", false), ("A", false),
        ("--", false), ("Öztürk", false), ("ünal", false), ("É", false), ("42nd", false), ("x1", false),
        ("aB", false), ("AbC", false), ("ab-cd", false), ("a.", false), ("Inc.", false),
    ]

    @Test(arguments: tokens)
    func fastPathAgreesWithTheByteLoop(_ token: String, fastPathTakes: Bool) {
        let bytes = Array(token.utf8) + Array(repeating: 0x20, count: 8)
        bytes.withUnsafeBufferPointer { buffer in
            let span = Span(0, token.utf8.count)
            let fast = TokenShape(word: WordHash.word(buffer, 0, span.length), length: span.length)
            #expect((fast != nil) == fastPathTakes, "\(token)")
            if let fast { #expect(fast == TokenShape(of: span, in: buffer), "\(token)") }
        }
    }

    @Test func everyTwoLetterASCIITokenAgrees() {
        var taken = 0
        for first in UInt8(0x21)..<0x7F {
            for second in UInt8(0x21)..<0x7F {
                let bytes: [UInt8] = [first, second, 0, 0, 0, 0, 0, 0, 0, 0]
                bytes.withUnsafeBufferPointer { buffer in
                    let general = TokenShape(of: Span(0, 2), in: buffer)
                    if let fast = TokenShape(word: WordHash.word(buffer, 0, 2), length: 2) {
                        taken += 1
                        #expect(fast == general, "\(first) \(second)")
                    }
                }
            }
        }
        // Two lower-case letters, a capital and a lower-case letter, two digits: 26·26 + 26·26 + 10·10.
        #expect(taken == 1_452)
    }
}
