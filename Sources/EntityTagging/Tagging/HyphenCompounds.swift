/// Labels hyphenated compounds of names MISC (step 7 of ``EntityTagger``): `Japan-U.S.`, `Trump-Kim`,
/// `Franco-German`, following CoNLL-2003 practice.
///
/// A token qualifies when every hyphen-separated part starts with a capital and at least one part is a
/// known name: a gazetteer phrase labelled PER, LOC or MISC, a given name, or a string labelled in the
/// document; or when a known name is followed by lower-case parts only (`Boston-based`, `Japan-born`). A compound that a gazetteer or pattern rule labelled as a whole (`Indo-Pacific`,
/// `Hewlett-Packard`) keeps its label; a guess over it alone becomes MISC, and a free one is added.
struct HyphenCompounds {
    let view: TokenView
    /// The document's strings and their labels, by ``PhraseHash``.
    let known: HashMap64<EntityLabel>

    func relabel(_ entities: inout [Candidate]) {
        var owner = [Int](repeating: -1, count: view.count)
        for (position, entity) in entities.enumerated() {
            for index in entity.start..<entity.end { owner[index] = position }
        }
        var added: [Candidate] = []
        for index in 0..<view.count {
            let shape = view.shapes[index]
            guard shape.contains(.innerHyphen), shape.isNameLike, isCompoundOfNames(index) else { continue }
            if owner[index] < 0 {
                added.append(Candidate(start: index, end: index + 1, label: .miscellaneous, priority: Priority.guess, origin: .guess))
            } else if entities[owner[index]].origin == .guess, entities[owner[index]].length == 1 {
                entities[owner[index]].label = .miscellaneous
            }
        }
        if !added.isEmpty { entities = (entities + added).sorted { $0.start < $1.start } }
    }

    private func isCompoundOfNames(_ index: Int) -> Bool {
        let token = view.tokens[index]
        let bytes = UnsafeBufferPointer(rebasing: view.bytes[token.start..<token.end])
        let parts = bytes.split(separator: 0x2D, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        // "Boston-based", "Japan-born": a name, then lower-case words.
        if isKnownName(Array(parts[0])) && parts.dropFirst().allSatisfy({ $0.first.map { (0x61...0x7A).contains($0) } ?? false }) {
            return true
        }
        var anyKnown = false
        for part in parts {
            guard let first = part.first, (0x41...0x5A).contains(first) || first >= 0xC0 else { return false }
            if isKnownName(Array(part)) { anyKnown = true }
        }
        return anyKnown
    }

    private func isKnownName(_ part: [UInt8]) -> Bool {
        if let label = known[PhraseHash.of(bytes: part)], label != .organization { return true }
        guard let payload = view.lexicon.trie.payload(of: part) else { return false }
        let info = view.lexicon.infos[Int(payload)]
        return info.cues.contains(.givenName) || (info.label.map { $0 != .organization } ?? false)
    }
}
