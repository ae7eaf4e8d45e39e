/// A parsed gazetteer file: `CLASS<TAB>phrase` lines after `#` comment lines.
///
/// `CLASS` is an entity label (`PER`, `LOC`, `ORG`, `MISC`) or a cue class (``CueClass``: `given-name`,
/// `title`, `org-head`, `loc-head`, `name-particle`, `common`). The phrase is written as it appears in text
/// (`U.S.`, `Japan-U.S.`, `Kim Jong Un`), single spaces between words. Parsing is strict: a wrong field
/// count, an empty field, stray whitespace, an unknown class, a duplicate line, or one phrase given two
/// entity labels in one file are errors naming the file and line.
struct GazetteerFile: Sendable {
    /// One entry of the file.
    struct Entry: Sendable, Equatable {
        /// What the phrase is: an entity of a type, or a cue.
        enum Kind: Sendable, Hashable {
            case entity(EntityLabel)
            case cue(CueClass)
        }

        let kind: Kind
        /// The phrase as written.
        let phrase: String
        /// The 1-based line it stands on.
        let line: Int
    }

    /// The file's name in messages.
    let path: String
    /// The entries, in file order.
    let entries: [Entry]

    /// Cue classes every LOC entry of the file also has (the built-in `countries` list: ``CueClass/country``).
    let impliedLocationCues: [CueClass]

    /// Parses the text of a gazetteer file.
    /// - Parameters:
    ///   - text: The file's content.
    ///   - path: The name used in error messages.
    ///   - impliedLocationCues: Cue classes every LOC entry also has.
    /// - Throws: ``EntityTaggingError/invalidLine(path:line:column:text:problem:)`` for the first bad line.
    init(parsing text: String, path: String, impliedLocationCues: [CueClass] = []) throws(EntityTaggingError) {
        var entries: [Entry] = []
        var seen: [Entry.Kind: [String: Int]] = [:]
        var labelled: [String: (label: EntityLabel, line: Int)] = [:]
        for line in try RuleFileLines(text, path: path) {
            let fields = try line.fields(["class", "phrase"], path: path)
            let kind: Entry.Kind
            if let label = EntityLabel(rawValue: String(fields[0])) {
                kind = .entity(label)
            } else if let cue = CueClass(rawValue: String(fields[0])) {
                kind = .cue(cue)
            } else {
                throw line.error(column: 1, .unknownClass(String(fields[0])), path: path)
            }
            let phrase = String(fields[1])
            let phraseColumn = fields[0].unicodeScalars.count + 2
            if let first = seen[kind]?[phrase] {
                throw line.error(column: phraseColumn, .duplicate(entry: phrase, firstLine: first), path: path)
            }
            if case .entity(let label) = kind {
                if let other = labelled[phrase] {
                    let entry = "\(other.label.rawValue)\t\(phrase)"
                    throw line.error(column: 1, .duplicate(entry: entry, firstLine: other.line), path: path)
                }
                labelled[phrase] = (label, line.number)
            }
            seen[kind, default: [:]][phrase] = line.number
            entries.append(Entry(kind: kind, phrase: phrase, line: line.number))
        }
        self.path = path
        self.entries = entries
        self.impliedLocationCues = impliedLocationCues
    }
}
