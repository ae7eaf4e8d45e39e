import CorpusKit
import Foundation

/// `corpus gazetteer build`: compiles a gazetteer for `--gazetteer` from annotated data.
struct GazetteerBuildCommand: Command {
    static let spec = CommandSpec(
        path: ["gazetteer", "build"], summary: "Compile a gazetteer from annotated data (CoNLL-2003, stand-off JSON, brat).",
        synopsis: "FILE|DIR ... -o OUT.tsv [--from FORMAT] [--corpus DIR]",
        options: [
            OptionSpec(["-o", "--output"], .value("OUT.tsv"), help: "The gazetteer file to write (required)."),
            OptionSpec(["--from"], .value("FORMAT"), help: "The format of every input: conll2003, conllu, brat, json or jsonl (default: from the extension; conll2003 for any other)."),
            OptionSpec(["--corpus"], .value("DIR"), help: "Where the texts of stand-off JSON and brat inputs are found (default: Corpus, then beside each file)."),
            OptionSpec(["--style"], .value("STYLE"), help: "Tokenizer convention for inputs without tokens (brat, JSON): ptb (default) or ud."),
        ],
        discussion: """
            Each entity's phrase is kept with its most frequent label; a phrase that occurs more often outside
            any entity than as an entity (counted on whole tokens in the same data) is left out. Inputs without
            a token layer (brat, stand-off JSON without tokens) are tokenized first. See docs/entity-tagger.md.

            EXAMPLE:
              corpus gazetteer build ../shared/data/conll2003/train.txt -o train.tsv
              corpus gazetteer build Evaluation/gold -o gold.tsv
              corpus tag --gazetteer train.tsv story.txt
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        guard let output = arguments.value("--output") else {
            throw .usage("\(spec.fullName): error: missing -o OUT.tsv")
        }
        guard !arguments.positionals.isEmpty else {
            throw .usage("\(spec.fullName): error: no input files")
        }
        let from = try arguments.choice("--from", as: DocumentFormat.self)
        let tokenizer = try PipelineOptions.tokenizer(arguments)
        let files = try InputFiles(arguments.positionals, extensions: DocumentFormat.directoryExtensions(for: from))
        var builder = GazetteerBuilder()
        for file in files.files {
            // CoNLL-2003 files often end in .txt (the shared task's own files do).
            let format = from ?? DocumentFormat.inferred(from: file.path) ?? .conll2003
            let input = DocumentReader(
                from: format, conll2003: CoNLL2003ReadOptions(), conllu: CoNLLUReadOptions(), corpus: arguments.value("--corpus"))
            let read = try input.read(file)
            for warning in read.warnings { console.error(warning) }
            for annotated in read.documents {
                let tokens = annotated[layer: .token]?.spans ?? tokenizer.tokenize(annotated.document)
                builder.add(annotated.document, tokens: tokens, entities: annotated[layer: .entity]?.annotations ?? [])
            }
        }
        let text = builder.gazetteerText(sources: arguments.positionals.map { ($0 as NSString).lastPathComponent })
        try AtomicFile.write(text, to: output)
        let kept = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.count
        console.error("corpus gazetteer build: wrote \(kept) phrases to \(output)")
        return .success
    }
}
