import Foundation

/// A file format of annotated documents that `corpus convert` and `corpus evaluate` read (and `convert` writes).
enum DocumentFormat: String, CaseIterable, Sendable {
    /// CoNLL-2003: one token per line, tags in the last column.
    case conll2003
    /// CoNLL-U (Universal Dependencies).
    case conllu
    /// brat `.ann` files (entities), each with its `.txt`.
    case brat
    /// Stand-off JSON files, each with its `.txt`.
    case json
    /// JSON Lines: one stand-off object per line, text inline.
    case jsonl

    /// The extensions that name the format, first the one written.
    var extensions: [String] {
        switch self {
        case .conll2003: return ["conll", "conll2003", "iob"]
        case .conllu: return ["conllu"]
        case .brat: return ["ann"]
        case .json: return ["json"]
        case .jsonl: return ["jsonl"]
        }
    }

    /// Whether the format holds many documents in one file (rather than one file per document).
    var isStream: Bool { self == .conll2003 || self == .conllu || self == .jsonl }

    /// The format a file's extension names, if any.
    static func inferred(from path: String) -> DocumentFormat? {
        let ext = (path as NSString).pathExtension.lowercased()
        return allCases.first { $0.extensions.contains(ext) }
    }

    /// The extensions to take from directories: those of `format`, or of every format. CoNLL-2003 files are
    /// often `.txt` (as the shared task distributed them): with `--from conll2003` those are taken too.
    static func directoryExtensions(for format: DocumentFormat?) -> Set<String> {
        guard let format else { return Set(allCases.flatMap(\.extensions)) }
        return Set(format.extensions + (format == .conll2003 ? ["txt"] : []))
    }
}
