import CorpusModel

/// The `corpus` command line: finds the subcommand, parses its options, runs it and maps errors to exit codes.
public enum CorpusCommandLine {
    /// Every subcommand, in the order `corpus --help` lists them.
    static let commands: [any Command.Type] = [
        AnnotateCommand.self,
        ValidateCommand.self,
        ConvertCommand.self,
        TokenizeCommand.self,
        SplitCommand.self,
        TagCommand.self,
        BenchCommand.self,
        GazetteerBuildCommand.self,
        EvaluateCommand.self,
        AgreementCommand.self,
    ]

    /// Runs the command line and returns the process exit status.
    /// - Parameter arguments: The words after the program name.
    public static func main(_ arguments: [String]) -> Int32 {
        let console = Console()
        defer { console.flush() }
        let status = run(arguments, console: console)
        return status.rawValue
    }

    static func run(_ arguments: [String], console: Console) -> ExitCode {
        if arguments.first == "--version" {
            console.write("corpus \(CorpusKitVersion.current)\n")
            return .success
        }
        if arguments.isEmpty || ["-h", "--help", "help"].contains(arguments[0]) {
            console.write(overview(matching: []))
            return .success
        }
        let matches = commands.filter { arguments.starts(with: $0.spec.path) }
        guard let command = matches.max(by: { $0.spec.path.count < $1.spec.path.count }) else {
            let group = commands.filter { $0.spec.path.first == arguments[0] }
            if !group.isEmpty, arguments.count == 1 || arguments[1].hasPrefix("-") {
                console.write(overview(matching: [arguments[0]]))
                return arguments.count == 1 ? .usage : .success
            }
            console.error("corpus: error: unknown command '\(arguments.prefix(2).joined(separator: " "))'\nRun 'corpus --help' to list the commands.")
            return .usage
        }
        let rest = Array(arguments.dropFirst(command.spec.path.count))
        let options = rest.prefix { $0 != "--" }
        if options.contains("--help") || options.contains("-h") {
            console.write(command.spec.helpText)
            return .success
        }
        if options.contains("--version") {
            console.write("corpus \(CorpusKitVersion.current)\n")
            return .success
        }
        do {
            let parsed = try ParsedArguments(rest, spec: command.spec)
            return try command.run(parsed, console: console)
        } catch {
            console.error(error.message)
            if error.exitCode == .usage { console.error("Run '\(command.spec.fullName) --help' for usage.") }
            return error.exitCode
        }
    }

    /// The list of commands (all, or those under a group such as `gazetteer`).
    static func overview(matching prefix: [String]) -> String {
        var lines = [
            "OVERVIEW: CorpusKit \(CorpusKitVersion.current) — stand-off annotation, scoring and CoNLL conversion for text corpora.",
            "",
            "USAGE: corpus <command> [options]",
            "",
            "COMMANDS:",
        ]
        let listed = commands.filter { $0.spec.path.starts(with: prefix) }
        let width = (listed.map { $0.spec.path.joined(separator: " ").count }.max() ?? 0) + 2
        for command in listed {
            let name = command.spec.path.joined(separator: " ")
            lines.append("  " + name + String(repeating: " ", count: width - name.count) + command.spec.summary)
        }
        lines += ["", "Run 'corpus <command> --help' for a command's options."]
        return lines.joined(separator: "\n") + "\n"
    }
}
