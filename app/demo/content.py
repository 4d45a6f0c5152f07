# ruff: noqa: E501, RUF001
"""Demo content for the Kennisbank: themes, organisations, working groups, knowledge items and position papers.

Pure data, read by the demo seeding code. Real organisations are described in general terms only; the
small diaspora member organisations and the partner organisations abroad without a website are invented
for demonstration purposes. Slugs reference each other across the lists (themes, organisations,
translations); dates are ISO 8601 strings.
"""

from __future__ import annotations

# The platform's four focus themes.
THEMES: list[dict] = [
    {
        "slug": "steun-gendergelijkheid",
        "name_nl": "Duurzame steun voor gendergelijkheid en vrouwenrechten",
        "name_en": "Sustained support for gender equality and women's rights",
        "description": "Politieke, maatschappelijke en financiële steun voor gendergelijkheid en vrouwenrechten, in Nederland en wereldwijd. Dit thema gaat ook over de krimpende ruimte voor het maatschappelijk middenveld (shrinking civic space) en de bescherming van vrouwenrechtenverdedigers.",
    },
    {
        "slug": "natuurlijke-hulpbronnen-en-klimaat",
        "name_nl": "Natuurlijke hulpbronnen, ketens en klimaat",
        "name_en": "Natural resources, value chains and climate",
        "description": "Gelijke toegang voor vrouwen tot land, water en bossen, en een eerlijke positie in productieketens. Het thema richt zich op de verantwoordelijkheid van bedrijven en op genderrechtvaardige klimaatafspraken.",
    },
    {
        "slug": "vrouwen-vrede-en-veiligheid",
        "name_nl": "Vrouwen, vrede en veiligheid",
        "name_en": "Women, peace and security",
        "description": "De volwaardige deelname van vrouwen aan conflictpreventie, vredesprocessen en wederopbouw, en hun bescherming tegen geweld. Het Nederlandse Nationaal Actieplan 1325 is hiervoor het belangrijkste kader.",
    },
    {
        "slug": "sdg5-gender-mainstreaming",
        "name_nl": "SDG 5 en gender mainstreaming",
        "name_en": "SDG 5 and gender mainstreaming",
        "description": "Werken aan Duurzaam Ontwikkelingsdoel 5 (gendergelijkheid) en het structureel meenemen van gender in alle beleid, programma's en budgetten. Hieronder vallen ook de VN-Vrouwenrechtencommissie (CSW), het Beijing Platform for Action en CEDAW.",
    },
]

