import CorpusModel
import Foundation
import TestSupport
import Testing

@testable import Tokenization

/// The rule-file parser: strict loading with `file:line` errors, and users' rules on top of the built-ins.
@Suite struct TokenizerRulesTests {
    @Test(arguments: TokenizerStyle.allCases)
    func builtinRulesLoad(style: TokenizerStyle) {
        let rules = TokenizerRules.builtin(for: style)
        #expect(rules.pieces(ofSpecialCase: "gonna") == [3, 2])
        #expect(rules.pieces(ofSpecialCase: "cannot") == (style == .ud ? [3, 3] : nil))
        #expect(!rules.clitics.isEmpty)
    }

    /// A malformed file and the error it must raise.
    struct BadFile: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let error: TokenizationError
        var testDescription: String { name }
    }

    static let badFiles: [BadFile] = [
        BadFile(
            name: "duplicate", text: "[abbreviations]\nDr.\nMr.\nDr.",
            error: .duplicateEntry(file: "f.txt", line: 4, entry: "Dr.", firstFile: "f.txt", firstLine: 2)),
        BadFile(
            name: "duplicate special case in another case", text: "[special-cases]\ncannot\tcan not\nCannot\tCan not",
            error: .duplicateEntry(file: "f.txt", line: 3, entry: "cannot", firstFile: "f.txt", firstLine: 2)),
        BadFile(
            name: "leading space", text: "[emoticons]\n :)",
            error: .strayWhitespace(file: "f.txt", line: 2, text: " :)")),
        BadFile(
            name: "trailing tab", text: "[abbreviations]\nDr.\t",
            error: .strayWhitespace(file: "f.txt", line: 2, text: "Dr.\t")),
        BadFile(
            name: "carriage return", text: "[abbreviations]\r\nDr.",
            error: .strayWhitespace(file: "f.txt", line: 1, text: "[abbreviations]\r")),
        BadFile(
            name: "double space between pieces", text: "[special-cases]\ncannot\tcan  not",
            error: .strayWhitespace(file: "f.txt", line: 2, text: "cannot\tcan  not")),
        BadFile(
            name: "pieces that do not join back", text: "# comment\n\n[special-cases]\ncannot\tcan't",
            error: .specialCaseDoesNotJoin(file: "f.txt", line: 4, surface: "cannot", pieces: ["can't"])),
        BadFile(
            name: "pieces that drop a letter", text: "[special-cases]\ngonna\tgon a",
            error: .specialCaseDoesNotJoin(file: "f.txt", line: 2, surface: "gonna", pieces: ["gon", "a"])),
        BadFile(
            name: "pieces canonically equal but not the same bytes", text: "[special-cases]\ncaf\u{E9}s\tcafe\u{301} s",
            error: .specialCaseDoesNotJoin(file: "f.txt", line: 2, surface: "caf\u{E9}s", pieces: ["cafe\u{301}", "s"])),
        BadFile(
            name: "special case without a tab", text: "[special-cases]\ncannot can not",
            error: .malformedEntry(
                file: "f.txt", line: 2, text: "cannot can not", reason: "expected 'surface<TAB>piece piece …'")),
        BadFile(
            name: "piece starting with a combining mark", text: "[special-cases]\ne\u{301}x\te \u{301}x",
            error: .malformedEntry(
                file: "f.txt", line: 2, text: "e\u{301}x\te \u{301}x",
                reason: "a piece starts with a combining mark, which must stay with its base")),
        BadFile(
            name: "abbreviation without a period", text: "[abbreviations]\nDr",
            error: .malformedEntry(file: "f.txt", line: 2, text: "Dr", reason: "an abbreviation ends with '.'")),
        BadFile(
            name: "entry with a space", text: "[emoticons]\n: )",
            error: .malformedEntry(file: "f.txt", line: 2, text: ": )", reason: "one entry per line, without whitespace")),
        BadFile(
            name: "clitic without an apostrophe", text: "[clitics]\nnt",
            error: .malformedEntry(file: "f.txt", line: 2, text: "nt", reason: "a clitic contains an apostrophe")),
        BadFile(
            name: "hyphen prefix with a hyphen", text: "[hyphen-prefixes]\nnon-",
            error: .malformedEntry(file: "f.txt", line: 2, text: "non-", reason: "letters only")),
        BadFile(
            name: "unknown section", text: "[abbreviation]\nDr.",
            error: .unknownSection(file: "f.txt", line: 1, name: "abbreviation")),
        BadFile(
            name: "entry before any section", text: "# header\nDr.",
            error: .entryOutsideSection(file: "f.txt", line: 2, text: "Dr.")),
    ]

    @Test(arguments: badFiles)
    func strictParsing(_ bad: BadFile) {
        #expect(throws: bad.error) { try TokenizerRules(parsing: bad.text, file: "f.txt") }
    }

    @Test func errorMessagesNameFileAndLine() {
        let messages = Self.badFiles.map(\.error.description)
        #expect(messages.allSatisfy { $0.hasPrefix("f.txt:") && $0.contains(": error: ") })
        #expect(
            TokenizationError.duplicateEntry(file: "u.txt", line: 3, entry: "Dr.", firstFile: "b.txt", firstLine: 9)
                .description == "u.txt:3: error: duplicate entry 'Dr.' (first listed at b.txt:9)")
        #expect(
            TokenizationError.specialCaseDoesNotJoin(file: "u.txt", line: 2, surface: "gonna", pieces: ["gon", "a"])
                .description == "u.txt:2: error: special case 'gonna': pieces 'gon a' do not join back to the surface text")
        #expect(
            TokenizationError.unreadableFile(path: "/x", reason: "not valid UTF-8").description
                == "/x: error: cannot read rules: not valid UTF-8")
    }

    @Test func userRulesExtendTheBuiltins() throws {
        let user = try TokenizerRules(
            parsing: "[abbreviations]\nDipl.\n[special-cases]\nwhaddya\twhad dya\n[emoticons]\n:-]]", file: "user.txt")
        let rules = try TokenizerRules.builtin(for: .ptb).adding(user)
        let marked = MarkedText("⟦Dipl.⟧ ⟦Ing⟧⟦.⟧ ⟦whad⟧⟦dya⟧ ⟦know⟧ ⟦:-]]⟧ ⟦I⟧ ⟦gon⟧⟦na⟧")
        let tokens = Tokenizer(style: .ptb, rules: rules).tokenize(Document(id: "u", text: marked.text))
        #expect(tokens == marked.spans)
    }

    @Test func aUserSpecialCaseOverridesABuiltinOne() throws {
        let user = try TokenizerRules(parsing: "[special-cases]\ncannot\tcannot", file: "user.txt")
        let rules = try TokenizerRules.builtin(for: .ud).adding(user)
        let marked = MarkedText("⟦I⟧ ⟦cannot⟧ ⟦go⟧")
        #expect(Tokenizer(style: .ud, rules: rules).tokenize(Document(id: "u", text: marked.text)) == marked.spans)
    }

    @Test func aUserEntryRepeatingABuiltinIsADuplicate() throws {
        let user = try TokenizerRules(parsing: "# mine\n[abbreviations]\nDr.", file: "user.txt")
        #expect(throws: TokenizationError.duplicateEntry(
            file: "user.txt", line: 3, entry: "Dr.", firstFile: "builtin/abbreviations.txt", firstLine: 15)
        ) {
            try TokenizerRules.builtin(for: .ptb).adding(user)
        }
    }

    @Test func loadingADirectoryReadsOnlyTokenizerFiles() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try TokenizerRules.load(directory: directory) == nil)
        try "[abbreviations]\nDipl.".write(toFile: directory + "/tokenizer-abbreviations.txt", atomically: true, encoding: .utf8)
        try "[emoticons]\n:-]]".write(toFile: directory + "/tokenizer.txt", atomically: true, encoding: .utf8)
        try "not a rule file".write(toFile: directory + "/splitter.txt", atomically: true, encoding: .utf8)
        let rules = try #require(try TokenizerRules.load(directory: directory))
        let marked = MarkedText("⟦Dipl.⟧ ⟦:-]]⟧")
        #expect(Tokenizer(rules: rules).tokenize(Document(id: "u", text: marked.text)) == marked.spans)
    }

    @Test func loadingReportsBadFilesAndDirectories() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: TokenizationError.unreadableFile(path: directory + "/missing", reason: "not a readable directory")) {
            try TokenizerRules.load(directory: directory + "/missing")
        }
        let path = directory + "/tokenizer.txt"
        #expect(FileManager.default.createFile(atPath: path, contents: Data([0x5B, 0xFF, 0x5D])))
        #expect(throws: TokenizationError.unreadableFile(path: path, reason: "not valid UTF-8")) {
            try TokenizerRules.load(directory: directory)
        }
        try "[abbreviations]\nDr".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: TokenizationError.malformedEntry(file: path, line: 2, text: "Dr", reason: "an abbreviation ends with '.'")) {
            try TokenizerRules.load(directory: directory)
        }
    }

    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "tokenizer-rules-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
