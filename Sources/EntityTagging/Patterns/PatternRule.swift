/// A class of gazetteer phrases a pattern can ask for: an entity label (`@LOC`) or a cue (`@title`).
enum PhraseClass: Hashable, Sendable {
    case label(EntityLabel)
    case cue(CueClass)

    /// Parses the name after `@`.
    init?(name: Substring) {
        if let label = EntityLabel(rawValue: String(name)) {
            self = .label(label)
        } else if let cue = CueClass(rawValue: String(name)) {
            self = .cue(cue)
        } else {
            return nil
        }
    }

    /// The bit of ``CueClass/title``.
    static let titleBit = PhraseClass.cue(.title).featureBit

    /// The class's bit in a token's ``LexisBuffers/features(_:)`` and a phrase's ``PhraseInfo/classes``
    /// (bits 8–11 the labels, bits 12 and up the cues).
    var featureBit: UInt32 {
        switch self {
        case .label(let label): return 1 << (8 + UInt32(label.index))
        case .cue(let cue): return UInt32(cue.bit) << 12
        }
    }
}

/// A named token shape a pattern can ask for.
enum ShapeName: String, CaseIterable, Sendable {
    /// Capitalised with lower-case letters: `Japan`, `McDonald`.
    case cap = "Cap"
    /// Two or more letters, all capitals: `NATO`, `U.S.`, `WASHINGTON`.
    case upper = "Upper"
    /// One capital letter, alone or with a period: `J.`.
    case initial = "Initial"
    /// Starts with a capital letter (any of the three above).
    case name = "Name"
    /// Starts with a lower-case letter.
    case lower = "Lower"
    /// Starts with a digit: `1996-08-30`, `3-1`, `22`.
    case number = "Number"
    /// No letters or digits.
    case punct = "Punct"
    /// Any token.
    case any = "Any"

    /// The shape's bit in a token's ``LexisBuffers/features(_:)`` (bits 0–7).
    var featureBit: UInt32 {
        switch self {
        case .cap: return 1 << 0
        case .upper: return 1 << 1
        case .initial: return 1 << 2
        case .name: return 1 << 3
        case .lower: return 1 << 4
        case .number: return 1 << 5
        case .punct: return 1 << 6
        case .any: return 1 << 7
        }
    }

    /// The shapes that start with a capital letter, and their feature bits together.
    static let capitals: [ShapeName] = [.cap, .upper, .initial, .name]
    static let capitalBits: UInt32 = capitals.reduce(0) { $0 | $1.featureBit }

    /// The feature bits of all named shapes together (bits 0–7).
    static let allFeatureBits: UInt32 = allCases.reduce(0) { $0 | $1.featureBit }

    /// The feature bits of the named shapes a token of each ``TokenShape`` has, indexed by its raw value.
    static let featuresByShape: [UInt32] = (0..<(1 << 10)).map { raw in
        let shape = TokenShape(rawValue: UInt16(raw))
        return allCases.reduce(0) { $1.matches(shape) ? $0 | $1.featureBit : $0 }
    }

    /// In a headline set in capitals a capital says nothing: there a word without lower-case letters
    /// loses these bits (`Name`, `Initial`).
    static let headlineBits = name.featureBit | initial.featureBit

    /// Whether a token of that shape has this named shape.
    @inline(__always)
    func matches(_ shape: TokenShape) -> Bool {
        switch self {
        case .cap: return shape.isCapitalised
        case .upper: return shape.contains(.allCaps) && shape.contains(.upperInitial)
        case .initial: return shape.contains(.initial)
        case .name: return shape.isNameLike
        case .lower: return shape.contains(.lowerInitial)
        case .number: return shape.contains(.digitInitial)
        case .punct: return shape.contains(.punctuation)
        case .any: return true
        }
    }
}

/// A test on one token.
indirect enum TokenTest: Sendable, Equatable {
    /// The token has a named shape.
    case shape(ShapeName)
    /// The token's text is exactly these bytes.
    case literal([UInt8])
    /// The token alone is a gazetteer phrase of the class.
    case inClass(PhraseClass)
    /// The test fails.
    case not(TokenTest)
    /// Every test passes.
    case all([TokenTest])
}

/// One way an element can match: one token passing a test, or a whole gazetteer phrase that is in every
/// class of `all` and in none of `none` (`@LOC&!@country`).
enum Alternative: Sendable, Equatable {
    case token(TokenTest)
    case phrase(all: [PhraseClass], none: [PhraseClass])
}

/// A pattern element: alternatives and how often they repeat.
struct PatternElement: Sendable, Equatable {
    var alternatives: [Alternative]
    /// The fewest repetitions (0 or 1).
    var minimum: Int
    /// The most repetitions (1, or `Int.max`).
    var maximum: Int
}

/// The part of a match that becomes an entity: elements `elements` (half-open), labelled `label`;
/// a `nil` label (`[O …]`) marks tokens no other rule or guess may label.
struct PatternCapture: Sendable, Equatable {
    var label: EntityLabel?
    var elements: Range<Int>
}

/// A compiled pattern rule (see `docs/entity-tagger.md` for the file format).
struct PatternRule: Sendable {
    /// The rule's name, unique across rule files (a user rule of the same name replaces a built-in one).
    let name: String
    /// Breaks ties between matches of equal length: the higher wins.
    let priority: Int
    /// The elements, in order.
    let elements: [PatternElement]
    /// The entities a match yields.
    let captures: [PatternCapture]
    /// The match must start at the first token of a sentence (`^`).
    let anchoredAtStart: Bool
    /// The match must end at the last token of a sentence (`$`).
    let anchoredAtEnd: Bool
}
