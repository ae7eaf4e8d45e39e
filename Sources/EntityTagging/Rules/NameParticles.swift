extension BuiltinRules {
    static let nameParticles = #"""
# Name particles: lower-case words that may stand between the capitalised words of one name
# ("Bank of Japan", "Ludwig van Beethoven", "Osama bin Laden", "Charles de Gaulle").
# The name guesser lets a run of capitalised words continue across one of these when a capitalised word
# follows. Source: written by hand from general knowledge of European and Arabic naming.
# Format: CLASS<TAB>phrase
#
name-particle	of
name-particle	de
name-particle	del
name-particle	della
name-particle	di
name-particle	da
name-particle	do
name-particle	dos
name-particle	du
name-particle	des
name-particle	la
name-particle	le
name-particle	van
name-particle	von
name-particle	der
name-particle	den
name-particle	ter
name-particle	bin
name-particle	ibn
name-particle	al
name-particle	el
"""#
}
