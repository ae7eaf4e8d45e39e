import Testing

@testable import SentenceSplitting

/// The compiled rule look-ups answer exactly as the rule lists' dictionaries do: abbreviations as written,
/// words in any case, non-ASCII text and Unicode canonical equivalents through the dictionary.
@Suite struct RuleIndexTests {
    /// The abbreviation class `RuleIndex` finds for `text`.
    static func abbreviationClass(_ index: RuleIndex, _ text: String) -> SplitterRuleClass? {
        var text = text
        return text.withUTF8 { index.abbreviationClass($0, start: 0, end: $0.count) }
    }

    /// The starter class `RuleIndex` finds for `text`.
    static func starterClass(_ index: RuleIndex, _ text: String) -> SplitterRuleClass? {
        var text = text
        return text.withUTF8 { index.starterClass($0, start: 0, end: $0.count) }
    }

    /// Whether `RuleIndex` finds `text` in a word list.
    static func isListed(_ index: RuleIndex, _ text: String, in list: RuleIndex.WordList) -> Bool {
        var text = text
        return text.withUTF8 { index.isListed($0, start: 0, end: $0.count, in: list) }
    }

    @Test func everyBuiltinEntryIsFound() {
        let rules = SplitterRules.builtin
        let index = RuleIndex(rules)
        for (entry, rule) in rules.abbreviations.entries {
            #expect(Self.abbreviationClass(index, entry) == rule.ruleClass, "\(entry)")
        }
        for (entry, rule) in rules.starters.entries {
            #expect(Self.starterClass(index, entry) == rule.ruleClass, "\(entry)")
            #expect(Self.starterClass(index, entry.uppercased()) == rule.ruleClass, "\(entry)")
        }
        for (list, entries) in [(RuleIndex.WordList.lineContinuations, rules.lineContinuations), (.greetings, rules.greetings), (.signOffs, rules.signOffs)] {
            for entry in entries.entries.keys {
                #expect(Self.isListed(index, entry.prefix(1).uppercased() + entry.dropFirst(), in: list), "\(entry)")
            }
        }
    }

    /// What a look-up answered before rules were compiled into hash tables: the cheap prefilter, then the
    /// list's dictionary (whose `String` keys compare by canonical equivalence), with the word lower-cased
    /// for word lists.
    static func reference(_ list: RuleList, _ text: String, folding: Bool) -> SplitterRuleClass? {
        var bytes = text
        let prefilter = WordTable(list, folding: folding)
        let mayHold = bytes.withUTF8 { prefilter.mayHold($0, start: 0, end: $0.count) }
        return mayHold ? list[folding ? text.lowercased() : text]?.ruleClass : nil
    }

    /// Words that are, or are near, entries: the table must agree with the dictionary on each.
    @Test(arguments: [
        "Mr.", "MR.", "mr.", "Mr", "Mrs.", "U.S.", "u.s.", "etc.", "Etc.", "Sep.", "SEP.", "The", "THE", "the", "tHe",
        "and", "And", "dear", "DEAR", "regards", "Regards", "x", "X.", "Inc.", "inc.", "Ms.", "Ltd.", "Nina", "über",
    ])
    func agreesWithTheDictionary(word: String) {
        let rules = SplitterRules.builtin
        let index = RuleIndex(rules)
        #expect(Self.abbreviationClass(index, word) == Self.reference(rules.abbreviations, word, folding: false))
        #expect(Self.starterClass(index, word) == Self.reference(rules.starters, word, folding: true))
        #expect(Self.isListed(index, word, in: .greetings) == (Self.reference(rules.greetings, word, folding: true) != nil))
    }

    @Test func nonASCIIWordsMatchInAnyCase() throws {
        let rules = try SplitterRules(parsing: "über\tstarter\nÖst.\tnever-final\n", file: "user.tsv")
        let index = RuleIndex(rules)
        #expect(Self.starterClass(index, "ÜBER") == .starter)
        #expect(Self.starterClass(index, "Über") == .starter)
        #expect(Self.abbreviationClass(index, "Öst.") == .neverFinal)
        #expect(Self.abbreviationClass(index, "ÖST.") == nil)
    }

    /// Swift compares strings by canonical equivalence: U+212A KELVIN SIGN is the letter `K` and U+037E GREEK
    /// QUESTION MARK is `;`, so an entry written with them matches the ASCII word, which the table alone
    /// would miss.
    @Test(arguments: [
        ("A\u{212A}.\tnever-final\n", "AK."), ("AK.\tnever-final\n", "A\u{212A}."), ("a\u{037E}b\tstarter\n", "A;B"),
        ("a;b\tstarter\n", "a\u{037E}b"), ("x\u{1FEF}\tstarter\n", "X`"),
    ])
    func canonicalEquivalentsMatchAsBefore(rule: String, word: String) throws {
        let rules = try SplitterRules(parsing: rule, file: "user.tsv")
        let index = RuleIndex(rules)
        #expect(Self.abbreviationClass(index, word) == Self.reference(rules.abbreviations, word, folding: false))
        #expect(Self.starterClass(index, word) == Self.reference(rules.starters, word, folding: true))
    }

    @Test func anEntryWithAKelvinSignMatchesTheASCIIWord() throws {
        let rules = try SplitterRules(parsing: "A\u{212A}.\tnever-final\na\u{037E}b\tstarter\n", file: "user.tsv")
        let index = RuleIndex(rules)
        #expect(Self.abbreviationClass(index, "AK.") == .neverFinal)
        #expect(Self.starterClass(index, "A;B") == .starter)
    }
}
