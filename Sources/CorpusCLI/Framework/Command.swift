/// A `corpus` subcommand: its spec (name, options, help) and what it does.
///
/// Commands are stateless types; `run` reads files and the terminal through its arguments and returns
/// the exit code, or throws a ``CLIError`` that ends the process with the error's code.
///
/// A command lives in `Commands/<Name>Command.swift` and is listed in ``CorpusCommandLine``:
/// ```swift
/// struct TagCommand: Command {
///     static let spec = CommandSpec(
///         path: ["tag"], summary: "Print the entities of a text file or standard input.", synopsis: "[FILE | -]",
///         options: [OptionSpec(["--gazetteer"], .repeatable("FILE"), help: "Add a gazetteer (repeatable).")])
///
///     static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
///         let files = arguments.values("--gazetteer")
///         …
///         console.write("…\n")
///         return .success
///     }
/// }
/// ```
/// Library errors become ``CLIError/data(_:)`` (bad input, exit 65) with the library error's description,
/// which already starts with `path:line:col: error:`. Output files are written with `AtomicFile`.
public protocol Command: Sendable {
    /// The command's name, options and help.
    static var spec: CommandSpec { get }
    /// Runs the command.
    /// - Parameters:
    ///   - arguments: The parsed command line.
    ///   - console: Where output and diagnostics go.
    /// - Returns: The exit code (non-zero when some inputs failed but the command carried on).
    /// - Throws: ``CLIError`` for what ends the command.
    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode
}
