import Foundation

/// Reads a stream line by line in large blocks, so a JSON Lines stream of any size is handled in flat memory.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// The 1-based number of the line ``next()`` returned last.
    private(set) var lineNumber = 0

    /// Reads from a file handle (standard input by default).
    init(_ handle: FileHandle = .standardInput) { self.handle = handle }

    /// The next line's bytes without its `\n` (a trailing `\r` is left for the line's parser), or `nil` at the end.
    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                lineNumber += 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return line
            }
            buffer.removeSubrange(0..<start)
            start = 0
            let block = handle.readData(ofLength: 1 << 20)
            if block.isEmpty { finished = true } else { buffer.append(contentsOf: block) }
        }
    }
}
