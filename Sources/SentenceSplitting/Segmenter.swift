import CorpusModel

/// The splitter's state machine: tokens go in one at a time, sentence spans come out as soon as the
/// tokens after them settle where they end.
///
/// It keeps a ring of the last ``capacity`` tokens. The decision about the gap after token `j` is taken when
/// token `j + lookahead` has arrived (or at the end), so memory stays constant however long the text.
struct Segmenter {
    /// Tokens kept (a power of two); decisions look back at most `capacity - lookahead - 1` tokens.
    static let capacity = 32
    /// Tokens after a gap that its decision may read (a closing quote, a list label `1.)` on the next line).
    static let lookahead = 4

    let bytes: UnsafeBufferPointer<UInt8>
    /// The rules, compiled for look-ups from bytes.
    let rules: RuleIndex
    let policy: NewlinePolicy

    /// The ring's storage, owned by the caller (see ``withSegmenter(bytes:rules:policy:_:)``).
    private let ring: UnsafeMutableBufferPointer<TokenInfo>
    /// How many tokens have been pushed (the index the next one gets).
    private(set) var count = 0
    /// The index of the current sentence's first token, and its start offset.
    private(set) var sentenceStart = 0
    private var sentenceStartOffset: UInt32 = 0
    /// Tokens before the latest one on its line.
    private var linePosition: UInt16 = 0
    /// The latest token's end (UTF-8 offset); -2 before the first token, so that the first never looks
    /// like one that follows a token after a single space.
    private var previousEnd = -2

    private init(
        bytes: UnsafeBufferPointer<UInt8>, rules: RuleIndex, policy: NewlinePolicy,
        ring: UnsafeMutableBufferPointer<TokenInfo>
    ) {
        self.bytes = bytes
        self.rules = rules
        self.policy = policy
        self.ring = ring
    }

    /// Runs `body` with a fresh segmenter whose ring lives on the stack for the duration of the call.
    static func withSegmenter<Result>(
        bytes: UnsafeBufferPointer<UInt8>, rules: RuleIndex, policy: NewlinePolicy,
        _ body: (inout Segmenter) throws -> Result
    ) rethrows -> Result {
        try withUnsafeTemporaryAllocation(of: TokenInfo.self, capacity: capacity) { ring in
            let empty = TokenInfo(
                start: 0, end: 0, kind: .other, gap: .blankLine, initial: .none, endsWithPeriod: false, plain: false,
                linePosition: 0)
            ring.initialize(repeating: empty)
            var segmenter = Segmenter(bytes: bytes, rules: rules, policy: policy, ring: ring)
            return try body(&segmenter)
        }
    }

    /// The token with absolute index `index`, which must still be in the ring.
    @inline(__always)
    func token(_ index: Int) -> TokenInfo { ring[index & (Self.capacity - 1)] }

    /// Whether `index` names a token that was pushed and is still in the ring.
    @inline(__always)
    func has(_ index: Int) -> Bool { index >= 0 && index < count && index > count - Self.capacity }

    /// Adds the next token; returns the sentence it completes, if any.
    /// - Precondition: tokens come sorted and do not overlap (a programmer error otherwise).
    @inline(__always)
    mutating func push(_ span: Span) -> Span? {
        let start = span.start
        let end = span.end
        precondition(start >= previousEnd && end <= bytes.count, "tokens must be sorted, disjoint, in the text")
        let gap: Gap
        if start == previousEnd &+ 1, bytes[previousEnd] == 0x20 {
            gap = .space  // the common case, without a call
        } else if count == 0 {
            gap = .blankLine
            sentenceStartOffset = UInt32(truncatingIfNeeded: start)
        } else {
            gap = Self.scanGap(bytes, from: previousEnd, to: start)
        }
        previousEnd = end
        linePosition = gap >= .lineBreak ? 0 : (linePosition == .max ? .max : linePosition &+ 1)
        let facts = TokenInfo.classify(bytes, start: start, end: end)
        ring[count & (Self.capacity - 1)] = TokenInfo(
            start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end),
            kind: facts.kind, gap: gap, initial: facts.initial, endsWithPeriod: facts.endsWithPeriod, plain: facts.plain,
            linePosition: linePosition)
        count &+= 1  // no overflow: there are fewer tokens than bytes
        // The gap after the token `lookahead` tokens back is decided now: every token it may read has arrived.
        let index = count &- 1 &- Self.lookahead
        guard index >= 0 else { return nil }
        // The common cases, settled here without a call: a plain word and a space, tokens that touch.
        guard !settlesNoEnd(after: index), endsOnCloserLook(after: index) else { return nil }
        return close(after: index)
    }

    /// Decides every remaining gap; returns the remaining sentences (the last ends at the last token).
    /// Called once, after the last token.
    mutating func finish() -> [Span] {
        var sentences: [Span] = []
        var undecided = max(0, count - Self.lookahead)  // ``push(_:)`` decided every gap before this token's
        while undecided < count - 1 {
            if let sentence = decide(after: undecided) { sentences.append(sentence) }
            undecided += 1
        }
        if count > 0 {
            sentences.append(Span(Int(sentenceStartOffset), Int(token(count - 1).end)))
        }
        return sentences
    }

    /// Decides the gap after token `index`; closes the sentence there if it ends.
    private mutating func decide(after index: Int) -> Span? {
        endsSentence(after: index) ? close(after: index) : nil
    }

    /// Ends the current sentence after token `index`; returns it.
    private mutating func close(after index: Int) -> Span {
        let sentence = Span(Int(sentenceStartOffset), Int(token(index).end))
        sentenceStart = index + 1
        sentenceStartOffset = token(index + 1).start
        return sentence
    }

    /// Classifies the whitespace between two tokens. A blank line is two line breaks with nothing but
    /// whitespace between them; bytes no token covers (when tokens come from elsewhere) count as a space.
    static func scanGap(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Gap {
        if start == end { return .none }
        if end - start == 1, bytes[start] == 0x20 { return .space }
        var breaks = 0
        var most = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 {
                index += 1
                continue
            }
            let (value, length) = UTF8Scalars.decode(bytes, at: index)
            index += length
            let weight = CharacterClasses.lineBreakWeight(value)
            if weight > 0 {
                if value == 0x0D, index < end, bytes[index] == 0x0A { index += 1 }  // \r\n is one line break
                breaks += weight
                most = max(most, breaks)
            } else if !UTF8Scalars.isWhitespace(value) {
                breaks = 0
            }
        }
        return most >= 2 ? .blankLine : most == 1 ? .lineBreak : .space
    }
}
