import CorpusModel
import Foundation
import Formats

/// Reads conlleval's input: one token per line, the gold tag in the second-to-last column and the system
/// tag in the last, sentences separated by blank lines or lines whose first column is `-X-`.
///
/// Algorithm:
/// 1. Split each line into columns (white space, or conlleval's `-d` delimiter). The first non-blank
///    line fixes the number of columns; a later non-blank line with another number is an error, as in
///    conlleval.
/// 2. A blank line or a `-X-` line is a sentence boundary, read as `O` on both sides.
/// 3. A `-DOCSTART-` line is a token for the accuracy line (as in conlleval) and starts a new document.
/// 4. Every other line is a token: its first column is its text, its tags are split at the first hyphen
///    (``ConllevalTag``) and fed to one ``ConllevalChunker`` per side.
/// 5. Each document's text is rebuilt from its tokens (a space between tokens, a line feed between
///    sentences); chunks become entity spans over it, so the span scorer sees what conlleval sees.
///
/// Two files (gold and system) are read line by line in step, as conlleval reads their `paste`: the gold
/// tag is the gold file's last column, the system tag the system file's last column, and the tokens
/// (first columns) must agree line by line.
public enum ConllevalReader {
    /// The first column of a sentence-boundary line.
    static let boundary: StaticString = "-X-"
    /// The first column of a document-start line.
    static let documentStart: StaticString = "-DOCSTART-"

    /// Reads one file in conlleval's format.
    /// - Parameters:
    ///   - path: The file (strict UTF-8).
    ///   - options: The delimiter and raw-tag options.
    /// - Throws: ``EvaluationError/text(_:)`` when it cannot be loaded, ``EvaluationError/input(_:)`` naming
    ///   the line of a malformed line.
    public static func read(contentsOf path: String, options: ConllevalOptions = .init()) throws(EvaluationError) -> ConllevalInput {
        try read(load(path), path: path, options: options)
    }

    /// Reads conlleval's format from a text in memory.
    /// - Parameters:
    ///   - text: The file's content.
    ///   - path: The name used in document identifiers and error messages.
    ///   - options: The delimiter and raw-tag options.
    /// - Throws: ``EvaluationError/input(_:)`` naming the line of a malformed line.
    public static func read(_ text: String, path: String, options: ConllevalOptions = .init()) throws(EvaluationError) -> ConllevalInput {
        var text = text
        let result: Result<ConllevalInput, EvaluationError> = text.withUTF8 { bytes in
            Result { () throws(EvaluationError) -> ConllevalInput in
                var lines = ColumnLines(bytes, delimiter: options.delimiter)
                var assembler = Assembler(name: Self.name(path), options: options)
                var shape = ColumnCount(path: path)
                while lines.next() {
                    let fields = lines.fields
                    let line = lines.lineNumber
                    if fields.isEmpty {
                        assembler.boundary(line: line)
                        continue
                    }
                    try shape.check(fields.count, line: line)
                    if lines.field(fields[0], is: boundary) {
                        assembler.boundary(line: line)
                        continue
                    }
                    guard fields.count >= 2 else { throw Self.error(path, line, "expected a gold tag and a system tag, found one column") }
                    let isDocumentStart = fields.count >= 3 && lines.field(fields[0], is: documentStart)
                    try assembler.token(
                        fields.count >= 3 ? lines.bytes(fields[0]) : nil, isDocumentStart: isDocumentStart,
                        gold: lines.bytes(fields[fields.count - 2]), system: lines.bytes(fields[fields.count - 1]), path: path, line: line)
                }
                return assembler.finish()
            }
        }
        return try result.get()
    }

