/// A CoNLL-U MISC field split into the items CorpusKit interprets (spacing, the entity tag) and the rest,
/// which is kept verbatim in the `misc` token attribute.
struct CoNLLUMisc {
    /// The MISC key of the entity tag (`NER=B-PER`).
    static let nerKey = "NER"

    /// The gap after the token when MISC gives it (`SpaceAfter=No` → empty; `SpacesAfter=` → exact).
    var gapAfter: [UInt8]?
    /// The whitespace before the token (`SpacesBefore=`), and the item as written.
    var gapBefore: (gap: [UInt8], item: ArraySlice<UInt8>)?
    /// The entity tag as written.
    var tag: ArraySlice<UInt8>?
    /// The first of the other items (most tokens have at most one, kept without a copy).
    private var firstKept: ArraySlice<UInt8>?
    /// The other items after the first, each preceded by `|`.
    private var moreKept: [UInt8] = []

    /// The other items joined by `|`, or `nil` when there are none.
    var restText: String? {
        guard let firstKept else { return nil }
        return moreKept.isEmpty ? String(decoding: firstKept, as: UTF8.self) : String(decoding: Array(firstKept) + moreKept, as: UTF8.self)
    }

    /// Keeps an item among the others.
    mutating func keep(_ item: ArraySlice<UInt8>) {
        if firstKept == nil {
            firstKept = item
        } else {
            moreKept.append(0x7C)
            moreKept += item
        }
    }

    /// What can be wrong with a MISC field.
    enum Problem: Error {
        case spacingTwice
        case badEscape(String)

        var message: String {
            switch self {
            case .spacingTwice: return "MISC gives the spacing after the token twice (SpaceAfter=No and SpacesAfter=)"
            case .badEscape(let item): return "invalid escape in \(item) (expected \\s, \\t, \\n, \\r, \\p, \\\\ or \\uXXXX)"
            }
        }
    }

    private static let spaceAfterNo = Array("SpaceAfter=No".utf8)
    private static let spacesAfter = Array("SpacesAfter=".utf8)
    private static let spacesBefore = Array("SpacesBefore=".utf8)
    static let ner = Array("\(nerKey)=".utf8)
    static let chunk = Array("\(CoNLLAttributes.chunkMiscKey)=".utf8)

    /// Splits a MISC field given as UTF-8 bytes.
    static func parse(_ field: ArraySlice<UInt8>) -> Result<CoNLLUMisc, Problem> {
        var misc = CoNLLUMisc()
        guard !(field.count == 1 && field.first == 0x5F) else { return .success(misc) }  // "_"
        var start = field.startIndex
        while start <= field.endIndex {
            let end = field[start...].firstIndex(of: 0x7C) ?? field.endIndex
            let item = field[start..<end]
            start = end + 1
            if item.elementsEqual(spaceAfterNo) {
                if misc.gapAfter != nil { return .failure(.spacingTwice) }
                misc.gapAfter = []
            } else if item.starts(with: spacesAfter) {
                if misc.gapAfter != nil { return .failure(.spacingTwice) }
                guard let gap = CoNLLUSpacing.unescape(item.dropFirst(spacesAfter.count)) else {
                    return .failure(.badEscape(String(decoding: item, as: UTF8.self)))
                }
                misc.gapAfter = gap
            } else if item.starts(with: spacesBefore) {
                guard let gap = CoNLLUSpacing.unescape(item.dropFirst(spacesBefore.count)) else {
                    return .failure(.badEscape(String(decoding: item, as: UTF8.self)))
                }
                misc.gapBefore = (gap, item)
            } else if item.starts(with: ner) {
                misc.tag = item.dropFirst(ner.count)
            } else {
                misc.keep(item)
            }
        }
        return .success(misc)
    }

    /// The MISC items a writer adds to a token, in key order: `Chunk=`, `NER=`, `SpaceAfter=No` or
    /// `SpacesAfter=`, `SpacesBefore=`.
    struct Generated {
        /// A CoNLL-2003 chunk tag.
        var chunk: String?
        /// The entity tag.
        var tag: EntityTag?
        /// The whole spacing item (`SpaceAfter=No`, `SpacesAfter=\n`), when the gap is not the default.
        var spacing: [UInt8]?
        /// The whole `SpacesBefore=` item.
        var spacesBefore: [UInt8]?

        /// Appends the items, `|`-separated, in key order.
        func append(to output: inout [UInt8]) {
            var first = true
            func separate() {
                if !first { output.append(0x7C) }
                first = false
            }
            if let chunk {
                separate()
                output += CoNLLUMisc.chunk
                output.appendUTF8(chunk)
            }
            if let tag {
                separate()
                output += CoNLLUMisc.ner
                tag.append(to: &output)
            }
            if let spacing {
                separate()
                output += spacing
            }
            if let spacesBefore {
                separate()
                output += spacesBefore
            }
        }

        var isEmpty: Bool { chunk == nil && tag == nil && spacing == nil && spacesBefore == nil }
    }

    /// Writes a MISC field to `output`: the kept items in their order, with each generated item inserted
    /// before the first kept item whose key sorts after its own (UD treebanks keep MISC sorted by key), or
    /// `_` when there are none.
    static func compose(rest: String?, generated: Generated, into output: inout [UInt8]) {
        guard let rest, !rest.isEmpty else {
            if generated.isEmpty { output.append(0x5F) } else { generated.append(to: &output) }
            return
        }
        var items = Array(rest.utf8).split(separator: 0x7C, omittingEmptySubsequences: false)
        var generatedBytes: [UInt8] = []
        generated.append(to: &generatedBytes)
        for item in generatedBytes.split(separator: 0x7C) {
            let key = item.prefix { $0 != 0x3D }
            let position = items.firstIndex { key.lexicographicallyPrecedes($0.prefix { $0 != 0x3D }) } ?? items.count
            items.insert(item, at: position)
        }
        for (index, item) in items.enumerated() {
            if index > 0 { output.append(0x7C) }
            output += item
        }
    }
}
