import CorpusModel
import Foundation

/// Text with its expected spans written inline, so tests never hold hand-counted offsets.
///
/// `⟦Dr.⟧ ⟦Lee⟧ ⟦left⟧⟦.⟧` is the text `Dr. Lee left.` with four spans. A label goes before a bar:
/// `⟦PER|Kim Jong Un⟧ met ⟦LOC|Trump⟧`. Markers do not nest.
public struct MarkedText: Equatable, CustomStringConvertible {
    /// The text without markers.
    public let text: String
    /// The marked spans (UTF-8 offsets into ``text``), in order, with their labels.
    public let annotations: [Annotation]

    /// Parses marked text.
    public init(_ marked: String) {
        var text = ""
        var annotations: [Annotation] = []
        var openedAt: Int?
        var inside = ""
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦":
                openedAt = text.utf8.count
                inside = ""
            case "⟧":
                let start = openedAt ?? 0
                var label: String?
                var body = inside
                if let bar = inside.unicodeScalars.firstIndex(of: "|") {
                    label = String(inside.unicodeScalars[..<bar])
                    body = String(inside.unicodeScalars[inside.unicodeScalars.index(after: bar)...])
                }
                text += body
                annotations.append(Annotation(Span(start, start + body.utf8.count), label: label))
                openedAt = nil
            default:
                if openedAt != nil { inside.unicodeScalars.append(scalar) } else { text.unicodeScalars.append(scalar) }
            }
        }
        self.text = text
        self.annotations = annotations
    }

    /// Writes the text back with markers around `annotations` (for readable failure messages).
    public init(text: String, annotations: [Annotation]) {
        self.text = text
        self.annotations = annotations
    }

    /// The spans alone.
    public var spans: [Span] { annotations.map(\.span) }

    /// The text with its markers, the inverse of ``init(_:)``.
    public var description: String {
        let bytes = Array(text.utf8)
        var out = ""
        var position = 0
        for annotation in annotations where annotation.span.start >= position {
            out += String(decoding: bytes[position..<annotation.span.start], as: UTF8.self)
            let body = String(decoding: bytes[annotation.span.start..<annotation.span.end], as: UTF8.self)
            out += "⟦" + (annotation.label.map { $0 + "|" } ?? "") + body + "⟧"
            position = annotation.span.end
        }
        return out + String(decoding: bytes[position...], as: UTF8.self)
    }
}

/// Data-driven test cases: one case per line, `#` starts a comment line, blank lines are skipped.
/// Inside a case, `\n`, `\r`, `\t` and `\\` stand for a line feed, carriage return, tab and backslash.
public enum CaseFile {
    /// One case: the file's line number and the unescaped marked text.
    public struct Case: CustomStringConvertible, Sendable {
        /// The file and 1-based line the case stands on.
        public let location: String
        /// The case text with its escapes resolved.
        public let marked: String
        /// Shown in test results.
        public var description: String { location }
    }

    /// Loads the cases of a file.
    public static func load(_ url: URL) throws -> [Case] {
        let content = try String(contentsOf: url, encoding: .utf8)
        var cases: [Case] = []
        for (number, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            cases.append(Case(location: "\(url.lastPathComponent):\(number + 1)", marked: unescape(String(line))))
        }
        return cases
    }

    /// Resolves `\n`, `\r`, `\t` and `\\`.
    public static func unescape(_ line: String) -> String {
        var out = ""
        var escaping = false
        for character in line {
            if escaping {
                switch character {
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
