extension BuiltinRules {
    /// Abbreviations of newswire text (style `ptb`, the CoNLL-2003 Reuters convention).
    static let newswireAbbreviations = #"""
# Newswire abbreviations kept whole with their final period in style ptb.
# Source: the U.S. state abbreviations of the AP Stylebook (a fact list), as printed in Reuters copy
# (CoNLL-2003). States whose abbreviation is also a common word at a sentence end are left out:
# "Ill.", "Ind.", "Miss.", "Wash.", "Mass." ("Mass." is kept: in newswire it is nearly always the state).

[abbreviations]
Ala.
Ariz.
Ark.
Calif.
Colo.
Conn.
Del.
Fla.
Ga.
Kan.
Kans.
Ky.
La.
Md.
Mass.
Mich.
Minn.
Mo.
Mont.
Neb.
Nev.
Okla.
Ore.
Pa.
Tenn.
Tex.
Va.
Vt.
Wis.
Wyo.
"""#
}
