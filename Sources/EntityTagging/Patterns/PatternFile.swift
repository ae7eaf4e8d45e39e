/// A parsed pattern-rule file: `NAME<TAB>PRIORITY<TAB>PATTERN` lines after `#` comment lines.
///
/// The pattern language is described in `docs/entity-tagger.md`. In short: items separated by single
/// spaces; `[LABEL …]` marks the tokens that become an entity (`LABEL` is `PER`, `LOC`, `ORG`, `MISC`, or
/// `O` for tokens nobody may label); an element is one or more alternatives joined by `|`, each a shape
/// (`Cap`, `Upper`, `Initial`, `Name`, `Lower`, `Number`, `Punct`, `Any`), a literal token (`"of"`), or a
/// gazetteer class (`@title`, `@LOC`), optionally combined with `&` and negated with `!`, followed by an
/// optional quantifier `?`, `+` or `*`; `^` and `$` anchor the pattern at a sentence's start and end.
struct PatternFile: Sendable {
    /// The file's name in messages.
    let path: String
    /// The rules, in file order.
    let rules: [PatternRule]

    /// Parses the text of a pattern file.
    /// - Throws: ``EntityTaggingError/invalidLine(path:line:column:text:problem:)`` for the first bad line.
    init(parsing text: String, path: String) throws(EntityTaggingError) {
        var rules: [PatternRule] = []
        var seen: [String: Int] = [:]
        for line in try RuleFileLines(text, path: path) {
            let fields = try line.fields(["rule name", "priority", "pattern"], path: path)
            let name = String(fields[0])
            if let first = seen[name] { throw line.error(column: 1, .duplicate(entry: name, firstLine: first), path: path) }
            let priorityColumn = fields[0].unicodeScalars.count + 2
            guard let priority = Int(fields[1]), (0...1000).contains(priority) else {
                throw line.error(column: priorityColumn, .invalidPriority(String(fields[1])), path: path)
            }
            let patternColumn = priorityColumn + fields[1].unicodeScalars.count + 1
            do {
                var parser = PatternParser(fields[2])
                let parsed = try parser.parse()
                rules.append(
                    PatternRule(
                        name: name, priority: priority, elements: parsed.elements, captures: parsed.captures,
                        anchoredAtStart: parsed.anchoredAtStart, anchoredAtEnd: parsed.anchoredAtEnd))
            } catch {
                throw line.error(column: patternColumn + error.offset, .invalidPattern(error.reason), path: path)
            }
            seen[name] = line.number
        }
        self.path = path
        self.rules = rules
    }
}

/// A pattern that does not parse: where (scalar offset into the pattern) and why.
struct PatternSyntaxError: Error {
    let offset: Int
    let reason: String
}

/// Parses one pattern (the third field of a rule line).
struct PatternParser {
    struct Parsed {
        var elements: [PatternElement] = []
        var captures: [PatternCapture] = []
        var anchoredAtStart = false
        var anchoredAtEnd = false
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ pattern: Substring) { scalars = Array(pattern.unicodeScalars) }

    mutating func parse() throws(PatternSyntaxError) -> Parsed {
        var parsed = Parsed()
        var open: (label: EntityLabel?, first: Int, offset: Int)?
        var wordIndex = 0
        while position < scalars.count {
            if wordIndex > 0 {
                guard scalars[position] == " " else { throw fail("expected a space between items") }
                position += 1
            }
            defer { wordIndex += 1 }
            if peek("^") && wordIndex == 0 && nextIsSpaceOrEnd(after: 1) {
                position += 1
                parsed.anchoredAtStart = true
                continue
            }
            if peek("$") && nextIsSpaceOrEnd(after: 1) {
                guard position + 1 == scalars.count else { throw fail("'$' must end the pattern") }
                guard open == nil else { throw fail("'$' inside brackets") }
                position += 1
                parsed.anchoredAtEnd = true
                continue
            }
            if peek("[") {
                guard open == nil else { throw fail("brackets do not nest") }
                let start = position
                position += 1
                let name = readWhile { $0 != " " }
                let label: EntityLabel?
                if name == "O" {
                    label = nil
                } else if let known = EntityLabel(rawValue: name) {
                    label = known
                } else {
                    position = start + 1
                    throw fail("expected an entity label (PER, LOC, ORG, MISC or O) after '['")
                }
                open = (label, parsed.elements.count, start)
                continue
            }
            parsed.elements.append(try element())
            if peek("]") {
                guard let group = open else { throw fail("']' without '['") }
                position += 1
                parsed.captures.append(PatternCapture(label: group.label, elements: group.first..<parsed.elements.count))
                open = nil
            }
            guard position == scalars.count || scalars[position] == " " else { throw fail("unexpected character") }
        }
        if let group = open { throw PatternSyntaxError(offset: group.offset, reason: "'[' is never closed") }
        guard !parsed.captures.isEmpty else { throw PatternSyntaxError(offset: 0, reason: "no [LABEL …] group") }
        if parsed.elements.isEmpty { throw PatternSyntaxError(offset: 0, reason: "no elements") }
        for capture in parsed.captures where capture.elements.isEmpty {
            throw PatternSyntaxError(offset: 0, reason: "an empty [LABEL] group")
        }
        return parsed
    }

