/// Compiled tokenizer rules: abbreviations, special cases, emoticons, clitics and the other lists of
/// ``RuleSection``. Immutable and `Sendable`; built once and shared.
///
/// Rules come from plain-text rule files (see `docs/tokenizer.md`), all read by the one parser
/// ``init(parsing:file:)`` — the built-in files compiled into the binary as well as users' files.
public struct TokenizerRules: Sendable {
    /// Where an entry was listed, for duplicate reports.
    struct Origin: Hashable, Sendable {
        var file: String
        var line: Int

        /// The error for the entry `text` written here.
        func malformed(_ text: String, _ reason: String) -> TokenizationError {
            .malformedEntry(file: file, line: line, text: text, reason: reason)
        }
    }

    /// Abbreviations kept whole, exactly as listed.
    private(set) var abbreviations = EntryTable(ignoresCase: false)
    /// The listed abbreviations that are Capitalised (`Ltd.`), any case: their capitals (`LTD.`) match too.
    private(set) var capitalisedAbbreviations = EntryTable(ignoresCase: true)
    /// Abbreviations kept whole only before a number.
    private(set) var numberAbbreviations = EntryTable(ignoresCase: false)
    /// Special cases by surface (any case); the value indexes ``specialCasePieces``.
    private(set) var specialCases = EntryTable(ignoresCase: true)
    /// The UTF-8 lengths of each special case's pieces.
    private(set) var specialCasePieces: [[Int]] = []
    /// Emoticons kept whole.
    private(set) var emoticons = EntryTable(ignoresCase: false)
    /// Emoticons that start with ASCII punctuation, as bytes, split off a word's end; bucketed by
    /// their last byte.
    private(set) var suffixEmoticons = [[[UInt8]]](repeating: [], count: 256)
    /// Clitics as lower-case bytes with `'` for any apostrophe.
    private(set) var clitics: [[UInt8]] = []
    /// Word beginnings that keep their hyphen (style `ud`), any case.
    private(set) var hyphenPrefixes = EntryTable(ignoresCase: true)
    /// Domain endings, any case.
    private(set) var domainSuffixes = EntryTable(ignoresCase: true)
    /// Where each entry came from, keyed by section and entry.
    private(set) var origins: [String: Origin] = [:]

    /// No rules at all.
    init() {}

    /// The rules a style uses when none are given: its built-in rule files, compiled in.
    /// - Parameter style: The tokenization convention.
    /// - Returns: The compiled built-in rules (parsed once per process).
    public static func builtin(for style: TokenizerStyle) -> TokenizerRules {
        switch style {
        case .ptb: return BuiltinRules.ptb
        case .ud: return BuiltinRules.ud
        }
    }

    /// Returns these rules with `other`'s added on top (users' rules over the built-ins).
    ///
    /// A special case listed again with different pieces overrides the earlier one; any other entry
    /// listed in both is a duplicate.
    /// - Parameter other: The rules to add.
    /// - Returns: The combined rules.
    /// - Throws: ``TokenizationError/duplicateEntry(file:line:entry:firstFile:firstLine:)`` naming both places.
    public func adding(_ other: TokenizerRules) throws(TokenizationError) -> TokenizerRules {
        var combined = self
        for (key, origin) in other.origins.sorted(by: { ($0.value.file, $0.value.line) < ($1.value.file, $1.value.line) }) {
            if let first = origins[key] {
                let entry = String(key.drop(while: { $0 != "\t" }).dropFirst())
                let overrides = key.hasPrefix(RuleSection.specialCases.rawValue + "\t")
                    && pieces(ofSpecialCase: entry) != other.pieces(ofSpecialCase: entry)
                if !overrides {
                    throw .duplicateEntry(
                        file: origin.file, line: origin.line, entry: entry, firstFile: first.file, firstLine: first.line)
                }
            }
            combined.origins[key] = origin
        }
        combined.abbreviations.formUnion(other.abbreviations)
        combined.capitalisedAbbreviations.formUnion(other.capitalisedAbbreviations)
        combined.numberAbbreviations.formUnion(other.numberAbbreviations)
        combined.specialCases.formUnion(other.specialCases, valueOffset: specialCasePieces.count)
        combined.specialCasePieces += other.specialCasePieces
        combined.emoticons.formUnion(other.emoticons)
        for emoticon in other.suffixEmoticons.joined() where !suffixEmoticons.joined().contains(emoticon) {
            combined.addSuffixEmoticon(emoticon)
        }
        combined.clitics += other.clitics.filter { !clitics.contains($0) }
        combined.hyphenPrefixes.formUnion(other.hyphenPrefixes)
        combined.domainSuffixes.formUnion(other.domainSuffixes)
        return combined
    }

    // MARK: Building (used by the parser)

    /// Records an entry's origin, rejecting a second listing in the same section.
    mutating func record(_ section: RuleSection, _ entry: String, at origin: Origin) throws(TokenizationError) {
        let key = section.rawValue + "\t" + entry
        if let first = origins[key] {
            throw .duplicateEntry(file: origin.file, line: origin.line, entry: entry, firstFile: first.file, firstLine: first.line)
        }
        origins[key] = origin
    }

    mutating func addAbbreviation(_ entry: String, beforeNumbers: Bool) {
        if beforeNumbers {
            numberAbbreviations.insert(entry)
            return
        }
        abbreviations.insert(entry)
        let letters = entry.unicodeScalars.dropLast()
        if letters.count >= 2, let first = letters.first, first.properties.isUppercase,
            letters.dropFirst().allSatisfy(\.properties.isLowercase)
        {
            capitalisedAbbreviations.insert(entry)
        }
    }

    mutating func addSpecialCase(_ surface: String, pieceLengths: [Int]) {
        specialCases.insert(surface, value: specialCasePieces.count)
        specialCasePieces.append(pieceLengths)
    }

    mutating func addEmoticon(_ entry: String) {
        emoticons.insert(entry)
        if let first = entry.utf8.first, ASCII.isPunctuation(first) { addSuffixEmoticon(Array(entry.utf8)) }
    }

    private mutating func addSuffixEmoticon(_ bytes: [UInt8]) {
        if let last = bytes.last { suffixEmoticons[Int(last)].append(bytes) }
    }

    mutating func addClitic(_ entry: String) {
        clitics.append(Array(Self.lowercasedASCII(entry.replacingApostrophes()).utf8))
    }

    mutating func addHyphenPrefix(_ entry: String) { hyphenPrefixes.insert(entry) }

    mutating func addDomainSuffix(_ entry: String) { domainSuffixes.insert(entry) }

    /// The piece lengths of the special case with this surface (any case), if there is one.
    func pieces(ofSpecialCase surface: String) -> [Int]? {
        var text = surface
        return text.withUTF8 { bytes in specialCases.value(bytes, 0, bytes.count).map { specialCasePieces[$0] } }
    }

    /// ASCII letters lowered, everything else kept (the keys of case-insensitive lists).
    static func lowercasedASCII(_ text: String) -> String {
        String(decoding: text.utf8.map { ASCII.lowercased($0) }, as: UTF8.self)
    }
}

extension String {
    /// The text with U+2019 RIGHT SINGLE QUOTATION MARK written as an ASCII apostrophe.
    func replacingApostrophes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
}

/// Compiled rules behind one reference: the scanner reads them without copying the struct.
final class RuleTables: Sendable {
    let rules: TokenizerRules
    init(_ rules: TokenizerRules) { self.rules = rules }
}
