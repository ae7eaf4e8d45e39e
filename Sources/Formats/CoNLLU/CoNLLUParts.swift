/// Cuts a CoNLL-U file into parts that can be read independently: each part but the first starts with a
/// `# newdoc` comment that opens a sentence block (at the file's start or after an empty line), so that no
/// document or sentence spans two parts.
enum CoNLLUParts {
    /// A part: its bytes and the number of its first line.
    struct Part {
        var bytes: Range<Int>
        var firstLine: Int
    }

    private static let newdoc = Array("# newdoc".utf8)

    /// Cuts the file into at most `count` parts of about equal size (one part when it has no such place).
    static func split(_ source: CoNLLSource, count: Int) -> [Part] {
        let bytes = source.bytes
        let target = max(1, bytes.count / max(1, count))
        var parts: [Part] = []
        var start = 0
        var startLine = 1
        var line = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                line += 1
                let next = index + 1
                let afterEmptyLine = index > 0 && (bytes[index - 1] == 0x0A || (bytes[index - 1] == 0x0D && index > 1 && bytes[index - 2] == 0x0A))
                if afterEmptyLine, next - start >= target, bytes[next...].starts(with: newdoc) {
                    parts.append(Part(bytes: start..<next, firstLine: startLine))
                    start = next
                    startLine = line
                }
            }
            index += 1
        }
        parts.append(Part(bytes: start..<bytes.count, firstLine: startLine))
        return parts
    }
}
