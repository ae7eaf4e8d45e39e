/// The built-in English gazetteer lists, compiled into the binary as plain text.
///
/// Each list lives in its own file (`Countries.swift`, `WorldCities.swift`, …) as a raw string literal
/// of `CLASS<TAB>phrase` lines after a `#` comment header giving the list's purpose, source and licence.
/// `CLASS` is an entity label (`PER`, `LOC`, `ORG`, `MISC`, as in CoNLL-2003) or a cue class
/// (`given-name`: evidence for PER; `title`: a person's title or role, a trigger that is never part of the
/// entity). Phrases are case-sensitive and written as they appear in running text, words separated by
/// single spaces; the all-caps variant used in headlines and datelines is derived by the tagger, not listed.
/// The lists are parsed at start-up by the same parser that reads users' `--gazetteer` files, so they obey
/// the same rules: no duplicate phrase within a list, no stray whitespace, and a phrase carries at most one
/// entity label across all lists (the few cross-list overlaps are cue classes, commented where they occur).
/// `name` is the list's name in error messages and listings; `text` its content.
enum BuiltinGazetteers {
    static let all: [(name: String, text: String)] = [
        ("companies", companies),
        ("countries", countries),
        ("events", events),
        ("givenNames", givenNames),
        ("governmentBodies", governmentBodies),
        ("internationalOrganisations", internationalOrganisations),
        ("landforms", landforms),
        ("languages", languages),
        ("nationalities", nationalities),
        ("newsMedia", newsMedia),
        ("personTitles", personTitles),
        ("politicalParties", politicalParties),
        ("regions", regions),
        ("religions", religions),
        ("sportsClubs", sportsClubs),
        ("usStates", usStates),
        ("waterBodies", waterBodies),
        ("worldCities", worldCities),
    ]
}
