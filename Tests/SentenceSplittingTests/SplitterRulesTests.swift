import CorpusModel
import Foundation
import Testing
import Tokenization

@testable import SentenceSplitting

/// The rule parser, the built-in tables, adding rules and loading a `--rules` directory.
@Suite struct SplitterRulesTests {
    @Test func builtinTablesParse() throws {
        let rules = try BuiltinRules.parseTables()
        #expect(rules.count == SplitterRules.builtin.count)
        #expect(rules.ruleClasses(of: "Mr.") == [.neverFinal])
        #expect(rules.ruleClasses(of: "Sep.") == [.finalBeforeStarter])
        #expect(rules.ruleClasses(of: "etc.") == [.finalBeforeCapital])
        #expect(rules.ruleClasses(of: "The") == [.capitalizedStarter, .continuesLine])
        #expect(rules.ruleClasses(of: "regards") == [.greeting, .signOff])
    }

    @Test func parsesEntriesCommentsAndBlankLines() throws {
        let text = "# a comment\n\nXyz.\tnever-final\t# why it is there\nfoo\tstarter\n"
        let rules = try SplitterRules(parsing: text, file: "mine.tsv")
        #expect(rules.count == 2)
        #expect(rules.ruleClasses(of: "Xyz.") == [.neverFinal])
        #expect(rules.ruleClasses(of: "FOO") == [.starter])
    }

    /// A malformed line, and the message its error must print (`file:line: error: …`).
    @Test(arguments: [
        ("Mr.", "mine.tsv:1: error: expected ENTRY<TAB>CLASS: \"Mr.\""),
        (" Mr.\tnever-final", "mine.tsv:1: error: leading whitespace: \" Mr.\\tnever-final\""),
        ("Mr.\tnever-final ", "mine.tsv:1: error: trailing whitespace: \"Mr.\\tnever-final \""),
        ("Mr.\tnever-final\r", "mine.tsv:1: error: trailing whitespace: \"Mr.\\tnever-final\r\""),
        ("Mr.\t\tnever-final", "mine.tsv:1: error: expected ENTRY<TAB>CLASS, then nothing or <TAB># comment: \"Mr.\\t\\tnever-final\""),
        ("Mr.\tnever-final\tno hash", "mine.tsv:1: error: expected ENTRY<TAB>CLASS, then nothing or <TAB># comment: \"Mr.\\tnever-final\\tno hash\""),
        ("\tnever-final", "mine.tsv:1: error: empty entry: \"\\tnever-final\""),
        ("M r.\tnever-final", "mine.tsv:1: error: whitespace inside the entry: \"M r.\\tnever-final\""),
        ("Mr.\tfinal", "mine.tsv:1: error: unknown class \"final\" (known: never-final, final-before-starter, final-before-capital, starter, capitalized-starter, continues-line, greeting, sign-off): \"Mr.\\tfinal\""),
        ("Mr\tnever-final", "mine.tsv:1: error: an abbreviation must end in \".\" after at least one character: \"Mr\\tnever-final\""),
        (".\tnever-final", "mine.tsv:1: error: an abbreviation must end in \".\" after at least one character: \".\\tnever-final\""),
        ("The\tstarter", "mine.tsv:1: error: write starter words in lower case (they match any case): \"The\\tstarter\""),
        ("etc.\tcontinues-line", "mine.tsv:1: error: a continues-line word must not end in \".\": \"etc.\\tcontinues-line\""),
    ])
    func malformedLine(line: String, message: String) {
        #expect(throws: SentenceSplittingError.self) { try SplitterRules(parsing: line, file: "mine.tsv") }
        do {
            _ = try SplitterRules(parsing: line, file: "mine.tsv")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func errorNamesTheLine() {
        let text = "# header\n\nMr.\tnever-final\nDr\tnever-final\n"
        #expect(throws: SentenceSplittingError.malformedRule(
            file: "x.tsv", line: 4, text: "Dr\tnever-final",
            reason: "an abbreviation must end in \".\" after at least one character")
        ) { try SplitterRules(parsing: text, file: "x.tsv") }
    }

