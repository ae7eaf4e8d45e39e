import Formats
import TestSupport
import Testing

@Suite("Tag schemes: encoding, decoding, conversion, detection")
struct TagSchemeTests {
    /// Tags written compactly: `B-PER I-PER O`.
    static func tags(_ line: String) -> [EntityTag] { line.split(separator: " ").compactMap { EntityTag($0) } }
    static func line(_ tags: [EntityTag]) -> String { tags.map(\.description).joined(separator: " ") }

    /// `Kim Jong Un` `Trump` `Moon` — three PER entities, the last two adjacent — then O, then LOC LOC adjacent one-token.
    static let chunks = [
        TagChunk(0..<3, label: "PER"), TagChunk(3..<4, label: "PER"), TagChunk(4..<6, label: "PER"),
        TagChunk(7..<8, label: "LOC"), TagChunk(8..<9, label: "LOC"), TagChunk(9..<10, label: "ORG"),
    ]

    @Test(arguments: [
        (TagScheme.iob1, "I-PER I-PER I-PER B-PER B-PER I-PER O I-LOC B-LOC I-ORG"),
        (.iob2, "B-PER I-PER I-PER B-PER B-PER I-PER O B-LOC B-LOC B-ORG"),
        (.ioe1, "I-PER I-PER E-PER E-PER I-PER I-PER O E-LOC I-LOC I-ORG"),
        (.ioe2, "I-PER I-PER E-PER E-PER I-PER E-PER O E-LOC E-LOC E-ORG"),
        (.bioes, "B-PER I-PER E-PER S-PER B-PER E-PER O S-LOC S-LOC S-ORG"),
        (.io, "I-PER I-PER I-PER I-PER I-PER I-PER O I-LOC I-LOC I-ORG"),
    ])
    func encodesAdjacentEntitiesApart(scheme: TagScheme, expected: String) {
        let tags = scheme.tags(for: Self.chunks, in: 0..<10)
        #expect(Self.line(tags) == expected)
        let decoded = TagDecoder.decode(tags, scheme: scheme)
        #expect(decoded.violations.isEmpty)
        if scheme == .io {
            // IO cannot mark where one entity ends and an adjacent one of the same label begins.
            #expect(decoded.chunks == [TagChunk(0..<6, label: "PER"), TagChunk(7..<9, label: "LOC"), TagChunk(9..<10, label: "ORG")])
        } else {
            #expect(decoded.chunks == Self.chunks)
        }
    }

    @Test func encodesInsideASentenceRange() {
        let tags = TagScheme.bioes.tags(for: [TagChunk(11..<13, label: "X")], in: 10..<14)
        #expect(Self.line(tags) == "O B-X E-X O")
    }

    @Test("every scheme's tags decode to the chunks they encode, and convert to every other scheme",
          arguments: TagScheme.allCases)
    func randomChunkSequencesRoundTrip(scheme: TagScheme) {
        var random = SeededGenerator(seed: 2003)
        for _ in 0..<500 {
            let (chunks, count) = Self.randomChunks(&random)
            let tags = scheme.tags(for: chunks, in: 0..<count)
            #expect(tags.count == count)
            let decoded = TagDecoder.decode(tags, scheme: scheme)
            #expect(decoded.violations.isEmpty, "\(Self.line(tags))")
            let expected = scheme == .io ? Self.mergingAdjacent(chunks) : chunks
            #expect(decoded.chunks == expected, "\(Self.line(tags))")
            for target in TagScheme.allCases where target != .io {
                let converted = target.tags(for: decoded.chunks, in: 0..<count)
                #expect(TagDecoder.decode(converted, scheme: target).chunks == expected)
            }
        }
    }

    @Test(arguments: [
        ("B-PER I-PER O B-LOC", TagScheme.iob2),
        ("I-PER I-PER O I-LOC B-LOC", .iob1),
        ("I-PER E-PER O E-LOC", .ioe2),
        ("I-PER E-PER I-PER O I-LOC", .ioe1),
        ("B-PER E-PER O S-LOC", .bioes),
        ("B-PER L-PER O U-LOC", .bioes),
        ("O S-LOC O", .bioes),
        ("I-PER O I-LOC", .io),
        ("O O", .iob2),
        ("B-PER I-PER O I-LOC", .iob2),
    ])
    func detectsTheScheme(line: String, expected: TagScheme) {
        var detector = TagSchemeDetector()
        for tag in Self.tags(line) { detector.observe(tag) }
        detector.endSequence()
        #expect(detector.scheme == expected)
    }

    @Test func detectionLooksAcrossSentenceBoundaries() {
        // `B-PER` opening a sentence after one that ended in `I-PER` follows no entity: iob2, not iob1.
        var detector = TagSchemeDetector()
        for tag in Self.tags("I-PER I-PER") { detector.observe(tag) }
        detector.endSequence()
        for tag in Self.tags("B-PER O") { detector.observe(tag) }
        #expect(detector.scheme == .iob2)
    }

