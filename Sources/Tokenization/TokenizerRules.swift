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
    }

    /// Abbreviations kept whole, exactly as listed.
    private(set) var abbreviations: Set<String> = []
    /// Abbreviations kept whole only before a number.
    private(set) var numberAbbreviations: Set<String> = []
    /// Special cases: lower-cased surface → UTF-8 lengths of its pieces.
    private(set) var specialCases: [String: [Int]] = [:]
    /// Emoticons kept whole.
    private(set) var emoticons: Set<String> = []
    /// Emoticons that start with ASCII punctuation, as bytes, split off a word's end.
    private(set) var suffixEmoticons: [[UInt8]] = []
    /// Clitics as lower-case bytes with `'` for any apostrophe.
    private(set) var clitics: [[UInt8]] = []
    /// Lower-cased word beginnings that keep their hyphen (style `ud`).
    private(set) var hyphenPrefixes: Set<String> = []
    /// Lower-cased domain endings.
    private(set) var domainSuffixes: Set<String> = []
    /// The longest emoticon in bytes (longer chunks are not looked up).
    private(set) var longestEmoticon = 0
    /// One bit per (first byte in lower case, length up to 63) of a special case: most chunks are
    /// ruled out without building a string.
    private(set) var specialCaseFilter = [UInt64](repeating: 0, count: 256)
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
                    && specialCases[entry] != other.specialCases[entry]
                if !overrides {
                    throw .duplicateEntry(
                        file: origin.file, line: origin.line, entry: entry, firstFile: first.file, firstLine: first.line)
                }
            }
            combined.origins[key] = origin
        }
        combined.abbreviations.formUnion(other.abbreviations)
        combined.numberAbbreviations.formUnion(other.numberAbbreviations)
        combined.specialCases.merge(other.specialCases) { _, new in new }
        combined.emoticons.formUnion(other.emoticons)
        combined.suffixEmoticons += other.suffixEmoticons.filter { !suffixEmoticons.contains($0) }
        combined.clitics += other.clitics.filter { !clitics.contains($0) }
        combined.hyphenPrefixes.formUnion(other.hyphenPrefixes)
        combined.domainSuffixes.formUnion(other.domainSuffixes)
        combined.longestEmoticon = max(longestEmoticon, other.longestEmoticon)
        for index in 0..<256 { combined.specialCaseFilter[index] |= other.specialCaseFilter[index] }
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
        if beforeNumbers { numberAbbreviations.insert(entry) } else { abbreviations.insert(entry) }
    }

    mutating func addSpecialCase(_ surface: String, pieceLengths: [Int]) {
        let key = Self.lowercasedASCII(surface)
        specialCases[key] = pieceLengths
        let bytes = Array(key.utf8)
        specialCaseFilter[Int(bytes[0])] |= 1 << UInt64(min(bytes.count, 63))
    }

    mutating func addEmoticon(_ entry: String) {
        emoticons.insert(entry)
        longestEmoticon = max(longestEmoticon, entry.utf8.count)
        if let first = entry.utf8.first, ASCII.isPunctuation(first) { suffixEmoticons.append(Array(entry.utf8)) }
    }

    mutating func addClitic(_ entry: String) {
        clitics.append(Array(Self.lowercasedASCII(entry.replacingApostrophes()).utf8))
    }

    mutating func addHyphenPrefix(_ entry: String) { hyphenPrefixes.insert(Self.lowercasedASCII(entry)) }

    mutating func addDomainSuffix(_ entry: String) { domainSuffixes.insert(Self.lowercasedASCII(entry)) }

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
