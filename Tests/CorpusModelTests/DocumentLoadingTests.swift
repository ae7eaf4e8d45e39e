import CorpusModel
import Foundation
import Testing

@Suite("Strict text loading")
struct DocumentLoadingTests {
    private func write(_ bytes: [UInt8], name: String = "doc.txt") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("corpuskit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func keepsBOMCRLFAndNULExactly() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\u{0}c".utf8)
        let document = try Document(contentsOf: try write(bytes))
        #expect(Array(document.text.utf8) == bytes)
        #expect(document.text.unicodeScalars.first == "\u{FEFF}")
        #expect(document.text.unicodeScalars.count == 7)
        #expect(document.id == "doc")
    }

    @Test("invalid UTF-8 names the file, line, column and byte offset", arguments: [
        ([0x61, 0x0A, 0x62, 0xFF], 3, 2, 2),  // a stray byte
        ([0x61, 0xC0, 0xAF], 1, 1, 2),  // an overlong '/'
        ([0xED, 0xA0, 0x80], 0, 1, 1),  // a UTF-16 surrogate
        ([0x61, 0x62, 0xE6, 0x97], 2, 1, 3),  // a truncated sequence at the end
        ([0xF4, 0x90, 0x80, 0x80], 0, 1, 1),  // above U+10FFFF
    ] as [([UInt8], Int, Int, Int)])
    func invalidUTF8(bytes: [UInt8], offset: Int, line: Int, column: Int) throws {
        let path = try write(bytes)
        #expect(throws: CorpusModelError.invalidUTF8(path: path, byteOffset: offset, line: line, column: column)) {
            try Document(contentsOf: path)
        }
        let message = CorpusModelError.invalidUTF8(path: path, byteOffset: offset, line: line, column: column).description
        #expect(message == "\(path):\(line):\(column): error: invalid UTF-8 at byte offset \(offset)")
    }

    @Test func missingFileAndDirectory() throws {
        #expect(throws: CorpusModelError.unreadableFile(path: "/no/such/file.txt", reason: "no such file")) {
            try Document(contentsOf: "/no/such/file.txt")
        }
        let directory = FileManager.default.temporaryDirectory.path
        #expect(throws: CorpusModelError.unreadableFile(path: directory, reason: "is a directory")) {
            try Document(contentsOf: directory)
        }
    }

    @Test func emptyFileIsAnEmptyDocument() throws {
        let document = try Document(contentsOf: try write([]))
        #expect(document.text.isEmpty)
        #expect(document.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
