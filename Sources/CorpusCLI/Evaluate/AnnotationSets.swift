import CorpusKit
import Foundation

/// Loads two annotation sets — directories or files in any format `corpus convert` reads (stand-off `.json`,
/// brat `.ann`, `.jsonl`, `.conllu`, CoNLL-2003) — and pairs their documents by name.
///
/// A document's name is, for a one-document file (`.json`, `.ann`), its path relative to the directory given,
/// less the extension (just the file name's stem for a file given directly); for a many-document file
/// (`.jsonl`, `.conllu`, CoNLL-2003), the document's own id. A stand-off file brings its text (its recorded path,
/// relative to the corpus root); a `.ann` file needs one, looked for in this order: `NAME.txt` beside the `.ann`
/// file, `CORPUS/NAME.txt`, then the text of the other side's document of the same name.
struct AnnotationSets {
    /// The paired documents, sorted by name.
    let pairs: [DocumentPair]
    /// Notes for the report: documents on one side only, warnings from the readers.
    let notes: [String]

    /// Loads and pairs two sets.
    /// - Parameters:
    ///   - gold: The reference set (directory or file).
    ///   - system: The set scored (directory or file).
    ///   - reader: Reads the files (its `corpus` is where stand-off texts and `.ann` texts are looked for).
    ///   - allowMissing: Score documents found on one side only instead of stopping.
    ///   - names: How the two sides are called in notes (`gold`/`system`, or `A`/`B`).
    ///   - goldLayer: Score the gold side's layer `from` as its layer `to` (e.g. CoNLL-U syntactic words as tokens).
    /// - Throws: A data error for an unreadable or malformed file, a `.ann` file without a text, or an
    ///   unpaired document without `allowMissing`.
    init(
        gold: String, system: String, reader: DocumentReader, allowMissing: Bool,
        names: (String, String) = ("gold", "system"), goldLayer: (from: LayerName, to: LayerName)? = nil
    ) throws(CLIError) {
        let corpus = reader.corpus ?? "Corpus"
        let extensions = DocumentFormat.directoryExtensions(for: reader.from)
        let goldFiles = try InputFiles([gold], extensions: extensions).files
        let systemFiles = try InputFiles([system], extensions: extensions).files
        var notes: [String] = []
        // Files that carry their texts first: those texts serve the other side's .ann files.
        var goldDocuments = try Self.readWithTexts(goldFiles, reader: reader, notes: &notes)
        var systemDocuments = try Self.readWithTexts(systemFiles, reader: reader, notes: &notes)
        var texts: [String: Document] = [:]
        for document in goldDocuments.values { texts[document.document.id] = document.document }
        for document in systemDocuments.values where texts[document.document.id] == nil { texts[document.document.id] = document.document }
        try Self.readBrat(goldFiles, texts: texts, corpus: corpus, reader: reader, into: &goldDocuments, notes: &notes)
        try Self.readBrat(systemFiles, texts: texts, corpus: corpus, reader: reader, into: &systemDocuments, notes: &notes)
        let gold = goldDocuments.values.map { annotated in goldLayer.map { Self.moved($0, in: annotated) } ?? annotated }
        let system = Array(systemDocuments.values)
        do {
            pairs = try DocumentPair.pair(gold: gold, system: system, allowMissing: allowMissing)
        } catch {
            throw .data(Self.renamed(error.description, names))
        }
        for pair in pairs {
            switch pair {
            case .goldOnly: notes.append("document '\(pair.id)' has no \(names.1) annotations: all its \(names.0) spans count as missed")
            case .systemOnly: notes.append("document '\(pair.id)' has no \(names.0) annotations: all its \(names.1) spans count as spurious")
            case .matched: break
            }
        }
        self.notes = notes
    }

    /// Reads every file that is not brat, keyed by document name; the same name twice on one side is an error.
    private static func readWithTexts(
        _ files: [InputFiles.File], reader: DocumentReader, notes: inout [String]
    ) throws(CLIError) -> [String: AnnotatedDocument] {
        var documents: [String: AnnotatedDocument] = [:]
        for file in files where try reader.format(of: file.path) != .brat {
            let read = try reader.read(file)
            notes += read.warnings
            for annotated in read.documents {
                let named = read.format.isStream ? annotated : renamed(annotated, to: name(file))
                try insert(named, into: &documents, from: file)
            }
        }
        return documents
    }

    /// Reads the brat files (`.ann`, or any file `--from brat` names whose extension tells no other format),
    /// each over its text: exactly the files ``readWithTexts(_:reader:notes:)`` leaves.
    private static func readBrat(
        _ files: [InputFiles.File], texts: [String: Document], corpus: String, reader: DocumentReader,
        into documents: inout [String: AnnotatedDocument], notes: inout [String]
    ) throws(CLIError) {
        for file in files where try reader.format(of: file.path) == .brat {
            let name = name(file)
            let document = try text(for: file, name: name, texts: texts, corpus: corpus)
            let annotations: BratAnnotations
            do {
                annotations = try Brat.read(contentsOf: file.path, document: document)
            } catch {
                throw .data(error.description)
            }
            notes += annotations.warnings.map(\.description)
            try insert(AnnotatedDocument(document, layers: [annotations.entities]), into: &documents, from: file)
        }
    }

    /// The text a `.ann` file annotates (see the type's comment for the search order).
    private static func text(
        for file: InputFiles.File, name: String, texts: [String: Document], corpus: String
    ) throws(CLIError) -> Document {
        let candidates = [
            (file.path as NSString).deletingPathExtension + ".txt", (corpus as NSString).appendingPathComponent(name + ".txt"),
        ]
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate) {
            do {
                return try Document(contentsOf: candidate, id: name)
            } catch {
                throw .data(error.description)
            }
        }
        if let document = texts[name] { return document }
        throw .data("\(file.path): error: no text for this .ann file: looked for \(candidates.joined(separator: " and ")) and a stand-off file named '\(name)' on the other side (see --corpus)")
    }

    private static func insert(
        _ document: AnnotatedDocument, into documents: inout [String: AnnotatedDocument], from file: InputFiles.File
    ) throws(CLIError) {
        guard documents.updateValue(document, forKey: document.document.id) == nil else {
            throw .data("\(file.path): error: a second file for document '\(document.document.id)' in the same set")
        }
    }

    /// The document name of a file: its relative path without the extension.
    private static func name(_ file: InputFiles.File) -> String { (file.relativePath as NSString).deletingPathExtension }

    /// The document under another identifier, text and layers unchanged.
    private static func renamed(_ annotated: AnnotatedDocument, to id: String) -> AnnotatedDocument {
        let document = annotated.document
        return AnnotatedDocument(Document(id: id, text: document.text, sourcePath: document.sourcePath), layers: annotated.orderedLayers)
    }

    /// The document with its layer `from` scored as layer `to` (the original `to` layer, if any, set aside).
    private static func moved(_ layer: (from: LayerName, to: LayerName), in annotated: AnnotatedDocument) -> AnnotatedDocument {
        var result = annotated
        result.removeLayer(layer.to)
        if let source = annotated[layer: layer.from] {
            result.setLayer(AnnotationLayer(layer.to, annotations: source.annotations, producer: source.producer))
        }
        return result
    }

    /// A pairing message with the sides' names (`A`/`B` for agreement).
    private static func renamed(_ message: String, _ names: (String, String)) -> String {
        guard names != ("gold", "system") else { return message }
        return message.replacingOccurrences(of: "gold", with: names.0).replacingOccurrences(of: "system", with: names.1)
    }
}
