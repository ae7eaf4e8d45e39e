/// Step 2 of the algorithm: recognising a chunk (or what is left of it) that is one token as it stands.
extension TokenScanner {
    /// The longest URL, address or other whole token recognised, in bytes. Longer stretches are split
    /// by the general steps; the bound keeps hostile input (a megabyte without a space) linear.
    static let longestWholeToken = 2048
    /// The longest abbreviation, initial or acronym recognised, in bytes.
    static let longestAbbreviation = 32

    /// Whether `[low, high)` is one token: a listed emoticon or clitic, a URL, an e-mail address, an
    /// @handle or #tag, an abbreviation, initial or dotted acronym, a year like `'90s`, or (style `ud`)
    /// a phone number or slashed date.
    func isWholeToken(_ low: Int, _ high: Int) -> Bool {
        guard high - low <= Self.longestWholeToken else { return false }
        if tables.rules.emoticons.contains(bytes, low, high) { return true }
        let first = bytes[low]
        let last = bytes[high - 1]
        if last == UInt8(ascii: ".") {
            return isAbbreviation(low, high) || isNumberAbbreviation(low, high) || isListMarker(low, high)
        }
        if first == UInt8(ascii: "@") || first == UInt8(ascii: "#") { return isHandleOrTag(low, high) }
        if first == UInt8(ascii: "'") || first == 0xE2 {
            if isClitic(low, high) || isApostropheYear(low, high) { return true }
        }
        var slashOrAt: (slash: Bool, at: Bool) = (false, false)
        for index in low..<high {
            if bytes[index] == UInt8(ascii: "/") { slashOrAt.slash = true }
            if bytes[index] == UInt8(ascii: "@") { slashOrAt.at = true }
        }
        return (slashOrAt.slash && isURL(low, high)) || (slashOrAt.at && isEmailAddress(low, high))
            || (ASCII.lowercased(first) == UInt8(ascii: "w") && isURL(low, high))
    }

    /// Whether a period ending `[low, high)` belongs to the word before it: the word after the last
    /// hyphen or slash is an abbreviation (`Japan-U.S.`), or a number abbreviation precedes a number.
    func keepsFinalPeriod(_ low: Int, _ high: Int) -> Bool {
        var segment = high - 1
        let limit = max(low, high - Self.longestAbbreviation)
        while segment > limit && bytes[segment - 1] != UInt8(ascii: "-") && bytes[segment - 1] != UInt8(ascii: "/") {
            segment -= 1
        }
        if segment > low && bytes[segment - 1] != UInt8(ascii: "-") && bytes[segment - 1] != UInt8(ascii: "/") {
            return false  // the word is longer than any abbreviation
        }
        return isAbbreviation(segment, high) || isNumberAbbreviation(segment, high) || isListMarker(segment, high)
    }

    /// Whether `[low, high)` is a list number at the start of a line: one to three digits and a period
    /// with nothing but spaces or tabs before them on their line (`1. Michael Schumacher`).
    func isListMarker(_ low: Int, _ high: Int) -> Bool {
        guard high - low >= 2 && high - low <= 4,
            (low..<high - 1).allSatisfy({ table[Int(bytes[$0])] == ASCII.digit })
        else { return false }
        var before = low
        while before > 0 && (bytes[before - 1] == UInt8(ascii: " ") || bytes[before - 1] == UInt8(ascii: "\t")) {
            before -= 1
        }
        return before == 0 || bytes[before - 1] == UInt8(ascii: "\n") || bytes[before - 1] == UInt8(ascii: "\r")
    }

