/// What the tagger keeps about one token for the whole document, packed in 32 bits: its shape, its
/// sentence's kind, what the gazetteers say about the token alone, and what the steps so far decided.
///
/// Bits 0–9 hold the ``TokenShape``; bit 10 marks a sentence's first token and bit 11 a token of a headline
/// set in capitals; bits 12–23 the classes of the gazetteer phrase made of the token alone (``PhraseClass``
/// bits 8–19, shifted by 4); bits 24–26 that phrase's label (0 for none); bit 27 a token a rule took
/// (step 4), bit 28 a token inside a title (`Secretary of State`).
struct TokenTraits: Sendable {
    var rawValue: UInt32

    private static let startsSentenceBit: UInt32 = 1 << 10
    private static let inCapsSentenceBit: UInt32 = 1 << 11
    private static let classesShift: UInt32 = 4
    private static let labelShift: UInt32 = 24
    private static let isRuledBit: UInt32 = 1 << 27
    private static let inTitleBit: UInt32 = 1 << 28

    init(rawValue: UInt32) { self.rawValue = rawValue }

    /// A token's traits before the rules ran.
    /// - Parameters:
    ///   - shape: Its shape.
    ///   - startsSentence: Whether it is its sentence's first token.
    ///   - single: The gazetteer entry of the phrase made of the token alone, if any.
    ///   - inTitle: Whether a title phrase covers the token.
    init(shape: TokenShape, startsSentence: Bool, single: PhraseInfo?, inTitle: Bool) {
        rawValue = UInt32(shape.rawValue)
        if inTitle { rawValue |= Self.inTitleBit }
        if startsSentence { rawValue |= Self.startsSentenceBit }
        if let single {
            rawValue |= single.classes << Self.classesShift
            if let label = single.label { rawValue |= UInt32(label.index + 1) << Self.labelShift }
        }
    }

    /// The token is its sentence's first.
    var startsSentence: Bool {
        get { rawValue & Self.startsSentenceBit != 0 }
        set { rawValue = newValue ? rawValue | Self.startsSentenceBit : rawValue & ~Self.startsSentenceBit }
    }

    var shape: TokenShape { TokenShape(rawValue: UInt16(truncatingIfNeeded: rawValue & 0x3FF)) }
    /// The token stands in a headline set in capitals, where a capital is no evidence.
    var inCapsSentence: Bool {
        get { rawValue & Self.inCapsSentenceBit != 0 }
        set { rawValue = newValue ? rawValue | Self.inCapsSentenceBit : rawValue & ~Self.inCapsSentenceBit }
    }
    /// The cues of the phrase made of the token alone.
    var cues: CueSet { CueSet(bits: UInt8(truncatingIfNeeded: rawValue >> 16)) }
    /// The entity label of the phrase made of the token alone.
    var label: EntityLabel? {
        let code = Int(rawValue >> Self.labelShift) & 7
        return code == 0 ? nil : EntityLabel.allCases[code - 1]
    }

    /// A rule's entity (or block) covers the token.
    var isRuled: Bool {
        get { rawValue & Self.isRuledBit != 0 }
        set { rawValue = newValue ? rawValue | Self.isRuledBit : rawValue & ~Self.isRuledBit }
    }

    /// A title phrase covers the token.
    var inTitle: Bool {
        get { rawValue & Self.inTitleBit != 0 }
        set { rawValue = newValue ? rawValue | Self.inTitleBit : rawValue & ~Self.inTitleBit }
    }
}