    @Test(arguments: [
        (TagScheme.iob2, "O I-PER I-PER", "I-PER after O: an iob2 entity starts with B-PER", "B-PER"),
        (.iob2, "I-LOC", "I-LOC at the start of a sentence: an iob2 entity starts with B-LOC", "B-LOC"),
        (.iob2, "B-PER I-LOC", "I-LOC after B-PER: an iob2 entity starts with B-LOC", "B-LOC"),
        (.bioes, "B-PER O", "B-PER before O: a one-token bioes entity is S-PER", "S-PER"),
        (.bioes, "B-PER I-PER", "I-PER at the end of a sentence ends an entity, but a bioes entity ends with E-PER", "E-PER"),
        (.bioes, "O E-PER", "E-PER after O: a one-token bioes entity is S-PER", "S-PER"),
        (.ioe2, "I-PER O", "I-PER before O ends an entity, but an ioe2 entity ends with E-PER", "E-PER"),
        (.ioe2, "B-PER E-PER", "B-PER is not a tag of the ioe2 scheme (which uses I-, E- and O)", "B-PER"),
        (.io, "S-PER", "S-PER is not a tag of the io scheme (which uses I- and O)", "S-PER"),
        (.iob1, "O B-PER", "B-PER after O: iob1 uses B- only between two adjacent PER entities", "B-PER"),
        (.ioe1, "E-PER O", "E-PER before O: ioe1 uses E- only between two adjacent PER entities", "E-PER"),
    ])
    func reportsViolations(scheme: TagScheme, line: String, message: String, readAs: String) throws {
        let decoded = TagDecoder.decode(Self.tags(line), scheme: scheme)
        let violation = try #require(decoded.violations.first)
        #expect(decoded.violations.count == 1)
        #expect(violation.description == message)
        #expect(violation.readAs.description == readAs)
        #expect(violation.isRepair == (readAs != violation.tag.description))
    }

    @Test(arguments: [
        // What conlleval reads from ill-formed tags: an I- opening a chunk, a chunk left open, a label change.
        ("O I-PER I-PER O", [TagChunk(1..<3, label: "PER")]),
        ("B-PER I-LOC I-LOC", [TagChunk(0..<1, label: "PER"), TagChunk(1..<3, label: "LOC")]),
        ("B-PER E-PER I-PER", [TagChunk(0..<2, label: "PER"), TagChunk(2..<3, label: "PER")]),
        ("B-PER B-PER O", [TagChunk(0..<1, label: "PER"), TagChunk(1..<2, label: "PER")]),
        ("E-PER E-PER", [TagChunk(0..<1, label: "PER"), TagChunk(1..<2, label: "PER")]),
        ("I-PER S-PER I-PER", [TagChunk(0..<1, label: "PER"), TagChunk(1..<2, label: "PER"), TagChunk(2..<3, label: "PER")]),
    ])
    func decodesIllFormedTagsAsConllevalDoes(line: String, expected: [TagChunk]) {
        #expect(TagDecoder.decode(Self.tags(line), scheme: .bioes).chunks == expected)
    }

    @Test func entitiesNeverCrossSentences() {
        var decoder = TagDecoder(scheme: .iob1)
        for tag in Self.tags("O I-PER") { decoder.consume(tag) }
        decoder.endSequence()
        for tag in Self.tags("I-PER O") { decoder.consume(tag) }
        decoder.endSequence()
        #expect(decoder.chunks == [TagChunk(1..<2, label: "PER"), TagChunk(2..<3, label: "PER")])
        #expect(decoder.tokenCount == 4)
    }

    @Test(arguments: ["O", "B-PER", "I-MISC", "E-X", "S-ORG", "B-MISC-NAT", "I-É"])
    func parsesAndPrintsTags(text: String) throws {
        #expect(try #require(EntityTag(text)).description == text)
    }

    @Test func readsBILOU() {
        #expect(EntityTag("L-PER") == EntityTag(.end, label: "PER"))
        #expect(EntityTag("U-PER") == EntityTag(.single, label: "PER"))
        #expect(EntityTag("B-MISC-NAT")?.label == "MISC-NAT")
    }

    @Test(arguments: ["", "o", "B", "B-", "X-PER", "BPER", "O-PER", "b-PER", " B-PER"])
    func rejectsMalformedTags(text: String) {
        #expect(EntityTag(text) == nil)
    }

    // MARK: - Helpers

    /// Random sentences of 0–12 tokens with chunks of 1–3 tokens of 2 labels, often adjacent.
    static func randomChunks(_ random: inout SeededGenerator) -> ([TagChunk], Int) {
        let count = Int(random.next() % 13)
        var chunks: [TagChunk] = []
        var position = 0
        while position < count {
            if random.next() % 3 == 0 {
                position += 1
                continue
            }
            let length = min(Int(random.next() % 3) + 1, count - position)
            chunks.append(TagChunk(position..<(position + length), label: random.next() % 2 == 0 ? "PER" : "LOC"))
            position += length
        }
        return (chunks, count)
    }

    static func mergingAdjacent(_ chunks: [TagChunk]) -> [TagChunk] {
        var merged: [TagChunk] = []
        for chunk in chunks {
            if let last = merged.last, last.label == chunk.label, last.tokens.upperBound == chunk.tokens.lowerBound {
                merged[merged.count - 1].tokens = last.tokens.lowerBound..<chunk.tokens.upperBound
            } else {
                merged.append(chunk)
            }
        }
        return merged
    }
}

