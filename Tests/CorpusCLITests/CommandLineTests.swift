import CorpusCLI
import Foundation
import Testing

@Suite("The corpus command line: dispatch, help, version, usage errors")
struct CommandLineTests {
    @Test func versionEverywhere() throws {
        let result = try CorpusBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("corpus "))
    }

    @Test func helpListsCommands() throws {
        let result = try CorpusBinary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: corpus <command> [options]"))
    }

    @Test func unknownCommandIsAUsageError() throws {
        let result = try CorpusBinary.run(["anotate"])
        #expect(result.status == 64)
        #expect(result.stderr == "corpus: error: unknown command 'anotate'\nRun 'corpus --help' to list the commands.\n")
    }
}

@Suite("Parsing options against a command's spec")
struct ParsedArgumentsTests {
    enum Colour: String, CaseIterable { case red, green }
    let spec = CommandSpec(
        path: ["demo"], summary: "Demo.", synopsis: "[FILE ...]",
        options: [
            OptionSpec(["-o", "--output"], .value("DIR"), help: "Output."),
            OptionSpec(["--gazetteer"], .repeatable("FILE"), help: "Lists."),
            OptionSpec(["--errors"], help: "Show errors."),
            OptionSpec(["--colour"], .value("NAME"), help: "A colour."),
            OptionSpec(["--passes"], .value("N"), help: "Passes."),
        ])

    @Test func valuesFlagsAndPositionals() throws {
        let parsed = try ParsedArguments(
            ["a.txt", "-o", "out", "--gazetteer=x.tsv", "--gazetteer", "y.tsv", "--errors", "-", "--", "--literal"], spec: spec)
        #expect(parsed.positionals == ["a.txt", "-", "--literal"])
        #expect(parsed.value("--output") == "out")
        #expect(parsed.values("--gazetteer") == ["x.tsv", "y.tsv"])
        #expect(parsed.flag("--errors"))
        #expect(!parsed.flag("--colour"))
    }

    @Test(arguments: [
        (["--outptu", "x"], "corpus demo: error: unknown option '--outptu' (did you mean '--output'?)"),
        (["--bogus"], "corpus demo: error: unknown option '--bogus'"),
        (["-o"], "corpus demo: error: option '-o' needs a value"),
        (["-o", "a", "--output", "b"], "corpus demo: error: option '--output' given more than once"),
        (["--errors=yes"], "corpus demo: error: option '--errors' takes no value"),
    ])
    func usageErrors(arguments: [String], message: String) {
        #expect(throws: CLIError.usage(message)) { try ParsedArguments(arguments, spec: spec) }
    }

    @Test func typedValues() throws {
        let parsed = try ParsedArguments(["--colour", "blue", "--passes", "0"], spec: spec)
        #expect(throws: CLIError.usage("corpus demo: error: invalid value 'blue' for --colour (expected one of: red, green)")) {
            try parsed.choice("--colour", as: Colour.self)
        }
        #expect(throws: CLIError.usage("corpus demo: error: --passes takes a whole number from 1 to 100, not '0'")) {
            try parsed.integer("--passes", in: 1...100)
        }
        let good = try ParsedArguments(["--colour", "green", "--passes", "7"], spec: spec)
        #expect(try good.choice("--colour", as: Colour.self) == .green)
        #expect(try good.integer("--passes", in: 1...100) == 7)
    }

    @Test func helpTextListsEveryOption() {
        let help = spec.helpText
        #expect(help.hasPrefix("OVERVIEW: Demo.\n\nUSAGE: corpus demo [FILE ...]\n\nOPTIONS:\n"))
        #expect(help.contains("  -o, --output DIR"))
        #expect(help.contains("  --gazetteer FILE"))
        #expect(help.contains("  -h, --help"))
    }
}
