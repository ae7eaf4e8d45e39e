/// One option a command accepts: its spellings, whether it takes a value, and its help line.
public struct OptionSpec: Sendable {
    /// How an option is given.
    public enum Kind: Sendable, Equatable {
        /// Present or absent (`--errors`).
        case flag
        /// Takes one value, at most once (`-o DIR`); the string names the value in help.
        case value(String)
        /// Takes one value each time and may be repeated (`--gazetteer FILE`).
        case repeatable(String)
    }

    /// The spellings, short first (`["-o", "--output"]`); the last one is the canonical name.
    public let names: [String]
    /// Flag, single value or repeatable value.
    public let kind: Kind
    /// One line of help (defaults and choices included).
    public let help: String

    /// Creates an option.
    public init(_ names: [String], _ kind: Kind = .flag, help: String) {
        precondition(!names.isEmpty && names.allSatisfy { $0.hasPrefix("-") }, "option names start with '-'")
        self.names = names
        self.kind = kind
        self.help = help
    }

    /// The name options are looked up by: the last (long) spelling.
    public var canonicalName: String { names[names.count - 1] }
}

/// What a command is called, what it accepts and how to explain it in `--help`.
public struct CommandSpec: Sendable {
    /// The words after `corpus` that select the command (`["annotate"]`, `["gazetteer", "build"]`).
    public let path: [String]
    /// One line saying what the command does.
    public let summary: String
    /// The arguments part of the usage line (`[PATH ...] [-o DIR]`).
    public let synopsis: String
    /// The options besides `--help` and `--version`.
    public let options: [OptionSpec]
    /// Further paragraphs for `--help` (examples, formats), or empty.
    public let discussion: String

    /// Creates a command description.
    public init(path: [String], summary: String, synopsis: String, options: [OptionSpec], discussion: String = "") {
        self.path = path
        self.summary = summary
        self.synopsis = synopsis
        self.options = options
        self.discussion = discussion
    }

    /// `corpus annotate`, `corpus gazetteer build`, …
    public var fullName: String { (["corpus"] + path).joined(separator: " ") }

    /// The text `--help` prints.
    public var helpText: String {
        var lines = ["OVERVIEW: \(summary)", "", "USAGE: \(fullName) \(synopsis)", "", "OPTIONS:"]
        let all = options + [
            OptionSpec(["-h", "--help"], help: "Show this help and exit."),
            OptionSpec(["--version"], help: "Show the version and exit."),
        ]
        let labels = all.map { option -> String in
            switch option.kind {
            case .flag: return option.names.joined(separator: ", ")
            case .value(let name), .repeatable(let name): return option.names.joined(separator: ", ") + " " + name
            }
        }
        let width = min((labels.map(\.count).max() ?? 0) + 2, 30)
        for (label, option) in zip(labels, all) {
            let padded = label.count < width ? label + String(repeating: " ", count: width - label.count) : label + "  "
            lines.append("  " + padded + option.help)
        }
        if !discussion.isEmpty { lines += ["", discussion] }
        return lines.joined(separator: "\n") + "\n"
    }
}
