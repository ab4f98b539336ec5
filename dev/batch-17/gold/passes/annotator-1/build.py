"""Hand-chosen annotation; this script only computes offsets and checks them.

Mentions are listed per article in reading order. Each one is searched for from a
cursor (end of the previous span; its start after a QUOTE so that entities inside the
quote are found). `ctx` = text that must immediately precede the mention; `skip` =
number of further occurrences to skip. QUOTEs are given by the first and last few
characters of the quoted text (inside the marks) and the list of name forms of the
speaker; said_by goes to the nearest PERSON span (character distance) with one of
those forms (section 7), or none when the speaker is never named (section 7a).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def E(text, label, value=None, ctx=None, skip=0):
    return dict(kind="E", text=text, label=label, value=value, ctx=ctx, skip=skip)

def P(t, **k): return E(t, "PERSON", **k)
def O(t, **k): return E(t, "ORG", **k)
def G(t, **k): return E(t, "GPE", **k)
def L(t, **k): return E(t, "LOC", **k)
def N(t, **k): return E(t, "NORP", **k)
def D(t, v, **k): return E(t, "DATE", value=v, **k)
def Q(first, last, speaker):
    return dict(kind="Q", first=first, last=last, speaker=speaker)


DOCS = {}

# ---------------------------------------------------------------- Egypt (dct Tue 2026-02-10)
DOCS["holdout11-egypt-luxor-tomb"] = ("egy", [
    G("Luxor"),
    P("Nadia El-Shazly"),
    G("CAIRO"), G("Luxor"), G("Egypt"), O("Ministry of Tourism and Antiquities"),
    D("Tuesday", "2026-02-10"),
    L("Dra Abu el-Naga"), P("Amenemhat"),
    D("3,400 years ago", "-1374"),
    Q("remarkably preserved.", "remarkably preserved.", None),
    N("Egyptian"), N("British"), O("Supreme Council of Antiquities"), O("University of Liverpool"),
    D("2019", "2019"),
    P("Hany Abdel-Rahman"), O("Supreme Council of Antiquities"),
    Q("This is one of", "in recent years,", ["Abdel-Rahman", "Hany Abdel-Rahman"]),
    G("Thebes"), D("recent years", "PAST_REF"),
    P("Abdel-Rahman"),
    Q("The inscriptions give", "complete family portrait.", ["Abdel-Rahman", "Hany Abdel-Rahman"]),
    N("British"), P("Helen Ashworth-Price"), O("X", ctx="followers on "),
    Q("Eight seasons of sand", "Liverpool colleagues,", ["Ashworth-Price", "Helen Ashworth-Price"]),
    D("today", "2026-02-10"), P("Amenemhat"), N("Egyptian"), O("Liverpool"),
    G("Luxor"), P("Ashworth-Price"), D("November", "2025-11", ctx="last "),
    D("January", "2026-01"),
    Q("When we finally lit", "for about a minute,", ["Ashworth-Price", "Helen Ashworth-Price"]),
    Q("You do not often see", "painted last week.", ["Ashworth-Price", "Helen Ashworth-Price"]),
    D("last week", "2026-02-02/2026-02-08"),
    P("Amenhotep III"),
    L("Dra Abu el-Naga"), N("European"), D("the 19th century", "1800/1899"),
    D("the 1920s", "1920/1929"), P("Howard Carter"), P("Tutankhamun"), L("Valley of the Kings"),
    P("Mona Youssef"), O("Cairo University"),
    Q("far from exhausted.", "far from exhausted.", ["Mona Youssef"]),
    G("Egypt"), D("recent years", "PAST_REF"),
    O("Grand Egyptian Museum"), G("Giza"), D("last year", "2025"),
    D("2028", "2028"),
])

# ---------------------------------------------------------------- EU (dct Thu 2023-11-23)
HER = ["Elin Håkansson", "Håkansson"]
MJ = ["María José de la Fuente"]
VDH = ["Pieter van der Heyden"]
BF = ["Lorenzo Bassani-Ferri"]
DOCS["holdout11-eu-packaging-vote"] = ("eu", [
    O("European Parliament"),
    P("Clara Weissmüller"),
    G("BRUSSELS"), O("European Parliament"), D("Wednesday", "2023-11-22"), O("EU"),
    G("Strasbourg"), O("Council of the EU"), D("next month", "2023-12"),
    O("European People's Party"), O("EPP"), O("EPP"), N("Italians"), N("Portuguese"),
    O("Socialists and Democrats"), O("S&D"),
    Q("We did not come here", "the espresso cup,", BF),
    N("Italian"), P("Lorenzo Bassani-Ferri"), O("EPP"),
    Q("We came to write rules", "can both live with.", BF),
    G("Naples"), G("Stockholm"),
    N("Swedish"), O("Renew Europe"), P("Elin Håkansson"),
    Q("not perfect, but", "workable.", HER),
    O("Parliament"),
    Q("avoided the worst", "avoided the worst", HER),
    O("S&D"),
    Q("Europeans throw away", "each every year,", MJ),
    N("Europeans"),
    N("Spanish"), N("Socialist"), P("María José de la Fuente"),
    Q("Today, for once,", "the paper industry.", MJ),
    D("Today", "2023-11-22"),
    N("German"), P("Jonas Ebner"),
    Q("the real fight starts", "in the trilogues.", ["Jonas Ebner"]),
    O("Greens"), N("French"), N("Green"), P("Théo Marchand"),
    Q("a recycling law written", "want to recycle.", ["Théo Marchand"]),
    O("Renew"), O("Renew"), D("Tuesday", "2023-11-21"),
    Q("long and, at moments,", "loud.", None),
    O("European Commission"), D("a year ago", "2022"),
    Q("The Commission takes note", "both co-legislators,", None),
    O("Commission"), O("Parliament"),
    O("Commission"), O("Politico Europe"), D("Wednesday", "2023-11-22"),
    Q("Our goal remains", "a swift agreement.", None),
    G("Spain"), O("Council"), D("the end of December", "2023-12"), D("the spring", "2024-SP"),
    N("European"),
    N("Belgian"), O("EPP"), P("Pieter van der Heyden"),
    Q("very difficult,", "very difficult,", VDH),
    G("Rome"), G("Helsinki"),
    Q("We have a mandate,", "We have a mandate,", VDH),
    Q("Now we will see", "it really is.", VDH),
])

# ---------------------------------------------------------------- Hurricane (dct Wed 2015-08-26)
WBH = ["Winsome Barrett-Hylton", "Barrett-Hylton"]
LF = ["Leonie Forbes", "Forbes"]
DOCS["holdout11-hurricane-odalys-jamaica"] = ("hur", [
    G("Jamaica"), G("Cayman Islands"),
    P("Desmond Clarke-Whyte"), P("Renata Álvarez Soto"), O("Associated Press"),
    G("KINGSTON"), G("Jamaica"), O("AP"), G("Jamaica"), D("Wednesday", "2015-08-26"),
    G("Jamaica"), D("Monday", "2015-08-24"), L("Morant Point"),
    O("U.S. National Hurricane Center"), G("Miami"),
    D("Wednesday", "2015-08-26"), L("Grand Cayman"), L("Caribbean Sea"), G("Cayman Islands"),
    D("Thursday", "2015-08-27"),
    O("Meteorological Service of Jamaica"), D("Tuesday", "2015-08-25"),
    G("St. Thomas"), G("Portland"), G("St. Mary"),
    Q("The wind has gone", "the Blue Mountains,", WBH),
    L("Blue Mountains"),
    P("Winsome Barrett-Hylton"), O("Office of Disaster Preparedness and Emergency Management"),
    Q("We are asking people", "it is safe.", WBH),
    P("Barrett-Hylton"), G("Port Royal"), D("Monday", "2015-08-24"),
    G("Morant Bay"), D("Tuesday", "2015-08-25"), P("Leonie Forbes"),
    Q("I was praying", "the whole night,", LF),
    P("Forbes"),
    Q("When I heard the roof", "under the table.", LF),
    O("Jamaica Public Service Co."), D("Wednesday", "2015-08-26"),
    D("next week", "2015-08-31/2015-09-06"),
    O("Ministry of Transport and Mining"), D("Tuesday", "2015-08-25"),
    Q("Flights are operating", "with their airlines,", None),
    D("the week", "2015-08-24/2015-08-30"), G("Haiti"), G("Dominican Republic"), L("Hispaniola"),
    G("Cayman Islands"), L("Grand Cayman"), D("Wednesday", "2015-08-26"),
    L("Cayman Brac"), L("Little Cayman"),
    L("Atlantic"), D("Nov. 30", "2015-11-30"),
    O("Associated Press"), P("Marcus Thelwell"), G("Miami"),
])

# ---------------------------------------------------------------- Korea (dct Thu 2019-10-24)
CHOI = ["Choi Min-seok"]
YOON = ["Yoon Ha-eun", "Yoon"]
KIM = ["Kim Ji-yeon", "Kim"]
DOCS["holdout11-korea-oled-investment"] = ("kor", [
    O("Haneul Display"),
    G("SEOUL"), D("Oct. 24", "2019-10-24"), O("Yonhap"), O("Haneul Display Co."), O("Haneul Group"),
    D("Thursday", "2019-10-24"), G("US"), D("the next three years", "FUTURE_REF"), N("Chinese"),
    G("Asan"), G("South Chungcheong Province"), D("the second half of 2021", "2021-07/2021-12"),
    Q("Foldable devices are", "the market expected,", CHOI),
    O("Haneul Display"), P("Choi Min-seok"),
    Q("This investment will", "for the next decade.", CHOI),
    D("the next decade", "FUTURE_REF"),
    D("third-quarter", "2019-07/2019-09"), D("a year earlier", "2018-07/2018-09"),
    D("July-September", "2019-07/2019-09"),
    P("Yoon Ha-eun"), D("the first quarter of next year", "2020-01/2020-03"), G("Paju"),
    Q("We will focus our", "a technological edge,", YOON),
    P("Yoon"),
    Q("The restructuring of", "fiscal year 2020.", YOON),
    D("fiscal year 2020", "2020"),
    O("Haneul Display"), O("Haneul Group"), G("South Korea"),
    O("Ministry of Science and ICT"), D("next year", "2020"), N("Japanese"), G("Tokyo"),
    D("July", "2019-07"),
    Q("The government will", "parts and equipment,", ["Jang Seung-ho"]),
    P("Jang Seung-ho"),
    D("Nov. 4-8", "2019-11-04/2019-11-08"),
    P("Kim Ji-yeon"), O("Daeyang Securities"),
    Q("unavoidable", "unavoidable", KIM),
    Q("Chinese firms like", "government support,", KIM),
    N("Chinese"), O("BOE"),
    P("Kim"),
    Q("Haneul Display needs", "starts running.", KIM),
    O("Haneul Display"),
    O("Haneul Display"), G("Seoul"),
    G("New York"), D("Dec. 10", "2019-12-10"), D("2019", "2019"), D("January", "2020-01"),
])

# ---------------------------------------------------------------- Retailer (dct Wed 2016-09-14)
FM = ["Fiona MacBrayne", "MacBrayne"]
PR = ["Priya Ramanathan", "Ramanathan"]
AW = ["Anthony Wrexham"]
DOCS["holdout11-retailer-profit-warning"] = ("ret", [
    O("Harcourt & Lyle"),
    P("Oliver Pennington-Smythe"), G("London"),
    O("Harcourt & Lyle"), D("Wednesday", "2016-09-14"),
    D("February 2017", "2017-02"), D("May", "2016-05"), D("last year", "2015"),
    D("the first half", "2016-03/2016-08"), D("27 August", "2016-08-27"),
    P("Fiona MacBrayne"), O("EU"), D("June", "2016-06"), L("Asia"), G("US"),
    Q("We have taken the", "clearly cautious,", FM),
    P("MacBrayne"),
    Q("That protects our", "margin this year.", FM),
    D("this year", "2016"),
    D("July and August", "2016-07/2016-08"),
    Q("disappointing", "disappointing", FM),
    L("Midlands"), G("England"),
    O("Harcourt & Lyle"), D("the last financial year", "2015-03/2016-02"),
    D("the end of 2017", "2017"),
    Q("This is a business", "moved online,", PR),
    P("Priya Ramanathan"), O("Dunmore Capital"),
    Q("Two warnings in one", "as bad luck.", PR),
    P("Ramanathan"),
    O("Harcourt & Lyle"), D("the next two years", "FUTURE_REF"), G("Leeds"),
    Q("reassess", "reassess", None),
    D("next spring", "2017-SP"),
    P("Anthony Wrexham"), D("next July", "2017-07"),
    Q("full confidence", "full confidence", AW),
    Q("The fundamentals of", "are sound,", AW),
    Q("But we are operating", "of us expected.", AW),
    O("Harcourt & Lyle"), D("19 October", "2016-10-19"),
])

# ---------------------------------------------------------------- Rugby (dct Sat 2022-04-09)
GP = ["Greg Pattison", "Pattison"]
DM = ["Dean Mavromatis", "Mavromatis"]
JH = ["Jayden Halloran", "Halloran", "J Halloran", "Jayden"]
JMC = ["Josh Maitland-Cole", "Maitland-Cole"]
DOCS["holdout11-rugby-league-stingers-ravens"] = ("rug", [
    O("Stingers"), O("Ravens"), P("Halloran"),
    P("Mitchell Doyle"),
    G("TOWNSVILLE"), O("Townsville Stingers"), O("Canberra Ravens"), D("Friday", "2022-04-08"),
    D("this season", "2022"),
    P("Jayden Halloran"), O("Stingers"), O("Ravens"),
    O("Townsville"), P("Sione Tupou-Falaniko"), P("Brodie McCann"), O("Canberra"),
    P("Liam O'Dwyer"), P("Ratu Vakacegu"),
    P("Halloran"), O("Canberra"), P("Kane Whitcombe"),
    Q("Jayden's been copping", "last season too,", GP),
    P("Jayden"), D("last season", "2021"),
    O("Stingers"), P("Greg Pattison"),
    Q("But tonight he showed", "wanted the ball.", GP),
    D("tonight", "2022-04-08"),
    P("Pattison"),
    Q("We got a bit", "a bit comfortable,", GP),
    Q("You can't do that", "every missed tackle.", GP),
    O("Canberra"),
    O("Canberra"), P("Dean Mavromatis"), P("Harrison Kealy"),
    Q("I've seen it ten", "that's a knock-on,", DM),
    P("Mavromatis"),
    Q("But we didn't lose", "first 20 minutes.", DM),
    O("Townsville"), D("last season", "2021"), P("Warren Bligh"),
    P("Pattison"), O("New Zealand Rugby League"), D("November", "2021-11"),
    P("Halloran"), D("last month", "2022-03"), P("Nathan Fifita"),
    Q("Fifo's been on my", "about that kick,", JH),
    P("Fifo"),
    P("Halloran"),
    Q("I think he'll be happy", "get a day off.", JH),
    O("Stingers"), O("Melbourne"), D("next Saturday", "2022-04-16"), O("Ravens"), O("Newcastle"),
    D("Sunday week", "2022-04-17"),
    O("Stingers"), P("Josh Maitland-Cole"), O("NRL"),
    Q("It's been a long road,", "It's been a long road,", JMC),
    P("Maitland-Cole"),
    Q("I'm just proud", "still be here.", JMC),
    O("Townsville Stingers"), P("S Tupou-Falaniko"), P("B McCann"), P("K Whitcombe"),
    P("J Halloran"), O("Canberra Ravens"), P("A Rossi"), P("L O'Dwyer"), P("R Vakacegu"),
    P("T Sanderson"),
])

# ---------------------------------------------------------------- Saskatchewan (dct Thu 2025-03-06)
DB = ["Daniel Boychuk"]
MLH = ["Monique Lafrenière-Hart", "Lafrenière-Hart"]
PDL = ["Priya Deshpande-Loewen", "Deshpande-Loewen"]
JMO = ["Jean-Marc Ouellet"]
DOCS["holdout11-sask-by-election"] = ("sask", [
    O("Sask. Party"), L("Saskatoon Riverside"), O("NDP"),
    P("Ashley Thiessen"), O("CBC News"), D("Mar 06, 2025", "2025-03-06"),
    O("Saskatchewan Party"), L("Saskatoon Riverside"), O("NDP"),
    O("Elections Saskatchewan"), D("Wednesday", "2025-03-05"), O("Saskatchewan Party"),
    P("Kyle Vandermeer"), N("New Democrat"), P("Priya Deshpande-Loewen"),
    D("last fall", "2024-FA"), P("Glen Hrycenko"),
    P("Daniel Boychuk"), G("Regina"), D("Thursday", "2025-03-06"),
    Q("grateful", "grateful", DB),
    Q("People in Saskatoon", "again last night.", DB),
    L("Saskatoon Riverside"), D("last night", "2025-03-05"),
    Q("I'm not going to pretend", "in their pockets.", DB),
    D("this month", "2025-03"),
    D("March 19", "2025-03-19"), D("the 2024-25 fiscal year", "2024-04/2025-03"),
    D("March 31", "2025-03-31"),
    O("NDP"), P("Monique Lafrenière-Hart"), G("Saskatoon"),
    Q("A year ago, nobody", "was in play,", MLH),
    D("A year ago", "2024"),
    P("Lafrenière-Hart"),
    Q("Tonight the Sask.", "should worry them.", MLH),
    D("Tonight", "2025-03-05"), O("Sask. Party"),
    P("Deshpande-Loewen"), O("Royal University Hospital"),
    Q("I'm proud of the", "campaign we ran,", PDL),
    Q("We talked about health", "people listened.", PDL),
    O("Elections Saskatchewan"), D("October", "2024-10"),
    P("Jean-Marc Ouellet"), O("University of Saskatchewan"),
    Q("Governments tend to", "overread it,", JMO),
    Q("But a swing of this", "the caucus room.", JMO),
    G("Saskatoon"),
    P("Vandermeer"), G("Saskatoon"), D("next week", "2025-03-10/2025-03-16"),
    O("Saskatchewan Party"), O("NDP"),
    O("Green Party"), P("Tessa Blackbird"), O("Saskatchewan United Party"),
])

# ---------------------------------------------------------------- School board (dct Thu 2018-08-16)
RL = ["Rebecca Lindqvist", "Lindqvist"]
TG = ["Tom Grzelak"]
JW = ["Janice Whitfield", "Whitfield"]
ARN = ["Angela Ruiz-Navarro"]
SM = ["Sharon McAllister", "McAllister"]
DOCS["holdout11-school-board-start-times"] = ("sch", [
    O("Maple Ridge"),
    P("Danielle Okafor"), O("KQTV 6 News"),
    D("Aug 16, 2018", "2018-08-16"),
    G("CEDAR FALLS"), G("Iowa"), O("KQTV"), O("Maple Ridge Community School District"),
    D("this fall", "2018-FA"),
    D("Tuesday, Aug. 14", "2018-08-14"),
    O("Lincoln"), O("Westbrook"), D("Aug. 23", "2018-08-23"),
    P("Rebecca Lindqvist"),
    Q("The research on", "really clear,", RL),
    P("Lindqvist"),
    Q("When we let middle", "will pay off.", RL),
    P("Tom Grzelak"),
    Q("I heard from a lot", "7:30 shift,", TG),
    Q("We owe them a solution", "starting at 7:15.", TG),
    P("Janice Whitfield"), P("Marcus Oyelaran"), P("Whitfield"), O("Hawkeye Student Transit"),
    Q("We're voting on a", "can run it,", JW),
    Q("That's backwards.", "That's backwards.", JW),
    P("Oyelaran"), G("Waterloo"), G("Dubuque"),
    O("Cedar Falls High School"),
    Q("Every single day", "in a pocket,", ARN),
    P("Angela Ruiz-Navarro"),
    Q("I'm not asking for a", "for 50 minutes.", ARN),
    P("Sharon McAllister"),
    Q("I don't want a rule", "actually carry out,", SM),
    P("McAllister"),
    D("Monday", "2018-08-20"), D("Sept. 11", "2018-09-11"),
    D("the 2018-19 school year", "2018/2019"),
    P("Lindqvist"), D("the fall", "2018-FA"), D("next month", "2018-09"), D("Last year", "2017"),
])

QUOTE_OPEN = '"“‘\''
QUOTE_CLOSE = '"”’\''


def build(doc_id, short, items, text):
    spans, rels, pending = [], [], []
    cur = 0
    for it in items:
        if it["kind"] == "E":
            needle = (it["ctx"] or "") + it["text"]
            pos = cur
            for _ in range(it["skip"] + 1):
                i = text.find(needle, pos)
                if i < 0:
                    sys.exit(f"{doc_id}: not found after {cur}: {needle!r}")
                pos = i + 1
            s = i + len(it["ctx"] or "")
            e = s + len(it["text"])
            sp = {"start": s, "end": e, "label": it["label"], "text": it["text"]}
            if it["label"] == "DATE":
                sp["value"] = it["value"]
            cur = e
        else:
            s = text.find(it["first"], cur)
            if s < 0:
                sys.exit(f"{doc_id}: quote start not found: {it['first']!r}")
            e = text.find(it["last"], s) + len(it["last"])
            if e < len(it["last"]):
                sys.exit(f"{doc_id}: quote end not found: {it['last']!r}")
            if text[s - 1] not in QUOTE_OPEN:
                sys.exit(f"{doc_id}: no opening mark before {it['first']!r}")
            if text[e] not in QUOTE_CLOSE and text[e] not in "\r\n":
                sys.exit(f"{doc_id}: no closing mark / paragraph end after {it['last']!r}")
            sp = {"start": s, "end": e, "label": "QUOTE", "text": text[s:e]}
            pending.append((sp, it["speaker"]))
            cur = s
        assert text[sp["start"]:sp["end"]] == sp["text"], sp
        assert sp["text"] == sp["text"].strip() and sp["text"]
        spans.append(sp)
    spans.sort(key=lambda x: (x["start"], -x["end"]))
    for n, sp in enumerate(spans, 1):
        sp["id"] = f"{short}-{n}"
    # flatness: only entity/date spans inside a QUOTE
    for a in spans:
        for b in spans:
            if a is b:
                continue
            if a["start"] < b["end"] and b["start"] < a["end"]:
                inside = b["start"] >= a["start"] and b["end"] <= a["end"]
                if not (a["label"] == "QUOTE" and b["label"] != "QUOTE" and inside):
                    if not (b["label"] == "QUOTE" and a["label"] != "QUOTE"):
                        sys.exit(f"{doc_id}: overlap {a} {b}")
    persons = [p for p in spans if p["label"] == "PERSON"]
    for q, names in pending:
        if names is None:
            continue
        cands = []
        for p in persons:
            if p["text"] not in names:
                continue
            if p["end"] <= q["start"]:
                d = q["start"] - p["end"]
            elif p["start"] >= q["end"]:
                d = p["start"] - q["end"]
            else:
                d = 0
            cands.append((d, p["start"], p))
        if not cands:
            sys.exit(f"{doc_id}: no speaker for {q['text'][:30]!r}")
        cands.sort(key=lambda c: (c[0], c[1]))
        rels.append({"from": q["id"], "to": cands[0][2]["id"], "type": "said_by"})
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    out = []
    for sp in spans:
        d = {"id": sp["id"], "start": sp["start"], "end": sp["end"], "label": sp["label"], "text": sp["text"]}
        if "value" in sp:
            d["value"] = sp["value"]
        out.append(d)
    return {"doc_id": doc_id, "spans": out, "relations": rels}


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    lines = []
    for m in manifest:
        short, items = DOCS[m["doc_id"]]
        text = open(os.path.join(CORPUS, m["file"]), encoding="utf-8", newline="").read()
        lines.append(build(m["doc_id"], short, items, text))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for d in lines:
        c = {}
        for s in d["spans"]:
            c[s["label"]] = c.get(s["label"], 0) + 1
        print(d["doc_id"], c, "said_by", len(d["relations"]))


if __name__ == "__main__":
    main()
