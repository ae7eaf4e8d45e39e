/// An error that ends a command, with the exit code it maps to.
///
/// The message is printed on standard error as it is: messages about files already start with
/// `path:line:col: error:` (the libraries' error descriptions); the others are prefixed with the command.
public struct CLIError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The exit code the error ends the process with.
    public var exitCode: ExitCode
    /// The message, one or more lines.
    public var message: String

    /// Creates an error.
    public init(_ exitCode: ExitCode, _ message: String) {
        self.exitCode = exitCode
        self.message = message
    }

    /// A wrong command line (exit 64).
    public static func usage(_ message: String) -> CLIError { CLIError(.usage, message) }
    /// Bad input data (exit 65); `message` should name the file and position.
    public static func data(_ message: String) -> CLIError { CLIError(.dataError, message) }
    /// Any other failure (exit 1).
    public static func failure(_ message: String) -> CLIError { CLIError(.failure, message) }

    /// The message.
    public var description: String { message }
}
