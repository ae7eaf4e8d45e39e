/// The process exit status of a `corpus` command, after BSD `sysexits.h`.
public enum ExitCode: Int32, Sendable {
    /// Everything succeeded.
    case success = 0
    /// The command ran but failed (a score below `--min-f1`, an output that could not be written, …).
    case failure = 1
    /// The command line was wrong (`EX_USAGE`).
    case usage = 64
    /// An input file held bad data: invalid UTF-8, a malformed annotation or CoNLL line (`EX_DATAERR`).
    case dataError = 65
}
