extension BuiltinGazetteers {
    static let events = #"""
# Named events: sports competitions and tournaments, wars and conflicts, historical events, summits and
# conferences known by name, religious and national holidays, awards and prizes.
# Purpose: MISC evidence for the entity tagger (CoNLL-2003 practice: "World Cup", "Olympics", "Gulf War",
# "Christmas", "Nobel Peace Prize" are MISC).
# Source: hand-written from general knowledge (facts only).
# Notes: "Wimbledon" is MISC (the championships); the London club is "Wimbledon FC" in SportsClubs.
# "Open" alone, "Masters" alone, "Cup" alone and "Games" alone are left out (common words); "Formula One"
# is MISC as a championship, the racing teams are ORG. Month and weekday names are not events and are
# not listed; nor are diseases (SARS, Ebola, COVID-19: not named entities in CoNLL-2003) or dates
# ("September 11"); common words that name an event only in context are left out too (Troubles,
# Carnival, START, Sumo, Booker).
# Format: CLASS<TAB>phrase
#
# --- Multi-sport and football competitions ---
MISC	Olympics
MISC	Olympic Games
MISC	Summer Olympics
MISC	Winter Olympics
MISC	Olympic
MISC	Paralympics
MISC	Paralympic Games
MISC	Asian Games
MISC	Commonwealth Games
MISC	Pan American Games
MISC	All-Africa Games
MISC	World University Games
MISC	Universiade
MISC	Goodwill Games
MISC	World Cup
MISC	FIFA World Cup
MISC	Women's World Cup
MISC	European Championship
MISC	European Championships
MISC	Euro 96
MISC	Euro 2000
MISC	Euro 2004
MISC	Euro 2008
MISC	Euro 2012
MISC	Euro 2016
MISC	Euro 2020
MISC	Euro 2024
MISC	Copa America
MISC	Copa América
MISC	Copa Libertadores
MISC	African Nations Cup
MISC	Africa Cup of Nations
MISC	Asian Cup
MISC	Gold Cup
MISC	Confederations Cup
MISC	Club World Cup
MISC	Champions League
MISC	UEFA Champions League
MISC	European Cup
MISC	UEFA Cup
MISC	Europa League
MISC	Conference League
MISC	Cup Winners' Cup
MISC	European Cup Winners' Cup
MISC	Super Cup
MISC	Intertoto Cup
MISC	FA Cup
MISC	League Cup
MISC	Coca-Cola Cup
MISC	Carling Cup
MISC	Scottish Cup
MISC	Copa del Rey
MISC	King's Cup
MISC	Coppa Italia
MISC	German Cup
MISC	DFB Cup
MISC	French Cup
MISC	Coupe de France
MISC	Dutch Cup
MISC	Emperor's Cup
MISC	Nabisco Cup
MISC	J-League Cup
MISC	Charity Shield
MISC	Community Shield
# --- Tennis, golf, athletics, cycling, motor sport, horse racing ---
MISC	Wimbledon
MISC	Wimbledon Championships
MISC	U.S. Open
MISC	US Open
MISC	French Open
MISC	Australian Open
MISC	Roland Garros
MISC	Davis Cup
MISC	Fed Cup
MISC	Billie Jean King Cup
MISC	ATP Finals
MISC	ATP Tour Finals
MISC	Grand Slam
MISC	Grand Slam Cup
MISC	Masters Cup
MISC	Indian Wells
MISC	Queen's Club Championships
MISC	British Open
MISC	Open Championship
MISC	U.S. Masters
MISC	US Masters
MISC	U.S. PGA Championship
MISC	PGA Championship
MISC	Ryder Cup
MISC	Solheim Cup
MISC	Presidents Cup
MISC	Dunhill Cup
MISC	World Matchplay
MISC	Tour de France
MISC	Giro d'Italia
MISC	Giro
MISC	Vuelta
MISC	Vuelta a Espana
MISC	Paris-Roubaix
MISC	Milan-San Remo
MISC	Formula One
MISC	Formula 1
MISC	F1
MISC	Grand Prix
MISC	British Grand Prix
MISC	Monaco Grand Prix
MISC	Japanese Grand Prix
MISC	Indianapolis 500
MISC	Indy 500
MISC	Daytona 500
MISC	Le Mans 24 Hours
MISC	24 Hours of Le Mans
MISC	Paris-Dakar Rally
MISC	Dakar Rally
MISC	Kentucky Derby
MISC	Epsom Derby
MISC	Grand National
MISC	Melbourne Cup
MISC	Prix de l'Arc de Triomphe
MISC	Arc de Triomphe
MISC	Breeders' Cup
MISC	Japan Cup
MISC	Royal Ascot
MISC	Cheltenham Festival
MISC	Golden League
MISC	Diamond League
MISC	Grand Prix Final
MISC	World Championships
MISC	World Athletics Championships
MISC	Boston Marathon
MISC	London Marathon
MISC	New York Marathon
MISC	New York City Marathon
MISC	Tokyo Marathon
MISC	Super Bowl
MISC	World Series
MISC	Stanley Cup
MISC	NBA Finals
MISC	All-Star Game
MISC	March Madness
MISC	Final Four
MISC	Rose Bowl
MISC	Koshien
MISC	Japan Series
MISC	Ashes
MISC	The Ashes
MISC	Cricket World Cup
MISC	Sheffield Shield
MISC	County Championship
MISC	NatWest Trophy
MISC	Benson and Hedges Cup
MISC	Sunday League
MISC	World Series Cricket
MISC	Rugby World Cup
MISC	Six Nations
MISC	Five Nations
MISC	Five Nations Championship
MISC	Tri-Nations
MISC	Super 12
MISC	Super Rugby
MISC	Heineken Cup
MISC	America's Cup
MISC	Admiral's Cup
MISC	Kyushu Basho
MISC	Nagoya Basho
MISC	Emperor's Cup sumo
# --- Wars, conflicts and historical events ---
MISC	World War One
MISC	World War I
MISC	World War 1
MISC	World War Two
MISC	World War II
MISC	World War 2
MISC	First World War
MISC	Second World War
MISC	Great War
MISC	Cold War
MISC	Gulf War
MISC	Persian Gulf War
MISC	Iraq War
MISC	Iran-Iraq War
MISC	Vietnam War
MISC	Korean War
MISC	Falklands War
MISC	Six-Day War
MISC	Yom Kippur War
MISC	Six Day War
MISC	Suez Crisis
MISC	Cuban Missile Crisis
MISC	Bay of Pigs invasion
MISC	Civil War
MISC	American Civil War
MISC	Spanish Civil War
MISC	Russian Revolution
MISC	French Revolution
MISC	Industrial Revolution
MISC	Cultural Revolution
MISC	Great Leap Forward
MISC	Long March
MISC	Tiananmen Square massacre
MISC	Holocaust
MISC	Reformation
MISC	Renaissance
MISC	Enlightenment
MISC	Crusades
MISC	Napoleonic Wars
MISC	Boer War
MISC	Opium War
MISC	Russo-Japanese War
MISC	Sino-Japanese War
MISC	Pacific War
MISC	Battle of Britain
MISC	Pearl Harbor attack
MISC	D-Day
MISC	Hiroshima bombing
MISC	Intifada
MISC	Arab Spring
MISC	Good Friday Agreement
MISC	Oslo Accords
MISC	Camp David Accords
MISC	Dayton Accord
MISC	Dayton Accords
MISC	Dayton peace accord
MISC	Maastricht Treaty
MISC	Treaty of Rome
MISC	Lisbon Treaty
MISC	Schengen Agreement
MISC	Schengen
MISC	Kyoto Protocol
MISC	Paris Agreement
MISC	Geneva Conventions
MISC	Geneva Convention
MISC	Nuclear Non-Proliferation Treaty
MISC	NPT
MISC	Comprehensive Test Ban Treaty
MISC	CTBT
MISC	START II
MISC	New START
MISC	INF Treaty
MISC	Anti-Ballistic Missile Treaty
MISC	ABM Treaty
MISC	Brexit
MISC	Marshall Plan
MISC	New Deal
MISC	Watergate
MISC	Iran-Contra
MISC	Whitewater
MISC	Great Depression
MISC	Asian financial crisis
MISC	Black Monday
MISC	Plaza Accord
MISC	Uruguay Round
MISC	Doha Round
MISC	Belt and Road Initiative
MISC	Belt and Road
MISC	Abenomics
MISC	Reaganomics
MISC	Perestroika
MISC	Glasnost
MISC	Hurricane Katrina
MISC	Great Hanshin Earthquake
MISC	Great East Japan Earthquake
MISC	Kobe earthquake
MISC	Chernobyl disaster
MISC	Fukushima disaster
MISC	9/11
# --- Summits, conferences, festivals ---
MISC	Davos forum
MISC	Shangri-La Dialogue
MISC	Munich Security Conference
MISC	Earth Summit
MISC	COP21
MISC	COP26
MISC	COP28
MISC	Expo 2025
MISC	World Expo
MISC	Cannes Film Festival
MISC	Venice Film Festival
MISC	Berlin Film Festival
MISC	Berlinale
MISC	Sundance
MISC	Eurovision
MISC	Eurovision Song Contest
MISC	Oktoberfest
MISC	Mardi Gras
MISC	Edinburgh Festival
MISC	Glastonbury
MISC	Glastonbury Festival
# --- Awards and prizes ---
MISC	Nobel Prize
MISC	Nobel Peace Prize
MISC	Nobel prize
MISC	Nobel Peace prize
MISC	Pulitzer Prize
MISC	Pulitzer
MISC	Oscar
MISC	Oscars
MISC	Academy Award
MISC	Academy Awards
MISC	Golden Globe
MISC	Golden Globes
MISC	Emmy
MISC	Emmys
MISC	Grammy
MISC	Grammys
MISC	Tony Award
MISC	Tony Awards
MISC	BAFTA
MISC	Palme d'Or
MISC	Golden Lion
MISC	Golden Bear
MISC	Booker Prize
MISC	Man Booker Prize
MISC	Prix Goncourt
MISC	Akutagawa Prize
MISC	Ballon d'Or
MISC	Heisman Trophy
MISC	Turing Award
MISC	Fields Medal
MISC	Victoria Cross
MISC	Medal of Honor
MISC	Presidential Medal of Freedom
MISC	Legion of Honour
MISC	Legion d'Honneur
# --- Holidays, festivals and religious observances ---
MISC	Christmas
MISC	Christmas Day
MISC	Christmas Eve
MISC	Boxing Day
MISC	New Year
MISC	New Year's Day
MISC	New Year's Eve
MISC	Lunar New Year
MISC	Chinese New Year
MISC	Spring Festival
MISC	Tet
MISC	Seollal
MISC	Chuseok
MISC	Mid-Autumn Festival
MISC	Golden Week
MISC	Obon
MISC	Easter
MISC	Easter Sunday
MISC	Easter Monday
MISC	Good Friday
MISC	Lent
MISC	Ash Wednesday
MISC	Palm Sunday
MISC	Pentecost
MISC	Advent
MISC	Epiphany
MISC	All Saints' Day
MISC	Halloween
MISC	Thanksgiving
MISC	Thanksgiving Day
MISC	Independence Day
MISC	Fourth of July
MISC	Memorial Day
MISC	Labor Day
MISC	Veterans Day
MISC	Presidents' Day
MISC	Martin Luther King Day
MISC	Columbus Day
MISC	Bastille Day
MISC	Guy Fawkes Night
MISC	Remembrance Day
MISC	Remembrance Sunday
MISC	Armistice Day
MISC	Anzac Day
MISC	Australia Day
MISC	Canada Day
MISC	May Day
MISC	Valentine's Day
MISC	St Patrick's Day
MISC	St. Patrick's Day
MISC	Mother's Day
MISC	Father's Day
MISC	Ramadan
MISC	Eid
MISC	Eid al-Fitr
MISC	Eid al-Adha
MISC	Hajj
MISC	Ashura
MISC	Nowruz
MISC	Passover
MISC	Yom Kippur
MISC	Rosh Hashanah
MISC	Hanukkah
MISC	Chanukah
MISC	Sukkot
MISC	Purim
MISC	Diwali
MISC	Holi
MISC	Vesak
MISC	Songkran
"""#
}
