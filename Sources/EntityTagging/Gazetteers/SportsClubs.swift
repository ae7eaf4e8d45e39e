extension BuiltinGazetteers {
    static let sportsClubs = #"""
# Sports governing bodies, leagues, and clubs and teams (football, baseball, American football, basketball,
# ice hockey, cricket, rugby, motor racing) that news wires report in results, tables and match reports.
# Purpose: ORG evidence for the entity tagger (CoNLL-2003 practice: clubs and teams are ORG, also when
# named by their city in a results table; leagues and governing bodies are ORG; cup competitions and
# tournaments are MISC and live in Events).
# Source: hand-written from general knowledge (facts only); names current or of the 1990s onwards.
# Bare city names used for clubs (Liverpool, Barcelona, Milan, Valencia, Porto, Dortmund) are NOT listed
# here: they stay LOC in WorldCities and the tagger's sports-result rules relabel them in context. Club
# names that are not places are listed bare (Arsenal, Juventus, Ajax, Benfica, Celtic).
# English county cricket clubs (Yorkshire, Kent, Surrey, ...) are listed as ORG: in news wires the county
# names appear far more in cricket scores than as places (Durham is left out: it is a city, LOC).
# Nicknames of North American teams are listed bare only when they are not common English words or
# other names (Yankees, Lakers: yes; Heat, Magic, Jazz, Kings, Stars, Lightning: no; Indians, Texans,
# Vikings: no, as they are MISC peoples; Rockies: no, the mountains).
# Left out: "Celtic" the language family is not listed in Languages, so "Celtic" is the club only.
# Format: CLASS<TAB>phrase
#
# --- Governing bodies and leagues ---
ORG	FIFA
ORG	UEFA
ORG	International Olympic Committee
ORG	IOC
ORG	International Paralympic Committee
ORG	World Anti-Doping Agency
ORG	WADA
ORG	Court of Arbitration for Sport
ORG	CAS
ORG	International Cricket Council
ORG	Board of Control for Cricket in India
ORG	BCCI
ORG	England and Wales Cricket Board
ORG	Cricket Australia
ORG	Test and County Cricket Board
ORG	TCCB
ORG	Marylebone Cricket Club
ORG	MCC
ORG	IAAF
ORG	World Athletics
ORG	FIA
ORG	FINA
ORG	World Aquatics
ORG	UCI
ORG	FIBA
ORG	FIVB
ORG	IIHF
ORG	ITF
ORG	ATP
ORG	ATP Tour
ORG	WTA
ORG	WTA Tour
ORG	PGA
ORG	PGA Tour
ORG	PGA European Tour
ORG	LPGA
ORG	USGA
ORG	Royal and Ancient
ORG	R&A
ORG	Lawn Tennis Association
ORG	USTA
ORG	All England Club
ORG	World Rugby
ORG	International Rugby Board
ORG	IRB
ORG	Rugby Football Union
ORG	RFU
ORG	SANZAR
ORG	NCAA
ORG	NASCAR
ORG	IndyCar
ORG	CONCACAF
ORG	CONMEBOL
ORG	Confederation of African Football
ORG	Asian Football Confederation
ORG	Football Association
ORG	FA
ORG	Scottish Football Association
ORG	German Football Federation
ORG	DFB
ORG	Japan Football Association
ORG	JFA
ORG	Premier League
ORG	English Premier League
ORG	Premiership
ORG	Football League
ORG	Scottish Premier League
ORG	Scottish Premiership
ORG	Bundesliga
ORG	Serie A
ORG	Serie B
ORG	La Liga
ORG	Primera Liga
ORG	Ligue 1
ORG	Eredivisie
ORG	J-League
ORG	J.League
ORG	Major League Soccer
ORG	MLS
ORG	National Football League
ORG	NFL
ORG	National Basketball Association
ORG	NBA
ORG	WNBA
ORG	National Hockey League
ORG	NHL
ORG	Major League Baseball
ORG	MLB
ORG	American League
ORG	National League
ORG	Nippon Professional Baseball
ORG	Central League
ORG	Pacific League
ORG	Super League
ORG	Indian Premier League
ORG	IPL
# --- Football: England and Wales ---
ORG	Arsenal
ORG	Aston Villa
ORG	Blackburn Rovers
ORG	Bolton Wanderers
ORG	Chelsea
ORG	Coventry City
ORG	Crystal Palace
ORG	Derby County
ORG	Everton
ORG	Leeds United
ORG	Leeds Utd
ORG	Leicester City
ORG	Liverpool FC
ORG	Manchester United
ORG	Man United
ORG	Man Utd
ORG	Manchester City
ORG	Man City
ORG	Middlesbrough
ORG	Newcastle United
ORG	Nottingham Forest
ORG	Sheffield Wednesday
ORG	Sheffield United
ORG	Southampton FC
ORG	Sunderland
ORG	Tottenham
ORG	Tottenham Hotspur
ORG	Spurs
ORG	West Ham
ORG	West Ham United
ORG	Wimbledon FC
ORG	Queens Park Rangers
ORG	QPR
ORG	Fulham
ORG	Charlton Athletic
ORG	Ipswich Town
ORG	Norwich City
ORG	Watford
ORG	Wolverhampton Wanderers
ORG	Wolves
ORG	Burnley
ORG	Brighton & Hove Albion
ORG	Stoke City
ORG	Bradford City
ORG	Barnsley
ORG	Oldham Athletic
ORG	Port Vale
ORG	Swindon Town
ORG	Tranmere Rovers
ORG	Tranmere
ORG	Grimsby Town
ORG	Huddersfield Town
ORG	Birmingham City
ORG	West Bromwich Albion
ORG	West Brom
ORG	Crewe Alexandra
ORG	Preston North End
ORG	Hull City
ORG	Cardiff City
ORG	Swansea City
ORG	AFC Bournemouth
ORG	Brentford
ORG	Millwall
ORG	Notts County
ORG	Luton Town
ORG	Carlisle United
ORG	Plymouth Argyle
ORG	Stockport County
ORG	Wigan Athletic
ORG	Peterborough United
ORG	Rotherham United
ORG	Scunthorpe United
ORG	Doncaster Rovers
ORG	Bristol City
ORG	Bristol Rovers
ORG	Portsmouth FC
ORG	Reading FC
ORG	Southend United
ORG	Leyton Orient
ORG	Cambridge United
ORG	Oxford United
# --- Football: Scotland and Ireland ---
ORG	Celtic
ORG	Rangers
ORG	Glasgow Rangers
ORG	Hearts
ORG	Heart of Midlothian
ORG	Hibernian
ORG	Hibs
ORG	Dundee United
ORG	Motherwell
ORG	Kilmarnock
ORG	Dunfermline
ORG	Dunfermline Athletic
ORG	Raith Rovers
ORG	Partick Thistle
ORG	St Johnstone
ORG	St Mirren
ORG	Falkirk
ORG	Airdrieonians
ORG	Ross County
ORG	Inverness Caledonian Thistle
ORG	Aberdeen FC
ORG	Shamrock Rovers
ORG	Bohemians
ORG	Linfield
# --- Football: Spain and Portugal ---
ORG	Real Madrid
ORG	FC Barcelona
ORG	Barca
ORG	Barça
ORG	Atletico Madrid
ORG	Atlético Madrid
ORG	Atletico
ORG	Real Betis
ORG	Betis
ORG	Deportivo Coruna
ORG	Deportivo La Coruna
ORG	Deportivo
ORG	Real Sociedad
ORG	Athletic Bilbao
ORG	Celta Vigo
ORG	Celta
ORG	Espanyol
ORG	Real Zaragoza
ORG	Racing Santander
ORG	Real Oviedo
ORG	Sporting Gijon
ORG	Rayo Vallecano
ORG	Villarreal
ORG	Real Valladolid
ORG	Osasuna
ORG	Real Mallorca
ORG	RCD Mallorca
ORG	Getafe
ORG	Levante
ORG	Deportivo Alaves
ORG	Alaves
ORG	Valencia CF
ORG	Sevilla FC
ORG	Benfica
ORG	FC Porto
ORG	Sporting Lisbon
ORG	Sporting CP
ORG	Boavista
ORG	Sporting Braga
ORG	Vitoria Guimaraes
ORG	Maritimo
# --- Football: Italy ---
ORG	Juventus
ORG	Juve
ORG	AC Milan
ORG	Inter Milan
ORG	Internazionale
ORG	Inter
ORG	AS Roma
ORG	Lazio
ORG	Napoli
ORG	Fiorentina
ORG	Sampdoria
ORG	Atalanta
ORG	Udinese
ORG	Piacenza
ORG	Torino
ORG	Cremonese
ORG	Vicenza
ORG	Hellas Verona
ORG	Perugia
ORG	Reggiana
ORG	Lecce
ORG	Empoli
ORG	Salernitana
ORG	Venezia
ORG	Chievo
ORG	Sassuolo
ORG	Parma FC
# --- Football: Germany, Austria, Switzerland ---
ORG	Bayern Munich
ORG	Bayern
ORG	Bayern Muenchen
ORG	Bayern München
ORG	Borussia Dortmund
ORG	Schalke
ORG	Schalke 04
ORG	Werder Bremen
ORG	Werder
ORG	Bayer Leverkusen
ORG	Leverkusen
ORG	Hamburg SV
ORG	Hamburger SV
ORG	HSV
ORG	VfB Stuttgart
ORG	Borussia Moenchengladbach
ORG	Borussia Mönchengladbach
ORG	Borussia Monchengladbach
ORG	Gladbach
ORG	Eintracht Frankfurt
ORG	1860 Munich
ORG	Kaiserslautern
ORG	Karlsruher SC
ORG	SC Freiburg
ORG	Hansa Rostock
ORG	VfL Bochum
ORG	MSV Duisburg
ORG	FC Cologne
ORG	1. FC Koeln
ORG	Fortuna Duesseldorf
ORG	Fortuna Düsseldorf
ORG	Arminia Bielefeld
ORG	Hertha Berlin
ORG	Hertha BSC
ORG	VfL Wolfsburg
ORG	Hoffenheim
ORG	RB Leipzig
ORG	Union Berlin
ORG	Mainz 05
ORG	St Pauli
ORG	Rapid Vienna
ORG	Austria Vienna
ORG	Red Bull Salzburg
ORG	Sturm Graz
ORG	Grasshoppers
ORG	Grasshopper
ORG	FC Basel
ORG	Young Boys
ORG	Servette
# --- Football: France, Benelux ---
ORG	Paris Saint-Germain
ORG	Paris St Germain
ORG	PSG
ORG	Olympique Marseille
ORG	Olympique Lyon
ORG	Olympique Lyonnais
ORG	AS Monaco
ORG	Girondins Bordeaux
ORG	Auxerre
ORG	RC Lens
ORG	Bastia
ORG	Guingamp
ORG	Sochaux
ORG	Saint-Etienne
ORG	St Etienne
ORG	FC Nantes
ORG	Stade Rennais
ORG	OGC Nice
ORG	Ajax
ORG	Ajax Amsterdam
ORG	PSV
ORG	PSV Eindhoven
ORG	Feyenoord
ORG	Vitesse
ORG	Vitesse Arnhem
ORG	FC Twente
ORG	Twente
ORG	Heerenveen
ORG	Roda JC
ORG	NAC Breda
ORG	Willem II
ORG	AZ Alkmaar
ORG	Sparta Rotterdam
ORG	NEC Nijmegen
ORG	De Graafschap
ORG	Fortuna Sittard
ORG	RKC Waalwijk
ORG	FC Utrecht
ORG	FC Groningen
ORG	Anderlecht
ORG	Club Brugge
ORG	Club Bruges
ORG	Standard Liege
ORG	Standard Liège
ORG	Racing Genk
ORG	Genk
ORG	Lierse
ORG	Lokeren
ORG	Cercle Brugge
# --- Football: rest of Europe and Israel ---
ORG	Galatasaray
ORG	Fenerbahce
ORG	Fenerbahçe
ORG	Besiktas
ORG	Beşiktaş
ORG	Trabzonspor
ORG	Olympiakos
ORG	Olympiacos
ORG	Panathinaikos
ORG	AEK Athens
ORG	PAOK
ORG	PAOK Salonika
ORG	Dynamo Kiev
ORG	Dynamo Kyiv
ORG	Shakhtar Donetsk
ORG	Spartak Moscow
ORG	CSKA Moscow
ORG	Lokomotiv Moscow
ORG	Dynamo Moscow
ORG	Zenit St Petersburg
ORG	Zenit
ORG	Red Star Belgrade
ORG	Partizan Belgrade
ORG	Partizan
ORG	Dinamo Zagreb
ORG	Croatia Zagreb
ORG	Hajduk Split
ORG	Steaua Bucharest
ORG	Steaua
ORG	Dinamo Bucharest
ORG	Rapid Bucharest
ORG	Legia Warsaw
ORG	Widzew Lodz
ORG	Sparta Prague
ORG	Slavia Prague
ORG	Ferencvaros
ORG	Ferencváros
ORG	Levski Sofia
ORG	CSKA Sofia
ORG	Rosenborg
ORG	Brondby
ORG	Brøndby
ORG	FC Copenhagen
ORG	IFK Gothenburg
ORG	Malmo FF
ORG	Helsingborg
ORG	AIK
ORG	Dinamo Tbilisi
ORG	Maccabi Tel Aviv
ORG	Maccabi Haifa
ORG	Hapoel Tel Aviv
ORG	Beitar Jerusalem
# --- Football: Americas, Asia, Africa ---
ORG	Boca Juniors
ORG	River Plate
ORG	Independiente
ORG	Racing Club
ORG	San Lorenzo de Almagro
ORG	Flamengo
ORG	Corinthians
ORG	Palmeiras
ORG	Santos FC
ORG	Sao Paulo FC
ORG	Gremio
ORG	Grêmio
ORG	Cruzeiro
ORG	Fluminense
ORG	Botafogo
ORG	Penarol
ORG	Peñarol
ORG	Colo Colo
ORG	Club America
ORG	Club América
ORG	Chivas
ORG	Chivas Guadalajara
ORG	LA Galaxy
ORG	Los Angeles Galaxy
ORG	Inter Miami
ORG	Kashima Antlers
ORG	Urawa Reds
ORG	Urawa Red Diamonds
ORG	Yokohama Marinos
ORG	Yokohama F. Marinos
ORG	Yokohama Flugels
ORG	Gamba Osaka
ORG	Cerezo Osaka
ORG	Jubilo Iwata
ORG	Shimizu S-Pulse
ORG	Nagoya Grampus
ORG	Nagoya Grampus Eight
ORG	Sanfrecce Hiroshima
ORG	Kashiwa Reysol
ORG	Verdy Kawasaki
ORG	Tokyo Verdy
ORG	FC Tokyo
ORG	Kawasaki Frontale
ORG	Vissel Kobe
ORG	Bellmare Hiratsuka
ORG	Avispa Fukuoka
ORG	JEF United
ORG	Al Ahly
ORG	Zamalek
ORG	Kaizer Chiefs
ORG	Orlando Pirates
ORG	Al Hilal
ORG	Al Nassr
ORG	Persepolis
# --- Baseball: Japan ---
ORG	Yomiuri Giants
ORG	Hanshin Tigers
ORG	Chunichi Dragons
ORG	Hiroshima Carp
ORG	Hiroshima Toyo Carp
ORG	Yakult Swallows
ORG	Yokohama BayStars
ORG	Seibu Lions
ORG	Orix BlueWave
ORG	Orix Buffaloes
ORG	Daiei Hawks
ORG	SoftBank Hawks
ORG	Fukuoka SoftBank Hawks
ORG	Nippon Ham Fighters
ORG	Nippon-Ham Fighters
ORG	Lotte Marines
ORG	Chiba Lotte Marines
ORG	Kintetsu Buffaloes
ORG	Rakuten Eagles
ORG	Tohoku Rakuten Golden Eagles
# --- MLB: "City Nickname" always; the nickname alone where it is not a common word ---
ORG	New York Yankees
ORG	Yankees
ORG	New York Mets
ORG	Mets
ORG	Boston Red Sox
ORG	Red Sox
ORG	Baltimore Orioles
ORG	Orioles
ORG	Toronto Blue Jays
ORG	Blue Jays
ORG	Chicago White Sox
ORG	White Sox
ORG	Cleveland Indians
ORG	Cleveland Guardians
ORG	Detroit Tigers
ORG	Tigers
ORG	Kansas City Royals
ORG	Minnesota Twins
ORG	Milwaukee Brewers
ORG	Brewers
ORG	Seattle Mariners
ORG	Mariners
ORG	California Angels
ORG	Anaheim Angels
ORG	Los Angeles Angels
ORG	Oakland Athletics
ORG	Texas Rangers
ORG	Houston Astros
ORG	Astros
ORG	Atlanta Braves
ORG	Braves
ORG	Florida Marlins
ORG	Marlins
ORG	Miami Marlins
ORG	Montreal Expos
ORG	Expos
ORG	Philadelphia Phillies
ORG	Phillies
ORG	Pittsburgh Pirates
ORG	Pirates
ORG	St. Louis Cardinals
ORG	Cardinals
ORG	Cincinnati Reds
ORG	Reds
ORG	Chicago Cubs
ORG	Cubs
ORG	Los Angeles Dodgers
ORG	Dodgers
ORG	San Francisco Giants
ORG	Giants
ORG	San Diego Padres
ORG	Padres
ORG	Colorado Rockies
ORG	Arizona Diamondbacks
ORG	Diamondbacks
ORG	Tampa Bay Devil Rays
ORG	Devil Rays
ORG	Tampa Bay Rays
ORG	Rays
ORG	Washington Nationals
# --- NFL: "City Nickname" always; the nickname alone where it is not a common word ---
ORG	New England Patriots
ORG	Patriots
ORG	New York Jets
ORG	Jets
ORG	Buffalo Bills
ORG	Miami Dolphins
ORG	Dolphins
ORG	Pittsburgh Steelers
ORG	Steelers
ORG	Baltimore Ravens
ORG	Ravens
ORG	Cincinnati Bengals
ORG	Bengals
ORG	Cleveland Browns
ORG	Indianapolis Colts
ORG	Colts
ORG	Tennessee Titans
ORG	Titans
ORG	Jacksonville Jaguars
ORG	Jaguars
ORG	Houston Texans
ORG	Houston Oilers
ORG	Oilers
ORG	Kansas City Chiefs
ORG	Oakland Raiders
ORG	Raiders
ORG	Las Vegas Raiders
ORG	Los Angeles Raiders
ORG	San Diego Chargers
ORG	Chargers
ORG	Los Angeles Chargers
ORG	Denver Broncos
ORG	Broncos
ORG	Dallas Cowboys
ORG	Cowboys
ORG	Philadelphia Eagles
ORG	Eagles
ORG	Washington Redskins
ORG	Redskins
ORG	Washington Commanders
ORG	New York Giants
ORG	Green Bay Packers
ORG	Packers
ORG	Chicago Bears
ORG	Bears
ORG	Detroit Lions
ORG	Minnesota Vikings
ORG	Tampa Bay Buccaneers
ORG	Buccaneers
ORG	Atlanta Falcons
ORG	Falcons
ORG	New Orleans Saints
ORG	Saints
ORG	Carolina Panthers
ORG	Panthers
ORG	San Francisco 49ers
ORG	49ers
ORG	St. Louis Rams
ORG	Rams
ORG	Los Angeles Rams
ORG	Seattle Seahawks
ORG	Seahawks
ORG	Arizona Cardinals
# --- NBA: "City Nickname" always; the nickname alone where it is not a common word ---
ORG	Los Angeles Lakers
ORG	Lakers
ORG	Boston Celtics
ORG	Celtics
ORG	New York Knicks
ORG	Knicks
ORG	Chicago Bulls
ORG	Bulls
ORG	Miami Heat
ORG	Orlando Magic
ORG	Utah Jazz
ORG	Phoenix Suns
ORG	Suns
ORG	San Antonio Spurs
ORG	Houston Rockets
ORG	Rockets
ORG	Dallas Mavericks
ORG	Mavericks
ORG	Denver Nuggets
ORG	Nuggets
ORG	Detroit Pistons
ORG	Pistons
ORG	Indiana Pacers
ORG	Pacers
ORG	Atlanta Hawks
ORG	Hawks
ORG	New Jersey Nets
ORG	Nets
ORG	Brooklyn Nets
ORG	Toronto Raptors
ORG	Raptors
ORG	Philadelphia 76ers
ORG	76ers
ORG	Golden State Warriors
ORG	Sacramento Kings
ORG	Los Angeles Clippers
ORG	Clippers
ORG	Portland Trail Blazers
ORG	Trail Blazers
ORG	Vancouver Grizzlies
ORG	Grizzlies
ORG	Memphis Grizzlies
ORG	Minnesota Timberwolves
ORG	Timberwolves
ORG	Cleveland Cavaliers
ORG	Cavaliers
ORG	Charlotte Hornets
ORG	Hornets
ORG	Milwaukee Bucks
ORG	Oklahoma City Thunder
ORG	New Orleans Pelicans
ORG	Pelicans
ORG	Washington Wizards
ORG	Wizards
ORG	Washington Bullets
ORG	Seattle SuperSonics
ORG	SuperSonics
# --- NHL: "City Nickname" always; the nickname alone where it is not a common word ---
ORG	Boston Bruins
ORG	Bruins
ORG	Montreal Canadiens
ORG	Canadiens
ORG	Toronto Maple Leafs
ORG	Maple Leafs
ORG	Detroit Red Wings
ORG	Red Wings
ORG	Chicago Blackhawks
ORG	Blackhawks
ORG	Pittsburgh Penguins
ORG	Penguins
ORG	Buffalo Sabres
ORG	Sabres
ORG	Edmonton Oilers
ORG	Vancouver Canucks
ORG	Canucks
ORG	Hartford Whalers
ORG	Whalers
ORG	Quebec Nordiques
ORG	Nordiques
ORG	Anaheim Mighty Ducks
ORG	Mighty Ducks
ORG	San Jose Sharks
ORG	Sharks
ORG	Vegas Golden Knights
ORG	Golden Knights
ORG	Seattle Kraken
ORG	Kraken
ORG	Tampa Bay Lightning
ORG	Philadelphia Flyers
ORG	New York Islanders
ORG	New York Rangers
ORG	New Jersey Devils
ORG	Washington Capitals
ORG	Ottawa Senators
ORG	Calgary Flames
ORG	Colorado Avalanche
ORG	Dallas Stars
ORG	St. Louis Blues
ORG	Nashville Predators
ORG	Carolina Hurricanes
ORG	Phoenix Coyotes
ORG	Los Angeles Kings
ORG	Winnipeg Jets
ORG	Florida Panthers
# --- Cricket: English counties and other first-class teams ---
ORG	Yorkshire
ORG	Lancashire
ORG	Surrey
ORG	Kent
ORG	Essex
ORG	Sussex
ORG	Middlesex
ORG	Hampshire
ORG	Somerset
ORG	Warwickshire
ORG	Worcestershire
ORG	Gloucestershire
ORG	Leicestershire
ORG	Nottinghamshire
ORG	Northamptonshire
ORG	Derbyshire
ORG	Glamorgan
ORG	Durham County Cricket Club
# --- Rugby and national team nicknames ---
ORG	All Blacks
ORG	Wallabies
ORG	Springboks
ORG	Socceroos
ORG	Bafana Bafana
ORG	Samurai Blue
ORG	Brave Blossoms
ORG	Wasps
ORG	Saracens
ORG	Harlequins
ORG	Leicester Tigers
ORG	Northampton Saints
ORG	Bath Rugby
ORG	Stade Francais
ORG	Stade Français
# --- Motor racing and cycling teams ---
ORG	Red Bull Racing
ORG	Scuderia Ferrari
ORG	Team Sky
ORG	Ineos Grenadiers
"""#
}
