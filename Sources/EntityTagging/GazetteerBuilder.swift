import CorpusModel

/// Compiles a gazetteer from annotated documents, as `corpus gazetteer build` does.
///
/// 1. Every entity's text (its tokens joined by single spaces where the text has whitespace) is counted
///    per label.
/// 2. Every other occurrence of such a phrase on whole tokens that overlaps no entity is counted as an
///    occurrence that is not an entity (`May` the month against `May` the person).
/// 3. A phrase is kept with its most frequent label (ties go to PER, LOC, ORG, MISC in that order) when
///    it is an entity at least as often as it is not one.
///
/// The result is a gazetteer in the tagger's format, so it loads with `--gazetteer`.
public struct GazetteerBuilder: Sendable {
    /// One phrase of the result with its counts.
    public struct Entry: Equatable, Sendable {
        /// The phrase as written in the documents.
        public var phrase: String
        /// Its most frequent label.
        public var label: EntityLabel
        /// How often it was an entity with that label.
        public var labelCount: Int
        /// How often it was an entity (any label).
        public var entityCount: Int
        /// How often it occurred on whole tokens outside any entity.
        public var otherCount: Int
    }

    private struct StoredDocument: Sendable {
        var bytes: [UInt8]
        var tokens: [Span]
        var entities: [Span]
    }

    private var documents: [StoredDocument] = []
    private var labelCounts: [[UInt8]: [Int]] = [:]
    private var skippedLabels: [String: Int] = [:]

    /// Creates an empty builder.
    public init() {}

    /// Adds an annotated document.
    /// - Parameters:
    ///   - document: The document.
    ///   - tokens: Its tokens: UTF-8 spans (half-open), sorted.
    ///   - entities: Its entities: UTF-8 spans (half-open) on token boundaries, labelled `PER`, `LOC`,
    ///     `ORG` or `MISC` (others are counted in ``skippedLabels`` and left out).
    public mutating func add(_ document: Document, tokens: [Span], entities: [Annotation]) {
        let bytes = Array(document.text.utf8)
        var kept: [Span] = []
        bytes.withUnsafeBufferPointer { buffer in
            for entity in entities {
                guard let raw = entity.label, let label = EntityLabel(rawValue: raw) else {
                    skippedLabels[entity.label ?? "(none)", default: 0] += 1
                    continue
                }
                guard let key = Self.key(of: entity.span, bytes: buffer, tokens: tokens) else { continue }
                labelCounts[key, default: [0, 0, 0, 0]][label.index] += 1
                kept.append(entity.span)
            }
        }
        documents.append(StoredDocument(bytes: bytes, tokens: tokens, entities: kept.sorted()))
    }

    /// Labels that are not CoNLL-2003 entity types, with how often they were left out.
    public var skippedLabelCounts: [String: Int] { skippedLabels }

    /// The entries, sorted by phrase (byte order).
    public func entries() -> [Entry] {
        let phrases = labelCounts.keys.sorted { $0.lexicographicallyPrecedes($1) }
        let trie = PhraseTrie(phrases.enumerated().map { ($0.element, Int32($0.offset)) })
        var other = [Int](repeating: 0, count: phrases.count)
        for document in documents {
            countOtherOccurrences(in: document, trie: trie, into: &other)
        }
        var entries: [Entry] = []
        for (index, phrase) in phrases.enumerated() {
            guard let counts = labelCounts[phrase] else { continue }
            let entityCount = counts.reduce(0, +)
            guard entityCount >= other[index] else { continue }
            let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
            entries.append(
                Entry(
                    phrase: String(decoding: phrase, as: UTF8.self), label: EntityLabel.allCases[best],
                    labelCount: counts[best], entityCount: entityCount, otherCount: other[index]))
        }
        return entries
    }

    /// The gazetteer file: a `#` header (purpose, sources, counts) and `LABEL<TAB>phrase` lines.
    /// - Parameter sources: The input files, named in the header.
    public func gazetteerText(sources: [String]) -> String {
        let entries = entries()
        var lines = [
            "# Gazetteer compiled by `corpus gazetteer build` from annotated data: each phrase with its most",
            "# frequent label, phrases more often not an entity than an entity left out.",
            "# Sources: \(sources.joined(separator: ", "))",
            "# Phrases: \(entries.count) kept of \(labelCounts.count) seen in \(documents.count) documents.",
            "# Format: CLASS<TAB>phrase",
        ]
        for entry in entries { lines.append("\(entry.label.rawValue)\t\(entry.phrase)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func countOtherOccurrences(in document: StoredDocument, trie: PhraseTrie, into other: inout [Int]) {
        document.bytes.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { tokens in
                var entityIndex = 0
                var cache = SpellingCache(tokens: tokens.count)
                var matches: [Int32] = []
                for first in 0..<tokens.count {
                    let start = tokens[first].start
                    while entityIndex < document.entities.count, document.entities[entityIndex].end <= start { entityIndex += 1 }
                    matches.removeAll(keepingCapacity: true)
                    trie.walk(in: bytes, tokens: tokens, first: first, limit: tokens.count, cache: &cache, into: &matches)
                    phrases: for match in stride(from: 0, to: matches.count, by: 2) {
                        let span = Span(start, tokens[Int(matches[match]) - 1].end)
                        var index = entityIndex
                        while index < document.entities.count, document.entities[index].start < span.end {
                            if document.entities[index].overlaps(span) { continue phrases }
                            index += 1
                        }
                        other[Int(matches[match + 1])] += 1
                    }
                }
            }
        }
    }

    /// The phrase of a span: its tokens' text joined by single spaces where the text has whitespace;
    /// `nil` when the span does not start and end on token boundaries or its text holds a tab or newline.
    private static func key(of span: Span, bytes: UnsafeBufferPointer<UInt8>, tokens: [Span]) -> [UInt8]? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < span.start { low = middle + 1 } else { high = middle }
        }
        guard low < tokens.count, tokens[low].start == span.start else { return nil }
        var key: [UInt8] = []
        var index = low
        while index < tokens.count, tokens[index].end <= span.end {
            if index > low && tokens[index - 1].end != tokens[index].start { key.append(0x20) }
            let token = tokens[index]
            for offset in token.start..<token.end {
                let byte = bytes[offset]
                if byte == 0x09 || byte == 0x0A || byte == 0x0D { return nil }
                key.append(byte)
            }
            if token.end == span.end { return key }
            index += 1
        }
        return nil
    }
}
