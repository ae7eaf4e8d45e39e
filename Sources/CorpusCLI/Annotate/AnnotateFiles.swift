import CorpusKit
import Foundation

/// `corpus annotate PATH ...`: annotates text files concurrently, one output file per document (or one
/// stream of all documents, in input order, for JSON Lines, CoNLL-2003 and CoNLL-U).
///
/// Each document is loaded, annotated, encoded and written (atomically) by one worker, so memory holds
/// only the documents in flight. A document that fails leaves no output file; the others carry on and
/// the exit code reports the worst failure (65 for bad input data, 1 for an unwritable output).
struct AnnotateFiles {
    let pipeline: Pipeline
    let format: AnnotateCommand.OutputFormat
    /// The output directory (json, brat), or the stream's file (`nil`: standard output).
    let output: String?
    let jobs: Int

    /// What happened to one document.
    private enum Outcome: Sendable {
        case written
        case failed(CLIError)
        case encoded([UInt8])
    }

    func run(_ paths: [String], console: Console) throws(CLIError) -> ExitCode {
        let inputs = try InputFiles(paths, extensions: ["txt"])
        try checkOutputDirectory(against: paths)
        for skipped in inputs.skipped { console.error("note: skipping \(skipped) (not a .txt file)") }
        if inputs.files.isEmpty { console.error("note: no .txt files in \(paths.joined(separator: ", "))") }
        let started = Date()
        let files = inputs.files
        let task = self
        let outcomes = ConcurrentJobs.map(count: files.count, threads: jobs) { index in task.annotate(files[index]) }
        var worst = ExitCode.success
        var documents = 0
        var stream: [UInt8] = []
        for outcome in outcomes {
            switch outcome {
            case .written:
                documents += 1
            case .encoded(let bytes):
                documents += 1
                stream += bytes
            case .failed(let error):
                console.error(error.message)
                if worst == .success || error.exitCode == .dataError { worst = error.exitCode }
            }
        }
        if format.stream != nil {
            if let output { try AtomicFile.write(stream, to: output) } else { console.write(bytes: stream) }
        }
        let seconds = Date().timeIntervalSince(started)
        let target = output ?? "standard output"
        console.error(
            "annotated \(documents) of \(files.count) document\(files.count == 1 ? "" : "s") into \(target) "
                + "in \(String(format: "%.2f", seconds)) s")
        return worst
    }

    /// Loads, annotates and writes one document.
    private func annotate(_ file: InputFiles.File) -> Outcome {
        do throws(CLIError) {
            let document: Document
            do {
                document = try Document(contentsOf: file.path, sourcePath: file.relativePath)
            } catch {
                throw .data(error.description)
            }
            let annotated = pipeline.annotate(document)
            if let stream = format.stream {
                let writer = ConvertOutput(format: stream, conll2003: CoNLL2003WriteOptions(), conllu: CoNLLUWriteOptions(), output: nil)
                return .encoded(try writer.encodeStream([annotated]).bytes)
            }
            let base = ((output ?? "Annotations") as NSString).appendingPathComponent((file.relativePath as NSString).deletingPathExtension)
            let json = try encode { () throws(FormatError) in try StandoffJSON.encode(annotated) }
            if format == .brat, let entities = annotated[layer: .entity] {
                let ann = try encode { () throws(FormatError) in try Brat.write(entities, in: document) }
                try AtomicFile.write(ann, to: base + ".ann")
            }
            try AtomicFile.write(json, to: base + ".json")
            return .written
        } catch {
            return .failed(error)
        }
    }

    /// Encoding fails only when a stage broke its guarantees: report it as an internal failure.
    private func encode(_ body: () throws(FormatError) -> String) throws(CLIError) -> String {
        do {
            return try body()
        } catch {
            throw .failure("\(error.description) (this is a bug in a CorpusKit stage; please report it)")
        }
    }

    /// Refuses an output directory that is one of the input directories: annotations would mix with the
    /// texts, and a brat `.ann` output could replace a hand-made one.
    private func checkOutputDirectory(against paths: [String]) throws(CLIError) {
        guard let output else { return }
        let resolved = URL(fileURLWithPath: output).standardizedFileURL.path
        for path in paths where URL(fileURLWithPath: path).standardizedFileURL.path == resolved {
            throw .usage("corpus annotate: error: the output \(output) is also an input; choose another with -o")
        }
    }
}