    @Test func duplicateInOneFile() {
        let text = "Mr.\tnever-final\nfoo\tstarter\nMr.\tfinal-before-capital\n"
        let expected = SentenceSplittingError.duplicateRule(file: "x.tsv", line: 3, entry: "Mr.", firstFile: "x.tsv", firstLine: 1)
        #expect(throws: expected) { try SplitterRules(parsing: text, file: "x.tsv") }
        #expect(expected.description == "x.tsv:3: error: duplicate rule \"Mr.\" (first listed at x.tsv:1)")
    }

    @Test func aWordMayBeAStarterAndALineContinuation() throws {
        let rules = try SplitterRules(parsing: "and\tcapitalized-starter\nand\tcontinues-line\n", file: "x.tsv")
        #expect(rules.ruleClasses(of: "and") == [.capitalizedStarter, .continuesLine])
    }

    @Test func addingOverridesAClassAndRejectsARepeat() throws {
        let user = try SplitterRules(parsing: "Sep.\tnever-final\nXyz.\tnever-final\n", file: "user.tsv")
        let combined = try SplitterRules.builtin.adding(user)
        #expect(combined.ruleClasses(of: "Sep.") == [.neverFinal])
        #expect(combined.count == SplitterRules.builtin.count + 1)
        let repeated = try SplitterRules(parsing: "Mr.\tnever-final\n", file: "user.tsv")
        #expect(throws: SentenceSplittingError.self) { try SplitterRules.builtin.adding(repeated) }
    }

    @Test func userRulesChangeTheSplit() throws {
        let document = Document(id: "x", text: "He left in Sep. Others stayed.")
        let tokens = Tokenizer().tokenize(document)
        #expect(SentenceSplitter().split(document, tokens: tokens).count == 1)
        let user = try SplitterRules(parsing: "others\tcapitalized-starter\n", file: "user.tsv")
        let splitter = SentenceSplitter(rules: try SplitterRules.builtin.adding(user))
        #expect(splitter.split(document, tokens: tokens).map { document.text(of: $0) } == ["He left in Sep.", "Others stayed."])
    }

    @Test func loadsSplitterFilesOfADirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("splitter-rules-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try SplitterRules.load(directory: directory.path) == nil)
        try "Q.\tnever-final\n".write(to: directory.appendingPathComponent("tokenizer-special.tsv"), atomically: true, encoding: .utf8)
        #expect(try SplitterRules.load(directory: directory.path) == nil)
        try "Xyz.\tnever-final\n".write(to: directory.appendingPathComponent("splitter-a.tsv"), atomically: true, encoding: .utf8)
        try "foo\tstarter\n".write(to: directory.appendingPathComponent("splitter-b.tsv"), atomically: true, encoding: .utf8)
        let rules = try #require(try SplitterRules.load(directory: directory.path))
        #expect(rules.count == 2)
        try "Xyz.\tfinal-before-capital\n".write(to: directory.appendingPathComponent("splitter-c.tsv"), atomically: true, encoding: .utf8)
        let second = directory.appendingPathComponent("splitter-c.tsv").path
        let first = directory.appendingPathComponent("splitter-a.tsv").path
        #expect(throws: SentenceSplittingError.duplicateRule(file: second, line: 1, entry: "Xyz.", firstFile: first, firstLine: 1)) {
            try SplitterRules.load(directory: directory.path)
        }
    }

    @Test func unreadableDirectoryAndInvalidUTF8() throws {
        let missing = "/nonexistent/splitter-rules"
        #expect(throws: SentenceSplittingError.unreadableRules(path: missing, reason: "not a readable directory")) {
            try SplitterRules.load(directory: missing)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("splitter-rules-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("splitter-bad.tsv")
        try Data([0x66, 0x6F, 0xFF, 0x0A]).write(to: file)
        let error = SentenceSplittingError.unreadableRules(path: file.path, reason: "not valid UTF-8")
        #expect(throws: error) { try SplitterRules.load(directory: directory.path) }
        #expect(error.description == "\(file.path): error: cannot read sentence-splitter rules: not valid UTF-8")
    }
}
