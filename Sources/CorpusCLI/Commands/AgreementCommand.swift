import CorpusKit

/// `corpus agreement`: inter-annotator agreement between two annotation sets of the same documents.
struct AgreementCommand: Command {
    /// The report formats agreement supports.
    enum Format: String, CaseIterable { case table, json, markdown }

    static let spec = CommandSpec(
        path: ["agreement"], summary: "Inter-annotator agreement: F1 per label and Cohen's kappa over tokens.",
        synopsis: "A B [options]",
        options: ScoringArguments.options + [
            OptionSpec(["--format"], .value("FORMAT"), help: "table (default), json or markdown."),
            OptionSpec(["-o", "--output"], .value("FILE"), help: "Write the report to FILE instead of standard output."),
        ],
        discussion: """
            A and B are directories (or files) of stand-off .json or brat .ann annotations of the same documents,
            paired by name. F1 per label is symmetric; precision and recall are B's against A (they swap with B as
            reference). Kappa labels each token with the label of the first span covering it (or O); tokens come
            from the documents' token layer, or from CorpusKit's tokenizer when they have none.

            EXAMPLE:
              corpus agreement annotator1/ annotator2/ --format markdown
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        guard arguments.positionals.count == 2 else {
            throw .usage("\(spec.fullName): error: expected two annotation sets A and B, got \(arguments.positionals.count) arguments")
        }
        let format = try arguments.choice("--format", as: Format.self) ?? .table
        let options = try ScoringArguments.scoringOptions(arguments)
        let sets = try AnnotationSets(
            gold: arguments.positionals[0], system: arguments.positionals[1], reader: try ScoringArguments.reader(arguments),
            allowMissing: arguments.flag("--allow-missing"), names: ("A", "B"), goldLayer: ScoringArguments.goldLayer(arguments, scoring: options))
        let tokenizer = Tokenizer()
        let result: AgreementResult
        do {
            result = try Agreement.measure(pairs: sets.pairs, options: options) { tokenizer.tokenize($0) }
        } catch {
            throw .data(error.description)
        }
        let report = AgreementReport(result, names: (arguments.positionals[0], arguments.positionals[1]), notes: sets.notes)
        let text: String
        switch format {
        case .table: text = report.renderTable()
        case .json: text = report.renderJSON()
        case .markdown: text = report.renderMarkdown()
        }
        try ReportOutput.write(text, to: arguments.value("--output"), console: console)
        return .success
    }
}
