import TestSupport
import Testing

@testable import Formats

@Suite("JSON strings")
struct JSONStringTests {
    /// Each string and the one way CorpusKit writes it.
    @Test(arguments: [
        ("plain", #""plain""#),
        ("", #""""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("a\\b", #""a\\b""#),
        ("/", #""/""#),
        ("\n\r\t\u{8}\u{C}", #""\n\r\t\b\f""#),
        ("\u{0}", #""\u0000""#),
        ("\u{1}\u{1F}", #""\u0001\u001f""#),
        ("\u{7F}", "\"\u{7F}\""),
        ("\u{85}\u{2028}\u{2029}", #""\u0085\u2028\u2029""#),
        ("é😀\u{FEFF}日本\u{10FFFF}", "\"é😀\u{FEFF}日本\u{10FFFF}\""),
        ("\u{A0}\u{2027}\u{202A}", "\"\u{A0}\u{2027}\u{202A}\""),
    ])
    func writesCanonicalEscapes(string: String, json: String) {
        var writer = JSONWriter()
        writer.append(string: string)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == json)
        #expect(read(json) == Array(string.utf8))
    }

    /// Escapes the writer never produces but every reader must accept.
    @Test(arguments: [
        (#""\uD83D\uDE00""#, "😀"),
        (#""\ud83d\ude00""#, "😀"),
        (#""\u00e9\u00E9""#, "éé"),
        (#""\/""#, "/"),
        (#""\u0000x""#, "\u{0}x"),
        (#""a\u2028b""#, "a\u{2028}b"),
        (#""\uDBFF\uDFFF""#, "\u{10FFFF}"),
        (#""\"\\""#, "\"\\"),
    ])
    func readsEveryEscape(json: String, string: String) {
        #expect(read(json) == Array(string.utf8))
    }

    @Test(arguments: 0..<200)
    func randomStringsRoundTrip(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let string = RandomDocuments.text(&random)
        var writer = JSONWriter()
        writer.append(string: string)
        #expect(!writer.bytes.contains(0x0A) && !writer.bytes.contains(0x0D))
        #expect(read(String(decoding: writer.bytes, as: UTF8.self)) == Array(string.utf8))
    }

    @Test(arguments: [0, 7, 10, 99, 100, 1_234_567, Int(UInt32.max)])
    func writesIntegers(value: Int) {
        var writer = JSONWriter()
        writer.append(integer: value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
    }

    /// The bytes of the string a JSON string literal stands for, or `nil` when it does not parse.
    private func read(_ json: String) -> [UInt8]? {
        Array(json.utf8).withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer, path: "test")
            return (try? scanner.readString(for: "the test")).map { Array($0.utf8) }
        }
    }
}
