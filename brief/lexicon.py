"""Word lists for the actor and quote rules: general English news vocabulary, built once.

Every list here is general (titles, role words, institution and outlet names a news reader
knows, building and weapon cues); none is taken from a particular text. Country and region
names come from pycountry.
"""

from __future__ import annotations

import re
from functools import lru_cache


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Honorifics: evidence of a person, but not a role.
HONORIFICS = words(
    "mr mrs ms miss mx dr prof sir dame lord lady rev reverend fr father sister brother sheikh "
    "baroness baron messrs mr. mrs. ms. dr. prof. rev. fr. st. imam rabbi"
)
MALE_HONORIFICS = words("mr mr. sir lord baron king prince father brother sheikh messrs")
FEMALE_HONORIFICS = words("mrs mrs. ms ms. miss dame lady baroness queen princess sister")

# Capitalised words that, directly before a name, are both evidence of a person and a role.
TITLE_ROLES = words(
    "president vice-president minister premier chancellor senator sen sen. governor gov gov. "
    "admiral general gen gen. judge justice king queen prince princess pope emperor mayor sheriff "
    "detective det det. officer sergeant sgt sgt. constable pc captain capt capt. colonel col col. "
    "lieutenant lt lt. commander cmdr commissioner ambassador secretary chairman chairwoman "
    "representative rep rep. congressman congresswoman councillor councilman councilwoman speaker "
    "inspector superintendent supt archbishop bishop cardinal ayatollah coach chief "
    "marshal corporal cpl private pte deputy attorney agent professor prof con insp"
)
# Lower-case nouns that head a role phrase ("the Kremlin spokesman", "a former prime minister").
ROLE_HEADS = TITLE_ROLES | words(
    "spokesman spokeswoman spokesperson director leader chair ceo executive host presenter "
    "mp mep mps ambassador commander commander-in-chief adviser advisor aide envoy diplomat "
    "head founder co-founder owner manager boss official negotiator chief-of-staff "
    "secretary-general lawyer barrister solicitor prosecutor attorney-general "
    "editor correspondent reporter journalist columnist author writer broadcaster anchor "
    "actor actress singer musician rapper star artist comedian producer "
    "player striker midfielder defender goalkeeper batsman bowler champion athlete "
    "candidate contender nominee lawmaker politician legislator campaigner activist "
    "analyst economist scientist researcher investigator expert historian academic lecturer teacher student "
    "doctor surgeon nurse paramedic pilot soldier veteran officer policeman policewoman firefighter "
    "investor entrepreneur businessman businesswoman banker billionaire tycoon "
    "chairman chairwoman chairperson treasurer strategist pollster "
    "wife husband widow widower mother father son daughter brother sister grandmother "
    "grandfather uncle aunt nephew niece cousin girlfriend boyfriend partner fiancee fiance "
    "friend neighbour neighbor colleague victim suspect defendant resident witness survivor "
    "monarch dictator warlord ruler strongman heir backbencher frontbencher msp mla mep td qc kc "
    "man woman boy girl teenager mum dad "
    "astronaut engineer architect farmer chef cook designer photographer model dancer poet "
    "novelist filmmaker priest pastor vicar monk nun physician dentist pharmacist psychologist "
    "psychiatrist therapist consultant accountant trader broker miner driver mechanic builder "
    "electrician plumber sailor fisherman crew guard cop trooper marine airman spy hacker blogger "
    "influencer footballer cricketer golfer boxer swimmer runner cyclist jockey trainer referee "
    "umpire worker employee volunteer clerk chaplain midwife carer landlord tenant shopkeeper "
    "owner-operator commentator pundit critic curator librarian archaeologist astronomer "
    "physicist chemist biologist mathematician psychologist sociologist philosopher "
    "administrator liquidator receiver freshman sophomore forward winger fan supporter patron "
    "finalist winner runner-up medallist medalist laureate personality godfather pioneer quarterback "
    "republican democrat specialist holder coroner grandson granddaughter stepson stepdaughter "
    "teammate team-mate child grandchild grandchildren sweetheart stepmother stepfather "
    "hopeful hopefuls centre-back centre-half full-back fly-half scrum-half stand-off "
    "professional "
    "mogul magnate publicist socialite heiress rookie skipper imam rabbi cleric magistrate warden "
    "pupil intern apprentice graduate inmate prisoner pensioner schoolgirl schoolboy gunman "
    "principal sufferer grandmaster spinner baseballer cheerleader heptathlete decathlete confidant "
    "confidante codebreaker code-breaker keyboardist stripper servant henchman scorer satirist popstar "
    # Occupations, offices and relations (none a common surname or given name, since a
    # capitalised role word inside a run of names is read as a title)
    "philanthropist benefactor donor counterpart predecessor successor incumbent challenger opponent "
    "rival follower admirer biographer contributor narrator interviewer publisher president-elect "
    "governor-general director-general editor-in-chief headteacher headmaster headmistress provost "
    "rector tutor instructor supervisor foreman caretaker janitor receptionist cashier waiter waitress "
    "bartender barman barmaid grocer florist jeweller jeweler hairdresser stylist beautician vlogger "
    "youtuber podcaster streamer comedienne entertainer performer showman magician illusionist "
    "guitarist drummer bassist pianist violinist cellist saxophonist trumpeter vocalist frontman "
    "frontwoman songwriter composer conductor choreographer ballerina painter sculptor illustrator "
    "cartoonist animator photojournalist cameraman screenwriter playwright dramatist showrunner "
    "essayist lyricist vice-captain physio physiotherapist sprinter hurdler wrestler gymnast skater "
    "skier snowboarder surfer climber mountaineer rower racer rider pitcher shortstop outfielder "
    "infielder linebacker goalie keeper fullback playmaker debutant juror litigator plaintiff claimant "
    "petitioner appellant felon offender killer murderer attacker assailant robber burglar thief "
    "fraudster kidnapper hijacker bomber shooter sniper terrorist militant insurgent jihadist "
    "extremist kingpin gangster mobster smuggler trafficker dealer pathologist radiologist neurologist "
    "oncologist cardiologist paediatrician pediatrician gynaecologist obstetrician anaesthetist "
    "anesthesiologist epidemiologist virologist immunologist veterinarian scholar geologist "
    "seismologist meteorologist climatologist ecologist zoologist botanist geneticist neuroscientist "
    "anthropologist statistician demographer criminologist linguist inventor technologist programmer "
    "developer coder alderman alderwoman ombudsman regulator emissary mediator consul bureaucrat "
    "sultan emir tsar czar autocrat despot tyrant frontrunner front-runner operative serviceman "
    "servicewoman paratrooper commando conscript cadet missionary evangelist mullah cfo coo cto "
    "proprietor financier millionaire shareholder salesman saleswoman landlady homeowner householder "
    "rancher grower breeder contractor labourer laborer welder courier postman postwoman newsreader "
    "weatherman dj sibling mom granddad grandma grandpa grandad godson goddaughter godmother spouse "
    "companion lover classmate schoolmate roommate flatmate housemate protege alumnus alumna refugee "
    "migrant immigrant expat emigrant pilgrim tourist passenger commuter motorist pedestrian shopper "
    "customer client voter taxpayer retiree mourner spectator onlooker bystander eyewitness hostage "
    "detainee defector dissident whistleblower informant reviewer preacher archdeacon "
    # Arts, care, trades, faith, sport and public life (again no common surname or given name)
    "assistant superstar megastar co-star starlet heartthrob diva supermodel soprano tenor "
    "baritone mezzo-soprano contralto organist chorister choirmaster bandleader impresario "
    "troubadour balladeer crooner stuntman stuntwoman understudy ventriloquist impressionist "
    "cinematographer paparazzo memoirist musicologist coordinator co-ordinator discoverer "
    "youngster toddler infant schoolchild octogenarian nonagenarian centenarian grandee dignitary "
    "aristocrat nobleman noblewoman courtier equerry nanny housekeeper maid chauffeur bodyguard "
    "groundsman stewardess attendant concierge doorman bouncer winemaker sommelier "
    "restaurateur hotelier publican innkeeper registrar bursar trustee "
    "medic caregiver optician optometrist osteopath chiropractor dietitian nutritionist counsel "
    "paralegal notary bailiff jailer warder rifleman sapper guardsman seaman midshipman submariner "
    "aviator navigator curate deacon abbot abbess friar lama guru swami shaman patriarch mufti "
    "televangelist parishioner worshipper congregant staffer lobbyist canvasser organiser organizer "
    "protester protestor demonstrator rioter separatist nationalist loyalist unionist socialist "
    "communist leftist populist centrist hardliner reformer revolutionary guerrilla militiaman "
    "chieftain tribesman auditor actuary freelancer storekeeper "
    "salesperson landowner lodger squatter farmhand crofter herdsman fishmonger gamekeeper "
    "lumberjack stevedore longshoreman trucker cabbie technician bricklayer plasterer decorator "
    "roofer locksmith blacksmith seamstress dressmaker craftsman craftswoman artisan watchmaker "
    "bookseller archivist restorer genealogist translator interpreter mentor counsellor counselor "
    "caseworker childminder babysitter custodian barista lifeguard fireman paperboy papergirl "
    "lawman lawmen sleuth marathoner diver fencer linesman batter seamer paceman all-rounder "
    "wicketkeeper fielder flanker cornerback lineman journeyman titleholder title-holder "
    "semi-finalist quarter-finalist olympian paralympian tipster parent relative "
    "descendant ancestor forebear supremo user"
)
# Words that are a role only right beside a name ("centre Jo Hale", "Jo Hale, the England
# international,", "Italian legend Jo Hale"): elsewhere they are places, adjectives or things.
ATTACHED_HEADS = words(
    "centre center tackle wing hooker international legend icon hero idol muse "
    "opener spinner sweeper catcher safety substitute caddie caddy alto"
)
# Sides that make "back" a playing position: "centre back", "left back", "full back".
POSITION_SIDES = words("centre center left right full")
# Ranks joined to a title by a hyphen: "Major-General", "Lieutenant-Colonel", "Rear-Admiral".
RANK_PREFIXES = words("major brigadier lieutenant vice rear air field staff first second master")
# Role heads a firm or a club can take too ("Acme is leader of the market").
ORG_ROLE_HEADS = words(
    "leader head owner champion champions winner winners partner finalist runner-up investor "
    "trader broker manager operator provider sponsor supporter backer host member members"
)
# Noble titles that name a person with a territory alone: "the Duke of Westland".
NOBLE_TITLES = words(
    "prince princess duke duchess earl countess marquess marchioness viscount viscountess baron baroness"
)
# Family and personal relations: "the son of X" names X's relative, not X's role.
RELATIONS = words(
    "wife husband widow widower mother father son sons daughter daughters brother sister "
    "grandmother grandfather grandson granddaughter uncle aunt nephew niece cousin girlfriend "
    "boyfriend partner fiancee fiance friend child children parents stepson stepdaughter "
    "stepmother stepfather grandparent grandparents grandchild grandchildren teammate team-mate "
    "colleague sweetheart"
)
MALE_ROLES = words(
    "spokesman chairman congressman councilman businessman policeman husband widower father son "
    "brother grandfather grandson uncle nephew boyfriend fiance king prince emperor actor"
)
FEMALE_ROLES = words(
    "spokeswoman chairwoman congresswoman councilwoman businesswoman policewoman wife widow mother "
    "daughter granddaughter sister grandmother aunt niece girlfriend fiancee queen princess empress "
    "actress"
)
# Heads that name an office: a definite description of one ("the former president") can
# stand for the person named just before.
OFFICE_HEADS = words(
    "president premier chancellor minister leader king queen prince monarch pope governor mayor "
    "senator ambassador secretary-general commander-in-chief congressman congresswoman"
)
# Lower-case words that may sit inside a role phrase before its head.
ROLE_MODIFIERS = words(
    "former ex deputy acting chief senior junior foreign defence defense prime vice state home "
    "interior finance justice health education trade transport energy environment culture "
    "shadow first then top new outgoing incoming current leading opposition general assistant "
    "executive managing national security press communications political military police "
    "party team club interim co lead principal special associate regional local federal "
    "longtime long-time veteran elected appointed sitting retired late de facto supreme "
    "attorney district high court cabinet government european international global "
    "television tv radio news sports state-run state-owned public private labour labor "
    "conservative liberal democratic republican independent presidential "
    "parliamentary ministerial mayoral gubernatorial congressional senior chief"
)
# Words that join the parts of a name: "Ursula von der Leyen", "Bart De Wever".
NAME_PARTICLES = words("von van der den de del della di da dos das du la le bin ibn al el ter ten zu")
# Lower-case words that carry a capitalised run on: "Ministry of Defence", "Fund for Ukraine".
ORG_JOINERS = words("of for and on")

