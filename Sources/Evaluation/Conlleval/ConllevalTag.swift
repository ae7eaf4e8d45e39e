/// A tag as conlleval sees it: the part before the first hyphen (the chunk tag: `B`, `I`, `E`, `O`, …) and
/// the part after it (the chunk type: `PER`); a tag without a hyphen is all chunk tag, with an empty type.
///
/// `B-PER` is (`B`, `PER`); `B-PER-X` is (`B`, `PER-X`); `O` is (`O`, ``); `PER` is (`PER`, ``), which never
/// opens a chunk unless read raw (see ``ConllevalOptions/rawTags``).
public struct ConllevalTag: Hashable, Sendable, CustomStringConvertible {
    /// The chunk tag: the text before the first hyphen.
    public let prefix: String
    /// The chunk type: the text after the first hyphen, or empty.
    public let type: String
    /// How conlleval's rules classify ``prefix``.
    let kind: Kind

    /// The classes of chunk tag conlleval's start and end rules distinguish; every other prefix (`S`, `U`,
    /// `L`, …) is ``other`` and opens or closes a chunk only through a change of type.
    enum Kind: Sendable {
        case begin, inside, end, outside, dot, openBracket, closeBracket, other
    }


    /// Creates a tag from its two parts.
    public init(prefix: String, type: String) {
        self.prefix = prefix
        self.type = type
        switch prefix {
        case "B": kind = .begin
        case "I": kind = .inside
        case "E": kind = .end
        case "O": kind = .outside
        case ".": kind = .dot
        case "[": kind = .openBracket
        case "]": kind = .closeBracket
        default: kind = .other
        }
    }

    /// Splits a tag at its first hyphen, as conlleval does.
    /// - Parameters:
    ///   - tag: The tag as written in the file.
    ///   - raw: Read it as a bare chunk type (conlleval's `-r`): `O` stays outside, anything else `T`
    ///     becomes `B-T`, a chunk of one token.
    public init(parsing tag: Substring, raw: Bool = false) {
        if raw {
            self.init(prefix: tag == "O" ? "O" : "B", type: tag == "O" ? "" : String(tag))
        } else if let hyphen = tag.utf8.firstIndex(of: UInt8(ascii: "-")) {
            self.init(prefix: String(tag[..<hyphen]), type: String(tag[tag.utf8.index(after: hyphen)...]))
        } else {
            self.init(prefix: String(tag), type: "")
        }
    }

    /// `prefix-type`, or the prefix alone when the type is empty.
    public var description: String { type.isEmpty ? prefix : prefix + "-" + type }

    /// Whether a chunk ended between a token tagged `previous` and the next, tagged `current`
    /// (conlleval's `endOfChunk`).
    ///
    /// These are conlleval.pl's rules, which know the IOB1, IOB2 and IOE representations (and the bracket
    /// tags `[` and `]` of chunks of one token) but not `S-`: a chunk ends on `B`/`I` → `B`/`O`, `E` →
    /// `E`/`I`/`O`, after any tag but `O` and `.` when the type changes, and after `[` or `]`.
    public static func endsChunk(previous: ConllevalTag, current: ConllevalTag) -> Bool {
        endsChunk(previous.kind, current.kind, sameType: previous.type == current.type)
    }

    /// ``endsChunk(previous:current:)`` on the tags' kinds and whether their types are equal.
    static func endsChunk(_ previous: Kind, _ current: Kind, sameType: Bool) -> Bool {
        switch (previous, current) {
        case (.begin, .begin), (.begin, .outside), (.inside, .begin), (.inside, .outside): return true
        case (.end, .end), (.end, .inside), (.end, .outside): return true
        case (.openBracket, _), (.closeBracket, _): return true
        case (.outside, _), (.dot, _): return false
        default: return !sameType
        }
    }

    /// Whether a chunk started between a token tagged `previous` and the next, tagged `current`
    /// (conlleval's `startOfChunk`).
    ///
    /// conlleval.pl's rules: a chunk starts on `B` after `B`/`I`/`O`, on `I` after `O`/`E` (a stray `I-`
    /// opens a chunk), on `E` after `E`/`O`, on any tag but `O` and `.` whose type differs from the
    /// previous one, and on `[` or `]`. `S-` and `E-` after `B`/`I` open nothing of their own.
    public static func startsChunk(previous: ConllevalTag, current: ConllevalTag) -> Bool {
        startsChunk(previous.kind, current.kind, sameType: previous.type == current.type)
    }

    /// ``startsChunk(previous:current:)`` on the tags' kinds and whether their types are equal.
    static func startsChunk(_ previous: Kind, _ current: Kind, sameType: Bool) -> Bool {
        switch (previous, current) {
        case (.begin, .begin), (.inside, .begin), (.outside, .begin): return true
        case (.outside, .inside), (.end, .inside): return true
        case (.end, .end), (.outside, .end): return true
        case (_, .openBracket), (_, .closeBracket): return true
        case (_, .outside), (_, .dot): return false
        default: return !sameType
        }
    }
}
