/// The data the ``SentenceSplitter`` consults: abbreviations grouped by how they behave at a sentence end,
/// sentence-starting words, and words that continue a sentence across a line break.
///
/// Rules are plain text, one rule a line: `ENTRY<TAB>CLASS`, optionally followed by `<TAB># comment`
/// (see ``SplitterRuleClass`` for the classes and `docs/sentence-splitter.md` for the format). The built-in
/// rules are compiled into the binary as text and go through the same parser as a user's files. Rules are
/// immutable values, checked completely when they load.
public struct SplitterRules: Sendable {
    /// Where a rule was written, for error messages.
    struct Origin: Equatable, Sendable {
        let file: String
        let line: Int
    }

    /// One loaded rule.
    struct Rule: Sendable {
        let ruleClass: SplitterRuleClass
        let origin: Origin
    }

    /// Abbreviations, as written (matched case-sensitively), with their behaviour.
    private(set) var abbreviations: [String: Rule] = [:]
    /// Starters, in lower case (matched in any case).
    private(set) var starters: [String: Rule] = [:]
    /// Line continuations, in lower case (matched in any case).
    private(set) var lineContinuations: [String: Rule] = [:]
    /// A quick filter before looking an abbreviation up: bit `b` of word `b / 64` is set when an
    /// abbreviation starts with byte `b`; no abbreviation is longer than `longestAbbreviation` bytes.
    private(set) var abbreviationFirstBytes: [UInt64] = [0, 0, 0, 0]
    private(set) var longestAbbreviation = 0
    /// Greetings and sign-off words, in lower case (matched in any case).
    private(set) var greetings: [String: Rule] = [:]
    private(set) var signOffs: [String: Rule] = [:]

    /// Rules with no entries (used to build rules up entry by entry).
    init() {}

    /// The number of rules.
    public var count: Int {
        abbreviations.count + starters.count + lineContinuations.count + greetings.count + signOffs.count
    }

    /// The classes `entry` is listed with: as an abbreviation (matched as written, ending in `.`), or as a
    /// word (matched in any case) among starters, line continuations, greetings and sign-offs.
    public func ruleClasses(of entry: String) -> [SplitterRuleClass] {
        let lower = entry.lowercased()
        return [abbreviations[entry], starters[lower], lineContinuations[lower], greetings[lower], signOffs[lower]]
            .compactMap { $0?.ruleClass }
    }

    /// Adds one rule, rejecting a second listing of the same entry in the same list.
    /// - Parameter replacing: whether an entry already listed with another class is replaced (when adding
    ///   a user's rules to the built-in ones) rather than reported.
    mutating func insert(
        _ entry: String, _ ruleClass: SplitterRuleClass, at origin: Origin, replacing: Bool
    ) throws(SentenceSplittingError) {
        let rule = Rule(ruleClass: ruleClass, origin: origin)
        switch ruleClass.namespace {
        case .abbreviations:
            try Self.insert(rule, entry, into: &abbreviations, replacing: replacing)
            if let first = entry.utf8.first { abbreviationFirstBytes[Int(first >> 6)] |= 1 << UInt64(first & 63) }
            longestAbbreviation = max(longestAbbreviation, entry.utf8.count)
        case .starters: try Self.insert(rule, entry, into: &starters, replacing: replacing)
        case .lineContinuations: try Self.insert(rule, entry, into: &lineContinuations, replacing: replacing)
        case .greetings: try Self.insert(rule, entry, into: &greetings, replacing: replacing)
        case .signOffs: try Self.insert(rule, entry, into: &signOffs, replacing: replacing)
        }
    }

    private static func insert(
        _ rule: Rule, _ entry: String, into list: inout [String: Rule], replacing: Bool
    ) throws(SentenceSplittingError) {
        if let first = list[entry], !(replacing && first.ruleClass != rule.ruleClass) {
            throw .duplicateRule(
                file: rule.origin.file, line: rule.origin.line, entry: entry,
                firstFile: first.origin.file, firstLine: first.origin.line)
        }
        list[entry] = rule
    }

    /// These rules with `other`'s added: a user's rules on top of the built-in ones.
    ///
    /// An entry of `other` that is already listed with a different class replaces it (this is how a user
    /// changes a built-in abbreviation's behaviour); one listed with the same class is a duplicate.
    /// - Throws: ``SentenceSplittingError/duplicateRule(file:line:entry:firstFile:firstLine:)`` naming
    ///   both places.
    public func adding(_ other: SplitterRules) throws(SentenceSplittingError) -> SplitterRules {
        try combined(with: other, replacing: true)
    }

    /// These rules with `other`'s added, in `other`'s file order.
    /// - Parameter replacing: whether an entry listed with another class replaces the first listing.
    func combined(with other: SplitterRules, replacing: Bool) throws(SentenceSplittingError) -> SplitterRules {
        var result = self
        let added = [other.abbreviations, other.starters, other.lineContinuations, other.greetings, other.signOffs]
            .flatMap { $0 }
        for (entry, rule) in added.sorted(by: { Self.precedes($0.value.origin, $1.value.origin) }) {
            try result.insert(entry, rule.ruleClass, at: rule.origin, replacing: replacing)
        }
        return result
    }

    /// File order (by file name, then line), so that the first error reported is the first in the files.
    private static func precedes(_ left: Origin, _ right: Origin) -> Bool {
        left.file != right.file ? left.file < right.file : left.line < right.line
    }
}
