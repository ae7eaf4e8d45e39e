/// The rules an ``EntityTagger`` applies: gazetteers (built-in lists and users' files) and pattern rules.
///
/// Built from plain-text rule files, all read by the same strict parsers: the built-in ones compiled
/// into the binary, and users' gazetteer files (`CLASS<TAB>phrase`) and rule directories. A user
/// gazetteer entry overrides a built-in entry for the same phrase; a user pattern rule with the name of
/// a built-in one replaces it. The compiled rules are an immutable value shared across threads.
public struct TaggerRules: Sendable {
    let builtinGazetteers: [GazetteerFile]
    let userGazetteers: [GazetteerFile]
    let patternFiles: [PatternFile]
    let lexicon: Lexicon
    let matcher: PatternMatcher
    /// The compiled pattern rules, after user rules replaced built-in ones of the same name.
    let patterns: [PatternRule]

    /// The built-in rules, parsed once per process.
    ///
    /// The built-in files are part of the program, and the test suite proves they parse: a malformed one
    /// is a defect of the build and stops the process with the file and line (``loadBuiltin()`` returns it
    /// as an error instead).
    public static let builtin: TaggerRules = {
        do { return try loadBuiltin() } catch { preconditionFailure("invalid built-in tagger rules: \(error)") }
    }()

    /// No rules at all: a tagger with these finds only what the name guesser and document consistency find.
    public static let empty = TaggerRules(builtin: [], user: [], patterns: [])

    /// Parses the built-in rule files.
    /// - Throws: ``EntityTaggingError`` naming the built-in file and line, should one be malformed.
    public static func loadBuiltin() throws(EntityTaggingError) -> TaggerRules {
        var gazetteers: [GazetteerFile] = []
        for (name, text) in builtinGazetteerTexts {
            let implied: [CueClass] = name == countryListName ? [.country] : []
            gazetteers.append(try GazetteerFile(parsing: text, path: "<builtin>/\(name).tsv", impliedLocationCues: implied))
        }
        var patterns: [PatternFile] = []
        for (name, text) in BuiltinRules.patterns {
            patterns.append(try PatternFile(parsing: text, path: "<builtin>/\(name).rules"))
        }
        return TaggerRules(builtin: gazetteers, user: [], patterns: patterns)
    }

    /// The built-in list whose LOC phrases are countries (``CueClass/country``).
    static let countryListName = "countries"

    /// The built-in gazetteer texts: the entity lists, then the tagger's own cue lists.
    static var builtinGazetteerTexts: [(name: String, text: String)] { BuiltinGazetteers.all + BuiltinRules.gazetteers }

    init(builtin: [GazetteerFile], user: [GazetteerFile], patterns: [PatternFile]) {
        builtinGazetteers = builtin
        userGazetteers = user
        patternFiles = patterns
        var byName: [String: Int] = [:]
        var rules: [PatternRule] = []
        for rule in patterns.flatMap(\.rules) {
            if let index = byName[rule.name] {
                rules[index] = rule
            } else {
                byName[rule.name] = rules.count
                rules.append(rule)
            }
        }
        self.patterns = rules
        matcher = PatternMatcher(rules: rules)
        lexicon = Lexicon(builtin: builtin, user: user, literals: matcher.literals)
    }

    /// These rules plus a user gazetteer given as text.
    /// - Parameters:
    ///   - text: The gazetteer (`CLASS<TAB>phrase` lines after `#` comments).
    ///   - path: The name used in error messages.
    /// - Throws: ``EntityTaggingError/invalidLine(path:line:column:text:problem:)`` for the first bad line.
    public func adding(gazetteer text: String, path: String) throws(EntityTaggingError) -> TaggerRules {
        let file = try GazetteerFile(parsing: text, path: path)
        return TaggerRules(builtin: builtinGazetteers, user: userGazetteers + [file], patterns: patternFiles)
    }

    /// These rules plus user pattern rules given as text.
    /// - Parameters:
    ///   - text: The rules (`NAME<TAB>PRIORITY<TAB>PATTERN` lines after `#` comments).
    ///   - path: The name used in error messages.
    /// - Throws: ``EntityTaggingError/invalidLine(path:line:column:text:problem:)`` for the first bad line.
    public func adding(patterns text: String, path: String) throws(EntityTaggingError) -> TaggerRules {
        let file = try PatternFile(parsing: text, path: path)
        return TaggerRules(builtin: builtinGazetteers, user: userGazetteers, patterns: patternFiles + [file])
    }

    /// The number of gazetteer phrases (entities and cues, as listed) and of pattern rules.
    public var counts: (phrases: Int, patterns: Int) { (lexicon.phraseCount, patterns.count) }
}