    /// Reads a gold file and a system file token by token, as conlleval reads `paste gold system`.
    /// - Parameters:
    ///   - goldPath: The gold file: its first column is the token, its last column the gold tag.
    ///   - systemPath: The system file: the same tokens, its last column the system tag.
    ///   - options: The delimiter and raw-tag options.
    /// - Throws: ``EvaluationError/tokenMismatch(path:line:goldToken:systemToken:)`` at the first line where
    ///   the files disagree, ``EvaluationError/input(_:)`` for a malformed line.
    public static func read(
        goldContentsOf goldPath: String, systemContentsOf systemPath: String, options: ConllevalOptions = .init()
    ) throws(EvaluationError) -> ConllevalInput {
        try read(gold: load(goldPath), goldPath: goldPath, system: load(systemPath), systemPath: systemPath, options: options)
    }

    /// Reads a gold and a system text in memory token by token (see ``read(goldContentsOf:systemContentsOf:options:)``).
    public static func read(
        gold: String, goldPath: String, system: String, systemPath: String, options: ConllevalOptions = .init()
    ) throws(EvaluationError) -> ConllevalInput {
        var goldText = gold
        var systemText = system
        let result: Result<ConllevalInput, EvaluationError> = goldText.withUTF8 { goldBytes in
            systemText.withUTF8 { systemBytes in
                Result { () throws(EvaluationError) -> ConllevalInput in
                    var goldLines = ColumnLines(goldBytes, delimiter: options.delimiter)
                    var systemLines = ColumnLines(systemBytes, delimiter: options.delimiter)
                    var assembler = Assembler(name: Self.name(goldPath), options: options)
                    var goldShape = ColumnCount(path: goldPath)
                    var systemShape = ColumnCount(path: systemPath)
                    var line = 0
                    while true {
                        let goldMore = goldLines.next()
                        let systemMore = systemLines.next()
                        guard goldMore || systemMore else { break }
                        line += 1
                        let goldFields = goldMore ? goldLines.fields : []
                        let systemFields = systemMore ? systemLines.fields : []
                        if !goldFields.isEmpty { try goldShape.check(goldFields.count, line: line) }
                        if !systemFields.isEmpty { try systemShape.check(systemFields.count, line: line) }
                        let goldBreak = goldFields.isEmpty || goldLines.field(goldFields[0], is: boundary)
                        let systemBreak = systemFields.isEmpty || systemLines.field(systemFields[0], is: boundary)
                        if goldBreak && systemBreak {
                            assembler.boundary(line: line)
                            continue
                        }
                        guard !goldBreak, !systemBreak, goldLines.bytes(goldFields[0]).elementsEqual(systemLines.bytes(systemFields[0])) else {
                            throw .tokenMismatch(
                                path: systemPath, line: line, goldToken: goldBreak ? nil : goldLines.string(goldFields[0]),
                                systemToken: systemBreak ? nil : systemLines.string(systemFields[0]))
                        }
                        guard goldFields.count >= 2 else { throw Self.error(goldPath, line, "expected a token and a tag, found one column") }
                        guard systemFields.count >= 2 else { throw Self.error(systemPath, line, "expected a token and a tag, found one column") }
                        try assembler.token(
                            goldLines.bytes(goldFields[0]), isDocumentStart: goldLines.field(goldFields[0], is: documentStart),
                            gold: goldLines.bytes(goldFields[goldFields.count - 1]),
                            system: systemLines.bytes(systemFields[systemFields.count - 1]), path: goldPath, line: line)
                    }
                    return assembler.finish()
                }
            }
        }
        return try result.get()
    }

    private static func load(_ path: String) throws(EvaluationError) -> String {
        do {
            return try Document(contentsOf: path).text
        } catch {
            throw .text(error)
        }
    }

    static func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    static func error(_ path: String, _ line: Int, _ message: String) -> EvaluationError {
        .input(FormatError(path: path, line: line, message: message))
    }
}

/// Checks that every non-blank line has as many columns as the first (conlleval stops otherwise).
private struct ColumnCount {
    let path: String
    private var expected: (count: Int, line: Int)?

    init(path: String) { self.path = path }

