import CorpusModel

/// Reads the stand-off object of a file or a JSON Lines line into a ``LocatedStandoffFile``.
///
/// Algorithm:
/// 1. Read the top-level object member by member (keys in any order). `"format"` and `"version"` are
///    checked as soon as they are read, so a file of another kind or version is named as such; unknown keys
///    are reported only after that.
/// 2. Read each annotation object (`start`, `end`, optional `label` and `attributes`), recording the byte
///    offset of its `{` so later errors can point at it; a reversed span is an error at once.
/// 3. After the object: required keys, producers naming existing layers, every span inside the text's
///    length. Order and overlap are checked later against the text (``LocatedStandoffFile``).
enum StandoffReader {
    /// The keys the top-level object must have (`producers` may be left out).
    static let requiredKeys = ["format", "version", "id", "text", "offsets", "layers"]

    /// Reads one stand-off object and checks that nothing follows it.
    static func read(_ scanner: inout JSONScanner) throws(FormatError) -> LocatedStandoffFile {
        var seen: Set<String> = []
        var firstUnknownKey: (key: String, offset: Int)?
        var id = ""
        var text: StandoffText?
        var textOffsets: [String: Int] = [:]
        var producers: [(name: LayerName, producer: Producer, offset: Int)] = []
        var layers: [ScalarLayer] = []
        var annotationOffsets: [LayerName: [Int]] = [:]
        _ = scanner.peek()
        let objectOffset = scanner.position
        try scanner.readObject("the stand-off object") { scanner, key, keyOffset throws(FormatError) in
            guard seen.insert(key).inserted else { throw scanner.error(at: keyOffset, "duplicate key \(quoted(key))") }
            _ = scanner.peek()
            switch key {
            case "format":
                let offset = scanner.position
                let format = try scanner.readString(for: "\"format\"")
                guard format == StandoffJSON.formatName else {
                    throw scanner.error(at: offset, "not a CorpusKit stand-off file: \"format\" is \(quoted(format)), expected \(quoted(StandoffJSON.formatName))")
                }
            case "version":
                let offset = scanner.position
                let version = try scanner.readNonNegativeInteger(for: "\"version\"")
                guard version == StandoffJSON.version else {
                    throw scanner.error(at: offset, "unsupported stand-off format version \(version) (this CorpusKit reads version \(StandoffJSON.version))")
                }
            case "id":
                let offset = scanner.position
                id = try scanner.readString(for: "\"id\"")
                guard !id.isEmpty else { throw scanner.error(at: offset, "the document id is empty") }
            case "text":
                textOffsets["text"] = scanner.position
                text = try readText(&scanner, offsets: &textOffsets)
            case "offsets":
                let offset = scanner.position
                let unit = try scanner.readString(for: "\"offsets\"")
                guard unit == StandoffJSON.offsetUnit else {
                    throw scanner.error(at: offset, "unsupported offset unit \(quoted(unit)) (expected \(quoted(StandoffJSON.offsetUnit)))")
                }
            case "producers":
                producers = try readProducers(&scanner)
            case "layers":
                (layers, annotationOffsets) = try readLayers(&scanner)
            default:
                if firstUnknownKey == nil { firstUnknownKey = (key, keyOffset) }
                try scanner.skipValue()
            }
        }
        try scanner.expectEnd()
        for key in requiredKeys where !seen.contains(key) {
            throw scanner.error(at: objectOffset, "missing key \(quoted(key)) in the stand-off object")
        }
        if let unknown = firstUnknownKey {
            throw scanner.error(at: unknown.offset, "unknown key \(quoted(unknown.key)) in the stand-off object")
        }
        guard let text else { throw scanner.error(at: objectOffset, "missing key \"text\" in the stand-off object") }
        for entry in producers {
            guard let index = layers.firstIndex(where: { $0.name == entry.name }) else {
                throw scanner.error(at: entry.offset, "producer for layer \(quoted(entry.name.rawValue)), which is not in \"layers\"")
            }
            layers[index].producer = entry.producer
        }
        let length: Int
        switch text {
        case .reference(let reference): length = reference.length
        case .inline(let string): length = string.unicodeScalars.count
        }
        for layer in layers {
            for (index, annotation) in layer.annotations.enumerated() where annotation.span.end > length {
                throw scanner.error(
                    at: annotationOffsets[layer.name]?[index] ?? 0,
                    "\(layer.name) annotation #\(index + 1) ends at \(annotation.span.end), past the end of the text (\(length) Unicode scalars)")
            }
        }
        layers.sort { $0.name < $1.name }
        return LocatedStandoffFile(
            file: StandoffFile(id: id, text: text, layers: layers), source: scanner,
            annotationOffsets: annotationOffsets, textOffsets: textOffsets)
    }

