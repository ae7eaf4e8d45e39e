extension BuiltinRules {
    /// Abbreviations kept whole with their period, in both styles. Initials (`E.`) and dotted acronyms
    /// (`U.S.`, `a.m.`, `Ph.D.`) need no entry: the tokenizer recognises their shape.
    static let abbreviations = #"""
# Abbreviations the tokenizer keeps whole with their final period.
# Source: common English abbreviations (titles, months, days, company forms, Latin), as in the
# abbreviation lists of the Penn Treebank tokenizer and Stanford CoreNLP's PTBLexer.
# Matching is case-sensitive: list each spelling in use. Entries that are also ordinary words at the
# end of a sentence (e.g. "Sun.", "Mar.") are still listed when the abbreviation is far more frequent in
# running text; "No." and the like are in the second section (kept whole only before a number).

[abbreviations]
# Titles and ranks.
Mr.
Mrs.
Ms.
Messrs.
Mmes.
Dr.
Drs.
Prof.
Sr.
Jr.
St.
Mt.
Ft.
Gen.
Gov.
Sen.
Rep.
Reps.
Rev.
Capt.
Lt.
Sgt.
Cpl.
Maj.
Cmdr.
Adm.
Pres.
Supt.
Hon.
Atty.
Insp.
# Company and organisation forms.
Inc.
Corp.
Co.
Cos.
Ltd.
Bros.
Assn.
Dept.
Univ.
Inst.
Plc.
Pty.
Mfg.
# Months (May, June and July are never abbreviated with a period; "Mar." and "Aug." are rare as words).
Jan.
Feb.
Mar.
Apr.
Jun.
Jul.
Aug.
Sep.
Sept.
Oct.
Nov.
Dec.
# Days.
Mon.
Tue.
Tues.
Wed.
Thu.
Thur.
Thurs.
Fri.
Sat.
# Places in addresses.
Ave.
Sts.
Blvd.
Rd.
Hwy.
Pl.
Sq.
# Latin and scholarly.
etc.
vs.
viz.
cf.
ca.
al.
approx.
esp.
est.
misc.
dept.
# "e.g." and "i.e." are dotted acronyms; these are the forms without inner periods or capitalised.
eg.
ie.
Vs.

[abbreviations-before-numbers]
# Kept whole only when a number follows ("No. 5", "p. 12", "ext. 3242"); elsewhere the period is a token.
No.
Nos.
no.
Vol.
vol.
p.
pp.
Fig.
fig.
Art.
Ch.
ch.
Sec.
sec.
ext.
Ext.
Tel.
tel.
Rm.
"""#
}
