import CorpusKit
import Foundation

/// `corpus annotate --input-format FORMAT FILE ...`: documents that already carry layers — the tokens and
/// sentences of a CoNLL-2003 or CoNLL-U file, say — keep them, and the pipeline adds what was asked
/// (by default the entity layer only: nothing is re-tokenized).
///
/// With `--format conll2003` the input's own entities (the file's tag column; none where it had none) stay
/// the `entity` layer and the tagger's go to the `predicted` layer, so that each token is written with the
/// file's tag followed by the predicted tag: exactly conlleval's input
/// (`corpus annotate … | corpus evaluate --conll -`). In every other format the tagger's entities are the
/// `entity` layer.
struct AnnotatePreannotated {
    let pipeline: Pipeline
    let reader: DocumentReader
    let output: ConvertOutput
    let jobs: Int
    /// Whether the input's entities are kept beside the tagger's (for CoNLL-2003's two tag columns).
    var keepsOwnEntities: Bool { output.format == .conll2003 }

    func run(_ paths: [String], console: Console) throws(CLIError) -> ExitCode {
        let files = try InputFiles(paths, extensions: DocumentFormat.directoryExtensions(for: reader.from)).files
        let pipeline = self.pipeline
        let jobs = self.jobs
        let keep = keepsOwnEntities
        let run = ConvertRun(
            input: reader, output: output,
            transform: { documents in
                ConcurrentJobs.map(count: documents.count, threads: jobs) { Self.annotate(documents[$0], with: pipeline, keepingOwnEntities: keep) }
            },
            verb: "annotated")
        return try run.run(files, console: console)
    }

    /// Runs the pipeline; where asked, keeps the input's own entities apart from the tagger's.
    private static func annotate(
        _ input: AnnotatedDocument, with pipeline: Pipeline, keepingOwnEntities keep: Bool
    ) -> AnnotatedDocument {
        var result = pipeline.annotate(input)
        guard keep, let predicted = result[layer: .entity] else { return result }
        result.setLayer(AnnotationLayer(.predictedEntity, annotations: predicted.annotations, producer: predicted.producer))
        result.setLayer(input[layer: .entity] ?? AnnotationLayer(.entity, annotations: []))
        return result
    }
}
