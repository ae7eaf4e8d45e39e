import Formats

/// How to read conlleval's input: the options of `conlleval.pl`, and optionally a declared tag scheme.
public struct ConllevalOptions: Sendable, Equatable {
    /// How the columns of a line are separated.
    public enum Delimiter: Sendable, Equatable {
        /// Runs of ASCII white space (space, tab, CR, form feed, vertical tab), leading white space ignored:
        /// conlleval's default.
        case whitespace
        /// This exact string (conlleval's `-d`); empty fields at the end of a line are dropped, as Perl's
        /// `split` drops them, and a carriage return before the line feed is not part of the last field.
        case string(String)
    }

    /// The column separator (default: white space).
    public var delimiter: Delimiter
    /// Read tags as bare chunk types (conlleval's `-r`): every tag but `O` is a chunk of one token.
    public var rawTags: Bool
    /// Decode the tags in this scheme (`S-`, `E-`, BILOU and adjacent entities read properly) instead of
    /// by conlleval's rules; `nil` (the default) reads them exactly as conlleval does.
    public var tagScheme: TagScheme?

    /// Creates options.
    /// - Parameters:
    ///   - delimiter: The column separator (default: white space).
    ///   - rawTags: Read tags as bare chunk types (conlleval's `-r`).
    ///   - tagScheme: Decode tags in this scheme rather than by conlleval's rules.
    public init(delimiter: Delimiter = .whitespace, rawTags: Bool = false, tagScheme: TagScheme? = nil) {
        self.delimiter = delimiter
        self.rawTags = rawTags
        self.tagScheme = tagScheme
    }

    /// Parses a delimiter given on the command line: a single space means white space (conlleval's
    /// default), `\t` stands for a tab (as in conlleval, whose `-d` is a regular expression), anything else
    /// is taken literally.
    public static func delimiter(parsing value: String) -> Delimiter {
        switch value {
        case " ": return .whitespace
        case "\\t": return .string("\t")
        default: return .string(value)
        }
    }
}

/// The token-level tag accuracy conlleval prints on its second line: the share of tokens whose system
/// tag equals the gold tag (chunk tag and type), counting `-DOCSTART-` lines as tokens as conlleval does.
public struct TagAccuracy: Hashable, Sendable {
    /// The tokens read (sentence boundaries excluded).
    public var tokens: Int
    /// The tokens whose system tag equals their gold tag.
    public var correctTags: Int

    /// Creates a tally.
    public init(tokens: Int = 0, correctTags: Int = 0) {
        self.tokens = tokens
        self.correctTags = correctTags
    }

    /// `correctTags / tokens` as a fraction in [0, 1] (0 when there are no tokens).
    public var fraction: Double { tokens == 0 ? 0 : Double(correctTags) / Double(tokens) }
}