    /// Whether `[low, high)`, ending in a period, is a listed abbreviation (`Dr.`), an initial (`E.`)
    /// or a dotted acronym (`U.S.`, `a.m.`, `Ph.D.`: one- or two-letter parts, at least one of one letter).
    func isAbbreviation(_ low: Int, _ high: Int) -> Bool {
        let length = high - low
        guard length >= 2 && length <= Self.longestAbbreviation else { return false }
        let (scalar, scalarLength) = bytes.scalar(at: low)
        if scalarLength + 1 == length { return scalar.properties.isUppercase }
        var parts = 0
        var singleLetterPart = false
        var partLength = 0
        for index in low..<high {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard partLength > 0 && partLength <= 2 else { parts = 0; break }
                parts += 1
                singleLetterPart = singleLetterPart || partLength == 1
                partLength = 0
            } else if table[Int(byte)] & ASCII.letter != 0 {
                partLength += 1
            } else {
                parts = 0
                break
            }
        }
        if parts >= 2 && singleLetterPart { return true }
        if tables.rules.abbreviations.contains(bytes, low, high) { return true }
        // The capitals of a listed abbreviation (`LTD.`, `ST.` for `Ltd.`, `St.`).
        return (low..<high - 1).allSatisfy({ table[Int(bytes[$0])] == ASCII.upper })
            && tables.rules.capitalisedAbbreviations.contains(bytes, low, high)
    }

    /// Whether `[low, high)` is an abbreviation kept whole before numbers and a digit follows it.
    func isNumberAbbreviation(_ low: Int, _ high: Int) -> Bool {
        guard tables.rules.numberAbbreviations.contains(bytes, low, high) else { return false }
        var next = high
        while next < bytes.count && table[Int(bytes[next])] == ASCII.space { next += 1 }
        return next < bytes.count && table[Int(bytes[next])] == ASCII.digit
    }

    /// `@handle` or `#tag`: the sign, a letter (or `_` for handles), then letters, digits or `_`; a
    /// handle may also be a masked address's domain (`@paulhastings.com`), with inner periods. `@10`
    /// (*at ten*) and `#1` are not.
    private func isHandleOrTag(_ low: Int, _ high: Int) -> Bool {
        guard high - low >= 2 else { return false }
        let isHandle = bytes[low] == UInt8(ascii: "@")
        guard table[Int(bytes[low + 1])] & (isHandle ? ASCII.letter | ASCII.underscore : ASCII.letter) != 0,
            table[Int(bytes[high - 1])] & ASCII.word != 0
        else { return false }
        return (low + 1..<high).allSatisfy {
            table[Int(bytes[$0])] & ASCII.word != 0
                || (isHandle && bytes[$0] == UInt8(ascii: ".") && bytes[$0 - 1] != UInt8(ascii: "."))
        }
    }

    /// Whether `[low, high)` is a listed clitic standing alone (`'s` in `Japan 's`).
    private func isClitic(_ low: Int, _ high: Int) -> Bool {
        tables.rules.clitics.contains { cliticStart($0, low, high) == low }
    }

    /// `'90s`, `’70`: an apostrophe, two digits and an optional `s`.
    private func isApostropheYear(_ low: Int, _ high: Int) -> Bool {
        var index = low
        if bytes[index] == UInt8(ascii: "'") {
            index += 1
        } else if high - low >= 3 && bytes[low + 1] == 0x80 && bytes[low + 2] == 0x99 {
            index += 3
        } else {
            return false
        }
        let rest = high - index
        guard rest == 2 || (rest == 3 && bytes[high - 1] == UInt8(ascii: "s")) else { return false }
        return table[Int(bytes[index])] == ASCII.digit && table[Int(bytes[index + 1])] == ASCII.digit
    }

    /// A URL: a scheme (`http://`, `https://`, `ftp://`, `mailto:`) or `www.`, or a host whose last
    /// label is a listed domain suffix followed by a path (`google.com/search`). It must not end in
    /// punctuation other than `/`, so that trailing punctuation is peeled first.
    private func isURL(_ low: Int, _ high: Int) -> Bool {
        guard high - low >= 5 else { return false }
        let last = bytes[high - 1]
        if last == UInt8(ascii: ")") {
            // A closing parenthesis belongs to the URL only when it closes one of the URL's own: `A_(b)`.
            var depth = 0
            for index in low..<high {
                if bytes[index] == UInt8(ascii: "(") { depth += 1 }
                if bytes[index] == UInt8(ascii: ")") { depth -= 1 }
                if depth < 0 { return false }
            }
        } else if table[Int(last)] & ASCII.word == 0 && last != UInt8(ascii: "/") {
            return false
        }
        switch ASCII.lowercased(bytes[low]) {
        case UInt8(ascii: "h"), UInt8(ascii: "f"), UInt8(ascii: "m"), UInt8(ascii: "w"):
            for scheme in Self.urlSchemes where hasPrefix(scheme, low, high) { return high - low > scheme.count }
        default: break
        }
        // A bare host and path: labels of letters, digits and hyphens, then a slash.
        guard let slash = (low..<high).first(where: { bytes[$0] == UInt8(ascii: "/") }), slash > low else { return false }
        guard let dot = (low..<slash).last(where: { bytes[$0] == UInt8(ascii: ".") }), dot > low else { return false }
        let hostOK = (low..<slash).allSatisfy {
            table[Int(bytes[$0])] & ASCII.alphanumeric != 0 || bytes[$0] == UInt8(ascii: ".") || bytes[$0] == UInt8(ascii: "-")
        }
        return hostOK && tables.rules.domainSuffixes.contains(bytes, dot + 1, slash)
    }

    /// An e-mail address: a local part of letters, digits and `._%+-'` (masked ones like `jo...@x.com`
    /// included), `@`, and a domain of letters, digits, `.` and `-` ending in a letter or digit.
    private func isEmailAddress(_ low: Int, _ high: Int) -> Bool {
        guard let at = (low..<high).first(where: { bytes[$0] == UInt8(ascii: "@") }), at > low, at + 1 < high else {
            return false
        }
        let localOK = (low..<at).allSatisfy { index in
            let byte = bytes[index]
            return table[Int(byte)] & ASCII.word != 0 || "._%+-'".utf8.contains(byte)
        }
        let domainOK = (at + 1..<high).allSatisfy { index in
            let byte = bytes[index]
            return table[Int(byte)] & ASCII.word != 0 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }
        return localOK && domainOK && table[Int(bytes[at + 1])] & ASCII.alphanumeric != 0
            && table[Int(bytes[high - 1])] & ASCII.alphanumeric != 0
    }

    /// The beginnings that make a URL, in lower case.
    private static let urlSchemes: [[UInt8]] = ["http://", "https://", "ftp://", "mailto:", "www."].map { Array($0.utf8) }

    /// Whether `[low, high)` starts with a lower-case ASCII prefix, compared case-insensitively.
    private func hasPrefix(_ prefix: [UInt8], _ low: Int, _ high: Int) -> Bool {
        guard high - low >= prefix.count else { return false }
        return prefix.indices.allSatisfy { ASCII.lowercased(bytes[low + $0]) == prefix[$0] }
    }
}
