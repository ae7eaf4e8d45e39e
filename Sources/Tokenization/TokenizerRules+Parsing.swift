import CorpusModel
import Foundation

extension TokenizerRules {
    /// Parses one rule file. The built-in rules go through this same parser.
    ///
    /// Format: `#` starts a comment line; blank lines are skipped; a `[section]` line (see
    /// `docs/tokenizer.md` for the sections) starts a list; every other line is one entry of the current
    /// section. `special-cases` entries are `surface<TAB>piece piece …` and the pieces must join back
    /// to the surface. Loading is strict: leading or trailing whitespace, doubled separators, a repeated
    /// entry or an entry of the wrong shape is an error naming `file:line`.
    /// - Parameters:
    ///   - text: The file's content.
    ///   - file: The name used in error messages.
    /// - Throws: A ``TokenizationError`` locating the first bad line.
    public init(parsing text: String, file: String) throws(TokenizationError) {
        self.init()
        var section: RuleSection?
        for (index, line) in text.splitScalars(on: "\n").enumerated() {
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let first = line.unicodeScalars.first, let last = line.unicodeScalars.last,
                first.properties.isWhitespace || last.properties.isWhitespace
            {
                throw .strayWhitespace(file: file, line: number, text: line)
            }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                let name = String(line.dropFirst().dropLast())
                guard let known = RuleSection(rawValue: name) else {
                    throw .unknownSection(file: file, line: number, name: name)
                }
                section = known
                continue
            }
            guard let section else { throw .entryOutsideSection(file: file, line: number, text: line) }
            try addEntry(line, to: section, at: Origin(file: file, line: number))
        }
    }

    /// Reads the rule files in a directory that the tokenizer recognises by name: `tokenizer*.txt` (for
    /// example `tokenizer.txt`, `tokenizer-abbreviations.txt`), in name order. Other files are left to
    /// other stages.
    /// - Parameter directory: The directory given with `--rules`.
    /// - Returns: The files' rules combined, or `nil` when the directory holds no tokenizer rule file.
    /// - Throws: ``TokenizationError/unreadableFile(path:reason:)`` or the first error of a file.
    public static func load(directory: String) throws(TokenizationError) -> TokenizerRules? {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadableFile(path: directory, reason: "not a readable directory")
        }
        let ruleFiles = names.filter(RuleFileNames.isTokenizerFile).sorted()
        var combined: TokenizerRules?
        for name in ruleFiles {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadableFile(path: path, reason: "cannot open file")
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw .unreadableFile(path: path, reason: "not valid UTF-8")
            }
            let rules = try TokenizerRules(parsing: text, file: path)
            combined = try combined.map { existing throws(TokenizationError) in try existing.adding(rules) } ?? rules
        }
        return combined
    }

    /// Checks one entry's shape for its section and adds it.
    private mutating func addEntry(_ line: String, to section: RuleSection, at origin: Origin) throws(TokenizationError) {
        if section != .specialCases && line.unicodeScalars.contains(where: \.properties.isWhitespace) {
            throw origin.malformed(line, "one entry per line, without whitespace")
        }
        switch section {
        case .specialCases:
            try addSpecialCase(line, at: origin)
        case .abbreviations, .abbreviationsBeforeNumbers:
            guard line.hasSuffix("."), line.count >= 2 else { throw origin.malformed(line, "an abbreviation ends with '.'") }
            try record(section, line, at: origin)
            addAbbreviation(line, beforeNumbers: section == .abbreviationsBeforeNumbers)
        case .emoticons:
            try record(section, line, at: origin)
            addEmoticon(line)
        case .clitics:
            let normalised = Self.lowercasedASCII(line.replacingApostrophes())
            guard normalised.contains("'"), normalised.count >= 2 else { throw origin.malformed(line, "a clitic contains an apostrophe") }
            try record(section, normalised, at: origin)
            addClitic(line)
        case .hyphenPrefixes, .domainSuffixes:
            guard line.unicodeScalars.allSatisfy(\.properties.isAlphabetic) else { throw origin.malformed(line, "letters only") }
            try record(section, Self.lowercasedASCII(line), at: origin)
            if section == .hyphenPrefixes { addHyphenPrefix(line) } else { addDomainSuffix(line) }
        }
    }

    /// Checks a `surface<TAB>piece piece …` line — one tab, single spaces, pieces that join back to the
    /// surface byte for byte and do not start with a combining mark — and adds it.
    private mutating func addSpecialCase(_ line: String, at origin: Origin) throws(TokenizationError) {
        let fields = line.splitScalars(on: "\t")
        guard fields.count == 2 else { throw origin.malformed(line, "expected 'surface<TAB>piece piece …'") }
        let (surface, piecesField) = (fields[0], fields[1])
        let pieces = piecesField.splitScalars(on: " ")
        if surface.isEmpty || piecesField.isEmpty { throw origin.malformed(line, "empty surface or pieces") }
        if pieces.contains(where: \.isEmpty) || surface.unicodeScalars.contains(where: \.properties.isWhitespace)
            || pieces.contains(where: { $0.unicodeScalars.contains(where: \.properties.isWhitespace) })
        {
            throw .strayWhitespace(file: origin.file, line: origin.line, text: line)
        }
        if pieces.contains(where: { ScalarKind.of($0.unicodeScalars.first ?? " ") == .mark }) {
            throw origin.malformed(line, "a piece starts with a combining mark, which must stay with its base")
        }
        guard pieces.joined().utf8.elementsEqual(surface.utf8) else {  // bytes: `==` would equate é and e+◌́
            throw .specialCaseDoesNotJoin(file: origin.file, line: origin.line, surface: surface, pieces: pieces)
        }
        try record(.specialCases, Self.lowercasedASCII(surface), at: origin)
        addSpecialCase(surface, pieceLengths: pieces.map(\.utf8.count))
    }
}

extension String {
    /// The parts between occurrences of `separator`, empty parts included. Splits on scalars, not
    /// characters: `\r\n` and a space followed by a combining mark are single characters.
    func splitScalars(on separator: Unicode.Scalar) -> [String] {
        unicodeScalars.split(separator: separator, omittingEmptySubsequences: false).map { String($0) }
    }
}
