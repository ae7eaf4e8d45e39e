import CorpusKit
import Foundation

/// Writes the documents of `corpus convert` in the target format.
///
/// Stream formats (CoNLL-2003, CoNLL-U, JSON Lines) hold many documents per file: they go to standard
/// output, to the file `-o` names, or — when `-o` is a directory — one output file per input file.
/// Stand-off JSON and brat hold one document per file: `-o DIR` receives `ID.json` or `ID.ann`, each with
/// the document's text as `ID.txt`. Every file is written to a temporary file and renamed.
struct ConvertOutput {
    let format: DocumentFormat
    let conll2003: CoNLL2003WriteOptions
    let conllu: CoNLLUWriteOptions
    /// `-o`, if given.
    let output: String?
    /// Whether `-o` names a directory (it exists as one, or ends with `/`).
    var outputIsDirectory: Bool {
        guard let output else { return false }
        var isDirectory: ObjCBool = false
        return output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// Encodes documents in a stream format.
    /// - Returns: The bytes and how many entities were fitted onto tokens.
    /// - Throws: A data error naming the document for what the format cannot hold.
    func encodeStream(_ documents: [AnnotatedDocument]) throws(CLIError) -> (bytes: [UInt8], counts: EntityAlignmentCounts) {
        do throws(FormatError) {
            switch format {
            case .conll2003: return try CoNLL2003Writer(options: conll2003).write(documents)
            case .conllu: return try CoNLLUWriter(options: conllu).write(documents)
            default:
                var bytes: [UInt8] = []
                for document in documents {
                    bytes += try JSONLines.encode(document).utf8
                    bytes.append(0x0A)
                }
                return (bytes, EntityAlignmentCounts())
            }
        } catch {
            throw .data(error.description)
        }
    }

    /// Writes one document as `DIR/ID.json` or `DIR/ID.ann`, with its text as `DIR/ID.txt`.
    /// - Throws: A data error for a document the format cannot hold or an id that cannot name a file; a
    ///   failure when a file cannot be written.
    func writeFiles(_ document: AnnotatedDocument, into directory: String) throws(CLIError) {
        let id = document.document.id
        guard Self.isFileName(id) else {
            throw .data("\(id): error: the document id cannot name a file (it is empty, '.', '..', or holds '/' or '\\')")
        }
        let base = (directory as NSString).appendingPathComponent(id)
        let encoded: String
        do throws(FormatError) {
            if format == .json {
                encoded = try StandoffJSON.encode(document, textPath: id + ".txt")
            } else {
                let entities = document[layer: .entity] ?? AnnotationLayer(.entity, annotations: [])
                encoded = try Brat.write(entities, in: document.document)
            }
        } catch {
            throw .data(error.description)
        }
        try AtomicFile.write(document.document.text, to: base + ".txt")
        try AtomicFile.write(encoded, to: base + (format == .json ? ".json" : ".ann"))
    }

    /// The stream file an input's documents go to when `-o` is a directory: the input's relative path with
    /// the format's extension.
    func streamPath(for file: InputFiles.File, in directory: String) -> String {
        let relative = file.path == "-" ? "stdin" : (file.relativePath as NSString).deletingPathExtension
        return (directory as NSString).appendingPathComponent(relative + "." + format.extensions[0])
    }

    private static func isFileName(_ id: String) -> Bool {
        !id.isEmpty && id != "." && id != ".." && !id.contains("/") && !id.contains("\\")
    }
}
