import CorpusModel
import Formats

/// An error of the evaluation harness: a bad input file, documents that cannot be paired, or texts
/// that do not match.
///
/// Messages follow the compiler convention `path:line:col: error: message`, leaving out what is unknown.
public enum EvaluationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be read or parsed (conlleval columns, stand-off JSON, brat): the reader's error.
    case input(FormatError)
    /// A file's text could not be loaded (missing file, invalid UTF-8).
    case text(CorpusModelError)
    /// Two token-aligned CoNLL files disagree at a line: `path` and `line` are the system file's,
    /// `goldToken`/`systemToken` what each file holds there (`nil` for a blank line, a `-X-` line or the end of
    /// the file).
    case tokenMismatch(path: String, line: Int, goldToken: String?, systemToken: String?)
    /// A document appears on one side only (and `--allow-missing` was not given).
    case missingDocument(id: String, missingFrom: Side)
    /// Two documents on one side have the same name.
    case duplicateDocument(id: String, side: Side)
    /// The gold and system versions of a document have different texts, so offsets cannot be compared.
    case textMismatch(id: String, goldSHA256: String, systemSHA256: String)
    /// No document on one side has the layer being scored.
    case missingLayer(layer: LayerName, side: Side)
    /// There is nothing to score.
    case noDocuments
    /// A `--map` entry is not `OLD=NEW` with two non-empty labels, or maps one label twice.
    case invalidLabelMapping(String)
    /// A statistic needs more documents than there are (bootstrap and randomisation resample documents).
    case tooFewDocuments(needed: Int, found: Int, purpose: String)
    /// The two systems compared by a paired test were scored on different gold documents.
    case differentGold(String)

    /// Which annotation set a document or layer belongs to.
    public enum Side: String, Sendable, Equatable, CustomStringConvertible {
        /// The reference annotations.
        case gold
        /// The annotations being scored.
        case system
        /// `gold` or `system`.
        public var description: String { rawValue }
    }

    /// A one-line message starting with `path:line:col: error:` where a position is known.
    public var description: String {
        switch self {
        case .input(let error):
            return error.description
        case .text(let error):
            return error.description
        case .tokenMismatch(let path, let line, let gold, let system):
            return "\(path):\(line): error: token mismatch: gold has \(Self.quote(gold)), system has \(Self.quote(system))"
        case .missingDocument(let id, let side):
            let present: Side = side == .gold ? .system : .gold
            return "error: document '\(id)' has \(present) annotations but no \(side) annotations (use --allow-missing to score it anyway)"
        case .duplicateDocument(let id, let side):
            return "error: two \(side) documents are named '\(id)'"
        case .textMismatch(let id, let gold, let system):
            return "error: document '\(id)': the gold and system texts differ (SHA-256 \(gold.prefix(12))… vs \(system.prefix(12))…), so their offsets cannot be compared"
        case .missingLayer(let layer, let side):
            return "error: no \(side) document has a '\(layer)' layer"
        case .noDocuments:
            return "error: no documents to score"
        case .invalidLabelMapping(let entry):
            return "error: invalid label mapping '\(entry)' (expected OLD=NEW, each label mapped once)"
        case .tooFewDocuments(let needed, let found, let purpose):
            return "error: \(purpose) needs at least \(needed) documents, found \(found)"
        case .differentGold(let detail):
            return "error: the two systems were scored on different gold annotations: \(detail)"
        }
    }

    private static func quote(_ token: String?) -> String {
        token.map { "'\($0)'" } ?? "no token"
    }
}
