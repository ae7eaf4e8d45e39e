import CorpusKit
import Foundation

/// `corpus evaluate`: scores system annotations against gold annotations and prints a report.
struct EvaluateCommand: Command {
    /// `--scheme` values: one scheme, or all.
    enum SchemeChoice: String, CaseIterable {
        case conll, strict, exact, partial, type, all

        var schemes: [Scheme] {
            switch self {
            case .all: return [.conll] + Scheme.semEval
            default: return [Scheme(rawValue: rawValue) ?? .conll]
            }
        }
    }

    static let spec = CommandSpec(
        path: ["evaluate"], summary: "Score system annotations against gold: conlleval's figures and more.",
        synopsis: "(--gold G --system S | --conll FILE) [options]",
        options: [
            OptionSpec(["--gold"], .value("PATH"), help: "Gold annotations: a directory or file of .json/.ann, or a CoNLL file."),
            OptionSpec(["--system"], .value("PATH"), help: "System annotations, in the same form as --gold."),
            OptionSpec(["--conll"], .value("FILE"), help: "conlleval's input (- for standard input): gold tag second-to-last column, system tag last."),
            OptionSpec(["-d", "--delimiter"], .value("CHAR"), help: "CoNLL column delimiter, as conlleval's -d (\\t for a tab; default: white space)."),
            OptionSpec(["-r", "--raw-tags"], help: "CoNLL tags are bare types, each token a chunk (conlleval's -r)."),
            OptionSpec(["--tag-scheme"], .value("SCHEME"), help: "Decode CoNLL tags in iob1, iob2, ioe1, ioe2, bioes or io instead of conlleval's way."),
        ] + ScoringArguments.options + [
            OptionSpec(["--scheme"], .value("SCHEME"), help: "conll (default), strict, exact, partial, type, or all."),
            OptionSpec(["--errors"], help: "List every false positive and false negative with its context."),
            OptionSpec(["--confusion"], help: "Show the confusion matrix over spans with the same boundaries."),
            OptionSpec(["--per-document"], help: "Show the scores of each document."),
            OptionSpec(["--bootstrap"], .value("N"), help: "95% confidence intervals from N resamples of the documents."),
            OptionSpec(["--against"], .value("OTHER"), help: "Compare with another system's annotations on the same gold (approximate randomization)."),
            OptionSpec(["--shuffles"], .value("N"), help: "Shuffles for --against (default: 10000)."),
            OptionSpec(["--seed"], .value("N"), help: "Seed for --bootstrap and --against (default: 1)."),
            OptionSpec(["--format"], .value("FORMAT"), help: "table (default), json, markdown or conlleval."),
            OptionSpec(["--min-f1"], .value("X"), help: "Exit with status 1 when the F1 (a fraction, 0 to 1) is below X."),
            OptionSpec(["-o", "--output"], .value("FILE"), help: "Write the report to FILE instead of standard output."),
        ],
        discussion: """
            Spans compare by character offsets, so scores never depend on tokenization; on CoNLL input the
            figures equal conlleval.pl's, to the last digit. Corpus scores are micro averages (counts summed
            over documents); macro averages and one row per label follow. See docs/evaluation.md.

            EXAMPLES:
              corpus evaluate --gold Evaluation/gold --system Annotations
              corpus evaluate --conll dev.predicted.txt
              paste dev.conll predicted-tags.txt | corpus evaluate --conll -
              corpus evaluate --gold dev.conll --system predicted.conll --tag-scheme bioes --scheme all
              corpus evaluate --gold gold/ --system a/ --against b/ --bootstrap 1000 --format json -o report.json
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        guard arguments.positionals.isEmpty else {
            throw .usage("\(spec.fullName): error: unexpected argument '\(arguments.positionals[0])' (use --gold and --system, or --conll)")
        }
        let format = try arguments.choice("--format", as: ReportFormat.self) ?? .table
        let schemes = (try arguments.choice("--scheme", as: SchemeChoice.self) ?? .conll).schemes
        if format == .conlleval && schemes != [.conll] {
            throw .usage("\(spec.fullName): error: --format conlleval shows the conll scheme only")
        }
        let minimum = try arguments.number("--min-f1", in: 0...1)
        let seed = UInt64(try arguments.integer("--seed", in: 0...Int.max) ?? 1)
        let inputs = try EvaluationInputs(arguments)
        var report = try inputs.report(schemes: schemes)
        if arguments.flag("--errors") { report.sections.insert(.errors) }
        if arguments.flag("--confusion") { report.sections.insert(.confusion) }
        if arguments.flag("--per-document") { report.sections.insert(.documents) }
        do {
            if let iterations = try arguments.integer("--bootstrap", in: 1...1_000_000) {
                report.bootstrap = try Bootstrap.confidenceIntervals(
                    report.evaluation, scheme: schemes[0], iterations: iterations, seed: seed)
            }
            if let other = arguments.value("--against") {
                let shuffles = try arguments.integer("--shuffles", in: 1...10_000_000) ?? 10_000
                let otherEvaluation = try inputs.evaluation(ofSystem: other)
                report.comparison = (
                    other,
                    try ApproximateRandomization.compare(
                        report.evaluation, with: otherEvaluation, scheme: schemes[0], iterations: shuffles, seed: seed)
                )
            }
        } catch let error as EvaluationError {
            throw .data(error.description)
        } catch let error as CLIError {
            throw error
        } catch {
            throw .failure("\(spec.fullName): error: \(error)")
        }
        try ReportOutput.write(report.render(as: format), to: arguments.value("--output"), console: console)
        if let minimum, report.f1 < minimum {
            console.error("\(spec.fullName): error: F1 \(String(format: "%.4f", report.f1)) is below --min-f1 \(String(format: "%.4f", minimum))")
            return .failure
        }
        return .success
    }
}
