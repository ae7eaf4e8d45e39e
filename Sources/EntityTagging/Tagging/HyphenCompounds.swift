/// Labels hyphenated compounds of names MISC (step 7 of ``EntityTagger``): `Japan-U.S.`, `Trump-Kim`,
/// `Franco-German`, following CoNLL-2003 practice.
///
/// A token qualifies when every hyphen-separated part starts with a capital and at least one part is a
/// known name: a gazetteer phrase labelled PER, LOC or MISC, a given name, or a string labelled in the
/// document; or when a known name is followed by lower-case parts only (`Boston-based`, `Japan-born`). A compound that a gazetteer or pattern rule labelled as a whole (`Indo-Pacific`,
/// `Hewlett-Packard`) keeps its label; a guess over it alone becomes MISC, and a free one is added.
struct HyphenCompounds {
    let table: TokenTable
    /// The document's strings and their labels, by ``PhraseHash``.
    let known: HashMap64<EntityLabel>

    /// Relabels or adds compounds among `entities` (sorted by start, non-overlapping).
    func relabel(_ entities: inout [Candidate]) {
        var added: [Candidate] = []
        var owner = 0  // the first entity not ending before the token
        for index in hyphenatedNames() where isCompoundOfNames(index) {
            while owner < entities.count && entities[owner].end <= index { owner += 1 }
            if owner == entities.count || entities[owner].start > index {
                added.append(Candidate(start: index, end: index + 1, label: .miscellaneous, priority: Priority.guess, origin: .guess))
            } else if entities[owner].origin == .guess, entities[owner].length == 1 {
                entities[owner].label = .miscellaneous
            }
        }
        if !added.isEmpty { entities = Candidate.merged(entities[...], added[...]) }
    }

    /// The tokens that start with a capital and have an inner hyphen, in order.
    private func hyphenatedNames() -> [Int] {
        var found: [Int] = []
        var index = 0
        while case let next = table.firstToken(from: index, with: .innerHyphen), next < table.count {
            if table.shape(next).isNameLike { found.append(next) }
            index = next + 1
        }
        return found
    }

    private func isCompoundOfNames(_ index: Int) -> Bool {
        let token = table.tokens[index]
        let bytes = table.bytes[token.start..<token.end]
        guard let hyphen = bytes.firstIndex(of: 0x2D) else { return false }
        // "Boston-based", "Japan-born": a name, then lower-case words.
        if isKnownName(bytes[..<hyphen])
            && Self.allParts(of: bytes[(hyphen + 1)...], satisfy: { $0.first.map { (0x61...0x7A).contains($0) } ?? false })
        {
            return true
        }
        var anyKnown = false
        let allCapitalised = Self.allParts(of: bytes) { part in
            guard let first = part.first, (0x41...0x5A).contains(first) || first >= 0xC0 else { return false }
            if isKnownName(part) { anyKnown = true }
            return true
        }
        return allCapitalised && anyKnown
    }

    /// Whether every hyphen-separated part of `bytes`, empty ones included, passes `test` (asked in order
    /// until one fails).
    private static func allParts(
        of bytes: Slice<UnsafeBufferPointer<UInt8>>, satisfy test: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool
    ) -> Bool {
        var start = bytes.startIndex
        while true {
            let end = bytes[start...].firstIndex(of: 0x2D) ?? bytes.endIndex
            guard test(bytes[start..<end]) else { return false }
            if end == bytes.endIndex { return true }
            start = end + 1
        }
    }

    private func isKnownName(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if let label = known[PhraseHash.of(bytes: part)], label != .organization { return true }
        guard let payload = table.lexicon.trie.payload(of: part) else { return false }
        let info = table.lexicon.infos[Int(payload)]
        return info.cues.contains(.givenName) || (info.label.map { $0 != .organization } ?? false)
    }
}
