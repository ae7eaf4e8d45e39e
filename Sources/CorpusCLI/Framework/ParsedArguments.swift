/// A command line parsed against a ``CommandSpec``: positionals and option values, with typed accessors
/// that turn a bad value into a usage error naming the option.
public struct ParsedArguments: Sendable {
    /// The spec the arguments were parsed against.
    public let spec: CommandSpec
    /// The arguments that are not options, in order (`-` stays a positional: it means standard input).
    public let positionals: [String]
    /// Values by canonical option name (flags hold one empty string per occurrence).
    private let values: [String: [String]]

    /// Parses `arguments` (the words after the command's path).
    ///
    /// Accepts `--name value`, `--name=value`, `-o value`; `--` ends the options.
    /// - Throws: A usage error for an unknown option, a missing value, or a repeated single option.
    public init(_ arguments: [String], spec: CommandSpec) throws(CLIError) {
        self.spec = spec
        var byName: [String: OptionSpec] = [:]
        for option in spec.options { for name in option.names { byName[name] = option } }
        var values: [String: [String]] = [:]
        var positionals: [String] = []
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                positionals.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            var name = word
            var inlineValue: String?
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            guard let option = byName[name] else {
                throw .usage("\(spec.fullName): error: unknown option '\(name)'\(Self.suggestion(for: name, in: spec))")
            }
            switch option.kind {
            case .flag:
                if inlineValue != nil { throw .usage("\(spec.fullName): error: option '\(name)' takes no value") }
                values[option.canonicalName, default: []].append("")
            case .value, .repeatable:
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw .usage("\(spec.fullName): error: option '\(name)' needs a value")
                }
                if case .value = option.kind, values[option.canonicalName] != nil {
                    throw .usage("\(spec.fullName): error: option '\(name)' given more than once")
                }
                values[option.canonicalName, default: []].append(value)
            }
        }
        self.values = values
        self.positionals = positionals
    }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { values[name] != nil }

    /// The value of a single-value option, if given.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeatable option, in order.
    public func values(_ name: String) -> [String] { values[name] ?? [] }

    /// The value of an option whose values are the raw values of an enumeration.
    /// - Throws: A usage error listing the allowed values.
    public func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws(CLIError) -> T?
    where T.RawValue == String {
        guard let raw = value(name) else { return nil }
        guard let parsed = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw .usage("\(spec.fullName): error: invalid value '\(raw)' for \(name) (expected one of: \(allowed))")
        }
        return parsed
    }

    /// The value of an option that takes a whole number within `range`.
    /// - Throws: A usage error naming the option and the range.
    public func integer(_ name: String, in range: ClosedRange<Int>) throws(CLIError) -> Int? {
        guard let raw = value(name) else { return nil }
        guard let number = Int(raw), range.contains(number) else {
            throw .usage("\(spec.fullName): error: \(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(raw)'")
        }
        return number
    }

    /// The value of an option that takes a number within `range`.
    /// - Throws: A usage error naming the option and the range.
    public func number(_ name: String, in range: ClosedRange<Double>) throws(CLIError) -> Double? {
        guard let raw = value(name) else { return nil }
        guard let number = Double(raw), range.contains(number) else {
            throw .usage("\(spec.fullName): error: \(name) takes a number from \(range.lowerBound) to \(range.upperBound), not '\(raw)'")
        }
        return number
    }

    /// A comma-separated list option (`--stages token,sentence`), each item one of an enumeration's raw values.
    /// - Throws: A usage error naming the bad item and listing the allowed ones.
    public func list<T: RawRepresentable & CaseIterable>(_ name: String, of type: T.Type) throws(CLIError) -> [T]?
    where T.RawValue == String {
        guard let raw = value(name) else { return nil }
        var items: [T] = []
        for part in raw.split(separator: ",", omittingEmptySubsequences: false) {
            guard let item = T(rawValue: String(part)) else {
                let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
                throw .usage("\(spec.fullName): error: invalid item '\(part)' in \(name) (expected a comma-separated list of: \(allowed))")
            }
            items.append(item)
        }
        return items
    }

    /// ` (did you mean '--output'?)` when an option is one edit or a prefix away from the unknown one.
    private static func suggestion(for name: String, in spec: CommandSpec) -> String {
        let candidates = spec.options.flatMap(\.names).filter { $0.hasPrefix("--") }
        let close = candidates.first { $0.hasPrefix(name) || name.hasPrefix($0) || editDistance($0, name) <= 2 }
        return close.map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance between two short ASCII words.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8)
        let b = Array(b.utf8)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
