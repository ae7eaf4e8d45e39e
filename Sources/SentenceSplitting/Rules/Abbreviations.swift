extension BuiltinRules {
    /// Abbreviations grouped by how they behave at a sentence end (rule text, parsed at start-up).
    static let abbreviations = #"""
# Sentence-splitter abbreviations, grouped by how they behave at a sentence end.
# Format: ENTRY<TAB>CLASS[<TAB># comment]; entries are matched exactly as written (case matters).
# Source: compiled for CorpusKit from general English usage (news, e-mail, web text); the grouping follows
# the idea of Stanford CoreNLP's WordToSentenceProcessor and syntok's segmenter (facts, no code copied).
# Not listed because the splitter recognises them by shape: initials (`E.`) and dotted acronyms
# (`U.S.`, `U.N.`, `D.C.`, `Ph.D.`), which end a sentence only before a sentence starter.

# never-final: titles and forms that always have more to come; a following word never starts a sentence.
Mr.	never-final
Mrs.	never-final
Ms.	never-final
Messrs.	never-final
Mmes.	never-final
Dr.	never-final	# also "Drive" in addresses, which rarely ends a sentence
Drs.	never-final
Prof.	never-final
Profs.	never-final
Rev.	never-final
Hon.	never-final
Msgr.	never-final
Gen.	never-final
Lt.	never-final
Col.	never-final
Maj.	never-final
Capt.	never-final
Cmdr.	never-final
Adm.	never-final
Sgt.	never-final
Cpl.	never-final
Pvt.	never-final
Brig.	never-final
Gov.	never-final
Sen.	never-final
Sens.	never-final
Rep.	never-final
Reps.	never-final
Pres.	never-final
Supt.	never-final
Det.	never-final
Insp.	never-final
Atty.	never-final
Amb.	never-final
Mt.	never-final	# Mount: "Mt. Fuji"
Ft.	never-final	# Fort: "Ft. Worth"; the unit is lower-case "ft."
e.g.	never-final
E.g.	never-final
i.e.	never-final
I.e.	never-final
vs.	never-final
Vs.	never-final
v.	never-final	# versus, as in "Roe v. Wade"; an upper-case "V." is an initial
viz.	never-final
cf.	never-final
P.S.	never-final	# postscript: "P.S. I am moving", a dotted acronym that never ends a sentence
PS.	never-final
Cf.	never-final

# final-before-starter: often stand before a number or a capitalised name ("Sep. 30", "No. 1",
# "Fig. 3", "St. Louis"); they end a sentence only when a sentence starter follows ("in Sep. The").
No.	final-before-starter	# number; lower-case "no." is the word "no" and is not listed
Nos.	final-before-starter
Vol.	final-before-starter
Vols.	final-before-starter
Fig.	final-before-starter
Figs.	final-before-starter
Eq.	final-before-starter
Eqs.	final-before-starter
Sec.	final-before-starter
Ch.	final-before-starter
Chap.	final-before-starter
Art.	final-before-starter
Para.	final-before-starter
Ref.	final-before-starter
p.	final-before-starter	# page: "p. 5"
pp.	final-before-starter	# pages: "pp. 5-7"
approx.	final-before-starter
ca.	final-before-starter	# circa: "ca. 1900"
al.	final-before-starter	# "et al."
Jan.	final-before-starter
Feb.	final-before-starter
Mar.	final-before-starter
Apr.	final-before-starter
Jun.	final-before-starter
Jul.	final-before-starter
Aug.	final-before-starter
Sep.	final-before-starter
Sept.	final-before-starter
Oct.	final-before-starter
Nov.	final-before-starter
Dec.	final-before-starter
Mon.	final-before-starter
Tue.	final-before-starter
Tues.	final-before-starter
Wed.	final-before-starter
Thu.	final-before-starter
Thur.	final-before-starter
Thurs.	final-before-starter
Fri.	final-before-starter
Sat.	final-before-starter
Sun.	final-before-starter
St.	final-before-starter	# Saint ("St. Louis") or Street ("Main St. The")
Ave.	final-before-starter
Blvd.	final-before-starter
Rd.	final-before-starter
Co.	final-before-starter	# "Co. Ltd." must not split, so not final before any capital
Dept.	final-before-starter
Univ.	final-before-starter
Assn.	final-before-starter
Assoc.	final-before-starter
Intl.	final-before-starter
Natl.	final-before-starter
Govt.	final-before-starter
Fr.	final-before-starter	# Father ("Fr. Brown") or French
Mass.	final-before-starter	# Massachusetts; "Mass." may also be the word mass at a sentence end
Calif.	final-before-starter
Fla.	final-before-starter
Ill.	final-before-starter	# Illinois; "ill." at a sentence end is lower case
Conn.	final-before-starter
Wash.	final-before-starter
Ariz.	final-before-starter
Colo.	final-before-starter
Penn.	final-before-starter
Tenn.	final-before-starter
Va.	final-before-starter
Ga.	final-before-starter
Ky.	final-before-starter
La.	final-before-starter
Md.	final-before-starter
Mich.	final-before-starter
Minn.	final-before-starter
Mo.	final-before-starter
Nev.	final-before-starter
Okla.	final-before-starter
Ore.	final-before-starter
Tex.	final-before-starter
Wis.	final-before-starter

# final-before-capital: usually last in their phrase, so a capitalised word after them starts a sentence
# ("at 5 p.m. Police said"), while a lower-case word or a number continues ("Inc. said").
etc.	final-before-capital
Inc.	final-before-capital
Ltd.	final-before-capital
Corp.	final-before-capital
Bros.	final-before-capital
Jr.	final-before-capital
Sr.	final-before-capital
Esq.	final-before-capital
a.m.	final-before-capital	# dotted, but unlike acronyms it ends its phrase
p.m.	final-before-capital
A.M.	final-before-capital
P.M.	final-before-capital
ft.	final-before-capital
lbs.	final-before-capital
oz.	final-before-capital
hrs.	final-before-capital
mins.	final-before-capital
yrs.	final-before-capital
"""#
}
