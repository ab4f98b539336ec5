#!/usr/bin/env python3
"""Annotator 1: hand-chosen mentions for the eight holdout22 articles.

Every mention below was chosen by reading the article (no tagger, no regex entity finder).
This script only locates each chosen string with a forward-moving cursor, checks the offsets,
computes `said_by` targets (nearest PERSON mention of the speaker, section 7) and writes
annotation.jsonl next to itself.

Entry formats, in reading order:
  (surface, LABEL)                     ORG / GPE / LOC / NORP
  (surface, "PERSON", person_key)      person_key groups the mentions of one person
  (surface, "DATE", value)
  (surface, "QUOTE", speaker_key_or_None, [inner entries])   text inside the marks
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")

Q = "QUOTE"

DOCS = {}

# ---------------------------------------------------------------- abc darwin cyclone (dct 2018-02-13, Tue; CRLF)
DOCS["holdout22-abc-darwin-cyclone"] = [
    ("Top End", "LOC"),
    ("Sophie Kendrigan", "PERSON", "kendrigan"),
    ("Tue 13 Feb 2018", "DATE", "2018-02-13"),
    ("Aboriginal", "NORP"),
    ("Top End", "LOC"),
    ("today", "DATE", "2018-02-13"),
    ("Arafura Sea", "LOC"),
    ("Wednesday", "DATE", "2018-02-14"),
    ("Bureau of Meteorology", "ORG"),
    ("Cape Hotham", "LOC"),
    ("Milingimbi", "GPE"),
    ("Tiwi Islands", "LOC"),
    ("Northern Territory", "GPE"),
    ("Adam Pettigrew", "PERSON", "pettigrew"),
    ("sitting over very warm water and doing exactly what we'd expect it to do", Q, "pettigrew", []),
    ("The most likely scenario at this stage is landfall somewhere between the Cobourg Peninsula and "
     "Maningrida on Thursday morning,", Q, "pettigrew", [
        ("Cobourg Peninsula", "LOC"),
        ("Maningrida", "GPE"),
        ("Thursday", "DATE", "2018-02-15"),
    ]),
    ("But these systems can wobble, and people in Darwin shouldn't assume they're out of the firing line.",
     Q, "pettigrew", [
        ("Darwin", "GPE"),
    ]),
    ("Tiwi Islands", "LOC"),
    ("Arnhem Land", "LOC"),
    ("Friday", "DATE", "2018-02-16"),
    ("Mary", "LOC"),
    ("Daly", "LOC"),
    ("Wurrumiyanga", "GPE"),
    ("Bathurst Island", "LOC"),
    ("Tiwi Islands Regional Council", "ORG"),
    ("Tiwi Land Council", "ORG"),
    ("Bernard Tipiloura", "PERSON", "tipiloura"),
    ("the weekend", "DATE", "2018-02-10/2018-02-11"),
    ("Old people remember what the big winds can do,", Q, "tipiloura", []),
    ("Tipiloura", "PERSON", "tipiloura"),
    ("Nobody here is taking it lightly.", Q, "tipiloura", []),
    ("Northern Territory Emergency Service", "ORG"),
    ("Maningrida", "GPE"),
    ("Galiwinku", "GPE"),
    ("last week", "DATE", "2018-02-05/2018-02-11"),
    ("Don't wait for the sirens,", Q, None, []),
    ("If you're in a remote community, the time to tie down loose items, fill water containers and check "
     "on your neighbours is today, not tomorrow.", Q, None, [
        ("today", "DATE", "2018-02-13"),
        ("tomorrow", "DATE", "2018-02-14"),
    ]),
    ("Northern Land Council", "ORG"),
    ("Arnhem Land", "LOC"),
    ("next week", "DATE", "2018-02-19/2018-02-25"),
    ("Katherine", "GPE"),
    ("Galiwinku", "GPE"),
    ("Lorraine Garrawurra", "PERSON", "garrawurra"),
    ("Elcho Island", "LOC"),
    ("March 2014", "DATE", "2014-03"),
    ("Eighteen months later", "DATE", "2015-09"),
    ("We're ready, but we're tired,", Q, "garrawurra", []),
    ("Garrawurra", "PERSON", "garrawurra"),
    ("Yolngu families look after each other. We will be okay, but we need the Government to remember us "
     "after the wind stops.", Q, "garrawurra", [
        ("Yolngu", "NORP"),
        ("Government", "ORG"),
    ]),
    ("Darwin", "GPE"),
    ("NT Government", "ORG"),
    ("Thursday", "DATE", "2018-02-15"),
    ("Top End", "LOC"),
    ("this wet season", "DATE", "2017-10/2018-04"),
    ("October", "DATE", "2017-10"),
    ("Pettigrew", "PERSON", "pettigrew"),
    ("Gulf of Carpentaria", "LOC"),
    ("We'll know a lot more by tomorrow afternoon,", Q, "pettigrew", [
        ("tomorrow", "DATE", "2018-02-14"),
    ]),
]

# ---------------------------------------------------------------- ap boise wildfire (dct 2024-08-14, Wed)
DOCS["holdout22-ap-boise-wildfire"] = [
    ("Boise", "GPE"),
    ("DANIELLE HARTWICK", "PERSON", "hartwick"),
    ("Associated Press", "ORG"),
    ("BOISE", "GPE"),
    ("Idaho", "GPE"),
    ("AP", "ORG"),
    ("Boise", "GPE"),
    ("Tuesday", "DATE", "2024-08-13"),
    ("Ada", "GPE"),
    ("Boise", "GPE"),
    ("Idaho", "GPE"),
    ("Wednesday", "DATE", "2024-08-14"),
    ("Boise Fire Department", "ORG"),
    ("U.S. Bureau of Land Management", "ORG"),
    ("It went from a spot fire to a running fire in about 20 minutes,", Q, "delgado", []),
    ("Boise", "GPE"),
    ("Marcus Delgado", "PERSON", "delgado"),
    ("Wednesday", "DATE", "2024-08-14"),
    ("We had engines on it almost right away, and the wind simply outran them.", Q, "delgado", []),
    ("Delgado", "PERSON", "delgado"),
    ("Carla Whitfield", "PERSON", "whitfield"),
    ("Tuesday", "DATE", "2024-08-13"),
    ("Idaho National Guard", "ORG"),
    ("Whitfield", "PERSON", "whitfield"),
    ("Republican", "NORP"),
    ("Boise", "GPE"),
    ("Wednesday", "DATE", "2024-08-14"),
    ("a warning shot for the rest of the season.", Q, "whitfield", []),
    ("Nobody in this valley should wait for a knock on the door,", Q, "whitfield", []),
    ("If you're told to go, go.", Q, "whitfield", []),
    ("American Red Cross", "ORG"),
    ("Eagle", "GPE"),
    ("I've never seen it come down the ridge like that,", Q, None, []),
    ("Not once.", Q, None, []),
    ("National Weather Service", "ORG"),
    ("Boise", "GPE"),
    ("Thursday", "DATE", "2024-08-15"),
    ("Friday", "DATE", "2024-08-16"),
    ("Bureau of Land Management", "ORG"),
    ("Boise Foothills", "LOC"),
    ("Aug. 23", "DATE", "2024-08-23"),
    ("If the weather gives us the break it's promising, we can turn a corner,", Q, "delgado", []),
    ("Delgado", "PERSON", "delgado"),
    ("but I'm not going to make promises on behalf of the wind.", Q, "delgado", []),
    ("August 2018", "DATE", "2018-08"),
    ("Boise River", "LOC"),
    ("Two years later", "DATE", "2020"),
    ("Idaho", "GPE"),
    ("recent years", "DATE", "PAST_REF"),
    ("Last week", "DATE", "2024-08-05/2024-08-11"),
    ("National Interagency Fire Center", "ORG"),
    ("Boise", "GPE"),
    ("Oregon", "GPE"),
    ("Nevada", "GPE"),
    ("Montana", "GPE"),
    ("Salmon River Mountains", "LOC"),
    ("July", "DATE", "2024-07"),
    ("this year", "DATE", "2024"),
    ("Associated Press", "ORG"),
    ("Leo Tamsin", "PERSON", "tamsin"),
    ("Salt Lake City", "GPE"),
]

# ---------------------------------------------------------------- cbc halifax housing (dct 2023-10-12, Thu)
DOCS["holdout22-cbc-halifax-housing"] = [
    ("Dartmouth", "GPE"),
    ("Geneviève Arsenault", "PERSON", "arsenault"),
    ("CBC News", "ORG"),
    ("Oct 12, 2023", "DATE", "2023-10-12"),
    ("Dartmouth", "GPE"),
    ("Halifax", "GPE"),
    ("next week", "DATE", "2023-10-16/2023-10-22"),
    ("the weekend", "DATE", "2023-10-07/2023-10-08"),
    ("Harbourline Residential Inc.", "ORG"),
    ("Jan. 31", "DATE", "2024-01-31"),
    ("substantial renovations", Q, None, []),
    ("Marc-André Thériault", "PERSON", "theriault"),
    ("We're not asking for charity,", Q, "theriault", []),
    ("Thériault", "PERSON", "theriault"),
    ("we're asking for the rules to mean something.", Q, "theriault", []),
    ("Chantal Thériault-Boudreau", "PERSON", "chantal"),
    ("Facebook", "ORG"),
    ("Sunday", "DATE", "2023-10-08"),
    ("Dad has lived here for eleven years \U0001F3E0 and they gave him until January. Where is he supposed "
     "to go at 67? \U0001F494", Q, "chantal", [
        ("January", "DATE", "2024-01"),
    ]),
    ("Wednesday", "DATE", "2023-10-11"),
    ("Paul Desrochers", "PERSON", "desrochers"),
    ("Halifax", "GPE"),
    ("next Tuesday", "DATE", "2023-10-17"),
    ("meet with as many people as his schedule allows", Q, None, []),
    ("Nova Scotia", "GPE"),
    ("Carolyn MacIsaac", "PERSON", "macisaac"),
    ("last fall", "DATE", "2022-FA"),
    ("Renovictions are not a loophole we intend to leave open,", Q, "macisaac", []),
    ("MacIsaac", "PERSON", "macisaac"),
    ("Tenants who believe their landlord is acting in bad faith should contact Residential Tenancies "
     "right away.", Q, "macisaac", [
        ("Residential Tenancies", "ORG"),
    ]),
    ("Harbourline", "ORG"),
    ("Wednesday", "DATE", "2023-10-11"),
    ("Halifax Regional Council", "ORG"),
    ("this week", "DATE", "2023-10-09/2023-10-15"),
    ("New Westminster", "GPE"),
    ("B.C.", "GPE"),
    ("2019", "DATE", "2019"),
    ("Daniel LeBlanc", "PERSON", "leblanc"),
    ("This is happening in every corner of this city,", Q, "leblanc", []),
    ("LeBlanc", "PERSON", "leblanc"),
    ("At some point we have to act.", Q, "leblanc", []),
    ("Canada Mortgage and Housing Corporation", "ORG"),
    ("Halifax", "GPE"),
    ("recent years", "DATE", "PAST_REF"),
    ("Atlantic Canada", "LOC"),
    ("Sylvie Cormier", "PERSON", "cormier"),
    ("Dartmouth Tenants' Network", "ORG"),
    ("People came here from Quebec, from New Brunswick, from all over the world, because Halifax was a "
     "place you could afford,", Q, "cormier", [
        ("Quebec", "GPE"),
        ("New Brunswick", "GPE"),
        ("Halifax", "GPE"),
    ]),
    ("That's not true any more.", Q, "cormier", []),
    ("Thériault", "PERSON", "theriault"),
    ("Bedford", "GPE"),
    ("Halifax", "GPE"),
    ("Nova Scotia", "GPE"),
    ("Moncton", "GPE"),
    ("I'll be at that rally,", Q, "theriault", []),
    ("I want him to look me in the eye.", Q, "theriault", []),
]

# ---------------------------------------------------------------- dawn karachi water (dct 2016-10-26, Wed)
DOCS["holdout22-dawn-karachi-water"] = [
    ("SHC", "ORG"),
    ("KWSB", "ORG"),
    ("KMC", "ORG"),
    ("Korangi", "GPE"),
    ("October 26, 2016", "DATE", "2016-10-26"),
    ("KARACHI", "GPE"),
    ("Sindh High Court", "ORG"),
    ("Tuesday", "DATE", "2016-10-25"),
    ("Karachi Water and Sewerage Board", "ORG"),
    ("Karachi Metropolitan Corporation", "ORG"),
    ("Korangi", "GPE"),
    ("Landhi", "GPE"),
    ("Nov 9", "DATE", "2016-11-09"),
    ("Azra Qamar Soomro", "PERSON", "soomro"),
    ("Korangi Residents' Welfare Association", "ORG"),
    ("June", "DATE", "2016-06"),
    ("Faizan Ahmed Channa", "PERSON", "channa"),
    ("Residents are buying water from tankers filled at the board's own hydrants,", Q, "channa", []),
    ("at four times the official rate.", Q, "channa", []),
    ("KWSB", "ORG"),
    ("Sindh", "GPE"),
    ("Oct 3", "DATE", "2016-10-03"),
    ("Oct 14", "DATE", "2016-10-14"),
    ("KWSB", "ORG"),
    ("Asad Mehmood Khanzada", "PERSON", "khanzada"),
    ("Indus", "LOC"),
    ("Keenjhar Lake", "LOC"),
    ("Balochistan", "GPE"),
    ("the summer", "DATE", "2016-SU"),
    ("Dhabeji", "GPE"),
    ("last week", "DATE", "2016-10-17/2016-10-23"),
    ("badly disturbed", Q, "khanzada", []),
    ("Water is not a favour the state does for its citizens,", Q, "soomro", []),
    ("Soomro", "PERSON", "soomro"),
    ("It is their fundamental right.", Q, "soomro", []),
    ("KMC", "ORG"),
    ("Landhi", "GPE"),
    ("2013", "DATE", "2013"),
    ("two years later", "DATE", "2015"),
    ("this year", "DATE", "2016"),
    ("Karachi", "GPE"),
    ("recent years", "DATE", "PAST_REF"),
    ("Sindh", "GPE"),
    ("last month", "DATE", "2016-09"),
    ("2018", "DATE", "2018"),
    ("Rukhsana Bibi", "PERSON", "bibi"),
    ("Korangi", "GPE"),
    ("We have been told for years that the water is coming,", Q, "bibi", []),
    ("When the new pipe comes, my grandchildren will be grown.", Q, "bibi", []),
    ("Landhi", "GPE"),
    ("Korangi", "GPE"),
    ("KWSB", "ORG"),
    ("Karsaz", "LOC"),
    ("last week", "DATE", "2016-10-17/2016-10-23"),
    ("KWSB", "ORG"),
    ("next Monday", "DATE", "2016-10-31"),
    ("We are sending extra tankers free of charge,", Q, None, []),
    ("but we cannot make water appear.", Q, None, []),
    ("Nov 9", "DATE", "2016-11-09"),
]

# ---------------------------------------------------------------- dw saxony lignite (dct 2020-06-18, Thu)
DOCS["holdout22-dw-saxony-lignite"] = [
    ("Saxony", "GPE"),
    ("18.06.2020", "DATE", "2020-06-18"),
    ("Franziska Lorenz", "PERSON", "lorenz"),
    ("German", "NORP"),
    ("Saxony", "GPE"),
    ("Wednesday", "DATE", "2020-06-17"),
    ("Lusatia", "LOC"),
    ("Ostsächsische Kraftwerke AG", "ORG"),
    ("OSKA", "ORG"),
    ("Dresden", "GPE"),
    ("the end of 2030", "DATE", "2030"),
    ("2034", "DATE", "2034"),
    ("European Union", "ORG"),
    ("At today's carbon prices, every year this plant runs, it loses money,", Q, "eschenbach", [
        ("today", "DATE", "PRESENT_REF"),
    ]),
    ("OSKA", "ORG"),
    ("Katharina von Eschenbach", "PERSON", "eschenbach"),
    ("We would rather plan an orderly exit now than be forced into a disorderly one later.", Q,
     "eschenbach", []),
    ("March and June", "DATE", "2020-03/2020-06"),
    ("the spring", "DATE", "2020-SP"),
    ("Saxony", "GPE"),
    ("State Ministry for Energy, Climate Protection, Environment and Agriculture", "ORG"),
    ("last week", "DATE", "2020-06-08/2020-06-14"),
    ("Jürgen Müller-Brandt", "PERSON", "muellerbrandt"),
    ("Green", "NORP"),
    ("not a surprise, but still a shock", Q, "muellerbrandt", []),
    ("Nobody in Lusatia should have to read about their future in a press release,", Q, "muellerbrandt", [
        ("Lusatia", "LOC"),
    ]),
    ("Müller-Brandt", "PERSON", "muellerbrandt"),
    ("DW", "ORG"),
    ("We expect OSKA to sit down with the workers, and we expect Berlin to keep its promises.", Q,
     "muellerbrandt", [
        ("OSKA", "ORG"),
        ("Berlin", "GPE"),
    ]),
    ("Germany", "GPE"),
    ("2038", "DATE", "2038"),
    ("Saxony", "GPE"),
    ("Brandenburg", "GPE"),
    ("Saxony-Anhalt", "GPE"),
    ("North Rhine-Westphalia", "GPE"),
    ("Bundestag", "ORG"),
    ("next month", "DATE", "2020-07"),
    ("Björn Häußler", "PERSON", "haeussler"),
    ("the winter", "DATE", "2019-WI"),
    ("People here have lived through this before,", Q, "haeussler", []),
    ("Häußler", "PERSON", "haeussler"),
    ("the 1990s", "DATE", "1990/1999"),
    ("Germany", "GPE"),
    ("What they want now is a date and a plan, not another round of consultants.", Q, "haeussler", []),
    ("OSKA", "ORG"),
    ("this year", "DATE", "2020"),
    ("IG BCE", "ORG"),
    ("premature", Q, None, []),
    ("the end of July", "DATE", "2020-07"),
    ("Weißwasser", "GPE"),
    ("Polish", "NORP"),
    ("Torsten Pöhlmann", "PERSON", "poehlmann"),
    ("Dresden", "GPE"),
    ("Leipzig", "GPE"),
    ("Bavaria", "GPE"),
    ("recent years", "DATE", "PAST_REF"),
    ("If the young people leave, the money from Berlin won't bring them back,", Q, "poehlmann", [
        ("Berlin", "GPE"),
    ]),
    ("OSKA", "ORG"),
    ("Spree", "LOC"),
    ("Neisse River", "LOC"),
    ("Polish", "NORP"),
    ("Czech", "NORP"),
]

# ---------------------------------------------------------------- guardian hull ferry (dct 2019-11-08, Fri; curly single quotes)
DOCS["holdout22-guardian-hull-ferry"] = [
    ("Hull", "GPE"),
    ("Rotterdam", "GPE"),
    ("Helen Marsh", "PERSON", "marsh"),
    ("North of England", "LOC"),
    ("Fri 8 Nov 2019", "DATE", "2019-11-08"),
    ("Hull", "GPE"),
    ("Rotterdam", "GPE"),
    ("the new year", "DATE", "2020"),
    ("Humber Star Line", "ORG"),
    ("East Yorkshire", "GPE"),
    ("Dutch", "NORP"),
    ("2004", "DATE", "2004"),
    ("Thursday", "DATE", "2019-11-07"),
    ("Hull", "GPE"),
    ("31 January", "DATE", "2020-01-31"),
    ("Graham Oakes", "PERSON", "oakes"),
    ("agonising", Q, "oakes", []),
    ("2015 to 2018", "DATE", "2015/2018"),
    ("this year", "DATE", "2019"),
    ("We looked at every option, including a smaller ship and a freight-only timetable,", Q, "oakes", []),
    ("None of them closed the gap, and we couldn\u2019t keep asking our crews to live with that uncertainty.",
     Q, "oakes", []),
    ("Immingham", "GPE"),
    ("last winter", "DATE", "2018-WI"),
    ("Oakes", "PERSON", "oakes"),
    ("Britain", "GPE"),
    ("EU", "ORG"),
    ("Rebecca Ashdown", "PERSON", "ashdown"),
    ("deeply disappointed", Q, "ashdown", []),
    ("Department for Transport", "ORG"),
    ("RMT", "ORG"),
    ("next week", "DATE", "2019-11-11/2019-11-17"),
    # multi-paragraph quotation (section 7a): one span per paragraph
    ("This is a route that has carried families, hauliers and students across the North Sea for a "
     "generation, and I know how much it matters to Hull and to the wider Humber. I have asked my "
     "officials to look urgently at what support might be available to the workers affected.",
     Q, "ashdown", [
        ("North Sea", "LOC"),
        ("Hull", "GPE"),
        ("Humber", "LOC"),
    ]),
    ("But I will be honest with people: the government cannot run a ferry company, and we will not "
     "pretend otherwise.", Q, "ashdown", []),
    ("Diana Whitcombe", "PERSON", "whitcombe"),
    ("Labour", "ORG"),
    ("Kingston upon Hull East", "GPE"),
    ("not good enough", Q, "whitcombe", []),
    ("Three hundred families in my constituency found out on a Thursday afternoon that their jobs are "
     "going,", Q, "whitcombe", [
        ("Thursday", "DATE", "2019-11-07"),
    ]),
    ("They deserve more than a press release from Whitehall.", Q, "whitcombe", [
        ("Whitehall", "ORG"),
    ]),
    ("RMT", "ORG"),
    ("Tony Pickering", "PERSON", "pickering"),
    ("the end of the month", "DATE", "2019-11"),
    ("British", "NORP"),
    ("Dutch", "NORP"),
    ("Polish", "NORP"),
    ("Rotterdam", "GPE"),
    ("These are people who have kept that ship running through storms, strikes and endless Brexit "
     "paperwork,", Q, "pickering", []),
    ("Pickering", "PERSON", "pickering"),
    ("They don\u2019t deserve to be treated like spare parts.", Q, "pickering", []),
    ("England", "GPE"),
    ("Zeebrugge", "GPE"),
    ("Belgium", "GPE"),
    ("Channel", "LOC"),
    ("Hull city council", "ORG"),
    ("Martin Ellery", "PERSON", "ellery"),
    ("Hull has been told for years that it matters,", Q, "ellery", [
        ("Hull", "GPE"),
    ]),
    ("Now would be a very good time to prove it.", Q, "ellery", []),
    ("31 January", "DATE", "2020-01-31"),
    ("Rotterdam", "GPE"),
    ("two days later", "DATE", "2020-02-02"),
]

# ---------------------------------------------------------------- rappler cebu jeepney (dct 2017-03-14, Tue)
DOCS["holdout22-rappler-cebu-jeepney"] = [
    ("Cebu", "GPE"),
    ("Kristine Joy Abellana", "PERSON", "abellana"),
    ("March 14, 2017", "DATE", "2017-03-14"),
    ("March 14, 2017", "DATE", "2017-03-14"),
    ("CEBU CITY", "GPE"),
    ("Philippines", "GPE"),
    ("Metro Cebu", "GPE"),
    ("Thursday and Friday, March 16 and 17", "DATE", "2017-03-16/2017-03-17"),
    ("Tuesday, March 14", "DATE", "2017-03-14"),
    ("Sugbuanong Tsuper Alliance", "ORG"),
    ("STA", "ORG"),
    ("Cebu City", "GPE"),
    ("Mandaue City", "GPE"),
    ("Lapu-Lapu City", "GPE"),
    ("Talisay City", "GPE"),
    ("Mandaue", "GPE"),
    ("STA", "ORG"),
    ('Ramon "Monching" dela Cruz', "PERSON", "delacruz"),
    ("Dili mi kontra sa modernisasyon. Ang among pangutana lang: kinsa ang mobayad?", Q, "delacruz", []),
    ("Dela Cruz", "PERSON", "delacruz"),
    ("A driver earns \u20b1500 to \u20b1700 on a good day. How can he pay for a \u20b11.6-million jeep?", Q,
     "delacruz", []),
    ("Land Transportation Franchising and Regulatory Board", "ORG"),
    ("Central Visayas", "GPE"),
    ("LTFRB-7", "ORG"),
    ("Cebu City", "GPE"),
    ("Philippine National Police", "ORG"),
    ("Armed Forces of the Philippines", "ORG"),
    ("We respect their right to air their grievances, but the riding public should not suffer,", Q,
     "lapitan", []),
    ("LTFRB-7", "ORG"),
    ("Eduardo Lapitan", "PERSON", "lapitan"),
    ("Rappler", "ORG"),
    ("Lapitan", "PERSON", "lapitan"),
    ("as long as they do not block the roads.", Q, "lapitan", []),
    ("Department of Transportation", "ORG"),
    ("DOTr", "ORG"),
    ("2020", "DATE", "2020"),
    ("Land Bank of the Philippines", "ORG"),
    ("June 30", "DATE", "2017-06-30"),
    ("Dela Cruz", "PERSON", "delacruz"),
    ("They will lose their jeep, and then they will lose their franchise,", Q, "delacruz", []),
    ("Metro Manila", "GPE"),
    ("Davao City", "GPE"),
    ("next week", "DATE", "2017-03-20/2017-03-26"),
    ("STA", "ORG"),
    ("Jonalyn Paras", "PERSON", "paras"),
    ("Talisay", "GPE"),
    ("Thursday", "DATE", "2017-03-16"),
    ("That's \u20b1250 one way. Half of my day's pay, gone,", Q, "paras", []),
    ("But I understand the drivers. My father drove a jeepney for 20 years.", Q, "paras", []),
    ("January", "DATE", "2017-01"),
    ("LTFRB", "ORG"),
    ("Cebu", "GPE"),
    ("Bohol", "GPE"),
    ("Negros Oriental", "GPE"),
    ("Cebuano", "NORP"),
    ("February", "DATE", "2017-02"),
    ("DOTr", "ORG"),
    ("is not anti-poor", Q, None, []),
    ("this year", "DATE", "2017"),
    ("STA", "ORG"),
    ("Friday", "DATE", "2017-03-17"),
    ("Rappler.com", "ORG"),
]

# ---------------------------------------------------------------- wikinews tromso aurora (dct 2022-02-26, Sat)
DOCS["holdout22-wikinews-tromso-aurora"] = [
    ("Tromsø", "GPE"),
    ("Norway", "GPE"),
    ("Saturday, February 26, 2022", "DATE", "2022-02-26"),
    ("Friday", "DATE", "2022-02-25"),
    ("Norwegian", "NORP"),
    ("Tromsø", "GPE"),
    ("recent years", "DATE", "PAST_REF"),
    ("Earth", "LOC"),
    ("Sun", "LOC"),
    ("Tuesday, February 22", "DATE", "2022-02-22"),
    ("Three days later", "DATE", "2022-02-25"),
    ("Telegrafbukta", "LOC"),
    ("Fløya", "LOC"),
    ("Kvaløya", "LOC"),
    ("Alta", "GPE"),
    ("Finnmark", "GPE"),
    ("Trondheim", "GPE"),
    ("Ingrid Solheim", "PERSON", "solheim"),
    ("UiT The Arctic University of Norway", "ORG"),
    ("United States National Oceanic and Atmospheric Administration", "ORG"),
    ("It was not the strongest storm we have measured,", Q, "solheim", []),
    ("Solheim", "PERSON", "solheim"),
    ("but the sky was clear almost everywhere in Troms, and that is rare in February.", Q, "solheim", [
        ("Troms", "GPE"),
        ("February", "DATE", "2022-02"),
    ]),
    ("Sun", "LOC"),
    ("2024 and 2026", "DATE", "2024/2026"),
    ("Henrik Aasland", "PERSON", "aasland"),
    ("Polarlys Tours", "ORG"),
    ("Friday", "DATE", "2022-02-25"),
    ("Japanese", "NORP"),
    ("German", "NORP"),
    ("Brazilian", "NORP"),
    ("People were crying, hugging strangers, calling their families at home,", Q, "aasland", []),
    ("Aasland", "PERSON", "aasland"),
    ("the best of the season, easily.", Q, "aasland", []),
    ("Oslo", "GPE"),
    ("I have lived in Norway all my life, and I have never seen the sky move like that.", Q, None, [
        ("Norway", "GPE"),
    ]),
    ("Norway", "GPE"),
    ("2015 to 2019", "DATE", "2015/2019"),
    ("Tromsø", "GPE"),
    ("March 2020", "DATE", "2020-03"),
    ("this winter", "DATE", "2021-WI"),
    ("Norway", "GPE"),
    ("January", "DATE", "2022-01"),
    ("Norwegian Meteorological Institute", "ORG"),
    ("next week", "DATE", "2022-02-28/2022-03-06"),
    ("Norwegian Sea", "LOC"),
    ("Lofoten", "LOC"),
    ("Lyngen Alps", "LOC"),
    ("Solheim", "PERSON", "solheim"),
    ("Friday was a gift,", Q, "solheim", [
        ("Friday", "DATE", "2022-02-25"),
    ]),
    ("You cannot book the aurora.", Q, "solheim", []),
    # Sources: the quoted article titles are titles, not QUOTE (section 7a)
    ("Marit Hovland", "PERSON", "hovland"),
    ("Tromsø", "GPE"),
    ("Nordkyst Avis", "ORG"),
    ("February 26, 2022", "DATE", "2022-02-26"),
    ("Polar Space Weather Bulletin", "ORG"),
    ("February 23, 2022", "DATE", "2022-02-23"),
    ("Jonas Berg-Eriksen", "PERSON", "bergeriksen"),
    ("Arctic Travel Review", "ORG"),
    ("February 25, 2022", "DATE", "2022-02-25"),
]

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}
QUOTE_MARKS = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"}


def read(doc_id):
    with open(os.path.join(CORPUS, doc_id + ".txt"), encoding="utf-8", newline="") as f:
        return f.read()


def locate(text, surface, cursor, doc_id):
    start = text.find(surface, cursor)
    if start < 0:
        raise SystemExit(f"{doc_id}: {surface!r} not found after offset {cursor}")
    end = start + len(surface)
    assert text[start:end] == surface
    return start, end


def check_entity_bounds(text, s, e, surface, doc_id):
    # the chosen string must not be cut out of a longer word
    if s > 0 and text[s - 1].isalnum():
        raise SystemExit(f"{doc_id}: {surface!r} at {s} starts inside a word")
    if e < len(text) and text[e].isalnum():
        raise SystemExit(f"{doc_id}: {surface!r} at {s} ends inside a word")
    if surface != surface.strip():
        raise SystemExit(f"{doc_id}: {surface!r} has outer whitespace")


def build_doc(doc_id, entries):
    text = read(doc_id)
    spans = []  # dicts with internal keys
    cursor = 0

    def add_entity(entry, lo, hi):
        surface, label = entry[0], entry[1]
        assert label in LABELS and label != "QUOTE", entry
        s, e = locate(text, surface, lo, doc_id)
        if hi is not None and e > hi:
            raise SystemExit(f"{doc_id}: inner {surface!r} not inside its quote")
        check_entity_bounds(text, s, e, surface, doc_id)
        sp = {"start": s, "end": e, "label": label, "text": surface}
        if label == "DATE":
            sp["value"] = entry[2]
        if label == "PERSON":
            sp["_person"] = entry[2]
        spans.append(sp)
        return e

    for entry in entries:
        if entry[1] == "QUOTE":
            surface, _, speaker, inner = entry
            s, e = locate(text, surface, cursor, doc_id)
            # the span is the text inside the marks: a mark must sit just outside on at least one side
            # (a quote interrupted by attribution, or a paragraph of a multi-paragraph quotation,
            # may lack the closing mark on one side)
            before = text[s - 1] if s > 0 else ""
            after = text[e] if e < len(text) else ""
            if before not in QUOTE_MARKS and after not in QUOTE_MARKS:
                raise SystemExit(f"{doc_id}: quote {surface[:30]!r} not delimited by marks")
            if surface != surface.strip():
                raise SystemExit(f"{doc_id}: quote {surface[:30]!r} has outer whitespace")
            spans.append({"start": s, "end": e, "label": "QUOTE", "text": surface, "_speaker": speaker})
            inner_cursor = s
            for ie in inner:
                inner_cursor = add_entity(ie, inner_cursor, e)
            cursor = e
        else:
            cursor = add_entity(entry, cursor, None)

    spans.sort(key=lambda d: (d["start"], -d["end"]))
    # flatness: no span inside/overlapping another, except entity/date spans inside a QUOTE
    quotes = [d for d in spans if d["label"] == "QUOTE"]
    ents = [d for d in spans if d["label"] != "QUOTE"]
    for a, b in zip(ents, ents[1:]):
        if b["start"] < a["end"]:
            raise SystemExit(f"{doc_id}: overlapping {a['text']!r} and {b['text']!r}")
    for a, b in zip(quotes, quotes[1:]):
        if b["start"] < a["end"]:
            raise SystemExit(f"{doc_id}: overlapping quotes")
    for q in quotes:
        for d in ents:
            if d["start"] < q["end"] and q["start"] < d["end"]:
                if not (q["start"] <= d["start"] and d["end"] <= q["end"]):
                    raise SystemExit(f"{doc_id}: {d['text']!r} crosses a quote boundary")

    for i, d in enumerate(spans, 1):
        d["id"] = f"T{i}"

    relations = []
    for q in quotes:
        spk = q["_speaker"]
        if spk is None:
            continue
        cands = [d for d in spans if d["label"] == "PERSON" and d["_person"] == spk]
        if not cands:
            raise SystemExit(f"{doc_id}: no PERSON mention for speaker {spk}")

        def dist(p):
            return max(0, q["start"] - p["end"], p["start"] - q["end"])

        best = min(cands, key=lambda p: (dist(p), p["start"]))
        relations.append({"from": q["id"], "to": best["id"], "type": "said_by"})

    out_spans = []
    for d in spans:
        o = {"id": d["id"], "start": d["start"], "end": d["end"], "label": d["label"], "text": d["text"]}
        if d["label"] == "DATE":
            o["value"] = d["value"]
        assert text[o["start"]:o["end"]] == o["text"]
        out_spans.append(o)
    return {"doc_id": doc_id, "spans": out_spans, "relations": relations}


def main():
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        manifest = [json.loads(line) for line in f if line.strip()]
    ids = sorted(m["doc_id"] for m in manifest)
    assert ids == sorted(DOCS), (ids, sorted(DOCS))
    out = [build_doc(doc_id, DOCS[doc_id]) for doc_id in ids]
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for doc in out:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    for doc in out:
        counts = {}
        for s in doc["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        print(doc["doc_id"], len(doc["spans"]), dict(sorted(counts.items())),
              "said_by", len(doc["relations"]))


if __name__ == "__main__":
    main()