    /// Reads `"text"`: an inline string, or the object `{"path", "sha256", "length"}`.
    private static func readText(
        _ scanner: inout JSONScanner, offsets: inout [String: Int]
    ) throws(FormatError) -> StandoffText {
        if scanner.peek() == ASCII.quote { return .inline(try scanner.readStringLiteral()) }
        guard scanner.peek() == ASCII.openBrace else {
            throw scanner.error(at: scanner.position, "expected an object {\"path\", \"sha256\", \"length\"} or a string for \"text\", found \(scanner.found())")
        }
        let objectOffset = scanner.position
        var path: String?
        var sha256: String?
        var length: Int?
        var seen: Set<String> = []
        try scanner.readObject("\"text\"") { scanner, key, keyOffset throws(FormatError) in
            guard seen.insert(key).inserted else { throw scanner.error(at: keyOffset, "duplicate key \(quoted(key)) in \"text\"") }
            _ = scanner.peek()
            let offset = scanner.position
            offsets[key] = offset
            switch key {
            case "path":
                path = try scanner.readString(for: "\"path\" of \"text\"")
                guard path?.isEmpty == false else { throw scanner.error(at: offset, "the text path is empty") }
            case "sha256":
                let digest = try scanner.readString(for: "\"sha256\" of \"text\"")
                guard digest.utf8.count == 64, digest.utf8.allSatisfy({ ASCII.isDigit($0) || (0x61...0x66).contains($0) })
                else {
                    throw scanner.error(at: offset, "invalid SHA-256 \(quoted(digest)) (expected 64 lower-case hexadecimal digits)")
                }
                sha256 = digest
            case "length":
                length = try scanner.readNonNegativeInteger(for: "\"length\" of \"text\"")
            default:
                throw scanner.error(at: keyOffset, "unknown key \(quoted(key)) in \"text\"")
            }
        }
        for (key, value) in [("path", path != nil), ("sha256", sha256 != nil), ("length", length != nil)] where !value {
            throw scanner.error(at: objectOffset, "missing key \(quoted(key)) in \"text\"")
        }
        return .reference(TextReference(path: path ?? "", sha256: sha256 ?? "", length: length ?? 0))
    }

    /// Reads `"producers"`: `{"layer": {"tool": "…", "version": "…"}, …}`.
    private static func readProducers(
        _ scanner: inout JSONScanner
    ) throws(FormatError) -> [(name: LayerName, producer: Producer, offset: Int)] {
        var producers: [(name: LayerName, producer: Producer, offset: Int)] = []
        try scanner.readObject("\"producers\"") { scanner, name, nameOffset throws(FormatError) in
            guard !producers.contains(where: { $0.name.rawValue == name }) else {
                throw scanner.error(at: nameOffset, "duplicate key \(quoted(name)) in \"producers\"")
            }
            let context = "the producer of layer \(quoted(name))"
            _ = scanner.peek()
            let objectOffset = scanner.position
            let fields = try readStringMap(&scanner, context: context)
            for key in fields.keys.sorted() where key != "tool" && key != "version" {
                throw scanner.error(at: objectOffset, "unknown key \(quoted(key)) in \(context)")
            }
            guard let tool = fields["tool"] else { throw scanner.error(at: objectOffset, "missing key \"tool\" in \(context)") }
            guard let version = fields["version"] else {
                throw scanner.error(at: objectOffset, "missing key \"version\" in \(context)")
            }
            producers.append((LayerName(rawValue: name), Producer(tool: tool, version: version), nameOffset))
        }
        return producers
    }