# Members, partners, networks, alliances, government bodies, knowledge institutes and funders.
ORGANISATIONS: list[dict] = [
    {
        "slug": "wo-men",
        "name": "WO=MEN Dutch Gender Platform",
        "acronym": "WO=MEN",
        "kind": "network",
        "description": "Nederlands platform van organisaties, experts en individuen die zich inzetten voor wereldwijde gendergelijkheid en vrouwenrechten. WO=MEN bundelt kennis en doet gezamenlijke lobby richting politiek en beleid.",
        "website": "https://www.wo-men.nl",
        "email": None,
        "country": "NL",
        "city": None,
        "themes": ["steun-gendergelijkheid", "vrouwen-vrede-en-veiligheid", "sdg5-gender-mainstreaming"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "oxfam-novib",
        "name": "Oxfam Novib",
        "acronym": None,
        "kind": "member",
        "description": "Nederlandse ontwikkelingsorganisatie en onderdeel van de internationale Oxfam-confederatie. Werkt aan het tegengaan van ongelijkheid en armoede, onder meer via programma's voor vrouwenrechten.",
        "website": "https://www.oxfamnovib.nl",
        "email": None,
        "country": "NL",
        "city": "Den Haag",
        "themes": ["steun-gendergelijkheid", "natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": "2006-03-01",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "cordaid",
        "name": "Cordaid",
        "acronym": None,
        "kind": "member",
        "description": "Nederlandse organisatie voor noodhulp en structurele armoedebestrijding in fragiele en conflictgebieden.",
        "website": "https://www.cordaid.org",
        "email": None,
        "country": "NL",
        "city": "Den Haag",
        "themes": ["vrouwen-vrede-en-veiligheid", "steun-gendergelijkheid"],
        "member_since": "2006-03-01",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "plan-international-nederland",
        "name": "Plan International Nederland",
        "acronym": "Plan",
        "kind": "member",
        "description": "Kinderrechtenorganisatie die zich in het bijzonder inzet voor gelijke rechten en kansen voor meisjes.",
        "website": "https://www.planinternational.nl",
        "email": None,
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "member_since": "2007-01-15",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "rutgers",
        "name": "Rutgers",
        "acronym": None,
        "kind": "member",
        "description": "Nederlands kenniscentrum op het gebied van seksualiteit, seksuele en reproductieve gezondheid en rechten, in Nederland en internationaal.",
        "website": "https://rutgers.nl",
        "email": None,
        "country": "NL",
        "city": "Utrecht",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "member_since": "2008-05-20",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "care-nederland",
        "name": "CARE Nederland",
        "acronym": "CARE",
        "kind": "member",
        "description": "Humanitaire organisatie en onderdeel van CARE International, met een sterke focus op vrouwen en meisjes in crisissituaties.",
        "website": "https://www.carenederland.org",
        "email": None,
        "country": "NL",
        "city": "Den Haag",
        "themes": ["vrouwen-vrede-en-veiligheid", "natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": "2009-09-01",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "simavi",
        "name": "Simavi",
        "acronym": None,
        "kind": "member",
        "description": "Nederlandse organisatie die werkt aan gezondheid en welzijn van vrouwen en meisjes, onder meer op het gebied van water, sanitatie en seksuele en reproductieve gezondheid.",
        "website": "https://simavi.org",
        "email": None,
        "country": "NL",
        "city": None,
        "themes": ["sdg5-gender-mainstreaming", "natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": "2010-02-11",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "hivos",
        "name": "Hivos",
        "acronym": None,
        "kind": "member",
        "description": "Internationale organisatie die werkt aan vrije en open samenlevingen, met aandacht voor burgerrechten, gendergelijkheid en klimaatrechtvaardigheid.",
        "website": "https://hivos.org",
        "email": None,
        "country": "NL",
        "city": "Den Haag",
        "themes": ["steun-gendergelijkheid", "natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": "2006-03-01",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "both-ends",
        "name": "Both ENDS",
        "acronym": None,
        "kind": "member",
        "description": "Organisatie die milieu- en maatschappelijke organisaties ondersteunt in hun werk aan een duurzame en rechtvaardige wereld, onder meer op het gebied van land, water en klimaatfinanciering.",
        "website": "https://www.bothends.org",
        "email": None,
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": "2011-06-01",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "solidaridad",
        "name": "Solidaridad",
        "acronym": None,
        "kind": "member",
        "description": "Internationaal netwerk dat werkt aan duurzame productieketens, onder andere in landbouw, textiel en goud.",
        "website": "https://www.solidaridadnetwork.org",
        "email": None,
        "country": "NL",
        "city": "Utrecht",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": "2013-04-18",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "pax",
        "name": "PAX",
        "acronym": None,
        "kind": "member",
        "description": "Nederlandse vredesorganisatie die samen met betrokken burgers en partners in conflictgebieden werkt aan vrede en menselijke veiligheid.",
        "website": "https://paxforpeace.nl",
        "email": None,
        "country": "NL",
        "city": "Utrecht",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "member_since": "2007-10-01",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "justice-and-peace",
        "name": "Justice & Peace Netherlands",
        "acronym": None,
        "kind": "member",
        "description": "Mensenrechtenorganisatie uit Den Haag die onder meer mensenrechtenverdedigers ondersteunt en bescherming biedt.",
        "website": "https://justiceandpeace.nl",
        "email": None,
        "country": "NL",
        "city": "Den Haag",
        "themes": ["steun-gendergelijkheid", "vrouwen-vrede-en-veiligheid"],
        "member_since": "2014-11-03",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "aidsfonds",
        "name": "Aidsfonds",
        "acronym": None,
        "kind": "member",
        "description": "Nederlandse organisatie die zich inzet tegen hiv en aids en voor seksuele gezondheid, in Nederland en internationaal.",
        "website": "https://aidsfonds.nl",
        "email": None,
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["sdg5-gender-mainstreaming"],
        "member_since": "2012-01-01",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "women-win",
        "name": "Women Win",
        "acronym": None,
        "kind": "member",
        "description": "Internationale organisatie die sport en spel inzet om het leiderschap en de rechten van meisjes en jonge vrouwen te versterken.",
        "website": "https://www.womenwin.org",
        "email": None,
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "member_since": "2010-06-15",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "women-inc",
        "name": "WOMEN Inc.",
        "acronym": None,
        "kind": "member",
        "description": "Nederlandse organisatie die zich inzet voor gelijke kansen voor vrouwen en mannen, met aandacht voor onder meer economische zelfstandigheid en gezondheid.",
        "website": "https://www.womeninc.nl",
        "email": None,
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["sdg5-gender-mainstreaming"],
        "member_since": "2012-09-01",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "bureau-clara-wichmann",
        "name": "Bureau Clara Wichmann",
        "acronym": None,
        "kind": "member",
        "description": "Organisatie die strategisch procedeert en kennis deelt om vrouwenrechten en gendergelijkheid in Nederland juridisch te versterken.",
        "website": "https://clarawichmann.nl",
        "email": None,
        "country": "NL",
        "city": None,
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "member_since": "2016-03-08",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "nederlandse-vrouwenraad",
        "name": "Nederlandse Vrouwenraad",
        "acronym": "NVR",
        "kind": "member",
        "description": "Koepel van vrouwenorganisaties in Nederland die zich inzet voor de positie van vrouwen, onder meer in VN- en Europees verband.",
        "website": "https://www.nederlandsevrouwenraad.nl",
        "email": None,
        "country": "NL",
        "city": "Den Haag",
        "themes": ["sdg5-gender-mainstreaming"],
        "member_since": "2006-03-01",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "emancipator",
        "name": "Emancipator",
        "acronym": None,
        "kind": "member",
        "description": "Nederlandse organisatie die werkt aan emancipatie van mannen en jongens als bijdrage aan gendergelijkheid.",
        "website": "https://www.emancipator.nl",
        "email": None,
        "country": "NL",
        "city": None,
        "themes": ["sdg5-gender-mainstreaming"],
        "member_since": "2017-05-22",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "afrikaanse-vrouwen-diaspora-platform",
        "name": "Afrikaanse Vrouwen Diaspora Platform Rotterdam",
        "acronym": "AVDP",
        "kind": "member",
        "description": "Vrijwilligersorganisatie van vrouwen met Afrikaanse roots in Rotterdam die kennis en netwerken inzet voor vrouwenrechten in de landen van herkomst.",
        "website": None,
        "email": "info@avdp-rotterdam.nl",
        "country": "NL",
        "city": "Rotterdam",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "member_since": "2014-02-20",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "mujeres-latinas-utrecht",
        "name": "Stichting Mujeres Latinas Utrecht",
        "acronym": None,
        "kind": "member",
        "description": "Netwerk van Latijns-Amerikaanse vrouwen in Utrecht dat vrouwenrechtenverdedigers in Colombia en Centraal-Amerika ondersteunt.",
        "website": None,
        "email": "contacto@mujereslatinasutrecht.nl",
        "country": "NL",
        "city": "Utrecht",
        "themes": ["steun-gendergelijkheid", "vrouwen-vrede-en-veiligheid"],
        "member_since": "2016-10-01",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "somalische-vrouwenvereniging-den-haag",
        "name": "Somalische Vrouwenvereniging Den Haag",
        "acronym": "SVDH",
        "kind": "member",
        "description": "Vereniging van Somalische vrouwen in Den Haag die zich inzet tegen genitale verminking en voor deelname van vrouwen aan vredesopbouw in Somalië.",
        "website": None,
        "email": "bestuur@svdh.nl",
        "country": "NL",
        "city": "Den Haag",
        "themes": ["vrouwen-vrede-en-veiligheid", "sdg5-gender-mainstreaming"],
        "member_since": "2011-05-12",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "roshan-vrouwen-afghanistan-nederland",
        "name": "Stichting Roshan Vrouwen Afghanistan-Nederland",
        "acronym": "Roshan",
        "kind": "member",
        "description": "Diaspora-organisatie van Afghaanse vrouwen in Nederland die vrouwenrechtenverdedigers in en buiten Afghanistan ondersteunt en lobbyt voor hun bescherming.",
        "website": None,
        "email": "info@roshanvrouwen.nl",
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["vrouwen-vrede-en-veiligheid", "steun-gendergelijkheid"],
        "member_since": "2015-09-01",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "yasmin-syrische-vrouwen-amsterdam",
        "name": "Stichting Yasmin Syrische Vrouwen Amsterdam",
        "acronym": "Yasmin",
        "kind": "member",
        "description": "Organisatie van Syrische vrouwen in Nederland die zich inzet voor een inclusief vredesproces en voor de positie van Syrische vluchtelingenvrouwen.",
        "website": None,
        "email": "info@yasminvrouwen.nl",
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "member_since": "2017-03-08",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "oekraiense-vrouwenhulp-utrecht",
        "name": "Oekraïense Vrouwenhulp Utrecht",
        "acronym": None,
        "kind": "member",
        "description": "Vrijwilligersinitiatief dat sinds 2022 Oekraïense vrouwenorganisaties ondersteunt en aandacht vraagt voor conflictgerelateerd seksueel geweld.",
        "website": None,
        "email": "hallo@oekraiensevrouwenhulp.nl",
        "country": "NL",
        "city": "Utrecht",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "member_since": "2022-09-15",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "eritrese-vrouwen-initiatief-tilburg",
        "name": "Eritrees Vrouwen Initiatief Tilburg",
        "acronym": "EVIT",
        "kind": "member",
        "description": "Voormalig zelforganisatie van Eritrese vrouwen in Tilburg die voorlichting gaf over mensenrechten en gendergerelateerd geweld.",
        "website": None,
        "email": None,
        "country": "NL",
        "city": "Tilburg",
        "themes": ["sdg5-gender-mainstreaming"],
        "member_since": "2013-06-01",
        "logo_url": None,
        "status": "inactive",
    },
    {
        "slug": "groene-zusters-collectief",
        "name": "Groene Zusters Collectief",
        "acronym": None,
        "kind": "member",
        "description": "Feministisch klimaatcollectief uit Arnhem dat de verbinding legt tussen klimaatrechtvaardigheid en vrouwenrechten in het Mondiale Zuiden.",
        "website": None,
        "email": "collectief@groenezusters.nl",
        "country": "NL",
        "city": "Arnhem",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": "2020-01-20",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "jonge-feministen-voor-ontwikkeling",
        "name": "Jonge Feministen voor Ontwikkeling",
        "acronym": "JFO",
        "kind": "member",
        "description": "Netwerk van studenten en young professionals dat zich inzet voor feministisch buitenlandbeleid en jongerenparticipatie bij de VN.",
        "website": None,
        "email": "jfo.netwerk@gmail.com",
        "country": "NL",
        "city": "Leiden",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "member_since": "2019-04-10",
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "stichting-sahel-vrouwen-nederland",
        "name": "Stichting Sahel Vrouwen Nederland",
        "acronym": None,
        "kind": "member",
        "description": "Kleine stichting die tussen 2009 en 2018 waterprojecten van vrouwengroepen in Mali en Burkina Faso ondersteunde.",
        "website": None,
        "email": None,
        "country": "NL",
        "city": "Amersfoort",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": "2009-11-01",
        "logo_url": None,
        "status": "inactive",
    },
    {
        "slug": "atria",
        "name": "Atria, kennisinstituut voor emancipatie en vrouwengeschiedenis",
        "acronym": "Atria",
        "kind": "knowledge_institute",
        "description": "Kennisinstituut voor emancipatie en vrouwengeschiedenis, met een uitgebreide bibliotheek en archief over de vrouwenbeweging.",
        "website": "https://atria.nl",
        "email": None,
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["sdg5-gender-mainstreaming"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "movisie",
        "name": "Movisie",
        "acronym": None,
        "kind": "knowledge_institute",
        "description": "Landelijk kennisinstituut voor een sociaal sterke samenleving, onder meer op het gebied van huiselijk geweld en emancipatie.",
        "website": "https://www.movisie.nl",
        "email": None,
        "country": "NL",
        "city": "Utrecht",
        "themes": ["sdg5-gender-mainstreaming"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "kit-royal-tropical-institute",
        "name": "KIT Royal Tropical Institute",
        "acronym": "KIT",
        "kind": "knowledge_institute",
        "description": "Kennisinstituut in Amsterdam op het gebied van mondiale gezondheid, gender en duurzame economische ontwikkeling.",
        "website": "https://www.kit.nl",
        "email": None,
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["sdg5-gender-mainstreaming", "natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "iss-erasmus-university",
        "name": "International Institute of Social Studies, Erasmus University Rotterdam",
        "acronym": "ISS",
        "kind": "knowledge_institute",
        "description": "Internationaal instituut voor sociale wetenschappen in Den Haag, onderdeel van de Erasmus Universiteit Rotterdam, met onderzoek en onderwijs over gender en ontwikkeling.",
        "website": "https://www.iss.nl",
        "email": None,
        "country": "NL",
        "city": "Den Haag",
        "themes": ["sdg5-gender-mainstreaming", "vrouwen-vrede-en-veiligheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "ministerie-van-buitenlandse-zaken",
        "name": "Ministerie van Buitenlandse Zaken",
        "acronym": "BZ",
        "kind": "government",
        "description": "Het Nederlandse ministerie dat verantwoordelijk is voor buitenlands beleid, buitenlandse handel en ontwikkelingssamenwerking.",
        "website": "https://www.rijksoverheid.nl/ministeries/ministerie-van-buitenlandse-zaken",
        "email": None,
        "country": "NL",
        "city": "Den Haag",
        "themes": ["steun-gendergelijkheid", "vrouwen-vrede-en-veiligheid", "sdg5-gender-mainstreaming"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "ministerie-van-ocw",
        "name": "Ministerie van Onderwijs, Cultuur en Wetenschap",
        "acronym": "OCW",
        "kind": "government",
        "description": "Het Nederlandse ministerie dat onder meer verantwoordelijk is voor het nationale emancipatiebeleid.",
        "website": "https://www.rijksoverheid.nl/ministeries/ministerie-van-onderwijs-cultuur-en-wetenschap",
        "email": None,
        "country": "NL",
        "city": "Den Haag",
        "themes": ["sdg5-gender-mainstreaming"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "ministerie-van-defensie",
        "name": "Ministerie van Defensie",
        "acronym": None,
        "kind": "government",
        "description": "Het Nederlandse ministerie van Defensie.",
        "website": "https://www.defensie.nl",
        "email": None,
        "country": "NL",
        "city": "Den Haag",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "mama-cash",
        "name": "Mama Cash",
        "acronym": None,
        "kind": "funder",
        "description": "Internationaal vrouwenfonds uit Amsterdam dat feministische, vrouwen-, meisjes-, trans- en intersekse-groepen wereldwijd financiert.",
        "website": "https://www.mamacash.org",
        "email": None,
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["steun-gendergelijkheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "global-fund-for-women",
        "name": "Global Fund for Women",
        "acronym": None,
        "kind": "funder",
        "description": "Internationaal fonds dat vrouwenrechtenorganisaties en -bewegingen wereldwijd financiert.",
        "website": "https://www.globalfundforwomen.org",
        "email": None,
        "country": "US",
        "city": "San Francisco",
        "themes": ["steun-gendergelijkheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "partos",
        "name": "Partos",
        "acronym": None,
        "kind": "network",
        "description": "Brancheorganisatie van Nederlandse organisaties die werken aan internationale ontwikkelingssamenwerking.",
        "website": "https://www.partos.nl",
        "email": None,
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["steun-gendergelijkheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "wide-plus",
        "name": "WIDE+ (Women In Development Europe+)",
        "acronym": "WIDE+",
        "kind": "network",
        "description": "Europees netwerk van vrouwenorganisaties, genderexperts en activisten dat werkt aan vrouwenrechten en gendergelijkheid in Europees en mondiaal beleid.",
        "website": "https://wideplus.org",
        "email": None,
        "country": "BE",
        "city": "Brussel",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "european-womens-lobby",
        "name": "European Women's Lobby",
        "acronym": "EWL",
        "kind": "network",
        "description": "Het grootste Europese netwerk van vrouwenorganisaties, dat lobbyt voor vrouwenrechten en gendergelijkheid bij de Europese instellingen.",
        "website": "https://womenlobby.org",
        "email": None,
        "country": "BE",
        "city": "Brussel",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "gnwp",
        "name": "Global Network of Women Peacebuilders",
        "acronym": "GNWP",
        "kind": "network",
        "description": "Internationaal netwerk van vrouwenorganisaties en activisten dat werkt aan de uitvoering van de agenda voor vrouwen, vrede en veiligheid.",
        "website": "https://gnwp.org",
        "email": None,
        "country": "US",
        "city": "New York",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "femnet",
        "name": "African Women's Development and Communication Network",
        "acronym": "FEMNET",
        "kind": "network",
        "description": "Pan-Afrikaans feministisch netwerk dat de stemmen van Afrikaanse vrouwen versterkt in beleidsprocessen.",
        "website": "https://femnet.org",
        "email": None,
        "country": "KE",
        "city": "Nairobi",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "awid",
        "name": "Association for Women's Rights in Development",
        "acronym": "AWID",
        "kind": "network",
        "description": "Internationale feministische lidmaatschapsorganisatie die werkt aan gendergelijkheid, duurzame ontwikkeling en vrouwenrechten.",
        "website": "https://www.awid.org",
        "email": None,
        "country": "CA",
        "city": None,
        "themes": ["steun-gendergelijkheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "menengage-alliance",
        "name": "MenEngage Alliance",
        "acronym": None,
        "kind": "alliance",
        "description": "Wereldwijde alliantie van organisaties die mannen en jongens betrekken bij het werken aan gendergelijkheid.",
        "website": "https://menengage.org",
        "email": None,
        "country": "US",
        "city": None,
        "themes": ["sdg5-gender-mainstreaming"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "concord",
        "name": "CONCORD Europe",
        "acronym": "CONCORD",
        "kind": "alliance",
        "description": "Europese confederatie van ngo's voor noodhulp en ontwikkeling, met nationale platforms en internationale netwerken als leden.",
        "website": "https://concordeurope.org",
        "email": None,
        "country": "BE",
        "city": "Brussel",
        "themes": ["steun-gendergelijkheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "count-me-in",
        "name": "Count Me In! consortium",
        "acronym": "CMI!",
        "kind": "alliance",
        "description": "Consortium van feministische fondsen en organisaties dat activisten en bewegingen aan de basis ondersteunt.",
        "website": None,
        "email": None,
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["steun-gendergelijkheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "un-women",
        "name": "UN Women",
        "acronym": None,
        "kind": "partner",
        "description": "De organisatie van de Verenigde Naties voor gendergelijkheid en de empowerment van vrouwen.",
        "website": "https://www.unwomen.org",
        "email": None,
        "country": "US",
        "city": "New York",
        "themes": ["sdg5-gender-mainstreaming", "vrouwen-vrede-en-veiligheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "kvinna-till-kvinna",
        "name": "Kvinna till Kvinna Foundation",
        "acronym": None,
        "kind": "partner",
        "description": "Zweedse stichting die vrouwenrechtenorganisaties in conflictgebieden ondersteunt.",
        "website": "https://kvinnatillkvinna.org",
        "email": None,
        "country": "SE",
        "city": "Stockholm",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "actionaid",
        "name": "ActionAid International",
        "acronym": "ActionAid",
        "kind": "partner",
        "description": "Internationale federatie die werkt aan sociale rechtvaardigheid, gendergelijkheid en armoedebestrijding.",
        "website": "https://actionaid.org",
        "email": None,
        "country": "ZA",
        "city": "Johannesburg",
        "themes": ["steun-gendergelijkheid", "natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "milieudefensie",
        "name": "Milieudefensie",
        "acronym": None,
        "kind": "partner",
        "description": "Nederlandse milieuorganisatie die zich inzet voor klimaatrechtvaardigheid en tegen schadelijke praktijken van bedrijven.",
        "website": "https://milieudefensie.nl",
        "email": None,
        "country": "NL",
        "city": "Amsterdam",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "pwani-women-land-rights-network",
        "name": "Pwani Women Land Rights Network",
        "acronym": "PWLRN",
        "kind": "partner",
        "description": "Netwerk van vrouwengroepen aan de Keniaanse kust dat vrouwen helpt hun grondrechten te laten registreren en grondconflicten te bemiddelen.",
        "website": None,
        "email": "info@pwaniwomenland.or.ke",
        "country": "KE",
        "city": "Mombasa",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "rwenzori-women-peace-forum",
        "name": "Rwenzori Women Peace Forum",
        "acronym": "RWPF",
        "kind": "partner",
        "description": "Forum van vrouwelijke vredesactivisten in West-Oeganda dat lokale conflicten bemiddelt en vrouwen voorbereidt op politieke functies.",
        "website": None,
        "email": "rwpf.fortportal@gmail.com",
        "country": "UG",
        "city": "Fort Portal",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "red-mujeres-paz-cauca",
        "name": "Red de Mujeres Constructoras de Paz del Cauca",
        "acronym": None,
        "kind": "partner",
        "description": "Netwerk van inheemse, Afro-Colombiaanse en boerenvrouwen in Cauca dat toeziet op de uitvoering van de genderbepalingen in het vredesakkoord.",
        "website": None,
        "email": "redmujerespazcauca@gmail.com",
        "country": "CO",
        "city": "Popayán",
        "themes": ["vrouwen-vrede-en-veiligheid", "natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "collectif-femmes-paix-kivu",
        "name": "Collectif des Femmes pour la Paix au Kivu",
        "acronym": "CFPK",
        "kind": "partner",
        "description": "Collectief van vrouwenorganisaties in Noord-Kivu dat overlevenden van seksueel geweld begeleidt en pleit voor deelname van vrouwen aan lokale vredesgesprekken.",
        "website": None,
        "email": None,
        "country": "CD",
        "city": "Goma",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "reseau-femmes-rurales-segou",
        "name": "Réseau des Femmes Rurales de Ségou",
        "acronym": "REFERS",
        "kind": "partner",
        "description": "Netwerk van plattelandsvrouwen in de regio Ségou dat werkt aan toegang tot land, irrigatiewater en lokale vredescomités.",
        "website": None,
        "email": None,
        "country": "ML",
        "city": "Ségou",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "vrouwen-vrede-en-veiligheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "meghna-women-workers-forum",
        "name": "Meghna Women Workers' Forum",
        "acronym": "MWWF",
        "kind": "partner",
        "description": "Organisatie van textielarbeidsters in Dhaka en Gazipur die werkt aan veilige werkplekken, leefbaar loon en het tegengaan van intimidatie op de werkvloer.",
        "website": None,
        "email": "contact@meghnaworkers.org.bd",
        "country": "BD",
        "city": "Dhaka",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "sdg5-gender-mainstreaming"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "ashanti-women-cocoa-farmers",
        "name": "Ashanti Women Cocoa Farmers Association",
        "acronym": "AWCFA",
        "kind": "partner",
        "description": "Coöperatieve vereniging van vrouwelijke cacaoboeren in de Ashanti-regio die training, collectieve verkoop en spaargroepen organiseert.",
        "website": None,
        "email": None,
        "country": "GH",
        "city": "Kumasi",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "kharkiv-womens-resilience-centre",
        "name": "Kharkiv Women's Resilience Centre",
        "acronym": None,
        "kind": "partner",
        "description": "Oekraïens centrum dat psychosociale en juridische hulp biedt aan vrouwen die getroffen zijn door de oorlog.",
        "website": None,
        "email": None,
        "country": "UA",
        "city": "Charkiv",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "syrian-women-mediators-circle",
        "name": "Syrian Women Mediators Circle",
        "acronym": "SWMC",
        "kind": "partner",
        "description": "Netwerk van Syrische vrouwelijke bemiddelaars, gevestigd in Beiroet, dat lokale bemiddeling en dialoog tussen gemeenschappen ondersteunt.",
        "website": None,
        "email": None,
        "country": "LB",
        "city": "Beiroet",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "herat-womens-education-collective",
        "name": "Herat Women's Education Collective",
        "acronym": None,
        "kind": "partner",
        "description": "Collectief dat tot 2021 onderwijs- en leiderschapsprogramma's voor vrouwen in Herat organiseerde; de activiteiten liggen sindsdien stil.",
        "website": None,
        "email": None,
        "country": "AF",
        "city": "Herat",
        "themes": ["vrouwen-vrede-en-veiligheid", "steun-gendergelijkheid"],
        "member_since": None,
        "logo_url": None,
        "status": "inactive",
    },
    {
        "slug": "juba-women-peace-network",
        "name": "Juba Women Peace Network",
        "acronym": "JWPN",
        "kind": "partner",
        "description": "Netwerk van vrouwenorganisaties in Zuid-Soedan dat vrouwelijke bemiddelaars traint en pleit voor vertegenwoordiging van vrouwen in vredesinstituties.",
        "website": None,
        "email": None,
        "country": "SS",
        "city": "Juba",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
    {
        "slug": "kalimantan-women-forest-guardians",
        "name": "Kalimantan Women Forest Guardians",
        "acronym": None,
        "kind": "partner",
        "description": "Netwerk van inheemse vrouwen in West-Kalimantan dat gemeenschapsbossen beschermt en zich verzet tegen de uitbreiding van palmolieplantages.",
        "website": None,
        "email": None,
        "country": "ID",
        "city": "Pontianak",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "member_since": None,
        "logo_url": None,
        "status": "active",
    },
]

# Membership of alliances and networks: alliance and member are organisation slugs.
ALLIANCE_MEMBERS: list[dict] = [
    {"alliance": "wo-men", "member": "oxfam-novib", "role": "member"},
    {"alliance": "wo-men", "member": "cordaid", "role": "member"},
    {"alliance": "wo-men", "member": "hivos", "role": "member"},
    {"alliance": "wo-men", "member": "nederlandse-vrouwenraad", "role": "member"},
    {"alliance": "wo-men", "member": "plan-international-nederland", "role": "member"},
    {"alliance": "wo-men", "member": "rutgers", "role": "member"},
    {"alliance": "wo-men", "member": "care-nederland", "role": "member"},
    {"alliance": "wo-men", "member": "simavi", "role": "member"},
    {"alliance": "wo-men", "member": "both-ends", "role": "member"},
    {"alliance": "wo-men", "member": "solidaridad", "role": "member"},
    {"alliance": "wo-men", "member": "pax", "role": "member"},
    {"alliance": "wo-men", "member": "justice-and-peace", "role": "member"},
    {"alliance": "wo-men", "member": "aidsfonds", "role": "member"},
    {"alliance": "wo-men", "member": "women-win", "role": "member"},
    {"alliance": "wo-men", "member": "women-inc", "role": "member"},
    {"alliance": "wo-men", "member": "bureau-clara-wichmann", "role": "member"},
    {"alliance": "wo-men", "member": "emancipator", "role": "member"},
    {"alliance": "wo-men", "member": "afrikaanse-vrouwen-diaspora-platform", "role": "member"},
    {"alliance": "wo-men", "member": "mujeres-latinas-utrecht", "role": "member"},
    {"alliance": "wo-men", "member": "somalische-vrouwenvereniging-den-haag", "role": "member"},
    {"alliance": "wo-men", "member": "roshan-vrouwen-afghanistan-nederland", "role": "member"},
    {"alliance": "wo-men", "member": "yasmin-syrische-vrouwen-amsterdam", "role": "member"},
    {"alliance": "wo-men", "member": "oekraiense-vrouwenhulp-utrecht", "role": "member"},
    {"alliance": "wo-men", "member": "groene-zusters-collectief", "role": "member"},
    {"alliance": "wo-men", "member": "jonge-feministen-voor-ontwikkeling", "role": "member"},
    {"alliance": "wo-men", "member": "eritrese-vrouwen-initiatief-tilburg", "role": "former member"},
    {"alliance": "wo-men", "member": "stichting-sahel-vrouwen-nederland", "role": "former member"},
    {"alliance": "partos", "member": "oxfam-novib", "role": "member"},
    {"alliance": "partos", "member": "cordaid", "role": "member"},
    {"alliance": "partos", "member": "plan-international-nederland", "role": "member"},
    {"alliance": "partos", "member": "care-nederland", "role": "member"},
    {"alliance": "partos", "member": "simavi", "role": "member"},
    {"alliance": "partos", "member": "hivos", "role": "member"},
    {"alliance": "partos", "member": "both-ends", "role": "member"},
    {"alliance": "partos", "member": "pax", "role": "member"},
    {"alliance": "partos", "member": "rutgers", "role": "member"},
    {"alliance": "partos", "member": "wo-men", "role": "member"},
    {"alliance": "concord", "member": "partos", "role": "national platform"},
    {"alliance": "concord", "member": "actionaid", "role": "network member"},
    {"alliance": "wide-plus", "member": "wo-men", "role": "member"},
    {"alliance": "wide-plus", "member": "jonge-feministen-voor-ontwikkeling", "role": "member"},
    {"alliance": "european-womens-lobby", "member": "nederlandse-vrouwenraad", "role": "national coordination"},
    {"alliance": "european-womens-lobby", "member": "women-inc", "role": "member"},
    {"alliance": "gnwp", "member": "cordaid", "role": "partner member"},
    {"alliance": "gnwp", "member": "red-mujeres-paz-cauca", "role": "member"},
    {"alliance": "gnwp", "member": "rwenzori-women-peace-forum", "role": "member"},
    {"alliance": "gnwp", "member": "juba-women-peace-network", "role": "member"},
    {"alliance": "gnwp", "member": "collectif-femmes-paix-kivu", "role": "member"},
    {"alliance": "femnet", "member": "pwani-women-land-rights-network", "role": "member"},
    {"alliance": "femnet", "member": "rwenzori-women-peace-forum", "role": "member"},
    {"alliance": "femnet", "member": "juba-women-peace-network", "role": "member"},
    {"alliance": "awid", "member": "meghna-women-workers-forum", "role": "member"},
    {"alliance": "awid", "member": "red-mujeres-paz-cauca", "role": "member"},
    {"alliance": "awid", "member": "kalimantan-women-forest-guardians", "role": "member"},
    {"alliance": "menengage-alliance", "member": "rutgers", "role": "member"},
    {"alliance": "menengage-alliance", "member": "emancipator", "role": "member"},
    {"alliance": "count-me-in", "member": "mama-cash", "role": "lead"},
    {"alliance": "count-me-in", "member": "women-win", "role": "member"},
]

# Thematic working groups of member and partner organisations.
WORKING_GROUPS: list[dict] = [
    {
        "slug": "werkgroep-1325",
        "name": "Werkgroep Vrouwen, Vrede en Veiligheid (NAP 1325)",
        "theme": "vrouwen-vrede-en-veiligheid",
        "description": "De werkgroep coördineert de inbreng van het maatschappelijk middenveld in het Nederlandse Nationaal Actieplan 1325. Leden delen kennis uit conflictgebieden en bereiden de jaarlijkse consultaties met de ministeries voor.",
        "members": [
            {"organisation": "cordaid", "role": "chair"},
            {"organisation": "pax", "role": "member"},
            {"organisation": "care-nederland", "role": "member"},
            {"organisation": "justice-and-peace", "role": "member"},
            {"organisation": "roshan-vrouwen-afghanistan-nederland", "role": "member"},
            {"organisation": "yasmin-syrische-vrouwen-amsterdam", "role": "member"},
            {"organisation": "kvinna-till-kvinna", "role": "member"},
            {"organisation": "oekraiense-vrouwenhulp-utrecht", "role": "member"},
        ],
    },
    {
        "slug": "werkgroep-gender-en-klimaat",
        "name": "Werkgroep Gender en Klimaat",
        "theme": "natuurlijke-hulpbronnen-en-klimaat",
        "description": "Deze werkgroep werkt aan genderrechtvaardig klimaatbeleid en klimaatfinanciering. De leden volgen de VN-klimaatonderhandelingen (COP) en het Gender Action Plan van de UNFCCC.",
        "members": [
            {"organisation": "both-ends", "role": "chair"},
            {"organisation": "milieudefensie", "role": "member"},
            {"organisation": "hivos", "role": "member"},
            {"organisation": "solidaridad", "role": "member"},
            {"organisation": "groene-zusters-collectief", "role": "member"},
            {"organisation": "kalimantan-women-forest-guardians", "role": "member"},
        ],
    },
    {
        "slug": "werkgroep-financiering-voor-vrouwenrechten",
        "name": "Werkgroep Financiering voor Vrouwenrechten",
        "theme": "steun-gendergelijkheid",
        "description": "De werkgroep analyseert de Nederlandse begroting voor ontwikkelingssamenwerking en pleit voor voldoende, flexibele en langdurige financiering van vrouwenrechtenorganisaties.",
        "members": [
            {"organisation": "oxfam-novib", "role": "chair"},
            {"organisation": "women-win", "role": "member"},
            {"organisation": "plan-international-nederland", "role": "member"},
            {"organisation": "simavi", "role": "member"},
            {"organisation": "rutgers", "role": "member"},
            {"organisation": "care-nederland", "role": "member"},
        ],
    },
    {
        "slug": "werkgroep-shrinking-civic-space",
        "name": "Werkgroep Shrinking Civic Space",
        "theme": "steun-gendergelijkheid",
        "description": "Leden wisselen informatie uit over de toenemende beperkingen voor vrouwenrechtenorganisaties en -verdedigers wereldwijd en ontwikkelen gezamenlijke beschermingsstrategieën.",
        "members": [
            {"organisation": "justice-and-peace", "role": "chair"},
            {"organisation": "hivos", "role": "member"},
            {"organisation": "bureau-clara-wichmann", "role": "member"},
            {"organisation": "afrikaanse-vrouwen-diaspora-platform", "role": "member"},
            {"organisation": "actionaid", "role": "member"},
            {"organisation": "mujeres-latinas-utrecht", "role": "member"},
        ],
    },
    {
        "slug": "werkgroep-csw",
        "name": "Werkgroep CSW (VN-Vrouwenrechtencommissie)",
        "theme": "sdg5-gender-mainstreaming",
        "description": "De werkgroep bereidt elk jaar de inbreng voor de Commission on the Status of Women in New York voor en ondersteunt de maatschappelijke vertegenwoordigers in de Nederlandse delegatie.",
        "members": [
            {"organisation": "nederlandse-vrouwenraad", "role": "chair"},
            {"organisation": "women-inc", "role": "member"},
            {"organisation": "plan-international-nederland", "role": "member"},
            {"organisation": "rutgers", "role": "member"},
            {"organisation": "jonge-feministen-voor-ontwikkeling", "role": "member"},
            {"organisation": "emancipator", "role": "member"},
            {"organisation": "un-women", "role": "member"},
        ],
    },
    {
        "slug": "werkgroep-gendergelijkheid-in-handel-en-ketens",
        "name": "Werkgroep Gendergelijkheid in Handel en Ketens",
        "theme": "natuurlijke-hulpbronnen-en-klimaat",
        "description": "Deze werkgroep brengt de positie van vrouwen in internationale productieketens, zoals cacao en textiel, in kaart en pleit voor gendergevoelig IMVO-beleid en gepaste zorgvuldigheid.",
        "members": [
            {"organisation": "solidaridad", "role": "chair"},
            {"organisation": "oxfam-novib", "role": "member"},
            {"organisation": "both-ends", "role": "member"},
            {"organisation": "meghna-women-workers-forum", "role": "member"},
            {"organisation": "ashanti-women-cocoa-farmers", "role": "member"},
        ],
    },
    {
        "slug": "werkgroep-diaspora-en-vrouwenrechten",
        "name": "Werkgroep Diaspora en Vrouwenrechten",
        "theme": "steun-gendergelijkheid",
        "description": "Een werkgroep van diasporavrouwenorganisaties die hun kennis van landen van herkomst inbrengen in de lobby van het platform en elkaar ondersteunen bij fondsenwerving.",
        "members": [
            {"organisation": "somalische-vrouwenvereniging-den-haag", "role": "chair"},
            {"organisation": "roshan-vrouwen-afghanistan-nederland", "role": "member"},
            {"organisation": "mujeres-latinas-utrecht", "role": "member"},
            {"organisation": "afrikaanse-vrouwen-diaspora-platform", "role": "member"},
            {"organisation": "oekraiense-vrouwenhulp-utrecht", "role": "member"},
            {"organisation": "yasmin-syrische-vrouwen-amsterdam", "role": "member"},
        ],
    },
    {
        "slug": "werkgroep-srgr-en-gender-mainstreaming",
        "name": "Werkgroep SRGR en Gender Mainstreaming",
        "theme": "sdg5-gender-mainstreaming",
        "description": "De werkgroep deelt methoden voor gender mainstreaming in programma's en volgt het beleid op het gebied van seksuele en reproductieve gezondheid en rechten.",
        "members": [
            {"organisation": "rutgers", "role": "chair"},
            {"organisation": "aidsfonds", "role": "member"},
            {"organisation": "simavi", "role": "member"},
            {"organisation": "plan-international-nederland", "role": "member"},
            {"organisation": "care-nederland", "role": "member"},
        ],
    },
]

# Knowledge items, oldest first (drafts last); translation_of points to an earlier item in the other language.
KNOWLEDGE_ITEMS: list[dict] = [
    {
        "slug": "csw54-en-beijing-15-verslag-van-de-nederlandse-delegatie",
        "title": "CSW54 en Beijing+15: verslag van de Nederlandse delegatie",
        "summary": "Verslag van de 54e zitting van de VN-Vrouwenrechtencommissie in New York, die in het teken stond van vijftien jaar Beijing Platform for Action.",
        "body": (
            "## Verslag\n"
            "\n"
            "Vijftien jaar na de Vierde Wereldvrouwenconferentie in Beijing beoordeelden de lidstaten de voortgang. De maatschappelijke vertegenwoordigers in de Nederlandse delegatie volgden de onderhandelingen en organiseerden een side event.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Veel landen rapporteren vooruitgang in onderwijs voor meisjes.\n"
            "- Geweld tegen vrouwen en economische ongelijkheid blijven hardnekkig.\n"
            "- De oprichting van één VN-organisatie voor vrouwen krijgt brede steun."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw54", "beijing-15"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw54-en-beijing-15-verslag-van-de-nederlandse-delegatie",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2010/03/csw54-en-beijing-15-verslag-van-de-nederlandse-delegatie.jpg",
        "published_at": "2010-03-16T09:45:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw55-onderwijs-wetenschap-en-technologie-voor-vrouwen-en-meisjes",
        "title": "CSW55: onderwijs, wetenschap en technologie voor vrouwen en meisjes",
        "summary": "Terugblik op CSW55 (2011), de eerste zitting na de oprichting van UN Women, met als prioriteitsthema toegang tot onderwijs, wetenschap en technologie.",
        "body": (
            "## Verslag\n"
            "\n"
            "Het was de eerste zitting met Michelle Bachelet als directeur van UN Women. De onderhandelingen over de conclusies gingen over toegang tot onderwijs en over de deelname van vrouwen aan wetenschap en technologie.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Meisjes verlaten technische opleidingen vaker voortijdig.\n"
            "- Toegang tot fatsoenlijk werk na de opleiding blijft een probleem."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw55", "onderwijs"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw55-onderwijs-wetenschap-en-technologie-voor-vrouwen-en-meisjes",
        "cover_image_url": None,
        "published_at": "2011-03-15T16:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "het-eerste-nederlandse-nationaal-actieplan-1325-een-terugblik",
        "title": "Het eerste Nederlandse Nationaal Actieplan 1325: een terugblik",
        "summary": "Een terugblik op het eerste Nederlandse actieplan voor resolutie 1325 (2008-2011), dat overheid en maatschappelijke organisaties samen ondertekenden.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Met het eerste Nationaal Actieplan 1325 koos Nederland voor een bijzondere aanpak: ministeries en maatschappelijke organisaties ondertekenden het plan gezamenlijk. Deze terugblik beschrijft wat die samenwerking heeft opgeleverd en waar zij tekortschoot.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- De gezamenlijke ondertekening gaf het maatschappelijk middenveld een formele rol.\n"
            "- Het plan bevatte weinig meetbare doelen, waardoor resultaten moeilijk te volgen waren.\n"
            "- Financiering voor lokale vrouwenorganisaties in conflictgebieden bleef beperkt."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["nap-1325", "resolutie-1325", "evaluatie"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/het-eerste-nederlandse-nationaal-actieplan-1325-een-terugblik",
        "cover_image_url": None,
        "published_at": "2011-09-14T09:15:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gender-mainstreaming-handleiding-voor-programmamedewerkers",
        "title": "Gender mainstreaming: handleiding voor programmamedewerkers",
        "summary": "Een praktische handleiding om gender structureel mee te nemen in elke fase van de programmacyclus, van analyse tot evaluatie.",
        "body": (
            "## Doel\n"
            "\n"
            "Gender mainstreaming betekent dat bij alle beleid en programma's wordt gekeken naar de gevolgen voor vrouwen en mannen. Deze handleiding vertaalt dat principe naar concrete vragen en instrumenten per fase.\n"
            "\n"
            "## Per fase\n"
            "\n"
            "- Analyse: verzamel gegevens uitgesplitst naar geslacht\n"
            "- Ontwerp: formuleer gendergevoelige doelen en indicatoren\n"
            "- Uitvoering: zorg voor evenwichtige deelname\n"
            "- Evaluatie: meet effecten op genderverhoudingen"
        ),
        "kind": "toolkit",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["gender-mainstreaming", "programmacyclus", "handleiding"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
            {"organisation": "kit-royal-tropical-institute", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/gender-mainstreaming-handleiding-voor-programmamedewerkers",
        "cover_image_url": None,
        "published_at": "2011-10-11T10:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "het-mdg3-fonds-lessen-uit-vier-jaar-investeren-in-vrouwenrechten",
        "title": "Het MDG3-fonds: lessen uit vier jaar investeren in vrouwenrechten",
        "summary": "Het MDG3-fonds financierde tussen 2008 en 2011 organisaties die werkten aan Millenniumdoel 3. Wat kunnen we leren voor toekomstige fondsen?",
        "body": (
            "## Samenvatting\n"
            "\n"
            "Met het MDG3-fonds maakte Nederland een substantieel bedrag vrij voor vrouwenrechten en gendergelijkheid. Dit rapport brengt ervaringen van ontvangende organisaties en van Nederlandse leden samen.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- Meerjarige financiering gaf organisaties ruimte om te bouwen aan hun eigen capaciteit.\n"
            "- Kleine vrouwenorganisaties hadden moeite om aan de eisen voor aanvragen te voldoen.\n"
            "- Een opvolger van het fonds is nodig om resultaten te borgen."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["financiering", "mdg3", "evaluatie"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "mama-cash", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/het-mdg3-fonds-lessen-uit-vier-jaar-investeren-in-vrouwenrechten",
        "cover_image_url": None,
        "published_at": "2012-01-17T14:45:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gender-mainstreaming-in-practice-a-guide-for-programme-staff",
        "title": "Gender mainstreaming in practice: a guide for programme staff",
        "summary": "A practical guide for integrating gender in every phase of the programme cycle, from analysis to evaluation.",
        "body": (
            "## Purpose\n"
            "\n"
            "Gender mainstreaming means considering the consequences for women and men of all policies and programmes. This guide translates that principle into concrete questions and tools for each phase.\n"
            "\n"
            "## By phase\n"
            "\n"
            "- Analysis: collect sex-disaggregated data\n"
            "- Design: formulate gender-sensitive objectives and indicators\n"
            "- Implementation: ensure balanced participation\n"
            "- Evaluation: measure effects on gender relations"
        ),
        "kind": "toolkit",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["gender-mainstreaming", "programme-cycle", "guide"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
            {"organisation": "kit-royal-tropical-institute", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/gender-mainstreaming-in-practice-a-guide-for-programme-staff",
        "cover_image_url": None,
        "published_at": "2012-01-24T09:15:00+00:00",
        "status": "published",
        "translation_of": "gender-mainstreaming-handleiding-voor-programmamedewerkers",
        "attachments": [],
    },
    {
        "slug": "large-scale-land-acquisitions-and-women-s-tenure-security",
        "title": "Large-scale land acquisitions and women's tenure security",
        "summary": "Large-scale land deals for agriculture and biofuels are accelerating. This report examines what happens to women's access to land when communities lose their commons.",
        "body": (
            "## Summary\n"
            "\n"
            "Women often depend on communal land, forests and wetlands for food, firewood and income, yet hold few formal titles. When land is leased to investors, their losses are rarely compensated.\n"
            "\n"
            "## Key findings\n"
            "\n"
            "- Consultations with communities mostly involve male leaders.\n"
            "- Compensation is paid to registered, usually male, landholders.\n"
            "- Women lose access to commons that were never formally recognised."
        ),
        "kind": "report",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["land-rights", "land-grabbing", "tenure"],
        "organisations": [
            {"organisation": "both-ends", "role": "author"},
            {"organisation": "iss-erasmus-university", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2012-02-14T15:00:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw56-plattelandsvrouwen-centraal",
        "title": "CSW56: plattelandsvrouwen centraal",
        "summary": "Verslag van CSW56 (2012) over de positie van plattelandsvrouwen. De zitting eindigde zonder gezamenlijke conclusies.",
        "body": (
            "## Verslag\n"
            "\n"
            "Het prioriteitsthema, de empowerment van plattelandsvrouwen en hun rol in het uitbannen van armoede en honger, sloot goed aan bij het werk van veel leden. Tot teleurstelling van velen konden de lidstaten het niet eens worden over de slottekst.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Discussies over seksuele en reproductieve rechten blokkeerden een akkoord.\n"
            "- Side events over landrechten en voedselzekerheid trokken veel belangstelling."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming", "natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["csw", "csw56", "plattelandsvrouwen"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw56-plattelandsvrouwen-centraal",
        "cover_image_url": None,
        "published_at": "2012-03-13T10:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "de-agenda-voor-vrouwen-vrede-en-veiligheid-uitgelegd",
        "title": "De agenda voor vrouwen, vrede en veiligheid uitgelegd",
        "summary": "Een toegankelijke introductie op VN-Veiligheidsraadsresolutie 1325 en de vervolgresoluties, voor nieuwe medewerkers en vrijwilligers.",
        "body": (
            "## Waar gaat het over?\n"
            "\n"
            "In oktober 2000 nam de VN-Veiligheidsraad resolutie 1325 aan. Daarmee werd voor het eerst erkend dat oorlog vrouwen anders raakt dan mannen, en dat vrouwen onmisbaar zijn voor duurzame vrede. Deze toolkit legt de vier pijlers uit en laat zien hoe u ze in uw eigen werk kunt toepassen.\n"
            "\n"
            "## De vier pijlers\n"
            "\n"
            "- **Participatie**: vrouwen aan tafel bij vredesonderhandelingen en in besluitvorming.\n"
            "- **Bescherming**: tegen seksueel en gendergerelateerd geweld in en na conflict.\n"
            "- **Preventie**: conflictpreventie met aandacht voor gender.\n"
            "- **Hulp en herstel**: gendersensitieve humanitaire hulp en wederopbouw."
        ),
        "kind": "toolkit",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["resolutie-1325", "wps", "introductie"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/de-agenda-voor-vrouwen-vrede-en-veiligheid-uitgelegd",
        "cover_image_url": None,
        "published_at": "2012-05-23T08:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "rio-20-gelijke-toegang-tot-natuurlijke-hulpbronnen",
        "title": "Rio+20: gelijke toegang tot natuurlijke hulpbronnen",
        "summary": "Inbreng van Nederlandse organisaties voor de VN-conferentie over duurzame ontwikkeling in Rio de Janeiro (juni 2012), met nadruk op de rechten van vrouwen op land, water en bossen.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Twintig jaar na de eerste Earth Summit komen regeringen opnieuw bijeen in Rio. Vrouwen zijn wereldwijd verantwoordelijk voor een groot deel van de voedselproductie, maar hebben weinig zeggenschap over natuurlijke hulpbronnen.\n"
            "\n"
            "## Onze oproep\n"
            "\n"
            "- Erken en registreer de landrechten van vrouwen.\n"
            "- Betrek vrouwen bij het beheer van water en bossen.\n"
            "- Maak de 'groene economie' ook een eerlijke economie."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["rio-20", "duurzame-ontwikkeling", "land-rights"],
        "organisations": [
            {"organisation": "both-ends", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/rio-20-gelijke-toegang-tot-natuurlijke-hulpbronnen",
        "cover_image_url": None,
        "published_at": "2012-05-29T13:45:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "nieuwsbrief-wo-men-januari-2013",
        "title": "Nieuwsbrief WO=MEN – januari 2013",
        "summary": "In deze nieuwsbrief: de nieuwe minister voor Buitenlandse Handel en Ontwikkelingssamenwerking, de voorbereiding op CSW57 en het FLOW-programma.",
        "body": (
            "# Nieuwsbrief WO=MEN – januari 2013\n"
            "\n"
            "Het nieuwe jaar begint met een nieuw kabinet en een nieuwe combinatie van handel en ontwikkelingssamenwerking. Wat betekent dat voor vrouwenrechten wereldwijd?\n"
            "\n"
            "## In dit nummer\n"
            "\n"
            "- Kennismaking met het beleid van de nieuwe minister\n"
            "- CSW57: geweld tegen vrouwen staat centraal\n"
            "- FLOW: de eerste projecten zijn van start"
        ),
        "kind": "newsletter",
        "language": "nl",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "tags": ["nieuwsbrief", "flow", "csw57"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2013-01-22T15:00:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw57-agreed-conclusions-on-violence-against-women-and-girls",
        "title": "CSW57: agreed conclusions on violence against women and girls",
        "summary": "At CSW57 in 2013, member states agreed on conclusions on the elimination and prevention of all forms of violence against women and girls.",
        "body": (
            "## Report\n"
            "\n"
            "After the failure of the previous session, many feared another stalemate. In the end, a strong text was adopted that addresses prevention, services for survivors and the role of men and boys.\n"
            "\n"
            "## Main conclusions\n"
            "\n"
            "- The conclusions reaffirm that custom, tradition or religion cannot justify violence.\n"
            "- Access to sexual and reproductive health services for survivors is recognised.\n"
            "- Civil society played a key role in defending earlier commitments."
        ),
        "kind": "event_report",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "vrouwen-vrede-en-veiligheid"],
        "tags": ["csw", "csw57", "gbv"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw57-agreed-conclusions-on-violence-against-women-and-girls",
        "cover_image_url": None,
        "published_at": "2013-03-19T12:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gender-and-security-sector-reform-a-briefing-for-policy-makers",
        "title": "Gender and security sector reform: a briefing for policy makers",
        "summary": "A short briefing on why security sector reform in fragile states must address the different security needs of women, men, girls and boys.",
        "body": (
            "## Introduction\n"
            "\n"
            "Police, military and justice institutions that exclude women are less trusted and less effective. This briefing summarises the evidence and gives practical entry points for Dutch-funded security sector reform programmes.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Recruit and retain women in the police and armed forces, and address harassment within the ranks.\n"
            "- Involve women's organisations in community policing and oversight.\n"
            "- Train security personnel on sexual and gender-based violence."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid", "sdg5-gender-mainstreaming"],
        "tags": ["security-sector-reform", "wps", "policy"],
        "organisations": [
            {"organisation": "iss-erasmus-university", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/gender-and-security-sector-reform-a-briefing-for-policy-makers",
        "cover_image_url": None,
        "published_at": "2013-04-09T07:15:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "voedselzekerheid-en-vrouwelijke-boeren",
        "title": "Voedselzekerheid en vrouwelijke boeren",
        "summary": "Vrouwelijke boeren produceren een groot deel van het voedsel in ontwikkelingslanden, maar hebben minder toegang tot land, krediet en kennis. Een overzicht van de stand van kennis.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Als vrouwelijke boeren dezelfde toegang zouden hebben tot productiemiddelen als mannen, zouden hun opbrengsten flink stijgen. Dit overzicht zet de belangrijkste inzichten uit onderzoek en praktijk op een rij.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Landbouwvoorlichting bereikt vrouwen nog te weinig.\n"
            "- Toegang tot krediet hangt vaak af van formeel landbezit.\n"
            "- Coöperaties van vrouwen versterken hun onderhandelingspositie."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "sdg5-gender-mainstreaming"],
        "tags": ["voedselzekerheid", "landbouw", "plattelandsvrouwen"],
        "organisations": [
            {"organisation": "kit-royal-tropical-institute", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/voedselzekerheid-en-vrouwelijke-boeren",
        "cover_image_url": None,
        "published_at": "2013-06-04T14:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "vrouwen-in-politieke-besluitvorming-quota-en-andere-maatregelen",
        "title": "Vrouwen in politieke besluitvorming: quota en andere maatregelen",
        "summary": "Welke maatregelen werken om meer vrouwen in parlementen en regeringen te krijgen? Een overzicht van ervaringen wereldwijd.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Wereldwijd is slechts een minderheid van de parlementariërs vrouw. Landen die grote sprongen hebben gemaakt, deden dat vaak met wettelijke of partijquota, gecombineerd met training en financiering van vrouwelijke kandidaten.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Quota werken het best met sancties bij niet-naleving.\n"
            "- Vrouwelijke politici hebben te maken met online intimidatie en geweld.\n"
            "- Steun aan vrouwenorganisaties versterkt de achterban van vrouwelijke politici."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "tags": ["politieke-participatie", "quota", "leiderschap"],
        "organisations": [
            {"organisation": "atria", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/vrouwen-in-politieke-besluitvorming-quota-en-andere-maatregelen",
        "cover_image_url": None,
        "published_at": "2013-09-10T10:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "landrechten-van-vrouwen-in-oost-afrika",
        "title": "Landrechten van vrouwen in Oost-Afrika",
        "summary": "Een onderzoek naar de wettelijke en feitelijke toegang van vrouwen tot land in Kenia, Oeganda en Tanzania.",
        "body": (
            "## Samenvatting\n"
            "\n"
            "Kenia, Oeganda en Tanzania hebben wetten die gelijke rechten op land garanderen. In de praktijk beslissen gewoonterecht en familiedruk vaak anders. Weduwen en gescheiden vrouwen zijn bijzonder kwetsbaar.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- Gelijke rechten staan op papier, maar registratie op naam van beide echtgenoten is zeldzaam.\n"
            "- Lokale landcommissies tellen weinig vrouwelijke leden.\n"
            "- Paralegals uit de gemeenschap helpen vrouwen hun rechten te claimen."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["land-rights", "kenia", "oeganda"],
        "organisations": [
            {"organisation": "pwani-women-land-rights-network", "role": "author"},
            {"organisation": "both-ends", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/landrechten-van-vrouwen-in-oost-afrika",
        "cover_image_url": None,
        "published_at": "2014-03-18T09:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "landrechten-vrouwen-oost-afrika.pdf",
                "media_type": "application/pdf",
                "size": 2640118,
                "url": "https://www.wo-men.nl/wp-content/uploads/2014/03/landrechten-vrouwen-oost-afrika.pdf",
                "extracted_text": "Dit onderzoek vergelijkt de wettelijke bescherming van landrechten van vrouwen in Kenia, Oeganda en Tanzania. In alle drie de landen garandeert de wet gelijke rechten, maar gewoonterecht bepaalt in de praktijk wie land erft en gebruikt. Paralegals en vrouwengroepen spelen een sleutelrol bij het registreren van gezamenlijk eigendom.",
            },
        ],
    },
    {
        "slug": "csw58-lessen-uit-de-millenniumdoelen-voor-vrouwen-en-meisjes",
        "title": "CSW58: lessen uit de millenniumdoelen voor vrouwen en meisjes",
        "summary": "Verslag van CSW58 (2014), waar de lidstaten de uitvoering van de millenniumdoelen voor vrouwen en meisjes bespraken met het oog op de nieuwe ontwikkelingsagenda.",
        "body": (
            "## Verslag\n"
            "\n"
            "Met het einde van de millenniumdoelen in zicht keek de commissie naar de resultaten voor vrouwen en meisjes. Een belangrijk punt van discussie was de vraag of er in de nieuwe agenda een apart doel voor gendergelijkheid moest komen.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Brede steun voor een apart doel voor gendergelijkheid.\n"
            "- Aandacht voor geweld tegen vrouwen, dat in de millenniumdoelen ontbrak."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw58", "mdg"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw58-lessen-uit-de-millenniumdoelen-voor-vrouwen-en-meisjes",
        "cover_image_url": None,
        "published_at": "2014-03-25T13:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "women-s-land-rights-in-east-africa",
        "title": "Women's land rights in East Africa",
        "summary": "A study of women's legal and actual access to land in Kenya, Uganda and Tanzania.",
        "body": (
            "## Summary\n"
            "\n"
            "Kenya, Uganda and Tanzania have laws that guarantee equal rights to land. In practice, customary law and family pressure often decide otherwise. Widows and divorced women are particularly vulnerable.\n"
            "\n"
            "## Key findings\n"
            "\n"
            "- Equal rights exist on paper, but joint registration by spouses is rare.\n"
            "- Local land committees have few women members.\n"
            "- Community paralegals help women to claim their rights."
        ),
        "kind": "report",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["land-rights", "kenya", "uganda"],
        "organisations": [
            {"organisation": "pwani-women-land-rights-network", "role": "author"},
            {"organisation": "both-ends", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/women-s-land-rights-in-east-africa",
        "cover_image_url": None,
        "published_at": "2014-04-01T11:15:00+00:00",
        "status": "published",
        "translation_of": "landrechten-van-vrouwen-in-oost-afrika",
        "attachments": [],
    },
    {
        "slug": "textielketen-arbeidsrechten-van-vrouwen-in-bangladesh-na-rana-plaza",
        "title": "Textielketen: arbeidsrechten van vrouwen in Bangladesh na Rana Plaza",
        "summary": "Een jaar na de instorting van het Rana Plaza-gebouw kijken we naar de positie van textielarbeidsters in Bangladesh. Zijn fabrieken veiliger geworden?",
        "body": (
            "## Inleiding\n"
            "\n"
            "Bij de ramp in april 2013 kwamen meer dan duizend mensen om het leven, de meesten van hen vrouwen. Sindsdien zijn er afspraken gemaakt over brand- en gebouwveiligheid, maar lonen en arbeidsomstandigheden blijven zorgwekkend.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Inspecties hebben veel veiligheidsgebreken aan het licht gebracht.\n"
            "- Vakbondsvrijheid blijft in de praktijk beperkt.\n"
            "- Seksuele intimidatie op de werkvloer wordt nauwelijks aangepakt."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "sdg5-gender-mainstreaming"],
        "tags": ["textiel", "bangladesh", "arbeidsrechten"],
        "organisations": [
            {"organisation": "meghna-women-workers-forum", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/textielketen-arbeidsrechten-van-vrouwen-in-bangladesh-na-rana-plaza",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2014/04/textielketen-arbeidsrechten-van-vrouwen-in-bangladesh-na-rana-plaza.jpg",
        "published_at": "2014-04-24T10:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "vrouwen-in-vredesmissies-de-nederlandse-bijdrage-aan-vn-missies",
        "title": "Vrouwen in vredesmissies: de Nederlandse bijdrage aan VN-missies",
        "summary": "Een overzicht van de inzet van vrouwelijke militairen en politiefunctionarissen in internationale missies, en van de aandacht voor gender in missiemandaten.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Nederland heeft zich in het kader van NAP 1325 gecommitteerd aan meer vrouwen in missies en aan genderadviseurs in het veld. Deze publicatie brengt in kaart hoe die afspraken in de praktijk uitpakken.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Genderadviseurs worden vaker ingezet, maar hebben niet altijd toegang tot de commandostructuur.\n"
            "- Het aandeel vrouwen in uitgezonden eenheden blijft laag.\n"
            "- Contact met lokale vrouwenorganisaties levert betere informatie over veiligheidsrisico's op."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["vredesmissies", "defensie", "nap-1325"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
            {"organisation": "ministerie-van-defensie", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/vrouwen-in-vredesmissies-de-nederlandse-bijdrage-aan-vn-missies",
        "cover_image_url": None,
        "published_at": "2014-06-17T07:45:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "training-the-beijing-platform-for-action-for-newcomers",
        "title": "Training: the Beijing Platform for Action for newcomers",
        "summary": "An introductory training on the Beijing Declaration and Platform for Action and its twelve critical areas of concern.",
        "body": (
            "The Platform for Action adopted in Beijing in 1995 remains the most comprehensive global agenda for gender equality. This training helps newcomers to understand its structure and how it is reviewed.\n"
            "\n"
            "## Learning objectives\n"
            "\n"
            "- Know the twelve critical areas of concern\n"
            "- Understand the five-yearly review process\n"
            "- Link the Platform for Action to CEDAW and the SDGs\n"
            "\n"
            "## Practical information\n"
            "\n"
            "The training takes place at Atria in Amsterdam and is open to staff of member organisations."
        ),
        "kind": "training",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["training", "beijing", "introduction"],
        "organisations": [
            {"organisation": "atria", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/training-the-beijing-platform-for-action-for-newcomers",
        "cover_image_url": None,
        "published_at": "2014-09-30T10:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "meisjes-en-sport-als-middel-voor-empowerment",
        "title": "Meisjes en sport als middel voor empowerment",
        "summary": "Sportprogramma's voor meisjes bieden een veilige plek om zelfvertrouwen en leiderschap te ontwikkelen. Ervaringen van partners in Afrika en Azië.",
        "body": (
            "## De aanpak\n"
            "\n"
            "In veel gemeenschappen verdwijnen meisjes in de puberteit uit de openbare ruimte. Sportprogramma's bieden hun een plek waar zij samenkomen, vaardigheden leren en informatie krijgen over gezondheid en rechten.\n"
            "\n"
            "## Wat werkte\n"
            "\n"
            "- Vrouwelijke coaches zijn belangrijke rolmodellen.\n"
            "- Sport opent de deur naar gesprekken over geweld en seksuele gezondheid.\n"
            "- Ouders raken overtuigd door zichtbare resultaten."
        ),
        "kind": "good_practice",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["sport", "meisjes", "leiderschap"],
        "organisations": [
            {"organisation": "women-win", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2014-11-18T15:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "flow-een-tussentijdse-balans-van-het-fonds-voor-vrouwenrechten",
        "title": "FLOW: een tussentijdse balans van het fonds voor vrouwenrechten",
        "summary": "Het programma Funding Leadership and Opportunities for Women (FLOW) loopt sinds 2012. Een eerste balans vanuit het perspectief van de uitvoerende organisaties.",
        "body": (
            "## Samenvatting\n"
            "\n"
            "FLOW financiert allianties die werken aan veiligheid, economische zelfstandigheid en politieke participatie van vrouwen. Uitvoerende organisaties zijn positief over de ruimte voor langdurige trajecten, maar zien ook knelpunten.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- Langere looptijden zijn essentieel voor verandering van sociale normen.\n"
            "- De rapportage-eisen wegen zwaar voor kleine partners.\n"
            "- Er is behoefte aan meer uitwisseling tussen de gefinancierde allianties."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["flow", "financiering", "vrouwenrechten"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "plan-international-nederland", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/flow-een-tussentijdse-balans-van-het-fonds-voor-vrouwenrechten",
        "cover_image_url": None,
        "published_at": "2015-03-24T16:00:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw59-and-beijing-20-a-political-declaration",
        "title": "CSW59 and Beijing+20: a political declaration",
        "summary": "At CSW59 in 2015, governments adopted a political declaration on the twentieth anniversary of the Fourth World Conference on Women.",
        "body": (
            "## Report\n"
            "\n"
            "The declaration was negotiated before the session started, which left little room for civil society input. Women's organisations criticised the lack of ambition but welcomed the commitment to full implementation.\n"
            "\n"
            "## Main conclusions\n"
            "\n"
            "- Governments committed to full and accelerated implementation of the Platform for Action.\n"
            "- Civil society called for more meaningful participation in future reviews."
        ),
        "kind": "event_report",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw59", "beijing-20"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw59-and-beijing-20-a-political-declaration",
        "cover_image_url": None,
        "published_at": "2015-03-24T07:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "genderanalyse-in-vijf-stappen",
        "title": "Genderanalyse in vijf stappen",
        "summary": "Een beknopte werkwijzer voor het uitvoeren van een genderanalyse bij de start van een project.",
        "body": (
            "## Waarom een genderanalyse?\n"
            "\n"
            "Een genderanalyse hoeft niet ingewikkeld te zijn. Met deze vijf stappen krijgt u snel inzicht in de verschillende rollen, behoeften en kansen van vrouwen en mannen in uw projectgebied.\n"
            "\n"
            "## De vragen\n"
            "\n"
            "- Wie doet wat? (taakverdeling)\n"
            "- Wie heeft toegang tot en zeggenschap over middelen?\n"
            "- Wie beslist?\n"
            "- Welke normen en wetten spelen een rol?"
        ),
        "kind": "toolkit",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["genderanalyse", "werkwijzer", "projectontwerp"],
        "organisations": [
            {"organisation": "kit-royal-tropical-institute", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/genderanalyse-in-vijf-stappen",
        "cover_image_url": None,
        "published_at": "2015-05-12T11:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "mijnbouw-en-vrouwen-de-verborgen-kosten-van-extractieve-industrie",
        "title": "Mijnbouw en vrouwen: de verborgen kosten van extractieve industrie",
        "summary": "Mijnbouwprojecten brengen werk en inkomsten, maar vrouwen dragen vaak de lasten: verlies van land, vervuild water en meer geweld.",
        "body": (
            "## Samenvatting\n"
            "\n"
            "Dit rapport bundelt casussen uit Ghana, Peru en de Filipijnen. In alle gevallen werden vrouwen nauwelijks betrokken bij de besluitvorming over mijnbouwprojecten en de compensatie voor verloren land.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- Banen in de mijnbouw gaan vooral naar mannen.\n"
            "- Vervuiling van water raakt vrouwen direct, omdat zij water halen en voor zieken zorgen.\n"
            "- De komst van mijnwerkers gaat vaak samen met meer seksueel geweld en sekswerk."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["mijnbouw", "extractieve-industrie", "gbv"],
        "organisations": [
            {"organisation": "both-ends", "role": "author"},
            {"organisation": "actionaid", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2015-06-23T13:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "seksuele-en-reproductieve-gezondheid-en-rechten-in-het-nederlandse-beleid",
        "title": "Seksuele en reproductieve gezondheid en rechten in het Nederlandse beleid",
        "summary": "Een overzicht van de plaats van SRGR in het Nederlandse ontwikkelingsbeleid en van de belangrijkste programma's.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Seksuele en reproductieve gezondheid en rechten zijn al jaren een speerpunt van het Nederlandse beleid. Nederland investeert in toegang tot anticonceptie, veilige zwangerschap, seksuele voorlichting en hiv-preventie.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Nederland is een van de grotere donoren op dit terrein.\n"
            "- Aandacht voor jongeren en voor groepen die gediscrimineerd worden.\n"
            "- Internationale tegenwind maakt blijvende inzet noodzakelijk."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "tags": ["srgr", "beleid", "hiv"],
        "organisations": [
            {"organisation": "rutgers", "role": "author"},
            {"organisation": "aidsfonds", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/seksuele-en-reproductieve-gezondheid-en-rechten-in-het-nederlandse-beleid",
        "cover_image_url": None,
        "published_at": "2015-08-25T10:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "training-fondsenwerving-voor-kleine-vrouwenorganisaties",
        "title": "Training: fondsenwerving voor kleine vrouwenorganisaties",
        "summary": "Een praktische training voor diasporavrouwenorganisaties en vrijwilligersinitiatieven die hun financiering willen verbreden.",
        "body": (
            "Kleine organisaties draaien vaak op de inzet van enkele vrijwilligers. In deze training leren deelnemers hoe zij fondsen vinden die bij hen passen en hoe zij een overtuigende aanvraag schrijven.\n"
            "\n"
            "## Leerdoelen\n"
            "\n"
            "- Het fondsenlandschap in Nederland en Europa leren kennen\n"
            "- Een projectvoorstel en begroting opstellen\n"
            "- Resultaten zichtbaar maken voor donateurs\n"
            "\n"
            "## Praktisch\n"
            "\n"
            "Aanmelden kan via het secretariaat van WO=MEN. Leden nemen kosteloos deel."
        ),
        "kind": "training",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["training", "fondsenwerving", "diaspora"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "afrikaanse-vrouwen-diaspora-platform", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/training-fondsenwerving-voor-kleine-vrouwenorganisaties",
        "cover_image_url": None,
        "published_at": "2015-09-29T09:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "mali-vrouwen-in-lokale-vredescomites",
        "title": "Mali: vrouwen in lokale vredescomités",
        "summary": "Hoe plattelandsvrouwen in de regio Ségou een plek veroverden in de lokale comités die conflicten over land en water bemiddelen.",
        "body": (
            "## De aanpak\n"
            "\n"
            "Conflicten tussen boeren en veehouders over land en water nemen in Centraal-Mali toe. Traditioneel worden die conflicten door mannelijke dorpsoudsten beslecht. Het Réseau des Femmes Rurales de Ségou trainde vrouwen in bemiddeling en overtuigde dorpsraden om hen toe te laten.\n"
            "\n"
            "## Wat werkte\n"
            "\n"
            "- Vrouwen brachten conflicten over waterpunten eerder aan het licht.\n"
            "- De steun van religieuze leiders was doorslaggevend voor acceptatie.\n"
            "- Kleine budgetten voor vervoer maakten deelname van vrouwen uit afgelegen dorpen mogelijk."
        ),
        "kind": "good_practice",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid", "natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["mali", "lokale-vrede", "sahel"],
        "organisations": [
            {"organisation": "reseau-femmes-rurales-segou", "role": "author"},
            {"organisation": "cordaid", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2015-11-03T09:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "jaarconferentie-wo-men-2015-de-nieuwe-duurzame-ontwikkelingsdoelen",
        "title": "Jaarconferentie WO=MEN 2015: de nieuwe duurzame ontwikkelingsdoelen",
        "summary": "Verslag van de jaarconferentie waarin leden bespraken wat de nieuwe Duurzame Ontwikkelingsdoelen betekenen voor het werk aan vrouwenrechten.",
        "body": (
            "## Verslag\n"
            "\n"
            "Een paar maanden na de aanname van de Agenda 2030 door de VN kwamen leden in Den Haag bijeen. Sprekers van het ministerie, kennisinstellingen en partnerorganisaties deelden hun verwachtingen.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Een apart doel voor gendergelijkheid (SDG 5) is een belangrijke winst.\n"
            "- Gender moet ook in de andere doelen terugkomen.\n"
            "- Het maatschappelijk middenveld moet betrokken zijn bij de nationale uitvoering."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "tags": ["jaarconferentie", "sdg", "agenda-2030"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/jaarconferentie-wo-men-2015-de-nieuwe-duurzame-ontwikkelingsdoelen",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2015/11/jaarconferentie-wo-men-2015-de-nieuwe-duurzame-ontwikkelingsdoelen.jpg",
        "published_at": "2015-11-17T14:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "vrouwen-en-water-beheer-van-waterpunten-in-de-sahel",
        "title": "Vrouwen en water: beheer van waterpunten in de Sahel",
        "summary": "Hoe vrouwencomités in Mali en Burkina Faso verantwoordelijkheid namen voor het onderhoud van waterpompen.",
        "body": (
            "## De aanpak\n"
            "\n"
            "Waterpompen raken vaak binnen enkele jaren defect omdat niemand verantwoordelijk is voor het onderhoud. In dit project kregen vrouwencomités een training in beheer en kleine reparaties, en een eigen kas voor onderdelen.\n"
            "\n"
            "## Wat werkte\n"
            "\n"
            "- Vrouwen hebben als gebruikers het meeste belang bij werkende pompen.\n"
            "- Een eigen kas maakt comités onafhankelijk van externe hulp.\n"
            "- Erkenning door de gemeente gaf de comités gezag."
        ),
        "kind": "good_practice",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["water", "sahel", "lokaal-bestuur"],
        "organisations": [
            {"organisation": "stichting-sahel-vrouwen-nederland", "role": "author"},
            {"organisation": "simavi", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2016-03-22T10:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw60-gendergelijkheid-en-duurzame-ontwikkeling",
        "title": "CSW60: gendergelijkheid en duurzame ontwikkeling",
        "summary": "CSW60 (2016) was de eerste zitting na de aanname van de Agenda 2030. Centraal stond de vraag hoe de Duurzame Ontwikkelingsdoelen de positie van vrouwen kunnen versterken.",
        "body": (
            "## Verslag\n"
            "\n"
            "De commissie besprak de samenhang tussen SDG 5 en de andere doelen. De Nederlandse delegatie zette zich in voor sterke taal over seksuele en reproductieve rechten en over vrouwenrechtenverdedigers.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- De conclusies noemen gender als voorwaarde voor alle duurzame ontwikkelingsdoelen.\n"
            "- Er komt meer aandacht voor data uitgesplitst naar geslacht."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw60", "agenda-2030"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw60-gendergelijkheid-en-duurzame-ontwikkeling",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2016/03/csw60-gendergelijkheid-en-duurzame-ontwikkeling.jpg",
        "published_at": "2016-03-29T11:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "nieuwsbrief-werkgroep-1325-voorjaar-2016",
        "title": "Nieuwsbrief Werkgroep 1325 – voorjaar 2016",
        "summary": "Nieuws van de Werkgroep 1325: de start van NAP 1325-III, de consultatie over Syrië en een oproep voor bijdragen aan de jaarbijeenkomst.",
        "body": (
            "# Nieuwsbrief Werkgroep 1325 – voorjaar 2016\n"
            "\n"
            "Met de start van NAP 1325-III begint een nieuwe periode van samenwerking tussen overheid en maatschappelijk middenveld. In deze nieuwsbrief leest u wat dat voor de werkgroep betekent.\n"
            "\n"
            "## In dit nummer\n"
            "\n"
            "- NAP 1325-III van start: de focuslanden op een rij\n"
            "- Terugblik op de consultatie met Syrische vrouwenorganisaties\n"
            "- Oproep: deel uw ervaringen voor de jaarbijeenkomst"
        ),
        "kind": "newsletter",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["nap-1325", "nieuwsbrief", "werkgroep"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2016-04-12T07:00:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "vrouwelijke-ondernemers-en-toegang-tot-krediet",
        "title": "Vrouwelijke ondernemers en toegang tot krediet",
        "summary": "Vrouwelijke ondernemers in ontwikkelingslanden hebben minder toegang tot financiering dan mannen. Een overzicht van oorzaken en oplossingen.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Banken vragen vaak onderpand in de vorm van land of gebouwen, die meestal op naam van mannen staan. Daarnaast hebben vrouwen minder tijd en netwerken om hun bedrijf te laten groeien.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Alternatieve vormen van onderpand en kredietbeoordeling helpen.\n"
            "- Financiële educatie werkt beter in combinatie met mentorschap.\n"
            "- Digitale betaalmiddelen geven vrouwen meer controle over hun inkomen."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming", "natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["vrouwelijke-ondernemers", "krediet", "wee"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "kit-royal-tropical-institute", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/vrouwelijke-ondernemers-en-toegang-tot-krediet",
        "cover_image_url": None,
        "published_at": "2016-05-17T13:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "vrouwenrechtenverdedigers-in-latijns-amerika-beschermingsmechanismen-onder-de-loep",
        "title": "Vrouwenrechtenverdedigers in Latijns-Amerika: beschermingsmechanismen onder de loep",
        "summary": "Een vergelijking van nationale beschermingsmechanismen voor mensenrechtenverdedigers in Colombia, Mexico en Honduras, vanuit het perspectief van vrouwen.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Vrouwelijke mensenrechtenverdedigers lopen specifieke risico's, zoals seksueel geweld en bedreigingen van hun kinderen. Bestaande beschermingsmechanismen zijn daar niet op ingericht.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Beschermingsmaatregelen zijn vaak individueel en gericht op mannelijke leiders.\n"
            "- Collectieve bescherming van gemeenschappen wordt nauwelijks toegepast.\n"
            "- Straffeloosheid voor aanvallen op verdedigers blijft groot."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["steun-gendergelijkheid", "vrouwen-vrede-en-veiligheid"],
        "tags": ["whrd", "latijns-amerika", "bescherming"],
        "organisations": [
            {"organisation": "justice-and-peace", "role": "author"},
            {"organisation": "mujeres-latinas-utrecht", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2016-06-21T16:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "women-s-economic-empowerment-in-agricultural-value-chains-lessons-learned",
        "title": "Women's economic empowerment in agricultural value chains: lessons learned",
        "summary": "A synthesis of lessons from programmes that aimed to strengthen women's position in agricultural value chains.",
        "body": (
            "## Introduction\n"
            "\n"
            "Value chain programmes often assume that higher production automatically benefits women. Evidence shows that this depends on who controls the income and the land.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Analyse the household as well as the chain.\n"
            "- Support women's groups to access markets collectively.\n"
            "- Measure changes in decision-making, not only in income."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "sdg5-gender-mainstreaming"],
        "tags": ["value-chains", "wee", "agriculture"],
        "organisations": [
            {"organisation": "kit-royal-tropical-institute", "role": "author"},
            {"organisation": "solidaridad", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2016-09-13T08:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "kindhuwelijken-terugdringen-lessen-uit-bangladesh",
        "title": "Kindhuwelijken terugdringen: lessen uit Bangladesh",
        "summary": "Een gemeenschapsgerichte aanpak om kindhuwelijken te voorkomen, waarin meisjes, ouders, religieuze leiders en lokale overheden samenwerken.",
        "body": (
            "## Context\n"
            "\n"
            "Bangladesh heeft een van de hoogste percentages kindhuwelijken ter wereld. In dit programma werden meisjesclubs opgezet en werden huwelijksregistrateurs en imams betrokken.\n"
            "\n"
            "## Geleerde lessen\n"
            "\n"
            "- Meisjesclubs gaven meisjes kennis en steun van leeftijdsgenoten.\n"
            "- Geboorteregistratie maakte leeftijdscontrole bij huwelijken mogelijk.\n"
            "- Inkomensondersteuning voor gezinnen verminderde de druk om dochters vroeg uit te huwelijken."
        ),
        "kind": "good_practice",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["kindhuwelijken", "bangladesh", "sociale-normen"],
        "organisations": [
            {"organisation": "plan-international-nederland", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/kindhuwelijken-terugdringen-lessen-uit-bangladesh",
        "cover_image_url": None,
        "published_at": "2016-10-11T14:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "sport-for-girls-leadership-lessons-from-women-win-partners",
        "title": "Sport for girls' leadership: lessons from Women Win partners",
        "summary": "What partners of Women Win have learned about using sport to build girls' leadership, and how to measure it.",
        "body": (
            "## The approach\n"
            "\n"
            "Partners use sport as a hook to bring girls together and a platform for life skills sessions. Measuring leadership is difficult, so partners developed their own indicators together with girls.\n"
            "\n"
            "## What worked\n"
            "\n"
            "- Let girls co-design the programme and its indicators.\n"
            "- Train coaches on safeguarding.\n"
            "- Combine sport with access to services."
        ),
        "kind": "good_practice",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["sport", "girls", "leadership"],
        "organisations": [
            {"organisation": "women-win", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2016-12-06T16:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "she-decides-nederlands-initiatief-na-herinvoering-van-de-global-gag-rule",
        "title": "She Decides: Nederlands initiatief na herinvoering van de global gag rule",
        "summary": "Nederland neemt het initiatief voor een internationaal fonds om het wegvallen van Amerikaanse financiering voor seksuele en reproductieve gezondheid op te vangen.",
        "body": (
            "Kort na zijn aantreden heeft de Amerikaanse president de zogenoemde Mexico City Policy opnieuw ingevoerd. Organisaties die voorlichting geven over abortus of daarnaar verwijzen, verliezen daardoor Amerikaanse financiering. Minister Ploumen kondigde aan een internationaal fonds op te zetten.\n"
            "\n"
            "- Leden van WO=MEN steunen het initiatief en roepen andere landen op om bij te dragen.\n"
            "- De gevolgen raken ook programma's voor hiv-preventie en moeder- en kindzorg."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "tags": ["srgr", "global-gag-rule", "she-decides"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "rutgers", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/she-decides-nederlands-initiatief-na-herinvoering-van-de-global-gag-rule",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2017/02/she-decides-nederlands-initiatief-na-herinvoering-van-de-global-gag-rule.jpg",
        "published_at": "2017-02-01T08:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "imvo-convenant-kleding-en-textiel-kansen-voor-genderrechtvaardigheid",
        "title": "IMVO-convenant kleding en textiel: kansen voor genderrechtvaardigheid",
        "summary": "Het convenant over duurzame kleding en textiel verplicht deelnemende bedrijven tot gepaste zorgvuldigheid. Hoe zorgen we dat de rechten van vrouwelijke arbeiders daarin centraal staan?",
        "body": (
            "## Inleiding\n"
            "\n"
            "De overgrote meerderheid van de textielarbeiders in productielanden is vrouw. Risico's als seksuele intimidatie, onbetaald overwerk en ontslag bij zwangerschap moeten daarom onderdeel zijn van de risicoanalyse van bedrijven.\n"
            "\n"
            "## Aanbevelingen\n"
            "\n"
            "- Neem genderspecifieke risico's op in de risicoanalyse.\n"
            "- Spreek met vrouwelijke arbeiders zelf, buiten de fabriek.\n"
            "- Zorg voor klachtenmechanismen die vrouwen vertrouwen."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["imvo", "textiel", "due-diligence"],
        "organisations": [
            {"organisation": "solidaridad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/imvo-convenant-kleding-en-textiel-kansen-voor-genderrechtvaardigheid",
        "cover_image_url": None,
        "published_at": "2017-03-07T07:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw61-economische-empowerment-in-een-veranderende-arbeidsmarkt",
        "title": "CSW61: economische empowerment in een veranderende arbeidsmarkt",
        "summary": "Verslag van CSW61 (2017) over de economische positie van vrouwen in een veranderende wereld van werk.",
        "body": (
            "## Verslag\n"
            "\n"
            "Het prioriteitsthema sloot aan bij discussies over de informele economie, onbetaald zorgwerk en de loonkloof. Ook de gevolgen van digitalisering en automatisering voor vrouwen kwamen aan bod.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Erkenning van onbetaald zorgwerk in de slotconclusies.\n"
            "- Aandacht voor vrouwen in de informele economie.\n"
            "- Nederland zette zich in voor gelijke beloning."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw61", "wee"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "women-inc", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw61-economische-empowerment-in-een-veranderende-arbeidsmarkt",
        "cover_image_url": None,
        "published_at": "2017-03-28T09:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "colombia-vrouwen-en-de-uitvoering-van-het-vredesakkoord",
        "title": "Colombia: vrouwen en de uitvoering van het vredesakkoord",
        "summary": "Het Colombiaanse vredesakkoord van 2016 bevat een uitgebreide genderparagraaf. Deze publicatie beschrijft de rol van vrouwenorganisaties bij de uitvoering ervan.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Dankzij de inzet van vrouwenorganisaties tijdens de onderhandelingen in Havana bevat het vredesakkoord tussen de Colombiaanse regering en de FARC tientallen bepalingen over gender. De uitvoering verloopt echter traag, en vrouwelijke sociale leiders lopen grote risico's.\n"
            "\n"
            "## Aanbevelingen\n"
            "\n"
            "- Volg de uitvoering van de genderbepalingen met onafhankelijke monitoring.\n"
            "- Bescherm vrouwelijke sociale leiders en mensenrechtenverdedigers.\n"
            "- Betrek inheemse en Afro-Colombiaanse vrouwen bij de plattelandshervorming."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["colombia", "vredesakkoord", "vrouwenorganisaties"],
        "organisations": [
            {"organisation": "mujeres-latinas-utrecht", "role": "author"},
            {"organisation": "red-mujeres-paz-cauca", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/colombia-vrouwen-en-de-uitvoering-van-het-vredesakkoord",
        "cover_image_url": None,
        "published_at": "2017-05-30T10:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "women-s-economic-empowerment-and-unpaid-care-work",
        "title": "Women's economic empowerment and unpaid care work",
        "summary": "Unpaid care work is the missing link in most economic empowerment programmes. This paper explains why and what to do about it.",
        "body": (
            "## Introduction\n"
            "\n"
            "Women do the majority of unpaid care work worldwide. Programmes that promote women's employment without addressing care risk increasing women's total workload.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Recognise unpaid care in programme design and monitoring.\n"
            "- Reduce drudgery through investment in water, energy and childcare.\n"
            "- Redistribute care between women and men, and between households and the state."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["unpaid-care", "wee", "care-economy"],
        "organisations": [
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/women-s-economic-empowerment-and-unpaid-care-work",
        "cover_image_url": None,
        "published_at": "2017-06-20T08:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "nieuwsbrief-wo-men-juli-2017",
        "title": "Nieuwsbrief WO=MEN – juli 2017",
        "summary": "In deze zomernieuwsbrief: She Decides, de resultaten van CSW61 en de voorbereiding op de begrotingsbehandeling.",
        "body": (
            "# Nieuwsbrief WO=MEN – juli 2017\n"
            "\n"
            "Een bewogen voorjaar ligt achter ons. In deze nieuwsbrief blikken we terug en vooruit.\n"
            "\n"
            "## In dit nummer\n"
            "\n"
            "- She Decides: een internationale beweging in een paar maanden\n"
            "- CSW61: wat staat er in de conclusies?\n"
            "- Vooruitblik: de begrotingsbehandeling in november"
        ),
        "kind": "newsletter",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "tags": ["nieuwsbrief", "she-decides", "csw61"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2017-07-04T11:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "sexual-and-reproductive-health-and-rights-under-pressure-the-global-gag-rule",
        "title": "Sexual and reproductive health and rights under pressure: the global gag rule",
        "summary": "An analysis of the expanded Mexico City Policy and its consequences for organisations working on sexual and reproductive health and rights.",
        "body": (
            "## Introduction\n"
            "\n"
            "The reinstated policy applies to a much wider range of US global health funding than in the past. Partners report that clinics are closing and that integrated services are being split up.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Loss of funding for contraceptive supplies and outreach services.\n"
            "- A chilling effect on partners who do not provide abortion-related services.\n"
            "- Growing importance of flexible funding from European donors."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "tags": ["srhr", "global-gag-rule", "funding"],
        "organisations": [
            {"organisation": "rutgers", "role": "author"},
            {"organisation": "aidsfonds", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/sexual-and-reproductive-health-and-rights-under-pressure-the-global-gag-rule",
        "cover_image_url": None,
        "published_at": "2017-07-11T07:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "jemen-vrouwen-en-humanitaire-toegang",
        "title": "Jemen: vrouwen en humanitaire toegang",
        "summary": "Vrouwenorganisaties in Jemen waarschuwen dat beperkingen op bewegingsvrijheid vrouwen afsnijden van hulp.",
        "body": (
            "Tijdens een online consultatie met de Werkgroep 1325 vertelden Jemenitische vrouwenorganisaties hoe de oorlog hun werk bemoeilijkt. Vrouwen hebben steeds vaker een mannelijke begeleider nodig om naar een distributiepunt of kliniek te reizen.\n"
            "\n"
            "- Hulporganisaties worden opgeroepen vrouwelijke hulpverleners in te zetten.\n"
            "- Lokale vrouwenorganisaties kennen de weg naar huishoudens die anders buiten beeld blijven."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["jemen", "humanitaire-hulp", "bewegingsvrijheid"],
        "organisations": [
            {"organisation": "care-nederland", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/jemen-vrouwen-en-humanitaire-toegang",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2017/09/jemen-vrouwen-en-humanitaire-toegang.jpg",
        "published_at": "2017-09-19T13:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "shrinking-civic-space-hoe-vrouwenrechtenorganisaties-onder-druk-staan",
        "title": "Shrinking civic space: hoe vrouwenrechtenorganisaties onder druk staan",
        "summary": "Wereldwijd nemen de beperkingen voor maatschappelijke organisaties toe. Vrouwenrechtenorganisaties worden extra hard geraakt. Deze publicatie beschrijft de trends en mogelijke reacties.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Restrictieve ngo-wetten, beperkingen op buitenlandse financiering en lastercampagnes maken het werk van vrouwenrechtenorganisaties steeds moeilijker. Daarbij worden vrouwelijke activisten vaak persoonlijk aangevallen, op hun seksualiteit of hun rol als moeder.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Wetgeving die buitenlandse financiering beperkt, treft juist kleine organisaties.\n"
            "- Online intimidatie is voor veel activisten de eerste vorm van aanval.\n"
            "- Donoren kunnen helpen met flexibele middelen voor veiligheid en zelfzorg."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["shrinking-civic-space", "whrd", "wetgeving"],
        "organisations": [
            {"organisation": "hivos", "role": "author"},
            {"organisation": "justice-and-peace", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/shrinking-civic-space-hoe-vrouwenrechtenorganisaties-onder-druk-staan",
        "cover_image_url": None,
        "published_at": "2017-10-17T08:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "begrotingsanalyse-bhos-2018-gender-in-de-cijfers",
        "title": "Begrotingsanalyse BHOS 2018: gender in de cijfers",
        "summary": "Een analyse van de begroting voor Buitenlandse Handel en Ontwikkelingssamenwerking 2018: hoeveel geld gaat er naar gendergelijkheid en vrouwenrechten?",
        "body": (
            "## Samenvatting\n"
            "\n"
            "Jaarlijks analyseert de werkgroep financiering de begroting voor ontwikkelingssamenwerking. We kijken naar de specifieke budgetten voor vrouwenrechten en naar de mate waarin gender in andere begrotingsartikelen wordt meegenomen.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- Het specifieke budget voor vrouwenrechten blijft ongeveer gelijk.\n"
            "- Bij handel en economische ontwikkeling ontbreekt vaak een gendermarkering.\n"
            "- Transparantie over uitgaven per genderscore kan beter."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["begroting", "oda", "financiering"],
        "organisations": [
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/begrotingsanalyse-bhos-2018-gender-in-de-cijfers",
        "cover_image_url": None,
        "published_at": "2017-10-24T13:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gender-and-renewable-energy-women-as-energy-entrepreneurs",
        "title": "Gender and renewable energy: women as energy entrepreneurs",
        "summary": "Women in rural areas are not just users of clean energy, they can also be its suppliers. Examples from East Africa and South Asia.",
        "body": (
            "## Introduction\n"
            "\n"
            "Women entrepreneurs selling solar lamps and clean cookstoves reach customers that conventional distributors miss. With access to finance and training, they can grow their businesses.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Women-to-women sales networks build trust with customers.\n"
            "- Access to working capital is the main bottleneck.\n"
            "- Energy policies rarely consider women as producers."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "sdg5-gender-mainstreaming"],
        "tags": ["energy", "vrouwelijke-ondernemers", "climate"],
        "organisations": [
            {"organisation": "hivos", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/gender-and-renewable-energy-women-as-energy-entrepreneurs",
        "cover_image_url": None,
        "published_at": "2017-10-24T09:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "women-in-water-user-committees-in-the-inner-niger-delta",
        "title": "Women in water user committees in the inner Niger delta",
        "summary": "How women gained seats in the committees that manage irrigation water in the inner Niger delta in Mali.",
        "body": (
            "## The approach\n"
            "\n"
            "Irrigation committees decide on water allocation and maintenance fees, but used to be all male. With support from the network, women rice growers organised themselves and negotiated seats.\n"
            "\n"
            "## What worked\n"
            "\n"
            "- Women's groups first organised as rice growers, then claimed a voice.\n"
            "- Clear rules on committee composition helped to sustain change."
        ),
        "kind": "good_practice",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["water", "mali", "irrigation"],
        "organisations": [
            {"organisation": "reseau-femmes-rurales-segou", "role": "author"},
            {"organisation": "both-ends", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2018-01-16T12:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "training-gendersensitieve-conflictanalyse-voor-programmamedewerkers",
        "title": "Training: gendersensitieve conflictanalyse voor programmamedewerkers",
        "summary": "Een tweedaagse training voor medewerkers van lidorganisaties die programma's in fragiele staten ontwerpen of uitvoeren.",
        "body": (
            "De training combineert theorie over conflict en gender met oefeningen op basis van echte casussen uit Zuid-Soedan en Irak. Deelnemers gaan naar huis met een analysekader dat zij direct kunnen toepassen.\n"
            "\n"
            "## Leerdoelen\n"
            "\n"
            "- Begrijpen hoe genderrollen conflictdynamiek beïnvloeden\n"
            "- Een gendersensitieve conflictanalyse uitvoeren\n"
            "- Risico's op onbedoelde negatieve effecten herkennen (do no harm)\n"
            "\n"
            "## Praktische informatie\n"
            "\n"
            "De training vindt plaats in Den Haag en is bedoeld voor maximaal twintig deelnemers. Leden van WO=MEN nemen kosteloos deel."
        ),
        "kind": "training",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid", "sdg5-gender-mainstreaming"],
        "tags": ["training", "conflictanalyse", "genderanalyse"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
            {"organisation": "pax", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/training-gendersensitieve-conflictanalyse-voor-programmamedewerkers",
        "cover_image_url": None,
        "published_at": "2018-02-06T09:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw62-rural-women-and-girls",
        "title": "CSW62: rural women and girls",
        "summary": "Report from CSW62 (2018), which focused on achieving gender equality and the empowerment of rural women and girls.",
        "body": (
            "## Report\n"
            "\n"
            "Six years after CSW56 ended without conclusions on the same topic, member states did reach an agreement this time. Land rights, access to services and climate change featured prominently.\n"
            "\n"
            "## Main conclusions\n"
            "\n"
            "- Agreed conclusions recognise women's right to land and natural resources.\n"
            "- The link between climate change and rural women's livelihoods was strengthened."
        ),
        "kind": "event_report",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["csw", "csw62", "rural-women"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw62-rural-women-and-girls",
        "cover_image_url": None,
        "published_at": "2018-03-27T09:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "trade-and-gender-making-eu-trade-agreements-work-for-women",
        "title": "Trade and gender: making EU trade agreements work for women",
        "summary": "EU trade agreements increasingly include chapters on trade and gender. Are they more than symbolic?",
        "body": (
            "## Introduction\n"
            "\n"
            "The first trade and gender chapters in trade agreements focus on cooperation and information sharing. They are not subject to dispute settlement, and gender impact assessments remain limited.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Conduct ex-ante and ex-post gender impact assessments.\n"
            "- Make labour and gender commitments enforceable.\n"
            "- Consult women's organisations in partner countries."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "steun-gendergelijkheid"],
        "tags": ["trade", "eu", "trade-agreements"],
        "organisations": [
            {"organisation": "wide-plus", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/trade-and-gender-making-eu-trade-agreements-work-for-women",
        "cover_image_url": None,
        "published_at": "2018-04-17T14:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "closing-space-for-women-human-rights-defenders-trends-and-responses",
        "title": "Closing space for women human rights defenders: trends and responses",
        "summary": "Women human rights defenders face specific threats as civic space closes. This publication reviews recent trends and how donors and NGOs are responding.",
        "body": (
            "## Introduction\n"
            "\n"
            "Based on consultations with partners in Kenya, Uganda, Colombia and Bangladesh, this publication identifies common patterns in the restriction of women's organising and presents promising responses.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Smear campaigns targeting women defenders' private lives.\n"
            "- Administrative harassment through registration and tax rules.\n"
            "- Protection networks among defenders themselves as a key resource."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["shrinking-civic-space", "whrd", "donors"],
        "organisations": [
            {"organisation": "justice-and-peace", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/closing-space-for-women-human-rights-defenders-trends-and-responses",
        "cover_image_url": None,
        "published_at": "2018-04-24T13:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "lokale-vrouwenorganisaties-als-eerste-hulpverleners-in-humanitaire-crises",
        "title": "Lokale vrouwenorganisaties als eerste hulpverleners in humanitaire crises",
        "summary": "Vrouwenorganisaties zijn vaak als eerste ter plaatse na een ramp of bij een conflict, maar krijgen slechts een fractie van de humanitaire financiering. Deze publicatie pleit voor echte lokalisatie.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Na de World Humanitarian Summit van 2016 beloofden donoren en hulporganisaties in de Grand Bargain meer middelen direct naar lokale organisaties te sturen. Voor vrouwenorganisaties is daar nog weinig van te merken.\n"
            "\n"
            "## Aanbevelingen\n"
            "\n"
            "- Stel een streefcijfer voor directe financiering van lokale vrouwenorganisaties.\n"
            "- Vereenvoudig rapportage-eisen voor kleine organisaties.\n"
            "- Geef vrouwenorganisaties een plek in humanitaire coördinatiestructuren."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid", "steun-gendergelijkheid"],
        "tags": ["lokalisatie", "humanitaire-hulp", "financiering"],
        "organisations": [
            {"organisation": "care-nederland", "role": "author"},
            {"organisation": "cordaid", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/lokale-vrouwenorganisaties-als-eerste-hulpverleners-in-humanitaire-crises",
        "cover_image_url": None,
        "published_at": "2018-05-22T14:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "local-women-s-organisations-as-first-responders-in-humanitarian-crises",
        "title": "Local women's organisations as first responders in humanitarian crises",
        "summary": "Women's organisations are often the first to respond after a disaster or during conflict, yet receive only a fraction of humanitarian funding. This publication calls for genuine localisation.",
        "body": (
            "## Introduction\n"
            "\n"
            "After the 2016 World Humanitarian Summit, donors and aid agencies committed in the Grand Bargain to channel more resources directly to local actors. Women's organisations have seen little of that shift so far.\n"
            "\n"
            "## Recommendations\n"
            "\n"
            "- Set a target for direct funding to local women's organisations.\n"
            "- Simplify reporting requirements for small organisations.\n"
            "- Give women's organisations a seat in humanitarian coordination structures."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid", "steun-gendergelijkheid"],
        "tags": ["localisation", "humanitarian-aid", "funding"],
        "organisations": [
            {"organisation": "care-nederland", "role": "author"},
            {"organisation": "cordaid", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/local-women-s-organisations-as-first-responders-in-humanitarian-crises",
        "cover_image_url": None,
        "published_at": "2018-06-05T09:15:00+00:00",
        "status": "published",
        "translation_of": "lokale-vrouwenorganisaties-als-eerste-hulpverleners-in-humanitaire-crises",
        "attachments": [],
    },
    {
        "slug": "sdg-5-in-nederland-stand-van-zaken-gendergelijkheid",
        "title": "SDG 5 in Nederland: stand van zaken gendergelijkheid",
        "summary": "Hoe staat Nederland ervoor op SDG 5, het duurzame ontwikkelingsdoel voor gendergelijkheid? Een analyse van de subdoelen, in Nederland en in het buitenlands beleid.",
        "body": (
            "## Samenvatting\n"
            "\n"
            "SDG 5 omvat onder meer het uitbannen van discriminatie en geweld, erkenning van onbetaald zorgwerk en gelijke deelname aan besluitvorming. Nederland scoort goed op sommige subdoelen, maar blijft achter op andere.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- De arbeidsparticipatie van vrouwen is hoog, maar vaak in deeltijd.\n"
            "- Vrouwen zijn ondervertegenwoordigd in topfuncties.\n"
            "- Huiselijk en seksueel geweld komt nog veel voor.\n"
            "- In het buitenlands beleid is gender een duidelijk speerpunt."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["sdg5", "agenda-2030", "monitoring"],
        "organisations": [
            {"organisation": "atria", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/sdg-5-in-nederland-stand-van-zaken-gendergelijkheid",
        "cover_image_url": None,
        "published_at": "2018-07-10T12:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "sdg5-in-nederland-2018.pdf",
                "media_type": "application/pdf",
                "size": 1788204,
                "url": "https://www.wo-men.nl/wp-content/uploads/2018/07/sdg5-in-nederland-2018.pdf",
                "extracted_text": "Dit rapport analyseert de voortgang van Nederland op de subdoelen van SDG 5. Nederland scoort goed op wetgeving en onderwijs, maar blijft achter bij vrouwen in topfuncties en bij de aanpak van geweld. Het rapport bevat aanbevelingen voor zowel binnenlands als buitenlands beleid.",
            },
        ],
    },
    {
        "slug": "goed-voorbeeld-een-gezamenlijke-fondsaanvraag-van-diasporavrouwenorganisaties",
        "title": "Goed voorbeeld: een gezamenlijke fondsaanvraag van diasporavrouwenorganisaties",
        "summary": "Vier kleine diasporavrouwenorganisaties dienden samen een succesvolle aanvraag in. Hoe pakten zij dat aan?",
        "body": (
            "## De aanpak\n"
            "\n"
            "Afzonderlijk waren de organisaties te klein voor de meeste fondsen. Door samen te werken konden zij een gezamenlijk programma opzetten voor voorlichting over vrouwenrechten in hun gemeenschappen.\n"
            "\n"
            "## Wat werkte\n"
            "\n"
            "- Eén penvoerder met een goed ingerichte administratie.\n"
            "- Heldere afspraken over taken en budget vooraf.\n"
            "- Begeleiding door een grotere lidorganisatie bij de eerste rapportage."
        ),
        "kind": "good_practice",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["diaspora", "fondsenwerving", "samenwerking"],
        "organisations": [
            {"organisation": "somalische-vrouwenvereniging-den-haag", "role": "author"},
            {"organisation": "afrikaanse-vrouwen-diaspora-platform", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/goed-voorbeeld-een-gezamenlijke-fondsaanvraag-van-diasporavrouwenorganisaties",
        "cover_image_url": None,
        "published_at": "2018-09-11T13:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "cacaoketen-vrouwelijke-boeren-en-een-leefbaar-inkomen",
        "title": "Cacaoketen: vrouwelijke boeren en een leefbaar inkomen",
        "summary": "Vrouwen doen een groot deel van het werk op cacaoboerderijen in West-Afrika, maar zien weinig van de opbrengst. Dit rapport onderzoekt hoe een leefbaar inkomen ook voor hen bereikbaar wordt.",
        "body": (
            "## Samenvatting\n"
            "\n"
            "Cacaobedrijven en chocolademerken beloven te werken aan een leefbaar inkomen voor boeren. In die plannen wordt de boer vaak als man voorgesteld, terwijl vrouwen essentieel werk doen bij de oogst, het fermenteren en het drogen.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- Vrouwen zijn zelden lid van coöperaties en ontvangen de betaling niet zelf.\n"
            "- Trainingen worden gepland op tijden en plekken die voor vrouwen ongunstig zijn.\n"
            "- Inkomensdiversificatie biedt vrouwen extra zekerheid."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["cacao", "leefbaar-inkomen", "ketens"],
        "organisations": [
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "solidaridad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/cacaoketen-vrouwelijke-boeren-en-een-leefbaar-inkomen",
        "cover_image_url": None,
        "published_at": "2018-10-09T13:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "cacao-vrouwen-leefbaar-inkomen.pdf",
                "media_type": "application/pdf",
                "size": 1549876,
                "url": "https://www.wo-men.nl/wp-content/uploads/2018/10/cacao-vrouwen-leefbaar-inkomen.pdf",
                "extracted_text": "Dit rapport onderzoekt de rol van vrouwen in de cacaoketen in Ghana en Ivoorkust. Vrouwen doen een groot deel van het werk maar zijn zelden lid van coöperaties en ontvangen de opbrengst meestal niet zelf. De auteurs bevelen bedrijven aan om vrouwen expliciet op te nemen in hun strategieën voor een leefbaar inkomen.",
            },
        ],
    },
    {
        "slug": "mannen-en-jongens-betrekken-bij-gendergelijkheid",
        "title": "Mannen en jongens betrekken bij gendergelijkheid",
        "summary": "Gendergelijkheid is niet alleen een zaak van vrouwen. Deze goede praktijk laat zien hoe programma's mannen en jongens betrekken zonder de rechten van vrouwen uit het oog te verliezen.",
        "body": (
            "## De aanpak\n"
            "\n"
            "In groepsbijeenkomsten reflecteren mannen op hun opvattingen over mannelijkheid, vaderschap en geweld. De programma's werken nauw samen met vrouwenorganisaties.\n"
            "\n"
            "## Wat werkte\n"
            "\n"
            "- Verantwoording afleggen aan vrouwenorganisaties voorkomt dat programma's middelen van hen wegtrekken.\n"
            "- Vaderschap blijkt een goede ingang voor gesprekken over zorg en geweld.\n"
            "- Langdurige groepstrajecten werken beter dan eenmalige campagnes."
        ),
        "kind": "good_practice",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["mannen-en-jongens", "sociale-normen", "vaderschap"],
        "organisations": [
            {"organisation": "emancipator", "role": "author"},
            {"organisation": "rutgers", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2018-11-20T11:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "comprehensive-sexuality-education-a-toolkit-for-partner-organisations",
        "title": "Comprehensive sexuality education: a toolkit for partner organisations",
        "summary": "Practical guidance for partner organisations that want to introduce comprehensive sexuality education in schools and communities.",
        "body": (
            "## Purpose\n"
            "\n"
            "Comprehensive sexuality education gives young people the knowledge and skills to make informed choices about their relationships and sexuality. This toolkit helps partners to adapt programmes to their context.\n"
            "\n"
            "## What's inside\n"
            "\n"
            "- Building support among parents and religious leaders\n"
            "- Training teachers\n"
            "- Creating a safe learning environment\n"
            "- Monitoring outcomes"
        ),
        "kind": "toolkit",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["cse", "srhr", "youth"],
        "organisations": [
            {"organisation": "rutgers", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2018-12-04T14:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "sdg-5-in-the-netherlands-the-state-of-gender-equality",
        "title": "SDG 5 in the Netherlands: the state of gender equality",
        "summary": "How is the Netherlands doing on SDG 5, the sustainable development goal on gender equality? An analysis of the targets, at home and in foreign policy.",
        "body": (
            "## Summary\n"
            "\n"
            "SDG 5 includes ending discrimination and violence, recognising unpaid care work and ensuring equal participation in decision-making. The Netherlands does well on some targets but lags behind on others.\n"
            "\n"
            "## Key findings\n"
            "\n"
            "- Women's labour force participation is high, but often part-time.\n"
            "- Women are under-represented in top positions.\n"
            "- Domestic and sexual violence remain widespread.\n"
            "- Gender is a clear priority in foreign policy."
        ),
        "kind": "report",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["sdg5", "agenda-2030", "monitoring"],
        "organisations": [
            {"organisation": "atria", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/sdg-5-in-the-netherlands-the-state-of-gender-equality",
        "cover_image_url": None,
        "published_at": "2019-01-15T15:00:00+00:00",
        "status": "published",
        "translation_of": "sdg-5-in-nederland-stand-van-zaken-gendergelijkheid",
        "attachments": [],
    },
    {
        "slug": "financiering-voor-vrouwenrechten-waar-blijft-het-geld",
        "title": "Financiering voor vrouwenrechten: waar blijft het geld?",
        "summary": "Slechts een klein deel van de internationale hulp bereikt vrouwenrechtenorganisaties rechtstreeks. Deze analyse volgt de geldstromen en doet aanbevelingen.",
        "body": (
            "## Samenvatting\n"
            "\n"
            "Hoewel steeds meer ontwikkelingsgeld het label 'gender' krijgt, komt maar een fractie terecht bij vrouwenorganisaties zelf. De meeste middelen lopen via grote internationale organisaties.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- Een groot deel van de gendergelabelde hulp heeft gender als nevendoel.\n"
            "- Directe en kernfinanciering van vrouwenorganisaties blijft schaars.\n"
            "- Vrouwenfondsen zijn een effectief kanaal om kleine organisaties te bereiken."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["financiering", "oda", "vrouwenfondsen"],
        "organisations": [
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "mama-cash", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/financiering-voor-vrouwenrechten-waar-blijft-het-geld",
        "cover_image_url": None,
        "published_at": "2019-03-05T09:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "financiering-vrouwenrechten-2019.pdf",
                "media_type": "application/pdf",
                "size": 1876340,
                "url": "https://www.wo-men.nl/wp-content/uploads/2019/03/financiering-vrouwenrechten-2019.pdf",
                "extracted_text": "Dit rapport volgt de geldstromen voor gendergelijkheid in de internationale samenwerking. Het laat zien dat slechts een klein deel van de middelen rechtstreeks bij vrouwenrechtenorganisaties terechtkomt. De auteurs bevelen aan om meer kernfinanciering via vrouwenfondsen te verstrekken.",
            },
        ],
    },
    {
        "slug": "funding-for-women-s-rights-following-the-money",
        "title": "Funding for women's rights: following the money",
        "summary": "Only a small share of international aid reaches women's rights organisations directly. This analysis follows the money and makes recommendations.",
        "body": (
            "## Summary\n"
            "\n"
            "Although more and more development funding is marked as gender-relevant, only a fraction reaches women's organisations themselves. Most resources flow through large international organisations.\n"
            "\n"
            "## Key findings\n"
            "\n"
            "- A large share of gender-marked aid has gender only as a secondary objective.\n"
            "- Direct and core funding for women's organisations remains scarce.\n"
            "- Women's funds are an effective channel to reach small organisations."
        ),
        "kind": "report",
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["funding", "oda", "womens-funds"],
        "organisations": [
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "mama-cash", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/funding-for-women-s-rights-following-the-money",
        "cover_image_url": None,
        "published_at": "2019-03-19T15:00:00+00:00",
        "status": "published",
        "translation_of": "financiering-voor-vrouwenrechten-waar-blijft-het-geld",
        "attachments": [],
    },
    {
        "slug": "csw63-sociale-bescherming-publieke-diensten-en-infrastructuur",
        "title": "CSW63: sociale bescherming, publieke diensten en infrastructuur",
        "summary": "Verslag van CSW63 (2019), waar de commissie sprak over sociale bescherming, toegang tot publieke diensten en duurzame infrastructuur voor vrouwen en meisjes.",
        "body": (
            "## Verslag\n"
            "\n"
            "Het prioriteitsthema maakte zichtbaar hoe beleid voor bijvoorbeeld pensioenen, vervoer en water vrouwen anders raakt dan mannen. Ook de Nederlandse jongerenvertegenwoordiger sprak in de commissie.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Erkenning van de rol van publieke diensten in het verminderen van onbetaald zorgwerk.\n"
            "- Discussie over privatisering en de gevolgen voor vrouwen."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw63", "sociale-bescherming"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw63-sociale-bescherming-publieke-diensten-en-infrastructuur",
        "cover_image_url": None,
        "published_at": "2019-03-26T11:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "unscr-2467-and-a-survivor-centred-approach-to-conflict-related-sexual-violence",
        "title": "UNSCR 2467 and a survivor-centred approach to conflict-related sexual violence",
        "summary": "Security Council Resolution 2467, adopted in April 2019, puts survivors at the centre of the response to sexual violence in conflict. What does that mean in practice?",
        "body": (
            "## Why this matters\n"
            "\n"
            "Resolution 2467 recognises that survivors need more than medical care: they need justice, reparations and economic support, and their own organisations should shape the response. This paper translates the resolution into practical recommendations for donors.\n"
            "\n"
            "## Recommendations for donors\n"
            "\n"
            "- Fund survivor-led organisations directly and over multiple years.\n"
            "- Include children born of wartime rape in support programmes.\n"
            "- Link medical, psychosocial, legal and economic support in one referral pathway."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["crsv", "gbv", "resolutie-2467"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "collectif-femmes-paix-kivu", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/unscr-2467-and-a-survivor-centred-approach-to-conflict-related-sexual-violence",
        "cover_image_url": None,
        "published_at": "2019-05-14T08:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gender-en-klimaatfinanciering-wie-heeft-er-toegang",
        "title": "Gender en klimaatfinanciering: wie heeft er toegang?",
        "summary": "Een analyse van de toegang van vrouwenorganisaties tot internationale klimaatfondsen, zoals het Green Climate Fund.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Klimaatfondsen hebben genderbeleid, maar de procedures zijn zo complex dat lokale vrouwenorganisaties er nauwelijks gebruik van kunnen maken. De meeste middelen gaan naar grote infrastructuurprojecten.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Slechts een klein deel van de klimaatfinanciering bereikt lokale organisaties.\n"
            "- Adaptatieprojecten krijgen minder geld dan mitigatieprojecten.\n"
            "- Kleine-subsidieloketten kunnen de toegang sterk verbeteren."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "steun-gendergelijkheid"],
        "tags": ["klimaatfinanciering", "klimaat", "green-climate-fund"],
        "organisations": [
            {"organisation": "both-ends", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/gender-en-klimaatfinanciering-wie-heeft-er-toegang",
        "cover_image_url": None,
        "published_at": "2019-05-21T11:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "menstruatiegezondheid-en-onderwijs",
        "title": "Menstruatiegezondheid en onderwijs",
        "summary": "Hoe een programma voor menstruatiegezondheid in Oeganda bijdroeg aan minder schoolverzuim en minder taboe.",
        "body": (
            "## De aanpak\n"
            "\n"
            "Veel meisjes blijven tijdens hun menstruatie thuis van school, door gebrek aan verband, sanitaire voorzieningen of door schaamte. Het programma combineerde voorlichting, betere toiletten en lokale productie van herbruikbaar maandverband.\n"
            "\n"
            "## Wat werkte\n"
            "\n"
            "- Voorlichting aan jongens verminderde pesten.\n"
            "- Lokale productie maakte maandverband betaalbaar.\n"
            "- Scholen namen onderhoud van toiletten op in hun begroting."
        ),
        "kind": "good_practice",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["menstruatie", "onderwijs", "oeganda"],
        "organisations": [
            {"organisation": "simavi", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/menstruatiegezondheid-en-onderwijs",
        "cover_image_url": None,
        "published_at": "2019-05-28T12:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "engaging-men-in-care-work-lessons-from-fatherhood-programmes",
        "title": "Engaging men in care work: lessons from fatherhood programmes",
        "summary": "Fatherhood programmes can help to redistribute unpaid care work and reduce violence at home. A review of what works.",
        "body": (
            "## Introduction\n"
            "\n"
            "Programmes that invite fathers to take an active role in caring for their children have shown promising results in several countries. They work best when combined with policy change, such as paid paternity leave.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Group sessions for fathers during pregnancy and early childhood.\n"
            "- Campaigns that show caring men as role models.\n"
            "- Advocacy for paid, non-transferable paternity leave."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["men-and-boys", "unpaid-care", "fatherhood"],
        "organisations": [
            {"organisation": "emancipator", "role": "author"},
            {"organisation": "menengage-alliance", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2019-06-11T13:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "protection-of-women-human-rights-defenders-eu-guidelines-in-practice",
        "title": "Protection of women human rights defenders: EU guidelines in practice",
        "summary": "How do EU delegations and member state embassies apply the EU Guidelines on Human Rights Defenders to women defenders?",
        "body": (
            "## Introduction\n"
            "\n"
            "The EU Guidelines on Human Rights Defenders give embassies a range of tools, from trial observation to emergency visas. Women defenders interviewed for this study found the guidelines helpful but unevenly applied.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Appoint gender-aware focal points for defenders at every EU delegation.\n"
            "- Offer temporary relocation programmes that also accommodate children.\n"
            "- Follow up publicly on attacks against women defenders."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["whrd", "eu", "protection"],
        "organisations": [
            {"organisation": "justice-and-peace", "role": "author"},
            {"organisation": "kvinna-till-kvinna", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2019-06-18T07:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "vrouwelijke-ondernemers-in-duurzame-landbouwketens",
        "title": "Vrouwelijke ondernemers in duurzame landbouwketens",
        "summary": "Hoe vrouwelijke ondernemers in Kenia en Ethiopië een plek veroverden in duurzame ketens voor groenten en koffie.",
        "body": (
            "## Context\n"
            "\n"
            "In dit programma kregen vrouwelijke ondernemers training in bedrijfsvoering, toegang tot krediet via spaargroepen en contact met inkopers. Tegelijk werden ook hun echtgenoten betrokken bij gesprekken over taakverdeling in het huishouden.\n"
            "\n"
            "## Geleerde lessen\n"
            "\n"
            "- Spaargroepen waren de opstap naar formeel krediet.\n"
            "- Gesprekken met echtgenoten voorkwamen weerstand.\n"
            "- Inkopers waren bereid te investeren in vaste leveranciers."
        ),
        "kind": "good_practice",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "sdg5-gender-mainstreaming"],
        "tags": ["vrouwelijke-ondernemers", "ketens", "landbouw"],
        "organisations": [
            {"organisation": "solidaridad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/vrouwelijke-ondernemers-in-duurzame-landbouwketens",
        "cover_image_url": None,
        "published_at": "2019-07-16T14:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "mujeres-constructoras-de-paz-lessons-from-cauca-colombia",
        "title": "Mujeres constructoras de paz: lessons from Cauca, Colombia",
        "summary": "A network of indigenous, Afro-Colombian and peasant women in Cauca monitors how the gender provisions of the 2016 peace agreement are implemented in their territories.",
        "body": (
            "## The approach\n"
            "\n"
            "The network holds regular community assemblies where women document progress and setbacks. Their findings are brought to municipal authorities and to the national monitoring bodies.\n"
            "\n"
            "## What worked\n"
            "\n"
            "- Community-based monitoring builds evidence that authorities cannot ignore.\n"
            "- Protection measures must be collective, not only individual.\n"
            "- International attention, including from the Netherlands, helps to reduce risks for leaders."
        ),
        "kind": "good_practice",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["colombia", "peacebuilding", "indigenous-women"],
        "organisations": [
            {"organisation": "red-mujeres-paz-cauca", "role": "author"},
            {"organisation": "mujeres-latinas-utrecht", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2019-08-27T13:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "young-feminist-activists-and-access-to-funding",
        "title": "Young feminist activists and access to funding",
        "summary": "Young feminist groups are often informal and unregistered, which excludes them from most funding. This report explores alternatives.",
        "body": (
            "## Summary\n"
            "\n"
            "The report draws on a survey among young feminist activists in Africa, Asia and Latin America. Many groups operate on very small budgets and rely on volunteers.\n"
            "\n"
            "## Key findings\n"
            "\n"
            "- Registration requirements exclude many youth-led groups.\n"
            "- Participatory grantmaking builds trust and ownership.\n"
            "- Small, flexible grants can make a big difference."
        ),
        "kind": "report",
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["young-feminists", "funding", "participatory-grantmaking"],
        "organisations": [
            {"organisation": "jonge-feministen-voor-ontwikkeling", "role": "author"},
            {"organisation": "women-win", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2019-10-01T11:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "beijing-25-schaduwrapportage-van-het-nederlandse-maatschappelijk-middenveld",
        "title": "Beijing+25: schaduwrapportage van het Nederlandse maatschappelijk middenveld",
        "summary": "Vijfentwintig jaar na Beijing beoordelen Nederlandse organisaties de voortgang van Nederland op de twaalf aandachtsgebieden van het actieprogramma.",
        "body": (
            "## Samenvatting\n"
            "\n"
            "Ter voorbereiding op Beijing+25 stelde het kabinet een nationale rapportage op. Het maatschappelijk middenveld schreef een eigen schaduwrapportage met een kritischer blik.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- Vooruitgang in wetgeving, maar achterblijvende uitvoering.\n"
            "- Zorgen over geweld tegen vrouwen en over de positie van migrantenvrouwen.\n"
            "- Sterke internationale inzet, maar onder druk door bezuinigingen."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["beijing-25", "schaduwrapport", "cedaw"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "atria", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/beijing-25-schaduwrapportage-van-het-nederlandse-maatschappelijk-middenveld",
        "cover_image_url": None,
        "published_at": "2019-10-22T11:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "beijing-25-schaduwrapport-nl.pdf",
                "media_type": "application/pdf",
                "size": 2980557,
                "url": "https://www.wo-men.nl/wp-content/uploads/2019/10/beijing-25-schaduwrapport-nl.pdf",
                "extracted_text": "Deze schaduwrapportage beoordeelt de voortgang van Nederland op de twaalf aandachtsgebieden van het Beijing Platform for Action. De organisaties erkennen vooruitgang in wetgeving, maar wijzen op achterblijvende uitvoering bij geweld tegen vrouwen en economische zelfstandigheid. Ook vragen zij aandacht voor de positie van migranten- en vluchtelingenvrouwen.",
            },
        ],
    },
    {
        "slug": "wo-men-newsletter-autumn-2019",
        "title": "WO=MEN Newsletter – Autumn 2019",
        "summary": "In this issue: the Beijing+25 review, the annual NAP 1325 meeting and a new toolkit on gender in value chains.",
        "body": (
            "# WO=MEN Newsletter – Autumn 2019\n"
            "\n"
            "With Beijing+25 around the corner, this autumn is all about reviewing progress and setting new priorities.\n"
            "\n"
            "## In this issue\n"
            "\n"
            "- Beijing+25: our shadow report is out\n"
            "- Save the date: NAP 1325 annual meeting\n"
            "- Member spotlight: Simavi"
        ),
        "kind": "newsletter",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "vrouwen-vrede-en-veiligheid"],
        "tags": ["newsletter", "beijing-25", "nap-1325"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2019-10-29T07:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "syrische-vrouwen-en-de-constitutionele-commissie",
        "title": "Syrische vrouwen en de Constitutionele Commissie",
        "summary": "Syrische vrouwenorganisaties volgen de gesprekken in de door de VN gefaciliteerde Constitutionele Commissie op de voet en vragen aandacht voor gelijke rechten in een nieuwe grondwet.",
        "body": (
            "De Constitutionele Commissie voor Syrië kwam eind oktober 2019 in Genève voor het eerst bijeen. Stichting Yasmin organiseerde in Amsterdam een bijeenkomst om de eisen van Syrische vrouwen in de diaspora te bundelen.\n"
            "\n"
            "- Gelijkheid van vrouwen en mannen expliciet verankeren in de grondwet.\n"
            "- Een minimaal aandeel vrouwen in alle onderhandelingsdelegaties.\n"
            "- Aandacht voor vrouwen die vermist of gedetineerd zijn, en voor hun families."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["syrie", "vredesproces", "grondwet"],
        "organisations": [
            {"organisation": "yasmin-syrische-vrouwen-amsterdam", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/syrische-vrouwen-en-de-constitutionele-commissie",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2019/10/syrische-vrouwen-en-de-constitutionele-commissie.jpg",
        "published_at": "2019-10-31T11:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "nap-1325-jaarbijeenkomst-2019-verslag",
        "title": "NAP 1325-jaarbijeenkomst 2019: verslag",
        "summary": "Verslag van de jaarlijkse bijeenkomst van ondertekenaars van het Nationaal Actieplan 1325, met een vooruitblik op het vierde actieplan.",
        "body": (
            "## Verslag\n"
            "\n"
            "Ruim honderd vertegenwoordigers van ministeries, kennisinstellingen en maatschappelijke organisaties kwamen bijeen in Den Haag. Centraal stond de vraag hoe het volgende actieplan meer ruimte kan geven aan organisaties uit de focuslanden zelf.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Partners uit de focuslanden willen meebeslissen, niet alleen geconsulteerd worden.\n"
            "- Het volgende plan heeft een helder monitoringkader nodig.\n"
            "- Ook Nederland zelf moet een focusland zijn, bijvoorbeeld voor vluchtelingenvrouwen."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["nap-1325", "jaarbijeenkomst", "consultatie"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "ministerie-van-buitenlandse-zaken", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/nap-1325-jaarbijeenkomst-2019-verslag",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2019/11/nap-1325-jaarbijeenkomst-2019-verslag.jpg",
        "published_at": "2019-11-26T13:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "rondetafel-jonge-vrouwen-en-vredesopbouw",
        "title": "Rondetafel: jonge vrouwen en vredesopbouw",
        "summary": "Jonge vrouwelijke vredesactivisten uit Zuid-Soedan, Colombia en Nederland bespraken hoe de agenda's voor vrouwen, vrede en veiligheid en voor jongeren, vrede en veiligheid elkaar kunnen versterken.",
        "body": (
            "## Verslag\n"
            "\n"
            "Resolutie 2250 over jongeren, vrede en veiligheid en resolutie 1325 worden vaak los van elkaar behandeld. Jonge vrouwen vallen daardoor tussen wal en schip: bij jongerenprogramma's staan jonge mannen centraal, bij vrouwenprogramma's oudere vrouwen.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Reserveer plekken voor jonge vrouwen in vredesdelegaties en consultaties.\n"
            "- Koppel mentorschap aan echte beslisruimte.\n"
            "- Erken online activisme als vorm van vredesopbouw."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["jongeren", "resolutie-2250", "vredesopbouw"],
        "organisations": [
            {"organisation": "jonge-feministen-voor-ontwikkeling", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/rondetafel-jonge-vrouwen-en-vredesopbouw",
        "cover_image_url": None,
        "published_at": "2020-02-18T12:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "women-in-cocoa-closing-the-gender-gap-in-ghana-s-cocoa-sector",
        "title": "Women in cocoa: closing the gender gap in Ghana's cocoa sector",
        "summary": "How the Ashanti Women Cocoa Farmers Association helps women farmers to sell their cocoa collectively and access training.",
        "body": (
            "## The approach\n"
            "\n"
            "Many women cocoa farmers in Ghana work on land owned by their husbands or relatives. The association helps members to register as farmers in their own right, so that they can receive payments and premiums directly.\n"
            "\n"
            "## What worked\n"
            "\n"
            "- Registration in women's own names increased their income control.\n"
            "- Village savings groups helped to bridge the lean season.\n"
            "- Training on good agricultural practices was adapted to women's schedules."
        ),
        "kind": "good_practice",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["cacao", "ghana", "cooperatives"],
        "organisations": [
            {"organisation": "ashanti-women-cocoa-farmers", "role": "author"},
            {"organisation": "solidaridad", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2020/02/women-in-cocoa-closing-the-gender-gap-in-ghana-s-cocoa-sector.jpg",
        "published_at": "2020-02-25T15:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw64-ingekort-door-covid-19-politieke-verklaring-voor-beijing-25-aangenomen",
        "title": "CSW64 ingekort door COVID-19: politieke verklaring voor Beijing+25 aangenomen",
        "summary": "Door de uitbraak van het coronavirus werd CSW64 teruggebracht tot een korte procedurele bijeenkomst. De politieke verklaring voor Beijing+25 werd wel aangenomen.",
        "body": (
            "Duizenden activisten die naar New York zouden reizen, moesten hun plannen annuleren. Veel side events worden nu online georganiseerd.\n"
            "\n"
            "- De politieke verklaring bevestigt de inzet op volledige uitvoering van het actieprogramma.\n"
            "- Het Generation Equality Forum wordt uitgesteld."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw64", "beijing-25"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw64-ingekort-door-covid-19-politieke-verklaring-voor-beijing-25-aangenomen",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2020/03/csw64-ingekort-door-covid-19-politieke-verklaring-voor-beijing-25-aangenomen.jpg",
        "published_at": "2020-03-10T14:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "core-funding-for-women-s-organisations-why-flexibility-matters",
        "title": "Core funding for women's organisations: why flexibility matters",
        "summary": "Women's organisations say that unrestricted, multi-year core funding is what they need most. This publication explains why, with examples.",
        "body": (
            "## Why it matters\n"
            "\n"
            "The COVID-19 pandemic showed the value of flexible funding: organisations with core funding could quickly adapt their work to lockdowns and rising domestic violence. Project funding rarely allows that.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Core funding allows organisations to invest in staff, safety and strategy.\n"
            "- It strengthens the autonomy of movements to set their own agenda.\n"
            "- Donors can combine core funding with light, trust-based reporting."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["core-funding", "funding", "womens-organisations"],
        "organisations": [
            {"organisation": "mama-cash", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/core-funding-for-women-s-organisations-why-flexibility-matters",
        "cover_image_url": None,
        "published_at": "2020-04-28T08:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "evaluatie-nap-1325-iii-2016-2019-lessen-voor-het-volgende-plan",
        "title": "Evaluatie NAP 1325-III (2016-2019): lessen voor het volgende plan",
        "summary": "De evaluatie van het derde Nationaal Actieplan 1325 laat zien dat de samenwerking tussen overheid en middenveld waardevol is, maar dat resultaten op participatie van vrouwen lastig aantoonbaar zijn.",
        "body": (
            "## Samenvatting\n"
            "\n"
            "Het derde actieplan richtte zich op een beperkt aantal focuslanden en koppelde het plan aan een financieringsinstrument. De evaluatie keek naar relevantie, effectiviteit en de kwaliteit van de samenwerking tussen ondertekenaars.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- De koppeling aan financiering maakte het plan concreter dan zijn voorgangers.\n"
            "- Lokale partners hadden weinig invloed op de keuze van prioriteiten.\n"
            "- Monitoringdata waren per organisatie verschillend en moeilijk op te tellen.\n"
            "- Ondertekenaars zien het plan als een belangrijk netwerk om kennis te delen."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["nap-1325", "evaluatie", "monitoring"],
        "organisations": [
            {"organisation": "kit-royal-tropical-institute", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/evaluatie-nap-1325-iii-2016-2019-lessen-voor-het-volgende-plan",
        "cover_image_url": None,
        "published_at": "2020-06-09T09:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "evaluatie-nap-1325-iii-eindrapport.pdf",
                "media_type": "application/pdf",
                "size": 4918337,
                "url": "https://www.wo-men.nl/wp-content/uploads/2020/06/evaluatie-nap-1325-iii-eindrapport.pdf",
                "extracted_text": "Dit eindrapport bevat de volledige bevindingen van de evaluatie van NAP 1325-III, inclusief de casestudies uit de focuslanden. Per pijler van het actieplan beschrijven de evaluatoren de behaalde resultaten en de knelpunten. In de bijlagen zijn de gebruikte vragenlijsten en een lijst van geïnterviewde organisaties opgenomen.",
            },
            {
                "file_name": "evaluatie-nap-1325-iii-samenvatting.pdf",
                "media_type": "application/pdf",
                "size": 1284512,
                "url": "https://www.wo-men.nl/wp-content/uploads/2020/06/evaluatie-nap-1325-iii-samenvatting.pdf",
                "extracted_text": "Deze evaluatie beoordeelt de uitvoering van het derde Nationaal Actieplan 1325 over de periode 2016-2019. De evaluatoren spraken met ruim zestig betrokkenen in Nederland en in vier focuslanden. Zij concluderen dat het plan de samenwerking tussen overheid en maatschappelijk middenveld heeft versterkt, maar dat de invloed van lokale vrouwenorganisaties op de prioriteiten beperkt bleef.",
            },
        ],
    },
    {
        "slug": "klimaatadaptatie-in-bangladesh-vrouwen-leiden-de-weg",
        "title": "Klimaatadaptatie in Bangladesh: vrouwen leiden de weg",
        "summary": "In de kustgebieden van Bangladesh nemen vrouwengroepen het voortouw bij het aanpassen aan overstromingen en verzilting.",
        "body": (
            "## De aanpak\n"
            "\n"
            "Door verzilting van landbouwgrond en drinkwater veranderen de bestaansmiddelen in de kustregio. Vrouwengroepen experimenteren met zouttolerante gewassen, verhoogde moestuinen en opvang van regenwater.\n"
            "\n"
            "## Wat werkte\n"
            "\n"
            "- Vrouwengroepen delen kennis sneller dan formele voorlichting.\n"
            "- Regenwateropvang verlicht de tijd die vrouwen besteden aan water halen.\n"
            "- Lokale overheden namen de aanpak op in hun adaptatieplannen."
        ),
        "kind": "good_practice",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["klimaatadaptatie", "bangladesh", "verzilting"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "care-nederland", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/klimaatadaptatie-in-bangladesh-vrouwen-leiden-de-weg",
        "cover_image_url": None,
        "published_at": "2020-08-18T12:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "toolkit-digitale-veiligheid-voor-vrouwenrechtenactivisten",
        "title": "Toolkit: digitale veiligheid voor vrouwenrechtenactivisten",
        "summary": "Een toolkit met praktische stappen om accounts, apparaten en communicatie te beveiligen, speciaal voor vrouwenrechtenactivisten en hun organisaties.",
        "body": (
            "## Doel\n"
            "\n"
            "Vrouwenrechtenactivisten krijgen online vaak te maken met intimidatie, doxing en hacking. Deze toolkit helpt organisaties om risico's in te schatten en maatregelen te nemen.\n"
            "\n"
            "## Wat vindt u erin?\n"
            "\n"
            "- Risicoanalyse voor uw organisatie\n"
            "- Sterke wachtwoorden en tweestapsverificatie\n"
            "- Veilige communicatie-apps vergelijken\n"
            "- Wat te doen bij online intimidatie"
        ),
        "kind": "toolkit",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["digitale-veiligheid", "online-geweld", "toolkit"],
        "organisations": [
            {"organisation": "hivos", "role": "author"},
            {"organisation": "justice-and-peace", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/toolkit-digitale-veiligheid-voor-vrouwenrechtenactivisten",
        "cover_image_url": None,
        "published_at": "2020-09-15T14:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "handelsakkoorden-en-gender-het-eu-mercosur-verdrag-onder-de-loep",
        "title": "Handelsakkoorden en gender: het EU-Mercosur-verdrag onder de loep",
        "summary": "Welke gevolgen kan het handelsverdrag tussen de EU en de Mercosur-landen hebben voor vrouwen in de landbouw en in inheemse gemeenschappen?",
        "body": (
            "## Inleiding\n"
            "\n"
            "Het verdrag kan de export van soja en rundvlees uit Zuid-Amerika verder stimuleren. Critici vrezen meer ontbossing en druk op het land van kleine boeren en inheemse volken, met specifieke gevolgen voor vrouwen.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Een genderimpactanalyse ontbreekt vrijwel geheel.\n"
            "- Afspraken over duurzaamheid zijn moeilijk afdwingbaar.\n"
            "- Inheemse vrouwen worden niet geconsulteerd."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["handel", "mercosur", "eu"],
        "organisations": [
            {"organisation": "both-ends", "role": "author"},
            {"organisation": "milieudefensie", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/handelsakkoorden-en-gender-het-eu-mercosur-verdrag-onder-de-loep",
        "cover_image_url": None,
        "published_at": "2020-09-29T16:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "digital-security-for-women-activists-a-toolkit",
        "title": "Digital security for women activists: a toolkit",
        "summary": "A toolkit with practical steps to secure accounts, devices and communication, designed for women's rights activists and their organisations.",
        "body": (
            "## Purpose\n"
            "\n"
            "Women's rights activists often face online harassment, doxing and hacking. This toolkit helps organisations assess risks and take measures.\n"
            "\n"
            "## Contents\n"
            "\n"
            "- Risk assessment for your organisation\n"
            "- Strong passwords and two-factor authentication\n"
            "- Comparing secure messaging apps\n"
            "- What to do when harassed online"
        ),
        "kind": "toolkit",
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["digital-security", "online-violence", "toolkit"],
        "organisations": [
            {"organisation": "hivos", "role": "author"},
            {"organisation": "justice-and-peace", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/digital-security-for-women-activists-a-toolkit",
        "cover_image_url": None,
        "published_at": "2020-10-06T13:15:00+00:00",
        "status": "published",
        "translation_of": "toolkit-digitale-veiligheid-voor-vrouwenrechtenactivisten",
        "attachments": [],
    },
    {
        "slug": "twintig-jaar-resolutie-1325-vrouwen-vrede-en-veiligheid-in-de-praktijk",
        "title": "Twintig jaar resolutie 1325: vrouwen, vrede en veiligheid in de praktijk",
        "summary": "Twintig jaar na resolutie 1325 blikken Nederlandse organisaties terug op wat de agenda voor vrouwen, vrede en veiligheid heeft opgeleverd, en wat er nog moet gebeuren.",
        "body": (
            "## Inleiding\n"
            "\n"
            "In 2000 erkende de VN-Veiligheidsraad met resolutie 1325 dat vrouwen onmisbaar zijn voor duurzame vrede. Twintig jaar later zijn er meer dan tachtig nationale actieplannen, maar vrouwen zitten nog altijd zelden aan de onderhandelingstafel.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Normen en beleidskaders zijn er volop; de uitvoering blijft achter.\n"
            "- Vrouwenorganisaties in conflictgebieden krijgen weinig directe financiering.\n"
            "- Vrouwen, vrede en veiligheid moet ook in ontwapening en wapenexportbeleid doorwerken."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["resolutie-1325", "wps", "jubileum"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
            {"organisation": "pax", "role": "author"},
            {"organisation": "cordaid", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/twintig-jaar-resolutie-1325-vrouwen-vrede-en-veiligheid-in-de-praktijk",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2020/10/twintig-jaar-resolutie-1325-vrouwen-vrede-en-veiligheid-in-de-praktijk.jpg",
        "published_at": "2020-10-29T07:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "twenty-years-of-resolution-1325-women-peace-and-security-in-practice",
        "title": "Twenty years of Resolution 1325: women, peace and security in practice",
        "summary": "Twenty years after Resolution 1325, Dutch organisations look back on what the women, peace and security agenda has achieved, and on what remains to be done.",
        "body": (
            "## Introduction\n"
            "\n"
            "In 2000 the UN Security Council recognised in Resolution 1325 that women are indispensable to sustainable peace. Twenty years on there are more than eighty national action plans, but women are still rarely at the negotiating table.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Norms and policy frameworks abound; implementation lags behind.\n"
            "- Women's organisations in conflict areas receive little direct funding.\n"
            "- Women, peace and security must also inform disarmament and arms export policy."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["resolution-1325", "wps", "anniversary"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
            {"organisation": "pax", "role": "author"},
            {"organisation": "cordaid", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/twenty-years-of-resolution-1325-women-peace-and-security-in-practice",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2020/10/twenty-years-of-resolution-1325-women-peace-and-security-in-practice.jpg",
        "published_at": "2020-10-30T07:30:00+00:00",
        "status": "published",
        "translation_of": "twintig-jaar-resolutie-1325-vrouwen-vrede-en-veiligheid-in-de-praktijk",
        "attachments": [],
    },
    {
        "slug": "training-intersectionaliteit-in-beleid-en-programma-s",
        "title": "Training: intersectionaliteit in beleid en programma's",
        "summary": "Een training over hoe verschillende vormen van ongelijkheid, zoals gender, klasse, etniciteit, leeftijd en beperking, samenkomen en wat dat betekent voor uw werk.",
        "body": (
            "Vrouwen zijn geen homogene groep. Een intersectionele blik helpt om te zien wie er door beleid en programma's wordt bereikt, en wie niet.\n"
            "\n"
            "## Leerdoelen\n"
            "\n"
            "- Het begrip intersectionaliteit en zijn herkomst kennen\n"
            "- Een intersectionele analyse van een eigen programma maken\n"
            "- Inclusieve indicatoren formuleren\n"
            "\n"
            "## Opzet\n"
            "\n"
            "De training wordt online gegeven in twee dagdelen."
        ),
        "kind": "training",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["training", "intersectionaliteit", "inclusie"],
        "organisations": [
            {"organisation": "movisie", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/training-intersectionaliteit-in-beleid-en-programma-s",
        "cover_image_url": None,
        "published_at": "2020-11-17T16:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "cedaw-schaduwrapportage-aandachtspunten-voor-nederland",
        "title": "CEDAW-schaduwrapportage: aandachtspunten voor Nederland",
        "summary": "Nederlandse organisaties brengen een gezamenlijke schaduwrapportage uit voor het VN-Comité dat toeziet op het Vrouwenverdrag (CEDAW).",
        "body": (
            "## Samenvatting\n"
            "\n"
            "Het Vrouwenverdrag verplicht Nederland om discriminatie van vrouwen op alle terreinen uit te bannen. In de schaduwrapportage wijzen de organisaties op tekortkomingen, onder meer bij de aanpak van geweld en bij de positie van vrouwen in Caribisch Nederland.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- De aanpak van huiselijk en seksueel geweld moet sterker.\n"
            "- Er is aandacht nodig voor de positie van vrouwen in Caribisch Nederland.\n"
            "- Het verdrag moet ook in het buitenlands beleid doorwerken."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["cedaw", "schaduwrapport", "vrouwenverdrag"],
        "organisations": [
            {"organisation": "bureau-clara-wichmann", "role": "author"},
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2020-12-08T14:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "leading-from-the-south-lessen-uit-het-eerste-programma",
        "title": "Leading from the South: lessen uit het eerste programma",
        "summary": "Via Leading from the South financierde Nederland vrouwenfondsen in Afrika, Azië en Latijn-Amerika en een fonds van inheemse vrouwen. Wat leverde dat op?",
        "body": (
            "## Inleiding\n"
            "\n"
            "Met Leading from the South koos Nederland ervoor om vrouwenfondsen in het Mondiale Zuiden zelf te laten bepalen welke organisaties steun krijgen. Deze publicatie verzamelt lessen uit het eerste programma (2017-2020).\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Fondsen uit de regio bereiken organisaties die voor internationale donoren onzichtbaar zijn.\n"
            "- Kleine subsidies en begeleiding gaan goed samen.\n"
            "- Vertrouwen en flexibiliteit van de donor zijn cruciaal."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["leading-from-the-south", "vrouwenfondsen", "financiering"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "mama-cash", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/leading-from-the-south-lessen-uit-het-eerste-programma",
        "cover_image_url": None,
        "published_at": "2021-01-19T11:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "leading-from-the-south-lessen.pdf",
                "media_type": "application/pdf",
                "size": 958112,
                "url": "https://www.wo-men.nl/wp-content/uploads/2021/01/leading-from-the-south-lessen.pdf",
                "extracted_text": "Het programma Leading from the South financierde van 2017 tot en met 2020 vier vrouwenfondsen in het Mondiale Zuiden. De fondsen verstrekten subsidies aan honderden kleine organisaties. Deze publicatie beschrijft de lessen over vertrouwen, flexibiliteit en regionale kennis.",
            },
        ],
    },
    {
        "slug": "the-eu-gender-action-plan-iii-what-s-in-it-for-civil-society",
        "title": "The EU Gender Action Plan III: what's in it for civil society",
        "summary": "The EU's third Gender Action Plan sets targets for gender in external action from 2021 to 2025. What can civil society organisations do with it?",
        "body": (
            "## Introduction\n"
            "\n"
            "GAP III commits the EU to ensuring that the large majority of new external actions contribute to gender equality. It also calls for country-level implementation plans developed in consultation with civil society.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Ask EU delegations for the country-level implementation plan.\n"
            "- Use the consultation requirement to get a seat at the table.\n"
            "- Monitor whether gender targets are met in practice."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "tags": ["eu", "gap-iii", "gender-mainstreaming"],
        "organisations": [
            {"organisation": "wide-plus", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/the-eu-gender-action-plan-iii-what-s-in-it-for-civil-society",
        "cover_image_url": None,
        "published_at": "2021-01-26T15:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "leading-from-the-south-lessons-from-women-s-funds-in-the-global-south",
        "title": "Leading from the South: lessons from women's funds in the Global South",
        "summary": "Through Leading from the South, the Netherlands funded women's funds in Africa, Asia and Latin America and an indigenous women's fund. What did it achieve?",
        "body": (
            "## Introduction\n"
            "\n"
            "With Leading from the South, the Netherlands let women's funds in the Global South decide which organisations receive support. This publication collects lessons from the first programme (2017-2020).\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Regional funds reach organisations that international donors cannot see.\n"
            "- Small grants combined with accompaniment work well.\n"
            "- Trust and flexibility on the donor side are crucial."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["leading-from-the-south", "womens-funds", "funding"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "mama-cash", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/leading-from-the-south-lessons-from-women-s-funds-in-the-global-south",
        "cover_image_url": None,
        "published_at": "2021-02-09T15:30:00+00:00",
        "status": "published",
        "translation_of": "leading-from-the-south-lessen-uit-het-eerste-programma",
        "attachments": [],
    },
    {
        "slug": "nationaal-actieplan-1325-iv-wat-betekent-het-voor-maatschappelijke-organisaties",
        "title": "Nationaal Actieplan 1325-IV: wat betekent het voor maatschappelijke organisaties?",
        "summary": "Het vierde Nederlandse Nationaal Actieplan 1325 loopt van 2021 tot en met 2025. Wij zetten op een rij wat er nieuw is en hoe organisaties kunnen bijdragen.",
        "body": (
            "## Wat is er nieuw?\n"
            "\n"
            "Net als zijn voorgangers is NAP 1325-IV ondertekend door ministeries, kennisinstellingen en maatschappelijke organisaties. Nieuw is dat het plan nadrukkelijker ook naar Nederland zelf kijkt, en dat het werken met een gezamenlijk resultatenkader centraal staat.\n"
            "\n"
            "## In het kort\n"
            "\n"
            "- Het plan geldt zowel voor het buitenland als voor Nederland.\n"
            "- Ondertekenaars rapporteren op gezamenlijke doelen.\n"
            "- Er is aandacht voor nieuwe thema's zoals klimaat en veiligheid.\n"
            "- Organisaties kunnen zich ook tijdens de looptijd nog aansluiten."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["nap-1325", "nap-iv", "maatschappelijk-middenveld"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/nationaal-actieplan-1325-iv-wat-betekent-het-voor-maatschappelijke-organisaties",
        "cover_image_url": None,
        "published_at": "2021-02-16T07:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "nap-1325-iv-factsheet.pdf",
                "media_type": "application/pdf",
                "size": 412880,
                "url": "https://www.wo-men.nl/wp-content/uploads/2021/02/nap-1325-iv-factsheet.pdf",
                "extracted_text": "Het vierde Nationaal Actieplan 1325 loopt van 2021 tot en met 2025. Ondertekenaars werken aan gezamenlijke doelen op het gebied van participatie, bescherming en preventie. Deze factsheet geeft een overzicht van de doelen en van de manier waarop ondertekenaars rapporteren.",
            },
        ],
    },
    {
        "slug": "dutch-national-action-plan-1325-iv-what-it-means-for-civil-society",
        "title": "Dutch National Action Plan 1325-IV: what it means for civil society",
        "summary": "The fourth Dutch National Action Plan on Resolution 1325 runs from 2021 to 2025. We summarise what is new and how organisations can contribute.",
        "body": (
            "## What's new?\n"
            "\n"
            "Like its predecessors, NAP 1325-IV has been signed by ministries, knowledge institutes and civil society organisations. What is new is a stronger focus on the Netherlands itself and a shared results framework for all signatories.\n"
            "\n"
            "## At a glance\n"
            "\n"
            "- The plan applies abroad and in the Netherlands.\n"
            "- Signatories report on shared objectives.\n"
            "- New topics include climate and security.\n"
            "- Organisations can still join during the plan period."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["nap-1325", "nap-iv", "civil-society"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/dutch-national-action-plan-1325-iv-what-it-means-for-civil-society",
        "cover_image_url": None,
        "published_at": "2021-03-02T10:30:00+00:00",
        "status": "published",
        "translation_of": "nationaal-actieplan-1325-iv-wat-betekent-het-voor-maatschappelijke-organisaties",
        "attachments": [],
    },
    {
        "slug": "toolkit-gender-in-gepaste-zorgvuldigheid-imvo",
        "title": "Toolkit: gender in gepaste zorgvuldigheid (IMVO)",
        "summary": "Een toolkit voor bedrijven en brancheorganisaties om genderspecifieke risico's in hun ketens te herkennen, aan te pakken en erover te rapporteren.",
        "body": (
            "## Voor wie?\n"
            "\n"
            "De OESO-richtlijnen vragen bedrijven om risico's voor mens en milieu in hun ketens te identificeren. Deze toolkit laat per stap van het due-diligenceproces zien hoe u gender meeneemt.\n"
            "\n"
            "## Inhoud van de toolkit\n"
            "\n"
            "- Stap 1: beleid en verantwoordelijkheden\n"
            "- Stap 2: genderspecifieke risico's identificeren\n"
            "- Stap 3: maatregelen en klachtenmechanismen\n"
            "- Stap 4: monitoren en communiceren"
        ),
        "kind": "toolkit",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["imvo", "due-diligence", "toolkit"],
        "organisations": [
            {"organisation": "solidaridad", "role": "author"},
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/toolkit-gender-in-gepaste-zorgvuldigheid-imvo",
        "cover_image_url": None,
        "published_at": "2021-03-23T14:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "toolkit-gender-due-diligence.pdf",
                "media_type": "application/pdf",
                "size": 2205660,
                "url": "https://www.wo-men.nl/wp-content/uploads/2021/03/toolkit-gender-due-diligence.pdf",
                "extracted_text": "Deze toolkit helpt bedrijven om gender te integreren in elke stap van het due-diligenceproces volgens de OESO-richtlijnen. Voorbeelden van genderspecifieke risico's zijn seksuele intimidatie, loonverschillen en ontslag bij zwangerschap. Elk hoofdstuk bevat vragen voor zelfevaluatie en voorbeelden uit de textiel- en cacaosector.",
            },
        ],
    },
    {
        "slug": "csw65-virtueel-vrouwen-in-het-publieke-leven",
        "title": "CSW65 virtueel: vrouwen in het publieke leven",
        "summary": "Verslag van CSW65 (2021), de eerste grotendeels virtuele zitting, over de volledige deelname van vrouwen aan het publieke leven en het uitbannen van geweld.",
        "body": (
            "## Verslag\n"
            "\n"
            "Door de pandemie vonden de meeste bijeenkomsten online plaats. Dat maakte deelname voor sommige activisten makkelijker, maar sloot anderen zonder goede internetverbinding uit.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Erkenning van geweld tegen vrouwen in de politiek, ook online.\n"
            "- Zorgen over de gevolgen van de pandemie voor vrouwenrechten."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "tags": ["csw", "csw65", "politieke-participatie"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "jonge-feministen-voor-ontwikkeling", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw65-virtueel-vrouwen-in-het-publieke-leven",
        "cover_image_url": None,
        "published_at": "2021-03-30T07:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "power-of-women-2021-2025-een-overzicht-van-het-subsidiekader",
        "title": "Power of Women 2021-2025: een overzicht van het subsidiekader",
        "summary": "Het subsidiekader Power of Women ondersteunt vrouwenrechtenorganisaties in de periode 2021-2025. Wie doet mee en waar richten de programma's zich op?",
        "body": (
            "Power of Women is een van de subsidiekaders binnen het beleid voor versterking van het maatschappelijk middenveld. De gefinancierde allianties werken aan onder meer leiderschap, economische rechten en het tegengaan van geweld.\n"
            "\n"
            "- Meerdere allianties met partners in Afrika, Azië, Latijns-Amerika en het Midden-Oosten.\n"
            "- Aandacht voor lobby en advocacy naast directe dienstverlening.\n"
            "- Samenhang met de andere kaders, zoals Leading from the South."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["power-of-women", "financiering", "subsidiekader"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/power-of-women-2021-2025-een-overzicht-van-het-subsidiekader",
        "cover_image_url": None,
        "published_at": "2021-04-13T13:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gender-responsive-due-diligence-a-toolkit-for-companies",
        "title": "Gender-responsive due diligence: a toolkit for companies",
        "summary": "A toolkit for companies and industry associations to identify, address and report on gender-specific risks in their value chains.",
        "body": (
            "## Who is it for?\n"
            "\n"
            "The OECD Guidelines ask companies to identify risks to people and the environment in their value chains. This toolkit shows for each step of the due diligence process how to integrate gender.\n"
            "\n"
            "## Contents\n"
            "\n"
            "- Step 1: policy and responsibilities\n"
            "- Step 2: identifying gender-specific risks\n"
            "- Step 3: measures and grievance mechanisms\n"
            "- Step 4: monitoring and communication"
        ),
        "kind": "toolkit",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["due-diligence", "rbc", "toolkit"],
        "organisations": [
            {"organisation": "solidaridad", "role": "author"},
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/gender-responsive-due-diligence-a-toolkit-for-companies",
        "cover_image_url": None,
        "published_at": "2021-04-13T09:30:00+00:00",
        "status": "published",
        "translation_of": "toolkit-gender-in-gepaste-zorgvuldigheid-imvo",
        "attachments": [],
    },
    {
        "slug": "wo-men-newsletter-spring-2021",
        "title": "WO=MEN Newsletter – Spring 2021",
        "summary": "In this issue: a new Dutch parliament, the Generation Equality Forum, and the launch of NAP 1325-IV.",
        "body": (
            "# WO=MEN Newsletter – Spring 2021\n"
            "\n"
            "The Dutch general elections of March 2021 produced a new parliament. We look at what the parties have said about women's rights worldwide and what to expect from coalition talks.\n"
            "\n"
            "## In this issue\n"
            "\n"
            "- Elections: women's rights in the new parliament\n"
            "- Generation Equality Forum: what's at stake in Paris\n"
            "- NAP 1325-IV launched: how to get involved"
        ),
        "kind": "newsletter",
        "language": "en",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "tags": ["newsletter", "generation-equality", "nap-1325"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2021-04-20T10:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "count-me-in-steun-voor-activisten-aan-de-basis",
        "title": "Count Me In!: steun voor activisten aan de basis",
        "summary": "Het Count Me In!-consortium ondersteunt feministische activisten en bewegingen die vaak buiten beeld blijven bij traditionele donoren.",
        "body": (
            "Het consortium richt zich onder meer op vrouwen die werken in de informele sector, sekswerkers, lesbische, biseksuele en queer vrouwen en jonge feministen. De nadruk ligt op flexibele financiering, versterking van netwerken en gezamenlijke lobby.\n"
            "\n"
            "- Flexibele steun voor zelfgeorganiseerde groepen.\n"
            "- Snelle ondersteuning bij acute veiligheidsrisico's."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["count-me-in", "bewegingen", "financiering"],
        "organisations": [
            {"organisation": "count-me-in", "role": "author"},
            {"organisation": "mama-cash", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2021-05-25T07:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "vrouwenrechten-in-de-europese-meerjarenbegroting-het-ndici-instrument",
        "title": "Vrouwenrechten in de Europese meerjarenbegroting: het NDICI-instrument",
        "summary": "Het nieuwe Europese instrument voor externe actie (NDICI-Global Europe) bepaalt hoeveel EU-geld naar gendergelijkheid gaat. Een analyse van de onderhandelingsresultaten.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Het Europees Parlement zette zich in voor een ambitieus doel voor gendergelijkheid in het nieuwe instrument. Het eindresultaat bevat een streefcijfer voor programma's met gender als belangrijk of hoofddoel.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Een streefcijfer voor gendergelijkheid is vastgelegd in de verordening.\n"
            "- Het aandeel programma's met gender als hoofddoel blijft klein.\n"
            "- Maatschappelijke organisaties moeten de uitvoering kritisch volgen."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["eu", "mff", "financiering"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
            {"organisation": "wide-plus", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/vrouwenrechten-in-de-europese-meerjarenbegroting-het-ndici-instrument",
        "cover_image_url": None,
        "published_at": "2021-06-08T14:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "survivors-at-the-centre-psychosocial-support-in-north-kivu",
        "title": "Survivors at the centre: psychosocial support in North Kivu",
        "summary": "How a collective of women's organisations in Goma built a referral network that connects survivors of sexual violence with medical, psychosocial and legal support.",
        "body": (
            "## Context\n"
            "\n"
            "Survivors of sexual violence in eastern DRC often have to visit several organisations before they get the help they need. The collective mapped all services in and around Goma and trained community focal points to accompany survivors.\n"
            "\n"
            "## Lessons learned\n"
            "\n"
            "- One trusted focal point per community reduces stigma.\n"
            "- Income-generating activities help survivors to rebuild their lives.\n"
            "- Regular case meetings between service providers improve follow-up."
        ),
        "kind": "good_practice",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["drc", "gbv", "psychosocial-support"],
        "organisations": [
            {"organisation": "collectif-femmes-paix-kivu", "role": "author"},
            {"organisation": "cordaid", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2021-06-15T07:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "generation-equality-forum-de-toezeggingen-van-nederland",
        "title": "Generation Equality Forum: de toezeggingen van Nederland",
        "summary": "Tijdens het Generation Equality Forum in Parijs deden regeringen, bedrijven en organisaties toezeggingen voor gendergelijkheid. Wat heeft Nederland beloofd?",
        "body": (
            "Het forum, dat vanwege de pandemie een jaar werd uitgesteld, sloot begin juli af in Parijs. Nederland deed toezeggingen binnen enkele actiecoalities.\n"
            "\n"
            "- WO=MEN volgt de uitvoering van de toezeggingen de komende vijf jaar.\n"
            "- Leden worden uitgenodigd hun eigen toezeggingen te delen."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "tags": ["generation-equality", "beijing-25", "toezeggingen"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/generation-equality-forum-de-toezeggingen-van-nederland",
        "cover_image_url": None,
        "published_at": "2021-07-06T07:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "afghaanse-vrouwenrechtenverdedigers-na-augustus-2021-steun-vanuit-nederland",
        "title": "Afghaanse vrouwenrechtenverdedigers na augustus 2021: steun vanuit Nederland",
        "summary": "Na de machtsovername door de Taliban zijn veel Afghaanse vrouwenrechtenverdedigers in gevaar. WO=MEN-leden bundelen hun krachten voor evacuatie, bescherming en blijvende steun.",
        "body": (
            "Sinds half augustus ontvangt Stichting Roshan dagelijks berichten van vrouwen die zich bedreigd voelen vanwege hun werk als journalist, rechter, activist of docent. Samen met andere leden roept Roshan het kabinet op om snel te handelen.\n"
            "\n"
            "- Zorg voor veilige routes voor bedreigde vrouwenrechtenverdedigers.\n"
            "- Blijf vrouwenorganisaties in Afghanistan en in de buurlanden financieren.\n"
            "- Stel humanitaire hulp niet afhankelijk van beperkingen die vrouwen uitsluiten."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid", "steun-gendergelijkheid"],
        "tags": ["afghanistan", "mensenrechtenverdedigers", "evacuatie"],
        "organisations": [
            {"organisation": "roshan-vrouwen-afghanistan-nederland", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/afghaanse-vrouwenrechtenverdedigers-na-augustus-2021-steun-vanuit-nederland",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2021/09/afghaanse-vrouwenrechtenverdedigers-na-augustus-2021-steun-vanuit-nederland.jpg",
        "published_at": "2021-09-07T07:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "climate-conflict-and-gender-in-the-sahel",
        "title": "Climate, conflict and gender in the Sahel",
        "summary": "Climate change is intensifying competition over land and water in the Sahel. This report explores how that affects women and what it means for peacebuilding programmes.",
        "body": (
            "## Summary\n"
            "\n"
            "Drawing on interviews in central Mali and literature from across the region, the report shows how drought and displacement change the roles of women and men, and how armed groups exploit these changes.\n"
            "\n"
            "## Key findings\n"
            "\n"
            "- Women take on more responsibility for household survival, without more decision-making power.\n"
            "- Young men's loss of livelihoods increases the risk of recruitment by armed groups.\n"
            "- Peacebuilding and climate adaptation programmes rarely speak to each other."
        ),
        "kind": "report",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid", "natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["sahel", "klimaat", "conflict"],
        "organisations": [
            {"organisation": "iss-erasmus-university", "role": "author"},
            {"organisation": "reseau-femmes-rurales-segou", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/climate-conflict-and-gender-in-the-sahel",
        "cover_image_url": None,
        "published_at": "2021-09-21T13:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "bankdienstverlening-en-de-risking-gevolgen-voor-vrouwenorganisaties",
        "title": "Bankdienstverlening en 'de-risking': gevolgen voor vrouwenorganisaties",
        "summary": "Strengere antiwitwas- en terrorismeregels leiden ertoe dat banken transacties naar bepaalde landen blokkeren. Kleine vrouwenorganisaties zijn daarvan de dupe.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Organisaties die geld overmaken naar partners in onder meer Somalië, Syrië en Afghanistan ervaren vertragingen, geweigerde betalingen en zelfs het opzeggen van hun bankrekening. Dit raakt vooral kleine diasporaorganisaties.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Overheid en banken moeten samen werken aan werkbare oplossingen.\n"
            "- Een risicogebaseerde aanpak mag niet leiden tot het uitsluiten van hele landen.\n"
            "- Diasporaorganisaties hebben een aanspreekpunt nodig bij problemen."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["shrinking-civic-space", "de-risking", "banken"],
        "organisations": [
            {"organisation": "justice-and-peace", "role": "author"},
            {"organisation": "somalische-vrouwenvereniging-den-haag", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2021-10-12T14:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gender-just-climate-finance-recommendations-for-cop26",
        "title": "Gender-just climate finance: recommendations for COP26",
        "summary": "Ahead of COP26 in Glasgow, Dutch organisations call for climate finance that reaches women and local communities.",
        "body": (
            "## Background\n"
            "\n"
            "Developed countries have not met their promise to mobilise 100 billion dollars a year in climate finance. At the same time, very little of the finance that does flow reaches women's organisations and local communities.\n"
            "\n"
            "## Recommendations\n"
            "\n"
            "- Increase grant-based finance for adaptation.\n"
            "- Set targets for finance that reaches local and women-led organisations.\n"
            "- Apply gender criteria to all Dutch climate finance."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["cop26", "climate-finance", "klimaat"],
        "organisations": [
            {"organisation": "both-ends", "role": "author"},
            {"organisation": "hivos", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/gender-just-climate-finance-recommendations-for-cop26",
        "cover_image_url": None,
        "published_at": "2021-10-19T07:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "women-s-role-in-the-bangsamoro-peace-transition",
        "title": "Women's role in the Bangsamoro peace transition",
        "summary": "Women negotiators and civil society groups helped shape the peace process in Mindanao. This case looks at their role during the transition period.",
        "body": (
            "## The approach\n"
            "\n"
            "The peace process between the Philippine government and the Moro Islamic Liberation Front is often cited as an example of meaningful participation of women. This case study looks beyond the negotiating table to women's role in the transitional institutions.\n"
            "\n"
            "## What worked\n"
            "\n"
            "- Women in senior negotiating roles helped to keep gender on the agenda.\n"
            "- Women's organisations continue to push for a seat in the new regional institutions."
        ),
        "kind": "good_practice",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["philippines", "peace-process", "participation"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "iss-erasmus-university", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/women-s-role-in-the-bangsamoro-peace-transition",
        "cover_image_url": None,
        "published_at": "2021-11-09T13:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "anti-genderbewegingen-en-de-terugslag-op-vrouwenrechten",
        "title": "Anti-genderbewegingen en de terugslag op vrouwenrechten",
        "summary": "Goed georganiseerde en gefinancierde anti-genderbewegingen zetten verworven rechten onder druk, ook in internationale onderhandelingen. Een verkenning.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Bij de VN en in Europa zien we een toenemende tegenbeweging tegen gendergelijkheid en seksuele en reproductieve rechten. Deze verkenning beschrijft hun strategieën en mogelijke antwoorden.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Anti-genderactoren werken transnationaal en zijn goed gefinancierd.\n"
            "- Zij gebruiken taal over 'familie' en 'soevereiniteit' in VN-onderhandelingen.\n"
            "- Brede coalities zijn nodig om verworven rechten te verdedigen."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "tags": ["anti-gender", "backlash", "srgr"],
        "organisations": [
            {"organisation": "atria", "role": "author"},
            {"organisation": "rutgers", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/anti-genderbewegingen-en-de-terugslag-op-vrouwenrechten",
        "cover_image_url": None,
        "published_at": "2021-11-30T13:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "online-geweld-tegen-vrouwelijke-journalisten",
        "title": "Online geweld tegen vrouwelijke journalisten",
        "summary": "Vrouwelijke journalisten krijgen online veel vaker te maken met seksistische intimidatie en bedreigingen. Een verkenning van de gevolgen voor persvrijheid en democratie.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Online geweld leidt ertoe dat journalisten bepaalde onderwerpen mijden of zich terugtrekken van sociale media. Daarmee is het niet alleen een probleem voor de betrokkenen, maar voor de samenleving als geheel.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Platforms moeten meldingen sneller en beter afhandelen.\n"
            "- Redacties hebben een zorgplicht voor hun medewerkers.\n"
            "- Gendergerelateerd geweld online moet strafrechtelijk worden aangepakt."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "tags": ["online-geweld", "persvrijheid", "journalistiek"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "justice-and-peace", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/online-geweld-tegen-vrouwelijke-journalisten",
        "cover_image_url": None,
        "published_at": "2022-02-08T07:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gendergelijkheid-in-cijfers-factsheet-2022",
        "title": "Gendergelijkheid in cijfers: factsheet 2022",
        "summary": "De belangrijkste cijfers over gendergelijkheid wereldwijd en in Nederland, op één A4'tje.",
        "body": (
            "## Over deze factsheet\n"
            "\n"
            "Deze factsheet, uitgebracht op Internationale Vrouwendag, bundelt cijfers uit VN- en CBS-bronnen. Handig voor presentaties, lessen en lobbygesprekken.\n"
            "\n"
            "## Onderwerpen\n"
            "\n"
            "- Cijfers over arbeid en inkomen\n"
            "- Cijfers over politieke vertegenwoordiging\n"
            "- Cijfers over geweld tegen vrouwen"
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["factsheet", "data", "sdg5"],
        "organisations": [
            {"organisation": "atria", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/gendergelijkheid-in-cijfers-factsheet-2022",
        "cover_image_url": None,
        "published_at": "2022-03-08T16:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "voices-from-afghanistan-women-human-rights-defenders-in-exile",
        "title": "Voices from Afghanistan: women human rights defenders in exile",
        "summary": "Report of an online event with Afghan women human rights defenders now living in the Netherlands, Germany and Pakistan.",
        "body": (
            "## About the event\n"
            "\n"
            "Six months after the fall of Kabul, Afghan activists in exile shared how they continue their work from abroad, and what support they need from European governments and donors.\n"
            "\n"
            "## Recommendations\n"
            "\n"
            "- Recognise Afghan women's organisations in exile as legitimate partners.\n"
            "- Offer flexible funding that covers relocation and safety costs.\n"
            "- Keep women's rights central in any diplomatic contact with the de facto authorities."
        ),
        "kind": "event_report",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid", "steun-gendergelijkheid"],
        "tags": ["afghanistan", "whrd", "diaspora"],
        "organisations": [
            {"organisation": "roshan-vrouwen-afghanistan-nederland", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/voices-from-afghanistan-women-human-rights-defenders-in-exile",
        "cover_image_url": None,
        "published_at": "2022-03-10T11:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw66-climate-change-and-gender-equality",
        "title": "CSW66: climate change and gender equality",
        "summary": "Report from CSW66 (2022), which for the first time made climate change, environment and disaster risk reduction its priority theme.",
        "body": (
            "## Report\n"
            "\n"
            "Negotiations were tough, but member states did agree on conclusions. Women's organisations welcomed the recognition of women environmental defenders.\n"
            "\n"
            "## Main conclusions\n"
            "\n"
            "- Recognition of the disproportionate impact of climate change on women and girls.\n"
            "- Call for gender-responsive climate finance.\n"
            "- Protection of women environmental human rights defenders."
        ),
        "kind": "event_report",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["csw", "csw66", "klimaat"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "groene-zusters-collectief", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw66-climate-change-and-gender-equality",
        "cover_image_url": None,
        "published_at": "2022-03-29T12:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "indigenous-women-as-forest-guardians-in-west-kalimantan",
        "title": "Indigenous women as forest guardians in West Kalimantan",
        "summary": "Indigenous women in West Kalimantan map and patrol their community forests to protect them from plantation expansion.",
        "body": (
            "## The approach\n"
            "\n"
            "The network trains women to use GPS and mobile phones to map their customary forests and document encroachment. Their maps support the communities' applications for legal recognition of customary forests.\n"
            "\n"
            "## Results\n"
            "\n"
            "- Women's knowledge of medicinal plants strengthened the maps.\n"
            "- Legal recognition applications gained weight with documented evidence.\n"
            "- Women gained a stronger voice in village decision-making."
        ),
        "kind": "good_practice",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["forests", "indigenous-women", "indonesia"],
        "organisations": [
            {"organisation": "kalimantan-women-forest-guardians", "role": "author"},
            {"organisation": "both-ends", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2022-04-26T11:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "training-genderanalyse-van-klimaatprojecten",
        "title": "Training: genderanalyse van klimaatprojecten",
        "summary": "Een online training voor medewerkers van klimaat- en milieuorganisaties die gender beter willen meenemen in hun projecten.",
        "body": (
            "Veel klimaatorganisaties willen rekening houden met gender, maar weten niet goed waar te beginnen. In vier online sessies werken deelnemers aan hun eigen project.\n"
            "\n"
            "## Leerdoelen\n"
            "\n"
            "- De verbanden tussen gender en klimaatverandering begrijpen\n"
            "- Een genderanalyse uitvoeren voor een klimaatproject\n"
            "- Gendergevoelige indicatoren formuleren\n"
            "\n"
            "## Praktische informatie\n"
            "\n"
            "De training bestaat uit vier sessies van twee uur. Deelname is gratis voor leden."
        ),
        "kind": "training",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "sdg5-gender-mainstreaming"],
        "tags": ["training", "klimaat", "genderanalyse"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "both-ends", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/training-genderanalyse-van-klimaatprojecten",
        "cover_image_url": None,
        "published_at": "2022-05-10T14:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "power-of-voices-partnerships-first-year-learnings-on-gender",
        "title": "Power of Voices partnerships: first-year learnings on gender",
        "summary": "What have the Power of Voices strategic partnerships learned in their first year about integrating gender in lobby and advocacy?",
        "body": (
            "## Summary\n"
            "\n"
            "The Power of Voices partnerships with the Dutch Ministry of Foreign Affairs run from 2021 to 2025. In a learning session, partnerships shared how they address gender in their advocacy and in their own governance.\n"
            "\n"
            "## Key findings\n"
            "\n"
            "- Gender analysis is done at the start but rarely updated.\n"
            "- Partnerships that work with women's rights organisations as equal partners report stronger results.\n"
            "- Shrinking civic space affects women activists differently."
        ),
        "kind": "report",
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["power-of-voices", "advocacy", "gender-mainstreaming"],
        "organisations": [
            {"organisation": "partos", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/power-of-voices-partnerships-first-year-learnings-on-gender",
        "cover_image_url": None,
        "published_at": "2022-05-17T08:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "kennisdeling-bouwen-aan-een-feministische-beweging-in-nederland-en-daarbuiten",
        "title": "Kennisdeling: bouwen aan een feministische beweging in Nederland en daarbuiten",
        "summary": "Verslag van een kennisbijeenkomst over hoe Nederlandse organisaties internationale feministische bewegingen kunnen ondersteunen zonder de regie over te nemen.",
        "body": (
            "## Verslag\n"
            "\n"
            "De bijeenkomst vond plaats bij Atria in Amsterdam. Activisten uit Kenia en Colombia gingen in gesprek met medewerkers van Nederlandse lidorganisaties over machtsverhoudingen in de samenwerking.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Laat partners zelf hun prioriteiten bepalen.\n"
            "- Deel niet alleen geld maar ook invloed, bijvoorbeeld in lobby richting Den Haag.\n"
            "- Erken kennis uit het Zuiden als expertise."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["bewegingen", "dekolonisatie", "kennisdeling"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "atria", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/kennisdeling-bouwen-aan-een-feministische-beweging-in-nederland-en-daarbuiten",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2022/06/kennisdeling-bouwen-aan-een-feministische-beweging-in-nederland-en-daarbuiten.jpg",
        "published_at": "2022-06-28T12:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "oekraine-gendergerelateerd-geweld-en-de-humanitaire-respons",
        "title": "Oekraïne: gendergerelateerd geweld en de humanitaire respons",
        "summary": "Een analyse van de risico's op gendergerelateerd geweld voor vrouwen en meisjes in en uit Oekraïne, en van de rol van lokale vrouwenorganisaties in de hulpverlening.",
        "body": (
            "## Samenvatting\n"
            "\n"
            "Sinds de Russische invasie in februari 2022 zijn miljoenen vrouwen en kinderen op de vlucht. Vrouwenorganisaties in Oekraïne en in de buurlanden signaleren mensenhandel, seksueel geweld door militairen en toenemend huiselijk geweld.\n"
            "\n"
            "## Belangrijkste bevindingen\n"
            "\n"
            "- Lokale vrouwenorganisaties bereiken groepen die internationale organisaties missen.\n"
            "- Er is een tekort aan veilige opvang en aan psychosociale hulp.\n"
            "- Documentatie van conflictgerelateerd seksueel geweld moet slachtoffergericht gebeuren."
        ),
        "kind": "report",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["oekraine", "gbv", "humanitaire-hulp"],
        "organisations": [
            {"organisation": "oekraiense-vrouwenhulp-utrecht", "role": "author"},
            {"organisation": "kharkiv-womens-resilience-centre", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/oekraine-gendergerelateerd-geweld-en-de-humanitaire-respons",
        "cover_image_url": None,
        "published_at": "2022-07-12T07:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "oekraine-gbv-analyse-juli-2022.pdf",
                "media_type": "application/pdf",
                "size": 2103774,
                "url": "https://www.wo-men.nl/wp-content/uploads/2022/07/oekraine-gbv-analyse-juli-2022.pdf",
                "extracted_text": "Deze analyse is gebaseerd op gesprekken met twaalf vrouwenorganisaties in Oekraïne, Polen en Moldavië. Zij melden een sterke toename van de vraag naar psychosociale hulp en juridische bijstand. De organisaties vragen donoren om flexibele financiering die ook hun eigen medewerkers ondersteunt.",
            },
        ],
    },
    {
        "slug": "voluntary-national-review-2022-gender-in-de-nederlandse-sdg-rapportage",
        "title": "Voluntary National Review 2022: gender in de Nederlandse SDG-rapportage",
        "summary": "Nederland presenteerde in 2022 zijn tweede Voluntary National Review bij de VN. Hoe komt gendergelijkheid daarin naar voren?",
        "body": (
            "## Inleiding\n"
            "\n"
            "In de Voluntary National Review rapporteert een land aan het High-Level Political Forum over de voortgang op de SDG's. Maatschappelijke organisaties leverden input voor de rapportage.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- SDG 5 krijgt een eigen hoofdstuk, maar gender in andere doelen blijft onderbelicht.\n"
            "- Cijfers uitgesplitst naar geslacht ontbreken op veel terreinen.\n"
            "- Het maatschappelijk middenveld vraagt om een structurele dialoog over de SDG's."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["sdg5", "vnr", "agenda-2030"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "partos", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/voluntary-national-review-2022-gender-in-de-nederlandse-sdg-rapportage",
        "cover_image_url": None,
        "published_at": "2022-07-19T12:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "cursus-veilige-documentatie-van-mensenrechtenschendingen",
        "title": "Cursus: veilige documentatie van mensenrechtenschendingen",
        "summary": "Een cursus voor medewerkers van vrouwenorganisaties over het veilig en ethisch vastleggen van getuigenissen van geweld.",
        "body": (
            "Goede documentatie kan bijdragen aan gerechtigheid, maar kan slachtoffers en documentalisten ook in gevaar brengen. In deze cursus leren deelnemers hoe zij getuigenissen vastleggen zonder opnieuw schade te veroorzaken.\n"
            "\n"
            "## Leerdoelen\n"
            "\n"
            "- Principes van informed consent en vertrouwelijkheid toepassen\n"
            "- Gegevens veilig opslaan en delen\n"
            "- Omgaan met secundaire traumatisering\n"
            "\n"
            "## Opzet van de cursus\n"
            "\n"
            "De cursus bestaat uit drie online sessies van elk twee uur en wordt gegeven in het Nederlands en het Engels."
        ),
        "kind": "training",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid", "steun-gendergelijkheid"],
        "tags": ["training", "documentatie", "digitale-veiligheid"],
        "organisations": [
            {"organisation": "justice-and-peace", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/cursus-veilige-documentatie-van-mensenrechtenschendingen",
        "cover_image_url": None,
        "published_at": "2022-10-04T08:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "cop27-in-sharm-el-sheikh-gender-en-loss-and-damage",
        "title": "COP27 in Sharm el-Sheikh: gender en 'loss and damage'",
        "summary": "Op COP27 werd besloten tot een fonds voor schade en verlies door klimaatverandering. Vrouwenorganisaties willen dat het fonds ook hen bereikt.",
        "body": (
            "Na lange onderhandelingen besloten de landen tijdens COP27 tot de oprichting van een fonds voor schade en verlies. Hoe het fonds wordt ingericht, moet nog worden uitgewerkt.\n"
            "\n"
            "- Vrouwen worden onevenredig hard geraakt door klimaatrampen.\n"
            "- Het fonds moet direct toegankelijk zijn voor lokale organisaties.\n"
            "- Niet-economische schade, zoals verlies van cultuur en zorgtaken, moet meetellen."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["cop27", "loss-and-damage", "klimaat"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "groene-zusters-collectief", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/cop27-in-sharm-el-sheikh-gender-en-loss-and-damage",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2022/11/cop27-in-sharm-el-sheikh-gender-en-loss-and-damage.jpg",
        "published_at": "2022-11-22T16:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "feministisch-buitenlandbeleid-wat-vraagt-het-maatschappelijk-middenveld",
        "title": "Feministisch buitenlandbeleid: wat vraagt het maatschappelijk middenveld?",
        "summary": "Nederland kondigde in 2022 aan een feministisch buitenlandbeleid te gaan voeren. WO=MEN en leden zetten op een rij wat daarvoor nodig is.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Een feministisch buitenlandbeleid gaat verder dan programma's voor vrouwen. Het vraagt om een kritische blik op handel, defensie, migratie en klimaat, en om zeggenschap voor degenen om wie het gaat.\n"
            "\n"
            "## Aanbevelingen\n"
            "\n"
            "- Leg ambities vast in meetbare doelen en een budget.\n"
            "- Pas het beleid toe op alle onderdelen van het buitenlands beleid, inclusief handel.\n"
            "- Geef vrouwenrechtenorganisaties een structurele rol bij uitvoering en evaluatie.\n"
            "- Wees intersectioneel: houd rekening met verschillen tussen vrouwen."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["feministisch-buitenlandbeleid", "beleid", "lobby"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/feministisch-buitenlandbeleid-wat-vraagt-het-maatschappelijk-middenveld",
        "cover_image_url": None,
        "published_at": "2022-12-06T12:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "feministisch-buitenlandbeleid-visie.pdf",
                "media_type": "application/pdf",
                "size": 745903,
                "url": "https://www.wo-men.nl/wp-content/uploads/2022/12/feministisch-buitenlandbeleid-visie.pdf",
                "extracted_text": "Deze visie van WO=MEN en leden beschrijft de uitgangspunten voor een Nederlands feministisch buitenlandbeleid. Het beleid moet gelden voor handel, defensie, migratie en klimaat, en niet alleen voor ontwikkelingssamenwerking. De organisaties vragen om meetbare doelen, een eigen budget en structureel overleg met het maatschappelijk middenveld.",
            },
        ],
    },
    {
        "slug": "feminist-foreign-policy-a-civil-society-perspective-from-the-netherlands",
        "title": "Feminist foreign policy: a civil society perspective from the Netherlands",
        "summary": "In 2022 the Netherlands announced it would pursue a feminist foreign policy. WO=MEN and its members set out what it will take.",
        "body": (
            "## Introduction\n"
            "\n"
            "A feminist foreign policy goes beyond programmes for women. It requires a critical look at trade, defence, migration and climate, and a say for those whom it concerns.\n"
            "\n"
            "## Recommendations\n"
            "\n"
            "- Set measurable goals and a dedicated budget.\n"
            "- Apply the policy across all foreign policy areas, including trade.\n"
            "- Give women's rights organisations a structural role in implementation and evaluation.\n"
            "- Be intersectional: account for differences among women."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["feminist-foreign-policy", "policy", "advocacy"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/feminist-foreign-policy-a-civil-society-perspective-from-the-netherlands",
        "cover_image_url": None,
        "published_at": "2022-12-13T13:45:00+00:00",
        "status": "published",
        "translation_of": "feministisch-buitenlandbeleid-wat-vraagt-het-maatschappelijk-middenveld",
        "attachments": [],
    },
    {
        "slug": "the-digital-gender-gap-and-online-violence",
        "title": "The digital gender gap and online violence",
        "summary": "Women are less likely than men to use mobile internet, and more likely to face online abuse. A briefing in the run-up to CSW67.",
        "body": (
            "## Introduction\n"
            "\n"
            "The digital transformation can open doors for women and girls, but only if they have affordable access, skills and safety online. This briefing summarises the evidence and the key asks for CSW67.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Close the gap in access to mobile internet and devices.\n"
            "- Integrate digital skills into girls' education.\n"
            "- Hold tech companies accountable for online gender-based violence."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "tags": ["digitalisation", "online-violence", "csw67"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "plan-international-nederland", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/the-digital-gender-gap-and-online-violence",
        "cover_image_url": None,
        "published_at": "2023-02-14T11:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "vrouwen-vrede-en-veiligheid-in-het-nederlandse-feministisch-buitenlandbeleid",
        "title": "Vrouwen, vrede en veiligheid in het Nederlandse feministisch buitenlandbeleid",
        "summary": "Hoe verhoudt de agenda voor vrouwen, vrede en veiligheid zich tot het feministisch buitenlandbeleid dat Nederland in 2022 aankondigde?",
        "body": (
            "## Inleiding\n"
            "\n"
            "Met het feministisch buitenlandbeleid wil Nederland gendergelijkheid in al het buitenlands beleid verankeren. Voor vrouwen, vrede en veiligheid biedt dat kansen, bijvoorbeeld bij wapenexportbeleid en defensiesamenwerking, maar alleen als het beleid ook budget en meetbare doelen krijgt.\n"
            "\n"
            "## Aanbevelingen\n"
            "\n"
            "- Toets wapenexportvergunningen op het risico van gendergerelateerd geweld.\n"
            "- Maak NAP 1325 het uitvoeringskader voor vrede en veiligheid binnen het feministisch buitenlandbeleid.\n"
            "- Betrek vrouwenorganisaties uit conflictgebieden bij de uitwerking."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid", "steun-gendergelijkheid"],
        "tags": ["feministisch-buitenlandbeleid", "nap-1325", "wps"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
            {"organisation": "pax", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/vrouwen-vrede-en-veiligheid-in-het-nederlandse-feministisch-buitenlandbeleid",
        "cover_image_url": None,
        "published_at": "2023-02-21T10:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw67-innovatie-technologie-en-onderwijs-in-het-digitale-tijdperk",
        "title": "CSW67: innovatie, technologie en onderwijs in het digitale tijdperk",
        "summary": "Verslag van CSW67 (2023) over de digitale genderkloof, technologie en online geweld.",
        "body": (
            "## Verslag\n"
            "\n"
            "Het prioriteitsthema ging over innovatie, technologische verandering en onderwijs in het digitale tijdperk. De commissie erkende dat technologie kansen biedt, maar ook nieuwe vormen van geweld en uitsluiting.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Aandacht voor de digitale genderkloof in toegang en vaardigheden.\n"
            "- Erkenning van technologiegerelateerd geweld tegen vrouwen.\n"
            "- Oproep tot meer vrouwen in technische opleidingen en beroepen."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw67", "digitalisering"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw67-innovatie-technologie-en-onderwijs-in-het-digitale-tijdperk",
        "cover_image_url": None,
        "published_at": "2023-03-21T12:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "zorgeconomie-en-klimaat-verbanden-leggen",
        "title": "Zorgeconomie en klimaat: verbanden leggen",
        "summary": "Klimaatverandering vergroot de onbetaalde zorgtaken van vrouwen. Deze publicatie pleit voor een feministische benadering van de klimaattransitie.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Bij droogte en overstromingen moeten vrouwen verder lopen voor water en brandhout, en zorgen zij voor zieken. Een rechtvaardige transitie investeert daarom ook in publieke zorg en basisvoorzieningen.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Erken onbetaald zorgwerk in klimaatbeleid.\n"
            "- Investeer in publieke diensten als onderdeel van klimaatadaptatie.\n"
            "- Creëer groene banen die ook voor vrouwen toegankelijk zijn."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "sdg5-gender-mainstreaming"],
        "tags": ["zorg", "klimaat", "rechtvaardige-transitie"],
        "organisations": [
            {"organisation": "groene-zusters-collectief", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/zorgeconomie-en-klimaat-verbanden-leggen",
        "cover_image_url": None,
        "published_at": "2023-03-28T13:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "mapping-the-anti-rights-movement-in-europe",
        "title": "Mapping the anti-rights movement in Europe",
        "summary": "This report maps organisations and funding flows behind campaigns against gender equality and sexual and reproductive rights in Europe.",
        "body": (
            "## Summary\n"
            "\n"
            "Campaigns against sexuality education, abortion rights and the Istanbul Convention are increasingly coordinated across borders. The report identifies the main networks and their strategies.\n"
            "\n"
            "## Key findings\n"
            "\n"
            "- Transnational networks share legal strategies and messaging.\n"
            "- Funding often comes from outside Europe.\n"
            "- Progressive actors need to invest in long-term narrative work."
        ),
        "kind": "report",
        "language": "en",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "tags": ["anti-gender", "europe", "srhr"],
        "organisations": [
            {"organisation": "rutgers", "role": "author"},
            {"organisation": "european-womens-lobby", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2023-04-18T10:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "women-s-participation-in-ukraine-s-recovery",
        "title": "Women's participation in Ukraine's recovery",
        "summary": "Priorities from Ukrainian women's organisations for the international conferences on the reconstruction of Ukraine.",
        "body": (
            "## Background\n"
            "\n"
            "Reconstruction plans for Ukraine focus on infrastructure and energy. Women's organisations argue that care services, housing and support for survivors of violence are just as essential, and that women must have a say in recovery decisions.\n"
            "\n"
            "## Priorities\n"
            "\n"
            "- Apply gender budgeting to all reconstruction funds.\n"
            "- Include women's organisations in local recovery councils.\n"
            "- Invest in childcare and care for people with disabilities as critical infrastructure."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["ukraine", "reconstruction", "participation"],
        "organisations": [
            {"organisation": "kharkiv-womens-resilience-centre", "role": "author"},
            {"organisation": "oekraiense-vrouwenhulp-utrecht", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/women-s-participation-in-ukraine-s-recovery",
        "cover_image_url": None,
        "published_at": "2023-06-13T07:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "the-gendered-impact-of-the-war-in-sudan",
        "title": "The gendered impact of the war in Sudan",
        "summary": "Sudanese women's rights activists report widespread sexual violence and the collapse of health services since fighting broke out in April 2023.",
        "body": (
            "In a briefing for members of the working group on women, peace and security, Sudanese activists described the situation in Khartoum and Darfur. Many women-led groups continue to provide help, often at great personal risk.\n"
            "\n"
            "- Women-led emergency response rooms need direct and flexible funding.\n"
            "- Reports of sexual violence must be documented and investigated."
        ),
        "kind": "news",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["sudan", "gbv", "humanitarian-aid"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/the-gendered-impact-of-the-war-in-sudan",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2023/08/the-gendered-impact-of-the-war-in-sudan.jpg",
        "published_at": "2023-08-22T07:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "nieuwsbrief-werkgroep-gender-en-klimaat-nr-3",
        "title": "Nieuwsbrief Werkgroep Gender en Klimaat – nr. 3",
        "summary": "Nieuws van de werkgroep: de tussentijdse evaluatie van het Gender Action Plan, de voorbereiding op COP28 en nieuwe publicaties.",
        "body": (
            "# Nieuwsbrief Werkgroep Gender en Klimaat – nr. 3\n"
            "\n"
            "In aanloop naar COP28 in Dubai zet de werkgroep haar inzet voor een sterker Gender Action Plan op een rij.\n"
            "\n"
            "## In dit nummer\n"
            "\n"
            "- Tussentijdse evaluatie van het Gender Action Plan: onze inbreng\n"
            "- Nieuw: publicatie over zorgeconomie en klimaat\n"
            "- Terugblik: werkbezoek aan vrouwelijke boeren in Kenia"
        ),
        "kind": "newsletter",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["nieuwsbrief", "cop28", "gender-action-plan"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2023-09-12T13:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "tweede-kamerverkiezingen-2023-wat-zeggen-de-partijprogramma-s-over-vrouwenrechten-wereldwijd",
        "title": "Tweede Kamerverkiezingen 2023: wat zeggen de partijprogramma's over vrouwenrechten wereldwijd?",
        "summary": "Een vergelijking van de verkiezingsprogramma's op ontwikkelingssamenwerking, feministisch buitenlandbeleid en seksuele en reproductieve gezondheid en rechten.",
        "body": (
            "Op 22 november 2023 kiest Nederland een nieuwe Tweede Kamer. WO=MEN vergeleek de programma's van de grootste partijen op onderwerpen die voor vrouwenrechten wereldwijd belangrijk zijn.\n"
            "\n"
            "- Grote verschillen in ambities voor het budget voor ontwikkelingssamenwerking.\n"
            "- Feministisch buitenlandbeleid wordt door een deel van de partijen expliciet genoemd.\n"
            "- Seksuele en reproductieve gezondheid en rechten verdelen de partijen."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["verkiezingen", "partijprogrammas", "feministisch-buitenlandbeleid"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/tweede-kamerverkiezingen-2023-wat-zeggen-de-partijprogramma-s-over-vrouwenrechten-wereldwijd",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2023/11/tweede-kamerverkiezingen-2023-wat-zeggen-de-partijprogramma-s-over-vrouwenrechten-wereldwijd.jpg",
        "published_at": "2023-11-07T10:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "nap-1325-annual-meeting-2023-report",
        "title": "NAP 1325 annual meeting 2023: report",
        "summary": "Report of the annual meeting of signatories of the fourth Dutch National Action Plan 1325, with a focus on the mid-term review.",
        "body": (
            "## Report\n"
            "\n"
            "Signatories discussed the results of the mid-term review of NAP 1325-IV. Participants from Colombia, Uganda and Ukraine joined online and shared how the plan supports their work.\n"
            "\n"
            "## Main conclusions\n"
            "\n"
            "- The shared results framework has improved joint reporting.\n"
            "- Partners from focus countries want more direct access to funding.\n"
            "- The Netherlands chapter of the plan needs more attention from domestic ministries."
        ),
        "kind": "event_report",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["nap-1325", "annual-meeting", "mid-term-review"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/nap-1325-annual-meeting-2023-report",
        "cover_image_url": None,
        "published_at": "2023-11-28T08:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "cop28-the-review-of-the-unfccc-gender-action-plan",
        "title": "COP28: the review of the UNFCCC Gender Action Plan",
        "summary": "At COP28 in Dubai, parties discussed the intermediate review of the Gender Action Plan under the UN climate convention.",
        "body": (
            "Women's and gender constituency members pushed for stronger implementation of the Gender Action Plan. Progress was limited, and several issues were deferred to the next round of negotiations.\n"
            "\n"
            "- Few countries report on gender in their national climate plans.\n"
            "- Finance for implementing the Gender Action Plan remains scarce."
        ),
        "kind": "news",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["cop28", "gender-action-plan", "unfccc"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/cop28-the-review-of-the-unfccc-gender-action-plan",
        "cover_image_url": None,
        "published_at": "2023-12-13T08:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "women-mediators-in-south-sudan-s-local-peace-processes",
        "title": "Women mediators in South Sudan's local peace processes",
        "summary": "In South Sudan, trained women mediators resolve local disputes over cattle, land and marriage. A look at what makes their work effective.",
        "body": (
            "## The approach\n"
            "\n"
            "The Juba Women Peace Network trains women in mediation and connects them with traditional authorities. Over time, mediators have gained recognition from chiefs and local government.\n"
            "\n"
            "## What worked\n"
            "\n"
            "- Combining formal training with accompaniment by experienced mediators.\n"
            "- Working with chiefs instead of around them.\n"
            "- Documenting cases to show results to local authorities."
        ),
        "kind": "good_practice",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["south-sudan", "mediation", "local-peace"],
        "organisations": [
            {"organisation": "juba-women-peace-network", "role": "author"},
            {"organisation": "care-nederland", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2024-03-19T12:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw68-financing-gender-equality-and-addressing-poverty",
        "title": "CSW68: financing gender equality and addressing poverty",
        "summary": "At CSW68 (2024) member states discussed how to accelerate gender equality by addressing poverty and strengthening institutions and financing with a gender perspective.",
        "body": (
            "## Report\n"
            "\n"
            "The priority theme brought questions of tax justice, debt and public spending to the heart of the Commission. Civil society pushed for language on gender-responsive budgeting and on funding for women's organisations.\n"
            "\n"
            "## Main conclusions\n"
            "\n"
            "- Agreed conclusions call for gender-responsive budgeting.\n"
            "- The role of women's organisations is recognised, but without funding targets.\n"
            "- Debates on debt and tax remain sensitive."
        ),
        "kind": "event_report",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "tags": ["csw", "csw68", "financiering"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw68-financing-gender-equality-and-addressing-poverty",
        "cover_image_url": None,
        "published_at": "2024-03-26T12:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gender-markers-and-budget-tracking-a-toolkit",
        "title": "Gender markers and budget tracking: a toolkit",
        "summary": "A toolkit on how to use the OECD DAC gender equality policy marker and gender budgeting tools to track spending on gender equality.",
        "body": (
            "## What is the marker?\n"
            "\n"
            "The OECD DAC gender equality policy marker distinguishes between programmes with gender equality as a principal objective, a significant objective, or not targeted. This toolkit explains how to apply the marker correctly and how to use it in advocacy.\n"
            "\n"
            "## The scores\n"
            "\n"
            "- Score 2: gender equality is the principal objective\n"
            "- Score 1: gender equality is a significant objective\n"
            "- Score 0: not targeted\n"
            "- Common pitfalls and how to avoid them"
        ),
        "kind": "toolkit",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "tags": ["gender-marker", "gender-budgeting", "oda"],
        "organisations": [
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/gender-markers-and-budget-tracking-a-toolkit",
        "cover_image_url": None,
        "published_at": "2024-05-14T15:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "europese-csddd-kansen-voor-vrouwenrechten-in-ketens",
        "title": "Europese CSDDD: kansen voor vrouwenrechten in ketens",
        "summary": "De Europese richtlijn over gepaste zorgvuldigheid voor duurzaamheid (CSDDD) is aangenomen. Wat betekent zij voor vrouwen in mondiale ketens?",
        "body": (
            "## Inleiding\n"
            "\n"
            "De CSDDD verplicht grote bedrijven om risico's voor mensenrechten en milieu in hun ketens aan te pakken. Gender wordt in de tekst beperkt genoemd, maar de richtlijn biedt aanknopingspunten.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Gebruik de verwijzingen naar internationale verdragen, zoals CEDAW.\n"
            "- Zorg dat betekenisvolle dialoog met belanghebbenden ook vrouwen omvat.\n"
            "- Let bij de Nederlandse implementatie op genderspecifieke risico's."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["csddd", "due-diligence", "eu"],
        "organisations": [
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "solidaridad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/europese-csddd-kansen-voor-vrouwenrechten-in-ketens",
        "cover_image_url": None,
        "published_at": "2024-06-11T11:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "feminist-climate-justice-dialogue-in-the-hague",
        "title": "Feminist climate justice dialogue in The Hague",
        "summary": "Report of a dialogue between climate activists from Kenya, Indonesia and Colombia and Dutch policy makers.",
        "body": (
            "## About the dialogue\n"
            "\n"
            "Activists shared how climate change and extractive projects affect women in their communities, and what they expect from the Netherlands as a donor and trading partner.\n"
            "\n"
            "## Key messages\n"
            "\n"
            "- Stop financing fossil fuel projects abroad.\n"
            "- Recognise women environmental defenders and protect them.\n"
            "- Make climate finance accessible for grassroots groups."
        ),
        "kind": "event_report",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["climate-justice", "dialogue", "klimaat"],
        "organisations": [
            {"organisation": "groene-zusters-collectief", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/feminist-climate-justice-dialogue-in-the-hague",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2024/06/feminist-climate-justice-dialogue-in-the-hague.jpg",
        "published_at": "2024-06-25T11:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "oda-begroting-2025-gevolgen-van-de-bezuinigingen-voor-gendergelijkheid",
        "title": "ODA-begroting 2025: gevolgen van de bezuinigingen voor gendergelijkheid",
        "summary": "Het kabinet kondigt forse bezuinigingen op ontwikkelingssamenwerking aan. Wat betekent dat voor de financiering van vrouwenrechten en gendergelijkheid?",
        "body": (
            "## Inleiding\n"
            "\n"
            "De begroting voor Buitenlandse Handel en Ontwikkelingssamenwerking laat een forse daling van het budget voor de komende jaren zien. Vrouwenrechten en gendergelijkheid zijn niet gevrijwaard.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Meerjarige programma's met vrouwenrechtenorganisaties komen onder druk te staan.\n"
            "- Het risico bestaat dat juist kleine organisaties in het Zuiden hun financiering verliezen.\n"
            "- Gendermainstreaming in de resterende programma's wordt nog belangrijker."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["oda", "bezuinigingen", "begroting"],
        "organisations": [
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/oda-begroting-2025-gevolgen-van-de-bezuinigingen-voor-gendergelijkheid",
        "cover_image_url": None,
        "published_at": "2024-10-01T07:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "analyse-bhos-begroting-2025.pdf",
                "media_type": "application/pdf",
                "size": 1132045,
                "url": "https://www.wo-men.nl/wp-content/uploads/2024/10/analyse-bhos-begroting-2025.pdf",
                "extracted_text": "Deze analyse bespreekt de gevolgen van de begroting Buitenlandse Handel en Ontwikkelingssamenwerking 2025 voor gendergelijkheid. De auteurs laten zien welke begrotingsartikelen dalen en welke programma's voor vrouwenrechten daardoor onder druk komen. Zij roepen de Tweede Kamer op om bij amendement te voorkomen dat kernfinanciering voor vrouwenorganisaties verdwijnt.",
            },
        ],
    },
    {
        "slug": "nieuwsbrief-werkgroep-1325-najaar-2024",
        "title": "Nieuwsbrief Werkgroep 1325 – najaar 2024",
        "summary": "Het laatste nieuws van de Werkgroep Vrouwen, Vrede en Veiligheid: de voorbereiding op een opvolger van NAP 1325-IV, Soedan en Oekraïne.",
        "body": (
            "# Nieuwsbrief Werkgroep 1325 – najaar 2024\n"
            "\n"
            "NAP 1325-IV loopt eind 2025 af. De werkgroep begint daarom met de voorbereiding van de inbreng voor een nieuw plan.\n"
            "\n"
            "## In dit nummer\n"
            "\n"
            "- Start consultatie: wat moet er in het volgende actieplan?\n"
            "- Soedan: oproep tot bescherming van vrouwelijke hulpverleners\n"
            "- Oekraïne: verslag van een werkbezoek aan Charkiv\n"
            "- Agenda: jaarbijeenkomst ondertekenaars op 26 november"
        ),
        "kind": "newsletter",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["nap-1325", "nieuwsbrief", "werkgroep"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2024-10-08T07:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "dutch-oda-cuts-and-gender-equality-an-analysis-of-the-2025-budget",
        "title": "Dutch ODA cuts and gender equality: an analysis of the 2025 budget",
        "summary": "The Dutch government has announced deep cuts to development cooperation. What does this mean for funding for women's rights and gender equality?",
        "body": (
            "## Introduction\n"
            "\n"
            "The budget for Foreign Trade and Development Cooperation shows a sharp decline for the coming years. Women's rights and gender equality are not spared.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Multi-year programmes with women's rights organisations are under pressure.\n"
            "- Small organisations in the Global South risk losing their funding.\n"
            "- Gender mainstreaming in the remaining programmes becomes even more important."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["oda", "budget-cuts", "budget"],
        "organisations": [
            {"organisation": "oxfam-novib", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/dutch-oda-cuts-and-gender-equality-an-analysis-of-the-2025-budget",
        "cover_image_url": None,
        "published_at": "2024-10-15T14:45:00+00:00",
        "status": "published",
        "translation_of": "oda-begroting-2025-gevolgen-van-de-bezuinigingen-voor-gendergelijkheid",
        "attachments": [],
    },
    {
        "slug": "cop29-in-bakoe-het-lima-werkprogramma-over-gender-verlengd",
        "title": "COP29 in Bakoe: het Lima-werkprogramma over gender verlengd",
        "summary": "Op COP29 besloten de partijen het Lima-werkprogramma over gender met tien jaar te verlengen. Een nieuw Gender Action Plan volgt in 2025.",
        "body": (
            "De onderhandelingen over gender verliepen moeizaam, maar uiteindelijk werd het werkprogramma verlengd. De onderhandelingen over een nieuw actieplan gaan door tijdens COP30.\n"
            "\n"
            "- Een verlenging van tien jaar geeft zekerheid voor de langere termijn.\n"
            "- Het nieuwe financieringsdoel voor klimaatfinanciering noemt gender nauwelijks."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["cop29", "gender-action-plan", "klimaat"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/cop29-in-bakoe-het-lima-werkprogramma-over-gender-verlengd",
        "cover_image_url": None,
        "published_at": "2024-11-26T07:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "vrouwelijke-bemiddelaars-in-syrie-lokale-vrede-in-een-versplinterd-land",
        "title": "Vrouwelijke bemiddelaars in Syrië: lokale vrede in een versplinterd land",
        "summary": "Syrische vrouwen bemiddelen in lokale conflicten over detentie, terugkeer en toegang tot diensten. Een portret van hun werk en de obstakels die zij tegenkomen.",
        "body": (
            "## Context\n"
            "\n"
            "Na de val van het regime in december 2024 staat Syrië voor een onzekere overgang. Vrouwelijke bemiddelaars die al jaren lokaal actief zijn, willen dat hun ervaring wordt benut bij de vorming van nieuwe instituties.\n"
            "\n"
            "## Geleerde lessen\n"
            "\n"
            "- Lokale bemiddeling door vrouwen richt zich vaak op concrete humanitaire kwesties.\n"
            "- Bemiddelaars hebben bescherming en erkenning nodig.\n"
            "- Internationale steun moet niet alleen naar bekende namen in de hoofdstad gaan."
        ),
        "kind": "good_practice",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["syrie", "bemiddeling", "lokale-vrede"],
        "organisations": [
            {"organisation": "syrian-women-mediators-circle", "role": "author"},
            {"organisation": "yasmin-syrische-vrouwen-amsterdam", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2025-01-28T10:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "global-gag-rule-opnieuw-ingevoerd-gevolgen-voor-srgr-programma-s",
        "title": "Global gag rule opnieuw ingevoerd: gevolgen voor SRGR-programma's",
        "summary": "De Amerikaanse regering heeft de Mexico City Policy opnieuw ingevoerd en bevriest een groot deel van de buitenlandse hulp. Partners melden direct gevolgen.",
        "body": (
            "Binnen enkele dagen na de inauguratie werd de global gag rule hersteld en werd een groot deel van de Amerikaanse ontwikkelingshulp stilgelegd. Partners in Oost-Afrika melden dat klinieken hun deuren sluiten en voorlichters worden ontslagen.\n"
            "\n"
            "- Leden roepen Nederland en andere Europese donoren op de gaten zo veel mogelijk op te vangen.\n"
            "- Er is behoefte aan snelle overbruggingsfinanciering voor kleine organisaties."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "tags": ["srgr", "global-gag-rule", "financiering"],
        "organisations": [
            {"organisation": "rutgers", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/global-gag-rule-opnieuw-ingevoerd-gevolgen-voor-srgr-programma-s",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2025/02/global-gag-rule-opnieuw-ingevoerd-gevolgen-voor-srgr-programma-s.jpg",
        "published_at": "2025-02-04T09:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw69-en-beijing-30-verslag-van-de-nederlandse-delegatie",
        "title": "CSW69 en Beijing+30: verslag van de Nederlandse delegatie",
        "summary": "Dertig jaar na de Wereldvrouwenconferentie in Beijing stond CSW69 in het teken van de evaluatie van het actieprogramma. Een verslag vanuit de Nederlandse delegatie.",
        "body": (
            "## Verslag\n"
            "\n"
            "De lidstaten namen aan het begin van de zitting een politieke verklaring aan. Daarnaast was er een groot aantal side events, waaronder een door WO=MEN georganiseerde bijeenkomst over financiering van vrouwenorganisaties.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- De politieke verklaring bevestigt het actieprogramma, ondanks tegenwind.\n"
            "- De tegenbeweging tegen gendergelijkheid was zichtbaar sterker.\n"
            "- Jongerenvertegenwoordigers vroegen aandacht voor klimaat en digitale veiligheid."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw69", "beijing-30"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "jonge-feministen-voor-ontwikkeling", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw69-en-beijing-30-verslag-van-de-nederlandse-delegatie",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2025/03/csw69-en-beijing-30-verslag-van-de-nederlandse-delegatie.jpg",
        "published_at": "2025-03-25T08:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "csw69-verslag-delegatie.pdf",
                "media_type": "application/pdf",
                "size": 864310,
                "url": "https://www.wo-men.nl/wp-content/uploads/2025/03/csw69-verslag-delegatie.pdf",
                "extracted_text": "Dit verslag beschrijft de deelname van de maatschappelijke vertegenwoordigers aan de Nederlandse delegatie bij CSW69. De politieke verklaring ter gelegenheid van Beijing+30 werd aan het begin van de zitting aangenomen. Het verslag bevat ook een overzicht van de side events en de belangrijkste lessen voor volgende zittingen.",
            },
        ],
    },
    {
        "slug": "csw69-and-beijing-30-report-from-the-dutch-delegation",
        "title": "CSW69 and Beijing+30: report from the Dutch delegation",
        "summary": "Thirty years after the World Conference on Women in Beijing, CSW69 focused on the review of the Platform for Action. A report from the Dutch delegation.",
        "body": (
            "## Report\n"
            "\n"
            "Member states adopted a political declaration at the start of the session. There were also many side events, including a WO=MEN event on funding for women's organisations.\n"
            "\n"
            "## Main conclusions\n"
            "\n"
            "- The political declaration reaffirms the Platform for Action, despite headwinds.\n"
            "- The opposition to gender equality was visibly stronger.\n"
            "- Youth delegates called for attention to climate and digital safety."
        ),
        "kind": "event_report",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw69", "beijing-30"],
        "organisations": [
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "jonge-feministen-voor-ontwikkeling", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw69-and-beijing-30-report-from-the-dutch-delegation",
        "cover_image_url": None,
        "published_at": "2025-04-01T10:00:00+00:00",
        "status": "published",
        "translation_of": "csw69-en-beijing-30-verslag-van-de-nederlandse-delegatie",
        "attachments": [],
    },
    {
        "slug": "toolkit-genderanalyse-in-conflictgebieden",
        "title": "Toolkit: genderanalyse in conflictgebieden",
        "summary": "Een praktische toolkit om in vijf stappen een genderanalyse uit te voeren voor programma's in conflict- en post-conflictgebieden.",
        "body": (
            "## Voor wie is deze toolkit?\n"
            "\n"
            "Een goede genderanalyse laat zien hoe conflict de rollen, behoeften en kansen van vrouwen, mannen, meisjes en jongens verandert. Deze toolkit bevat vragenlijsten, werkvormen voor focusgroepen en een format voor de rapportage.\n"
            "\n"
            "## Onderdelen\n"
            "\n"
            "- Stap 1: verzamel bestaande kennis en data\n"
            "- Stap 2: breng machtsverhoudingen en actoren in kaart\n"
            "- Stap 3: spreek met vrouwen en mannen in afzonderlijke groepen\n"
            "- Stap 4: vertaal bevindingen naar programmakeuzes"
        ),
        "kind": "toolkit",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid", "sdg5-gender-mainstreaming"],
        "tags": ["genderanalyse", "conflictanalyse", "toolkit"],
        "organisations": [
            {"organisation": "cordaid", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/toolkit-genderanalyse-in-conflictgebieden",
        "cover_image_url": None,
        "published_at": "2025-04-15T16:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "toolkit-genderanalyse-conflictgebieden.pdf",
                "media_type": "application/pdf",
                "size": 3456201,
                "url": "https://www.wo-men.nl/wp-content/uploads/2025/04/toolkit-genderanalyse-conflictgebieden.pdf",
                "extracted_text": "Deze toolkit helpt programmamedewerkers om een genderanalyse uit te voeren in conflict- en post-conflictgebieden. Elke stap bevat vragen, werkvormen en aandachtspunten voor veiligheid. In de bijlagen staan voorbeeldvragenlijsten voor focusgroepen met vrouwen en met mannen.",
            },
        ],
    },
    {
        "slug": "gender-analysis-in-conflict-settings-a-practical-toolkit",
        "title": "Gender analysis in conflict settings: a practical toolkit",
        "summary": "A practical toolkit for conducting a gender analysis in five steps for programmes in conflict and post-conflict settings.",
        "body": (
            "## Who is this toolkit for?\n"
            "\n"
            "A good gender analysis shows how conflict changes the roles, needs and opportunities of women, men, girls and boys. This toolkit contains questionnaires, focus group methods and a reporting template.\n"
            "\n"
            "## Contents\n"
            "\n"
            "- Step 1: gather existing knowledge and data\n"
            "- Step 2: map power relations and actors\n"
            "- Step 3: talk to women and men in separate groups\n"
            "- Step 4: translate findings into programme choices"
        ),
        "kind": "toolkit",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid", "sdg5-gender-mainstreaming"],
        "tags": ["gender-analysis", "conflict-analysis", "toolkit"],
        "organisations": [
            {"organisation": "cordaid", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/gender-analysis-in-conflict-settings-a-practical-toolkit",
        "cover_image_url": None,
        "published_at": "2025-05-06T15:30:00+00:00",
        "status": "published",
        "translation_of": "toolkit-genderanalyse-in-conflictgebieden",
        "attachments": [],
    },
    {
        "slug": "the-2030-agenda-and-sdg-5-interlinkages-with-climate-and-environment-goals",
        "title": "The 2030 Agenda and SDG 5: interlinkages with climate and environment goals",
        "summary": "SDG 5 cannot be achieved without progress on the climate and environment goals, and vice versa. This paper maps the connections.",
        "body": (
            "## Introduction\n"
            "\n"
            "Ten years after the adoption of the 2030 Agenda, progress on SDG 5 is off track. The paper argues that integrated policies, linking gender equality with climate action, water and land, offer the best prospects.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Women's land rights connect SDG 5 with the goals on hunger and life on land.\n"
            "- Clean water and energy reduce women's unpaid work.\n"
            "- Integrated reporting can reveal trade-offs."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["sdg5", "agenda-2030", "klimaat"],
        "organisations": [
            {"organisation": "iss-erasmus-university", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/the-2030-agenda-and-sdg-5-interlinkages-with-climate-and-environment-goals",
        "cover_image_url": None,
        "published_at": "2025-06-17T16:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "tweede-kamerverkiezingen-2025-partijprogramma-s-gescand-op-gendergelijkheid",
        "title": "Tweede Kamerverkiezingen 2025: partijprogramma's gescand op gendergelijkheid",
        "summary": "Welke partijen willen investeren in vrouwenrechten wereldwijd, en welke willen verder bezuinigen? Een scan van de verkiezingsprogramma's.",
        "body": (
            "Op 29 oktober 2025 gaat Nederland opnieuw naar de stembus. Na twee jaar van bezuinigingen op ontwikkelingssamenwerking staat de toekomst van de Nederlandse steun voor vrouwenrechten op het spel.\n"
            "\n"
            "- Een deel van de partijen wil de bezuinigingen terugdraaien.\n"
            "- Andere partijen willen hulp sterker koppelen aan migratie en handel.\n"
            "- Vrouwenrechten worden in weinig programma's expliciet genoemd."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["verkiezingen", "partijprogrammas", "oda"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/tweede-kamerverkiezingen-2025-partijprogramma-s-gescand-op-gendergelijkheid",
        "cover_image_url": None,
        "published_at": "2025-10-14T09:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "cop30-in-belem-feministische-eisen-voor-een-rechtvaardige-transitie",
        "title": "COP30 in Belém: feministische eisen voor een rechtvaardige transitie",
        "summary": "Vrouwenorganisaties trekken naar Belém met eisen voor een nieuw Gender Action Plan en voor klimaatfinanciering die lokale gemeenschappen bereikt.",
        "body": (
            "De klimaattop in het Amazonegebied zet de rechten van inheemse volken en bosgemeenschappen in de schijnwerpers. Inheemse vrouwen spelen een sleutelrol in de bescherming van bossen.\n"
            "\n"
            "- Een nieuw Gender Action Plan met budget en indicatoren.\n"
            "- Erkenning van landrechten van inheemse vrouwen.\n"
            "- Bescherming van vrouwelijke milieuverdedigers."
        ),
        "kind": "news",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["cop30", "rechtvaardige-transitie", "gender-action-plan"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
            {"organisation": "both-ends", "role": "author"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/cop30-in-belem-feministische-eisen-voor-een-rechtvaardige-transitie",
        "cover_image_url": "https://www.wo-men.nl/wp-content/uploads/2025/11/cop30-in-belem-feministische-eisen-voor-een-rechtvaardige-transitie.jpg",
        "published_at": "2025-11-11T15:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "nieuwsbrief-wo-men-december-2025",
        "title": "Nieuwsbrief WO=MEN – december 2025",
        "summary": "De laatste nieuwsbrief van 2025: terugblik op Beijing+30, de verkiezingen, COP30 en het aflopen van NAP 1325-IV.",
        "body": (
            "# Nieuwsbrief WO=MEN – december 2025\n"
            "\n"
            "2025 was een jaar van terugblikken en vooruitkijken: dertig jaar na Beijing, vijfentwintig jaar na resolutie 1325 en tien jaar na de Agenda 2030.\n"
            "\n"
            "## In dit nummer\n"
            "\n"
            "- Beijing+30: wat leverde het jubileumjaar op?\n"
            "- Na de verkiezingen: onze oproep aan de formerende partijen\n"
            "- COP30 in Belém: een nieuw Gender Action Plan\n"
            "- NAP 1325-IV loopt af: hoe verder?"
        ),
        "kind": "newsletter",
        "language": "nl",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "tags": ["nieuwsbrief", "beijing-30", "cop30"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2025-12-16T08:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw70-toegang-tot-recht-voor-alle-vrouwen-en-meisjes",
        "title": "CSW70: toegang tot recht voor alle vrouwen en meisjes",
        "summary": "CSW70 (2026) stond in het teken van toegang tot recht: het wegnemen van discriminerende wetten en van drempels in het rechtssysteem voor vrouwen en meisjes.",
        "body": (
            "## Verslag\n"
            "\n"
            "Wereldwijd hebben vrouwen minder toegang tot juridische hulp en rechtspraak dan mannen. Discriminerende wetten, kosten en sociale normen houden hen tegen. Ook uit Nederland werden ervaringen ingebracht, onder meer over de toegankelijkheid van gesubsidieerde rechtsbijstand.\n"
            "\n"
            "## Belangrijkste conclusies\n"
            "\n"
            "- Juridische hulp moet betaalbaar en dichtbij zijn.\n"
            "- Discriminerende wetten, onder meer in het familierecht, moeten worden afgeschaft.\n"
            "- Informele rechtssystemen verdienen aandacht, omdat veel vrouwen daar hun recht zoeken."
        ),
        "kind": "event_report",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw70", "toegang-tot-recht"],
        "organisations": [
            {"organisation": "bureau-clara-wichmann", "role": "author"},
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw70-toegang-tot-recht-voor-alle-vrouwen-en-meisjes",
        "cover_image_url": None,
        "published_at": "2026-03-24T16:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csw70-access-to-justice-for-all-women-and-girls",
        "title": "CSW70: access to justice for all women and girls",
        "summary": "CSW70 (2026) focused on access to justice: removing discriminatory laws and barriers in the justice system for women and girls.",
        "body": (
            "## Report\n"
            "\n"
            "Worldwide, women have less access to legal aid and the courts than men. Discriminatory laws, costs and social norms hold them back. Experiences from the Netherlands were shared as well, including on access to subsidised legal aid.\n"
            "\n"
            "## Main conclusions\n"
            "\n"
            "- Legal aid must be affordable and close to home.\n"
            "- Discriminatory laws, including in family law, must be repealed.\n"
            "- Informal justice systems deserve attention, as many women seek justice there."
        ),
        "kind": "event_report",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw70", "access-to-justice"],
        "organisations": [
            {"organisation": "bureau-clara-wichmann", "role": "author"},
            {"organisation": "nederlandse-vrouwenraad", "role": "author"},
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": "https://www.wo-men.nl/kennisbank/csw70-access-to-justice-for-all-women-and-girls",
        "cover_image_url": None,
        "published_at": "2026-03-31T12:00:00+00:00",
        "status": "published",
        "translation_of": "csw70-toegang-tot-recht-voor-alle-vrouwen-en-meisjes",
        "attachments": [],
    },
    {
        "slug": "nieuwsbrief-wo-men-juni-2026",
        "title": "Nieuwsbrief WO=MEN – juni 2026",
        "summary": "In deze nieuwsbrief: de resultaten van CSW70, de nieuwe Tweede Kamer en de consultatie over het opvolgende actieplan 1325.",
        "body": (
            "# Nieuwsbrief WO=MEN – juni 2026\n"
            "\n"
            "Een voorjaar vol ontwikkelingen ligt achter ons. We zetten de belangrijkste op een rij.\n"
            "\n"
            "## In dit nummer\n"
            "\n"
            "- CSW70: toegang tot recht staat op de agenda\n"
            "- Kennismaken met de nieuwe woordvoerders ontwikkelingssamenwerking\n"
            "- Consultatie over het nieuwe actieplan 1325: doe mee!"
        ),
        "kind": "newsletter",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming", "vrouwen-vrede-en-veiligheid"],
        "tags": ["nieuwsbrief", "csw70", "nap-1325"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": "2026-06-09T11:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "input-voor-het-opvolgende-nationaal-actieplan-1325",
        "title": "Input voor het opvolgende Nationaal Actieplan 1325",
        "summary": "Concept van de gezamenlijke inbreng van de Werkgroep 1325 voor het nieuwe Nationaal Actieplan dat NAP 1325-IV opvolgt.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Dit concept bundelt de opbrengst van de consultaties die de werkgroep in 2025 en 2026 organiseerde. Het wordt nog aangevuld met reacties van partners uit de focuslanden.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Directe financiering voor vrouwenorganisaties in focuslanden.\n"
            "- Een sterker hoofdstuk over Nederland zelf.\n"
            "- Koppeling met klimaat- en migratiebeleid."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["nap-1325", "consultatie", "concept"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "monitoring-framework-for-women-peace-and-security-commitments",
        "title": "Monitoring framework for women, peace and security commitments",
        "summary": "Draft of a monitoring framework that allows signatories to report on shared indicators for women's participation and protection.",
        "body": (
            "## Who is this toolkit for?\n"
            "\n"
            "This draft proposes a small set of shared indicators and a simple reporting template. It will be tested with five signatories before publication.\n"
            "\n"
            "## Contents\n"
            "\n"
            "- Number of women in formal and informal peace processes supported.\n"
            "- Funding channelled directly to women-led organisations.\n"
            "- Survivors reached with integrated support services."
        ),
        "kind": "toolkit",
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "tags": ["monitoring", "indicators", "nap-1325"],
        "organisations": [
            {"organisation": "kit-royal-tropical-institute", "role": "author"},
            {"organisation": "wo-men", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "scenario-s-voor-de-financiering-van-vrouwenrechten-na-2025",
        "title": "Scenario's voor de financiering van vrouwenrechten na 2025",
        "summary": "Concept van een verkenning naar mogelijke scenario's voor de Nederlandse financiering van vrouwenrechten nu de subsidiekaders van 2021-2025 aflopen.",
        "body": (
            "## Inleiding\n"
            "\n"
            "Met het aflopen van Power of Women, Leading from the South en de strategische partnerschappen ontstaat onzekerheid. Deze verkenning schetst drie scenario's.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Scenario 1: voortzetting via vrouwenfondsen\n"
            "- Scenario 2: integratie in bredere subsidiekaders\n"
            "- Scenario 3: sterke afbouw en alternatieve financiering"
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["financiering", "scenario", "concept"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "women-s-funds-and-the-future-of-dutch-support",
        "title": "Women's funds and the future of Dutch support",
        "summary": "Draft briefing on the role of women's funds in a context of declining Dutch development budgets.",
        "body": (
            "## Introduction\n"
            "\n"
            "This draft is being prepared for discussion with the Ministry of Foreign Affairs. It argues that women's funds remain a cost-effective way to reach grassroots organisations.\n"
            "\n"
            "## Key points\n"
            "\n"
            "- Women's funds combine grantmaking with accompaniment.\n"
            "- They can absorb smaller budgets flexibly.\n"
            "- Co-funding with private donors is possible."
        ),
        "kind": "publication",
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["womens-funds", "funding", "draft"],
        "organisations": [
            {"organisation": "mama-cash", "role": "author"},
            {"organisation": "wo-men", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "nieuwsbrief-wo-men-januari-2027",
        "title": "Nieuwsbrief WO=MEN – januari 2027",
        "summary": "Concept voor de eerste nieuwsbrief van 2027, met een vooruitblik op CSW71 en de begrotingsbehandeling.",
        "body": (
            "# Nieuwsbrief WO=MEN – januari 2027\n"
            "\n"
            "In deze nieuwsbrief blikken we vooruit op een druk voorjaar voor de lobby.\n"
            "\n"
            "## In dit nummer\n"
            "\n"
            "- CSW71: de voorbereiding is begonnen\n"
            "- Nieuwe leden stellen zich voor\n"
            "- Agenda: ledenvergadering in februari"
        ),
        "kind": "newsletter",
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "tags": ["nieuwsbrief", "csw71", "begroting"],
        "organisations": [
            {"organisation": "wo-men", "role": "publisher"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "factsheet-de-eu-ontbossingsverordening-en-vrouwelijke-kleine-boeren",
        "title": "Factsheet: de EU-ontbossingsverordening en vrouwelijke kleine boeren",
        "summary": "Concept van een factsheet over de gevolgen van de Europese ontbossingsverordening voor vrouwelijke kleine boeren in de cacao- en koffieketen.",
        "body": (
            "## Inleiding\n"
            "\n"
            "De verordening vraagt om geolocatiegegevens van alle percelen. Vrouwelijke boeren zonder formeel landbezit dreigen daardoor buiten de keten te vallen.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Registratie van percelen op naam van vrouwen.\n"
            "- Ondersteuning bij het verzamelen van gegevens.\n"
            "- Monitoring van uitsluitingseffecten."
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["eudr", "cacao", "kleine-boeren"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
            {"organisation": "solidaridad", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gender-in-dutch-climate-finance-reporting",
        "title": "Gender in Dutch climate finance reporting",
        "summary": "Draft analysis of how the Netherlands reports on gender in its international climate finance.",
        "body": (
            "## Summary\n"
            "\n"
            "This draft analyses the Dutch climate finance reports of recent years. A final version will be published after consultation with the ministry.\n"
            "\n"
            "## Key findings\n"
            "\n"
            "- The gender marker is applied inconsistently.\n"
            "- Few projects report sex-disaggregated results."
        ),
        "kind": "report",
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "tags": ["climate-finance", "reporting", "draft"],
        "organisations": [
            {"organisation": "both-ends", "role": "author"},
            {"organisation": "wo-men", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "voorbereiding-csw71-inbreng-van-de-leden",
        "title": "Voorbereiding CSW71: inbreng van de leden",
        "summary": "Concept met de verzamelde inbreng van leden voor de 71e zitting van de VN-Vrouwenrechtencommissie in 2027.",
        "body": (
            "## Inleiding\n"
            "\n"
            "De werkgroep CSW verzamelt tot eind januari reacties. Daarna wordt de inbreng besproken met het ministerie.\n"
            "\n"
            "## Belangrijkste punten\n"
            "\n"
            "- Prioriteiten voor de onderhandelingen\n"
            "- Voorstellen voor side events\n"
            "- Kandidaten voor de maatschappelijke vertegenwoordiging"
        ),
        "kind": "publication",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["csw", "csw71", "concept"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "sdg-5-indicator-dashboard-methodology-note",
        "title": "SDG 5 indicator dashboard: methodology note",
        "summary": "Draft methodology for a dashboard that tracks Dutch progress on SDG 5 targets with publicly available data.",
        "body": (
            "## Who is this toolkit for?\n"
            "\n"
            "The dashboard will combine data from national statistics and international databases. This note describes the selection of indicators and data sources.\n"
            "\n"
            "## Contents\n"
            "\n"
            "- Indicators per SDG 5 target\n"
            "- Data sources and update frequency\n"
            "- Limitations of available data"
        ),
        "kind": "toolkit",
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["sdg5", "data", "dashboard"],
        "organisations": [
            {"organisation": "atria", "role": "author"},
            {"organisation": "wo-men", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "checklist-gender-mainstreaming-voor-subsidieaanvragen",
        "title": "Checklist gender mainstreaming voor subsidieaanvragen",
        "summary": "Concept van een korte checklist waarmee organisaties nagaan of hun subsidieaanvraag voldoende aandacht besteedt aan gender.",
        "body": (
            "## Voor wie is deze toolkit?\n"
            "\n"
            "Deze checklist is gebaseerd op de eisen van verschillende subsidiekaders en op ervaringen van leden.\n"
            "\n"
            "## Inhoud\n"
            "\n"
            "- Is er een genderanalyse gemaakt?\n"
            "- Zijn doelen en indicatoren gendergevoelig?\n"
            "- Is het budget voor genderactiviteiten realistisch?"
        ),
        "kind": "toolkit",
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "tags": ["gender-mainstreaming", "checklist", "subsidie"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "trainingsmodule-feministisch-buitenlandbeleid",
        "title": "Trainingsmodule feministisch buitenlandbeleid",
        "summary": "Concept van een trainingsmodule voor beleidsmedewerkers en Kamerleden over de principes en praktijk van feministisch buitenlandbeleid.",
        "body": (
            "De module vergelijkt de aanpak van verschillende landen en bevat oefeningen op basis van actuele dossiers.\n"
            "\n"
            "## Leerdoelen\n"
            "\n"
            "- Principes: rechten, representatie, middelen en realiteit\n"
            "- Vergelijking van landen met een feministisch buitenlandbeleid\n"
            "- Casus: handel en defensie\n"
            "\n"
            "## Praktische informatie\n"
            "\n"
            "Aanmelden kan via het secretariaat van WO=MEN. Leden nemen kosteloos deel."
        ),
        "kind": "training",
        "language": "nl",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "tags": ["feministisch-buitenlandbeleid", "training", "concept"],
        "organisations": [
            {"organisation": "wo-men", "role": "author"},
            {"organisation": "iss-erasmus-university", "role": "author"},
        ],
        "source_url": None,
        "cover_image_url": None,
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
]

# Position papers, oldest first (drafts last); translation_of points to an earlier paper in the other language.
POSITION_PAPERS: list[dict] = [
    {
        "slug": "brief-aan-de-tweede-kamer-millenniumdoel-3-en-de-begroting-2011",
        "title": "Brief aan de Tweede Kamer: Millenniumdoel 3 en de begroting 2011",
        "summary": "WO=MEN vraagt de Tweede Kamer om bij de begroting 2011 vast te houden aan de financiering voor Millenniumdoel 3 en vrouwenrechten.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Het nieuwe kabinet kondigt bezuinigingen op ontwikkelingssamenwerking aan. Wij vragen de Kamer om te voorkomen dat de resultaten van het MDG3-fonds verloren gaan.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Behoud een apart budget voor vrouwenrechten en gendergelijkheid.\n"
            "2. Zorg voor een opvolger van het MDG3-fonds.\n"
            "3. Houd gender als dwarsdoorsnijdend thema in alle speerpunten.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Oxfam Novib en Cordaid._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["house_of_representatives"],
        "ministry": None,
        "occasion": "Begrotingsbehandeling Buitenlandse Zaken 2011",
        "signatories": ["wo-men", "oxfam-novib", "cordaid"],
        "published_at": "2010-11-02T07:15:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "position-paper-csw55-access-to-education-science-and-technology",
        "title": "Position paper CSW55: access to education, science and technology",
        "summary": "Recommendations of Dutch civil society for the 55th session of the Commission on the Status of Women.",
        "body": (
            "## Background\n"
            "\n"
            "Education is a key to women's empowerment, but girls still face many barriers to completing school and entering technical fields.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Remove barriers to girls' secondary education, including early marriage and pregnancy.\n"
            "2. Make science and technology education gender-responsive.\n"
            "3. Link education to access to decent work.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform and Nederlandse Vrouwenraad._"
        ),
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "audience": ["un_csw", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "CSW55",
        "signatories": ["wo-men", "nederlandse-vrouwenraad"],
        "published_at": "2011-02-15T13:00:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "inbreng-voor-rio-20-gendergelijkheid-in-de-groene-economie",
        "title": "Inbreng voor Rio+20: gendergelijkheid in de groene economie",
        "summary": "Inbreng van WO=MEN en leden voor de Nederlandse inzet bij de VN-conferentie over duurzame ontwikkeling in Rio de Janeiro.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "De Nederlandse inzet voor Rio+20 richt zich op de groene economie. Wij vragen om daarbij nadrukkelijk aandacht te besteden aan de rechten van vrouwen op land, water en bossen.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Erken de landrechten van vrouwen in de slotverklaring.\n"
            "2. Betrek vrouwenorganisaties bij de uitwerking van de duurzame ontwikkelingsdoelen.\n"
            "3. Investeer in duurzame energie die vrouwen bereikt.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Both ENDS en Hivos._"
        ),
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "audience": ["ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "Rio+20",
        "signatories": ["wo-men", "both-ends", "hivos"],
        "published_at": "2012-04-17T14:15:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "inbreng-wo-men-voor-de-begrotingsbehandeling-bhos-2013",
        "title": "Inbreng WO=MEN voor de begrotingsbehandeling BHOS 2013",
        "summary": "De eerste begroting voor Buitenlandse Handel en Ontwikkelingssamenwerking: WO=MEN vraagt de Kamer gendergelijkheid te verankeren in de combinatie van hulp en handel.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Met de nieuwe combinatie van handel en ontwikkelingssamenwerking ontstaan kansen, maar ook risico's. Handelsbeleid kan de positie van vrouwen versterken of juist ondermijnen.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Voer voor handelsinstrumenten een gendertoets in.\n"
            "2. Behoud het budget voor het FLOW-fonds.\n"
            "3. Maak vrouwelijke ondernemers een expliciete doelgroep van het bedrijfsleveninstrumentarium.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Oxfam Novib, Plan International Nederland en Rutgers._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["house_of_representatives"],
        "ministry": None,
        "occasion": "Begrotingsbehandeling Buitenlandse Handel en Ontwikkelingssamenwerking 2013",
        "signatories": ["wo-men", "oxfam-novib", "plan-international-nederland", "rutgers"],
        "published_at": "2012-11-27T11:45:00+00:00",
        "status": "archived",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "position-paper-csw57-ending-violence-against-women-and-girls",
        "title": "Position paper CSW57: ending violence against women and girls",
        "summary": "Dutch civil society calls for strong agreed conclusions on the prevention and elimination of all forms of violence against women and girls.",
        "body": (
            "## Background\n"
            "\n"
            "After the failure of CSW56 to reach agreed conclusions, CSW57 must send a strong signal that violence against women and girls is never acceptable.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. No reference to custom, tradition or religion as a justification for violence.\n"
            "2. Access to comprehensive services for survivors, including sexual and reproductive health care.\n"
            "3. Specific attention to violence in conflict and against women human rights defenders.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Nederlandse Vrouwenraad, Rutgers and Plan International Nederland._"
        ),
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "vrouwen-vrede-en-veiligheid"],
        "audience": ["un_csw", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "CSW57",
        "signatories": ["wo-men", "nederlandse-vrouwenraad", "rutgers", "plan-international-nederland"],
        "published_at": "2013-02-19T14:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "brief-aan-de-tweede-kamer-financiering-van-vrouwenrechten-na-flow",
        "title": "Brief aan de Tweede Kamer: financiering van vrouwenrechten na FLOW",
        "summary": "WO=MEN vraagt de Tweede Kamer om te zorgen voor een opvolger van het FLOW-fonds na 2015.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Het FLOW-fonds heeft laten zien dat meerjarige financiering van vrouwenrechtenorganisaties resultaat oplevert. Het fonds loopt eind 2015 af, terwijl een opvolger nog niet is aangekondigd.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Kondig tijdig een opvolger van FLOW aan, zodat er geen financieringsgat ontstaat.\n"
            "2. Reserveer een deel voor directe financiering van organisaties in het Zuiden.\n"
            "3. Betrek het maatschappelijk middenveld bij het ontwerp.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Oxfam Novib, Plan International Nederland en Women Win._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["house_of_representatives", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "Algemeen Overleg Vrouwenrechten en gendergelijkheid",
        "signatories": ["wo-men", "oxfam-novib", "plan-international-nederland", "women-win"],
        "published_at": "2015-04-14T14:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "aanbevelingen-voor-het-derde-nationaal-actieplan-1325",
        "title": "Aanbevelingen voor het derde Nationaal Actieplan 1325",
        "summary": "De gezamenlijke aanbevelingen van maatschappelijke organisaties voor het derde Nederlandse actieplan voor resolutie 1325.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "De ervaringen met de eerste twee actieplannen laten zien dat de samenwerking tussen overheid en middenveld waardevol is. Voor het derde plan pleiten wij voor meer focus en een eigen budget.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Koppel het plan aan een financieringsinstrument.\n"
            "2. Kies een beperkt aantal focuslanden en werk daar samen met lokale vrouwenorganisaties.\n"
            "3. Ontwikkel een gezamenlijk monitoringkader.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Cordaid, PAX, CARE Nederland en Somalische Vrouwenvereniging Den Haag._"
        ),
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "audience": ["ministry", "house_of_representatives"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "Totstandkoming NAP 1325-III",
        "signatories": ["wo-men", "cordaid", "pax", "care-nederland", "somalische-vrouwenvereniging-den-haag"],
        "published_at": "2015-09-08T07:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "recommendations-for-the-third-dutch-national-action-plan-1325",
        "title": "Recommendations for the third Dutch National Action Plan 1325",
        "summary": "Joint recommendations from civil society organisations for the third Dutch action plan on Resolution 1325.",
        "body": (
            "## Background\n"
            "\n"
            "Experience with the first two action plans shows that cooperation between government and civil society is valuable. For the third plan, we call for more focus and a dedicated budget.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Link the plan to a funding instrument.\n"
            "2. Choose a limited number of focus countries and work with local women's organisations there.\n"
            "3. Develop a joint monitoring framework.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Cordaid, PAX, CARE Nederland and Somalische Vrouwenvereniging Den Haag._"
        ),
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "audience": ["ministry", "house_of_representatives"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "Development of NAP 1325-III",
        "signatories": ["wo-men", "cordaid", "pax", "care-nederland", "somalische-vrouwenvereniging-den-haag"],
        "published_at": "2015-09-22T10:00:00+00:00",
        "status": "published",
        "translation_of": "aanbevelingen-voor-het-derde-nationaal-actieplan-1325",
        "attachments": [],
    },
    {
        "slug": "inbreng-algemeen-overleg-nap-1325",
        "title": "Inbreng Algemeen Overleg NAP 1325",
        "summary": "Inbreng van de Werkgroep 1325 voor het Algemeen Overleg over vrouwen, vrede en veiligheid in de Tweede Kamer.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Halverwege NAP 1325-III vragen wij de Kamer om aandacht voor de participatie van vrouwen in de vredesprocessen in Syrië, Jemen en Zuid-Soedan.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Zet in op een minimumaandeel vrouwen in vredesdelegaties.\n"
            "2. Verhoog het budget voor het actieplan.\n"
            "3. Betrek vrouwen uit de diaspora bij het beleid voor hun landen van herkomst.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Cordaid, PAX en Stichting Yasmin Syrische Vrouwen Amsterdam._"
        ),
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "audience": ["house_of_representatives"],
        "ministry": None,
        "occasion": "Algemeen Overleg NAP 1325",
        "signatories": ["wo-men", "cordaid", "pax", "yasmin-syrische-vrouwen-amsterdam"],
        "published_at": "2017-06-20T16:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "position-paper-csw62-rural-women-and-girls",
        "title": "Position paper CSW62: rural women and girls",
        "summary": "Dutch civil society recommendations for CSW62 on the empowerment of rural women and girls.",
        "body": (
            "## Background\n"
            "\n"
            "Rural women produce much of the world's food but have limited access to land, finance and services. CSW62 is an opportunity to agree on concrete commitments.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Secure women's land and resource rights.\n"
            "2. Invest in rural infrastructure and public services.\n"
            "3. Recognise the impact of climate change on rural women.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Nederlandse Vrouwenraad, Both ENDS and Solidaridad._"
        ),
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "natuurlijke-hulpbronnen-en-klimaat"],
        "audience": ["un_csw", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "CSW62",
        "signatories": ["wo-men", "nederlandse-vrouwenraad", "both-ends", "solidaridad"],
        "published_at": "2018-02-20T11:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "shrinking-civic-space-oproep-aan-het-kabinet",
        "title": "Shrinking civic space: oproep aan het kabinet",
        "summary": "WO=MEN en leden roepen het kabinet op om vrouwenrechtenverdedigers en -organisaties beter te beschermen tegen de toenemende beperkingen van hun werkruimte.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "In steeds meer landen worden ngo-wetten aangescherpt en worden vrouwenrechtenverdedigers bedreigd. Nederland heeft een sterke reputatie op dit gebied, maar kan meer doen.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Maak de bescherming van vrouwenrechtenverdedigers een prioriteit voor ambassades.\n"
            "2. Spreek partnerlanden aan op restrictieve wetgeving.\n"
            "3. Zorg voor flexibele financiering voor veiligheid en noodhulp.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Justice & Peace Netherlands, Hivos en Stichting Mujeres Latinas Utrecht._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["ministry", "house_of_representatives"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": None,
        "signatories": ["wo-men", "justice-and-peace", "hivos", "mujeres-latinas-utrecht"],
        "published_at": "2018-05-15T11:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "submission-to-the-un-special-rapporteur-on-human-rights-defenders-women-defenders",
        "title": "Submission to the UN Special Rapporteur on human rights defenders: women defenders",
        "summary": "A joint submission highlighting the specific threats women human rights defenders face and the role of donor countries in protecting them.",
        "body": (
            "## Background\n"
            "\n"
            "Women human rights defenders are attacked not only for their work but also for challenging gender norms. This submission draws on the experiences of partners of Dutch organisations.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Recognise gender-specific threats, including sexual violence and smear campaigns.\n"
            "2. Encourage states to adopt collective protection measures.\n"
            "3. Call on donors to fund self-care and security for defenders.\n"
            "\n"
            "_Signed by Justice & Peace Netherlands, WO=MEN Dutch Gender Platform and Stichting Roshan Vrouwen Afghanistan-Nederland._"
        ),
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["other"],
        "ministry": None,
        "occasion": "Consultation by the UN Special Rapporteur on the situation of human rights defenders",
        "signatories": ["justice-and-peace", "wo-men", "roshan-vrouwen-afghanistan-nederland"],
        "published_at": "2019-01-29T15:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "position-paper-csw63-social-protection-public-services-and-infrastructure",
        "title": "Position paper CSW63: social protection, public services and infrastructure",
        "summary": "Recommendations for CSW63 on social protection systems, access to public services and sustainable infrastructure.",
        "body": (
            "## Background\n"
            "\n"
            "Public services and social protection systems can reduce women's unpaid care work and poverty, but only if they are designed with women's needs in mind.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Universal social protection floors that cover informal workers.\n"
            "2. Public services that are free at the point of use.\n"
            "3. Gender impact assessments for infrastructure investments.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Nederlandse Vrouwenraad and WOMEN Inc.._"
        ),
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "audience": ["un_csw", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "CSW63",
        "signatories": ["wo-men", "nederlandse-vrouwenraad", "women-inc"],
        "published_at": "2019-02-26T10:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "inbreng-voor-het-beleidskader-versterking-maatschappelijk-middenveld-2021-2025",
        "title": "Inbreng voor het beleidskader Versterking Maatschappelijk Middenveld 2021-2025",
        "summary": "WO=MEN reageert op de consultatie over het nieuwe beleidskader en pleit voor een sterke plek voor vrouwenrechtenorganisaties.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Het nieuwe beleidskader bepaalt de samenwerking met het maatschappelijk middenveld tot en met 2025. Wij vragen om een apart instrument voor vrouwenrechten en gendergelijkheid.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Een specifiek subsidiekader voor vrouwenrechten.\n"
            "2. Voortzetting van Leading from the South.\n"
            "3. Gendertoetsing van alle partnerschappen binnen het kader.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Partos, Oxfam Novib en Women Win._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "Consultatie beleidskader Versterking Maatschappelijk Middenveld",
        "signatories": ["wo-men", "partos", "oxfam-novib", "women-win"],
        "published_at": "2019-06-25T16:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "beijing-25-oproep-aan-de-nederlandse-regering",
        "title": "Beijing+25: oproep aan de Nederlandse regering",
        "summary": "Vijfentwintig jaar na Beijing roepen Nederlandse organisaties het kabinet op om de uitvoering van het actieprogramma te versnellen, in Nederland en wereldwijd.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "De schaduwrapportage van het maatschappelijk middenveld laat zien dat er vooruitgang is geboekt, maar dat er op belangrijke terreinen nog veel moet gebeuren.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Stel een nationaal actieplan op voor de aanpak van geweld tegen vrouwen.\n"
            "2. Investeer in economische zelfstandigheid van vrouwen.\n"
            "3. Blijf internationaal een voortrekker op seksuele en reproductieve rechten.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Nederlandse Vrouwenraad, Atria, kennisinstituut voor emancipatie en vrouwengeschiedenis, WOMEN Inc. en Bureau Clara Wichmann._"
        ),
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "audience": ["ministry", "house_of_representatives"],
        "ministry": "Ministerie van Onderwijs, Cultuur en Wetenschap",
        "occasion": "Beijing+25",
        "signatories": ["wo-men", "nederlandse-vrouwenraad", "atria", "women-inc", "bureau-clara-wichmann"],
        "published_at": "2020-02-04T07:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "beijing-25-a-call-on-the-dutch-government",
        "title": "Beijing+25: a call on the Dutch government",
        "summary": "Twenty-five years after Beijing, Dutch organisations call on the government to accelerate implementation of the Platform for Action at home and abroad.",
        "body": (
            "## Background\n"
            "\n"
            "The civil society shadow report shows that progress has been made, but that much remains to be done in key areas.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Adopt a national action plan on violence against women.\n"
            "2. Invest in women's economic independence.\n"
            "3. Remain an international frontrunner on sexual and reproductive rights.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Nederlandse Vrouwenraad, Atria, kennisinstituut voor emancipatie en vrouwengeschiedenis, WOMEN Inc. and Bureau Clara Wichmann._"
        ),
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "audience": ["ministry", "house_of_representatives"],
        "ministry": "Ministerie van Onderwijs, Cultuur en Wetenschap",
        "occasion": "Beijing+25",
        "signatories": ["wo-men", "nederlandse-vrouwenraad", "atria", "women-inc", "bureau-clara-wichmann"],
        "published_at": "2020-02-11T10:30:00+00:00",
        "status": "published",
        "translation_of": "beijing-25-oproep-aan-de-nederlandse-regering",
        "attachments": [],
    },
    {
        "slug": "aanbevelingen-voor-het-vierde-nationaal-actieplan-1325",
        "title": "Aanbevelingen voor het vierde Nationaal Actieplan 1325",
        "summary": "De gezamenlijke aanbevelingen van de Werkgroep 1325 voor NAP 1325-IV (2021-2025).",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Op basis van de evaluatie van NAP 1325-III doen wij aanbevelingen voor het vierde actieplan. Centraal staat meer zeggenschap voor vrouwenorganisaties in conflictgebieden.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Neem Nederland zelf op als aandachtsgebied van het plan.\n"
            "2. Werk met een gezamenlijk resultatenkader.\n"
            "3. Geef lokale partners een stem in de besluitvorming over het plan.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Cordaid, PAX, CARE Nederland, Stichting Roshan Vrouwen Afghanistan-Nederland en Kvinna till Kvinna Foundation._"
        ),
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "audience": ["ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "Totstandkoming NAP 1325-IV",
        "signatories": [
            "wo-men",
            "cordaid",
            "pax",
            "care-nederland",
            "roshan-vrouwen-afghanistan-nederland",
            "kvinna-till-kvinna",
        ],
        "published_at": "2020-09-15T11:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "aanbevelingen-nap-1325-iv.pdf",
                "media_type": "application/pdf",
                "size": 512448,
                "url": "https://www.wo-men.nl/wp-content/uploads/2020/09/aanbevelingen-nap-1325-iv.pdf",
                "extracted_text": "De Werkgroep 1325 doet in dit document aanbevelingen voor het vierde Nationaal Actieplan 1325. Op basis van de evaluatie van het derde plan pleiten de organisaties voor een gezamenlijk resultatenkader en voor meer zeggenschap van vrouwenorganisaties in conflictgebieden. Ook vragen zij om Nederland zelf op te nemen als aandachtsgebied van het plan.",
            },
        ],
    },
    {
        "slug": "recommendations-for-the-fourth-dutch-national-action-plan-1325",
        "title": "Recommendations for the fourth Dutch National Action Plan 1325",
        "summary": "Joint recommendations from the 1325 working group for NAP 1325-IV (2021-2025).",
        "body": (
            "## Background\n"
            "\n"
            "Building on the evaluation of NAP 1325-III, we make recommendations for the fourth action plan. Our focus is on giving women's organisations in conflict areas more say.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Include the Netherlands itself as an area of focus.\n"
            "2. Use a shared results framework.\n"
            "3. Give local partners a voice in decision-making on the plan.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Cordaid, PAX, CARE Nederland, Stichting Roshan Vrouwen Afghanistan-Nederland and Kvinna till Kvinna Foundation._"
        ),
        "language": "en",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "audience": ["ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "Development of NAP 1325-IV",
        "signatories": [
            "wo-men",
            "cordaid",
            "pax",
            "care-nederland",
            "roshan-vrouwen-afghanistan-nederland",
            "kvinna-till-kvinna",
        ],
        "published_at": "2020-09-29T10:45:00+00:00",
        "status": "published",
        "translation_of": "aanbevelingen-voor-het-vierde-nationaal-actieplan-1325",
        "attachments": [],
    },
    {
        "slug": "eu-gender-action-plan-iii-recommendations-to-the-european-institutions",
        "title": "EU Gender Action Plan III: recommendations to the European institutions",
        "summary": "Recommendations from European civil society for an ambitious third EU Gender Action Plan for external action.",
        "body": (
            "## Background\n"
            "\n"
            "GAP III must build on the lessons of GAP II and be backed by sufficient resources and political leadership at EU delegations.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Set a target for programmes with gender equality as principal objective.\n"
            "2. Require country-level implementation plans developed with local women's organisations.\n"
            "3. Report publicly on progress every year.\n"
            "\n"
            "_Signed by WIDE+ (Women In Development Europe+), WO=MEN Dutch Gender Platform and CONCORD Europe._"
        ),
        "language": "en",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "audience": ["european_commission", "european_parliament"],
        "ministry": None,
        "occasion": "EU Gender Action Plan III",
        "signatories": ["wide-plus", "wo-men", "concord"],
        "published_at": "2020-10-06T15:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "position-paper-csw65-women-s-full-participation-in-public-life",
        "title": "Position paper CSW65: women's full participation in public life",
        "summary": "Recommendations for CSW65 on women's full and effective participation in public life and the elimination of violence.",
        "body": (
            "## Background\n"
            "\n"
            "Women remain under-represented in parliaments, governments and public administration. Violence against women in politics, online and offline, is a growing barrier.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Adopt temporary special measures such as quotas.\n"
            "2. Address online violence against women politicians and activists.\n"
            "3. Ensure young women's participation in decision-making.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Nederlandse Vrouwenraad and Jonge Feministen voor Ontwikkeling._"
        ),
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming", "steun-gendergelijkheid"],
        "audience": ["un_csw", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "CSW65",
        "signatories": ["wo-men", "nederlandse-vrouwenraad", "jonge-feministen-voor-ontwikkeling"],
        "published_at": "2021-02-23T11:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gender-en-klimaat-inbreng-voor-cop26",
        "title": "Gender en klimaat: inbreng voor COP26",
        "summary": "WO=MEN en leden vragen het kabinet om zich in Glasgow in te zetten voor genderrechtvaardige klimaatfinanciering en uitvoering van het Gender Action Plan.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "De klimaatcrisis raakt vrouwen in het Mondiale Zuiden onevenredig hard. Tegelijk spelen vrouwen een sleutelrol in oplossingen.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Verhoog de Nederlandse bijdrage aan klimaatadaptatie.\n"
            "2. Zorg dat een vast deel van de klimaatfinanciering lokale vrouwenorganisaties bereikt.\n"
            "3. Rapporteer over gender in alle klimaatfinanciering.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Both ENDS, Hivos en Groene Zusters Collectief._"
        ),
        "language": "nl",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "audience": ["ministry", "house_of_representatives"],
        "ministry": "Ministerie van Economische Zaken en Klimaat",
        "occasion": "COP26",
        "signatories": ["wo-men", "both-ends", "hivos", "groene-zusters-collectief"],
        "published_at": "2021-10-12T11:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "position-paper-csw66-climate-justice-is-gender-justice",
        "title": "Position paper CSW66: climate justice is gender justice",
        "summary": "Recommendations for CSW66 on gender equality in the context of climate change and disaster risk reduction.",
        "body": (
            "## Background\n"
            "\n"
            "CSW66 is the first session with climate change as its priority theme. It must connect the Commission's work with the UN climate negotiations.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Recognise and protect women environmental human rights defenders.\n"
            "2. Ensure gender-responsive climate finance that reaches grassroots organisations.\n"
            "3. Integrate gender in national climate plans.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Groene Zusters Collectief, Both ENDS and Nederlandse Vrouwenraad._"
        ),
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat", "sdg5-gender-mainstreaming"],
        "audience": ["un_csw"],
        "ministry": None,
        "occasion": "CSW66",
        "signatories": ["wo-men", "groene-zusters-collectief", "both-ends", "nederlandse-vrouwenraad"],
        "published_at": "2022-03-01T11:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "csddd-integrate-gender-responsive-due-diligence",
        "title": "CSDDD: integrate gender-responsive due diligence",
        "summary": "Joint recommendations to the European Parliament and the European Commission for a corporate sustainability due diligence directive that addresses gender-specific risks.",
        "body": (
            "## Background\n"
            "\n"
            "Women workers in global value chains face specific risks, from sexual harassment to pregnancy-related dismissal. The directive must require companies to address them.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Refer explicitly to CEDAW and ILO Convention 190.\n"
            "2. Require gender-disaggregated risk assessments.\n"
            "3. Ensure that grievance mechanisms are accessible and safe for women.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Oxfam Novib, Solidaridad and Meghna Women Workers' Forum._"
        ),
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "audience": ["european_parliament", "european_commission"],
        "ministry": None,
        "occasion": "Corporate Sustainability Due Diligence Directive",
        "signatories": ["wo-men", "oxfam-novib", "solidaridad", "meghna-women-workers-forum"],
        "published_at": "2022-09-20T09:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "feministisch-buitenlandbeleid-verwachtingen-van-het-maatschappelijk-middenveld",
        "title": "Feministisch buitenlandbeleid: verwachtingen van het maatschappelijk middenveld",
        "summary": "Nu het kabinet werkt aan een feministisch buitenlandbeleid, zetten WO=MEN en leden hun verwachtingen op een rij.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Een feministisch buitenlandbeleid is meer dan een label. Het vraagt om samenhang tussen alle onderdelen van het buitenlands beleid en om een eigen budget.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Stel meetbare doelen en een budget vast.\n"
            "2. Pas het beleid toe op handel, defensie, migratie en klimaat.\n"
            "3. Organiseer structureel overleg met vrouwenrechtenorganisaties.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Oxfam Novib, Rutgers, PAX, Bureau Clara Wichmann en Jonge Feministen voor Ontwikkeling._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["ministry", "house_of_representatives"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "Uitwerking feministisch buitenlandbeleid",
        "signatories": [
            "wo-men",
            "oxfam-novib",
            "rutgers",
            "pax",
            "bureau-clara-wichmann",
            "jonge-feministen-voor-ontwikkeling",
        ],
        "published_at": "2022-10-18T09:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "fbb-verwachtingen-middenveld.pdf",
                "media_type": "application/pdf",
                "size": 441020,
                "url": "https://www.wo-men.nl/wp-content/uploads/2022/10/fbb-verwachtingen-middenveld.pdf",
                "extracted_text": "In deze notitie beschrijven WO=MEN en leden hun verwachtingen van het Nederlandse feministisch buitenlandbeleid. Zij vragen om meetbare doelen, een eigen budget en toepassing van het beleid op handel, defensie, migratie en klimaat. Ook pleiten zij voor structureel overleg met vrouwenrechtenorganisaties in binnen- en buitenland.",
            },
        ],
    },
    {
        "slug": "feminist-foreign-policy-civil-society-expectations",
        "title": "Feminist foreign policy: civil society expectations",
        "summary": "As the government develops a feminist foreign policy, WO=MEN and its members set out their expectations.",
        "body": (
            "## Background\n"
            "\n"
            "A feminist foreign policy is more than a label. It requires coherence across all areas of foreign policy and a dedicated budget.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Set measurable goals and a budget.\n"
            "2. Apply the policy to trade, defence, migration and climate.\n"
            "3. Organise structural dialogue with women's rights organisations.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Oxfam Novib, Rutgers, PAX, Bureau Clara Wichmann and Jonge Feministen voor Ontwikkeling._"
        ),
        "language": "en",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["ministry", "house_of_representatives"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "Development of the Dutch feminist foreign policy",
        "signatories": [
            "wo-men",
            "oxfam-novib",
            "rutgers",
            "pax",
            "bureau-clara-wichmann",
            "jonge-feministen-voor-ontwikkeling",
        ],
        "published_at": "2022-10-25T12:30:00+00:00",
        "status": "published",
        "translation_of": "feministisch-buitenlandbeleid-verwachtingen-van-het-maatschappelijk-middenveld",
        "attachments": [],
    },
    {
        "slug": "inbreng-commissiedebat-vrouwenrechten-en-gendergelijkheid",
        "title": "Inbreng Commissiedebat Vrouwenrechten en gendergelijkheid",
        "summary": "Inbreng van WO=MEN voor het commissiedebat over vrouwenrechten en gendergelijkheid in het buitenlands beleid.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Wij vragen de Kamer om de aangekondigde feministische koers te vertalen naar concrete afspraken in de begroting.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Verhoog het budget voor vrouwenrechten en SRGR.\n"
            "2. Zorg voor continuïteit van Power of Women en Leading from the South na 2025.\n"
            "3. Laat de minister jaarlijks rapporteren over het feministisch buitenlandbeleid.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Rutgers en Plan International Nederland._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "audience": ["house_of_representatives"],
        "ministry": None,
        "occasion": "Commissiedebat Vrouwenrechten en gendergelijkheid",
        "signatories": ["wo-men", "rutgers", "plan-international-nederland"],
        "published_at": "2022-11-29T13:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "position-paper-csw67-gender-transformative-technology-and-innovation",
        "title": "Position paper CSW67: gender-transformative technology and innovation",
        "summary": "Recommendations for CSW67 on innovation, technological change and education in the digital age.",
        "body": (
            "## Background\n"
            "\n"
            "Technology is not neutral. Without deliberate action, the digital transformation will reproduce existing inequalities and create new forms of violence.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Close the digital gender gap in access and skills.\n"
            "2. Regulate platforms to prevent technology-facilitated gender-based violence.\n"
            "3. Involve women in the design of technology and AI.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Nederlandse Vrouwenraad and Plan International Nederland._"
        ),
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "audience": ["un_csw", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "CSW67",
        "signatories": ["wo-men", "nederlandse-vrouwenraad", "plan-international-nederland"],
        "published_at": "2023-02-21T07:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "inbreng-commissiedebat-nap-1325",
        "title": "Inbreng Commissiedebat NAP 1325",
        "summary": "Inbreng van de Werkgroep 1325 voor het commissiedebat over de tussentijdse stand van zaken van NAP 1325-IV.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Halverwege NAP 1325-IV zien wij vooruitgang in de samenwerking, maar ook nieuwe uitdagingen door de oorlog in Oekraïne en de situatie in Afghanistan.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Blijf Afghaanse vrouwenrechtenverdedigers steunen, ook in ballingschap.\n"
            "2. Betrek Oekraïense vrouwenorganisaties bij de wederopbouw.\n"
            "3. Maak vrouwen, vrede en veiligheid een vast onderdeel van het feministisch buitenlandbeleid.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Cordaid, PAX, Oekraïense Vrouwenhulp Utrecht en Stichting Roshan Vrouwen Afghanistan-Nederland._"
        ),
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "audience": ["house_of_representatives"],
        "ministry": None,
        "occasion": "Commissiedebat NAP 1325",
        "signatories": [
            "wo-men",
            "cordaid",
            "pax",
            "oekraiense-vrouwenhulp-utrecht",
            "roshan-vrouwen-afghanistan-nederland",
        ],
        "published_at": "2023-04-11T11:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "inbreng-begrotingsbehandeling-bhos-2024",
        "title": "Inbreng begrotingsbehandeling BHOS 2024",
        "summary": "WO=MEN vraagt de Tweede Kamer om de financiering van vrouwenrechten en gendergelijkheid veilig te stellen in de begroting 2024.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "De begroting 2024 wordt behandeld door een demissionair kabinet. Wij vragen de Kamer om geen onomkeerbare besluiten te nemen die vrouwenrechtenorganisaties treffen.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Behoud het budget voor vrouwenrechten en SRGR.\n"
            "2. Zorg voor voldoende middelen voor NAP 1325.\n"
            "3. Houd de gendermarkering van nieuwe programma's op peil.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Oxfam Novib, Rutgers en CARE Nederland._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["house_of_representatives"],
        "ministry": None,
        "occasion": "Begrotingsbehandeling Buitenlandse Handel en Ontwikkelingssamenwerking 2024",
        "signatories": ["wo-men", "oxfam-novib", "rutgers", "care-nederland"],
        "published_at": "2023-10-31T16:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "brief-aan-de-eerste-kamer-over-de-begroting-bhos-2024",
        "title": "Brief aan de Eerste Kamer over de begroting BHOS 2024",
        "summary": "WO=MEN vraagt de Eerste Kamer aandacht voor de gevolgen van de begroting voor vrouwenrechten wereldwijd.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Hoewel de Eerste Kamer de begroting niet kan amenderen, kan zij de regering wel vragen om toezeggingen. Wij vragen de senatoren om aandacht voor de continuïteit van vrouwenrechtenprogramma's.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Vraag om een toezegging over financiering van vrouwenrechten na 2025.\n"
            "2. Vraag naar de uitvoering van het feministisch buitenlandbeleid.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform en Oxfam Novib._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["senate"],
        "ministry": None,
        "occasion": "Behandeling begroting Buitenlandse Handel en Ontwikkelingssamenwerking 2024 in de Eerste Kamer",
        "signatories": ["wo-men", "oxfam-novib"],
        "published_at": "2024-02-06T14:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "position-paper-csw68-financing-for-gender-equality",
        "title": "Position paper CSW68: financing for gender equality",
        "summary": "Recommendations for CSW68 on addressing poverty and strengthening institutions and financing with a gender perspective.",
        "body": (
            "## Background\n"
            "\n"
            "Gender equality cannot be achieved without adequate financing. Tax systems, debt and austerity measures all have gendered impacts.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Promote gender-responsive budgeting and progressive taxation.\n"
            "2. Address the impact of debt on public services.\n"
            "3. Increase direct funding for women's rights organisations.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Oxfam Novib, Nederlandse Vrouwenraad and Mama Cash._"
        ),
        "language": "en",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "audience": ["un_csw", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "CSW68",
        "signatories": ["wo-men", "oxfam-novib", "nederlandse-vrouwenraad", "mama-cash"],
        "published_at": "2024-02-20T14:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "cop29-a-gender-responsive-new-climate-finance-goal",
        "title": "COP29: a gender-responsive new climate finance goal",
        "summary": "Dutch organisations call for a new collective quantified goal on climate finance that is gender-responsive and reaches local communities.",
        "body": (
            "## Background\n"
            "\n"
            "At COP29 in Baku, parties must agree on a new goal for climate finance. The quality of finance matters as much as the quantity.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Prioritise grants over loans, especially for adaptation and loss and damage.\n"
            "2. Include gender-responsiveness as a criterion for climate finance.\n"
            "3. Extend the Lima work programme on gender with an ambitious mandate.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Both ENDS, Groene Zusters Collectief and Milieudefensie._"
        ),
        "language": "en",
        "themes": ["natuurlijke-hulpbronnen-en-klimaat"],
        "audience": ["ministry", "other"],
        "ministry": "Ministerie van Klimaat en Groene Groei",
        "occasion": "COP29",
        "signatories": ["wo-men", "both-ends", "groene-zusters-collectief", "milieudefensie"],
        "published_at": "2024-11-05T08:30:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "inbreng-begrotingsbehandeling-bhos-2025-bezuinigingen-en-gendergelijkheid",
        "title": "Inbreng begrotingsbehandeling BHOS 2025: bezuinigingen en gendergelijkheid",
        "summary": "WO=MEN vraagt de Tweede Kamer om de gevolgen van de bezuinigingen op ontwikkelingssamenwerking voor vrouwen en meisjes te beperken.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "De aangekondigde bezuinigingen treffen programma's voor vrouwenrechten en SRGR hard. Wij vragen de Kamer om te kiezen voor de meest kwetsbare groepen.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Ontzie kernfinanciering voor vrouwenrechtenorganisaties.\n"
            "2. Behoud de Nederlandse rol als voortrekker op SRGR.\n"
            "3. Vraag om een genderanalyse van alle bezuinigingen.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Oxfam Novib, Rutgers, Plan International Nederland, Simavi en CARE Nederland._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["house_of_representatives"],
        "ministry": None,
        "occasion": "Begrotingsbehandeling Buitenlandse Handel en Ontwikkelingssamenwerking 2025",
        "signatories": ["wo-men", "oxfam-novib", "rutgers", "plan-international-nederland", "simavi", "care-nederland"],
        "published_at": "2024-11-12T10:15:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "inbreng-bhos-2025.pdf",
                "media_type": "application/pdf",
                "size": 356710,
                "url": "https://www.wo-men.nl/wp-content/uploads/2024/11/inbreng-bhos-2025.pdf",
                "extracted_text": "In deze inbreng voor de begrotingsbehandeling 2025 vraagt WO=MEN de Tweede Kamer om de gevolgen van de bezuinigingen op ontwikkelingssamenwerking voor vrouwen en meisjes te beperken. Het platform wijst op het risico dat kleine vrouwenorganisaties in het Zuiden hun financiering verliezen. De Kamer wordt gevraagd om een genderanalyse van alle voorgestelde bezuinigingen.",
            },
        ],
    },
    {
        "slug": "reactie-op-de-beleidsbrief-ontwikkelingshulp-bezuinigingen-en-gender",
        "title": "Reactie op de beleidsbrief ontwikkelingshulp: bezuinigingen en gender",
        "summary": "WO=MEN reageert op de nieuwe beleidsbrief voor ontwikkelingshulp en de plaats van gendergelijkheid daarin.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "De beleidsbrief legt de nadruk op handel, migratie en voedselzekerheid. Gendergelijkheid wordt minder prominent genoemd dan in voorgaande jaren.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Handhaaf gendergelijkheid als dwarsdoorsnijdend thema.\n"
            "2. Maak duidelijk wat er na 2025 overblijft van de subsidiekaders voor vrouwenrechten.\n"
            "3. Blijf het OESO-DAC-gendermarkering consequent toepassen.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Partos en Oxfam Novib._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["house_of_representatives", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "Commissiedebat Ontwikkelingshulp",
        "signatories": ["wo-men", "partos", "oxfam-novib"],
        "published_at": "2024-11-26T10:00:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "position-paper-csw69-and-beijing-30",
        "title": "Position paper CSW69 and Beijing+30",
        "summary": "Dutch civil society recommendations for CSW69, which reviews thirty years of the Beijing Declaration and Platform for Action.",
        "body": (
            "## Background\n"
            "\n"
            "Thirty years after Beijing, hard-won rights are under pressure. CSW69 must reaffirm the Platform for Action and set a clear course for the next five years.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Reaffirm the Platform for Action without backsliding.\n"
            "2. Commit to financing for women's rights organisations.\n"
            "3. Involve young feminists in the review and follow-up.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Nederlandse Vrouwenraad, Atria, kennisinstituut voor emancipatie en vrouwengeschiedenis, Jonge Feministen voor Ontwikkeling and Emancipator._"
        ),
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "audience": ["un_csw", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "CSW69",
        "signatories": [
            "wo-men",
            "nederlandse-vrouwenraad",
            "atria",
            "jonge-feministen-voor-ontwikkeling",
            "emancipator",
        ],
        "published_at": "2025-02-18T09:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [
            {
                "file_name": "position-paper-csw69-beijing30.pdf",
                "media_type": "application/pdf",
                "size": 298604,
                "url": "https://www.wo-men.nl/wp-content/uploads/2025/02/position-paper-csw69-beijing30.pdf",
                "extracted_text": "This position paper sets out the recommendations of Dutch civil society for the sixty-ninth session of the Commission on the Status of Women. Thirty years after the Beijing Declaration and Platform for Action, the signatories warn against backsliding on women's rights. They call on the Netherlands to defend agreed language and to commit to financing for women's rights organisations.",
            },
        ],
    },
    {
        "slug": "positiepapier-csw69-en-beijing-30",
        "title": "Positiepapier CSW69 en Beijing+30",
        "summary": "Aanbevelingen van het Nederlandse maatschappelijk middenveld voor CSW69, waar dertig jaar Beijing-verklaring en actieprogramma wordt geëvalueerd.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Dertig jaar na Beijing staan bevochten rechten onder druk. CSW69 moet het actieprogramma opnieuw bevestigen en een duidelijke koers uitzetten voor de komende vijf jaar.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Bevestig het actieprogramma zonder achteruitgang.\n"
            "2. Zeg financiering toe voor vrouwenrechtenorganisaties.\n"
            "3. Betrek jonge feministen bij de evaluatie en de opvolging.\n"
            "\n"
            "_Ondertekend door WO=MEN Dutch Gender Platform, Nederlandse Vrouwenraad, Atria, kennisinstituut voor emancipatie en vrouwengeschiedenis, Jonge Feministen voor Ontwikkeling en Emancipator._"
        ),
        "language": "nl",
        "themes": ["sdg5-gender-mainstreaming"],
        "audience": ["un_csw", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "CSW69",
        "signatories": [
            "wo-men",
            "nederlandse-vrouwenraad",
            "atria",
            "jonge-feministen-voor-ontwikkeling",
            "emancipator",
        ],
        "published_at": "2025-02-25T10:00:00+00:00",
        "status": "published",
        "translation_of": "position-paper-csw69-and-beijing-30",
        "attachments": [],
    },
    {
        "slug": "position-paper-csw70-access-to-justice-for-all-women-and-girls",
        "title": "Position paper CSW70: access to justice for all women and girls",
        "summary": "Recommendations for CSW70 on ensuring access to justice for all women and girls.",
        "body": (
            "## Background\n"
            "\n"
            "Access to justice is a precondition for the enjoyment of all other rights. Women face legal, financial and social barriers at every step of the justice chain.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Repeal discriminatory laws, including in family and nationality law.\n"
            "2. Invest in free legal aid for women.\n"
            "3. Support women's organisations that provide legal services.\n"
            "\n"
            "_Signed by WO=MEN Dutch Gender Platform, Bureau Clara Wichmann and Nederlandse Vrouwenraad._"
        ),
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "audience": ["un_csw", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "CSW70",
        "signatories": ["wo-men", "bureau-clara-wichmann", "nederlandse-vrouwenraad"],
        "published_at": "2026-02-17T16:45:00+00:00",
        "status": "published",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "reactie-op-het-voorstel-voor-het-europese-meerjarig-financieel-kader-2028-2034",
        "title": "Reactie op het voorstel voor het Europese meerjarig financieel kader 2028-2034",
        "summary": "Concept van een reactie van WO=MEN op het voorstel van de Europese Commissie voor de volgende meerjarenbegroting.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Het voorstel voegt instrumenten voor extern beleid samen. Wij onderzoeken wat dat betekent voor gendergelijkheid.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Behoud een streefcijfer voor gendergelijkheid in extern beleid.\n"
            "2. Zorg voor directe toegang voor maatschappelijke organisaties.\n"
            "\n"
            "_Concept: nog niet ondertekend._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["european_parliament", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "Meerjarig financieel kader 2028-2034",
        "signatories": ["wo-men"],
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "gender-and-the-global-europe-instrument-after-2027",
        "title": "Gender and the Global Europe instrument after 2027",
        "summary": "Draft position on gender equality in the EU's external financing after the current multiannual framework ends.",
        "body": (
            "## Background\n"
            "\n"
            "This draft will be discussed with WIDE+ and other European networks before publication.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Keep a binding gender target for external action.\n"
            "2. Protect funding for civil society in the new architecture.\n"
            "\n"
            "_Draft: not yet signed._"
        ),
        "language": "en",
        "themes": ["steun-gendergelijkheid", "sdg5-gender-mainstreaming"],
        "audience": ["european_commission", "european_parliament"],
        "ministry": None,
        "occasion": None,
        "signatories": ["wo-men", "wide-plus"],
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "aanbevelingen-voor-een-opvolger-van-nap-1325-iv",
        "title": "Aanbevelingen voor een opvolger van NAP 1325-IV",
        "summary": "Concept van de gezamenlijke aanbevelingen van de Werkgroep 1325 voor het Nationaal Actieplan dat NAP 1325-IV opvolgt.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "Dit concept wordt besproken in de werkgroep en met partners uit de focuslanden.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Directe financiering voor vrouwenorganisaties in conflictgebieden.\n"
            "2. Een sterker hoofdstuk over Nederland.\n"
            "3. Koppeling met klimaat- en migratiebeleid.\n"
            "\n"
            "_Concept: nog niet ondertekend._"
        ),
        "language": "nl",
        "themes": ["vrouwen-vrede-en-veiligheid"],
        "audience": ["ministry", "house_of_representatives"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": None,
        "signatories": ["wo-men", "cordaid", "pax"],
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "inbreng-begrotingsbehandeling-bhos-2027",
        "title": "Inbreng begrotingsbehandeling BHOS 2027",
        "summary": "Concept van de inbreng van WO=MEN voor de begrotingsbehandeling Buitenlandse Handel en Ontwikkelingssamenwerking 2027.",
        "body": (
            "## Achtergrond\n"
            "\n"
            "De inbreng wordt afgerond zodra de begroting is gepubliceerd.\n"
            "\n"
            "## Onze aanbevelingen\n"
            "\n"
            "1. Herstel van het budget voor vrouwenrechten.\n"
            "2. Uitvoering van het nieuwe actieplan 1325.\n"
            "\n"
            "_Concept: nog niet ondertekend._"
        ),
        "language": "nl",
        "themes": ["steun-gendergelijkheid"],
        "audience": ["house_of_representatives"],
        "ministry": None,
        "occasion": "Begrotingsbehandeling Buitenlandse Handel en Ontwikkelingssamenwerking 2027",
        "signatories": ["wo-men", "oxfam-novib"],
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
    {
        "slug": "position-paper-csw71",
        "title": "Position paper CSW71",
        "summary": "Draft recommendations for the 71st session of the Commission on the Status of Women in 2027.",
        "body": (
            "## Background\n"
            "\n"
            "This draft is open for comments from members of the CSW working group.\n"
            "\n"
            "## Our recommendations\n"
            "\n"
            "1. Priorities for the negotiations to be confirmed.\n"
            "2. Proposals for side events.\n"
            "\n"
            "_Draft: not yet signed._"
        ),
        "language": "en",
        "themes": ["sdg5-gender-mainstreaming"],
        "audience": ["un_csw", "ministry"],
        "ministry": "Ministerie van Buitenlandse Zaken",
        "occasion": "CSW71",
        "signatories": ["wo-men", "nederlandse-vrouwenraad"],
        "published_at": None,
        "status": "draft",
        "translation_of": None,
        "attachments": [],
    },
]
