#!/usr/bin/env python3
"""Hand-chosen mentions -> offsets -> annotation.jsonl.

Each mention: (surface, label, value_or_None, key, flags)
  - mentions are listed in reading order; each is searched from a cursor
  - flags: "in"  = lies inside the most recent QUOTE (searched from the quote start)
           "after:<ctx>" = advance the cursor past <ctx> first
  - key: for PERSON, a speaker id; for QUOTE, the speaker id (None = never named, 7a)
said_by is computed as the nearest PERSON span (character distance) carrying the quote's key.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def M(text, label, value=None, key=None, flags=""):
    return (text, label, value, key, flags)


P = lambda t, k=None, f="": M(t, "PERSON", None, k, f)
O = lambda t, f="": M(t, "ORG", None, None, f)
G = lambda t, f="": M(t, "GPE", None, None, f)
L = lambda t, f="": M(t, "LOC", None, None, f)
N = lambda t, f="": M(t, "NORP", None, None, f)
D = lambda t, v, f="": M(t, "DATE", v, None, f)
Q = lambda t, k, f="": M(t, "QUOTE", None, k, f)
I = "in"

DOCS = {}

# ---------------------------------------------------------------- egypt (dct Tue 2026-02-10)
DOCS["holdout11-egypt-luxor-tomb"] = ("egy", [
    G("Luxor"),
    P("Nadia El-Shazly"),
    G("CAIRO"), G("Luxor"), G("Egypt"), O("Ministry of Tourism and Antiquities"), D("Tuesday", "2026-02-10"),
    L("Dra Abu el-Naga"), P("Amenemhat"), D("3,400 years ago", "-1374"),
    Q("remarkably preserved.", None),
    N("Egyptian"), N("British"), O("Supreme Council of Antiquities"), O("University of Liverpool"), D("2019", "2019"),
    P("Hany Abdel-Rahman", "AR"), O("Supreme Council of Antiquities"),
    Q("This is one of the most important private tombs found in Thebes in recent years,", "AR"),
    G("Thebes", I), D("recent years", "PAST_REF", I),
    P("Abdel-Rahman", "AR"),
    Q("The inscriptions give us the names of his wife, his children and even his servants. It is a complete family portrait.", "AR"),
    N("British"), P("Helen Ashworth-Price", "HAP"), O("X"),
    Q("Eight seasons of sand and patience, and today Amenemhat said hello 🏺✨ So proud of our Egyptian and Liverpool colleagues,", "HAP"),
    D("today", "2026-02-10", I), P("Amenemhat", None, I), N("Egyptian", I), O("Liverpool", I),
    G("Luxor"), P("Ashworth-Price", "HAP"), D("last November", "2025-11"), D("January", "2026-01"),
    Q("When we finally lit up the first chamber, nobody said a word for about a minute,", "HAP"),
    Q("You do not often see colour like that. The blues and yellows look as though they were painted last week.", "HAP"),
    D("last week", "2026-02-02/2026-02-08", I),
    P("Amenhotep III"),
    L("Dra Abu el-Naga"), N("European"), D("the 19th century", "1800/1899"), D("the 1920s", "1920/1929"),
    P("Howard Carter"), P("Tutankhamun"), L("Valley of the Kings"),
    P("Mona Youssef", "MY"), O("Cairo University"), Q("far from exhausted.", "MY"),
    G("Egypt"), D("recent years", "PAST_REF"), O("Grand Egyptian Museum"), G("Giza"), D("last year", "2025"),
    D("2028", "2028"),
])

# ---------------------------------------------------------------- EU (dct Thu 2023-11-23)
DOCS["holdout11-eu-packaging-vote"] = ("eu", [
    O("European Parliament"),
    P("Clara Weissmüller"),
    G("BRUSSELS"), O("European Parliament"), D("Wednesday", "2023-11-22"), O("EU"),
    G("Strasbourg"), O("Council of the EU"), D("next month", "2023-12"),
    O("European People's Party"), O("EPP"), O("EPP"), N("Italians"), N("Portuguese"),
    O("Socialists and Democrats"), O("S&D"),
    Q("We did not come here to ban the espresso cup,", "LBF"),
    N("Italian"), P("Lorenzo Bassani-Ferri", "LBF"), O("EPP"),
    Q("We came to write rules that a café in Naples and a supermarket in Stockholm can both live with.", "LBF"),
    G("Naples", I), G("Stockholm", I),
    N("Swedish"), O("Renew Europe"), P("Elin Håkansson", "EH"),
    Q("not perfect, but workable.", "EH"), O("Parliament"), Q("avoided the worst", "EH"),
    O("S&D"),
    Q("Europeans throw away almost 190 kilos of packaging each every year,", "MJF"), N("Europeans", I),
    N("Spanish"), N("Socialist"), P("María José de la Fuente", "MJF"),
    Q("Today, for once, this house listened to them rather than to the paper industry.", "MJF"),
    D("Today", "2023-11-22", I),
    N("German"), P("Jonas Ebner", "JE"), Q("the real fight starts in the trilogues.", "JE"),
    O("Greens"), N("French"), N("Green"), P("Théo Marchand", "TM"),
    Q("a recycling law written by people who do not want to recycle.", "TM"),
    O("Renew"), O("Renew"), D("Tuesday", "2023-11-21"), Q("long and, at moments, loud.", None),
    O("European Commission"), D("a year ago", "2022"),
    Q("The Commission takes note of the Parliament's position and will work constructively with both co-legislators,", None),
    O("Commission", I), O("Parliament", I),
    O("Commission"), O("Politico Europe"), D("Wednesday", "2023-11-22"),
    Q("Our goal remains to reduce packaging waste while protecting the single market. We count on a swift agreement.", None),
    G("Spain"), O("Council"), D("the end of December", "2023-12"), D("the spring", "2024-SP"), N("European"),
    N("Belgian"), O("EPP"), P("Pieter van der Heyden", "PVH"), Q("very difficult,", "PVH"),
    G("Rome"), G("Helsinki"),
    Q("We have a mandate,", "PVH"), Q("Now we will see how strong it really is.", "PVH"),
])

# ---------------------------------------------------------------- hurricane (dct Wed 2015-08-26; CRLF)
DOCS["holdout11-hurricane-odalys-jamaica"] = ("hur", [
    G("Jamaica"), G("Cayman Islands"),
    P("Desmond Clarke-Whyte"), P("Renata Álvarez Soto"), O("Associated Press"),
    G("KINGSTON"), G("Jamaica"), O("AP"), G("Jamaica"), D("Wednesday", "2015-08-26"),
    G("Jamaica"), D("Monday", "2015-08-24"), L("Morant Point"), O("U.S. National Hurricane Center"), G("Miami"),
    D("Wednesday", "2015-08-26"), L("Grand Cayman"), L("Caribbean Sea"), G("Cayman Islands"), D("Thursday", "2015-08-27"),
    O("Meteorological Service of Jamaica"), D("Tuesday", "2015-08-25"),
    G("St. Thomas"), G("Portland"), G("St. Mary"),
    Q("The wind has gone, but the water is still coming down from the Blue Mountains,", "WBH"), L("Blue Mountains", I),
    P("Winsome Barrett-Hylton", "WBH"), O("Office of Disaster Preparedness and Emergency Management"),
    Q("We are asking people in the river valleys not to go back to their homes until the police tell them it is safe.", "WBH"),
    P("Barrett-Hylton", "WBH"), G("Port Royal"), D("Monday", "2015-08-24"),
    G("Morant Bay"), D("Tuesday", "2015-08-25"), P("Leonie Forbes", "LF"),
    Q("I was praying the whole night,", "LF"), P("Forbes", "LF"),
    Q("When I heard the roof go, I just took my grandchildren and went under the table.", "LF"),
    O("Jamaica Public Service Co."), D("Wednesday", "2015-08-26"), D("next week", "2015-08-31/2015-09-06"),
    O("Ministry of Transport and Mining"), D("Tuesday", "2015-08-25"),
    Q("Flights are operating, but passengers should check with their airlines,", None),
    D("the week", "2015-08-24/2015-08-30"), G("Haiti"), G("Dominican Republic"), L("Hispaniola"),
    G("Cayman Islands"), L("Grand Cayman"), D("Wednesday", "2015-08-26"), L("Cayman Brac"), L("Little Cayman"),
    L("Atlantic"), D("Nov. 30", "2015-11-30"),
    O("Associated Press"), P("Marcus Thelwell"), G("Miami"),
])

# ---------------------------------------------------------------- korea (dct Thu 2019-10-24)
DOCS["holdout11-korea-oled-investment"] = ("kor", [
    O("Haneul Display"),
    G("SEOUL"), D("Oct. 24", "2019-10-24"), O("Yonhap"), O("Haneul Display Co."), O("Haneul Group"),
    D("Thursday", "2019-10-24"), N("Chinese"),
    G("Asan"), G("South Chungcheong Province"), D("the second half of 2021", "2021-07/2021-12"),
    Q("Foldable devices are moving from a niche product to the mainstream faster than the market expected,", "CMS"),
    O("Haneul Display"), P("Choi Min-seok", "CMS"),
    Q("This investment will secure our position as a key supplier to global smartphone makers for the next decade.", "CMS"),
    D("third-quarter", "2019-07/2019-09"), D("a year earlier", "2018-07/2018-09"), D("July-September", "2019-07/2019-09"),
    P("Yoon Ha-eun", "YHE"), D("the first quarter of next year", "2020-01/2020-03"), G("Paju"),
    Q("We will focus our resources on OLED, where we have a technological edge,", "YHE"), P("Yoon", "YHE"),
    Q("The restructuring of the LCD business will be largely completed within fiscal year 2020.", "YHE"),
    D("fiscal year 2020", "2020", I),
    O("Haneul Display"), O("Haneul Group"), G("South Korea"),
    O("Ministry of Science and ICT"), D("next year", "2020"), N("Japanese"), G("Tokyo"), D("July", "2019-07"),
    Q("The government will actively support companies to build a self-reliant supply chain for core materials, parts and equipment,", "JSH"),
    P("Jang Seung-ho", "JSH"),
    D("Nov. 4-8", "2019-11-04/2019-11-08"),
    P("Kim Ji-yeon", "KJY"), O("Daeyang Securities"), Q("unavoidable", "KJY"),
    Q("Chinese firms like BOE are aggressively expanding capacity with government support,", "KJY"),
    N("Chinese", I), O("BOE", I), P("Kim", "KJY"),
    Q("Haneul Display needs to secure orders from at least one more major customer before the new line starts running.", "KJY"),
    O("Haneul Display", I),
    O("Haneul Display"), G("Seoul"),
    G("New York"), D("Dec. 10", "2019-12-10"), D("2019", "2019"), D("January", "2020-01"),
])

# ---------------------------------------------------------------- retailer (dct Wed 2016-09-14)
DOCS["holdout11-retailer-profit-warning"] = ("ret", [
    O("Harcourt & Lyle"),
    P("Oliver Pennington-Smythe"), G("London"),
    O("Harcourt & Lyle"), D("Wednesday", "2016-09-14"),
    D("the financial year ending in February 2017", "2016-03/2017-02"), D("May", "2016-05"), D("last year", "2015"),
    D("the first half", "2016-03/2016-08"), D("27 August", "2016-08-27"),
    P("Fiona MacBrayne", "FM"), O("EU"), D("June", "2016-06"), L("Asia"), G("US"),
    Q("We have taken the decision not to pass the full increase on to customers at a time when they are clearly cautious,", "FM"),
    P("MacBrayne", "FM"),
    Q("That protects our market share, but it comes at a cost to margin this year.", "FM"), D("this year", "2016", I),
    D("July and August", "2016-07/2016-08"), Q("disappointing", "FM"), L("Midlands"), G("England"),
    O("Harcourt & Lyle"), D("the last financial year", "2015-03/2016-02"), D("the end of 2017", "2017"),
    Q("This is a business that bet heavily on bricks and mortar just as its customers moved online,", "PR"),
    P("Priya Ramanathan", "PR"), O("Dunmore Capital"),
    Q("Two warnings in one half is hard to explain away as bad luck.", "PR"),
    P("Ramanathan", "PR"),
    O("Harcourt & Lyle"), G("Leeds"),
    Q("reassess", None), D("next spring", "2017-SP"),
    P("Anthony Wrexham", "AW"), D("next July", "2017-07"), Q("full confidence", "AW"),
    Q("The fundamentals of this business are sound,", "AW"),
    Q("But we are operating in a market that has changed faster than any of us expected.", "AW"),
    O("Harcourt & Lyle"), D("19 October", "2016-10-19"),
])

# ---------------------------------------------------------------- rugby (dct Sat 2022-04-09)
DOCS["holdout11-rugby-league-stingers-ravens"] = ("rug", [
    O("Stingers"), O("Ravens"), P("Halloran", "JH"),
    P("Mitchell Doyle"),
    G("TOWNSVILLE"), O("Townsville Stingers"), O("Canberra Ravens"), D("Friday", "2022-04-08"), D("this season", "2022"),
    P("Jayden Halloran", "JH"), O("Stingers"), O("Ravens"),
    O("Townsville"), P("Sione Tupou-Falaniko"), P("Brodie McCann"), O("Canberra"),
    P("Liam O'Dwyer"), P("Ratu Vakacegu"),
    P("Halloran", "JH"), O("Canberra"), P("Kane Whitcombe"),
    Q("Jayden's been copping a bit of criticism, and fair enough, he copped it last season too,", "GP"),
    P("Jayden", "JH", I), D("last season", "2021", I),
    O("Stingers"), P("Greg Pattison", "GP"),
    Q("But tonight he showed what he's about. When the game was on the line, he wanted the ball.", "GP"),
    D("tonight", "2022-04-08", I),
    P("Pattison", "GP"),
    Q("We got a bit comfortable,", "GP"),
    Q("You can't do that against a side like Canberra. They've got big men who'll run all night, and they made us pay for every missed tackle.", "GP"),
    O("Canberra", I),
    O("Canberra"), P("Dean Mavromatis", "DM"), P("Harrison Kealy"),
    Q("I've seen it ten times now and I still don't know how that's a knock-on,", "DM"), P("Mavromatis", "DM"),
    Q("But we didn't lose the game on one decision. We lost it in the first 20 minutes.", "DM"),
    O("Townsville"), D("last season", "2021"), P("Warren Bligh"), P("Pattison", "GP"),
    O("New Zealand Rugby League"), D("November", "2021-11"),
    P("Halloran", "JH"), D("last month", "2022-03"), P("Nathan Fifita", "NF"),
    Q("Fifo's been on my back all week about that kick,", "JH"), P("Fifo", "NF", I), P("Halloran", "JH"),
    Q("I think he'll be happy with that one. I might even get a day off.", "JH"),
    O("Stingers"), O("Melbourne"), D("next Saturday", "2022-04-16"), O("Ravens"), O("Newcastle"),
    D("Sunday week", "2022-04-17"),
    O("Stingers"), P("Josh Maitland-Cole", "JMC"), O("NRL"),
    Q("It's been a long road,", "JMC"), P("Maitland-Cole", "JMC"), Q("I'm just proud to still be here.", "JMC"),
    O("Townsville Stingers"), P("S Tupou-Falaniko"), P("B McCann"), P("K Whitcombe"), P("J Halloran", "JH"),
    O("Canberra Ravens"), P("A Rossi"), P("L O'Dwyer"), P("R Vakacegu"), P("T Sanderson"),
])

# ---------------------------------------------------------------- sask (dct Thu 2025-03-06)
DOCS["holdout11-sask-by-election"] = ("sk", [
    O("Sask. Party"), L("Saskatoon Riverside"), O("NDP"),
    P("Ashley Thiessen"), O("CBC News"), D("Mar 06, 2025", "2025-03-06"),
    O("Saskatchewan Party"), L("Saskatoon Riverside"), O("NDP"),
    O("Elections Saskatchewan"), D("Wednesday", "2025-03-05"), O("Saskatchewan Party"), P("Kyle Vandermeer", "KV"),
    N("New Democrat"), P("Priya Deshpande-Loewen", "PDL"),
    D("last fall", "2024-FA"), P("Glen Hrycenko"),
    P("Daniel Boychuk", "DB"), G("Regina"), D("Thursday", "2025-03-06"), Q("grateful", "DB"),
    Q("People in Saskatoon Riverside told us they want a government that keeps taxes low and keeps the economy moving. We heard that at the doors, and we heard it again last night.", "DB"),
    L("Saskatoon Riverside", I), D("last night", "2025-03-05", I),
    Q("I'm not going to pretend it was an easy campaign. It was a close race, and we'll take the message that families are feeling the cost of living. That is exactly why our budget later this month will put money back in their pockets.", "DB"),
    D("this month", "2025-03", I),
    D("March 19", "2025-03-19"), D("the 2024-25 fiscal year", "2024-04/2025-03"), D("March 31", "2025-03-31"),
    O("NDP"), P("Monique Lafrenière-Hart", "MLH"), G("Saskatoon"),
    Q("A year ago, nobody thought this riding was in play,", "MLH"), D("A year ago", "2024", I),
    P("Lafrenière-Hart", "MLH"),
    Q("Tonight the Sask. Party held it by a hair. That should worry them.", "MLH"),
    D("Tonight", "2025-03-05", I), O("Sask. Party", I),
    P("Deshpande-Loewen", "PDL"), O("Royal University Hospital"),
    Q("I'm proud of the campaign we ran,", "PDL"),
    Q("We talked about health care every single day, and people listened.", "PDL"),
    O("Elections Saskatchewan"), D("October", "2024-10"),
    P("Jean-Marc Ouellet", "JMO"), O("University of Saskatchewan"),
    Q("Governments tend to lose ground in by-elections, so I wouldn't overread it,", "JMO"),
    Q("But a swing of this size in a suburban Saskatoon seat will get the attention of MLAs in the caucus room.", "JMO"),
    G("Saskatoon", I),
    P("Vandermeer", "KV"), G("Saskatoon"), D("next week", "2025-03-10/2025-03-16"),
    O("Saskatchewan Party"), O("NDP"),
    O("Green Party"), P("Tessa Blackbird"), O("Saskatchewan United Party"),
])

# ---------------------------------------------------------------- school (dct Thu 2018-08-16)
DOCS["holdout11-school-board-start-times"] = ("sch", [
    O("Maple Ridge"),
    P("Danielle Okafor"), O("KQTV 6 News"), D("Aug 16, 2018", "2018-08-16"),
    G("CEDAR FALLS"), G("Iowa"), O("KQTV"), O("Maple Ridge Community School District"), D("this fall", "2018-FA"),
    D("Tuesday, Aug. 14", "2018-08-14"),
    O("Lincoln"), O("Westbrook"), D("Aug. 23", "2018-08-23"),
    P("Rebecca Lindqvist", "RL"),
    Q("The research on adolescent sleep is really clear,", "RL"), P("Lindqvist", "RL"),
    Q("When we let middle schoolers start a little later, attendance goes up and tardies go down. This is a small change that we think will pay off.", "RL"),
    P("Tom Grzelak", "TG"),
    Q("I heard from a lot of families who drop their kids off on the way to a 7:30 shift,", "TG"),
    Q("We owe them a solution, and the district has promised before-school supervision starting at 7:15.", "TG"),
    P("Janice Whitfield", "JW"), P("Marcus Oyelaran", "MO"), P("Whitfield", "JW"), O("Hawkeye Student Transit"),
    Q("We're voting on a schedule before we know whether the buses can run it,", "JW"), Q("That's backwards.", "JW"),
    P("Oyelaran", "MO"), G("Waterloo"), G("Dubuque"),
    O("Cedar Falls High School"),
    Q("Every single day I'm competing with a screen in a pocket,", "ARN"), P("Angela Ruiz-Navarro", "ARN"),
    Q("I'm not asking for a miracle. I'm asking for 50 minutes.", "ARN"),
    P("Sharon McAllister", "SM"), Q("I don't want a rule that we can't actually carry out,", "SM"), P("McAllister", "SM"),
    D("Monday", "2018-08-20"), D("Sept. 11", "2018-09-11"),
    D("the 2018-19 school year", "2018/2019"),
    P("Lindqvist", "RL"), D("the fall", "2018-FA"), D("next month", "2018-09"), D("Last year", "2017"),
])


def build(doc_id, short, mentions):
    path = os.path.join(CORPUS, doc_id + ".txt")
    text = open(path, encoding="utf-8", newline="").read()
    spans, keys = [], []
    cursor, qstart, qend = 0, None, 0
    for n, (surf, label, value, key, flags) in enumerate(mentions, 1):
        inside = "in" in flags.split(",")
        if inside:
            frm = max(cursor, qstart)
        else:
            frm = max(cursor, qend)
        i = text.find(surf, frm)
        assert i >= 0, (doc_id, surf, frm)
        if inside:
            assert qstart <= i and i + len(surf) <= qend, (doc_id, surf, "not inside quote")
        # word-boundary check for entities
        if label != "QUOTE":
            if i > 0 and text[i - 1].isalnum():
                raise AssertionError((doc_id, surf, "left boundary", text[i - 5:i + 5]))
            e = i + len(surf)
            if e < len(text) and text[e].isalnum():
                raise AssertionError((doc_id, surf, "right boundary", text[i:e + 5]))
        s = {"id": f"{short}-{n}", "start": i, "end": i + len(surf), "label": label, "text": surf}
        if label == "DATE":
            assert value, surf
            s["value"] = value
        assert text[s["start"]:s["end"]] == surf
        assert surf == surf.strip() and "\r" not in surf and "\n" not in surf
        spans.append(s)
        keys.append(key)
        if label == "QUOTE":
            qstart, qend = i, i + len(surf)
            cursor = i
            # the quote must sit right inside quotation marks (or run to a paragraph end, 7a)
            opening = text[i - 1]
            assert opening in "\"“‘'", (doc_id, surf, repr(opening))
            closing = text[qend] if qend < len(text) else "\n"
            assert closing in "\"”’'\r\n", (doc_id, surf, repr(closing))
        else:
            cursor = i + len(surf)
    # flatness: only entity/date spans inside a QUOTE
    order = sorted(spans, key=lambda s: (s["start"], -s["end"]))
    for a in range(len(order)):
        for b in range(a + 1, len(order)):
            x, y = order[a], order[b]
            if y["start"] >= x["end"]:
                break
            ok = x["label"] == "QUOTE" and y["label"] != "QUOTE" and y["end"] <= x["end"]
            assert ok, (doc_id, x, y)
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    # said_by: nearest PERSON mention naming the speaker
    rels = []
    for s, k in zip(spans, keys):
        if s["label"] != "QUOTE" or k is None:
            continue
        best = None
        for p, pk in zip(spans, keys):
            if p["label"] != "PERSON" or pk != k:
                continue
            if p["end"] <= s["start"]:
                d = s["start"] - p["end"]
            elif p["start"] >= s["end"]:
                d = p["start"] - s["end"]
            else:
                d = 0
            if best is None or d < best[0]:
                best = (d, p["id"])
        assert best, (doc_id, s)
        rels.append({"from": s["id"], "to": best[1], "type": "said_by"})
    return {"doc_id": doc_id, "spans": spans, "relations": rels}


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    out = []
    for m in manifest:
        short, mentions = DOCS[m["doc_id"]]
        out.append(build(m["doc_id"], short, mentions))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for d in out:
        c = {}
        for s in d["spans"]:
            c[s["label"]] = c.get(s["label"], 0) + 1
        print(d["doc_id"], c, "said_by", len(d["relations"]))
    print("total said_by", sum(len(d["relations"]) for d in out))


if __name__ == "__main__":
    main()
