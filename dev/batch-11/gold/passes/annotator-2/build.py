#!/usr/bin/env python3
"""Hand-chosen mentions for the holdout5 articles -> annotation.jsonl.

Every mention below was chosen by reading the text.  This script only
computes offsets: mentions are listed in reading order and each one is
searched for from a cursor (the end of the previous entity mention; a QUOTE
moves the cursor only to its own start, so that the entities inside it can
follow it in the list).  An optional 'ctx' string moves the cursor past that
context first.  Entity and date matches must lie on word boundaries.

Tuple forms:
  (text, "PERSON", person_key)
  (text, "ORG"|"GPE"|"LOC"|"NORP")
  (text, "DATE", value)
  (text, "QUOTE", speaker_key_or_None)
  an optional trailing dict {"ctx": "left context"} on any of them.

said_by: each QUOTE with a speaker key goes to the PERSON mention with that
key nearest to the quote by character distance (gap between the spans, before
or after), as in GUIDELINES section 7.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus

DOCS = []

# ---------------------------------------------------------------------------
DOCS.append(("holdout5-crossgates-planning", "crossgates", [
    ("Fife", "GPE"),
    ("Catriona Baird", "PERSON", "baird"),
    ("Fife", "GPE"),
    ("Fife Council", "ORG"),
    ("last Tuesday", "DATE", "2018-06-05"),
    ("Crossgates", "GPE"),
    ("Forthview Homes", "ORG"),
    ("March 2017", "DATE", "2017-03"),
    ("Dunfermline", "GPE"),
    ("Morag Dunlop-Reid", "PERSON", "dunlop"),
    ("Dunlop-Reid", "PERSON", "dunlop"),
    ("two years ago", "DATE", "2016"),
    ("I understand the strength of feeling in Crossgates, and nobody on that committee took this decision lightly,", "QUOTE", "dunlop"),
    ("Crossgates", "GPE"),
    ("But the site is allocated in the plan, the Scottish Environment Protection Agency has withdrawn its flooding objection, and if we had refused it the developer would almost certainly have won on appeal to the Scottish Government. We would then have lost any say over the conditions attached to it.", "QUOTE", "dunlop"),
    ("Scottish Environment Protection Agency", "ORG"),
    ("Scottish Government", "ORG"),
    ("Sepa", "ORG"),
    ("April", "DATE", "2018-04"),
    ("Forthview", "ORG"),
    ("Bellknowe Burn", "LOC"),
    ("Keep Crossgates Green", "ORG"),
    ("People feel they have been completely ignored,", "QUOTE", "rennie"),
    ("Elspeth Rennie", "PERSON", "rennie"),
    ("We sent in more than 900 letters, we had the community council behind us, and it made no difference at all. The field at the back of my house was under a foot of water in January.", "QUOTE", "rennie"),
    ("January", "DATE", "2018-01"),
    ("Rennie", "PERSON", "rennie"),
    ("12 June", "DATE", "2018-06-12"),
    ("Court of Session", "ORG"),
    ("Edinburgh", "GPE"),
    ("SNP", "ORG"),
    ("Alasdair McPhee", "PERSON", "mcphee"),
    ("This is the wrong development in the wrong place. Nobody in Crossgates is against new homes, but we were asked to approve 320 of them before anyone could tell us where the children would go to school.", "QUOTE", "mcphee"),
    ("Crossgates", "GPE"),
    ("Labour", "ORG"),
    ("Jean Halliday", "PERSON", "halliday"),
    ("There are families in this ward who have been on the waiting list for years,", "QUOTE", "halliday"),
    ("I was not prepared to tell them to wait any longer.", "QUOTE", "halliday"),
    ("Fife Council", "ORG"),
    ("Education capacity was fully assessed as part of the application and will be addressed through a legal agreement,", "QUOTE", None),
    ("Graeme Lockhart", "PERSON", "lockhart"),
    ("Forthview Homes", "ORG"),
    ("We want to be good neighbours in Crossgates, and this is a far better scheme than the one we started with,", "QUOTE", "lockhart"),
    ("Crossgates", "GPE"),
    ("Lockhart", "PERSON", "lockhart"),
    ("next spring", "DATE", "2019-SP"),
    ("the end of 2020", "DATE", "2020"),
    ("this year", "DATE", "2018"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout5-eu-mercosur-ministers", "mercosur", [
    ("EU", "ORG"),
    ("Mercosur", "ORG"),
    ("France", "GPE"),
    ("France", "GPE"),
    ("European Union", "ORG"),
    ("South American", "NORP"),
    ("Mercosur", "ORG"),
    ("Germany", "GPE"),
    ("Spain", "GPE"),
    ("the end of the year", "DATE", "2024"),
    ("European Union", "ORG"),
    ("Brussels", "GPE"),
    ("Monday", "DATE", "2024-11-18"),
    ("Brazil", "GPE"),
    ("Argentina", "GPE"),
    ("Uruguay", "GPE"),
    ("Paraguay", "GPE"),
    ("European Commission", "ORG"),
    ("France", "GPE"),
    ("Poland", "GPE"),
    ("Austria", "GPE"),
    ("European", "NORP"),
    ("South American", "NORP"),
    ("French", "NORP"),
    ("Anne-Sophie Delacroix-Vernet", "PERSON", "delacroix"),
    ("Paris", "GPE"),
    ("never accept a deal that sacrifices our livestock farmers for the sake of car exports.", "QUOTE", "delacroix"),
    ("We are not alone, and we are not isolated,", "QUOTE", "delacroix"),
    ("Council of the EU", "ORG"),
    ("Several capitals share our concerns, and more of them will say so openly in the coming weeks.", "QUOTE", "delacroix"),
    ("the coming weeks", "DATE", "FUTURE_REF"),
    ("2019", "DATE", "2019"),
    ("European", "NORP"),
    ("Amazon", "LOC"),
    ("Gran Chaco", "LOC"),
    ("German", "NORP"),
    ("Konstantin von Hallerstein", "PERSON", "hallerstein"),
    ("Green", "NORP"),
    ("Europe cannot lecture the world about open trade and then run away from every agreement the moment a tractor turns up outside a ministry.", "QUOTE", "hallerstein"),
    ("Europe", "LOC"),
    ("Von Hallerstein", "PERSON", "hallerstein"),
    ("German", "NORP"),
    ("South America", "LOC"),
    ("the strongest sustainability chapter the EU has ever negotiated.", "QUOTE", "hallerstein"),
    ("EU", "ORG"),
    ("Spain", "GPE"),
    ("José Ignacio Ibáñez Cortázar", "PERSON", "ibanez"),
    ("Spanish", "NORP"),
    ("For Spain, Mercosur is an opportunity, not a threat,", "QUOTE", "ibanez"),
    ("Spain", "GPE"),
    ("Mercosur", "ORG"),
    ("Ibáñez Cortázar", "PERSON", "ibanez"),
    ("Polish farmers cannot absorb another shock after the grain crisis,", "QUOTE", "wroblewski"),
    ("Polish", "NORP"),
    ("Tadeusz Wróblewski", "PERSON", "wroblewski"),
    ("Poland", "GPE"),
    ("Ireland", "GPE"),
    ("Ciarán Ó Briain", "PERSON", "obriain"),
    ("Irish beef is not a bargaining chip.", "QUOTE", "obriain"),
    ("Irish", "NORP"),
    ("Dutch", "NORP"),
    ("Femke van der Steen", "PERSON", "vandersteen"),
    ("2020", "DATE", "2020"),
    ("The Hague", "GPE"),
    ("studying the new safeguards carefully.", "QUOTE", "vandersteen"),
    ("Council", "ORG"),
    ("France", "GPE"),
    ("EU", "ORG"),
    ("Italy", "GPE"),
    ("Paris", "GPE"),
    ("Commission", "ORG"),
    ("European Parliament", "ORG"),
    ("EP", "ORG"),
    ("Commission", "ORG"),
    ("DW", "ORG"),
    ("We are in the final stretch. Nothing is agreed until everything is agreed, and we will not sign a deal that does not protect our sensitive sectors.", "QUOTE", None),
    ("Mercosur", "ORG"),
    ("Uruguayan", "NORP"),
    ("Montevideo", "GPE"),
    ("December", "DATE", "2024-12"),
    ("Hungary", "GPE"),
    ("Council", "ORG"),
    ("the end of the year", "DATE", "2024"),
    ("EU", "ORG"),
    ("next week", "DATE", "2024-11-25/2024-12-01"),
    ("Belgian", "NORP"),
    ("French", "NORP"),
    ("Monday", "DATE", "2024-11-18"),
    ("France", "GPE"),
    ("EP", "ORG"),
    ("Greens", "NORP"),
    ("European People's Party", "ORG"),
    ("EPP", "ORG"),
    ("Socialists and Democrats", "ORG"),
    ("S&D", "ORG"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout5-kisumu-water-rationing", "kisumu", [
    ("Kisumu", "GPE"),
    ("BRIAN OUMA", "PERSON", "ouma"),
    ("Kisumu", "GPE"),
    ("Lakeside Water and Sanitation Company", "ORG"),
    ("Lawasco", "ORG"),
    ("Monday", "DATE", "2016-08-15"),
    ("Nyalenda", "GPE"),
    ("Manyatta", "GPE"),
    ("Kondele", "GPE"),
    ("Milimani", "GPE"),
    ("Jacqueline Atieno Owuor", "PERSON", "owuor"),
    ("January", "DATE", "2016-01"),
    ("We cannot pump water that we cannot pay to pump,", "QUOTE", "owuor"),
    ("Owuor", "PERSON", "owuor"),
    ("Nation", "ORG"),
    ("Kisumu", "GPE"),
    ("Tuesday", "DATE", "2016-08-09"),
    ("We have started disconnecting our biggest debtors, including government offices, and we expect the situation to improve within six weeks.", "QUOTE", "owuor"),
    ("Last month", "DATE", "2016-07"),
    ("Water Services Regulatory Board", "ORG"),
    ("Wasreb", "ORG"),
    ("Lawasco", "ORG"),
    ("Kisumu", "GPE"),
    ("Samuel Omondi Ouko", "PERSON", "ouko"),
    ("the end of the month", "DATE", "2016-08"),
    ("2016/17", "DATE", "2016-07/2017-06"),
    ("Kajulu", "GPE"),
    ("River Kibos", "LOC"),
    ("African Development Bank", "ORG"),
    ("AfDB", "ORG"),
    ("next year", "DATE", "2017"),
    ("Nyalenda", "GPE"),
    ("Rose Akinyi", "PERSON", "akinyi"),
    ("Lake Victoria", "LOC"),
    ("The water from the handcarts is not clean. Last month my two children were treated for typhoid,", "QUOTE", "akinyi"),
    ("Last month", "DATE", "2016-07"),
    ("Joseph Kamau Njoroge", "PERSON", "njoroge"),
    ("Guests do not want to hear about power bills. They want to shower,", "QUOTE", "njoroge"),
    ("Njoroge", "PERSON", "njoroge"),
    ("Ministry of Water and Irrigation", "ORG"),
    ("Nairobi", "GPE"),
    ("We are in touch with the county government and the regulator, and we will not allow a town of this size to run dry,", "QUOTE", None),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout5-miyagi-chip-plant", "miyagi", [
    ("Hoshino Denki", "ORG"),
    ("Miyagi", "GPE"),
    ("TOKYO", "GPE"),
    ("Nov. 18", "DATE", "2021-11-18"),
    ("Kyodo", "ORG"),
    ("Hoshino Denki Corp.", "ORG"),
    ("Thursday", "DATE", "2021-11-18"),
    ("Miyagi Prefecture", "GPE"),
    ("Japan", "GPE"),
    ("Tokyo", "GPE"),
    ("next April", "DATE", "2022-04"),
    ("fiscal 2024", "DATE", "2024-04/2025-03"),
    ("March 2025", "DATE", "2025-03"),
    ("Kurosawa Takeshi", "PERSON", "kurosawa"),
    ("Tokyo", "GPE"),
    ("Ohira", "GPE"),
    ("Sendai", "GPE"),
    ("Demand for power chips is growing much faster than we expected even a year ago,", "QUOTE", "kurosawa"),
    ("a year ago", "DATE", "2020"),
    ("Kurosawa", "PERSON", "kurosawa"),
    ("We cannot afford to wait for the market to come to us.", "QUOTE", "kurosawa"),
    ("Ministry of Economy, Trade and Industry", "ORG"),
    ("Japan", "GPE"),
    ("fiscal 2021", "DATE", "2021-04/2022-03"),
    ("Securing a stable supply of chips is essential for economic security, and power semiconductors are an area where Japanese companies still have strengths,", "QUOTE", None),
    ("Japanese", "NORP"),
    ("METI", "ORG"),
    ("Hoshino Denki", "ORG"),
    ("Miyagi", "GPE"),
    ("Nov. 5", "DATE", "2021-11-05"),
    ("South Korea", "GPE"),
    ("Daehan Materials Co.", "ORG"),
    ("Daehan", "ORG"),
    ("Suwon", "GPE"),
    ("Seoul", "GPE"),
    ("Japanese", "NORP"),
    ("European", "NORP"),
    ("the six months to Sept. 30", "DATE", "2021-04/2021-09"),
    ("Hoshino Denki", "ORG"),
    ("a year earlier", "DATE", "2020-04/2020-09"),
    ("the year ending March 31", "DATE", "2021-04/2022-03"),
    ("Mizuno Aiko", "PERSON", "mizuno"),
    ("Tokai Research Institute", "ORG"),
    ("Hoshino Denki", "ORG"),
    ("Japanese", "NORP"),
    ("Chinese", "NORP"),
    ("European", "NORP"),
    ("Japan lost its lead in memory chips in the 1990s and 2000s because companies hesitated to invest at the critical moment,", "QUOTE", "mizuno"),
    ("Japan", "GPE"),
    ("the 1990s and 2000s", "DATE", "1990/2009"),
    ("Mizuno", "PERSON", "mizuno"),
    ("Hoshino Denki seems determined not to repeat that mistake.", "QUOTE", "mizuno"),
    ("Hoshino Denki", "ORG"),
    ("Hoshino Denki", "ORG"),
    ("Tokyo", "GPE"),
    ("Thursday", "DATE", "2021-11-18"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout5-phoenix-charity-theft", "phoenix", [
    ("Phoenix", "GPE"),
    ("PHOENIX", "GPE"),
    ("AP", "ORG"),
    ("Phoenix", "GPE"),
    ("Wednesday", "DATE", "2017-10-04"),
    ("Las Vegas", "GPE"),
    ("Raymond L. Whitacre Jr.", "PERSON", "whitacre"),
    ("July", "DATE", "2017-07"),
    ("Desert Valor Outreach", "ORG"),
    ("2011 and 2015", "DATE", "2011/2015"),
    ("Maricopa County Superior Court", "ORG"),
    ("Teresa Alvarado-Quinn", "PERSON", "alvarado"),
    ("Whitacre", "PERSON", "whitacre"),
    ("The people who wrote those checks trusted you, and the men sleeping on the streets of this city trusted you,", "QUOTE", "alvarado"),
    ("Alvarado-Quinn", "PERSON", "alvarado"),
    ("You took from both.", "QUOTE", "alvarado"),
    ("Kendra Oyelaran", "PERSON", "oyelaran"),
    ("Whitacre", "PERSON", "whitacre"),
    ("2014", "DATE", "2014"),
    ("This wasn't one bad decision,", "QUOTE", "oyelaran"),
    ("Oyelaran", "PERSON", "oyelaran"),
    ("It was hundreds of them, month after month, for four years.", "QUOTE", "oyelaran"),
    ("Luis Carrasco", "PERSON", "carrasco"),
    ("2010", "DATE", "2010"),
    ("March 2016", "DATE", "2016-03"),
    ("He didn't set out to hurt anybody,", "QUOTE", "carrasco"),
    ("He made terrible choices, and he knows he's going to pay for them.", "QUOTE", "carrasco"),
    ("Whitacre", "PERSON", "whitacre"),
    ("Army", "ORG"),
    ("Oct. 3", "DATE", "2017-10-03"),
    ("I let down the men I served with and the men I promised to serve,", "QUOTE", "whitacre"),
    ("Marisol Begay", "PERSON", "begay"),
    ("Navy", "ORG"),
    ("2013", "DATE", "2013"),
    ("We were told there was no money for blankets,", "QUOTE", "begay"),
    ("Begay", "PERSON", "begay"),
    ("Now I know where it went.", "QUOTE", "begay"),
    ("Desert Valor Outreach", "ORG"),
    ("2004", "DATE", "2004"),
    ("last year", "DATE", "2016"),
    ("Sonoran Bridge Housing", "ORG"),
    ("Arizona Attorney General's Office", "ORG"),
    ("Whitacre", "PERSON", "whitacre"),
    ("Internal Revenue Service", "ORG"),
    ("Nov. 14", "DATE", "2017-11-14"),
    ("Whitacre", "PERSON", "whitacre"),
    ("Glendale", "GPE"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout5-plunket-shield-canterbury", "plunket", [
    ("Fairweather", "PERSON", "fairweather"),
    ("Mataafa", "PERSON", "mataafa"),
    ("Canterbury", "ORG"),
    ("Dana Whittaker", "PERSON", "whittaker"),
    ("Canterbury", "ORG"),
    ("Wellington", "ORG"),
    ("Tuesday", "DATE", "2020-03-03"),
    ("Wellington", "ORG"),
    ("Kieran Mataafa", "PERSON", "mataafa"),
    ("Tom Fairweather", "PERSON", "fairweather"),
    ("Jesse Whitcombe", "PERSON", "whitcombe"),
    ("Canterbury", "ORG"),
    ("Monday", "DATE", "2020-03-02"),
    ("Wellington", "ORG"),
    ("Mitchell Te Huia", "PERSON", "tehuia"),
    ("Devesh Raniga", "PERSON", "raniga"),
    ("Mataafa", "PERSON", "mataafa"),
    ("Southern Alps", "LOC"),
    ("Canterbury Plains", "LOC"),
    ("Canterbury", "ORG"),
    ("Craig Tamihana-Ross", "PERSON", "tamihana"),
    ("He's been knocking on the door for a couple of seasons and today he kicked it down,", "QUOTE", "tamihana"),
    ("today", "DATE", "2020-03-03"),
    ("Tamihana-Ross", "PERSON", "tamihana"),
    ("When he's running in like that with the wind behind him, there aren't many batters in the country who enjoy facing him.", "QUOTE", "tamihana"),
    ("Mataafa", "PERSON", "mataafa"),
    ("Timaru", "GPE"),
    ("Christchurch", "GPE"),
    ("three years ago", "DATE", "2017"),
    ("I just tried to hit the same spot and let the wicket do the rest,", "QUOTE", "mataafa"),
    ("Wellington", "ORG"),
    ("Sunday", "DATE", "2020-03-01"),
    ("Finn Harcourt", "PERSON", "harcourt"),
    ("It did a bit off the seam all game, but we didn't help ourselves with some of the shots we played,", "QUOTE", None),
    ("Wellington", "ORG"),
    ("Canterbury", "ORG"),
    ("Otago", "ORG"),
    ("Wellington", "ORG"),
    ("Auckland", "ORG"),
    ("Canterbury", "ORG"),
    ("Otago", "ORG"),
    ("Rangiora", "GPE"),
    ("March 16", "DATE", "2020-03-16"),
    ("2017", "DATE", "2017"),
    ("Mataafa", "PERSON", "mataafa"),
    ("New Zealand Cricket", "ORG"),
    ("NZC", "ORG"),
    ("New Zealand A", "ORG"),
    ("this month", "DATE", "2020-03"),
    ("Te Huia", "PERSON", "tehuia"),
    ("Black Caps", "ORG"),
    ("last year", "DATE", "2019"),
    ("He's quick, he's accurate and he doesn't back down,", "QUOTE", "tehuia"),
    ("Te Huia", "PERSON", "tehuia"),
    ("We'd rather not have faced him today, to be honest.", "QUOTE", "tehuia"),
    ("today", "DATE", "2020-03-03"),
    ("Canterbury", "ORG"),
    ("T Fairweather", "PERSON", "fairweather"),
    ("S Kelleher", "PERSON", "kelleher"),
    ("B Lisle", "PERSON", "lisle"),
    ("J Whitcombe", "PERSON", "whitcombe"),
    ("Wellington", "ORG"),
    ("F Harcourt", "PERSON", "harcourt"),
    ("K Mataafa", "PERSON", "mataafa"),
    ("M Te Huia", "PERSON", "tehuia"),
    ("K Mataafa", "PERSON", "mataafa"),
    ("Canterbury", "ORG"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout5-sudan-chad-refugees", "sudan", [
    ("Sudan", "GPE"),
    ("Chad", "GPE"),
    ("UNHCR", "ORG"),
    ("GENEVA", "GPE"),
    ("May 2", "DATE", "2025-05-02"),
    ("Reuters", "ORG"),
    ("Sudanese", "NORP"),
    ("Chad", "GPE"),
    ("Sudan", "GPE"),
    ("two years ago", "DATE", "2023"),
    ("United Nations", "ORG"),
    ("Friday", "DATE", "2025-05-02"),
    ("June", "DATE", "2025-06"),
    ("Geneva", "GPE"),
    ("Office of the United Nations High Commissioner for Refugees", "ORG"),
    ("UNHCR", "ORG"),
    ("Chad", "GPE"),
    ("April", "DATE", "2025-04"),
    ("Sudanese", "NORP"),
    ("Rapid Support Forces", "ORG"),
    ("RSF", "ORG"),
    ("El Fasher", "GPE"),
    ("North Darfur", "GPE"),
    ("Chad", "GPE"),
    ("Sudanese", "NORP"),
    ("Adre", "GPE"),
    ("Sahara", "LOC"),
    ("The people arriving now have walked for days across open desert with almost nothing,", "QUOTE", "marchetti"),
    ("UNHCR", "ORG"),
    ("Olivia Marchetti-Baines", "PERSON", "marchetti"),
    ("Geneva", "GPE"),
    ("Many tell us they lost family members on the way, to violence, to hunger or to thirst.", "QUOTE", "marchetti"),
    ("Chad", "GPE"),
    ("Amadou Tidiane Sow", "PERSON", "sow"),
    ("Thursday", "DATE", "2025-05-01"),
    ("Met a grandmother at Adre who carried two grandchildren 40 km through the night \U0001F494 We need shelter before the rains come. #Sudan", "QUOTE", "sow"),
    ("Adre", "GPE"),
    ("Sudan", "GPE"),
    ("Sow", "PERSON", "sow"),
    ("UNHCR", "ORG"),
    ("2025", "DATE", "2025"),
    ("United States", "GPE"),
    ("European", "NORP"),
    ("this year", "DATE", "2025"),
    ("World Food Programme", "ORG"),
    ("WFP", "ORG"),
    ("Chad", "GPE"),
    ("next month", "DATE", "2025-06"),
    ("Sudan", "GPE"),
    ("International Organization for Migration", "ORG"),
    ("IOM", "ORG"),
    ("the first three months of 2025", "DATE", "2025-01/2025-03"),
    ("Jebel Marra", "LOC"),
    ("Nuba Mountains", "LOC"),
    ("South Kordofan", "GPE"),
    ("World Health Organization", "ORG"),
    ("WHO", "ORG"),
    ("White Nile", "LOC"),
    ("January", "DATE", "2025-01"),
    ("Cholera does not respect front lines or borders,", "QUOTE", "lindqvist"),
    ("WHO", "ORG"),
    ("Henrik Lindqvist", "PERSON", "lindqvist"),
    ("With the rains, we expect it to move into the camps in Chad and South Sudan unless clean water and vaccines reach people quickly.", "QUOTE", "lindqvist"),
    ("Chad", "GPE"),
    ("South Sudan", "GPE"),
    ("Lindqvist", "PERSON", "lindqvist"),
    ("WHO", "ORG"),
    ("Sudan", "GPE"),
    ("last month", "DATE", "2025-04"),
    ("RSF", "ORG"),
    ("UNHCR", "ORG"),
    ("Sudanese", "NORP"),
    ("Egypt", "GPE"),
    ("Nile", "LOC"),
    ("Libya", "GPE"),
    ("Europe", "LOC"),
    ("Sudanese", "NORP"),
    ("Italian", "NORP"),
    ("the first quarter of the year", "DATE", "2025-01/2025-03"),
    ("2024", "DATE", "2024"),
    ("When people cannot find food or safety in the neighbouring countries, they keep moving,", "QUOTE", "marchetti"),
    ("Marchetti-Baines", "PERSON", "marchetti"),
    ("What we are seeing on the Mediterranean is a direct consequence of what is happening in Darfur.", "QUOTE", "marchetti"),
    ("Mediterranean", "LOC"),
    ("Darfur", "GPE"),
    ("April 2023", "DATE", "2023-04"),
    ("RSF", "ORG"),
    ("U.N.", "ORG"),
    ("Nadia Haddad-Morel", "PERSON", "haddad"),
    ("Peter Hallworth", "PERSON", "hallworth"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout5-teratai-dollar-bonds", "teratai", [
    ("Teratai Mulia", "ORG"),
    ("Vietnam", "GPE"),
    ("Bloomberg", "ORG"),
    ("Teratai Mulia Bhd.", "ORG"),
    ("Malaysian", "NORP"),
    ("Tuesday", "DATE", "2023-09-12"),
    ("Vietnamese", "NORP"),
    ("Teratai", "ORG"),
    ("Saigon Delta Ports JSC", "ORG"),
    ("SDP", "ORG"),
    ("Saigon River", "LOC"),
    ("Vung Tau", "GPE"),
    ("Teratai", "ORG"),
    ("July", "DATE", "2023-07"),
    ("the first quarter of 2024", "DATE", "2024-01/2024-03"),
    ("Vietnam", "GPE"),
    ("State Securities Commission", "ORG"),
    ("The demand tells you investors are comfortable with where we are on leverage,", "QUOTE", "lim"),
    ("Lim Chee Keong", "PERSON", "lim"),
    ("Teratai", "ORG"),
    ("Kuala Lumpur", "GPE"),
    ("We've been disciplined for three years, and this is the moment to use that balance sheet.", "QUOTE", "lim"),
    ("Lim", "PERSON", "lim"),
    ("SDP", "ORG"),
    ("the end of fiscal 2024", "DATE", "2023-07/2024-06"),
    ("Teratai", "ORG"),
    ("the fiscal year ended June", "DATE", "2022-07/2023-06"),
    ("a year earlier", "DATE", "2021-07/2022-06"),
    ("the April-June quarter", "DATE", "2023-04/2023-06"),
    ("last month", "DATE", "2023-08"),
    ("Asian", "NORP"),
    ("this year", "DATE", "2023"),
    ("US", "GPE"),
    ("Malaysian", "NORP"),
    ("2023", "DATE", "2023"),
    ("2021", "DATE", "2021"),
    ("Bloomberg", "ORG"),
    ("Rachel Koh-Whitfield", "PERSON", "koh"),
    ("Straits Pacific Capital", "ORG"),
    ("Singapore", "GPE"),
    ("SDP", "ORG"),
    ("rich for a business that depends on a single export corridor.", "QUOTE", "koh"),
    ("Teratai is paying up for growth at a time when Vietnam's container volumes have already slowed for two quarters,", "QUOTE", "koh"),
    ("Teratai", "ORG"),
    ("Vietnam", "GPE"),
    ("Koh-Whitfield", "PERSON", "koh"),
    ("The bonds are fine. The question is whether the port pays for itself before the next refinancing.", "QUOTE", "koh"),
    ("Teratai", "ORG"),
    ("Port Klang", "GPE"),
    ("Thailand", "GPE"),
    ("SDP", "ORG"),
    ("Southeast Asia", "LOC"),
    ("China", "GPE"),
    ("This is the kind of asset that rarely comes up for sale,", "QUOTE", "ferreira"),
    ("Daniel Ferreira", "PERSON", "ferreira"),
    ("Harbourline Research", "ORG"),
    ("Hong Kong", "GPE"),
    ("Ferreira", "PERSON", "ferreira"),
    ("Vietnamese", "NORP"),
    ("December", "DATE", "2023-12"),
    ("Malaysia", "GPE"),
    ("Employees Provident Fund", "ORG"),
    ("Teratai", "ORG"),
    ("August", "DATE", "2023-08"),
    ("EPF", "ORG"),
    ("Ahmad Faizal Osman", "PERSON", "osman"),
    ("2027", "DATE", "2027"),
    ("the last fiscal year", "DATE", "2022-07/2023-06"),
    ("Teratai", "ORG"),
    ("Kuala Lumpur", "GPE"),
    ("Tuesday", "DATE", "2023-09-12"),
    ("SDP", "ORG"),
    ("Ho Chi Minh City", "GPE"),
    ("Andaman Bay Securities", "ORG"),
    ("Meridian Orient Bank", "ORG"),
    ("Kestrel Securities", "ORG"),
]))

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}
QUOTE_MARKS = "\"“”‘’'"


def boundary_ok(text, s, e):
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def locate(text, surface, label, cursor):
    pos = cursor
    while True:
        i = text.find(surface, pos)
        if i < 0:
            raise ValueError(f"not found after {cursor}: {surface!r}")
        j = i + len(surface)
        if label == "QUOTE":
            # must be enclosed by quotation marks (or end of paragraph)
            if text[i - 1] in QUOTE_MARKS:
                return i, j
        elif boundary_ok(text, i, j):
            return i, j
        pos = i + 1


def build_doc(doc_id, short, mentions):
    path = os.path.join(CORPUS, doc_id + ".txt")
    text = open(path, encoding="utf-8", newline="").read()
    cursor = 0
    raw = []
    for m in mentions:
        opts = m[-1] if isinstance(m[-1], dict) else {}
        if opts:
            m = m[:-1]
        surface, label = m[0], m[1]
        extra = m[2] if len(m) > 2 else None
        assert label in LABELS, label
        if "ctx" in opts:
            k = text.find(opts["ctx"], cursor)
            assert k >= 0, opts
            cursor = k + len(opts["ctx"])
        s, e = locate(text, surface, label, cursor)
        assert text[s:e] == surface
        assert surface == surface.strip(), surface
        raw.append({"start": s, "end": e, "label": label, "text": surface, "extra": extra})
        cursor = s if label == "QUOTE" else e
    raw.sort(key=lambda r: (r["start"], -r["end"]))
    # flatness
    quotes = [r for r in raw if r["label"] == "QUOTE"]
    ents = [r for r in raw if r["label"] != "QUOTE"]
    for group in (quotes, ents):
        for a, b in zip(group, group[1:]):
            assert a["end"] <= b["start"], (doc_id, a, b)
    for q in quotes:
        for r in ents:
            overlap = r["start"] < q["end"] and q["start"] < r["end"]
            inside = q["start"] <= r["start"] and r["end"] <= q["end"]
            assert not overlap or inside, (doc_id, q, r)
    spans, rels = [], []
    for n, r in enumerate(raw, 1):
        r["id"] = f"{short}-{n}"
        sp = {"id": r["id"], "start": r["start"], "end": r["end"], "label": r["label"], "text": r["text"]}
        if r["label"] == "DATE":
            assert r["extra"], r
            sp["value"] = r["extra"]
        spans.append(sp)
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    persons = [r for r in raw if r["label"] == "PERSON"]
    for q in quotes:
        key = q["extra"]
        if key is None:
            continue
        cands = [p for p in persons if p["extra"] == key]
        assert cands, (doc_id, key)

        def dist(p):
            return max(0, p["start"] - q["end"], q["start"] - p["end"])
        cands.sort(key=lambda p: (dist(p), p["start"]))
        if len(cands) > 1 and dist(cands[0]) == dist(cands[1]):
            print("TIE", doc_id, q["id"], [c["id"] for c in cands[:2]])
        rels.append({"from": q["id"], "to": cands[0]["id"], "type": "said_by"})
    return {"doc_id": doc_id, "spans": spans, "relations": rels}, text


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    order = [m["doc_id"] for m in manifest]
    assert sorted(order) == sorted(d[0] for d in DOCS)
    out = []
    for doc_id, short, mentions in DOCS:
        doc, text = build_doc(doc_id, short, mentions)
        out.append(doc)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for doc in out:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    tot = {}
    nrel = 0
    for doc in out:
        c = {}
        for s in doc["spans"]:
            c[s["label"]] = c.get(s["label"], 0) + 1
            tot[s["label"]] = tot.get(s["label"], 0) + 1
        nrel += len(doc["relations"])
        print(doc["doc_id"], c, "said_by", len(doc["relations"]))
    print("TOTAL", tot, "said_by", nrel)


if __name__ == "__main__":
    main()
