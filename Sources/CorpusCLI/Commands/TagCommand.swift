import CorpusKit
import Foundation

/// `corpus tag`: tokenizes, splits and tags text files (or standard input) and prints their entities.
struct TagCommand: Command {
    enum OutputFormat: String, CaseIterable { case tsv, brat }

    static let spec = CommandSpec(
        path: ["tag"], summary: "Print the named entities of text files or standard input.",
        synopsis: "[FILE ... | -] [--gazetteer FILE ...] [--rules DIR ...] [--format tsv|brat]",
        options: PipelineOptions.specs.filter { $0.canonicalName != "--stages" } + [
            OptionSpec(["--format"], .value("FORMAT"), help: "tsv (default): start, end, label, text per line; brat: .ann lines."),
        ],
        discussion: """
            Offsets are Unicode scalar offsets into the file's text, end-exclusive (as Python, brat and spaCy count).
            With several files, each line starts with the file's path and a tab. See docs/entity-tagger.md.

            EXAMPLES:
              corpus tag Corpus/story.txt
              echo 'Defense Minister Takeshi Iwaya met NATO officials.' | corpus tag
              corpus tag --gazetteer train.tsv --format brat story.txt > story.ann
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        let format = try arguments.choice("--format", as: OutputFormat.self) ?? .tsv
        let pipeline = Pipeline(
            stages: Set(Stage.allCases), tokenizer: try PipelineOptions.tokenizer(arguments),
            splitter: try PipelineOptions.splitter(arguments), tagger: try PipelineOptions.tagger(arguments))
        let paths = arguments.positionals.isEmpty ? ["-"] : arguments.positionals
        for path in paths {
            let document = try InputDocument.read(path)
            let entities = pipeline.annotate(document)[layer: .entity]?.annotations ?? []
            let prefix = paths.count > 1 ? path + "\t" : ""
            switch format {
            case .tsv:
                for line in SpanListing.render(entities, in: document, labelled: true).split(separator: "\n") {
                    console.write(prefix + line + "\n")
                }
            case .brat:
                let offsets = OffsetTable(document)
                for (number, entity) in entities.enumerated() {
                    guard let scalars = offsets.scalarSpan(entity.span) else { continue }
                    console.write("\(prefix)T\(number + 1)\t\(entity.label ?? "") \(scalars.start) \(scalars.end)\t\(document.text(of: entity.span))\n")
                }
            }
        }
        return .success
    }
}
