import CorpusModel
import Formats
import TestSupport
import Testing

@Suite("CoNLL readers on hostile input: errors, never crashes; what reads converts back")
struct CoNLLUHostileInputTests {
    /// Pieces CoNLL files are made of, and pieces that break them.
    static let pieces = [
        "1", "2", "3-4", "5.1", "0", "\t", "\t", "\t", " ", "\n", "\n", "\r\n", "#", " = ", "text", "newdoc", "newpar",
        "_", "B-PER", "I-PER", "E-LOC", "S-X", "O", "NER=", "|", "SpaceAfter=No", "SpacesAfter=\\n\\s", "\\", "=",
        "-DOCSTART-", "é", "😀", "\u{2028}", "\u{A0}", "\u{FEFF}",
    ]

    static func soup(_ random: inout SeededGenerator) -> [UInt8] {
        var text = ""
        for _ in 0..<Int(random.next() % 60) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        return Array(text.utf8)
    }

    @Test func conlluReaderNeverCrashes() throws {
        var random = SeededGenerator(seed: 10)
        var read = 0
        for _ in 0..<3000 {
            let bytes = Self.soup(&random)
            guard let file = try? CoNLLUReader(options: CoNLLUReadOptions(lenient: true, words: true)).read(utf8: bytes, path: "h") else { continue }
            read += 1
            for document in file.documents { try document.validate() }
            let back = try CoNLLUReader(options: CoNLLUReadOptions(words: true)).read(utf8: try CoNLLUWriter().write(file.documents).bytes, path: "h")
            #expect(back.documents.map(\.document.text) == file.documents.map(\.document.text))
            #expect(back.documents.map { $0[layer: .token]?.spans } == file.documents.map { $0[layer: .token]?.spans })
        }
        #expect(read > 0)
    }

    @Test func conll2003ReaderNeverCrashes() throws {
        var random = SeededGenerator(seed: 2003)
        var read = 0
        for _ in 0..<3000 {
            // The reader splits at ASCII blanks only (as conlleval does): a no-break space stays inside a token,
            // which the writer then refuses (see CoNLL2003ReaderTests.keepsOtherWhitespaceInsideTokens).
            let bytes = Array(String(decoding: Self.soup(&random), as: UTF8.self)
                .replacingOccurrences(of: "\u{A0}", with: "").replacingOccurrences(of: "\u{2028}", with: "").utf8)
            guard let file = try? CoNLL2003Reader(options: CoNLL2003ReadOptions(lenient: true)).read(utf8: bytes, path: "h") else { continue }
            read += 1
            for document in file.documents { try document.validate() }
            let written = try CoNLL2003Writer(options: CoNLL2003WriteOptions(layout: .tokenAndTag)).write(file.documents).bytes
            let back = try CoNLL2003Reader().read(utf8: written, path: "h")
            #expect(back.documents.map { Summary($0) } == file.documents.map { Summary($0) })
        }
        #expect(read > 0)
    }
}
