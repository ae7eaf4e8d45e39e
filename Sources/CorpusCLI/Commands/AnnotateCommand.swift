import CorpusKit
import Foundation

/// `corpus annotate`: runs the pipeline over text files (or a JSON Lines stream) and writes stand-off annotations.
struct AnnotateCommand: Command {
    /// What `--format` writes.
    enum OutputFormat: String, CaseIterable {
        /// One stand-off JSON file per document (the default).
        case json
        /// Stand-off JSON plus a brat `.ann` file of the entities beside it.
        case brat
        /// One stand-off object per line, text inline, on standard output (or `-o FILE`).
        case jsonl
        /// CoNLL-2003 columns on standard output (or `-o FILE`).
        case conll2003
        /// CoNLL-U on standard output (or `-o FILE`).
        case conllu

        /// The file format written.
        var document: DocumentFormat {
            switch self {
            case .json: return .json
            case .brat: return .brat
            case .jsonl: return .jsonl
            case .conll2003: return .conll2003
            case .conllu: return .conllu
            }
        }

        /// The format's writer, for the formats that hold many documents in one file.
        var stream: DocumentFormat? { document.isStream ? document : nil }

        /// Where the output goes: `-o`, else `Annotations` for files per document (`nil`: standard output).
        func output(_ arguments: ParsedArguments) -> String? {
            arguments.value("--output") ?? (stream == nil ? "Annotations" : nil)
        }
    }

    /// What `--input-format` reads: plain text, or documents that already carry layers.
    enum InputFormat: String, CaseIterable {
        case text, conll2003, conllu, json, jsonl, brat
    }

    static let spec = CommandSpec(
        path: ["annotate"], summary: "Annotate text files with tokens, sentences and entities (stand-off).",
        synopsis: "[PATH ... | -] [-o DIR] [--format json|brat|jsonl|conll2003|conllu] [--input-format FORMAT] [--style ptb|ud] [--stages LIST]",
        options: [
            OptionSpec(["-o", "--output"], .value("DIR"), help: "Write annotation files under DIR (default: Annotations; with '-', standard output)."),
            OptionSpec(["--format"], .value("FORMAT"), help: "json (default): one stand-off file per document; brat: also .ann files; jsonl, conll2003, conllu: one stream on standard output or -o FILE."),
            OptionSpec(["--input-format"], .value("FORMAT"), help: "text (default: .txt files), or conll2003, conllu, json, jsonl, brat: keep the input's tokens and sentences and add entities."),
            OptionSpec(["--skip-invalid"], help: "With '-': report a malformed input line and carry on (default: stop there)."),
            OptionSpec(["--jobs"], .value("N"), help: "Documents annotated at once (default: the number of cores)."),
            OptionSpec(["--score"], .value("GOLD"), help: "Then score the annotations against the gold in GOLD and print the report (as corpus evaluate)."),
        ] + PipelineOptions.specs,
        discussion: """
            PATHs are .txt files and directories (recursed; other files are skipped with a note); the default is Corpus.
            Each DIR/REL.txt becomes OUT/REL.json, recording the text's path relative to DIR, its SHA-256 and length.
            Offsets in every file are Unicode scalar offsets, end-exclusive. Files are written whole or not at all.

            With --input-format conll2003|conllu|json|jsonl|brat the input keeps its layers (no re-tokenization) and only
            the entity stage runs unless --stages says otherwise. With --format conll2003 each token is then written with
            the file's tag (O where it had none) and the predicted tag: conlleval's input. Other formats get the tagger's
            entities as their entity layer.

            '-' makes a JSON Lines worker (for Spark's pipe, Hadoop Streaming or any script): each input line
            {"id": "...", "text": "..."} becomes one output line, in order: a stand-off object whose "text" is the text.

            EXAMPLES:
              corpus annotate                                  # Corpus/ -> Annotations/
              corpus annotate --score Evaluation/gold          # ... and print the score against the gold
              corpus annotate notes/ -o out --style ud --format brat
              printf '{"id":"a","text":"Kim met Moon."}\\n' | corpus annotate -
              corpus annotate --input-format conll2003 dev.conll --format conll2003 | corpus evaluate --conll -
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        let format = try arguments.choice("--format", as: OutputFormat.self) ?? .json
        let input = try arguments.choice("--input-format", as: InputFormat.self) ?? .text
        let jobs = try arguments.integer("--jobs", in: 1...1024) ?? ConcurrentJobs.cores
        if input != .text {
            return try annotatePreannotated(arguments, input: input, format: format, jobs: jobs, console: console)
        }
        let pipeline = try PipelineOptions.pipeline(arguments)
        if arguments.positionals == ["-"] {
            return try AnnotateStream(
                pipeline: pipeline, format: format, outputDirectory: arguments.value("--output"),
                skipInvalid: arguments.flag("--skip-invalid"), jobs: jobs
            ).run(console: console)
        }
        if arguments.positionals.contains("-") {
            throw .usage("\(spec.fullName): error: '-' (standard input) cannot be combined with other paths")
        }
        if arguments.flag("--skip-invalid") {
            throw .usage("\(spec.fullName): error: --skip-invalid applies to '-' (a JSON Lines stream) only")
        }
        let paths = arguments.positionals.isEmpty ? ["Corpus"] : arguments.positionals
        let output = format.output(arguments)
        let gold = arguments.value("--score")
        if gold != nil, paths.count != 1 || format.stream != nil {
            throw .usage("\(spec.fullName): error: --score needs one corpus directory and annotation files (--format json or brat)")
        }
        let status = try AnnotateFiles(pipeline: pipeline, format: format, output: output, jobs: jobs).run(paths, console: console)
        guard let gold, let output, status == .success else { return status }
        console.write("\nScore of \(output) against \(gold):\n")
        let scoring = try ParsedArguments(["--gold", gold, "--system", output, "--corpus", paths[0]], spec: EvaluateCommand.spec)
        return try EvaluateCommand.run(scoring, console: console)
    }

    /// `--input-format` other than text: read documents with their layers, add the asked stages, write any format.
    private static func annotatePreannotated(
        _ arguments: ParsedArguments, input: InputFormat, format: OutputFormat, jobs: Int, console: Console
    ) throws(CLIError) -> ExitCode {
        guard !arguments.positionals.isEmpty, !arguments.positionals.contains("-") else {
            throw .usage("\(spec.fullName): error: --input-format \(input) needs input files")
        }
        let pipeline = try PipelineOptions.pipeline(arguments, defaults: [.entity])
        let reader = DocumentReader(
            from: DocumentFormat(rawValue: input.rawValue), conll2003: CoNLL2003ReadOptions(), conllu: CoNLLUReadOptions(),
            corpus: nil, commandName: spec.fullName)
        let output = ConvertOutput(
            format: format.document,
            conll2003: CoNLL2003WriteOptions(layout: CoNLL2003Layout(attributeColumns: nil, predictedTag: true)),
            conllu: CoNLLUWriteOptions(), output: format.output(arguments))
        return try AnnotatePreannotated(pipeline: pipeline, reader: reader, output: output, jobs: jobs)
            .run(arguments.positionals, console: console)
    }
}
