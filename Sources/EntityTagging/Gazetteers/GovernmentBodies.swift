extension BuiltinGazetteers {
    static let governmentBodies = #"""
# Government bodies: legislatures, ministries and departments, agencies, central banks, courts, armed
# forces and security services of countries often in international news.
# Purpose: ORG evidence for the entity tagger. The tagger's organisation-head rule ("X Ministry",
# "Ministry of X", "X Agency") covers the many bodies not listed here.
# Source: hand-written from general knowledge (facts only).
# Notes on CoNLL-2003 practice: buildings that stand for the government are places and stay LOC
# ("White House", "Kremlin", "Downing Street", "Elysee", "Capitol Hill" - see the LOC block at the end);
# bodies named for their building but acting as organisations ("Pentagon", "Quai d'Orsay" is left out)
# are ORG. Bare generic words ("Congress" is kept: capitalised it is the US legislature; "Parliament",
# "Senate", "Cabinet", "Government" are left out as they name many bodies and start sentences).
# Names holding commas ("Ministry of Economy, Trade and Industry") are written as they appear in text.
# Format: CLASS<TAB>phrase
#
# --- United States ---
ORG	Congress
ORG	U.S. Congress
ORG	US Congress
ORG	U.S. Senate
ORG	US Senate
ORG	House of Representatives
ORG	U.S. House of Representatives
ORG	Senate Foreign Relations Committee
ORG	Senate Armed Services Committee
ORG	House Armed Services Committee
ORG	House Foreign Affairs Committee
ORG	House Intelligence Committee
ORG	Senate Intelligence Committee
ORG	Senate Judiciary Committee
ORG	House Judiciary Committee
ORG	House Ways and Means Committee
ORG	Ways and Means Committee
ORG	Senate Finance Committee
ORG	Supreme Court
ORG	U.S. Supreme Court
ORG	US Supreme Court
ORG	State Department
ORG	U.S. State Department
ORG	US State Department
ORG	Department of State
ORG	Defense Department
ORG	Department of Defense
ORG	Pentagon
ORG	Treasury
ORG	Treasury Department
ORG	U.S. Treasury
ORG	Department of the Treasury
ORG	Justice Department
ORG	Department of Justice
ORG	Commerce Department
ORG	Department of Commerce
ORG	Labor Department
ORG	Department of Labor
ORG	Agriculture Department
ORG	Department of Agriculture
ORG	USDA
ORG	Energy Department
ORG	Department of Energy
ORG	Department of Homeland Security
ORG	Homeland Security
ORG	DHS
ORG	Interior Department
ORG	Department of the Interior
ORG	Transportation Department
ORG	Department of Transportation
ORG	Education Department
ORG	Department of Education
ORG	Department of Health and Human Services
ORG	Health and Human Services
ORG	HHS
ORG	Department of Housing and Urban Development
ORG	HUD
ORG	Department of Veterans Affairs
ORG	Veterans Affairs
ORG	Office of Management and Budget
ORG	OMB
ORG	National Security Council
ORG	NSC
ORG	Office of the U.S. Trade Representative
ORG	USTR
ORG	Federal Reserve
# "Fed" capitalised is the Federal Reserve in news ("fed up" is lower case).
ORG	Fed
ORG	Federal Reserve Board
ORG	Federal Open Market Committee
ORG	FOMC
ORG	New York Fed
ORG	Central Intelligence Agency
ORG	CIA
ORG	Federal Bureau of Investigation
ORG	FBI
ORG	National Security Agency
ORG	NSA
ORG	Defense Intelligence Agency
ORG	Office of the Director of National Intelligence
ORG	Drug Enforcement Administration
ORG	DEA
ORG	Bureau of Alcohol, Tobacco, Firearms and Explosives
ORG	ATF
ORG	Secret Service
ORG	U.S. Secret Service
ORG	Immigration and Naturalization Service
ORG	INS
ORG	Immigration and Customs Enforcement
ORG	ICE
ORG	Customs and Border Protection
ORG	CBP
ORG	Border Patrol
ORG	Coast Guard
ORG	U.S. Coast Guard
ORG	Internal Revenue Service
ORG	IRS
ORG	Securities and Exchange Commission
ORG	SEC
ORG	Commodity Futures Trading Commission
ORG	CFTC
ORG	Federal Trade Commission
ORG	FTC
ORG	Federal Communications Commission
ORG	FCC
ORG	Federal Deposit Insurance Corporation
ORG	FDIC
ORG	Consumer Financial Protection Bureau
ORG	Food and Drug Administration
ORG	FDA
ORG	Centers for Disease Control and Prevention
ORG	CDC
ORG	National Institutes of Health
ORG	NIH
ORG	Environmental Protection Agency
ORG	EPA
ORG	Federal Aviation Administration
ORG	FAA
ORG	National Transportation Safety Board
ORG	NTSB
ORG	Federal Emergency Management Agency
ORG	FEMA
ORG	Nuclear Regulatory Commission
ORG	NRC
ORG	National Aeronautics and Space Administration
ORG	NASA
ORG	National Oceanic and Atmospheric Administration
ORG	NOAA
ORG	National Weather Service
ORG	National Hurricane Center
ORG	U.S. Geological Survey
ORG	USGS
ORG	Census Bureau
ORG	Bureau of Labor Statistics
ORG	Bureau of Economic Analysis
ORG	Congressional Budget Office
ORG	CBO
ORG	Government Accountability Office
ORG	General Accounting Office
ORG	GAO
ORG	Library of Congress
ORG	Smithsonian
ORG	Smithsonian Institution
ORG	U.S. Postal Service
ORG	Postal Service
ORG	USPS
ORG	Social Security Administration
ORG	Small Business Administration
ORG	Export-Import Bank
ORG	Ex-Im Bank
ORG	USAID
ORG	U.S. Agency for International Development
ORG	Peace Corps
ORG	Joint Chiefs of Staff
ORG	Joint Chiefs
ORG	U.S. Army
ORG	US Army
ORG	U.S. Navy
ORG	US Navy
ORG	U.S. Air Force
ORG	US Air Force
ORG	U.S. Marine Corps
ORG	Marine Corps
ORG	U.S. Space Force
ORG	Space Force
ORG	National Guard
ORG	U.S. Forces Japan
ORG	U.S. Forces Korea
ORG	USFK
ORG	Indo-Pacific Command
ORG	U.S. Indo-Pacific Command
ORG	Pacific Command
ORG	Central Command
ORG	U.S. Central Command
ORG	CENTCOM
ORG	Seventh Fleet
ORG	7th Fleet
ORG	Sixth Fleet
ORG	Fifth Fleet
ORG	U.S. Cyber Command
ORG	Cyber Command
ORG	Strategic Command
ORG	NORAD
ORG	Cybersecurity and Infrastructure Security Agency
ORG	CISA
# --- Japan ---
# "Diet" capitalised is Japan's parliament in news about Japan; "diet" the word is lower case.
ORG	Diet
ORG	National Diet
ORG	House of Councillors
ORG	Upper House
ORG	Lower House
ORG	Cabinet Office
ORG	Cabinet Secretariat
ORG	Prime Minister's Office
ORG	Kantei
ORG	Ministry of Foreign Affairs
ORG	Foreign Ministry
ORG	Japanese Foreign Ministry
ORG	Ministry of Defense
ORG	Defense Ministry
ORG	Ministry of Finance
ORG	Finance Ministry
ORG	MOF
ORG	Ministry of Economy, Trade and Industry
ORG	METI
ORG	Ministry of International Trade and Industry
ORG	MITI
ORG	Ministry of Internal Affairs and Communications
ORG	Ministry of Land, Infrastructure, Transport and Tourism
ORG	Ministry of Health, Labor and Welfare
ORG	Health Ministry
ORG	Ministry of Education, Culture, Sports, Science and Technology
ORG	Education Ministry
ORG	Ministry of Justice
ORG	Justice Ministry
ORG	Ministry of Agriculture, Forestry and Fisheries
ORG	Farm Ministry
ORG	Ministry of the Environment
ORG	Environment Ministry
ORG	Reconstruction Agency
ORG	Digital Agency
ORG	Japan Coast Guard
ORG	National Police Agency
ORG	Tokyo Metropolitan Police Department
ORG	Metropolitan Police Department
ORG	Public Security Intelligence Agency
ORG	National Center of Incident Readiness and Strategy for Cybersecurity
ORG	NISC
ORG	Bank of Japan
ORG	BOJ
ORG	BoJ
ORG	Financial Services Agency
ORG	FSA
ORG	Japan Fair Trade Commission
ORG	Fair Trade Commission
ORG	Nuclear Regulation Authority
ORG	Japan Meteorological Agency
ORG	Meteorological Agency
ORG	Japan Aerospace Exploration Agency
ORG	JAXA
ORG	Japan International Cooperation Agency
ORG	JICA
ORG	Japan External Trade Organization
ORG	JETRO
ORG	Japan Bank for International Cooperation
ORG	JBIC
ORG	Self-Defense Forces
ORG	SDF
ORG	Ground Self-Defense Force
ORG	GSDF
ORG	Maritime Self-Defense Force
ORG	MSDF
ORG	Air Self-Defense Force
ORG	ASDF
ORG	Imperial Household Agency
ORG	Tokyo Metropolitan Government
ORG	Tokyo District Court
ORG	Tokyo High Court
# --- United Kingdom ---
ORG	House of Commons
ORG	House of Lords
ORG	Foreign Office
ORG	Foreign and Commonwealth Office
ORG	Foreign, Commonwealth and Development Office
ORG	Home Office
ORG	Ministry of Defence
ORG	MoD
ORG	HM Treasury
ORG	Bank of England
ORG	BoE
ORG	Financial Conduct Authority
ORG	FCA
ORG	Financial Services Authority
ORG	Serious Fraud Office
ORG	SFO
ORG	Office for National Statistics
ORG	ONS
ORG	Competition and Markets Authority
ORG	CMA
ORG	National Health Service
ORG	NHS
ORG	MI5
ORG	MI6
ORG	Secret Intelligence Service
ORG	GCHQ
ORG	Scotland Yard
ORG	Metropolitan Police
ORG	Crown Prosecution Service
ORG	Royal Navy
ORG	Royal Air Force
ORG	RAF
ORG	British Army
ORG	Royal Marines
ORG	Scottish Parliament
ORG	Welsh Assembly
ORG	Senedd
ORG	Northern Ireland Assembly
ORG	Stormont
ORG	Dail
ORG	Dáil
ORG	Garda
ORG	Gardai
ORG	Central Bank of Ireland
# --- China, Koreas, Taiwan ---
ORG	National People's Congress
ORG	NPC
ORG	State Council
ORG	Politburo
ORG	Politburo Standing Committee
ORG	Central Committee
ORG	Central Military Commission
ORG	People's Liberation Army
ORG	PLA
ORG	PLA Navy
ORG	People's Armed Police
ORG	Ministry of State Security
ORG	Ministry of Public Security
ORG	Ministry of Commerce
ORG	MOFCOM
ORG	People's Bank of China
ORG	PBOC
ORG	PBoC
ORG	China Securities Regulatory Commission
ORG	CSRC
ORG	National Development and Reform Commission
ORG	NDRC
ORG	Cyberspace Administration of China
ORG	China National Space Administration
ORG	Taiwan Affairs Office
ORG	Hong Kong Monetary Authority
ORG	HKMA
ORG	Legislative Council
ORG	LegCo
ORG	Legco
ORG	Legislative Yuan
ORG	Executive Yuan
ORG	Mainland Affairs Council
ORG	Central Bank of the Republic of China
ORG	National Assembly
ORG	Blue House
ORG	Bank of Korea
ORG	BOK
ORG	National Intelligence Service
ORG	Ministry of Unification
ORG	Unification Ministry
ORG	Supreme People's Assembly
ORG	Korean People's Army
ORG	KPA
ORG	Korean Workers' Party Central Committee
# --- Europe (national) ---
ORG	Bundestag
ORG	Bundesrat
ORG	Bundesbank
ORG	Bundeswehr
ORG	Constitutional Court
ORG	Federal Constitutional Court
ORG	Chancellery
ORG	BND
ORG	Assemblee Nationale
ORG	Assemblée Nationale
ORG	French National Assembly
ORG	Banque de France
ORG	Bank of France
ORG	Bank of Italy
ORG	Banca d'Italia
ORG	Bank of Spain
ORG	Banco de Espana
ORG	Banco de España
ORG	De Nederlandsche Bank
ORG	Swiss National Bank
ORG	SNB
ORG	Riksbank
ORG	Norges Bank
ORG	Danmarks Nationalbank
ORG	Bank of Finland
ORG	National Bank of Poland
ORG	Czech National Bank
ORG	National Bank of Hungary
ORG	Central Bank of Russia
ORG	Bank of Russia
ORG	Cortes
ORG	Folketing
ORG	Storting
ORG	Riksdag
ORG	Knesset
ORG	Sejm
ORG	Verkhovna Rada
ORG	Rada
ORG	State Duma
ORG	Duma
ORG	Federation Council
ORG	FSB
ORG	Federal Security Service
ORG	KGB
ORG	GRU
ORG	SVR
ORG	Roscosmos
ORG	Rosatom
ORG	Interior Ministry
# --- Other countries ---
ORG	Lok Sabha
ORG	Rajya Sabha
ORG	Reserve Bank of India
ORG	RBI
ORG	Securities and Exchange Board of India
ORG	SEBI
ORG	Indian Space Research Organisation
ORG	ISRO
ORG	Inter-Services Intelligence
ORG	ISI
ORG	State Bank of Pakistan
ORG	Reserve Bank of Australia
ORG	RBA
ORG	Australian Securities and Investments Commission
ORG	ASIC
ORG	Reserve Bank of New Zealand
ORG	RBNZ
ORG	Bank of Canada
ORG	Royal Canadian Mounted Police
ORG	RCMP
ORG	Bank of Thailand
ORG	Bank Indonesia
ORG	Bank Negara Malaysia
ORG	Bank Negara
ORG	Monetary Authority of Singapore
ORG	Bangko Sentral ng Pilipinas
ORG	State Bank of Vietnam
ORG	Central Bank of Brazil
ORG	Banco Central do Brasil
ORG	Bank of Mexico
ORG	Banxico
ORG	Central Bank of Argentina
ORG	South African Reserve Bank
ORG	SARB
ORG	Central Bank of Nigeria
ORG	Central Bank of Egypt
ORG	Central Bank of Turkey
ORG	Bank of Israel
ORG	Saudi Arabian Monetary Agency
ORG	SAMA
ORG	Central Bank of Iran
ORG	Islamic Revolutionary Guard Corps
ORG	Revolutionary Guards
ORG	IRGC
ORG	Guardian Council
ORG	Assembly of Experts
ORG	Majlis
ORG	Israel Defense Forces
ORG	IDF
ORG	Mossad
ORG	Shin Bet
ORG	Palestinian Authority
ORG	Palestinian National Authority
ORG	Palestine Liberation Organization
ORG	Palestine Liberation Organisation
ORG	PLO
# --- Buildings and streets standing for governments: LOC in CoNLL-2003 practice ---
LOC	White House
LOC	Kremlin
LOC	Downing Street
LOC	10 Downing Street
LOC	Whitehall
LOC	Elysee
LOC	Elysee Palace
LOC	Élysée
LOC	Capitol Hill
LOC	Capitol
LOC	Foggy Bottom
LOC	Zhongnanhai
LOC	Kasumigaseki
LOC	Nagatacho
LOC	Vatican Palace
LOC	Quirinale
LOC	Oval Office
"""#
}
