import CorpusKit
import Foundation

/// Reads annotated documents in any supported format (for `corpus convert`, `evaluate` and `agreement`).
struct DocumentReader {
    /// The format given with `--from`, or `nil` to infer each file's from its extension.
    let from: DocumentFormat?
    let conll2003: CoNLL2003ReadOptions
    let conllu: CoNLLUReadOptions
    /// `--corpus`: where the texts of stand-off JSON and brat files are looked for (besides the file's own
    /// directory).
    let corpus: String?
    /// The command named in usage errors.
    var commandName = "corpus convert"
    /// Whether `from` holds for every file (`convert`) or only for files whose extension does not tell (`evaluate`).
    var fromOverridesExtensions = true

    /// What one input gave.
    struct Result {
        var documents: [AnnotatedDocument]
        var format: DocumentFormat
        /// Warnings to print (lenient repairs, brat warnings), already formatted.
        var warnings: [String]
    }

    /// Reads one input file (`-` is standard input).
    /// - Throws: A data error naming the file and line; a usage error when the format cannot be told.
    func read(_ file: InputFiles.File) throws(CLIError) -> Result {
        let format = try self.format(of: file.path)
        do throws(FormatError) {
            switch format {
            case .conll2003:
                let read = try CoNLL2003Reader(options: conll2003).read(utf8: try bytes(file), path: name(file), documentIDPrefix: prefix(file))
                return Result(documents: read.documents, format: format, warnings: read.repairs.map(\.description))
            case .conllu:
                let read = try CoNLLUReader(options: conllu).read(utf8: try bytes(file), path: name(file), documentIDPrefix: prefix(file))
                return Result(documents: read.documents, format: format, warnings: read.repairs.map(\.description))
            case .jsonl:
                return Result(documents: try jsonLines(file), format: format, warnings: [])
            case .json:
                return Result(documents: [try standoff(file)], format: format, warnings: [])
            case .brat:
                let document = try ValidateCommand.bratText(for: file, corpus: corpus ?? "Corpus")
                let read = try Brat.read(contentsOf: file.path, document: document)
                return Result(
                    documents: [AnnotatedDocument(document, layers: [read.entities])], format: format,
                    warnings: read.warnings.map(\.description))
            }
        } catch {
            throw .data(error.description)
        }
    }

    /// The format of a file: `--from`, or its extension.
    func format(of path: String) throws(CLIError) -> DocumentFormat {
        if let from, fromOverridesExtensions { return from }
        if let format = DocumentFormat.inferred(from: path) { return format }
        if let from { return from }
        let known = DocumentFormat.allCases.map { "." + $0.extensions.joined(separator: ", .") }.joined(separator: ", ")
        throw .usage(
            "\(commandName): error: cannot tell the format of \(path) from its name (known: \(known)); give --from")
    }

    private func name(_ file: InputFiles.File) -> String { file.path == "-" ? "<stdin>" : file.path }

    private func prefix(_ file: InputFiles.File) -> String { file.path == "-" ? "stdin" : file.stem }

    private func bytes(_ file: InputFiles.File) throws(FormatError) -> [UInt8] {
        if file.path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path)))
        } catch {
            throw FormatError(path: file.path, message: "cannot read file: \((error as NSError).localizedDescription)")
        }
    }

    private func jsonLines(_ file: InputFiles.File) throws(FormatError) -> [AnnotatedDocument] {
        let all = try bytes(file)
        var documents: [AnnotatedDocument] = []
        for (index, line) in all.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            documents.append(try JSONLines.decodeAnnotated(line: line, lineNumber: index + 1, path: name(file)))
        }
        return documents
    }

    /// A stand-off JSON file with its text: inline, or at the recorded path under `--corpus`, under
    /// `Corpus/`, or beside the file (where `corpus convert --to json` writes it).
    private func standoff(_ file: InputFiles.File) throws(FormatError) -> AnnotatedDocument {
        let json = try bytes(file)
        guard case .reference(let reference) = try StandoffJSON.parse(json, path: name(file)).text else {
            return try StandoffJSON.decode(json, path: name(file), corpusRoot: ".")
        }
        let directory = (file.path as NSString).deletingLastPathComponent
        let roots = [corpus ?? "Corpus", directory.isEmpty ? "." : directory]
        let candidates = roots.map { ($0 as NSString).appendingPathComponent(reference.path) }
        guard let root = zip(roots, candidates).first(where: { FileManager.default.fileExists(atPath: $0.1) })?.0 else {
            throw FormatError(
                path: file.path, message: "cannot find its text \(reference.path): neither \(candidates.joined(separator: " nor ")) exists")
        }
        return try StandoffJSON.decode(json, path: name(file), corpusRoot: root)
    }
}
