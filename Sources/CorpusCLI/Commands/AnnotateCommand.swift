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
        /// One stand-off object per line, text inline, on standard output.
        case jsonl
    }

    static let spec = CommandSpec(
        path: ["annotate"], summary: "Annotate text files with tokens, sentences and entities (stand-off).",
        synopsis: "[PATH ... | -] [-o DIR] [--format json|brat|jsonl] [--style ptb|ud] [--newlines auto|always|never] [--stages LIST]",
        options: [
            OptionSpec(["-o", "--output"], .value("DIR"), help: "Write annotation files under DIR (default: Annotations; with '-', standard output)."),
            OptionSpec(["--format"], .value("FORMAT"), help: "json (default): one stand-off file per document; brat: also .ann files; jsonl: one line per document on standard output."),
            OptionSpec(["--skip-invalid"], help: "With '-': report a malformed input line and carry on (default: stop there)."),
            OptionSpec(["--jobs"], .value("N"), help: "Documents annotated at once (default: the number of cores)."),
            OptionSpec(["--score"], .value("GOLD"), help: "Then score the annotations against the gold in GOLD and print the report (as corpus evaluate)."),
        ] + PipelineOptions.specs,
        discussion: """
            PATHs are .txt files and directories (recursed; other files are skipped with a note); the default is Corpus.
            Each DIR/REL.txt becomes OUT/REL.json, recording the text's path relative to DIR, its SHA-256 and length.
            Offsets in every file are Unicode scalar offsets, end-exclusive. Files are written whole or not at all.

            '-' makes a JSON Lines worker (for Spark's pipe, Hadoop Streaming or any script): each input line
            {"id": "...", "text": "..."} becomes one output line, in order: a stand-off object whose "text" is the text.

            EXAMPLES:
              corpus annotate                                  # Corpus/ -> Annotations/
              corpus annotate --score Evaluation/gold          # ... and print the score against the gold
              corpus annotate notes/ -o out --style ud --format brat
              printf '{"id":"a","text":"Kim met Moon."}\\n' | corpus annotate -
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        let format = try arguments.choice("--format", as: OutputFormat.self) ?? .json
        let jobs = try arguments.integer("--jobs", in: 1...1024) ?? Parallel.defaultJobs
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
        let output = arguments.value("--output") ?? "Annotations"
        let gold = arguments.value("--score")
        if gold != nil, paths.count != 1 || format == .jsonl {
            throw .usage("\(spec.fullName): error: --score needs one corpus directory and annotation files (not --format jsonl)")
        }
        let status = try AnnotateFiles(pipeline: pipeline, format: format, outputDirectory: output, jobs: jobs)
            .run(paths, console: console)
        guard let gold, status == .success else { return status }
        console.write("\nScore of \(output) against \(gold):\n")
        let scoring = try ParsedArguments(["--gold", gold, "--system", output, "--corpus", paths[0]], spec: EvaluateCommand.spec)
        return try EvaluateCommand.run(scoring, console: console)
    }
}
