extension BuiltinGazetteers {
    static let newsMedia = #"""
# News agencies, newspapers, magazines, broadcasters and news websites.
# Purpose: ORG evidence for the entity tagger (CoNLL-2003 practice: "Reuters", "Kyodo", "AP" are ORG,
# also in datelines such as "WASHINGTON (Kyodo) --"; "Nikkei" the newspaper is ORG, while the stock index
# "Nikkei" is MISC in some annotations - it is kept ORG here and the tagger's index rule may relabel it).
# Source: hand-written from general knowledge (facts only).
# Left out: bare "Times", "Post", "Herald", "Mirror", "Sun", "Express", "Independent", "Guardian",
# "Telegraph", "Mail", "Star" (common words or generic parts of many titles; the full names are listed),
# "Time" (the magazine; a common word), "Fortune"; titles that are common words, names or places
# (Nature, Focus, Stern, Dawn, Punch, Sky, Variety, Tempo, Petra, Sabah, Fars); all-caps agency codes that
# are English words (MAP, SPA, TAP, DR, UNI); "dpa" (lower case). "The Economist" is kept.
# Format: CLASS<TAB>phrase
#
# --- News agencies ---
ORG	Reuters
ORG	Thomson Reuters
ORG	Associated Press
ORG	AP
ORG	Agence France-Presse
ORG	Agence France Presse
ORG	AFP
ORG	United Press International
ORG	UPI
ORG	Bloomberg
ORG	Bloomberg News
ORG	Dow Jones
ORG	Dow Jones Newswires
ORG	Kyodo
ORG	Kyodo News
ORG	Jiji
ORG	Jiji Press
ORG	Xinhua
ORG	Xinhua News Agency
ORG	New China News Agency
ORG	China News Service
ORG	Yonhap
ORG	Yonhap News Agency
ORG	KCNA
ORG	Korean Central News Agency
ORG	Itar-Tass
ORG	ITAR-TASS
ORG	Tass
ORG	TASS
ORG	RIA Novosti
ORG	RIA
ORG	Interfax
ORG	Ukrinform
ORG	Anadolu
ORG	Anadolu Agency
ORG	Deutsche Presse-Agentur
ORG	DPA
ORG	ANSA
ORG	EFE
ORG	Europa Press
ORG	Belga
ORG	ANP
ORG	SDA
ORG	PAP
ORG	CTK
ORG	MTI
ORG	Tanjug
ORG	BTA
ORG	Rompres
ORG	HINA
ORG	Athens News Agency
ORG	ANA
ORG	Press Trust of India
ORG	PTI
ORG	United News of India
ORG	Antara
ORG	Bernama
ORG	Philippine News Agency
ORG	Vietnam News Agency
ORG	VNA
ORG	Central News Agency
ORG	CNA
ORG	AAP
ORG	Australian Associated Press
ORG	Canadian Press
ORG	MENA
ORG	Middle East News Agency
ORG	IRNA
ORG	Islamic Republic News Agency
ORG	Tasnim
ORG	ISNA
ORG	SANA
ORG	WAFA
ORG	KUNA
ORG	WAM
ORG	QNA
ORG	JANA
ORG	SAPA
ORG	PANA
ORG	Notimex
ORG	Prensa Latina
ORG	Telam
ORG	Agencia Estado
ORG	Agencia Brasil
# --- Newspapers: US ---
ORG	New York Times
ORG	The New York Times
ORG	Wall Street Journal
ORG	The Wall Street Journal
ORG	WSJ
ORG	Washington Post
ORG	The Washington Post
ORG	Los Angeles Times
ORG	LA Times
ORG	USA Today
ORG	Chicago Tribune
ORG	Boston Globe
ORG	San Francisco Chronicle
ORG	Miami Herald
ORG	Houston Chronicle
ORG	Dallas Morning News
ORG	Philadelphia Inquirer
ORG	New York Post
ORG	New York Daily News
ORG	Newsday
ORG	Washington Times
ORG	Christian Science Monitor
ORG	Journal of Commerce
ORG	Investor's Business Daily
ORG	Barron's
ORG	Politico
ORG	Axios
ORG	The Hill
ORG	Huffington Post
ORG	HuffPost
ORG	BuzzFeed
ORG	BuzzFeed News
ORG	Vox
ORG	Breitbart
ORG	Daily Beast
ORG	ProPublica
ORG	Newsweek
ORG	U.S. News & World Report
ORG	The Atlantic
ORG	The New Yorker
ORG	New Yorker
ORG	The New Republic
ORG	National Review
ORG	Foreign Affairs
ORG	Foreign Policy
ORG	Forbes
ORG	BusinessWeek
ORG	Bloomberg Businessweek
ORG	Rolling Stone
ORG	Vanity Fair
ORG	Sports Illustrated
ORG	National Geographic
ORG	Scientific American
ORG	The Hollywood Reporter
ORG	Hollywood Reporter
# --- Newspapers and magazines: UK and Ireland ---
ORG	Financial Times
ORG	The Financial Times
ORG	FT
ORG	The Times
ORG	Sunday Times
ORG	The Sunday Times
ORG	The Guardian
ORG	The Observer
ORG	The Independent
ORG	The Daily Telegraph
ORG	Daily Telegraph
ORG	Sunday Telegraph
ORG	Daily Mail
ORG	Mail on Sunday
ORG	Daily Mirror
ORG	Sunday Mirror
ORG	The Sun
ORG	Daily Express
ORG	Evening Standard
ORG	London Evening Standard
ORG	News of the World
ORG	The Economist
ORG	The Spectator
ORG	New Statesman
ORG	Private Eye
ORG	The Scotsman
ORG	The Herald
ORG	Irish Times
ORG	The Irish Times
ORG	Irish Independent
ORG	Belfast Telegraph
ORG	Lloyd's List
ORG	The Lancet
ORG	Lancet
ORG	BMJ
ORG	British Medical Journal
ORG	New England Journal of Medicine
ORG	Journal of the American Medical Association
ORG	JAMA
# --- Newspapers: Europe ---
ORG	Le Monde
ORG	Le Figaro
ORG	Liberation
ORG	Libération
ORG	Les Echos
ORG	Le Parisien
ORG	Paris Match
ORG	Frankfurter Allgemeine Zeitung
ORG	Frankfurter Allgemeine
ORG	FAZ
ORG	Sueddeutsche Zeitung
ORG	Süddeutsche Zeitung
ORG	Die Welt
ORG	Die Zeit
ORG	Der Spiegel
ORG	Spiegel
ORG	Handelsblatt
ORG	Bild
ORG	Bild Zeitung
ORG	Corriere della Sera
ORG	La Repubblica
ORG	La Stampa
ORG	Il Sole 24 Ore
ORG	El Pais
ORG	El País
ORG	El Mundo
ORG	ABC
ORG	La Vanguardia
ORG	NRC Handelsblad
ORG	De Telegraaf
ORG	De Volkskrant
ORG	Le Soir
ORG	De Standaard
ORG	Neue Zuercher Zeitung
ORG	Neue Zürcher Zeitung
ORG	NZZ
ORG	Der Standard
ORG	Die Presse
ORG	Kronen Zeitung
ORG	Dagens Nyheter
ORG	Svenska Dagbladet
ORG	Aftenposten
ORG	Helsingin Sanomat
ORG	Politiken
ORG	Jyllands-Posten
ORG	Kathimerini
ORG	Ta Nea
ORG	Hurriyet
ORG	Hürriyet
ORG	Milliyet
ORG	Cumhuriyet
ORG	Gazeta Wyborcza
ORG	Rzeczpospolita
ORG	Pravda
ORG	Izvestia
ORG	Kommersant
ORG	Vedomosti
ORG	Nezavisimaya Gazeta
ORG	Rossiiskaya Gazeta
ORG	Moscow Times
ORG	Kyiv Independent
ORG	Kyiv Post
# --- Newspapers: Asia-Pacific ---
ORG	Nikkei
ORG	Nihon Keizai Shimbun
ORG	Nikkei Asia
ORG	Nikkei Asian Review
ORG	Asahi
ORG	Asahi Shimbun
ORG	Yomiuri
ORG	Yomiuri Shimbun
ORG	Mainichi
ORG	Mainichi Shimbun
ORG	Sankei
ORG	Sankei Shimbun
ORG	Tokyo Shimbun
ORG	Japan Times
ORG	The Japan Times
ORG	Japan Today
ORG	NHK
ORG	Nippon Hoso Kyokai
ORG	TBS
ORG	Fuji TV
ORG	Fuji Television
ORG	TV Asahi
ORG	Nippon TV
ORG	People's Daily
ORG	China Daily
ORG	Global Times
ORG	Guangming Daily
ORG	Qiushi
ORG	Caixin
ORG	CCTV
ORG	China Central Television
ORG	CGTN
ORG	Phoenix TV
ORG	South China Morning Post
ORG	SCMP
ORG	Ming Pao
ORG	Apple Daily
ORG	Hong Kong Standard
ORG	Hong Kong Economic Journal
ORG	Taipei Times
ORG	China Times
ORG	United Daily News
ORG	Liberty Times
ORG	Chosun Ilbo
ORG	JoongAng Ilbo
ORG	Dong-A Ilbo
ORG	Korea Herald
ORG	Korea Times
ORG	Hankyoreh
ORG	Rodong Sinmun
ORG	Straits Times
ORG	The Straits Times
ORG	Business Times
ORG	New Straits Times
ORG	Utusan Malaysia
ORG	Bangkok Post
ORG	Jakarta Post
ORG	Kompas
ORG	Philippine Daily Inquirer
ORG	Manila Bulletin
ORG	Philippine Star
ORG	Times of India
ORG	The Times of India
ORG	Hindustan Times
ORG	The Hindu
ORG	Indian Express
ORG	Economic Times
ORG	Deccan Herald
ORG	Daily Star
ORG	Kathmandu Post
ORG	Sydney Morning Herald
ORG	The Australian
ORG	The Age
ORG	Australian Financial Review
ORG	New Zealand Herald
# --- Newspapers: Middle East, Africa, Americas ---
ORG	Haaretz
ORG	Jerusalem Post
ORG	Yedioth Ahronoth
ORG	Maariv
ORG	Times of Israel
ORG	Al-Ahram
ORG	Al Ahram
ORG	Al-Akhbar
ORG	Asharq Al-Awsat
ORG	Al-Hayat
ORG	Al Hayat
ORG	Arab News
ORG	Gulf News
ORG	Khaleej Times
ORG	Daily Nation
ORG	Mail & Guardian
ORG	Business Day
ORG	Vanguard
ORG	Clarin
ORG	Clarín
ORG	La Nacion
ORG	La Nación
ORG	Folha de S.Paulo
ORG	Folha de Sao Paulo
ORG	O Globo
ORG	O Estado de S. Paulo
ORG	Estado de S. Paulo
ORG	El Universal
ORG	Reforma
ORG	La Jornada
ORG	El Tiempo
ORG	El Mercurio
ORG	Granma
ORG	Globe and Mail
ORG	The Globe and Mail
ORG	Toronto Star
ORG	National Post
ORG	Maclean's
# --- Broadcasters and news websites ---
ORG	BBC
ORG	British Broadcasting Corporation
ORG	BBC News
ORG	BBC World Service
ORG	ITV
ORG	ITN
ORG	Channel 4
ORG	Channel 4 News
ORG	Sky News
ORG	CNN
ORG	Cable News Network
ORG	CNBC
ORG	MSNBC
ORG	NBC
ORG	NBC News
ORG	CBS
ORG	CBS News
ORG	ABC News
ORG	Fox News
ORG	Fox News Channel
ORG	Fox Business
ORG	PBS
ORG	NPR
ORG	National Public Radio
ORG	C-SPAN
ORG	Voice of America
ORG	VOA
ORG	Radio Free Europe
ORG	Radio Liberty
ORG	Radio Free Europe/Radio Liberty
ORG	RFE/RL
ORG	Radio Free Asia
ORG	RFA
ORG	CBC
ORG	Canadian Broadcasting Corporation
ORG	Radio-Canada
ORG	Australian Broadcasting Corporation
ORG	SBS
ORG	Al Jazeera
ORG	Al-Jazeera
ORG	Al Arabiya
ORG	Al-Arabiya
ORG	Al-Manar
ORG	Press TV
ORG	RT
ORG	Russia Today
ORG	Sputnik
ORG	Channel One
ORG	NTV
ORG	Deutsche Welle
ORG	DW
ORG	ARD
ORG	ZDF
ORG	France 24
ORG	France Televisions
ORG	Radio France Internationale
ORG	RFI
ORG	TF1
ORG	Euronews
ORG	RAI
ORG	RTVE
ORG	RTE
ORG	RTÉ
ORG	NOS
ORG	SVT
ORG	NRK
ORG	YLE
ORG	Yle
ORG	TVB
ORG	RTHK
ORG	Arirang
ORG	KBS
ORG	MBC
ORG	SBS News
ORG	Doordarshan
ORG	NDTV
ORG	Globo
ORG	TV Globo
ORG	Televisa
ORG	Telemundo
ORG	Univision
ORG	Associated Press Television News
ORG	APTN
ORG	Reuters Television
ORG	WTN
ORG	Agence Europe
ORG	Axel Springer
ORG	News Corp
ORG	News Corporation
ORG	Gannett
ORG	Tribune Co
ORG	Knight Ridder
ORG	McClatchy
ORG	Daily Mail and General Trust
ORG	Nikkei Inc.
ORG	Yahoo News
ORG	Google News
"""#
}
