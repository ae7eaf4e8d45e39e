extension BuiltinRules {
    static let eventHeads = #"""
# Event heads: the last word of the name of a sports competition, prize, war or festival. The pattern
# rules label capitalised words followed by one of these as MISC ("World Cup", "U.S. Open", "Davis Cup",
# "Gulf War"), as CoNLL-2003 practice labels events.
# Source: written by hand from general knowledge of English event names. Not taken from any annotated corpus.
# Format: CLASS<TAB>phrase
#
event-head	Cup
event-head	Open
event-head	Championship
event-head	Championships
event-head	Games
event-head	Olympics
event-head	Grand Prix
event-head	Trophy
event-head	Series
event-head	Classic
event-head	Masters
event-head	Marathon
event-head	Derby
event-head	Stakes
event-head	Bowl
event-head	Rally
event-head	Prize
event-head	Award
event-head	Awards
event-head	Festival
event-head	War
event-head	Crisis
event-head	Summit
event-head	Conference
event-head	Accord
event-head	Accords
event-head	Treaty
"""#
}
