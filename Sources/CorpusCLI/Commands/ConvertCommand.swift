import CorpusKit
import Foundation

/// `corpus convert`: converts annotated documents between CoNLL-2003, CoNLL-U, brat, stand-off JSON and
/// JSON Lines.
struct ConvertCommand: Command {
    static let spec = CommandSpec(
        path: ["convert"],
        summary: "Convert annotated documents between CoNLL-2003, CoNLL-U, brat, stand-off JSON and JSON Lines.",
        synopsis: "INPUT ... --to conll2003|conllu|brat|json|jsonl [--from FORMAT] [-o OUT] [options]",
        options: [
            OptionSpec(["--to"], .value("FORMAT"), help: "The format to write: conll2003, conllu, brat, json or jsonl (required)."),
            OptionSpec(["--from"], .value("FORMAT"), help: "The format of every input (default: from each file's extension)."),
            OptionSpec(["-o", "--output"], .value("OUT"), help: "A file, or a directory (required for brat and json; default: standard output)."),
            OptionSpec(["--scheme"], .value("SCHEME"), help: "Tag scheme written: iob1, iob2 (default), ioe1, ioe2, bioes or io."),
            OptionSpec(["--columns"], .value("LIST"), help: "CoNLL-2003 columns written (default token,pos,chunk,ner; e.g. token,ner)."),
            OptionSpec(["--no-docstart"], help: "Write no -DOCSTART- lines (CoNLL-2003)."),
            OptionSpec(["--misaligned"], .value("POLICY"), help: "Entities off token boundaries: expand, contract, drop or error (default)."),
            OptionSpec(["--input-scheme"], .value("SCHEME"), help: "Tag scheme of CoNLL inputs (default: inferred from each file)."),
            OptionSpec(["--input-columns"], .value("LIST"), help: "Columns of CoNLL-2003 inputs, e.g. token,pos,chunk,ner,predicted (default: inferred)."),
            OptionSpec(["--lenient"], help: "Repair tags that break their scheme (as conlleval reads them) and report each, instead of failing."),
            OptionSpec(["--words"], help: "Keep CoNLL-U syntactic words and their columns (word layer), so that CoNLL-U converts back exactly."),
            OptionSpec(["--space-between-sentences"], help: "Join a CoNLL-U paragraph's sentences by one space whatever MISC records (UD's accuracy protocol)."),
            OptionSpec(["--corpus"], .value("DIR"), help: "Where the texts of json and brat inputs are found (default: Corpus, then beside each file)."),
        ],
        discussion: """
            INPUTs are files and directories (recursed), or '-' for standard input with --from. Formats by extension:
            .conll .conll2003 .iob (CoNLL-2003; with --from conll2003 also .txt), .conllu, .ann (brat, text in the .txt
            beside it), .json (stand-off), .jsonl. Offsets in json, jsonl and brat files are Unicode scalars.

            conll2003, conllu and jsonl hold many documents per file: they go to standard output, to the file OUT, or,
            when OUT is a directory, to one file per input. brat and json hold one document per file: OUT/ID.ann or
            OUT/ID.json, each with its text as OUT/ID.txt. A CoNLL-2003 document's text is its tokens joined by spaces
            and its sentences by newlines; CoNLL-U keeps the exact text. Files are written whole or not at all.

            Errors name the file and line (exit 65). Entities that do not fall on token boundaries stop the conversion
            unless --misaligned says otherwise; how many were changed is printed on standard error.

            EXAMPLES:
              corpus convert dev.txt --from conll2003 --to conllu -o dev.conllu
              corpus convert Annotations --to conll2003 --columns token,ner --scheme bioes -o corpus.conll
              corpus convert dev.conllu --to json -o standoff/
              corpus convert gold.conll --to conll2003 --input-scheme iob1 --lenient   # IOB1 -> IOB2
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        guard let to = try arguments.choice("--to", as: DocumentFormat.self) else {
            throw .usage("\(spec.fullName): error: --to is required (conll2003, conllu, brat, json or jsonl)")
        }
        let from = try arguments.choice("--from", as: DocumentFormat.self)
        let input = DocumentReader(
            from: from, conll2003: try conll2003ReadOptions(arguments), conllu: try conlluReadOptions(arguments),
            corpus: arguments.value("--corpus"))
        let output = ConvertOutput(
            format: to, conll2003: try conll2003WriteOptions(arguments, to: to), conllu: try conlluWriteOptions(arguments, to: to),
            output: arguments.value("--output"))
        let files = try inputFiles(arguments, from: from, console: console)
        try checkOutput(output, inputs: arguments.positionals)
        return try ConvertRun(input: input, output: output).run(files, console: console)
    }

    /// The input files; `-` alone means standard input.
    private static func inputFiles(_ arguments: ParsedArguments, from: DocumentFormat?, console: Console) throws(CLIError) -> [InputFiles.File] {
        let paths = arguments.positionals
        guard !paths.isEmpty else { throw .usage("\(spec.fullName): error: give at least one INPUT (a file, a directory or '-')") }
        if paths.contains("-") {
            guard paths == ["-"] else { throw .usage("\(spec.fullName): error: '-' (standard input) cannot be combined with other inputs") }
            guard let from, from.isStream else {
                throw .usage("\(spec.fullName): error: reading standard input needs --from conll2003, conllu or jsonl")
            }
            return [InputFiles.File(path: "-", relativePath: "stdin")]
        }
        let inputs = try InputFiles(paths, extensions: DocumentFormat.directoryExtensions(for: from))
        // The texts beside brat and stand-off files are expected, not skipped inputs.
        for skipped in inputs.skipped where (skipped as NSString).pathExtension.lowercased() != "txt" {
            console.error("note: skipping \(skipped) (not a \(from.map(\.rawValue) ?? "known") file)")
        }
        if inputs.files.isEmpty { throw .data("\(spec.fullName): error: no input files in \(paths.joined(separator: ", "))") }
        return inputs.files
    }

    /// brat and json need a directory; no output may overwrite an input.
    private static func checkOutput(_ output: ConvertOutput, inputs: [String]) throws(CLIError) {
        if !output.format.isStream, output.output == nil {
            throw .usage("\(spec.fullName): error: --to \(output.format) writes one file per document: give -o DIR")
        }
        guard let target = output.output else { return }
        let path = URL(fileURLWithPath: target).standardizedFileURL.path
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.path == path {
            throw .usage("\(spec.fullName): error: the output \(target) is also an input; choose another with -o")
        }
    }

    private static func scheme(_ arguments: ParsedArguments, _ name: String) throws(CLIError) -> TagScheme? {
        try arguments.choice(name, as: TagScheme.self)
    }

    private static func layout(_ arguments: ParsedArguments, _ name: String) throws(CLIError) -> CoNLL2003Layout? {
        guard let list = arguments.value(name) else { return nil }
        guard let layout = CoNLL2003Layout(columns: list) else {
            throw .usage(
                "\(spec.fullName): error: invalid \(name) '\(list)' (expected token, then attribute names such as pos or chunk, then ner, optionally predicted)")
        }
        return layout
    }

    private static func conll2003ReadOptions(_ arguments: ParsedArguments) throws(CLIError) -> CoNLL2003ReadOptions {
        CoNLL2003ReadOptions(
            scheme: try scheme(arguments, "--input-scheme"), lenient: arguments.flag("--lenient"),
            layout: try layout(arguments, "--input-columns") ?? CoNLL2003Layout())
    }

    private static func conlluReadOptions(_ arguments: ParsedArguments) throws(CLIError) -> CoNLLUReadOptions {
        CoNLLUReadOptions(
            scheme: try scheme(arguments, "--input-scheme"), lenient: arguments.flag("--lenient"), words: arguments.flag("--words"),
            spaceBetweenSentences: arguments.flag("--space-between-sentences"))
    }

    private static func conll2003WriteOptions(_ arguments: ParsedArguments, to: DocumentFormat) throws(CLIError) -> CoNLL2003WriteOptions {
        for option in ["--columns", "--no-docstart"] where to != .conll2003 && arguments.flag(option) {
            throw .usage("\(spec.fullName): error: \(option) applies to --to conll2003 only")
        }
        return CoNLL2003WriteOptions(
            scheme: try scheme(arguments, "--scheme") ?? .iob2, layout: try layout(arguments, "--columns") ?? .standard,
            documentStart: !arguments.flag("--no-docstart"), misaligned: try misaligned(arguments, to: to))
    }

    private static func conlluWriteOptions(_ arguments: ParsedArguments, to: DocumentFormat) throws(CLIError) -> CoNLLUWriteOptions {
        CoNLLUWriteOptions(scheme: try scheme(arguments, "--scheme") ?? .iob2, misaligned: try misaligned(arguments, to: to))
    }

    private static func misaligned(_ arguments: ParsedArguments, to: DocumentFormat) throws(CLIError) -> MisalignedEntityPolicy {
        for option in ["--scheme", "--misaligned"] where to != .conll2003 && to != .conllu && arguments.flag(option) {
            throw .usage("\(spec.fullName): error: \(option) applies to --to conll2003 and conllu only")
        }
        return try arguments.choice("--misaligned", as: MisalignedEntityPolicy.self) ?? .error
    }
}
