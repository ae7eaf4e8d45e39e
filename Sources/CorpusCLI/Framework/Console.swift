import Foundation

/// The terminal a command talks to: buffered standard output, standard error, and standard input.
///
/// Only the command line writes to the terminal; the libraries return values.
public final class Console {
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 16

    /// Creates a console over the process's standard streams.
    public init() {}

    /// Writes text to standard output (buffered; flushed by ``flush()`` and when the buffer fills).
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushThreshold { flush() }
    }

    /// Writes bytes to standard output (buffered).
    public func write(bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { flush() }
    }

    /// Writes a line to standard error at once (after flushing standard output, so the two interleave in order).
    public func error(_ line: String) {
        flush()
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// Writes what standard output holds.
    public func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
