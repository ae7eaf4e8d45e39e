import CorpusKit
import Foundation

/// `corpus annotate -`: the JSON Lines worker. Reads `{"id": …, "text": …}` lines from standard input and
/// writes one stand-off line per document, in input order, to standard output (or, with `--format conll2003`
/// or `conllu`, each document in that format).
///
/// Lines are read in batches and each batch is annotated concurrently, so memory stays flat however long
/// the stream. Empty lines are ignored. A malformed line stops the worker (exit 65) after the lines before
/// it have been written; with `--skip-invalid` it is reported on standard error and skipped (exit 0).
struct AnnotateStream {
    let pipeline: Pipeline
    let format: AnnotateCommand.OutputFormat
    let outputDirectory: String?
    let skipInvalid: Bool
    let jobs: Int

    /// Lines per batch: enough to keep every core busy, few enough to keep memory small.
    private let batchSize = 256

    func run(console: Console) throws(CLIError) -> ExitCode {
        guard outputDirectory == nil else {
            throw .usage("corpus annotate: error: with '-' the annotations go to standard output; drop -o")
        }
        guard format != .brat else {
            throw .usage("corpus annotate: error: with '-' the output is a stream on standard output; --format brat needs files")
        }
        let writer = ConvertOutput(
            format: format.stream ?? .jsonl, conll2003: CoNLL2003WriteOptions(), conllu: CoNLLUWriteOptions(), output: nil)
        var reader = LineReader()
        var skipped = 0
        while true {
            var batch: [(number: Int, bytes: [UInt8])] = []
            while batch.count < batchSize, let line = reader.next() {
                if line.isEmpty || line.elementsEqual([0x0D]) { continue }
                batch.append((reader.lineNumber, Array(line)))
            }
            if batch.isEmpty { break }
            let pipeline = self.pipeline
            let lines = batch
            let results = ConcurrentJobs.map(count: lines.count, threads: jobs) { index -> Result<[UInt8], CLIError> in
                do throws(CLIError) {
                    let document: Document
                    do throws(FormatError) {
                        document = try JSONLines.decodeDocument(line: lines[index].bytes, lineNumber: lines[index].number)
                    } catch {
                        throw .data(error.description)
                    }
                    return .success(try writer.encodeStream([pipeline.annotate(document)]).bytes)
                } catch {
                    return .failure(error)
                }
            }
            for result in results {
                switch result {
                case .success(let bytes):
                    console.write(bytes: bytes)
                case .failure(let error):
                    console.error(error.message)
                    guard skipInvalid else { return error.exitCode }
                    skipped += 1
                }
            }
        }
        if skipped > 0 { console.error("note: skipped \(skipped) invalid line\(skipped == 1 ? "" : "s")") }
        return .success
    }
}