# Last words of sports clubs' names that are no general organisation word ("Ruritania Villa").
CLUB_HEADS = words("villa hotspur rangers athletic albion wanderers celtic argyle harps hibernian")
# Team nicknames, plural as no surname is ("Borduria Dragons"); alone at a sentence's start they
# are as likely animals or people ("Wolves attacked sheep").
TEAM_NICKNAMES = words(
    "blues reds dons orient saints tigers lions bears warriors sharks wolves hornets eagles "
    "magpies bulls chiefs crusaders hurricanes highlanders stormers rhinos giants wildcats "
    "broncos leopards vikings centurions falcons quins saracens scarlets ospreys exiles "
    "harlequins wasps rebels brumbies waratahs packers patriots steelers cowboys yankees "
    "dodgers lakers celtics knicks dragons cardinals ravens redskins seahawks buccaneers "
    "dolphins jaguars texans titans colts chargers raiders panthers bengals browns"
)
# First words of sports clubs' names ("Real Borduria", "FC Ruritania", "Inter Milan").
CLUB_OPENERS = words(
    "fc afc real atletico atlético athletic sporting olympique inter borussia dynamo dinamo stade "
    "racing deportivo bayern rapid spartak lokomotiv cska"
)
# Names of competitions that, inside a longer name, label a club ("League One Preston").
COMPETITION_WORDS = words("league championship premiership bundesliga liga serie ligue eredivisie")
# Clubs named by one word that is no place and no common name ("Juventus 2 Benfica 1"); clubs named
# after their town ("Everton", "Getafe") are left to the place lists.
CLUBS = words(
    "juventus benfica ajax feyenoord psv galatasaray fenerbahce besiktas anderlecht espanyol "
    "osasuna fiorentina sampdoria atalanta udinese schalke gladbach olympiacos panathinaikos "
    "zenit shakhtar arsenal spurs hibs napoli"
)
# Words that end the name of an organisation.
ORG_HEADS = words(
    "ministry department council party commission union agency authority bank university "
    "college school academy institute institution foundation trust charity society association "
    "federation league club committee court courts tribunal parliament congress senate assembly "
    "cabinet government administration police army navy force forces corps guard service "
    "services fund group corporation corp corp. inc inc. ltd ltd. plc llc co co. company "
    "companies holdings partners airlines airways railways motors industries technologies "
    "labs laboratories systems network networks media press news times post radio tv films "
    "television journal herald mail telegraph guardian tribune gazette channel studios "
    "records office board bureau secretariat directorate command staff alliance coalition "
    "movement front organisation organization centre center initiative programme program "
    "taskforce unit division brigade regiment battalion squad team fc united rovers city "
    "hospital clinic church mosque temple synagogue diocese exchange market campaign international "
    "resources energy oil gas petroleum mining capital ventures investments properties "
    "pharmaceuticals foods brands solutions consulting logistics telecom airlines "
    "museum museums gallery library theatre theater zoo orchestra opera forum observatory watch "
    "online magazine weekly limited llp gmbh shipping liga primary"
)
# More last words of a body's name, only in a name of several words ("Acme Sports", but "Sports
# stars backed …", "Arts funding fell"); "Central Partnership" keeps its compass word.
NAME_END_BODIES = words("partnership sports enforcement therapy arts")
# Words that end the name of a building, street or area: places, never people.
PLACE_HEADS = words(
    "street streets st road roads rd avenue avenues ave lane drive boulevard square place row way "
    "terrace crescent "
    "house office palace hall building tower towers bridge airport station port harbour "
    "park gardens garden stadium arena centre center castle cathedral abbey chapel prison "
    "jail gaol base camp barracks island islands isles mountains mountain mount river lake sea "
    "ocean bay gulf strait valley desert coast peninsula region province county district parade "
    "state city town village borough quarter hills heights creek canyon falls forest woods beach "
    "glen loch moor ridge springs cove reservoir dam canal hill heath farm courthouse"
)
# Lower-case words right after a capitalised run that make it a thing, not a person.
THING_CUES = words(
    "missile missiles rocket rockets cruise ballistic drone drones jet jets fighter fighters "
    "aircraft plane planes helicopter helicopters tank tanks rifle rifles gun guns system systems "
    "warship warships submarine submarines vessel vessels satellite satellites vaccine vaccines "
    "programme programmes program programs scheme schemes plan plans initiative project projects "
    "operation operations mission missions deal deals treaty treaties agreement accord pact "
    "summit conference talks festival awards prize cup league championship tournament "
    "countries nations states alliance bloc group members forces troops government "
    "app apps platform software phone phones device devices brand brands product products "
    "model models engine engines campaign act bill law laws doctrine strategy policy "
    "account accounts post posts channel video videos show series film documentary cartoon cartoons "
    "air defence defense list"
)
# Breeds and young animals named like people ("a Jack Russell terrier"), even with a given name.
ANIMAL_CUES = words("terrier terriers spaniel retriever collie poodle bulldog puppy kitten")
# Verbs whose object is a character played, not a person: "voiced Bugs".
CHARACTER_VERBS = words("voiced voicing")
# Last words of events and documents: "the General Election", "the Ruritania Bill".
EVENT_HEADS = words(
    "election elections referendum war wars games olympics cup championship championships summit "
    "conference festival awards prize act bill treaty agreement accord day week budget report "
    "inquiry review crisis revolution era speech address plan doctrine battle battles siege "
    "convention rally"
)
# Nouns for a kind of place: "the city of X" names a place.
PLACE_NOUNS = words("city town village region province state county district capital port island suburb")
# Institutions named by one word or a fixed phrase, and news outlets, platforms and agencies.
INSTITUTIONS = frozenset(
    s.lower()
    for s in (
        "Kremlin,Pentagon,White House,Downing Street,Elysee,Élysée,Elysée,Congress,Parliament,"
        "Senate,Nato,NATO,UN,EU,Vatican,Whitehall,Westminster,Capitol,Capitol Hill,Bundestag,Duma,"
        "Knesset,Commons,House of Commons,House of Lords,Interpol,Europol,Treasury,Home Office,"
        "Foreign Office,Supreme Court,Scotland Yard,Met,Politburo,Taliban,Hamas,"
        "Hezbollah,Isis,ISIS,Nasa,NASA,FBI,CIA,NSA,MI5,MI6,GCHQ,IMF,WHO,OECD,Opec,OPEC,G7,G20,"
        "Brexit,Commonwealth,European Union,European Commission,European Council,"
        "European Parliament,United Nations,Security Council,Labour,Tories,Tory,Conservatives,"
        "Lib Dems,Democrats,Republicans,SNP,GOP,NHS,BBC,ITV,CNN,NBC,CBS,ABC,PBS,NPR,MSNBC,"
        "Fox News,Sky News,Reuters,AFP,AP,Associated Press,Bloomberg,Politico,Axios,The Guardian,"
        "Guardian,The Times,Times,The Telegraph,Telegraph,Daily Mail,MailOnline,Mail Online,"
        "The Sun,The Independent,Financial Times,The Economist,Economist,New York Times,"
        "Washington Post,Wall Street Journal,USA Today,Los Angeles Times,Al Jazeera,Le Monde,"
        "Der Spiegel,Twitter,X,Facebook,Instagram,Telegram,TikTok,YouTube,WhatsApp,Snapchat,"
        "LinkedIn,Reddit,Google,Apple,Amazon,Microsoft,Netflix,Getty,Getty Images,Alamy,"
        "Shutterstock,EPA,PA,Press Association,Rex,Rex Features,Tass,TASS,RIA Novosti,"
        "Xinhua,Interfax,Ukrinform,Kyodo,Yonhap,Sputnik,RT,LBC,"
        "Radio 4"
    ).split(",")
)
# Months, days and other capitalised words that are never an actor on their own.
NEVER_ACTORS = words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow "
    "christmas easter ramadan eid new year mr mrs ms dr sir god i i'm i've i'd i'll ok okay "
    "breaking update updated live watch read more related exclusive advertisement "
    "north south east west northern southern eastern western central "
    "am pm gmt bst utc est edt pst gdp ceo mp mps pm tv pc dna hiv covid ok"
)
# Last words of a show named after its host: "The Tom Hale Show".
SHOW_HEADS = words("show shows hour")
# Royal titles that are also surnames and brand words ("Stephen King", "Burger King").
ROYAL_TITLES = words("king queen prince princess")
ROYAL_QUALIFIERS = words("crown grand royal highness")
# First words of place names: "St. Louis", "Fort Worth", "Lake Tahoe", "Cape Town", "Ilha de X"
# (not "Rio", "Isla" or "Sierra", which are given names too).
PLACE_PREFIXES = words(
    "st saint san santa sao fort port mount mont monte lake cape "
    "ilha isola ile île lago praia playa cerro bahia bahía puerto angra"
)
# Last words of a thing's name: "Roadside Nail Bomb".
THING_HEADS = words(
    "bomb bombs device devices weapon weapons rifle rifles gun guns missile missiles rocket rockets "
    "drone drones vaccine trophy medal lp ep album albums single"
)
# Endings of sentence adverbs that open a sentence: "Thankfully", "Reportedly", "Interestingly".
ADVERB_ENDINGS = (
    "fully",
    "ously",
    "ably",
    "ibly",
    "edly",
    "ingly",
    "ively",
    "ately",
    "ently",
    "antly",
    "ically",
)
# Capitalised compass words before a name make it a region: "West Sussex".
COMPASS = words("north south east west northern southern eastern western central")
# Endings of a noun that describes a person, written before a name: "Methodist", "Dutchman".
DESCRIPTOR_ENDINGS = ("ist", "ists", "man", "woman", "er", "or", "an", "crat", "boy", "girl")
# Months that are also surnames ("Theresa May"): after a given name they end a name.
SURNAME_MONTHS = words("may june april august")
# Capitalised words a sentence often starts with that are never part of a name.
FUNCTION_WORDS = words(
    "the a an this that these those it its it's he she his her they their them we our you your "
    "i me my mine there here what when where why how who whom whose which while whilst as at in "
    "on of for from by with without within into onto over under after before during since until "
    "if unless although though because but and or nor so yet also however meanwhile still just "
    "only even then now later earlier asked speaking writing according despite amid among "
    "between following some many most more much several few all both each every any no not "
    "one two three four five six seven eight nine ten eleven twelve hundreds thousands millions "
    "first second third last next another other such about around across through against "
    "instead indeed perhaps maybe once twice overnight yesterday today separately elsewhere "
    "earlier last initially ultimately finally additionally furthermore moreover nonetheless "
    "nevertheless otherwise similarly likewise alternatively currently recently previously "
    "together officials sources police experts critics analysts reports is are was were be yes "
    "has have had do does did will would can could should may might must shall "
    "everyone everybody someone somebody anyone anybody nobody no-one none everything something "
    "nothing anything"
)
# Peoples and national adjectives: "Russian jets", "the British", never an actor of their own.
DEMONYMS = words(
    "afghan afghans african africans albanian algerian american americans arab arabs argentine "
    "argentinian armenian asian asians australian australians austrian azerbaijani bahraini "
    "bangladeshi belarusian belgian bolivian bosnian brazilian brazilians british briton britons "
    "bulgarian burmese cambodian canadian canadians chilean chinese colombian congolese croatian "
    "cuban cypriot czech danish dutch egyptian egyptians emirati english eritrean estonian "
    "ethiopian european europeans filipino finnish french frenchman georgian german germans "
    "ghanaian greek guatemalan haitian hungarian icelandic indian indians indonesian iranian "
    "iranians iraqi iraqis irish israeli israelis italian italians ivorian jamaican japanese "
    "jordanian kazakh kenyan korean koreans kosovan kurdish kurds kuwaiti kyrgyz latvian "
    "lebanese libyan lithuanian malaysian maltese mexican mexicans moldovan mongolian "
    "montenegrin moroccan nepalese nigerian norwegian pakistani palestinian palestinians "
    "peruvian polish portuguese qatari romanian russian russians rwandan saudi saudis scottish "
    "serbian singaporean slovak slovenian somali south-african spanish sri-lankan sudanese "
    "swedish swiss syrian syrians taiwanese tajik thai tunisian turkish turkmen ugandan ukrainian "
    "ukrainians uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean "
    "western eastern soviet nazi jewish muslim christian catholic protestant sunni shia "
    "franco-british anglo-american anglo-french transatlantic"
)
# Nouns for one person of a people: "Spaniard Julen Doe" is Julen Doe ("Spanish" may open a name).
# ("Scot", "Dane" and "Brit" are given names too, so only their plurals are here.)
DEMONYM_NOUNS = words(
    "spaniard dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman "
    "irishwoman scots scotsman scotswoman welshman welshwoman swede danes turk briton brits kiwi "
    "aussie argentine"
)
# Short and familiar country names the ISO list spells otherwise.
COUNTRY_ALIASES = {
    "us": "United States",
    "u.s": "United States",
    "u.s.": "United States",
    "usa": "United States",
    "u.s.a": "United States",
    "america": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom",
    "u.k": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "england": "England",
    "scotland": "Scotland",
    "wales": "Wales",
    "northern ireland": "Northern Ireland",
    "russia": "Russian Federation",
    "iran": "Iran, Islamic Republic of",
    "syria": "Syrian Arab Republic",
    "south korea": "Korea, Republic of",
    "north korea": "Korea, Democratic People's Republic of",
    "vietnam": "Viet Nam",
    "venezuela": "Venezuela, Bolivarian Republic of",
    "bolivia": "Bolivia, Plurinational State of",
    "tanzania": "Tanzania, United Republic of",
    "moldova": "Moldova, Republic of",
    "taiwan": "Taiwan, Province of China",
    "laos": "Lao People's Democratic Republic",
    "czech republic": "Czechia",
    "turkey": "Türkiye",
    "ivory coast": "Côte d'Ivoire",
    "palestine": "Palestine, State of",
    "vatican city": "Holy See (Vatican City State)",
    "holland": "Netherlands",
    "the netherlands": "Netherlands",
    "burma": "Myanmar",
    "congo": "Congo",
}
# Major cities: capitals and the cities world news names most.
CITIES = frozenset(
    c.lower()
    for c in (
        "London,Paris,Berlin,Madrid,Rome,Lisbon,Dublin,Brussels,Amsterdam,The Hague,Luxembourg,"
        "Vienna,Bern,Geneva,Zurich,Prague,Warsaw,Budapest,Bratislava,Ljubljana,Zagreb,Belgrade,"
        "Sarajevo,Skopje,Tirana,Sofia,Bucharest,Athens,Nicosia,Valletta,Copenhagen,Oslo,Stockholm,"
        "Helsinki,Reykjavik,Tallinn,Riga,Vilnius,Minsk,Kyiv,Kiev,Chisinau,Moscow,St Petersburg,"
        "Tbilisi,Yerevan,Baku,Ankara,Istanbul,Jerusalem,Tel Aviv,Gaza,Ramallah,Beirut,Damascus,"
        "Amman,Baghdad,Tehran,Riyadh,Jeddah,Doha,Dubai,Abu Dhabi,Muscat,Sanaa,Kuwait City,Manama,"
        "Cairo,Tripoli,Tunis,Algiers,Rabat,Casablanca,Khartoum,Addis Ababa,Nairobi,Kampala,Kigali,"
        "Mogadishu,Lagos,Abuja,Accra,Dakar,Kinshasa,Luanda,Harare,Johannesburg,Pretoria,Cape Town,"
        "Kabul,Islamabad,Karachi,Lahore,Delhi,New Delhi,Mumbai,Kolkata,Chennai,Bangalore,Dhaka,"
        "Colombo,Kathmandu,Beijing,Shanghai,Hong Kong,Shenzhen,Wuhan,Taipei,Tokyo,Osaka,Seoul,"
        "Pyongyang,Bangkok,Hanoi,Ho Chi Minh City,Manila,Jakarta,Kuala Lumpur,Singapore,Canberra,"
        "Sydney,Melbourne,Brisbane,Perth,Auckland,Wellington,Ottawa,Toronto,Montreal,Vancouver,"
        "Washington,New York,Los Angeles,Chicago,Houston,Dallas,Miami,Boston,Philadelphia,Atlanta,"
        "San Francisco,Seattle,Denver,Las Vegas,Phoenix,Detroit,New Orleans,Baltimore,Orlando,"
        "Nashville,Austin,San Diego,Mexico City,Havana,Caracas,Bogota,Lima,Quito,Santiago,"
        "Buenos Aires,Montevideo,Brasilia,Rio de Janeiro,Sao Paulo,Manchester,Birmingham,"
        "Liverpool,Leeds,Glasgow,Edinburgh,Cardiff,Belfast,Bristol,Newcastle,Sheffield,"
        "Nottingham,Leicester,Southampton,Oxford,Cambridge,Brighton,Munich,Hamburg,Frankfurt,"
        "Cologne,Milan,Naples,Venice,Florence,Barcelona,Seville,Valencia,Marseille,Lyon,Nice,"
        "Strasbourg,Davos,Kharkiv,Odesa,Odessa,Lviv,Dnipro,Zaporizhzhia,Kherson,Mariupol,"
        "Donetsk,Luhansk,Bakhmut,Crimea,Donbas,Sevastopol,Mykolaiv,Kursk,Belgorod,Rafah,"
        "Khan Younis,Aleppo,Idlib,Mosul,Basra,Kandahar,Benghazi,Westminster,Brooklyn,Manhattan,"
        "Silicon Valley,Hollywood,Wall Street"
    ).split(",")
)
CONTINENTS = words("europe africa asia antarctica oceania eurasia scandinavia balkans caucasus")
WORLD_REGIONS = frozenset(
    "latin america,south america,north america,central america,middle east,far east,"
    "east asia,south asia,southeast asia,central asia,west africa,east africa,north africa,"
    "sub-saharan africa,western europe,eastern europe,the west,the gulf,"
    "west bank,gaza strip,east timor,east anglia,northern territory,south pacific,north sea".split(",")
)
# Country names that are also common first names or surnames ("Tom Jordan", "Chad Smith").
NAME_LIKE_COUNTRIES = words("jordan chad georgia israel india kenya lebanon bermuda")
ACRONYM = re.compile(r"^[A-Z][A-ZÀ-ÖØ-Þ0-9&.]{1,6}$")  # "NHS", "RTÉ"


