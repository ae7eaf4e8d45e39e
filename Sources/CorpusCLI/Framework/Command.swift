/// A `corpus` subcommand: its spec (name, options, help) and what it does.
///
/// Commands are stateless types; `run` reads files and the terminal through its arguments and returns
/// the exit code, or throws a ``CLIError`` that ends the process with the error's code.
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