    mutating func check(_ count: Int, line: Int) throws(EvaluationError) {
        guard let expected else {
            self.expected = (count, line)
            return
        }
        guard count == expected.count else {
            throw ConllevalReader.error(path, line, "expected \(expected.count) columns as on line \(expected.line), found \(count)")
        }
    }
}

/// Collects tokens into documents, cutting at `-DOCSTART-` lines, and tallies the tag accuracy.
private struct Assembler {
    let name: String
    let options: ConllevalOptions
    private var tags: TagTable
    private var builder: ConllevalDocumentBuilder
    private var documentLine = 1
    /// The line of each token of the current document, to place scheme violations (with a tag scheme only).
    private var tokenLines: [Int] = []
    private var violations: [SchemeViolation] = []
    private var documents: [DocumentPair] = []
    private var accuracy = TagAccuracy()
    /// Lines where conlleval's counting may diverge from span matching (see ``ConllevalInput/divergentLines``).
    private var divergentLines: [Int] = []

    init(name: String, options: ConllevalOptions) {
        self.name = name
        self.options = options
        tags = TagTable(raw: options.rawTags)
        builder = ConllevalDocumentBuilder(scheme: options.tagScheme)
    }

    mutating func boundary(line: Int) {
        if builder.addBoundary() { divergentLines.append(line) }
    }

    /// Adds a token line; `token` is `nil` when the file has only the two tag columns.
    mutating func token(
        _ token: UnsafeBufferPointer<UInt8>?, isDocumentStart: Bool, gold goldBytes: UnsafeBufferPointer<UInt8>,
        system systemBytes: UnsafeBufferPointer<UInt8>, path: String, line: Int
    ) throws(EvaluationError) {
        let gold = tags.lookup(goldBytes)
        let system = tags.lookup(systemBytes)
        accuracy.tokens += 1
        if tags.identities[gold] == tags.identities[system] { accuracy.correctTags += 1 }
        if isDocumentStart {
            guard tags.interned[gold].kind == .outside, tags.interned[system].kind == .outside else {
                throw ConllevalReader.error(
                    path, line,
                    "-DOCSTART- line tagged '\(String(decoding: goldBytes, as: UTF8.self))' (gold) and '\(String(decoding: systemBytes, as: UTF8.self))' (system); conlleval counts it as a token, so both tags must be O")
            }
            if builder.addBoundary() { divergentLines.append(line) }
            flush()
            documentLine = line
            return
        }
        var goldEntity: EntityTag?
        var systemEntity: EntityTag?
        if options.tagScheme != nil {
            for (index, bytes) in [(gold, goldBytes), (system, systemBytes)] where tags.entityTags[index] == nil {
                throw ConllevalReader.error(
                    path, line,
                    "'\(String(decoding: bytes, as: UTF8.self))' is not a tag of any scheme (expected O, or B-, I-, E-, S-, L- or U- and a label)")
            }
            goldEntity = tags.entityTags[gold]
            systemEntity = tags.entityTags[system]
            tokenLines.append(line)
        }
        if builder.addToken(token, gold: (tags.interned[gold], goldEntity), system: (tags.interned[system], systemEntity)) {
            divergentLines.append(line)
        }
    }

    /// The documents read, then the accuracy.
    mutating func finish() -> ConllevalInput {
        flush()
        return ConllevalInput(
            documents: documents, accuracy: accuracy, divergentLines: divergentLines, tagScheme: options.tagScheme,
            violations: violations.sorted { ($0.line, $0.side.rawValue) < ($1.line, $1.side.rawValue) })
    }

    private mutating func flush() {
        if !builder.isEmpty {
            documents.append(builder.finish(id: "\(name):\(documentLine)", types: tags.types))
            let (gold, system) = builder.violations
            for (side, found) in [(EvaluationError.Side.gold, gold), (.system, system)] {
                violations += found.map { SchemeViolation(side: side, line: tokenLines[$0.token], message: $0.description) }
            }
        }
        builder = ConllevalDocumentBuilder(scheme: options.tagScheme)
        tokenLines.removeAll(keepingCapacity: true)
    }
}
