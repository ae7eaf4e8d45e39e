extension BuiltinGazetteers {
    static let companies = #"""
# Large companies and groups, with their common short names, that international business news reports.
# Purpose: ORG evidence for the entity tagger (stock indices at the end are MISC). The tagger's
# organisation-head rule ("X Inc", "X Corp", "X Holdings") covers company names not listed here, so
# suffixed forms are listed only where the short name alone is ambiguous.
# Source: hand-written from general knowledge (facts only).
# Ambiguous entries kept on purpose (case-sensitive lookup; the company is the usual capitalised reading
# in news): Apple, Shell, Amazon (the river is listed only as "Amazon River"), Oracle, Olympus (the
# mountain is "Mount Olympus"), Ford and Honda (also surnames: a title or given-name rule in front wins),
# Nomura, Porsche, Ferrari, Bosch, Philips (surnames, but the firm dominates in business news),
# Emirates (the airline; the country is "United Arab Emirates" / "UAE").
# Left out bare: Target, Gap, Total, Orange, Next, Boots, Sharp, Continental, Visa, Hilton, Thomson,
# Suzuki, Kawasaki, Sapporo, Coke, Recruit, Sprint, Magna, Iberia, Kao, Hanson, Nielsen, Dangote (common
# words, surnames, regions or cities); the full forms are listed instead where useful.
# "Mercedes" is kept: the car maker dominates its given-name reading in news.
# Format: CLASS<TAB>phrase
#
# --- United States: technology and media ---
ORG	Apple
ORG	Apple Inc.
ORG	Microsoft
ORG	Google
ORG	Alphabet
ORG	Amazon
ORG	Amazon.com
ORG	Meta
ORG	Meta Platforms
ORG	Facebook
ORG	Instagram
ORG	WhatsApp
ORG	Twitter
ORG	Netflix
ORG	Tesla
ORG	SpaceX
ORG	Nvidia
ORG	NVIDIA
ORG	Intel
ORG	AMD
ORG	Advanced Micro Devices
ORG	IBM
ORG	International Business Machines
ORG	Oracle
ORG	Cisco
ORG	Cisco Systems
ORG	Hewlett-Packard
ORG	HP
ORG	Dell
ORG	Qualcomm
ORG	Broadcom
ORG	Texas Instruments
ORG	Micron
ORG	Micron Technology
ORG	Salesforce
ORG	Adobe
ORG	Uber
ORG	Lyft
ORG	Airbnb
ORG	PayPal
ORG	eBay
ORG	Yahoo
ORG	AOL
ORG	America Online
ORG	Netscape
ORG	Compaq
ORG	Motorola
ORG	Lucent
ORG	Lucent Technologies
ORG	Sun Microsystems
ORG	Novell
ORG	Xerox
ORG	Kodak
ORG	Eastman Kodak
ORG	OpenAI
ORG	Anthropic
ORG	Palantir
ORG	Zoom
ORG	AT&T
ORG	Verizon
ORG	Comcast
ORG	T-Mobile
ORG	MCI
ORG	WorldCom
ORG	Disney
ORG	Walt Disney
ORG	Walt Disney Co
ORG	Time Warner
ORG	Warner Bros
ORG	Warner Bros.
ORG	Viacom
ORG	Paramount
ORG	Universal Studios
ORG	20th Century Fox
ORG	Twentieth Century Fox
ORG	Sony Pictures
ORG	MGM
# --- United States: industry, consumer, energy, finance ---
ORG	General Electric
ORG	GE
ORG	General Motors
ORG	GM
ORG	Ford
ORG	Ford Motor
ORG	Ford Motor Co
ORG	Chrysler
ORG	Boeing
ORG	McDonnell Douglas
ORG	Lockheed
ORG	Lockheed Martin
ORG	Raytheon
ORG	Northrop Grumman
ORG	General Dynamics
ORG	Caterpillar
ORG	3M
ORG	Honeywell
ORG	United Technologies
ORG	DuPont
ORG	Dow Chemical
ORG	Monsanto
ORG	Exxon
ORG	ExxonMobil
ORG	Exxon Mobil
ORG	Mobil
ORG	Chevron
ORG	Texaco
ORG	ConocoPhillips
ORG	Halliburton
ORG	Enron
ORG	Coca-Cola
ORG	PepsiCo
ORG	Pepsi
ORG	McDonald's
ORG	Starbucks
ORG	KFC
ORG	Burger King
ORG	Walmart
ORG	Wal-Mart
ORG	Costco
ORG	Home Depot
ORG	Kroger
ORG	Sears
ORG	Kmart
ORG	Procter & Gamble
ORG	P&G
ORG	Johnson & Johnson
ORG	Pfizer
ORG	Merck
ORG	Moderna
ORG	Eli Lilly
ORG	Abbott Laboratories
ORG	AbbVie
ORG	Bristol-Myers Squibb
ORG	Amgen
ORG	Gilead
ORG	Gilead Sciences
ORG	Philip Morris
ORG	Altria
ORG	RJR Nabisco
ORG	Nike
ORG	Levi Strauss
ORG	Marriott
ORG	Hilton Hotels
ORG	UPS
ORG	United Parcel Service
ORG	FedEx
ORG	Federal Express
ORG	Delta Air Lines
ORG	United Airlines
ORG	American Airlines
ORG	Southwest Airlines
ORG	Continental Airlines
ORG	Northwest Airlines
ORG	TWA
ORG	Pan Am
ORG	Goldman Sachs
ORG	JPMorgan
ORG	JPMorgan Chase
ORG	J.P. Morgan
ORG	Morgan Stanley
ORG	Citigroup
ORG	Citibank
ORG	Citicorp
ORG	Bank of America
ORG	Wells Fargo
ORG	Merrill Lynch
ORG	Lehman Brothers
ORG	Bear Stearns
ORG	Salomon Brothers
ORG	Chase Manhattan
ORG	BlackRock
ORG	Vanguard Group
ORG	Fidelity Investments
ORG	Berkshire Hathaway
ORG	American Express
ORG	Visa Inc.
ORG	Mastercard
ORG	MasterCard
ORG	AIG
ORG	American International Group
ORG	Fannie Mae
ORG	Freddie Mac
ORG	Moody's
ORG	Moody's Investors Service
ORG	Standard & Poor's
ORG	S&P Global
ORG	Fitch
ORG	Fitch Ratings
# --- Japan ---
ORG	Toyota
ORG	Toyota Motor
ORG	Nissan
ORG	Honda
ORG	Honda Motor
ORG	Mazda
ORG	Subaru
ORG	Isuzu
ORG	Mitsubishi Motors
ORG	Suzuki Motor
ORG	Daihatsu
ORG	Yamaha
ORG	Sony
ORG	Panasonic
ORG	Matsushita
ORG	Matsushita Electric
ORG	Toshiba
ORG	Hitachi
ORG	Fujitsu
ORG	NEC
ORG	Sharp Corp
ORG	Canon Inc.
ORG	Nikon
ORG	Olympus
ORG	Ricoh
ORG	Konica Minolta
ORG	Kyocera
ORG	Murata
ORG	Keyence
ORG	Fanuc
ORG	Tokyo Electron
ORG	Renesas
ORG	Nintendo
ORG	Sega
ORG	Bandai Namco
ORG	Square Enix
ORG	SoftBank
ORG	SoftBank Group
ORG	Rakuten
ORG	NTT
ORG	Nippon Telegraph and Telephone
ORG	NTT Docomo
ORG	KDDI
ORG	Mitsubishi
ORG	Mitsubishi Corp
ORG	Mitsubishi Heavy Industries
ORG	Mitsubishi Electric
ORG	Mitsui
ORG	Mitsui & Co
ORG	Sumitomo
ORG	Itochu
ORG	Marubeni
ORG	Kawasaki Heavy Industries
ORG	IHI
ORG	Komatsu
ORG	Kubota
ORG	Bridgestone
ORG	Nippon Steel
ORG	JFE
ORG	Mitsubishi UFJ
ORG	MUFG
ORG	Mitsubishi UFJ Financial Group
ORG	Bank of Tokyo-Mitsubishi
ORG	Mizuho
ORG	Mizuho Financial Group
ORG	Sumitomo Mitsui
ORG	SMBC
ORG	Sumitomo Mitsui Banking Corp
ORG	Resona
ORG	Nomura
ORG	Nomura Securities
ORG	Nomura Holdings
ORG	Daiwa
ORG	Daiwa Securities
ORG	Nikko
ORG	Yamaichi
ORG	Yamaichi Securities
ORG	Japan Post
ORG	Japan Post Holdings
ORG	Japan Airlines
ORG	JAL
ORG	All Nippon Airways
ORG	ANA
ORG	East Japan Railway
ORG	JR East
ORG	JR Central
ORG	Tokyo Electric Power
ORG	TEPCO
ORG	Tepco
ORG	Kansai Electric Power
ORG	Seven & i
ORG	Aeon
ORG	Fast Retailing
ORG	Uniqlo
ORG	Kirin
ORG	Suntory
ORG	Asahi Group
ORG	Shiseido
ORG	Takeda
ORG	Takeda Pharmaceutical
ORG	Astellas
ORG	Daiichi Sankyo
ORG	Eisai
ORG	Dentsu
ORG	Keidanren
ORG	Japan Business Federation
# --- Korea, China, Taiwan, Hong Kong ---
ORG	Samsung
ORG	Samsung Electronics
ORG	Hyundai
ORG	Hyundai Motor
ORG	Kia
ORG	Kia Motors
ORG	LG
ORG	LG Electronics
ORG	SK Hynix
ORG	SK Group
ORG	Daewoo
ORG	Lotte
ORG	POSCO
ORG	Posco
ORG	Korean Air
ORG	Asiana
ORG	Asiana Airlines
ORG	Huawei
ORG	ZTE
ORG	Alibaba
ORG	Alibaba Group
ORG	Tencent
ORG	Baidu
ORG	ByteDance
ORG	TikTok
ORG	Xiaomi
ORG	Lenovo
ORG	BYD
ORG	Geely
ORG	SAIC
ORG	Sinopec
ORG	PetroChina
ORG	CNOOC
ORG	CNPC
ORG	China National Petroleum Corp
ORG	China Mobile
ORG	China Telecom
ORG	China Unicom
ORG	ICBC
ORG	Industrial and Commercial Bank of China
ORG	Bank of China
ORG	China Construction Bank
ORG	Agricultural Bank of China
ORG	Ping An
ORG	Evergrande
ORG	China Evergrande
ORG	Country Garden
ORG	Air China
ORG	China Eastern
ORG	China Eastern Airlines
ORG	China Southern
ORG	China Southern Airlines
ORG	COSCO
ORG	CATL
ORG	DJI
ORG	SMIC
ORG	Cathay Pacific
ORG	HSBC
ORG	Hongkong and Shanghai Banking Corp
ORG	Hang Seng Bank
ORG	Jardine Matheson
ORG	Swire
ORG	Hutchison Whampoa
ORG	CK Hutchison
ORG	Cheung Kong
ORG	Li & Fung
ORG	Sun Hung Kai Properties
ORG	TSMC
ORG	Taiwan Semiconductor Manufacturing Co
ORG	Foxconn
ORG	Hon Hai
ORG	Acer
ORG	Asus
ORG	HTC
ORG	MediaTek
ORG	China Airlines
ORG	EVA Air
# --- South and Southeast Asia, Oceania ---
ORG	Tata
ORG	Tata Group
ORG	Tata Motors
ORG	Tata Steel
ORG	Tata Consultancy Services
ORG	TCS
ORG	Infosys
ORG	Wipro
ORG	Reliance Industries
ORG	Adani
ORG	Adani Group
ORG	Mahindra
ORG	Air India
ORG	IndiGo
ORG	State Bank of India
ORG	Singapore Airlines
ORG	Temasek
ORG	Temasek Holdings
ORG	GIC
ORG	DBS
ORG	DBS Bank
ORG	OCBC
ORG	Petronas
ORG	Malaysia Airlines
ORG	Garuda
ORG	Garuda Indonesia
ORG	Pertamina
ORG	Thai Airways
ORG	Philippine Airlines
ORG	San Miguel Corp
ORG	Qantas
ORG	Air New Zealand
ORG	BHP
ORG	BHP Billiton
ORG	Rio Tinto
ORG	Fortescue
ORG	Woolworths
ORG	Telstra
ORG	Commonwealth Bank of Australia
ORG	ANZ
ORG	Westpac
ORG	Macquarie
ORG	Macquarie Group
# --- Europe ---
ORG	Siemens
ORG	Volkswagen
ORG	VW
ORG	BMW
ORG	Daimler
ORG	Daimler-Benz
ORG	DaimlerChrysler
ORG	Mercedes-Benz
ORG	Mercedes
ORG	Porsche
ORG	Audi
ORG	Opel
ORG	Bayer
ORG	BASF
ORG	Hoechst
ORG	Allianz
ORG	Munich Re
ORG	Deutsche Bank
ORG	Commerzbank
ORG	Dresdner Bank
ORG	Lufthansa
ORG	Deutsche Telekom
ORG	Deutsche Post
ORG	DHL
ORG	Deutsche Bahn
ORG	SAP
ORG	Adidas
ORG	Puma
ORG	E.ON
ORG	RWE
ORG	Thyssen
ORG	ThyssenKrupp
ORG	Krupp
ORG	Bosch
ORG	Robert Bosch
ORG	Continental AG
ORG	Airbus
ORG	Airbus Industrie
ORG	EADS
ORG	Renault
ORG	Peugeot
ORG	PSA Peugeot Citroen
ORG	Citroen
ORG	Stellantis
ORG	Michelin
ORG	L'Oreal
ORG	L'Oréal
ORG	LVMH
ORG	Louis Vuitton
ORG	Chanel
ORG	Hermes
ORG	Kering
ORG	Gucci
ORG	Prada
ORG	Danone
ORG	Carrefour
ORG	AXA
ORG	BNP Paribas
ORG	Societe Generale
ORG	Société Générale
ORG	Credit Agricole
ORG	Crédit Agricole
ORG	Credit Lyonnais
ORG	TotalEnergies
ORG	Elf Aquitaine
ORG	Alcatel
ORG	Alcatel-Lucent
ORG	Vivendi
ORG	Air France
ORG	Air France-KLM
ORG	KLM
ORG	Thales
ORG	Dassault
ORG	Safran
ORG	Alstom
ORG	Sanofi
ORG	Nestle
ORG	Nestlé
ORG	Novartis
ORG	Roche
ORG	UBS
ORG	Credit Suisse
ORG	Swiss Re
ORG	Zurich Insurance
ORG	Swissair
ORG	Swiss International Air Lines
ORG	ABB
ORG	Glencore
ORG	Ericsson
ORG	Volvo
ORG	Saab
ORG	Scania
ORG	IKEA
ORG	Ikea
ORG	H&M
ORG	Spotify
ORG	SAS
ORG	Nokia
ORG	Philips
ORG	Royal Dutch Shell
ORG	Shell
ORG	Unilever
ORG	ING
ORG	ING Group
ORG	ABN AMRO
ORG	ABN Amro
ORG	Rabobank
ORG	Heineken
ORG	ASML
ORG	Akzo Nobel
ORG	AkzoNobel
ORG	Fokker
ORG	BP
ORG	British Petroleum
ORG	Barclays
ORG	Lloyds
ORG	Lloyds Banking Group
ORG	Lloyd's of London
ORG	NatWest
ORG	Royal Bank of Scotland
ORG	RBS
ORG	Standard Chartered
ORG	Prudential
ORG	Aviva
ORG	Legal & General
ORG	Vodafone
ORG	BT
ORG	British Telecom
ORG	British Telecommunications
ORG	British Airways
ORG	Virgin Atlantic
ORG	Virgin Group
ORG	easyJet
ORG	EasyJet
ORG	Ryanair
ORG	BAE Systems
ORG	British Aerospace
ORG	Rolls-Royce
ORG	GlaxoSmithKline
ORG	GSK
ORG	Glaxo Wellcome
ORG	AstraZeneca
ORG	Tesco
ORG	Sainsbury's
ORG	Marks & Spencer
ORG	Anglo American
ORG	De Beers
ORG	British American Tobacco
ORG	Diageo
ORG	Reckitt Benckiser
ORG	Burberry
ORG	Jaguar Land Rover
ORG	ICI
ORG	Imperial Chemical Industries
ORG	Fiat
ORG	Fiat Chrysler
ORG	Ferrari
ORG	Pirelli
ORG	Eni
ORG	ENI
ORG	Enel
ORG	UniCredit
ORG	Intesa Sanpaolo
ORG	Telecom Italia
ORG	Olivetti
ORG	Benetton
ORG	Alitalia
ORG	Telefonica
ORG	Telefónica
ORG	Santander
ORG	Banco Santander
ORG	BBVA
ORG	Repsol
ORG	Iberdrola
ORG	Inditex
ORG	Zara
ORG	Gazprom
ORG	Rosneft
ORG	Lukoil
ORG	Yukos
ORG	Aeroflot
ORG	Sberbank
ORG	VTB
ORG	Norilsk Nickel
ORG	Rusal
ORG	Norsk Hydro
ORG	Equinor
ORG	Statoil
ORG	Maersk
ORG	A.P. Moller-Maersk
ORG	Carlsberg
ORG	Novo Nordisk
ORG	Lego
ORG	Skoda
ORG	Koc Holding
ORG	Turkish Airlines
# --- Middle East, Africa, Americas ---
ORG	Saudi Aramco
ORG	Aramco
ORG	SABIC
ORG	Emirates
ORG	Etihad
ORG	Etihad Airways
ORG	Qatar Airways
ORG	Qatar Petroleum
ORG	QatarEnergy
ORG	El Al
ORG	Teva
ORG	Teva Pharmaceutical
ORG	Naspers
ORG	MTN
ORG	Sasol
ORG	Ethiopian Airlines
ORG	Petrobras
ORG	Vale
ORG	Embraer
ORG	Itau
ORG	Pemex
ORG	Cemex
ORG	America Movil
ORG	América Móvil
ORG	Televisa Group
ORG	YPF
ORG	PDVSA
ORG	Codelco
ORG	LATAM
ORG	Avianca
ORG	Bombardier
ORG	Nortel
ORG	BlackBerry
ORG	Research In Motion
ORG	Royal Bank of Canada
ORG	RBC
ORG	Toronto-Dominion Bank
ORG	TD Bank
ORG	Air Canada
ORG	Shopify
# --- Stock exchanges and market operators ---
ORG	New York Stock Exchange
ORG	NYSE
ORG	Nasdaq
ORG	NASDAQ
ORG	American Stock Exchange
ORG	AMEX
ORG	Chicago Mercantile Exchange
ORG	CME
ORG	CME Group
ORG	Chicago Board of Trade
ORG	CBOT
ORG	Chicago Board Options Exchange
ORG	Cboe
ORG	Intercontinental Exchange
ORG	New York Mercantile Exchange
ORG	NYMEX
ORG	Nymex
ORG	London Stock Exchange
ORG	LSE
ORG	London Metal Exchange
ORG	LME
ORG	LIFFE
ORG	Euronext
ORG	Paris Bourse
ORG	Deutsche Boerse
ORG	Deutsche Börse
ORG	Frankfurt Stock Exchange
ORG	SIX Swiss Exchange
ORG	Tokyo Stock Exchange
ORG	TSE
ORG	Japan Exchange Group
ORG	Osaka Securities Exchange
ORG	Hong Kong Stock Exchange
ORG	Hong Kong Exchanges and Clearing
ORG	HKEX
ORG	Shanghai Stock Exchange
ORG	Shenzhen Stock Exchange
ORG	Korea Exchange
ORG	Singapore Exchange
ORG	SGX
ORG	Bombay Stock Exchange
ORG	BSE
ORG	National Stock Exchange
ORG	Australian Securities Exchange
ORG	ASX
ORG	Toronto Stock Exchange
ORG	TSX
ORG	Johannesburg Stock Exchange
ORG	JSE
ORG	Moscow Exchange
ORG	Borsa Istanbul
ORG	Tadawul
# --- Stock indices: MISC (named measures, not organisations) ---
MISC	Dow Jones industrial average
MISC	Dow Jones Industrial Average
MISC	S&P 500
MISC	Standard & Poor's 500
MISC	Nasdaq Composite
MISC	Russell 2000
MISC	FTSE 100
MISC	FTSE
MISC	Footsie
MISC	DAX
MISC	CAC 40
MISC	CAC-40
MISC	Nikkei 225
MISC	Nikkei average
MISC	Nikkei Stock Average
MISC	Topix
MISC	TOPIX
MISC	Hang Seng
MISC	Hang Seng index
MISC	Shanghai Composite
MISC	Kospi
MISC	KOSPI
MISC	Sensex
MISC	Nifty
MISC	Straits Times Index
MISC	All Ordinaries
MISC	ASX 200
MISC	Euro Stoxx 50
MISC	Stoxx 600
MISC	IBEX 35
MISC	MIB
MISC	AEX
MISC	SMI
MISC	Bovespa
MISC	MSCI World
"""#
}
