#!/usr/bin/env python3
"""Annotator-2 independent pass over the dev2 corpus.

Every mention below was chosen by reading the text (no NLP tool).  Python only
locates the chosen surface strings in the unmodified text and writes the JSONL.

Mention tuple: (surface, label, value_or_None, left_context_or_None, who_or_None)
  - mentions are listed in reading order; each is searched from the end of the
    previous one (word-boundary aware), optionally after a left-context string;
  - `who` on a PERSON = identity of the person; on a QUOTE = identity of the
    speaker (None = speaker never named -> no said_by).
said_by goes to the PERSON mention of that identity nearest to the quote
(character distance, before or after), guidelines section 7 / 7a.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parents[3] / "corpus"  # dev/corpus

P, O, G, L, N, D, Q = "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"


def m(surface, label, value=None, ctx=None, who=None):
    return (surface, label, value, ctx, who)


DOCS = {}

# ---------------------------------------------------------------------------
# dct 2018-11-22 (Thursday)
DOCS["dev2-chile-argentina-punta-arenas-treaty"] = ("chile", [
    m("Chile", G), m("Argentina", G), m("Punta Arenas", G),
    m("SANTIAGO", G), m("Wire", O),
    m("Chile", G), m("Argentina", G), m("Wednesday", D, "2018-11-21"),
    m("Punta Arenas", G, ctx="Treaty of "),
    m("1996", D, "1996"),
    m("Southern Patagonian Ice Field", L), m("Andes", L),
    m("Chilean", N), m("Valentina Ossandón", P, who="ossandon"),
    m("Argentine", N), m("Martín Echeverry", P, who="echeverry"),
    m("Buenos Aires", G), m("December 10-11", D, "2018-12-10/2018-12-11"),
    m("the end of next June", D, "2019-06"),
    m("The treaty was written for a Patagonia that no longer exists,", Q, who="ossandon"),
    m("Patagonia", L),
    m("Ossandón", P, who="ossandon"),
    m("The glaciers our negotiators mapped in the 1990s have lost a third of their mass. "
      "We cannot keep dividing water that is not there.", Q, who="ossandon"),
    m("1990s", D, "1990/1999"),
    m("Echeverry", P, who="echeverry"), m("Argentina", G), m("Santiago", G),
    m("with open hands", Q, who="echeverry"),
    m("We are not here to redraw any border,", Q, who="echeverry"),
    # multi-paragraph quotation (7a): one span per paragraph
    m("Let me be very clear about that, because there are people in both our countries "
      "who would like to turn this into something it is not.", Q, who="echeverry"),
    m("What we are talking about is rivers, farmers, drinking water for towns like El Chaltén "
      "and Villa O’Higgins. That is a practical problem, and it needs a practical answer "
      "between neighbours.", Q, who="echeverry"),
    m("El Chaltén", G), m("Villa O’Higgins", G),
    m("1996", D, "1996"), m("Chilean", N), m("May of that year", D, "1996-05"),
    m("1991 to 1994", D, "1991/1994"),
    m("Argentine", N), m("Chilean", N), m("the past decade", D, "PAST_REF"),
    m("Mapuche", N), m("Tehuelche", N),
    m("Chilean", N), m("consulted at every stage", Q),  # "A Chilean official": never named
    m("earlier this year", D, "2018"), m("Argentine", N), m("Beagle Channel", L),
    m("March", D, "2018-03"), m("Argentine", N), m("Santiago", G),
    m("Those misunderstandings are behind us,", Q, who="echeverry"),
    m("Echeverry", P, who="echeverry"),
    m("European", N), m("Santiago", G),
    m("grown-up diplomacy at a time when there isn’t much of it about", Q),  # "One": unnamed
    m("Ossandón", P, who="ossandon"), m("Buenos Aires", G),
    m("early next year", D, "2019"),
])

# ---------------------------------------------------------------------------
# dct 2021-06-15 (Tuesday); CRLF file
DOCS["dev2-geelong-servo-robbery"] = ("geelong", [
    m("Geelong", G),
    m("Geelong", G), m("last Friday", D, "2021-06-11"),
    m("Corio Fuel Stop", O), m("Bacchus Marsh Road", L),
    m("Princes Highway", L),
    m("Alfred", O, ctx="The "), m("Melbourne", G), m("Tuesday", D, "2021-06-15"),
    m("This was a cowardly, vicious attack on a man who was simply doing his job,", Q),
    m("There was no need for any violence whatsoever.", Q),  # police spokeswoman: unnamed
    m("Karen Vukovic", P, who="vukovic"), m("Geelong Crime Investigation Unit", O),
    m("We believe someone in the community knows who these two men are,", Q, who="vukovic"),
    m("They may have come home that night with cash, cigarettes, or blood on their clothing, "
      "and somebody would have noticed.", Q, who="vukovic"),
    m("Vukovic", P, who="vukovic"), m("Norlane", G), m("June 2", D, "2021-06-02"),
    m("Melissa Tran", P, who="tran"),
    m("Dad came to this country with nothing in the 1980s and worked every day of his life,",
      Q, who="tran"),
    m("1980s", D, "1980/1989"),
    m("He would have handed them the money. He always told us, just give them what they want.",
      Q, who="tran"),
    m("We’re not angry,", Q, who="tran"),
    m("we just want them caught before they do this to somebody else’s dad.", Q, who="tran"),
    m("the weekend", D, "2021-06-12/2021-06-13"),
    m("the end of the month", D, "2021-06"),
    m("last Friday", D, "2021-06-11"), m("Crime Stoppers", O),
])

# ---------------------------------------------------------------------------
# dct 2024-01-10 (Wednesday)
DOCS["dev2-hamilton-teacher-placements"] = ("hamilton", [
    m("Hamilton", G),
    m("HAMILTON", G), m("Escarpment University", O), m("Hamilton", G),
    m("Bayfront District School Board", O), m("late Tuesday", D, "2024-01-09"),
    m("Feb. 5", D, "2024-02-05"),
    m("Linda Okafor", P, who="okafor"), m("September", D, "2023-09"),
    m("We are not pretending this is a long-term answer,", Q, who="okafor"),
    m("Okafor", P, who="okafor"),
    m("But it is better than a Grade 4 class being split up and sent to three other rooms "
      "for the day.", Q, who="okafor"),
    m("Jan. 5", D, "2024-01-05"),
    m("Escarpment Students' Union", O),
    m("Paying us something is a start,", Q, who="achterberg"),
    m("Daniel Achterberg", P, who="achterberg"),
    m("Paying us half of what a supply teacher earns to do the same job is not.", Q,
      who="achterberg"),
    m("early 2022", D, "2022"), m("last March", D, "2023-03"),
    m("Hillcrest Public School", O), m("Priya Raman", P, who="priya"),
    m("Arjun Raman", P, who="arjun"),
    m("this school year", D, "2023-09/2024-06"),
    m("Some weeks I haven't had a single prep,", Q, who="priya"),
    m("Priya", P, who="priya"),
    m("You mark at the kitchen table until midnight, and you get up and do it again.", Q,
      who="priya"),
    m("the fall", D, "2023-FA"),
    m("She was ready,", Q, who="priya"), m("Priya", P, who="priya"),
    m("and we had nothing to offer her.", Q, who="priya"),
    m("Ontario", G), m("the past decade", D, "PAST_REF"), m("2015", D, "2015"),
    m("Marguerite Lalonde", P, who="lalonde"),
    m("well-meant but badly timed.", Q, who="lalonde"),
    m("Monday", D, "2024-01-15"), m("March 4-6", D, "2024-03-04/2024-03-06"),
    m("Okafor", P, who="okafor"), m("next fall", D, "2024-FA"),
])

# ---------------------------------------------------------------------------
# dct 2025-08-15 (Friday)
DOCS["dev2-japan-gdp-boj-inflation"] = ("japan", [
    m("Japan", G), m("BOJ", O),
    m("TOKYO", G), m("Japan", G), m("the three months to June", D, "2025-04/2025-06"),
    m("Friday", D, "2025-08-15"), m("Bank of Japan", O),
    m("the end of the year", D, "2025"), m("U.S.", G),
    m("the second quarter", D, "2025-04/2025-06"), m("Cabinet Office", O),
    m("January-March", D, "2025-01/2025-03"),
    m("the previous quarter", D, "2025-01/2025-03"),
    m("this year", D, "2025"),
    m("June", D, "2025-06"), m("a year earlier", D, "2024-06"), m("May", D, "2025-05"),
    m("July", D, "2025-07"), m("next Friday", D, "2025-08-22"),
    m("BOJ", O), m("Takeshi Hamaguchi", P, who="hamaguchi"), m("early July", D, "2025-07"),
    m("if the outlook we have laid out is realized,", Q, who="hamaguchi"),
    m("January", D, "2025-01"),
    m("Today's numbers take away one of the reasons to wait,", Q, who="kondo"),
    m("Today", D, "2025-08-15"),
    m("Ayumi Kondo", P, who="kondo"), m("Hoshino Securities", O), m("Tokyo", G),
    m("Consumption is not booming, but it is not collapsing either, and the labor market is "
      "as tight as I have seen it.", Q, who="kondo"),
    m("Kondo", P, who="kondo"), m("October", D, "2025-10"),
    m("April-June", D, "2025-04/2025-06"), m("United States", G),
    m("Companies are telling us they will hold off on investment,", Q, who="tamura"),
    m("Ryo Tamura", P, who="tamura"), m("Meiwa Research Institute", O),
    m("until they know what the tariff bill actually looks like.", Q, who="tamura"),
    m("the year to March", D, "2024-04/2025-03"), m("mid-July", D, "2025-07"),
    m("fiscal 2025", D, "2025-04/2026-03"), m("March next year", D, "2026-03"),
    m("Hiroko Sakai", P, who="sakai"), m("moderate recovery", Q, who="sakai"),
    m("Nobody is selling Japan today,", Q),  # "one Tokyo-based currency trader": unnamed
    m("Japan", G), m("today", D, "2025-08-15"), m("Tokyo", G),
    m("April-June", D, "2025-04/2025-06"), m("2025-08-15", D, "2025-08-15"),
    m("June", D, "2025-06"), m("2025-07-18", D, "2025-07-18"),
    m("BOJ", O), m("Sept. 18-19", D, "2025-09-18/2025-09-19"),
])

# ---------------------------------------------------------------------------
# dct 2018-04-22 (Sunday); sports teams named after places are ORG (section 2)
DOCS["dev2-providence-sailors-knights"] = ("providence", [
    m("Okonjo", P, who="okonjo"), m("Sailors", O), m("Knights", O),
    m("PROVIDENCE", G), m("R.I.", G), m("Wire", O),
    m("Chidi Okonjo", P, who="okonjo"), m("Providence", O), m("Knights", O),
    m("Saturday night", D, "2018-04-21"), m("Northeast Basketball League", O),
    m("Okonjo", P, who="okonjo"), m("Darnell Pruitt", P, who="pruitt"), m("Sailors", O),
    m("Rhode Island", G), m("Worcester", G), m("2009", D, "2009"),
    m("Hartford", O), m("Luis Arrieta", P, who="arrieta"), m("Knights", O),
    m("Arrieta", P, who="arrieta"), m("Pruitt", P, who="pruitt"), m("Okonjo", P, who="okonjo"),
    m("Sweep! Sweep!", Q),  # chanted by the crowd: no named speaker
    m("Hartford", O),
    m("I've been missing that shot all week in practice, so I figured it was due,", Q,
      who="okonjo"),
    m("Okonjo", P, who="okonjo"),
    m("Darnell saw it before I did. I just had to catch it and let it go.", Q, who="okonjo"),
    m("Darnell", P, who="pruitt"),
    m("Arrieta", P, who="arrieta"), m("Hartford", O), m("Marcus Feeney", P, who="feeney"),
    m("Knights", O), m("Gene Halloran", P, who="halloran"),
    m("We had them where we wanted them and we gave it back,", Q, who="halloran"),
    m("Two bad possessions, two bad decisions. That's a playoff game.", Q, who="halloran"),
    m("Providence", O), m("Hartford", O), m("April 3", D, "2018-04-03"),
    m("Knights", O), m("November", D, "2017-11"),
    m("Sailors", O), m("Renata Lisowski", P, who="lisowski"), m("Hartford", O),
    m("Abdou Ndiaye", P, who="ndiaye"),
    m("Lisowski", P, who="lisowski"),
    m("People keep telling us how young we are. Well, the young guys won us that game tonight.",
      Q, who="lisowski"),
    m("tonight", D, "2018-04-21"),
    m("Pruitt", P, who="pruitt"), m("mid-January", D, "2018-01"),
    m("not getting ahead of itself", Q, who="pruitt"), m("Connecticut", G),
    m("Hartford's going to be a different animal in their building,", Q, who="pruitt"),
    m("Hartford", O),
    m("and we know it.", Q, who="pruitt"),
    m("Tuesday night", D, "2018-04-24"), m("Hartford", G), m("Thursday", D, "2018-04-26"),
    m("Portland", O), m("Albany", O),
    m("the first weekend of May", D, "2018-05-05/2018-05-06"),
    m("KNIGHTS", O),
    m("Hartford", O), m("Tyrese Whitfield", P, who="whitfield"),
    m("Halloran", P, who="halloran"), m("Whitfield", P, who="whitfield"),
    m("day to day.", Q, who="halloran"),
])

# ---------------------------------------------------------------------------
# dct 2022-10-17 (Monday); British single quotation marks (7a)
DOCS["dev2-tyneside-film-festival"] = ("tyneside", [
    m("Tyneside", L), m("Quayside", L),
    m("Wallsend", G), m("Tyne Harbour", L), m("Newcastle", G),
    m("the weekend", D, "2022-10-15/2022-10-16"),
    # 'The Salt Road' = film title in quotation marks: not a QUOTE (7a)
    m("Gateshead", G, ctx="by "), m("Isla Brannigan", P, who="brannigan"),
    m("Sunday night", D, "2022-10-16"), m("Sage Gateshead", O),
    m("Glasgow", G), m("Dublin", G), m("Rotterdam", G),
    m("2018 to 2020", D, "2018/2020"), m("1980s", D, "1980/1989"),
    m("Brannigan", P, who="brannigan"),
    m("Every one of these lads turned up at six in the morning in the freezing cold and never "
      "once asked when they were getting paid. This belongs to them.", Q, who="brannigan"),
    m("Belfast", G), m("Niamh Colquhoun", P, who="colquhoun"),
    m("honest to the bone", Q, who="colquhoun"),
    m("We watched forty-one films this week and argued about most of them,", Q, who="colquhoun"),
    m("this week", D, "2022-10-10/2022-10-16"),
    m("We did not argue about this one.", Q, who="colquhoun"),
    m("13 to 16 October", D, "2022-10-13/2022-10-16"), m("2019", D, "2019"),
    m("the weekend", D, "2022-10-15/2022-10-16"),
    m("Quayside Museum of Film and Sound", O), m("this month", D, "2022-10"),
    m("Tom Eckersley", P, who="eckersley"),
    m("packed from the first screening to the last", Q, who="eckersley"),
    m("People said nobody would come down to the river on a wet October night to watch "
      "subtitled films from the Faroe Islands,", Q, who="eckersley"),
    m("Faroe Islands", G),
    m("Well, they came. We had queues out of the door and round the corner on Friday, and half "
      "of them had never been inside a museum like this before. That is exactly who we built "
      "it for.", Q, who="eckersley"),
    m("Friday", D, "2022-10-14"),
    m("Saturday night", D, "2022-10-15"), m("1929", D, "1929"),
    m("North Shields", G), m("Lantern Thieves", O), m("Tynemouth", G),
    m("mid-1980s", D, "1980/1989"), m("last year", D, "2021"),
    m("Maggie Rowell", P, who="rowell"), m("for the grandads", Q, who="rowell"),
    m("Sunday", D, "2022-10-16"), m("UK", G), m("next spring", D, "2023-SP"),
    m("next year", D, "2023"), m("the first week of October", D, "2023-10-01/2023-10-07"),
])

# ---------------------------------------------------------------------------
# dct 2023-08-12 (Saturday)
DOCS["dev2-typhoon-dindo-luzon"] = ("typhoon", [
    m("Philippines", G),
    m("MANILA", G), m("Aug 12", D, "2023-08-12"), m("Wire", O),
    m("Philippines", G), m("Saturday", D, "2023-08-12"), m("Cagayan Valley", L),
    m("Santa Ana", G), m("Cagayan", G), m("Friday", D, "2023-08-11"), m("PAGASA", O),
    m("Luzon", L), m("Cordillera", L), m("Ilocos", L),
    m("Sunday evening", D, "2023-08-13"),
    m("The wind is no longer the main danger. The water is,", Q),  # unnamed official
    m("Cagayan River", L), m("rising by the hour", Q, who="dacanay"),
    m("Rommel Dacanay", P, who="dacanay"), m("Isabela", G), m("Ilagan City", G),
    m("Dacanay", P, who="dacanay"),
    m("We pre-emptively evacuated most of the riverbank communities on Friday, but some families "
      "refused to leave because they wanted to guard their animals. Those are the ones we are "
      "rescuing now.", Q, who="dacanay"),
    m("Friday", D, "2023-08-11"),
    m("Aparri", G), m("Batanes", G),
    m("We had no time to take anything, not even our rice,", Q),  # unnamed woman
    m("Tuguegarao", G),
    m("Philippine", N), m("this year", D, "2023"), m("Cagayan Valley", L),
    m("November 2020", D, "2020-11"),
    m("Civil Aviation Authority of the Philippines", O), m("Saturday", D, "2023-08-12"),
    m("Luzon", L), m("Visayas", L),
    m("Tuguegarao", G), m("Sunday", D, "2023-08-13"),
    m("PAGASA", O), m("Philippine", N), m("Monday morning", D, "2023-08-14"),
    m("China", G), m("Hong Kong", G), m("Guangdong", G), m("mid-week", D, "FUTURE_REF"),
    m("Wire", O), m("Manila", G), m("Carla Mendez", P, who="mendez"),
])

# ---------------------------------------------------------------------------
# dct 2019-08-07 (Wednesday)
DOCS["dev2-vacant-homes-levy-vote"] = ("vacant", [
    m("Parliament", O),
    m("Parliament", O), m("Tuesday night", D, "2019-08-06"),
    m("Social Democrats", O), m("Rural Alliance", O), m("Liberal Reform", O),
    m("Rural Alliance", O), m("Hemi Walker", P, who="walker"),
    m("last week", D, "2019-07-29/2019-08-04"), m("Northland", G),
    m("never asked for", Q, who="walker"),
    m("Claire Rātana-Moore", P, who="ratana"),
    m("thousands of homes that sit empty while families sleep in cars", Q, who="ratana"),
    m("This is not about punishing anybody,", Q, who="ratana"),
    m("It is about asking people who own three, four, five houses to live in them, rent them "
      "out or pay their fair share.", Q, who="ratana"),
    m("Auckland", G), m("Wellington", G), m("Queenstown", G),
    m("1 April 2020", D, "2020-04-01"), m("the middle of next year", D, "2020"),
    m("Auckland", G), m("the past decade", D, "PAST_REF"), m("Statistics New Zealand", O),
    m("this month", D, "2019-08"), m("2013 to 2018", D, "2013/2018"), m("West Coast", G),
    m("David Fenwick", P, who="fenwick"), m("a tax on aspiration", Q, who="fenwick"),
    m("Liberal Reform", O),
    m("Fenwick", P, who="fenwick"), m("Parliament", O),
    m("Kiwis will remember tonight when they go to the ballot box.", Q, who="fenwick"),
    m("Kiwis", N), m("tonight", D, "2019-08-06"),
    m("1980s and 1990s", D, "1980/1999"), m("like speculators", Q, who="fenwick"),
    m("Joanna Keane", P, who="keane"), m("Tokyo", G), m("Wednesday morning", D, "2019-08-07"),
    m("mid-July", D, "2019-07"), m("Government", O),
    m("We campaigned on this in 2017 and we have delivered it,", Q, who="keane"),
    m("2017", D, "2017"),
    m("even if it took a little longer than any of us hoped.", Q, who="keane"),
    m("Rural Alliance", O), m("Tania Ngata", P, who="ngata"),
    m("Nobody in our caucus loves a new tax,", Q, who="ngata"), m("Ngata", P, who="ngata"),
    m("But we were not going to vote against more homes for young families.", Q, who="ngata"),
    m("Walker", P, who="walker"), m("Wednesday", D, "2019-08-07"),
    m("Ask me after the weekend.", Q, who="walker"),
    m("the weekend", D, "2019-08-10/2019-08-11"),
])


def is_word(c):
    return c.isalnum()


def locate(text, surface, start_from, ctx):
    pos = start_from
    while True:
        if ctx:
            i = text.find(ctx + surface, pos)
            if i < 0:
                return -1
            s = i + len(ctx)
        else:
            s = text.find(surface, pos)
            if s < 0:
                return -1
        e = s + len(surface)
        left_ok = s == 0 or not (is_word(text[s - 1]) and is_word(surface[0]))
        right_ok = e == len(text) or not (is_word(text[e]) and is_word(surface[-1]))
        if left_ok and right_ok:
            return s
        pos = s + 1


def gap(a, b):
    if a["end"] <= b["start"]:
        return b["start"] - a["end"]
    if b["end"] <= a["start"]:
        return a["start"] - b["end"]
    return 0


def build():
    manifest = [json.loads(l) for l in (CORPUS / "manifest.jsonl").read_text().splitlines() if l.strip()]
    out = []
    for rec in manifest:
        doc_id = rec["doc_id"]
        if doc_id not in DOCS:  # dev/corpus also holds the first batch (added when the pass moved into dev/)
            continue
        short, mentions = DOCS[doc_id]
        text = (CORPUS / rec["file"]).read_bytes().decode("utf-8")
        spans, whos = [], []
        # QUOTE spans may contain other spans, so the cursor for an entity/date that lies
        # inside a quote starts at the quote's start; otherwise after the previous span.
        cursor = 0
        for surface, label, value, ctx, who in mentions:
            s = locate(text, surface, cursor, ctx)
            assert s >= 0, (doc_id, surface, from_pos)
            e = s + len(surface)
            assert text[s:e] == surface
            span = {"id": f"{short}-{len(spans) + 1}", "start": s, "end": e, "label": label,
                    "text": surface}
            if label == D:
                assert value, surface
                span["value"] = value
            spans.append(span)
            whos.append(who)
            # entity/date mentions inside a QUOTE are listed right after it and are
            # searched from the quote's start; any other mention from the previous end.
            cursor = s if label == Q else e
        # sanity: spans flat except inside QUOTE
        for i in range(len(spans)):
            for j in range(len(spans)):
                if i == j:
                    continue
                a, b = spans[i], spans[j]
                if a["start"] < b["end"] and b["start"] < a["end"]:
                    inside = a["label"] == Q and a["start"] <= b["start"] and b["end"] <= a["end"] and b["label"] != Q
                    inside2 = b["label"] == Q and b["start"] <= a["start"] and a["end"] <= b["end"] and a["label"] != Q
                    assert inside or inside2, (doc_id, a, b)
        # said_by
        relations = []
        for span, who in zip(spans, whos):
            if span["label"] != Q or who is None:
                continue
            cands = [(gap(span, p), p["start"], p) for p, w in zip(spans, whos)
                     if p["label"] == P and w == who]
            assert cands, (doc_id, span["text"], who)
            cands.sort(key=lambda t: (t[0], t[1]))
            relations.append({"from": span["id"], "to": cands[0][2]["id"], "type": "said_by"})
        spans_sorted = sorted(spans, key=lambda s: (s["start"], -s["end"]))
        out.append({"doc_id": doc_id, "text": text, "spans": spans_sorted, "relations": relations})
    with open(HERE / "annotation.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    recs = build()
    if "-v" in sys.argv:
        for rec in recs:
            print("==", rec["doc_id"])
            byid = {s["id"]: s for s in rec["spans"]}
            for s in rec["spans"]:
                print(f'  {s["id"]:14} {s["start"]:5} {s["end"]:5} {s["label"]:7} {s.get("value", ""):24} {s["text"][:70]!r}')
            for r in rec["relations"]:
                print(f'  said_by {r["from"]} -> {r["to"]} {byid[r["to"]]["text"]!r}  ({byid[r["from"]]["text"][:40]!r})')
