extension BuiltinRules {
    static let locationHeads = #"""
# Location heads: the last word of a place's name. The pattern rules label capitalised words followed by
# one of these as LOC ("Senkaku Islands", "Okinawa Prefecture", "East China Sea"), and one of these
# followed by "of" and a name ("Gulf of Mexico", "Strait of Hormuz").
# Source: written by hand from general knowledge of English geographic and facility names.
# Not taken from any annotated corpus.
# Format: CLASS<TAB>phrase
#
# --- Water ---
loc-head	Sea
loc-head	Ocean
loc-head	Bay
loc-head	Gulf
loc-head	Strait
loc-head	Straits
loc-head	Channel
loc-head	River
loc-head	Lake
loc-head	Canal
loc-head	Falls
# --- Land ---
loc-head	Island
loc-head	Islands
loc-head	Isles
loc-head	Peninsula
loc-head	Mountains
loc-head	Mountain
loc-head	Mount
loc-head	Hills
loc-head	Valley
loc-head	Desert
loc-head	Plateau
loc-head	Coast
loc-head	Heights
loc-head	Strip
loc-head	Basin
# --- Administrative divisions ---
loc-head	Prefecture
loc-head	Province
loc-head	County
loc-head	District
loc-head	Region
loc-head	Territory
loc-head	Territories
loc-head	State
loc-head	City
loc-head	Town
loc-head	Village
loc-head	Township
# --- Facilities and streets (LOC in CoNLL-2003 practice) ---
loc-head	Airport
loc-head	Stadium
loc-head	Park
loc-head	Square
loc-head	Street
loc-head	Avenue
loc-head	Road
loc-head	Bridge
loc-head	Palace
loc-head	Base
loc-head	Station
"""#
}