def iso_records(name: str, key: str) -> list[dict[str, str]]:
    """Records of one of pycountry's ISO databases, read as plain JSON (much faster than
    building pycountry's objects, and the same data)."""
    import json
    import os

    import pycountry

    with open(os.path.join(pycountry.DATABASE_DIR, name), encoding="utf-8") as handle:
        records: list[dict[str, str]] = json.load(handle)[key]
    return records


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Every spelling of a country (ISO name, common and official names, familiar short forms),
    lower-cased, mapped to one canonical name."""
    out: dict[str, str] = {}
    for country in iso_records("iso3166-1.json", "3166-1"):
        canonical = country.get("common_name") or country["name"]
        for attr in ("name", "common_name", "official_name"):
            value = country.get(attr)
            if value and "," not in value:
                out[value.lower()] = canonical
    for alias, iso_name in COUNTRY_ALIASES.items():
        out[alias] = out.get(iso_name.lower(), iso_name)
    return out


REGION_TYPES = frozenset(
    "State,Province,Region,Country,Nation,Capital,Capital city,Capital district,City,Autonomous city,"
    "Federal district,Special administrative region,Autonomous republic,Autonomous region,Oblast,"
    "Republic,Emirate,Territory,Two-tier county,Metropolitan district,Unitary authority,"
    "London borough,Autonomous community,Canton,Land,Voivodship,Governorate".split(",")
)


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """Lower-cased names of states, provinces and regions (pycountry's ISO 3166-2 subdivisions)."""
    out: set[str] = set()
    for sub in iso_records("iso3166-2.json", "3166-2"):
        if sub["type"] in REGION_TYPES:
            name = re.sub(r"\s*\[.*?\]", "", sub["name"]).strip()
            if name and "," not in name and len(name.split()) <= 3:
                out.add(name.lower())
    return frozenset(out)


@lru_cache(maxsize=65536)
def place_name(key: str) -> str | None:
    """The canonical place a lower-cased name denotes, if it is a known country, region or city."""
    found = countries().get(key)
    if found:
        return found
    if key in CITIES or key in CONTINENTS or key in WORLD_REGIONS or key in regions():
        return key
    return None


REPORTING_VERBS = words(
    "said says say saying told tells tell telling added adds adding add wrote writes writing "
    "stated states stating claimed claims claiming alleged alleges alleging warned warns warning "
    "insisted insists insisting argued argues arguing asked asks asking replied replies replying "
    "explained explains explaining noted notes noting reported reports announced announces "
    "announcing declared declares declaring urged urges urging suggested suggests suggesting "
    "admitted admits admitting confirmed confirms confirming denied denies denying boasted "
    "boasts boasting tweeted tweets tweeting posted posts continued continues continuing "
    "accused accuses accusing described describes describing called calls calling proposed "
    "proposes proposing ridiculed mocked recalled recalls recalling revealed reveals revealing "
    "vowed vows vowing promised promises promising pledged pledges pledging predicted predicts "
    "acknowledged acknowledges conceded concedes agreed agrees complained complains "
    "criticised criticized condemned condemns praised praises blasted slammed "
    "branded brands labelled labeled dubbed quipped joked laughed cried shouted screamed "
    "whispered yelled demanded demands questioned questions responded responds commented "
    "comments remarked remarks observed observes testified testifies wrote emailed texted "
    "messaged thundered fumed raged snapped sighed stressed stresses emphasised emphasized "
    "underlined reiterated reiterates repeated repeats concluded concludes began begins "
    "went goes explained told say tell add write claim warn insist argue ask reply explain note "
    "announce declare urge suggest admit confirm deny repeat repeated "
    "characterized characterised characterizes characterises joking jokes quipping quips "
    "complaining conceding acknowledging praising criticising criticizing"
)
# Verbs that attribute a quoted finding ("the report found a 'sustained campaign'") but are no
# evidence that their subject speaks, let alone is a person.
FINDING_VERBS = words("found finds highlighted highlights")
# Verbs that report speech only right after a quotation ("…,” he charged): before one they
# mostly mean something else ("X was charged with …").
AFTER_QUOTE_VERBS = words("charged countered retorted scoffed shot protested")
# Reporting verbs only a person does: "X told reporters", "X joked" (a firm "said" or "announced").
HUMAN_VERBS = words(
    "told tells joked quipped laughed recalled recalls shouted screamed whispered yelled cried "
    "sighed fumed snapped confessed tweeted texted emailed boasted testified"
)
# Predicates only a person takes ("X died", "X pleaded not guilty", "X was born").
HUMAN_PREDICATES = words(
    "died dies pleaded pleads smiled smiles wept weeps sobbed grinned shrugged nodded married "
    "marries divorced resigned resigns retired retires confessed confesses apologised apologized"
)
HUMAN_PASSIVES = words(
    "born arrested jailed imprisoned sentenced executed murdered stabbed wounded hospitalised "
    "hospitalized buried knighted"
)
# Words between a subject and its verb that do not change who speaks.
AUXILIARIES = words(
    "has have had also then later previously earlier again once would will had has already "
    "simply just reportedly allegedly apparently recently repeatedly publicly privately "
    "separately angrily bluntly flatly last "
)
# Role words written after a name in British usage: "Ann Pryce MP".
POST_NOMINALS = words("mp msp mep mla am td qc kc obe mbe cbe")
# With the contractions a subject takes ("he's found", "she'd rather"), straight apostrophes.
PRONOUNS_MALE = words("he him his himself he's he'd he'll")
PRONOUNS_FEMALE = words("she her hers herself she's she'd she'll")
# Common given names across the languages world news covers (general knowledge, not taken from
# any text): a multi-word name that opens with one is a person even with no other evidence,
# while one that does not ("Harlow Brent", "Zorro Verde") needs evidence of a person.
GIVEN_NAMES = words(
    # English
    "aaron adam adrian aidan alan albert alex alexander alexandra alfred alice alison allan amanda "
    "amber amy andrea andrew andy angela angus ann anna anne annie anthony arthur ashley austin "
    "barbara barry ben benjamin beth betty bill billy bob bobby bonnie brad bradley brandon brenda "
    "brett brian bridget brittany bruce bryan caitlin callum calvin cameron carl carol "
    "caroline carrie catherine charles charlie charlotte chelsea cheryl chloe chris christian "
    "christina christine christopher chuck cindy claire clare colin connor craig cynthia dan dana "
    "daniel danielle danny darren dave david dean debbie deborah denis dennis derek diana diane "
    "dominic don donald donna doris dorothy doug douglas duncan dylan eddie edward eileen elaine "
    "eleanor elizabeth ellen ellie emily emma eric erin ethan eugene evan eve fiona frances francis "
    "frank fred freddie gail gary gavin gemma gene geoffrey george georgia gerald gill gillian "
    "glen glenn gloria gordon grace graham grant greg gregory hannah harold harriet harry hayley "
    "heather helen henry holly howard hugh hugo ian isaac isabel isabella jack jackie jacob jake "
    "james jamie jane janet janice jason jean jeff jeffrey jennifer jenny jeremy jerry jess jessica "
    "jill jim jimmy jo joan joanna joanne joe joel john johnny jon jonathan jordan joseph josh "
    "joshua joyce judith judy julia julian julie justin karen kate katherine kathleen kathryn "
    "kathy katie keith kelly ken kenneth kerry kevin kieran kim kirsty kyle larry laura lauren "
    "lawrence lee leo leon lesley leslie liam lily linda lindsay lisa liz lois louise lucy luke "
    "lynn maggie malcolm marc margaret maria marie marion mark martha martin mary matt matthew "
    "megan melanie melissa michael michelle mike molly nancy naomi natalie nathan neil nicholas "
    "nick nicola nicole nigel noah norman oliver olivia owen pamela pat patricia patrick paul "
    "paula pauline peggy penny pete peter phil philip phillip rachel ralph ray raymond rebecca "
    "richard rick rita rob robert robin rod roger ron ronald rose ross roy ruby russell ruth ryan "
    "sally sam samantha samuel sandra sara sarah scott sean sharon shaun sheila shirley simon "
    "sophie stacey stephanie stephen steve steven stuart sue susan suzanne tammy teresa terry "
    "theresa thomas tim timothy tina toby todd tom tommy tony tracy trevor tyler valerie vanessa "
    "vicky victoria vincent walter wayne wendy william willie zoe travis "
    "karl mitch chad troy kurt kirk "
    "ed mel stan hal bert ernie herb lou moe sid walt wally abe chet lyle floyd lloyd vern hank "
    "ted len lenny marty benny manny sonny gus clint dwight marvin leroy elmer jimmie johnnie "
    "bobbie frankie stevie ricky randy bea edna ethel mabel myrtle irene lorraine marilyn dolly "
    "jeanne jenna kirstie kristen kristin tricia shelley sheryl meryl goldie bette liza lana ava "
    "sammy warren wilbur orson errol cary ernest maurice percy reginald roland rupert sebastian "
    "tobias vernon wilfred winston "
    # French, Dutch, German, Scandinavian
    "alain amelie antoine bernard bertrand bruno camille christophe claude didier "
    "dominique emmanuel etienne fabien francois franck frederic gerard gilles guillaume henri "
    "herve jacques jean-claude jean-luc jean-marie jean-pierre jerome julien laurent louis luc "
    "marcel marine mathieu michel nicolas olivier pascal philippe pierre remi rene sebastien "
    "segolene stephane sylvie thierry valerie xavier yves dirk jan jens joost klaas "
    "pieter ruud wim wouter annegret angela armin dieter frank-walter friedrich gerhard gunther "
    "hans heinz helmut horst jurgen klaus manfred markus olaf rainer ralf sigmar stefan ulrich "
    "ursula uwe wolfgang anders bjorn erik henrik lars magnus nils olof sven ulf ingrid karin "
    "mette sanna jonas"
    # Spanish, Portuguese, Italian
    " alberto alejandro alfonso alvaro ana andres angel antonio carlos carmen cesar cristina diego "
    "eduardo elena enrique esteban felipe fernando francisco gabriel gonzalo guillermo gustavo "
    "hector ignacio javier jesus jorge jose juan julio lionel lorenzo lucia luis manuel marco "
    "marcos mariano mario miguel nestor pablo pedro rafael ramon raul ricardo roberto rodrigo "
    "santiago sergio valentina vicente joao luiz paulo rui andrea alessandro claudio enrico "
    "fabio federico francesco gianni giorgia giorgio giovanni giuseppe luca luigi massimo matteo "
    "mauro paolo pietro roberto silvio stefano vittorio"
    # Slavic, Baltic, Greek, Hungarian
    " aleksandr alexei alexey anatoly andrei andriy boris dmitry dmitri evgeny fyodor igor ilya "
    "ivan kirill konstantin maxim mikhail nikolai oleg oleksandr oleksii olena pavel petro "
    "sergei sergey sergiy svetlana tatiana vadim valery viktor vitali vitaly vladimir volodymyr "
    "yevgeny yulia yuri yury andrzej donald jaroslaw lech mateusz tomasz wojciech zbigniew "
    "milos vaclav viktor zoran aleksandar alexis andreas dimitris giorgos kostas kyriakos nikos "
    "yanis janos laszlo peter"
    # Arabic, Persian, Turkish, South Asian, African
    " abdul abdullah ahmad ahmed ali amir anwar ashraf bashar fatima hamid hassan hussein ibrahim "
    "ismail jamal karim khalid layla mahmoud mohamed mohammad mohammed muhammad mustafa nabil "
    "omar rashid saeed salim sami samir tariq yasser yousef youssef zainab hassan reza javad "
    "ebrahim mahmoud recep ahmet mehmet kemal emre arvind amit anil imran indira jawaharlal "
    "narendra nawaz priya rahul raj rajesh ravi rishi sanjay shehbaz sunil suresh vijay yogi "
    "cyril jacob kofi nelson olusegun thabo uhuru william yoweri paul"
    # East and South-East Asian
    " xi li wang zhang hu jiang deng mao kim park moon yoon shinzo fumio yoshihide junichiro "
    "naoto taro hiroshi akira haruki jae-in ji-hoon min-jun thaksin prayuth joko rodrigo "
    "ferdinand lee hsien loong anwar mahathir najib"
    # American and sports-press forms
    " aaron tom jalen lebron kobe shaquille dwyane kyrie stephen "
    "kawhi giannis serena venus roger rafael novak andy cristiano lionel wayne zinedine thierry "
    "kylian mesut manuel"
    # More, from many languages (common words, places and role words left out)
    " "
    "abena abigail abraham ada ade adnan adolfo afonso agnes agnieszka agustin aileen aisha aisling "
    "akiko alana alasdair alec alejandra aleksei alessandra alexa alfredo alicia alina alistair alyssa "
    "ama amara ambrose amelia amina amr anastasia andie angelina angelo anita anjali annabel annette "
    "anton aoife archie arjun arkady arlene armando arnold arturo arun ashok audrey augustus ayman "
    "babatunde barnaby bartholomew basil beata beatrice beatriz belinda benito bernadette bernie "
    "beverley beverly bianca blair bohdan bola boyd brendan brennan brianna bridie brody brooke bryce "
    "byron caitlyn caleb camilo candice caoimhe cara carla carlo carly carmel carolina carolyn "
    "cassandra catalina cathy cecil cecilia cedric celia charlene cherie chiara chidi chinedu christa "
    "chukwu cian ciara clara clarence clark claudia clifford clive clyde cody colleen colm conal "
    "conrad cormac courtney cristian curtis daisy dale damian damien damon daniela daphne darcy daria "
    "dario darrell darryl dawn declan deepak deepika deirdre delia denise dermot desmond dev dexter "
    "dilma dolores dom donal donnacha dragan duane dustin eamon eamonn edgar edith edmund edwin "
    "ekaterina elisa elise eliud eliza ella elliot elliott eloise elsie elton elvis emeka emilia "
    "emilio emmett enoch eoin erica ernesto esperanza esther eva evelyn evo ewan ezra fadi faisal "
    "farah farid felicity felix fergus fidel filippo finn fintan florentino francesca franco franklin "
    "freya funmilayo gabor gabriela gabriella gabrielle galina gareth garrett garry gaurav gennady "
    "genzebe geoff georgina geraldine gerardo gerry gianluca gideon gilbert gilberto giles gina ginny "
    "gisele giulia glyn godfrey goodluck goran gordie grady graeme grainne gregor griffin grigory "
    "guadalupe gwen gwyneth hadi haile haitham hakim hamish hamza hani harlan harriett harrison haruka "
    "harvey hazel heidi helena herbert hideki hilary hillary hong horace hui huw imogen ion irina isla "
    "istvan ivana ivor jacky jacqueline jae jaime jakub janine jared jarrod jasmine jasper jawad jayne "
    "jed jelena jemima jenifer jennie jesse jessie jethro jian jing jiri joaquin jodie jody joey jomo "
    "jonah jonny josefina josephine juana jude judi juliet julius jun kamal kane karla katarzyna "
    "kavita kayla keegan keiko kelsey kendra kenenisa kenji kenny kerr khaled kimberly kirsten koichi "
    "kojo kris kristian kristina krzysztof ksenia kumar kwame kylie lachlan laila lakshmi leah leanne "
    "lei leila lena leonard leonardo leonid les leticia liang libby lillian lin lindsey ling logan "
    "lola lorna lorne lottie louisa lourdes lucas lucinda ludmila lukasz lula luther luz lydia lynda "
    "lynne lyudmila mack madeleine madison majid makoto maksim malgorzata mandy manish mansour marcelo "
    "marcia marcus marek margot mariah mariam marianne marina marisol marjorie marlene marwan masahiro "
    "mateo matthias maureen mauricio maxine maxwell meera mei melinda mercedes mervyn mia micah mick "
    "mickey mildred millie milo ming mircea miriam mitchell mo mohan mollie monica monty morag morris "
    "muhammadu munir muriel murray mykola myles nadezhda nadia naoki nasser natalia natalya natasha "
    "neha nell nellie nenad neville neymar niall niamh nicolae nikita niko nina nitin nizar noel noor "
    "nora norma norris octavio oisin oksana oleksiy olga olive oluwaseun orla osama oscar otis ozzie "
    "paddy paige paola patsy pawel pepe percival perry petr phineas phoebe phyllis pilar piotr pooja "
    "poppy pradeep priscilla pyotr qasim qiang quentin quincy rab raila rajiv rami ramzi rania raquel "
    "rebekah reece reggie regina renee rhiannon rhonda rhys riccardo richie riyad robbie roberta robyn "
    "rocio rodney rodolfo rogerio rohit roisin rolando rolf roman ronaldo ronan ronnie rory rosa "
    "rosario rosemary rosie rowan rowena royce ruben rudy rufus ruslan russ ryo saad sabrina sachin "
    "sadie salah salvador salvatore saoirse sasha satoshi saul seamus selina seo-yeon seán shane "
    "sharif shay sheldon shelly-ann shinji sian sidney sienna silas simona simone sinead siobhan "
    "slobodan sonia sophia spencer stanislav stanley stella stewart stu sullivan sunita sylvia tadhg "
    "takashi talal tam tamara tanner tanya tara taras tatyana teddy terence tess tessa thaddeus thelma "
    "theo theodore tiago tiffany tilly tirunesh tomas tomohiro tracey traian tristan tunde ty tyrone "
    "usain uzo valentin valentino vasily vaughan vera verity veronica vic victor vikram vince vincenzo "
    "vitor vivek vivian vivienne vladislav vyacheslav waleed walid wallace wanda warwick wei wes "
    "wesley whit wilf willard winnie wole wyatt xiao ximena xin yan yang yasmin yemi yohan yoko "
    "yolanda yong younis yuki yuliya yusuf yvonne zach zachary zack zaid zara zhao zoltan zoya"
    # Common forms by region, for sports and world pages (words, months, titles and places left out)
    " "
    # German, Scandinavian, Finnish, Dutch
    "philipp lukas jonas leon felix maximilian moritz niklas tobias florian matthias andreas markus "
    "joachim dieter manfred wolfgang helmut klaus uwe horst gerhard rainer ralf bernd jens sven "
    "torsten heiko holger timo jannik thilo benedikt bastian lars nils henrik magnus bjorn björn olaf "
    "ole gunnar sigurd kjetil espen morten jesper rasmus mads soren søren christer fredrik mattias "
    "gustav oskar axel linnea sigrid ingrid astrid mika kimi valtteri jari jarkko teemu sami pekka "
    "jukka matti antti juha heikki lauri aki eero kalle janne kirsi liisa joost jeroen pieter kees "
    "arjen ruud frenkie wout "
    # Spanish, Basque, Catalan, Portuguese, Italian, French
    "ander iker aitor unai xabi xavi gorka mikel asier inaki iñaki koldo andoni josu alvaro álvaro "
    "iago isco koke santi dani gonzalo ignacio guillermo alfonso joaquin joaquín emilio marcelo "
    "mauricio ezequiel facundo nicolas nicolás emerson ronaldinho rivaldo neymar thiago tiago joao "
    "joão goncalo gonçalo rui nuno gianluigi gianluca giancarlo pierluigi alessio daniele "
    "filippo lorenzo mattia riccardo simone stefano vincenzo ciro gennaro massimo claudio didier "
    "laurent olivier antoine ousmane benoit benoît sebastien sébastien stephane stéphane jerome "
    "jérôme yannick cedric cédric loic loïc "
    # Balkan, Turkish, Slavic
    "edin miralem senad haris ermin nemanja dusan dušan aleksandar zoran goran dragan ivica davor "
    "dejan bojan nikola branislav slobodan zeljko željko predrag hakan arda emre burak cenk mert "
    "ozan selim kemal ahmet mehmet dmitry sergey yevgeny evgeny anatoly nikolai alexei alexey oleg "
    "viktor volodymyr petro arseniy "
    # South Asian, Arabic, Persian, African
    "sushil sunil anil rahul sachin virat rohit ajay vijay sanjay sanjeev manoj ramesh suresh "
    "mahesh rakesh mukesh naveen nitin pankaj deepak dinesh harish jitendra kapil mahendra narendra "
    "prakash pradeep rajiv rajendra shashi subhash sudhir vikram vinod yogesh amit anand ashish "
    "gaurav kiran pooja deepika aishwarya sunita kavita neha shreya imran shahid wasim waqar shoaib "
    "sarfraz misbah inzamam abdullah abdul hamid hassan hussein karim khalid mahmoud majid mansour "
    "nasser omar rashid saeed salman tariq youssef yousef ziad hamad fahad faisal jamal kamal nabil "
    "samir fatima leila layla mariam maryam noor nour zainab hamza bilal idris ismail kwame kofi "
    "kojo chidi chinedu emeka obinna segun tunde chioma thabo sipho themba jabulani yaya sadio "
    "riyad "
    # East Asian, Hebrew, Irish, Welsh and Scottish forms
    "takeshi shinzo yoshihide fumio naoko keiko haruki shinji keisuke makoto masahiro daisuke "
    "kazuki xiaoming jianguo zhiwei yossi avi moshe shimon yitzhak naftali itamar noa tamar ollie "
    "olly alfie harri gethin rhys dafydd emyr huw iwan ioan sian siân cerys eleri ffion aled osian "
    "niamh siobhan sinead sinéad saoirse ciaran ciarán cian oisin oisín padraig pádraig seamus "
    "séamus eoin "
    # More forms, female ones above all, by region
    "manon noelle margaux clemence clémence amelie amélie aurelie aurélie celine céline elodie "
    "élodie emilie émilie helene hélène juliette lucie mathilde oceane océane pauline solene "
    "sylvie veronique véronique virginie yvette gaston marcel maurice pascal thibault yves lucia "
    "lucía carmen dolores pilar rocio rocío paloma marisol ines inés leticia lorena marta nerea "
    "raquel valentina giulia chiara francesca federica alessia martina elisa ilaria paola "
    "anja birgit heike jutta katrin kerstin sabine silke susanne ute franziska lena leonie "
    "katarzyna malgorzata małgorzata ewa magdalena monika natalia svetlana tatiana tatyana irina "
    "elena ekaterina yekaterina oksana yulia ksenia darya milena jelena ivana dragana piotr pawel "
    "paweł krzysztof tomasz marcin grzegorz wojciech jakub kamil lukasz łukasz mateusz andrzej "
    "janusz jerzy zbigniew ondrej ondřej jiri jiří petr tomas tomáš pavel vaclav václav milos "
    "miloš jaroslav laszlo lászló istvan istván gabor gábor zsolt tamas tamás attila ferenc sandor "
    "sándor mihai florin gheorghe vasile ionut ionuț andreea ioana giorgos yannis kostas nikos "
    "dimitris panagiotis christos vasilis eleni katerina ahmad mohamad muhammad mustafa osama anwar "
    "bashar ghassan haitham hisham ibrahim jamil marwan munir nizar qasim raed rami riad "
    "sameh sharif tamer usama wael yasser zaki amal dina hala hanan huda lina lubna nadia rania "
    "reem salma samira suha yara zeina reza hossein mohsen mehdi javad amir babak behrouz dariush "
    "farhad kaveh masoud navid omid parviz ramin shahram shirin golnar mahsa nasrin parisa roya "
    "asad najeeb faizan farhan fawad junaid kamran nadeem naveed rizwan saqib shahzad tahir usman "
    "waseem zafar zubair ayesha nargis shazia abhishek aditya akash amitabh arvind ashwin dhruv "
    "ishant jasprit karan mohit nikhil pranav rishabh sandeep shikhar siddharth sourav "
    "varun yuvraj anushka deepa divya kajal kareena lakshmi madhuri meena nandini preeti radha "
    "rekha ritu shilpa smriti swati usha vidya aung kyaw zaw somchai yingluck joko susilo dewi "
    "hellen wanjiru eliud kenenisa tirunesh genzebe almaz meseret haile adebayo ayodele "
    "chukwuemeka folake funmilayo ifeoma nkechi oluwaseun temitope uche bongani lindiwe nomvula "
    "thandeka sibusiso mandla akira hideki hiroki ichiro kenta koji masashi naoki satoshi shota "
    "takashi takuya tetsuya yuji yusuke ayumi haruka misaki nanami yumiko eimear grainne gráinne "
    "orla roisin róisín sorcha colm donal dónal fergal lorcan ronan ruairi tadhg elinor esme "
    "imogen maisie millie phoebe rosie tilly freya jenson kyle liam logan mason reece tyler "
    "jermaine jermain deshawn darnell tyrone lamar dwayne keisha latoya tamika brandi "
    "kayla courtney whitney jaylen imelda "
    # English short forms and nicknames that are no common word, town or river ("Daryl", "Gabby";
    # not "Hope", "Rusty" or "Shannon")
    "abby addison allie alma alvin amos andre angie avery barney bart becky bella benji beryl betsy "
    "billie blake camilla casey cassie chrissy colby corey cory darius darla daryl davey debra della "
    "delores denny devin dewey donnie doreen dougie edie eli etta freddy gabby glenda gregg harley "
    "hattie herbie hughie ida ira irma jeanette jolene judd jules kev kurtis lacey laverne lester "
    "lexi lila lizzie lonnie louie maddie madge margie melvin merle mikey mindy minnie moira nicky "
    "rhett rhoda roxanne shawn shelly sherri steph susie suzy syd timmy toni trey trudy viv zeke "
    "bashir julen dane"
)

# Given names used for one sex only in English-language news (unisex ones such as Sam, Jordan,
# Robin, Lindsay or Hilary are left out): a he/she can then be checked against the person.
FEMALE_GIVEN_NAMES = words(
    "abigail ada agnes aileen aisha aisling akiko alana alejandra alessandra alexa alexandra alice "
    "alicia alina alison alyssa amanda amber amelia amina amy ana anastasia angela angelina anita "
    "anjali ann anna annabel anne annegret annette annie aoife april arlene audrey barbara beata "
    "beatrice beatriz belinda bernadette beth betty beverley beverly bianca bonnie brenda brianna "
    "bridget bridie brittany brooke caitlin caitlyn camille candice cara carla carly carmel carmen "
    "carol caroline carolyn carrie cassandra catalina catherine cathy cecilia celia charlene charlotte "
    "chelsea cherie cheryl chiara chloe christina christine cindy claire clara clare claudia colleen "
    "courtney cristina cynthia daisy daniela danielle daphne daria dawn debbie deborah deepika deirdre "
    "delia denise diana diane dolores donna doris dorothy edith edna eileen ekaterina elaine eleanor "
    "elena elisa elise eliza elizabeth ella ellen ellie eloise elsie emilia emily emma erica erin "
    "esther ethel eva eve faith farah fatima felicity fiona florence frances francesca freya gabriela "
    "gabriella gabrielle gail galina gemma georgia georgina geraldine gill gillian gina ginny gisele "
    "giulia gloria grace gwen gwyneth hannah harriet harriett hayley hazel heather heidi helen helena "
    "hillary holly imogen ingrid irene irina isabel isabella isla ivana jacqueline jane janet janice "
    "janine jasmine jayne jeanne jelena jemima jennie jennifer jenny jessica jill joan joanna joanne "
    "jodie josephine joyce judi judith judy julia julie juliet june karen karin karla katarzyna kate "
    "katherine kathleen kathryn kathy katie kavita kayla kelsey kendra kimberly kirsten kirsty kristen "
    "kristin kristina ksenia kylie laila lakshmi lara laura lauren leah leanne leila lena leticia "
    "libby lillian lily linda lisa liz liza lola lorna lorraine lottie louisa louise lucia lucinda "
    "lucy lydia lynda lynn lynne mabel madeleine madison maggie malgorzata mandy marcia margaret "
    "margot maria mariah mariam marianne marie marina marion marisol marjorie marlene martha mary "
    "maureen maxine meera megan melanie melinda melissa mercedes meryl mette mia michelle mildred "
    "millie miranda miriam molly monica morag muriel nadezhda nadia nancy naomi natalia natalie "
    "natalya natasha neha nell nellie nicole nina noor nora norma oksana olga olive olivia orla paige "
    "pamela paola patricia paula pauline peggy penny phoebe phyllis pilar pooja poppy priscilla priya "
    "rachel rania raquel rebecca rebekah regina renee rhiannon rhonda rita roberta robyn rocio roisin "
    "rosa rosemary rosie rowena ruby ruth sabrina sadie sally samantha sandra saoirse sara sarah "
    "segolene selina serena sharon sheila shelley sheryl shirley sian sienna simona simone sinead "
    "siobhan sofia sonia sophia sophie stacey stella stephanie sue sunita susan suzanne svetlana "
    "sylvia sylvie tamara tammy tanya tara tatiana tatyana teresa tess tessa thelma theresa tiffany "
    "tilly tina tracey tracy tricia ursula valentina valerie vanessa vera verity veronica vicky "
    "victoria vivian vivienne wanda wendy winnie ximena yasmin yoko yolanda yulia yuliya yvonne zara "
    "zoe zoya"
)
MALE_GIVEN_NAMES = words(
    "aaron abdul abraham adam adnan adrian ahmad ahmed aidan alain alan alasdair albert alberto alec "
    "aleksandr aleksei alexander alexei alfonso alfred alfredo ali alistair allan alvaro amir amit "
    "anatoly anders andrei andrew andrzej andy angus anil anthony antoine anton antonio archie arjun "
    "arnold arthur arturo ashok austin barry bashar ben benjamin bernard bert bill billy bjorn bob "
    "bobby bohdan boris brad bradley brandon brendan brett brian bruce bruno bryan callum calvin "
    "cameron carl carlo carlos cesar chad charles chuck clarence claude clifford clint clive colin "
    "craig curtis cyril damian damien dan daniel danny darren dave david dean declan dennis "
    "derek desmond diego dieter dirk dmitri dmitry dominic don donald doug douglas duncan dwight dylan "
    "eamon ed eddie edgar edmund eduardo edward edwin emmanuel enrique eric erik ernest ethan eugene "
    "evan fabio faisal felipe felix fergus fernando francesco francis francisco franco frank fred "
    "freddie frederick friedrich fyodor gareth garry gary gavin geoff geoffrey george gerald gerard "
    "gerhard giorgio giovanni giuseppe glen glenn gordon graham grant greg gregory guillaume gustavo "
    "guy hamid hamish hans harold harry harvey hassan hector heinz helmut henri henrik henry herbert "
    "horst howard hugh hugo ian ibrahim igor ilya imran isaac ivan jack jacob jacques jake jamal james "
    "jason javier jeff jeffrey jeremy jerome jerry jim jimmy joe joel john johnny jon jonathan jorge "
    "jose joseph josh joshua juan julian julio jurgen justin karl keith ken kenneth kevin khaled "
    "khalid kieran kirk klaus kurt kyle lars lawrence leo leon leonard leonid liam lionel lloyd "
    "lorenzo louis luca luigi luis luke magnus mahmoud malcolm manuel marc marco marcus mario mark "
    "markus martin marvin massimo matt matteo matthew maurice max maxim michael miguel mike mikhail "
    "mohamed mohammad mohammed muhammad mustafa nathan neil nicholas nick nigel nikita nikolai noah "
    "norman olaf oleg oliver omar oscar owen pablo patrick paul pavel pedro peter phil philip philippe "
    "phillip pierre piotr rafael rahul raj rajesh ralph ramon raul ray raymond reginald richard rick "
    "ricky rob robert roberto rodrigo roger roman ron ronald ross roy rupert russell ryan salim samir "
    "samuel sanjay scott sean sebastian sergei sergey sergio seth shane shaun sidney simon stan "
    "stanley stefan stephen steve steven stuart sven terry thierry thomas tim timothy tobias toby todd "
    "tom tommy tony trevor troy tyler uwe vasily victor viktor vincent vladimir volodymyr walter "
    "warren wayne wilfred william willie winston wolfgang xavier yuri yusuf zach zachary"
)
