extension BuiltinGazetteers {
    static let personTitles = #"""
# Person titles, honorifics, ranks and roles: triggers for PER that are never part of the entity
# ("Defense Minister Takeshi Iwaya" -> PER "Takeshi Iwaya"; "striker Alan Shearer" -> PER "Alan Shearer").
# Source: hand-written from general knowledge (facts only), in the forms news wires write them (AP and
# Reuters abbreviations such as "Sen.", "Gov.", "Lt. Gen." included).
# Titles that contain an entity are not listed ("U.S. Trade Representative", "EU Commissioner",
# "Chairman of the Joint Chiefs of Staff"): the entity is tagged and the rest of the title matched.
# Left out: "Major" (also a surname: John Major), "Private", "Count", "Father", "Sister", "Brother",
# "Whip", "Attorney" alone (common capitalised words at a sentence start), "Kaiser" (a surname).
# Kept although ambiguous: "King", "Prince", "Queen", "Duke" (also surnames, a band, a university): a
# given name in front ("Stephen King") or a longer listed name ("Duke University") wins.
# The last block lists lower-case roles and descriptions that news writes in front of names; they are
# triggers only and never make a lower-case word part of an entity.
# Format: CLASS<TAB>phrase
#
# --- Honorifics and academic titles ---
title	Mr
title	Mr.
title	Mrs
title	Mrs.
title	Ms
title	Ms.
title	Miss
title	Mx.
title	Messrs
title	Messrs.
title	Dr
title	Dr.
title	Prof
title	Prof.
title	Professor
title	Sir
title	Dame
title	Monsieur
title	Madame
title	Mme
title	Mme.
title	Herr
title	Frau
title	Senor
title	Señor
title	Senora
title	Señora
# --- Nobility, royalty and religion ---
title	Lord
title	Lady
title	Baroness
title	Baron
title	Countess
title	Duke
title	Duchess
title	Earl
title	Marquess
title	Viscount
title	Grand Duke
title	Grand Duchess
title	King
title	Queen
title	Queen Mother
title	Prince
title	Princess
title	Crown Prince
title	Crown Princess
title	Emperor
title	Empress
title	Emperor Emeritus
title	Sultan
title	Sheikh
title	Sheik
title	Emir
title	Amir
title	Shah
title	His Majesty
title	Her Majesty
title	His Highness
title	Her Highness
title	His Royal Highness
title	Her Royal Highness
title	His Holiness
title	His Excellency
title	Ayatollah
title	Grand Ayatollah
title	Imam
title	Mullah
title	Pope
title	Cardinal
title	Archbishop
title	Bishop
title	Rev
title	Rev.
title	Reverend
title	Fr.
title	Msgr.
title	Monsignor
title	Rabbi
title	Chief Rabbi
title	Pastor
title	Patriarch
title	Lama
# --- Heads of state and government, ministers ---
title	President
title	Vice President
title	Vice-President
title	President-elect
title	Former President
title	Acting President
title	Interim President
title	Prime Minister
title	Prime Minister-designate
title	Premier
title	Vice Premier
title	Deputy Premier
title	Deputy Prime Minister
title	Former Prime Minister
title	Chancellor
title	Vice Chancellor
title	Chief Minister
title	First Minister
title	Minister
title	Deputy Minister
title	State Minister
title	Vice Minister
title	Senior Vice Minister
title	Parliamentary Vice Minister
title	Foreign Minister
title	Defense Minister
title	Defence Minister
title	Finance Minister
title	Interior Minister
title	Home Minister
title	Home Affairs Minister
title	Trade Minister
title	Commerce Minister
title	Economy Minister
title	Economics Minister
title	Economy, Trade and Industry Minister
title	Industry Minister
title	Justice Minister
title	Health Minister
title	Health, Labor and Welfare Minister
title	Education Minister
title	Agriculture Minister
title	Farm Minister
title	Labour Minister
title	Labor Minister
title	Energy Minister
title	Oil Minister
title	Petroleum Minister
title	Environment Minister
title	Transport Minister
title	Land, Infrastructure and Transport Minister
title	Information Minister
title	Communications Minister
title	Internal Affairs and Communications Minister
title	Culture Minister
title	Sports Minister
title	Tourism Minister
title	Science Minister
title	Technology Minister
title	Digital Minister
title	Digital Transformation Minister
title	Reconstruction Minister
title	Economic Security Minister
title	Economic Revitalization Minister
title	Economic and Fiscal Policy Minister
title	Fiscal Policy Minister
title	Financial Services Minister
title	Planning Minister
title	Development Minister
title	Immigration Minister
title	Security Minister
title	Unification Minister
title	European Affairs Minister
title	Europe Minister
title	Chief Cabinet Secretary
title	Deputy Chief Cabinet Secretary
title	Cabinet Secretary
title	Secretary
title	Secretary of State
title	Secretary of Defense
title	Secretary of the Treasury
title	Secretary of Commerce
title	Secretary of Energy
title	Secretary of Labor
title	Secretary of Agriculture
title	Secretary of Transportation
title	Secretary of Education
title	Secretary of the Interior
title	Secretary of Homeland Security
title	Secretary of Health and Human Services
title	Secretary of Veterans Affairs
title	Defense Secretary
title	Defence Secretary
title	War Secretary
title	Treasury Secretary
title	Commerce Secretary
title	Energy Secretary
title	Labor Secretary
title	Agriculture Secretary
title	Transportation Secretary
title	Education Secretary
title	Health Secretary
title	Interior Secretary
title	Homeland Security Secretary
title	Home Secretary
title	Foreign Secretary
title	Business Secretary
title	Northern Ireland Secretary
title	Chancellor of the Exchequer
title	Attorney General
title	Attorney-General
title	Deputy Attorney General
title	Solicitor General
title	Deputy Secretary
title	Deputy Secretary of State
title	Under Secretary
title	Undersecretary
title	Assistant Secretary
title	Assistant Secretary of State
title	Permanent Secretary
title	Parliamentary Secretary
title	National Security Adviser
title	National Security Advisor
title	Trade Representative
title	Press Secretary
title	Chief of Staff
title	Ambassador
title	Envoy
title	Special Envoy
title	Special Representative
title	Consul
title	Consul General
title	Consul-General
title	High Commissioner
title	Commissioner
title	Secretary-General
title	Secretary General
title	Deputy Secretary-General
title	Director-General
title	Director General
title	Director
title	Managing Director
title	Executive Director
title	Deputy Director
# --- Legislators, local government, judiciary, police ---
title	Governor
title	Gov.
title	Lieutenant Governor
title	Lt. Gov.
title	Mayor
title	Deputy Mayor
title	Lord Mayor
title	Senator
title	Sen.
title	Sens.
title	Congressman
title	Congresswoman
title	Representative
title	Rep.
title	Reps.
title	Assemblyman
title	Assemblywoman
title	Councillor
title	Councilman
title	Councilwoman
title	Alderman
title	Lawmaker
title	Speaker
title	House Speaker
title	Deputy Speaker
title	Majority Leader
title	Minority Leader
title	Senate Majority Leader
title	Senate Minority Leader
title	House Majority Leader
title	House Minority Leader
title	Opposition Leader
title	Party Leader
title	Chief Whip
title	MP
title	MEP
title	Judge
title	Justice
title	Chief Justice
title	Associate Justice
title	Magistrate
title	Presiding Judge
title	Prosecutor
title	Public Prosecutor
title	Chief Prosecutor
title	Special Counsel
title	Special Prosecutor
title	District Attorney
title	Sheriff
title	Inspector
title	Chief Inspector
title	Superintendent
title	Chief Superintendent
title	Detective
title	Det.
title	Constable
title	Police Chief
title	Police Commissioner
# --- Military ranks ---
title	General
title	Gen.
title	Lieutenant General
title	Lt. Gen.
title	Lt.-Gen.
title	Major General
title	Maj. Gen.
title	Maj.-Gen.
title	Brigadier
title	Brigadier General
title	Brig. Gen.
title	Brig.
title	Admiral
title	Adm.
title	Vice Admiral
title	Vice Adm.
title	Rear Admiral
title	Rear Adm.
title	Colonel
title	Col.
title	Lieutenant Colonel
title	Lt. Col.
title	Lt.-Col.
title	Maj.
title	Captain
title	Capt.
title	Lieutenant
title	Lt.
title	Commander
title	Cmdr.
title	Cdr.
title	Lieutenant Commander
title	Lt. Cmdr.
title	Sergeant
title	Sgt.
title	Staff Sergeant
title	Staff Sgt.
title	Master Sgt.
title	Sgt. Maj.
title	Sergeant Major
title	Corporal
title	Cpl.
title	Lance Corporal
title	Lance Cpl.
title	Pvt.
title	Pte.
title	Spc.
title	Marshal
title	Field Marshal
title	Air Marshal
title	Air Chief Marshal
title	Air Vice Marshal
title	Commodore
title	Commandant
title	Commander-in-Chief
title	Supreme Commander
title	Supreme Leader
title	Chief of General Staff
title	Chief of the General Staff
title	Chief of Defence Staff
title	Army Chief of Staff
title	Chief of Naval Operations
# --- Business, sport, other roles (capitalised as titles) ---
title	Chairman
title	Chairwoman
title	Chairperson
title	Chair
title	Vice Chairman
title	Deputy Chairman
title	Chief Executive
title	Chief Executive Officer
title	CEO
title	Chief Operating Officer
title	COO
title	Chief Financial Officer
title	CFO
title	Chief Technology Officer
title	CTO
title	Chief Economist
title	Chief Strategist
title	President and CEO
title	Founder
title	Co-founder
title	Coach
title	Head Coach
title	Manager
title	Skipper
title	Referee
title	Umpire
# --- Lower-case roles written before names (triggers only) ---
title	president
title	vice president
title	prime minister
title	premier
title	minister
title	foreign minister
title	defense minister
title	defence minister
title	finance minister
title	secretary
title	secretary of state
title	spokesman
title	spokeswoman
title	spokesperson
title	chairman
title	chairwoman
title	chief executive
title	managing director
title	director
title	manager
title	coach
title	head coach
title	captain
title	skipper
title	striker
title	forward
title	midfielder
title	defender
title	goalkeeper
title	keeper
title	winger
title	playmaker
title	pitcher
title	catcher
title	shortstop
title	quarterback
title	running back
title	batsman
title	bowler
title	spinner
title	paceman
title	all-rounder
title	wicketkeeper
title	opener
title	jockey
title	trainer
title	driver
title	rider
title	cyclist
title	sprinter
title	swimmer
title	golfer
title	champion
title	world champion
title	defending champion
title	titleholder
title	top seed
title	second seed
title	seed
title	compatriot
title	teammate
title	team-mate
title	challenger
title	incumbent
title	veteran
title	rookie
title	leader
title	opposition leader
title	party leader
title	senator
title	governor
title	mayor
title	ambassador
title	envoy
title	judge
title	lawyer
title	attorney
title	prosecutor
title	analyst
title	economist
title	strategist
title	official
title	diplomat
title	negotiator
title	general
title	commander
title	colonel
title	police chief
title	detective
title	author
title	writer
title	novelist
title	poet
title	actor
title	actress
title	singer
title	songwriter
title	rapper
title	guitarist
title	film director
title	filmmaker
title	producer
title	artist
title	composer
title	conductor
title	architect
title	photographer
title	journalist
title	reporter
title	correspondent
title	editor
title	columnist
title	professor
title	scientist
title	researcher
title	astronaut
title	founder
title	co-founder
title	billionaire
title	tycoon
title	businessman
title	businesswoman
title	entrepreneur
title	investor
title	dissident
title	activist
title	rebel leader
title	warlord
title	cleric
title	archbishop
title	bishop
title	king
title	queen
title	prince
title	princess
title	emperor
title	empress
"""#
}