    /// Reads `"layers"`: `{"name": [annotation, …], …}`, recording each annotation's byte offset.
    private static func readLayers(
        _ scanner: inout JSONScanner
    ) throws(FormatError) -> ([ScalarLayer], [LayerName: [Int]]) {
        var layers: [ScalarLayer] = []
        var offsets: [LayerName: [Int]] = [:]
        try scanner.readObject("\"layers\"") { scanner, key, keyOffset throws(FormatError) in
            let name = LayerName(rawValue: key)
            guard !key.isEmpty else { throw scanner.error(at: keyOffset, "empty layer name in \"layers\"") }
            guard offsets[name] == nil else { throw scanner.error(at: keyOffset, "duplicate layer \(quoted(key)) in \"layers\"") }
            var annotations: [ScalarAnnotation] = []
            var annotationOffsets: [Int] = []
            try scanner.readArray("layer \(quoted(key))") { scanner, index, offset throws(FormatError) in
                annotations.append(try readAnnotation(&scanner, layer: name, index: index))
                annotationOffsets.append(offset)
            }
            layers.append(ScalarLayer(name, annotations: annotations))
            offsets[name] = annotationOffsets
        }
        return (layers, offsets)
    }

    /// Reads one annotation object `{"start": 0, "end": 5, "label": "LOC", "attributes": {…}}`.
    private static func readAnnotation(
        _ scanner: inout JSONScanner, layer: LayerName, index: Int
    ) throws(FormatError) -> ScalarAnnotation {
        let objectOffset = scanner.position
        var start: Int?
        var end: Int?
        var label: String?
        var attributes: [String: String]?
        func what() -> String { "\(layer) annotation #\(index + 1)" }
        try scanner.readObject(what()) { scanner, key, keyOffset throws(FormatError) in
            let duplicate: Bool
            switch key {
            case "start":
                duplicate = start != nil
                start = try scanner.readNonNegativeInteger(for: "\"start\" of \(what())")
            case "end":
                duplicate = end != nil
                end = try scanner.readNonNegativeInteger(for: "\"end\" of \(what())")
            case "label":
                duplicate = label != nil
                label = try scanner.readString(for: "\"label\" of \(what())")
            case "attributes":
                duplicate = attributes != nil
                attributes = try readStringMap(&scanner, context: "\"attributes\" of \(what())")
            default:
                throw scanner.error(at: keyOffset, "unknown key \(quoted(key)) in \(what())")
            }
            if duplicate { throw scanner.error(at: keyOffset, "duplicate key \(quoted(key)) in \(what())") }
        }
        guard let start else { throw scanner.error(at: objectOffset, "missing key \"start\" in \(what())") }
        guard let end else { throw scanner.error(at: objectOffset, "missing key \"end\" in \(what())") }
        guard start <= end else { throw scanner.error(at: objectOffset, "\(what()) ends at \(end), before its start \(start)") }
        return ScalarAnnotation(ScalarSpan(start, end), label: label, attributes: attributes ?? [:])
    }

    /// Reads an object whose values are all strings.
    private static func readStringMap(
        _ scanner: inout JSONScanner, context: String
    ) throws(FormatError) -> [String: String] {
        var map: [String: String] = [:]
        try scanner.readObject(context) { scanner, key, keyOffset throws(FormatError) in
            let value = try scanner.readString(for: "\(quoted(key)) in \(context)")
            guard map.updateValue(value, forKey: key) == nil else {
                throw scanner.error(at: keyOffset, "duplicate key \(quoted(key)) in \(context)")
            }
        }
        return map
    }
}
