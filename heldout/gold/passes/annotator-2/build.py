#!/usr/bin/env python3
"""Annotator 2: hand-chosen mentions for the eight holdout22 articles.

Every mention below was chosen by reading the article (no tagger, no regex entity
finder).  This script only locates each chosen surface string with a cursor that
moves forward through the text, checks text[start:end] == surface, computes the
said_by target of each QUOTE (the speaker's PERSON mention nearest by character
distance, GUIDELINES section 7) and writes annotation.jsonl next to itself.

Entry helpers:
  P(surface, who)          PERSON; `who` is a key naming the person (for said_by)
  O/G/L/N(surface)         ORG / GPE / LOC / NORP
  D(surface, value)        DATE with its value
  Q(surface, who)          QUOTE; `who` = speaker key, or None (speaker never named)
Options:
  inq=True   the mention lies inside the QUOTE listed just before it (the cursor
             was left at that quote's start); checked against the quote offsets
  ctx="..."  locate the first occurrence of ctx from the cursor and take the
             surface inside it (used where an unannotated occurrence comes first)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")


def E(label, surface, value=None, who=None, inq=False, ctx=None):
    return {"label": label, "surface": surface, "value": value, "who": who,
            "inq": inq, "ctx": ctx}


def P(s, who, **k):
    return E("PERSON", s, who=who, **k)


def O(s, **k):
    return E("ORG", s, **k)


def G(s, **k):
    return E("GPE", s, **k)


def L(s, **k):
    return E("LOC", s, **k)


def N(s, **k):
    return E("NORP", s, **k)


def D(s, value, **k):
    return E("DATE", s, value=value, **k)


def Q(s, who, **k):
    return E("QUOTE", s, who=who, **k)


DOCS = {}

# ---------------------------------------------------------------- ABC Darwin
# dct 2018-02-13 (Tuesday); CRLF line endings.
DOCS["holdout22-abc-darwin-cyclone"] = [
    L("Top End"),
    P("Sophie Kendrigan", "kendrigan"),
    D("Tue 13 Feb 2018", "2018-02-13"),
    N("Aboriginal"),
    L("Top End"),
    D("today", "2018-02-13"),
    L("Arafura Sea"),
    D("Wednesday", "2018-02-14"),
    O("Bureau of Meteorology"),
    L("Cape Hotham"),
    G("Milingimbi"),
    L("Tiwi Islands"),
    G("Northern Territory"),
    P("Adam Pettigrew", "pettigrew"),
    Q("sitting over very warm water and doing exactly what we'd expect it to do", "pettigrew"),
    Q("The most likely scenario at this stage is landfall somewhere between the Cobourg "
      "Peninsula and Maningrida on Thursday morning,", "pettigrew"),
    L("Cobourg Peninsula", inq=True),
    G("Maningrida", inq=True),
    D("Thursday", "2018-02-15", inq=True),
    Q("But these systems can wobble, and people in Darwin shouldn't assume they're out of "
      "the firing line.", "pettigrew"),
    G("Darwin", inq=True),
    L("Tiwi Islands"),
    L("Arnhem Land"),
    D("Friday", "2018-02-16"),
    L("Mary"),
    L("Daly"),
    G("Wurrumiyanga"),
    L("Bathurst Island"),
    O("Tiwi Islands Regional Council"),
    O("Tiwi Land Council"),
    P("Bernard Tipiloura", "tipiloura"),
    D("the weekend", "2018-02-10/2018-02-11"),
    Q("Old people remember what the big winds can do,", "tipiloura"),
    P("Tipiloura", "tipiloura"),
    Q("Nobody here is taking it lightly.", "tipiloura"),
    O("Northern Territory Emergency Service"),
    G("Maningrida"),
    G("Galiwinku"),
    D("last week", "2018-02-05/2018-02-11"),
    Q("Don't wait for the sirens,", None),
    Q("If you're in a remote community, the time to tie down loose items, fill water "
      "containers and check on your neighbours is today, not tomorrow.", None),
    D("today", "2018-02-13", inq=True),
    D("tomorrow", "2018-02-14", inq=True),
    O("Northern Land Council"),
    L("Arnhem Land"),
    D("next week", "2018-02-19/2018-02-25"),
    G("Katherine"),
    G("Galiwinku"),
    P("Lorraine Garrawurra", "garrawurra"),
    L("Elcho Island"),
    D("March 2014", "2014-03"),
    D("Eighteen months later", "2015-09"),
    Q("We're ready, but we're tired,", "garrawurra"),
    P("Garrawurra", "garrawurra"),
    Q("Yolngu families look after each other. We will be okay, but we need the Government "
      "to remember us after the wind stops.", "garrawurra"),
    N("Yolngu", inq=True),
    G("Darwin"),
    O("NT Government"),
    D("Thursday", "2018-02-15"),
    L("Top End"),
    D("this wet season", "2017-10/2018-04"),
    D("October", "2017-10"),
    P("Pettigrew", "pettigrew"),
    L("Gulf of Carpentaria"),
    Q("We'll know a lot more by tomorrow afternoon,", "pettigrew"),
    D("tomorrow", "2018-02-14", inq=True),
]

# ---------------------------------------------------------------- AP Boise
# dct 2024-08-14 (Wednesday).
DOCS["holdout22-ap-boise-wildfire"] = [
    G("Boise"),
    P("DANIELLE HARTWICK", "hartwick"),
    O("Associated Press"),
    G("BOISE"),
    G("Idaho"),
    O("AP"),
    G("Boise"),
    D("Tuesday", "2024-08-13"),
    G("Ada"),
    G("Boise"),
    G("Idaho"),
    D("Wednesday", "2024-08-14"),
    O("Boise Fire Department"),
    O("U.S. Bureau of Land Management"),
    Q("It went from a spot fire to a running fire in about 20 minutes,", "delgado"),
    G("Boise"),
    P("Marcus Delgado", "delgado"),
    D("Wednesday", "2024-08-14"),
    Q("We had engines on it almost right away, and the wind simply outran them.", "delgado"),
    P("Delgado", "delgado"),
    P("Carla Whitfield", "whitfield"),
    D("Tuesday", "2024-08-13"),
    O("Idaho National Guard"),
    P("Whitfield", "whitfield"),
    N("Republican"),
    G("Boise"),
    D("Wednesday", "2024-08-14"),
    Q("a warning shot for the rest of the season.", "whitfield"),
    Q("Nobody in this valley should wait for a knock on the door,", "whitfield"),
    Q("If you're told to go, go.", "whitfield"),
    O("American Red Cross"),
    G("Eagle"),
    Q("I've never seen it come down the ridge like that,", None),
    Q("Not once.", None),
    O("National Weather Service"),
    G("Boise"),
    D("Thursday", "2024-08-15"),
    D("Friday", "2024-08-16"),
    O("Bureau of Land Management"),
    L("Boise Foothills"),
    D("Aug. 23", "2024-08-23"),
    Q("If the weather gives us the break it's promising, we can turn a corner,", "delgado"),
    P("Delgado", "delgado"),
    Q("but I'm not going to make promises on behalf of the wind.", "delgado"),
    D("August 2018", "2018-08"),
    L("Boise River"),
    D("Two years later", "2020"),
    G("Idaho"),
    D("recent years", "PAST_REF"),
    D("Last week", "2024-08-05/2024-08-11"),
    O("National Interagency Fire Center"),
    G("Boise"),
    G("Oregon"),
    G("Nevada"),
    G("Montana"),
    L("Salmon River Mountains"),
    D("July", "2024-07"),
    D("this year", "2024"),
    O("Associated Press"),
    P("Leo Tamsin", "tamsin"),
    G("Salt Lake City"),
]

# ---------------------------------------------------------------- CBC Halifax
# dct 2023-10-12 (Thursday).
DOCS["holdout22-cbc-halifax-housing"] = [
    G("Dartmouth"),
    P("Geneviève Arsenault", "arsenault"),
    O("CBC News"),
    D("Oct 12, 2023", "2023-10-12"),
    G("Dartmouth"),
    G("Halifax"),
    D("next week", "2023-10-16/2023-10-22"),
    D("the weekend", "2023-10-07/2023-10-08"),
    O("Harbourline Residential Inc."),
    D("Jan. 31", "2024-01-31"),
    Q("substantial renovations", None),
    P("Marc-André Thériault", "theriault"),
    Q("We're not asking for charity,", "theriault"),
    P("Thériault", "theriault"),
    Q("we're asking for the rules to mean something.", "theriault"),
    P("Chantal Thériault-Boudreau", "chantal"),
    O("Facebook"),
    D("Sunday", "2023-10-08"),
    Q("Dad has lived here for eleven years \U0001F3E0 and they gave him until January. "
      "Where is he supposed to go at 67? \U0001F494", "chantal"),
    D("January", "2024-01", inq=True),
    D("Wednesday", "2023-10-11"),
    P("Paul Desrochers", "desrochers"),
    G("Halifax"),
    D("next Tuesday", "2023-10-17"),
    Q("meet with as many people as his schedule allows", None),
    G("Nova Scotia"),
    P("Carolyn MacIsaac", "macisaac"),
    D("last fall", "2022-FA"),
    Q("Renovictions are not a loophole we intend to leave open,", "macisaac"),
    P("MacIsaac", "macisaac"),
    Q("Tenants who believe their landlord is acting in bad faith should contact Residential "
      "Tenancies right away.", "macisaac"),
    O("Residential Tenancies", inq=True),
    O("Harbourline"),
    D("Wednesday", "2023-10-11"),
    O("Halifax Regional Council"),
    D("this week", "2023-10-09/2023-10-15"),
    G("New Westminster"),
    G("B.C."),
    D("2019", "2019"),
    P("Daniel LeBlanc", "leblanc"),
    Q("This is happening in every corner of this city,", "leblanc"),
    P("LeBlanc", "leblanc"),
    Q("At some point we have to act.", "leblanc"),
    O("Canada Mortgage and Housing Corporation"),
    G("Halifax"),
    D("recent years", "PAST_REF"),
    L("Atlantic Canada"),
    P("Sylvie Cormier", "cormier"),
    O("Dartmouth Tenants' Network"),
    Q("People came here from Quebec, from New Brunswick, from all over the world, because "
      "Halifax was a place you could afford,", "cormier"),
    G("Quebec", inq=True),
    G("New Brunswick", inq=True),
    G("Halifax", inq=True),
    Q("That's not true any more.", "cormier"),
    P("Thériault", "theriault"),
    G("Bedford"),
    G("Halifax"),
    G("Nova Scotia"),
    G("Moncton"),
    Q("I'll be at that rally,", "theriault"),
    Q("I want him to look me in the eye.", "theriault"),
]

# ---------------------------------------------------------------- Dawn Karachi
# dct 2016-10-26 (Wednesday).
DOCS["holdout22-dawn-karachi-water"] = [
    O("SHC"),
    O("KWSB"),
    O("KMC"),
    G("Korangi"),
    D("October 26, 2016", "2016-10-26"),
    G("KARACHI"),
    O("Sindh High Court"),
    D("Tuesday", "2016-10-25"),
    O("Karachi Water and Sewerage Board"),
    O("Karachi Metropolitan Corporation"),
    G("Korangi"),
    G("Landhi"),
    D("Nov 9", "2016-11-09"),
    P("Azra Qamar Soomro", "soomro"),
    O("Korangi Residents' Welfare Association"),
    D("June", "2016-06"),
    P("Faizan Ahmed Channa", "channa"),
    Q("Residents are buying water from tankers filled at the board's own hydrants,", "channa"),
    Q("at four times the official rate.", "channa"),
    O("KWSB"),
    O("Sindh local government department"),
    D("Oct 3", "2016-10-03"),
    D("Oct 14", "2016-10-14"),
    O("KWSB"),
    P("Asad Mehmood Khanzada", "khanzada"),
    L("Indus"),
    L("Keenjhar Lake"),
    G("Balochistan"),
    D("the summer", "2016-SU"),
    G("Dhabeji"),
    D("last week", "2016-10-17/2016-10-23"),
    Q("badly disturbed", "khanzada"),
    Q("Water is not a favour the state does for its citizens,", "soomro"),
    P("Soomro", "soomro"),
    Q("It is their fundamental right.", "soomro"),
    O("KMC"),
    G("Landhi"),
    D("2013", "2013"),
    D("two years later", "2015"),
    D("this year", "2016"),
    G("Karachi"),
    D("recent years", "PAST_REF"),
    O("Sindh irrigation department"),
    D("last month", "2016-09"),
    D("2018", "2018"),
    P("Rukhsana Bibi", "bibi"),
    G("Korangi"),
    L("Sector 33"),
    Q("We have been told for years that the water is coming,", "bibi"),
    Q("When the new pipe comes, my grandchildren will be grown.", "bibi"),
    G("Landhi"),
    G("Korangi"),
    O("KWSB"),
    L("Karsaz"),
    D("last week", "2016-10-17/2016-10-23"),
    O("KWSB"),
    D("next Monday", "2016-10-31"),
    Q("We are sending extra tankers free of charge,", None),
    Q("but we cannot make water appear.", None),
    D("Nov 9", "2016-11-09"),
]

# ---------------------------------------------------------------- DW Saxony
# dct 2020-06-18 (Thursday).
DOCS["holdout22-dw-saxony-lignite"] = [
    G("Saxony"),
    D("18.06.2020", "2020-06-18"),
    P("Franziska Lorenz", "lorenz"),
    N("German"),
    G("Saxony"),
    D("Wednesday", "2020-06-17"),
    L("Lusatia"),
    O("Ostsächsische Kraftwerke AG"),
    O("OSKA"),
    G("Dresden"),
    D("the end of 2030", "2030"),
    D("2034", "2034"),
    O("European Union"),
    Q("At today's carbon prices, every year this plant runs, it loses money,", "eschenbach"),
    D("today", "PRESENT_REF", inq=True),
    O("OSKA"),
    P("Katharina von Eschenbach", "eschenbach"),
    Q("We would rather plan an orderly exit now than be forced into a disorderly one later.",
      "eschenbach"),
    D("March and June", "2020-03/2020-06"),
    D("the spring", "2020-SP"),
    G("Saxony"),
    O("State Ministry for Energy, Climate Protection, Environment and Agriculture"),
    D("last week", "2020-06-08/2020-06-14"),
    P("Jürgen Müller-Brandt", "muellerbrandt"),
    N("Green"),
    Q("not a surprise, but still a shock", "muellerbrandt"),
    Q("Nobody in Lusatia should have to read about their future in a press release,",
      "muellerbrandt"),
    L("Lusatia", inq=True),
    P("Müller-Brandt", "muellerbrandt"),
    O("DW"),
    Q("We expect OSKA to sit down with the workers, and we expect Berlin to keep its promises.",
      "muellerbrandt"),
    O("OSKA", inq=True),
    G("Berlin", inq=True),
    G("Germany"),
    D("2038", "2038"),
    G("Saxony"),
    G("Brandenburg"),
    G("Saxony-Anhalt"),
    G("North Rhine-Westphalia"),
    O("Bundestag"),
    D("next month", "2020-07"),
    P("Björn Häußler", "haeussler"),
    D("the winter", "2019-WI"),
    Q("People here have lived through this before,", "haeussler"),
    P("Häußler", "haeussler"),
    D("the 1990s", "1990/1999"),
    G("Germany"),
    Q("What they want now is a date and a plan, not another round of consultants.", "haeussler"),
    O("OSKA"),
    D("this year", "2020"),
    O("IG BCE"),
    Q("premature", None),
    D("the end of July", "2020-07"),
    G("Weißwasser"),
    N("Polish"),
    P("Torsten Pöhlmann", "poehlmann"),
    G("Dresden"),
    G("Leipzig"),
    G("Bavaria"),
    D("recent years", "PAST_REF"),
    Q("If the young people leave, the money from Berlin won't bring them back,", "poehlmann"),
    G("Berlin", inq=True),
    O("OSKA"),
    L("Spree"),
    L("Neisse River"),
    N("Polish"),
    N("Czech"),
]

# ---------------------------------------------------------------- Guardian Hull
# dct 2019-11-08 (Friday).  Single curly quotation marks (section 7a).
DOCS["holdout22-guardian-hull-ferry"] = [
    G("Hull"),
    G("Rotterdam"),
    P("Helen Marsh", "marsh"),
    L("North of England"),
    D("Fri 8 Nov 2019", "2019-11-08"),
    G("Hull"),
    G("Rotterdam"),
    D("the new year", "2020"),
    O("Humber Star Line"),
    G("East Yorkshire"),
    N("Dutch"),
    D("2004", "2004"),
    D("Thursday", "2019-11-07"),
    G("Hull"),
    D("31 January", "2020-01-31"),
    P("Graham Oakes", "oakes"),
    Q("agonising", "oakes"),
    D("2015 to 2018", "2015/2018"),
    D("this year", "2019"),
    Q("We looked at every option, including a smaller ship and a freight-only timetable,",
      "oakes"),
    Q("None of them closed the gap, and we couldn\u2019t keep asking our crews to live with "
      "that uncertainty.", "oakes"),
    G("Immingham"),
    D("last winter", "2018-WI"),
    P("Oakes", "oakes"),
    G("Britain"),
    O("EU"),
    P("Rebecca Ashdown", "ashdown"),
    Q("deeply disappointed", "ashdown"),
    O("Department for Transport"),
    O("RMT"),
    D("next week", "2019-11-11/2019-11-17"),
    Q("This is a route that has carried families, hauliers and students across the North Sea "
      "for a generation, and I know how much it matters to Hull and to the wider Humber. I have "
      "asked my officials to look urgently at what support might be available to the workers "
      "affected.", "ashdown"),
    L("North Sea", inq=True),
    G("Hull", inq=True),
    L("Humber", inq=True),
    Q("But I will be honest with people: the government cannot run a ferry company, and we "
      "will not pretend otherwise.", "ashdown"),
    P("Diana Whitcombe", "whitcombe"),
    O("Labour"),
    G("Kingston upon Hull East"),
    Q("not good enough", "whitcombe"),
    Q("Three hundred families in my constituency found out on a Thursday afternoon that their "
      "jobs are going,", "whitcombe"),
    D("Thursday", "2019-11-07", inq=True),
    Q("They deserve more than a press release from Whitehall.", "whitcombe"),
    O("Whitehall", inq=True),
    O("RMT"),
    P("Tony Pickering", "pickering"),
    D("the end of the month", "2019-11"),
    N("British"),
    N("Dutch"),
    N("Polish"),
    G("Rotterdam"),
    Q("These are people who have kept that ship running through storms, strikes and endless "
      "Brexit paperwork,", "pickering"),
    P("Pickering", "pickering"),
    Q("They don\u2019t deserve to be treated like spare parts.", "pickering"),
    G("England"),
    G("Zeebrugge"),
    G("Belgium"),
    L("Channel"),
    O("Hull city council"),
    P("Martin Ellery", "ellery"),
    Q("Hull has been told for years that it matters,", "ellery"),
    G("Hull", inq=True),
    Q("Now would be a very good time to prove it.", "ellery"),
    D("31 January", "2020-01-31"),
    G("Rotterdam"),
    D("two days later", "2020-02-02"),
]

# ---------------------------------------------------------------- Rappler Cebu
# dct 2017-03-14 (Tuesday).  The text has one no-break space (in "6\u00a0km").
DOCS["holdout22-rappler-cebu-jeepney"] = [
    G("Cebu"),
    P("Kristine Joy Abellana", "abellana"),
    D("March 14, 2017", "2017-03-14"),
    D("March 14, 2017", "2017-03-14"),
    G("CEBU CITY"),
    G("Philippines"),
    G("Metro Cebu"),
    D("Thursday and Friday, March 16 and 17", "2017-03-16/2017-03-17"),
    D("Tuesday, March 14", "2017-03-14"),
    O("Sugbuanong Tsuper Alliance"),
    O("STA"),
    G("Cebu City"),
    G("Mandaue City"),
    G("Lapu-Lapu City"),
    G("Talisay City"),
    G("Mandaue"),
    O("STA"),
    P('Ramon "Monching" dela Cruz', "delacruz"),
    Q("Dili mi kontra sa modernisasyon. Ang among pangutana lang: kinsa ang mobayad?",
      "delacruz"),
    P("Dela Cruz", "delacruz"),
    Q("A driver earns \u20b1500 to \u20b1700 on a good day. How can he pay for a "
      "\u20b11.6-million jeep?", "delacruz"),
    O("Land Transportation Franchising and Regulatory Board"),
    G("Central Visayas"),
    O("LTFRB-7"),
    G("Cebu City"),
    O("Philippine National Police"),
    O("Armed Forces of the Philippines"),
    Q("We respect their right to air their grievances, but the riding public should not suffer,",
      "lapitan"),
    O("LTFRB-7"),
    P("Eduardo Lapitan", "lapitan"),
    O("Rappler"),
    P("Lapitan", "lapitan"),
    Q("as long as they do not block the roads.", "lapitan"),
    O("Department of Transportation"),
    O("DOTr"),
    D("2020", "2020"),
    O("Land Bank of the Philippines"),
    D("June 30", "2017-06-30"),
    P("Dela Cruz", "delacruz"),
    Q("They will lose their jeep, and then they will lose their franchise,", "delacruz"),
    G("Metro Manila"),
    G("Davao City"),
    D("next week", "2017-03-20/2017-03-26"),
    O("STA"),
    P("Jonalyn Paras", "paras"),
    G("Talisay"),
    D("Thursday", "2017-03-16"),
    Q("That's \u20b1250 one way. Half of my day's pay, gone,", "paras"),
    Q("But I understand the drivers. My father drove a jeepney for 20 years.", "paras"),
    D("January", "2017-01"),
    O("LTFRB"),
    G("Cebu"),
    G("Bohol"),
    G("Negros Oriental"),
    N("Cebuano"),
    D("February", "2017-02"),
    O("DOTr"),
    Q("is not anti-poor", None),
    D("this year", "2017"),
    O("STA"),
    D("Friday", "2017-03-17"),
    O("Rappler.com"),
]

# ---------------------------------------------------------------- Wikinews Tromso
# dct 2022-02-26 (Saturday).
DOCS["holdout22-wikinews-tromso-aurora"] = [
    G("Tromsø"),
    G("Norway"),
    D("Saturday, February 26, 2022", "2022-02-26"),
    D("Friday", "2022-02-25"),
    N("Norwegian"),
    G("Tromsø"),
    D("recent years", "PAST_REF"),
    L("Earth"),
    L("Sun"),
    D("Tuesday, February 22", "2022-02-22"),
    D("Three days later", "2022-02-25"),
    L("Telegrafbukta"),
    L("Fløya"),
    L("Kvaløya"),
    G("Alta"),
    G("Finnmark"),
    G("Trondheim"),
    P("Ingrid Solheim", "solheim"),
    O("UiT The Arctic University of Norway"),
    O("United States National Oceanic and Atmospheric Administration"),
    Q("It was not the strongest storm we have measured,", "solheim"),
    P("Solheim", "solheim"),
    Q("but the sky was clear almost everywhere in Troms, and that is rare in February.",
      "solheim"),
    G("Troms", inq=True),
    D("February", "2022-02", inq=True),
    L("Sun"),
    D("2024 and 2026", "2024/2026"),
    P("Henrik Aasland", "aasland"),
    O("Polarlys Tours"),
    D("Friday", "2022-02-25"),
    N("Japanese"),
    N("German"),
    N("Brazilian"),
    Q("People were crying, hugging strangers, calling their families at home,", "aasland"),
    P("Aasland", "aasland"),
    Q("the best of the season, easily.", "aasland"),
    G("Oslo"),
    Q("I have lived in Norway all my life, and I have never seen the sky move like that.", None),
    G("Norway", inq=True),
    G("Norway"),
    D("2015 to 2019", "2015/2019"),
    G("Tromsø"),
    D("March 2020", "2020-03"),
    D("this winter", "2021-WI"),
    G("Norway"),
    D("January", "2022-01"),
    O("Norwegian Meteorological Institute"),
    D("next week", "2022-02-28/2022-03-06"),
    L("Norwegian Sea"),
    L("Lofoten"),
    L("Lyngen Alps"),
    P("Solheim", "solheim"),
    Q("Friday was a gift,", "solheim"),
    D("Friday", "2022-02-25", inq=True),
    Q("You cannot book the aurora.", "solheim"),
    P("Marit Hovland", "hovland"),
    G("Tromsø"),
    O("Nordkyst Avis"),
    D("February 26, 2022", "2022-02-26"),
    O("Polar Space Weather Bulletin"),
    D("February 23, 2022", "2022-02-23"),
    P("Jonas Berg-Eriksen", "bergeriksen"),
    O("Arctic Travel Review"),
    D("February 25, 2022", "2022-02-25"),
]


def read_text(doc_id):
    with open(os.path.join(CORPUS, doc_id + ".txt"), encoding="utf-8", newline="") as f:
        return f.read()


def word_char(c):
    return c.isalnum()


def locate(doc_id, text, entries):
    spans = []
    cursor = 0
    last_quote = None
    for e in entries:
        s = e["surface"]
        if e["ctx"]:
            c = text.find(e["ctx"], cursor)
            assert c >= 0, (doc_id, "context not found", e["ctx"])
            i = text.find(s, c)
            assert c <= i and i + len(s) <= c + len(e["ctx"]), (doc_id, s, e["ctx"])
        else:
            i = text.find(s, cursor)
        assert i >= 0, (doc_id, "not found after cursor", cursor, s)
        j = i + len(s)
        assert text[i:j] == s
        # whole-word match for entity/date mentions
        if e["label"] != "QUOTE":
            assert i == 0 or not word_char(text[i - 1]), (doc_id, "left boundary", s, i)
            assert j == len(text) or not word_char(text[j]), (doc_id, "right boundary", s, i)
        # minimal span: no edge whitespace; QUOTE edges are checked against the marks below
        assert s == s.strip(), (doc_id, "edge whitespace", s)
        sp = {"start": i, "end": j, "label": e["label"], "text": s,
              "value": e["value"], "who": e["who"], "inq": e["inq"]}
        if e["label"] == "QUOTE":
            opening = text[i - 1]
            closing = text[j] if j < len(text) else "\n"
            assert opening in '"\u201c\u2018\'', (doc_id, "no opening mark", s[:30])
            assert closing in '"\u201d\u2019\'' or closing in "\r\n", (doc_id, "no closing mark", s[-30:])
            last_quote = sp
            cursor = i  # mentions inside the quote follow
        else:
            if e["inq"]:
                assert last_quote and last_quote["start"] <= i and j <= last_quote["end"], (
                    doc_id, "inq mention not inside preceding quote", s)
            cursor = j
        spans.append(sp)
    return spans


def check_flat(doc_id, spans):
    quotes = [s for s in spans if s["label"] == "QUOTE"]
    ents = [s for s in spans if s["label"] != "QUOTE"]
    ents_sorted = sorted(ents, key=lambda s: s["start"])
    for a, b in zip(ents_sorted, ents_sorted[1:]):
        assert a["end"] <= b["start"], (doc_id, "overlap", a["text"], b["text"])
    for e in ents:
        inside = [q for q in quotes if q["start"] <= e["start"] and e["end"] <= q["end"]]
        crossing = [q for q in quotes if e["start"] < q["end"] and q["start"] < e["end"]
                    and not (q["start"] <= e["start"] and e["end"] <= q["end"])]
        assert not crossing, (doc_id, "entity crosses quote", e["text"])
        assert bool(inside) == e["inq"], (doc_id, "inq flag wrong", e["text"], e["start"])
    qs = sorted(quotes, key=lambda s: s["start"])
    for a, b in zip(qs, qs[1:]):
        assert a["end"] <= b["start"], (doc_id, "quote overlap")


def distance(q, p):
    if p["end"] <= q["start"]:
        return q["start"] - p["end"]
    if p["start"] >= q["end"]:
        return p["start"] - q["end"]
    return 0


def build_doc(doc_id):
    text = read_text(doc_id)
    spans = locate(doc_id, text, DOCS[doc_id])
    check_flat(doc_id, spans)
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    for n, s in enumerate(spans, 1):
        s["id"] = "T%d" % n
    relations = []
    persons = [s for s in spans if s["label"] == "PERSON"]
    for q in spans:
        if q["label"] != "QUOTE" or q["who"] is None:
            continue
        cands = [p for p in persons if p["who"] == q["who"]]
        assert cands, (doc_id, "speaker has no PERSON mention", q["who"])
        cands.sort(key=lambda p: (distance(q, p), p["start"]))
        if len(cands) > 1:
            assert distance(q, cands[0]) != distance(q, cands[1]), (doc_id, "tie", q["text"][:30])
        relations.append({"from": q["id"], "to": cands[0]["id"], "type": "said_by"})
    out = []
    for s in spans:
        d = {"id": s["id"], "start": s["start"], "end": s["end"], "label": s["label"],
             "text": s["text"]}
        if s["label"] == "DATE":
            d["value"] = s["value"]
        else:
            assert s["value"] is None
        out.append(d)
    return {"doc_id": doc_id, "spans": out, "relations": relations}


def main():
    docs = []
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        manifest = [json.loads(line) for line in f if line.strip()]
    ids = sorted(m["doc_id"] for m in manifest)
    assert sorted(DOCS) == ids, (sorted(DOCS), ids)
    for doc_id in ids:
        docs.append(build_doc(doc_id))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    total = {}
    for d in docs:
        c = {}
        for s in d["spans"]:
            c[s["label"]] = c.get(s["label"], 0) + 1
            total[s["label"]] = total.get(s["label"], 0) + 1
        print(d["doc_id"], len(d["spans"]), "spans", len(d["relations"]), "said_by",
              json.dumps(c, sort_keys=True))
    print("TOTAL", sum(total.values()), json.dumps(total, sort_keys=True))


if __name__ == "__main__":
    sys.exit(main())
