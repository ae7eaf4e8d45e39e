/// The data the ``SentenceSplitter`` consults: abbreviations grouped by how they behave at a sentence end,
/// sentence-starting words, and words that continue a sentence across a line break.
///
/// Rules are plain text, one rule a line: `ENTRY<TAB>CLASS`, optionally followed by `<TAB># comment`
/// (see ``SplitterRuleClass`` for the classes and `docs/sentence-splitter.md` for the format). The built-in
/// rules are compiled into the binary as text and go through the same parser as a user's files. Rules are
/// immutable values, checked completely when they load.
public struct SplitterRules: Sendable {
    typealias Origin = RuleList.Origin
    typealias Rule = RuleList.Rule

    /// Abbreviations, as written (matched case-sensitively), with their behaviour.
    private(set) var abbreviations = RuleList()
    /// Starters, in lower case (matched in any case).
    private(set) var starters = RuleList()
    /// Line continuations, in lower case (matched in any case).
    private(set) var lineContinuations = RuleList()
    /// Greetings and sign-off words, in lower case (matched in any case).
    private(set) var greetings = RuleList()
    private(set) var signOffs = RuleList()

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
        case .abbreviations: try abbreviations.insert(entry, rule, replacing: replacing)
        case .starters: try starters.insert(entry, rule, replacing: replacing)
        case .lineContinuations: try lineContinuations.insert(entry, rule, replacing: replacing)
        case .greetings: try greetings.insert(entry, rule, replacing: replacing)
        case .signOffs: try signOffs.insert(entry, rule, replacing: replacing)
        }
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
            .flatMap(\.entries)
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
