import CorpusModel

/// Prints spans one per line as `start<TAB>end<TAB>text`, offsets in Unicode scalars (half-open), the text
/// with `\`, tab, line feed and carriage return escaped as `\\`, `\t`, `\n`, `\r` so every span stays on one line.
enum SpanListing {
    /// The listing of `spans` (UTF-8) over `document`, with an optional label column after the offsets.
    static func render(_ annotations: [Annotation], in document: Document, labelled: Bool = false) -> String {
        let table = OffsetTable(document)
        var out = ""
        for annotation in annotations {
            guard let scalars = table.scalarSpan(annotation.span) else { continue }
            out += "\(scalars.start)\t\(scalars.end)\t"
            if labelled { out += (annotation.label ?? "") + "\t" }
            out += escape(document.text(of: annotation.span)) + "\n"
        }
        return out
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
