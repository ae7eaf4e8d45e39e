extension BuiltinRules {
    static let patternRules = #"""
# The built-in pattern rules. Format (see docs/entity-tagger.md): NAME<TAB>PRIORITY<TAB>PATTERN, where the
# pattern's [LABEL …] groups become entities and everything outside them is context.
# Source: written by hand after the CoNLL-2003 annotation guidelines and general news style; no rule names
# a particular entity.
#
# --- Persons: a title or role is the trigger, never part of the name ---
# "Defense Minister Takeshi Iwaya", "President Donald Trump", "leader Kim Jong Un", "Mr. Lee"
title-name	80	@title [PER Name&!@common&!@title&!@org-head+]
# "spokesman Lex van Drooge": a particle other than "of" between two names
title-name-particle	81	@title [PER Name&!@common&!@title&!@org-head+ @name-particle&!"of" Name&!@common&!@title&!@org-head+]
# Capitalised words before a title belong to the title: "Defense Minister", "Agriculture Secretary".
title-modifier	70	[O Cap&!@common&!@LOC&!@MISC&!@ORG&!@PER&!@given-name+ @title]
# A given name and capitalised words: "Phil Simmons", "George W. Bush", "Kim Jong Un"
# ("Lex van Drooge", "Osama bin Laden": a particle other than "of" may stand inside)
given-name	60	[PER @given-name Name&!@common&!@title&!@org-head&!@loc-head|@name-particle&!"of"* Name&!@common&!@title&!@org-head&!@loc-head]
# A listed person's name followed by more capitalised words: "Paul" + "Peschisolido"
person-extension	58	[PER @PER Name&!@common&!@title&!@org-head&!@loc-head+]
# A capitalised word before a listed person's name: "Dean" + "Jones", "Billie" + "Jean King"
person-before-listed	57	[PER Cap&!@common&!@title&!@org-head&!@loc-head&!@event-head&!@LOC&!@ORG&!@MISC @PER]
# Initials and a surname: "J. Smith", "P.J. Smith"
initials-name	55	[PER Initial&!@common+ Cap&!@common]
#
# --- Organisations: a head word at the end, or a head word with "of" ---
# "Fuji Bank", "Kyodo News", "Tokyo Stock Exchange", "Bear Stearns & Co Inc"; a nationality before the
# name stays apart ("German Foreign Ministry": MISC, then ORG).
org-head	60	[ORG Name&!@common&!@title&!@MISC Name&!@common&!@title|"&"* @org-head+]
# "Bank of Japan", "University of Tokyo", "Ministry of Defence", "National Bank of Greece"
org-of	62	[ORG Name&!@common&!@title* @org-head "of" "the"? Name&!@common+]
# "Manchester United Football Club" and the like end on a head too; "F.C. Porto" starts with one.
org-head-first	58	[ORG "FC"|"F.C."|"AC"|"A.C."|"SC"|"CF"|"Real"|"Sporting" Cap&!@common+]
#
# --- Locations: a head word at the end, or a head word with "of" ---
# "Senkaku Islands", "Okinawa Prefecture", "East China Sea", "Narita Airport"
loc-head	60	[LOC Name&!@common&!@title+ @loc-head]
# A facility named after its kind: "Marine Corps Air Station Futenma", "Narita Airport Terminal"
loc-head-name	61	[LOC Name&!@common&!@title* @loc-head Cap&!@common&!@title&!@LOC&!@ORG&!@loc-head&!@org-head]
# "Gulf of Mexico", "Strait of Hormuz", "Sea of Japan"
loc-of	62	[LOC @loc-head "of" "the"? Name&!@common+]
# "Mount Fuji", "Lake Victoria", "Cape Town", "Fort Worth"
loc-prefix	58	[LOC "Mount"|"Mt."|"Lake"|"Cape"|"Fort"|"Port"|"Saint"|"St." Cap&!@common+]
#
# --- Places after a preposition of place: a listed place stays LOC even where a user's list says club ---
# "At Portsmouth : Middlesex beat Hampshire", "a campsite in Groningen"
place-after-preposition	72	"in"|"In"|"at"|"At"|"near"|"Near"|"outside" [LOC @LOC&!@PER]
#
# --- Places named by their kind: "the Kurdish town of Arbil", "the village of Layron" ---
kind-of-place	64	"city"|"town"|"village"|"province"|"region"|"district"|"port"|"capital"|"island"|"state" "of" [LOC Cap&!@common+]
#
# --- Events: a head word at the end ---
# "World Cup", "U.S. Open", "Greater Milwaukee Open", "Gulf War"
event-head	60	[MISC Name&!@common&!@title+ @event-head]
#
# --- Titles of works in quotation marks: "Sleeping Bread", "The Crying Game" (two words or more) ---
quoted-title	45	"\"" [MISC Name Name|@name-particle|"the"|"a"|"and"* Name] "\""
#
# --- Datelines: a city in capitals opens the first sentence of a story ---
# "WASHINGTON (Kyodo) --", "TOKYO (Reuters) -"
dateline-agency	90	^ [LOC Upper+] "(" [ORG Name+] ")" "--"|"-"
# "LONDON 1996-08-30" (a dateline line on its own, as in Reuters archives)
dateline-date	90	^ [LOC Upper+] Number $
# "MILWAUKEE , Wisconsin 1996-08-31", "CHISINAU , Moldova 1996-08-31"
dateline-region	90	^ [LOC Upper+] "," [LOC Name+] Number $
#
# --- Sports results and tables ---
# A place followed by a score or a table's numbers is a club: "Oldham 3 Ipswich 3", "NEW YORK 59 76 .437".
# A country there is its national team, which CoNLL-2003 practice labels LOC ("England 2 Moldova 0").
# The priority is above users' gazetteer entries: a list compiled from news tables may call a city a LOC.
club-score	75	[ORG @LOC&!@country] Number
"""#
}