    /// `alternative ('|' alternative)* quantifier?`
    private mutating func element() throws(PatternSyntaxError) -> PatternElement {
        var alternatives = [try alternative()]
        while peek("|") {
            position += 1
            alternatives.append(try alternative())
        }
        var element = PatternElement(alternatives: alternatives, minimum: 1, maximum: 1)
        if peek("?") { element.minimum = 0; position += 1 }
        else if peek("+") { element.maximum = Int.max; position += 1 }
        else if peek("*") { element.minimum = 0; element.maximum = Int.max; position += 1 }
        return element
    }

    /// `'!'? atom ('&' '!'? atom)*`. Made of `@class` atoms only, one of them not negated, it is a whole
    /// gazetteer phrase (`@title`, `@LOC&!@country`); anything else is a test on one token.
    private mutating func alternative() throws(PatternSyntaxError) -> Alternative {
        var factors: [TokenTest] = []
        var all: [PhraseClass] = []
        var none: [PhraseClass] = []
        var onlyClasses = true
        repeat {
            if !factors.isEmpty { position += 1 }  // the '&'
            let negated = peek("!")
            if negated { position += 1 }
            let (test, phrase) = try atom()
            if let phrase { if negated { none.append(phrase) } else { all.append(phrase) } } else { onlyClasses = false }
            factors.append(negated ? .not(test) : test)
        } while peek("&")
        if onlyClasses && !all.isEmpty { return .phrase(all: all, none: none) }
        return .token(factors.count == 1 ? factors[0] : .all(factors))
    }

    /// A literal `"…"` (with `\"` and `\\`), `@class`, or a shape name.
    private mutating func atom() throws(PatternSyntaxError) -> (TokenTest, PhraseClass?) {
        let start = position
        if peek("\"") {
            position += 1
            var literal = ""
            while position < scalars.count, scalars[position] != "\"" {
                if scalars[position] == "\\", position + 1 < scalars.count { position += 1 }
                literal.unicodeScalars.append(scalars[position])
                position += 1
            }
            guard position < scalars.count else { throw PatternSyntaxError(offset: start, reason: "unterminated literal") }
            position += 1
            guard !literal.isEmpty, !literal.contains(" ") else {
                throw PatternSyntaxError(offset: start, reason: "a literal is one non-empty token")
            }
            return (.literal(Array(literal.utf8)), nil)
        }
        if peek("@") {
            position += 1
            let name = readWhile(Self.isNameCharacter)
            guard let phraseClass = PhraseClass(name: Substring(name)) else {
                throw PatternSyntaxError(offset: start, reason: "unknown class '@\(name)'")
            }
            return (.inClass(phraseClass), phraseClass)
        }
        let name = readWhile(Self.isNameCharacter)
        guard let shape = ShapeName(rawValue: name) else {
            let known = ShapeName.allCases.map(\.rawValue).joined(separator: ", ")
            throw PatternSyntaxError(offset: start, reason: name.isEmpty
                ? "expected a shape, a \"literal\" or an @class"
                : "unknown shape '\(name)' (expected one of: \(known))")
        }
        return (.shape(shape), nil)
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar == "-"
    }

    private func peek(_ scalar: Unicode.Scalar) -> Bool { position < scalars.count && scalars[position] == scalar }

    private func nextIsSpaceOrEnd(after count: Int) -> Bool {
        position + count == scalars.count || scalars[position + count] == " "
    }

    private mutating func readWhile(_ predicate: (Unicode.Scalar) -> Bool) -> String {
        var text = ""
        while position < scalars.count, predicate(scalars[position]) {
            text.unicodeScalars.append(scalars[position])
            position += 1
        }
        return text
    }

    private func fail(_ reason: String) -> PatternSyntaxError { PatternSyntaxError(offset: position, reason: reason) }
}
