import CorpusKit
import Foundation

/// One run of `corpus convert` (or of `corpus annotate --input-format`): reads each input, transforms its
/// documents, writes them, reports what was changed.
///
/// Inputs are converted one at a time, in order; the first error stops the run (exit 65) before the
/// output it concerns is written. Document ids must be unique across all inputs.
struct ConvertRun {
    let input: DocumentReader
    let output: ConvertOutput
    /// What happens to each input's documents between reading and writing (nothing, for `convert`).
    var transform: ([AnnotatedDocument]) -> [AnnotatedDocument] = { $0 }
    /// The verb of the closing summary.
    var verb = "converted"

    func run(_ files: [InputFiles.File], console: Console) throws(CLIError) -> ExitCode {
        var seen: [String: String] = [:]  // document id → the input it came from
        var stream: [[UInt8]] = []  // what goes to the one output file, input by input
        var counts = EntityAlignmentCounts()
        var documents = 0
        var formats: Set<String> = []
        for file in files {
            var read = try input.read(file)
            for warning in read.warnings { console.error(warning) }
            read.documents = transform(read.documents)
            formats.insert(read.format.rawValue)
            for document in read.documents {
                let id = document.document.id
                if let other = seen.updateValue(file.path, forKey: id) {
                    throw .data("\(file.path): error: document id \"\(id)\" appears again (first in \(other))")
                }
            }
            documents += read.documents.count
            guard output.format.isStream else {
                for document in read.documents { try output.writeFiles(document, into: output.output ?? ".") }
                continue
            }
            let encoded = try output.encodeStream(read.documents)
            counts += encoded.counts
            if let directory = output.output, output.outputIsDirectory {
                try AtomicFile.write(encoded.bytes, to: output.streamPath(for: file, in: directory))
            } else if output.output != nil {
                stream.append(encoded.bytes)
            } else {
                console.write(bytes: encoded.bytes)
            }
        }
        if let path = output.output, output.format.isStream, !output.outputIsDirectory {
            try AtomicFile.write(stream.count == 1 ? stream[0] : Array(stream.joined()), to: path)
        }
        if counts.total > 0 {
            console.error("note: \(counts.total) entit\(counts.total == 1 ? "y" : "ies") did not fall on token boundaries: \(counts)")
        }
        let target = output.output ?? "standard output"
        console.error(
            "\(verb) \(documents) document\(documents == 1 ? "" : "s") from \(files.count) file\(files.count == 1 ? "" : "s") "
                + "(\(formats.sorted().joined(separator: ", ")) → \(output.format)) to \(target)")
        return .success
    }
}
