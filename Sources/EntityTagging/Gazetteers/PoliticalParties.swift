extension BuiltinGazetteers {
    static let politicalParties = #"""
# Political parties, movements and armed political groups, with their common short forms.
# Purpose: ORG evidence for the entity tagger; party members and adjectives are MISC (CoNLL-2003
# practice: "Democratic Party" ORG, "Democrats" / "Republican" MISC as members or adjectives).
# Source: hand-written from general knowledge (facts only).
# Left out: bare "Labour", "Conservatives", "Liberals", "Greens", "Democratic", "Liberal" where the word
# alone is ambiguous between party (ORG), members (MISC) and ordinary use; "Labour" is kept as ORG since
# capitalised it names the British or Australian party. "Tory" / "Tories" are MISC (members/adjective).
# Format: CLASS<TAB>phrase
#
# --- United States ---
ORG	Democratic Party
ORG	Republican Party
ORG	GOP
ORG	Democratic National Committee
ORG	DNC
ORG	Republican National Committee
ORG	RNC
ORG	Libertarian Party
ORG	Green Party
ORG	Reform Party
ORG	Tea Party
MISC	Democrat
MISC	Democrats
MISC	Republican
MISC	Republicans
# --- United Kingdom and Ireland ---
ORG	Conservative Party
ORG	Labour Party
ORG	Labour
ORG	New Labour
ORG	Liberal Democrats
ORG	Lib Dems
ORG	Scottish National Party
ORG	SNP
ORG	Plaid Cymru
ORG	UK Independence Party
ORG	UKIP
ORG	Reform UK
ORG	Brexit Party
ORG	Democratic Unionist Party
ORG	DUP
ORG	Ulster Unionist Party
ORG	UUP
ORG	Sinn Fein
ORG	Sinn Féin
ORG	Social Democratic and Labour Party
ORG	SDLP
ORG	Alliance Party
ORG	Irish Republican Army
ORG	IRA
ORG	Provisional IRA
ORG	Real IRA
ORG	Ulster Volunteer Force
ORG	UVF
ORG	Ulster Defence Association
ORG	UDA
ORG	Fianna Fail
ORG	Fianna Fáil
ORG	Fine Gael
ORG	Tory Party
MISC	Tory
MISC	Tories
MISC	Unionist
MISC	Unionists
MISC	Loyalist
MISC	Loyalists
# --- Japan ---
ORG	Liberal Democratic Party
ORG	LDP
ORG	Komeito
ORG	New Komeito
ORG	Constitutional Democratic Party of Japan
ORG	CDPJ
ORG	Democratic Party of Japan
ORG	DPJ
ORG	Democratic Party for the People
ORG	Japan Innovation Party
ORG	Nippon Ishin no Kai
ORG	Japanese Communist Party
ORG	Japan Communist Party
ORG	JCP
ORG	Social Democratic Party
ORG	Social Democratic Party of Japan
ORG	New Frontier Party
ORG	Shinshinto
ORG	Sakigake
ORG	New Party Sakigake
ORG	Sanseito
ORG	Reiwa Shinsengumi
# --- China, Koreas, Taiwan, Hong Kong ---
ORG	Chinese Communist Party
ORG	Communist Party of China
ORG	CCP
ORG	CPC
ORG	Kuomintang
ORG	KMT
ORG	Democratic Progressive Party
ORG	DPP
ORG	Taiwan People's Party
ORG	New Power Party
ORG	Workers' Party of Korea
ORG	Korean Workers' Party
ORG	Democratic Party of Korea
ORG	People Power Party
ORG	Saenuri Party
ORG	Grand National Party
ORG	Democratic Party of Hong Kong
ORG	DAB
# --- Europe ---
ORG	Christian Democratic Union
ORG	CDU
ORG	Christian Social Union
ORG	CSU
ORG	Social Democratic Party of Germany
ORG	SPD
ORG	Free Democratic Party
ORG	FDP
ORG	Alternative for Germany
ORG	AfD
ORG	Die Linke
ORG	Left Party
ORG	Bündnis 90/Die Grünen
ORG	Party of Democratic Socialism
ORG	PDS
ORG	Socialist Party
ORG	French Socialist Party
ORG	Rally for the Republic
ORG	RPR
ORG	Union for French Democracy
ORG	UDF
ORG	Union for a Popular Movement
ORG	UMP
ORG	The Republicans
ORG	National Front
ORG	National Rally
ORG	Rassemblement National
ORG	La Republique en Marche
ORG	La République En Marche
ORG	En Marche
ORG	Renaissance Party
ORG	La France Insoumise
ORG	Forza Italia
ORG	Brothers of Italy
ORG	Fratelli d'Italia
ORG	Northern League
ORG	Lega
ORG	Lega Nord
ORG	Five Star Movement
ORG	Democratic Party of the Left
ORG	PDS-Left
ORG	Christian Democrats
ORG	National Alliance
ORG	Olive Tree
ORG	Party of Communist Refoundation
ORG	Popular Party
ORG	Partido Popular
ORG	Spanish Socialist Workers' Party
ORG	PSOE
ORG	Podemos
ORG	Vox Party
ORG	Ciudadanos
ORG	Basque Nationalist Party
ORG	PNV
ORG	ETA
ORG	Herri Batasuna
ORG	Convergence and Union
ORG	Portuguese Socialist Party
ORG	Social Democratic Party of Portugal
ORG	PASOK
ORG	New Democracy
ORG	Syriza
ORG	Golden Dawn
ORG	Freedom Party
ORG	Austrian Freedom Party
ORG	FPO
ORG	FPÖ
ORG	Austrian People's Party
ORG	OVP
ORG	ÖVP
ORG	Swiss People's Party
ORG	SVP
ORG	People's Party for Freedom and Democracy
ORG	VVD
ORG	Christian Democratic Appeal
ORG	CDA
ORG	Labour Party of the Netherlands
ORG	PvdA
ORG	Party for Freedom
ORG	PVV
ORG	D66
ORG	Vlaams Blok
ORG	Vlaams Belang
ORG	Sweden Democrats
ORG	Moderate Party
ORG	Danish People's Party
ORG	Progress Party
ORG	Finns Party
ORG	True Finns
ORG	Law and Justice
ORG	PiS
ORG	Civic Platform
ORG	Solidarnosc
ORG	Fidesz
ORG	Jobbik
ORG	Civic Democratic Party
ORG	ODS
ORG	ANO
ORG	Smer
ORG	Communist Party of the Russian Federation
ORG	Russian Communist Party
ORG	United Russia
ORG	Our Home is Russia
ORG	Yabloko
ORG	Liberal Democratic Party of Russia
ORG	LDPR
ORG	Party of Regions
ORG	Servant of the People
ORG	Serbian Socialist Party
ORG	Socialist Party of Serbia
ORG	Serbian Radical Party
ORG	Serbian Progressive Party
ORG	Serbian Democratic Party
ORG	SDS
ORG	Party of Democratic Action
ORG	SDA
ORG	Croatian Democratic Union
ORG	HDZ
ORG	Democratic League of Kosovo
ORG	Kosovo Liberation Army
ORG	KLA
ORG	UCK
ORG	Justice and Development Party
ORG	AKP
ORG	AK Party
ORG	Republican People's Party
ORG	CHP
ORG	Nationalist Movement Party
ORG	MHP
ORG	Welfare Party
ORG	Refah
ORG	True Path Party
ORG	Motherland Party
ORG	Kurdistan Workers Party
ORG	Kurdistan Workers' Party
ORG	PKK
ORG	HDP
# --- Middle East and Africa ---
ORG	Likud
ORG	Labor Party
ORG	Israeli Labor Party
ORG	Kadima
ORG	Yesh Atid
ORG	Shas
ORG	Meretz
ORG	Fatah
ORG	Hamas
ORG	Islamic Jihad
ORG	Palestinian Islamic Jihad
ORG	Hezbollah
ORG	Hizbollah
ORG	Muslim Brotherhood
ORG	Baath Party
ORG	Ba'ath Party
ORG	Islamic State
ORG	ISIS
ORG	ISIL
ORG	Daesh
ORG	al-Qaeda
ORG	al Qaeda
ORG	Al-Qaeda
ORG	Al Qaeda
ORG	al-Qaida
ORG	Taliban
ORG	Houthis
ORG	Houthi
ORG	Ansarullah
ORG	al-Shabaab
ORG	Al-Shabaab
ORG	Boko Haram
ORG	Armed Islamic Group
ORG	GIA
ORG	Islamic Salvation Front
ORG	FIS
ORG	Polisario
ORG	Polisario Front
ORG	African National Congress
ORG	ANC
ORG	Inkatha
ORG	Inkatha Freedom Party
ORG	IFP
ORG	Democratic Alliance
ORG	Economic Freedom Fighters
ORG	National Party
ORG	ZANU-PF
ORG	Zanu-PF
ORG	Movement for Democratic Change
ORG	MDC
ORG	SWAPO
ORG	Frelimo
ORG	Renamo
ORG	MPLA
ORG	UNITA
ORG	Unita
ORG	Sudan People's Liberation Army
ORG	SPLA
ORG	Sudan People's Liberation Movement
ORG	SPLM
ORG	Rwandan Patriotic Front
ORG	RPF
ORG	Interahamwe
ORG	Tigray People's Liberation Front
ORG	TPLF
ORG	Kenya African National Union
ORG	KANU
ORG	All Progressives Congress
ORG	Peoples Democratic Party
# --- South and Southeast Asia, Oceania ---
ORG	Bharatiya Janata Party
ORG	BJP
ORG	Indian National Congress
ORG	Congress Party
ORG	Aam Aadmi Party
ORG	Shiv Sena
ORG	Janata Dal
ORG	Communist Party of India
ORG	Communist Party of India (Marxist)
ORG	Pakistan Muslim League
ORG	PML-N
ORG	Pakistan Peoples Party
ORG	Pakistan People's Party
ORG	PPP
ORG	Pakistan Tehreek-e-Insaf
ORG	Awami League
ORG	Bangladesh Nationalist Party
ORG	BNP
ORG	Jamaat-e-Islami
ORG	Liberation Tigers of Tamil Eelam
ORG	LTTE
ORG	Tamil Tigers
ORG	United National Party
ORG	Sri Lanka Freedom Party
ORG	Nepali Congress
ORG	National League for Democracy
ORG	NLD
ORG	Union Solidarity and Development Party
ORG	USDP
ORG	Khmer Rouge
ORG	Cambodian People's Party
ORG	CPP
ORG	Funcinpec
ORG	Communist Party of Vietnam
ORG	Vietnamese Communist Party
ORG	Pheu Thai
ORG	Democrat Party
ORG	Thai Rak Thai
ORG	Move Forward Party
ORG	People's Action Party
ORG	PAP
ORG	Workers' Party
ORG	United Malays National Organisation
ORG	UMNO
ORG	Barisan Nasional
ORG	Pakatan Harapan
ORG	Golkar
ORG	PDI-P
ORG	Gerindra
ORG	Moro Islamic Liberation Front
ORG	MILF
ORG	Moro National Liberation Front
ORG	MNLF
ORG	Abu Sayyaf
ORG	New People's Army
ORG	NPA
ORG	Australian Labor Party
ORG	Liberal Party
ORG	Liberal Party of Australia
ORG	National Party of Australia
ORG	New Zealand Labour Party
ORG	New Zealand National Party
ORG	New Zealand First
# --- Americas ---
ORG	Liberal Party of Canada
ORG	Conservative Party of Canada
ORG	Progressive Conservative Party
ORG	New Democratic Party
ORG	NDP
ORG	Bloc Quebecois
ORG	Bloc Québécois
ORG	Parti Quebecois
ORG	Parti Québécois
ORG	Reform Party of Canada
ORG	Institutional Revolutionary Party
ORG	PRI
ORG	National Action Party
ORG	Party of the Democratic Revolution
ORG	PRD
ORG	Morena
ORG	Zapatista National Liberation Army
ORG	EZLN
ORG	Zapatistas
ORG	Workers' Party of Brazil
ORG	Partido dos Trabalhadores
ORG	Brazilian Social Democracy Party
ORG	PSDB
ORG	Peronist Party
ORG	Justicialist Party
ORG	Radical Civic Union
ORG	Revolutionary Armed Forces of Colombia
ORG	FARC
ORG	National Liberation Army
ORG	ELN
ORG	Shining Path
ORG	Tupac Amaru Revolutionary Movement
ORG	MRTA
ORG	Sandinistas
ORG	Sandinista National Liberation Front
ORG	FSLN
ORG	FMLN
ORG	United Socialist Party of Venezuela
ORG	Communist Party of Cuba
ORG	Cuban Communist Party
MISC	Peronist
MISC	Peronists
MISC	Sandinista
MISC	Gaullist
MISC	Gaullists
MISC	Marxist
MISC	Marxists
MISC	Marxism
MISC	Leninist
MISC	Marxist-Leninist
MISC	Maoist
MISC	Maoists
MISC	Stalinist
MISC	Thatcherite
MISC	Bolshevik
MISC	Bolsheviks
MISC	Nazi
MISC	Nazis
MISC	Fascist
MISC	Zapatista
MISC	Chavista
"""#
}
