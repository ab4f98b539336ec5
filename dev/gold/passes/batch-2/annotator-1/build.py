#!/usr/bin/env python3
"""Annotator-1 independent pass over the dev2 corpus.

Every mention below was chosen by reading the text (no NLP tool). The script only
finds the character offsets of each listed mention, in reading order, asserts that
text[start:end] == surface, resolves each said_by to the PERSON mention of the
speaker nearest to the quote (character distance, before or after; GUIDELINES 7),
and writes annotation.jsonl.

Mention helpers (ctx = optional left context that must immediately precede the
surface, to disambiguate repeated strings):
  E(surface, label, ctx)        entity (ORG, GPE, LOC, NORP)
  P(surface, ent, ctx)          PERSON, ent = identity key of the person
  D(surface, value, ctx)        DATE with normalised value
  Q(surface, spk, ctx)          QUOTE, spk = identity key of the speaker (None: never named)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "..", "corpus")  # dev/corpus


def E(s, label, ctx=None):
    return {"s": s, "label": label, "ctx": ctx}


def P(s, ent, ctx=None):
    return {"s": s, "label": "PERSON", "ent": ent, "ctx": ctx}


def D(s, value, ctx=None):
    return {"s": s, "label": "DATE", "value": value, "ctx": ctx}


def Q(s, spk, ctx=None):
    return {"s": s, "label": "QUOTE", "spk": spk, "ctx": ctx}


DOCS = []

# ---------------------------------------------------------------- chile (dct Thu 2018-11-22)
DOCS.append(("dev2-chile-argentina-punta-arenas-treaty", "chile", [
    # headline
    E("Chile", "GPE"), E("Argentina", "GPE"), E("Punta Arenas", "GPE"),
    # p1
    E("SANTIAGO", "GPE"), E("Wire", "ORG"), E("Chile", "GPE"), E("Argentina", "GPE"),
    D("Wednesday", "2018-11-21"), E("Punta Arenas", "GPE", "Treaty of "),
    D("1996", "1996", "the "), E("Southern Patagonian Ice Field", "LOC"), E("Andes", "LOC"),
    # p2
    E("Chilean", "NORP"), P("Valentina Ossandón", "ossandon"), E("Argentine", "NORP"),
    P("Martín Echeverry", "echeverry"), E("La Moneda", "LOC"),
    # p3
    E("Buenos Aires", "GPE"), D("December 10-11", "2018-12-10/2018-12-11"),
    D("the end of next June", "2019-06"),
    # p4
    Q("The treaty was written for a Patagonia that no longer exists,", "ossandon"),
    E("Patagonia", "LOC"), P("Ossandón", "ossandon"),
    Q("The glaciers our negotiators mapped in the 1990s have lost a third of their mass. "
      "We cannot keep dividing water that is not there.", "ossandon"),
    D("the 1990s", "1990/1999"),
    # p5
    P("Echeverry", "echeverry"), E("Argentina", "GPE"), E("Santiago", "GPE"),
    Q("with open hands", "echeverry"),
    # p6-p7: quotation over two paragraphs, interrupted once (7, 7a)
    Q("We are not here to redraw any border,", "echeverry"),
    Q("Let me be very clear about that, because there are people in both our countries "
      "who would like to turn this into something it is not.", "echeverry"),
    Q("What we are talking about is rivers, farmers, drinking water for towns like El Chaltén "
      "and Villa O’Higgins. That is a practical problem, and it needs a practical answer "
      "between neighbours.", "echeverry"),
    E("El Chaltén", "GPE"), E("Villa O’Higgins", "GPE"),
    # p8
    D("1996", "1996", "Under the "), E("Chilean", "NORP"), D("May of that year", "1996-05"),
    D("1991 to 1994", "1991/1994"), E("Argentine", "NORP"), E("Chilean", "NORP"),
    D("the past decade", "PAST_REF"),
    # p9
    E("Mapuche", "NORP"), E("Tehuelche", "NORP"), E("Chilean", "NORP"),
    Q("consulted at every stage", None),
    # p10
    D("this year", "2018"), E("Argentine", "NORP"), E("Beagle Channel", "LOC"),
    D("March", "2018-03"), E("Argentine", "NORP"), E("Santiago", "GPE"),
    # p11
    Q("Those misunderstandings are behind us,", "echeverry"), P("Echeverry", "echeverry"),
    # p12
    E("European", "NORP"), E("Santiago", "GPE"),
    Q("grown-up diplomacy at a time when there isn’t much of it about", None),
    # p13
    P("Ossandón", "ossandon"), E("Buenos Aires", "GPE"), D("early next year", "2019"),
]))

# ---------------------------------------------------------------- geelong (dct Tue 2021-06-15, CRLF)
DOCS.append(("dev2-geelong-servo-robbery", "geelong", [
    E("Geelong", "GPE"),
    # p1
    E("Geelong", "GPE"), D("last Friday", "2021-06-11"),
    # p2
    E("Corio Fuel Stop", "ORG"), E("Bacchus Marsh Road", "LOC"),
    # p4
    E("Princes Highway", "LOC"),
    # p5
    E("Alfred", "ORG"), E("Melbourne", "GPE"), D("Tuesday", "2021-06-15"),
    # p6 (unnamed police spokeswoman)
    Q("This was a cowardly, vicious attack on a man who was simply doing his job,", None),
    Q("There was no need for any violence whatsoever.", None),
    # p7
    P("Karen Vukovic", "vukovic"), E("Geelong Crime Investigation Unit", "ORG"),
    # p8
    Q("We believe someone in the community knows who these two men are,", "vukovic"),
    Q("They may have come home that night with cash, cigarettes, or blood on their clothing, "
      "and somebody would have noticed.", "vukovic"),
    D("that night", "2021-06-11"),
    # p9
    P("Vukovic", "vukovic"), E("Norlane", "GPE"), D("June 2", "2021-06-02"),
    # p10
    P("Melissa Tran", "tran"),
    # p11
    Q("Dad came to this country with nothing in the 1980s and worked every day of his life,", "tran"),
    D("the 1980s", "1980/1989"),
    Q("He would have handed them the money. He always told us, just give them what they want.", "tran"),
    # p12
    Q("We’re not angry,", "tran"),
    Q("we just want them caught before they do this to somebody else’s dad.", "tran"),
    # p13
    D("the weekend", "2021-06-12/2021-06-13"),
    # p14
    D("the end of the month", "2021-06"),
    # p15
    D("last Friday", "2021-06-11"), E("Crime Stoppers", "ORG"),
]))

# ---------------------------------------------------------------- hamilton (dct Wed 2024-01-10)
DOCS.append(("dev2-hamilton-teacher-placements", "hamilton", [
    E("Hamilton", "GPE"),
    # p1
    E("HAMILTON", "GPE"), E("Escarpment University", "ORG"), E("Hamilton", "GPE", "classrooms in "),
    E("Bayfront District School Board", "ORG"), D("late Tuesday", "2024-01-09"),
    # p2
    D("Feb. 5", "2024-02-05"),
    # p3
    P("Linda Okafor", "okafor"), D("September", "2023-09"),
    # p4
    Q("We are not pretending this is a long-term answer,", "okafor"), P("Okafor", "okafor"),
    Q("But it is better than a Grade 4 class being split up and sent to three other rooms for the day.", "okafor"),
    # p5
    D("Jan. 5", "2024-01-05"),
    # p6
    E("Escarpment Students' Union", "ORG"),
    # p7
    Q("Paying us something is a start,", "achterberg"), P("Daniel Achterberg", "achterberg"),
    Q("Paying us half of what a supply teacher earns to do the same job is not.", "achterberg"),
    # p8
    D("early 2022", "2022"), D("last March", "2023-03"),
    # p9
    E("Hillcrest Public School", "ORG"), P("Priya Raman", "priya"), P("Arjun Raman", "arjun"),
    D("this school year", "2023-09/2024-06"),
    # p10
    Q("Some weeks I haven't had a single prep,", "priya"), P("Priya", "priya"),
    Q("You mark at the kitchen table until midnight, and you get up and do it again.", "priya"),
    # p11
    D("the fall", "2023-FA"), Q("She was ready,", "priya"), P("Priya", "priya"),
    Q("and we had nothing to offer her.", "priya"),
    # p12
    E("Ontario", "GPE"), D("the past decade", "PAST_REF"), D("2015", "2015"),
    P("Marguerite Lalonde", "lalonde"), Q("well-meant but badly timed.", "lalonde"),
    # p13
    D("Monday", "2024-01-15"), D("March 4-6", "2024-03-04/2024-03-06"), P("Okafor", "okafor"),
    D("next fall", "2024-FA"),
]))

# ---------------------------------------------------------------- japan (dct Fri 2025-08-15)
DOCS.append(("dev2-japan-gdp-boj-inflation", "japan", [
    E("Japan", "GPE"), E("BOJ", "ORG"),
    # p1
    E("TOKYO", "GPE"), E("Japan", "GPE"), D("the three months to June", "2025-04/2025-06"),
    D("Friday", "2025-08-15"), E("Bank of Japan", "ORG"), D("the end of the year", "2025"),
    E("U.S.", "GPE"),
    # p2
    D("the second quarter", "2025-04/2025-06"), E("Cabinet Office", "ORG"),
    D("January-March", "2025-01/2025-03"), D("the previous quarter", "2025-01/2025-03"),
    D("this year", "2025"),
    # p3
    D("June", "2025-06"), D("a year earlier", "2024-06"), D("May", "2025-05"),
    D("July", "2025-07"), D("next Friday", "2025-08-22"),
    # p4
    E("BOJ", "ORG"), P("Takeshi Hamaguchi", "hamaguchi"), D("early July", "2025-07"),
    Q("if the outlook we have laid out is realized,", "hamaguchi"), D("January", "2025-01"),
    # p5
    Q("Today's numbers take away one of the reasons to wait,", "kondo"), D("Today", "2025-08-15"),
    P("Ayumi Kondo", "kondo"), E("Hoshino Securities", "ORG"), E("Tokyo", "GPE"),
    Q("Consumption is not booming, but it is not collapsing either, and the labor market is as "
      "tight as I have seen it.", "kondo"),
    # p6
    P("Kondo", "kondo"), D("October", "2025-10"),
    # p7
    D("April-June", "2025-04/2025-06"), E("United States", "GPE"),
    # p8
    Q("Companies are telling us they will hold off on investment,", "tamura"),
    P("Ryo Tamura", "tamura"), E("Meiwa Research Institute", "ORG"),
    Q("until they know what the tariff bill actually looks like.", "tamura"),
    # p9
    D("the year to March", "2024-04/2025-03"), D("mid-July", "2025-07"),
    D("fiscal 2025", "2025-04/2026-03"), D("March next year", "2026-03"),
    P("Hiroko Sakai", "sakai"), Q("moderate recovery", "sakai"),
    # p10 (unnamed trader)
    Q("Nobody is selling Japan today,", None), E("Japan", "GPE"), D("today", "2025-08-15"),
    E("Tokyo", "GPE"),
    # key figures
    D("April-June", "2025-04/2025-06"), D("2025-08-15", "2025-08-15"),
    D("June", "2025-06"), D("2025-07-18", "2025-07-18"), E("BOJ", "ORG"),
    D("Sept. 18-19", "2025-09-18/2025-09-19"),
]))

# ---------------------------------------------------------------- providence (dct Sun 2018-04-22)
DOCS.append(("dev2-providence-sailors-knights", "providence", [
    P("Okonjo", "okonjo"), E("Sailors", "ORG"), E("Knights", "ORG"),
    # p1
    E("PROVIDENCE", "GPE"), E("R.I.", "GPE"), E("Wire", "ORG"), P("Chidi Okonjo", "okonjo"),
    E("Providence", "ORG", "and "), E("Knights", "ORG"), D("Saturday night", "2018-04-21"),
    E("Northeast Basketball League", "ORG"),
    # p2
    P("Okonjo", "okonjo"), P("Darnell Pruitt", "pruitt"), E("Sailors", "ORG"),
    E("Rhode Island", "GPE"), E("Worcester", "GPE"), D("2009", "2009"),
    # p3
    E("Hartford", "ORG"), P("Luis Arrieta", "arrieta"), E("Knights", "ORG"),
    P("Arrieta", "arrieta"), P("Pruitt", "pruitt"), P("Okonjo", "okonjo"),
    E("Dunkin' Donuts Center", "LOC"), Q("Sweep! Sweep!", None), E("Hartford", "ORG"),
    # p4
    Q("I've been missing that shot all week in practice, so I figured it was due,", "okonjo"),
    P("Okonjo", "okonjo"),
    Q("Darnell saw it before I did. I just had to catch it and let it go.", "okonjo"),
    P("Darnell", "pruitt"),
    # p5
    P("Arrieta", "arrieta"), E("Hartford", "ORG"), P("Marcus Feeney", "feeney"),
    # p6
    E("Knights", "ORG"), P("Gene Halloran", "halloran"),
    Q("We had them where we wanted them and we gave it back,", "halloran"),
    Q("Two bad possessions, two bad decisions. That's a playoff game.", "halloran"),
    # p7
    E("Providence", "ORG"), E("Hartford", "ORG"), D("April 3", "2018-04-03"),
    E("Knights", "ORG"), D("November", "2017-11"),
    # p8
    E("Sailors", "ORG"), P("Renata Lisowski", "lisowski"), E("Hartford", "ORG"),
    P("Abdou Ndiaye", "ndiaye"),
    # p9
    P("Lisowski", "lisowski"),
    Q("People keep telling us how young we are. Well, the young guys won us that game tonight.", "lisowski"),
    D("tonight", "2018-04-21"),
    # p10
    P("Pruitt", "pruitt"), D("mid-January", "2018-01"), Q("not getting ahead of itself", "pruitt"),
    E("Connecticut", "GPE"),
    # p11
    Q("Hartford's going to be a different animal in their building,", "pruitt"),
    E("Hartford", "ORG"), Q("and we know it.", "pruitt"),
    # p12
    D("Tuesday night", "2018-04-24"), E("Hartford", "GPE"), D("Thursday", "2018-04-26"),
    E("Portland", "ORG"), E("Albany", "ORG"), D("the first weekend of May", "2018-05"),
    # box
    E("KNIGHTS", "ORG"),
    E("Hartford", "ORG"), P("Tyrese Whitfield", "whitfield"), P("Halloran", "halloran"),
    P("Whitfield", "whitfield"), Q("day to day.", "halloran"),
]))

# ---------------------------------------------------------------- tyneside (dct Mon 2022-10-17)
DOCS.append(("dev2-tyneside-film-festival", "tyneside", [
    E("Tyneside", "LOC"), E("Quayside", "LOC"),
    # p1
    E("Wallsend", "GPE"), E("Tyne Harbour", "LOC"), E("Newcastle", "GPE"),
    D("the weekend", "2022-10-15/2022-10-16"),
    # p2
    E("Gateshead", "GPE", "by "), P("Isla Brannigan", "brannigan"),
    D("Sunday night", "2022-10-16"), E("Sage Gateshead", "ORG"),
    E("Glasgow", "GPE"), E("Dublin", "GPE"), E("Rotterdam", "GPE"),
    # p3
    D("2018 to 2020", "2018/2020"), D("the 1980s", "1980/1989"),
    # p4
    P("Brannigan", "brannigan"),
    Q("Every one of these lads turned up at six in the morning in the freezing cold and never "
      "once asked when they were getting paid. This belongs to them.", "brannigan"),
    # p5
    E("Belfast", "GPE"), P("Niamh Colquhoun", "colquhoun"), Q("honest to the bone", "colquhoun"),
    # p6
    Q("We watched forty-one films this week and argued about most of them,", "colquhoun"),
    D("this week", "2022-10-10/2022-10-16"),
    Q("We did not argue about this one.", "colquhoun"),
    # p7
    D("13 to 16 October", "2022-10-13/2022-10-16"), D("2019", "2019"),
    # p8
    D("the weekend", "2022-10-15/2022-10-16"), E("Quayside Museum of Film and Sound", "ORG"),
    D("this month", "2022-10"),
    # p9
    P("Tom Eckersley", "eckersley"), Q("packed from the first screening to the last", "eckersley"),
    # p10
    Q("People said nobody would come down to the river on a wet October night to watch "
      "subtitled films from the Faroe Islands,", "eckersley"),
    E("Faroe Islands", "GPE"),
    # p11
    Q("Well, they came. We had queues out of the door and round the corner on Friday, and half "
      "of them had never been inside a museum like this before. That is exactly who we built it "
      "for.", "eckersley"),
    D("Friday", "2022-10-14"),
    # p12
    D("Saturday night", "2022-10-15"), D("1929", "1929"), E("North Shields", "GPE"),
    E("Lantern Thieves", "ORG"), E("Tynemouth", "GPE"), D("the mid-1980s", "1980/1989"),
    D("last year", "2021"),
    # p13
    P("Maggie Rowell", "rowell"), Q("for the grandads", "rowell"),
    # p14
    D("Sunday", "2022-10-16"), E("UK", "GPE"), D("next spring", "2023-SP"),
    D("next year", "2023"), D("the first week of October", "2023-10"),
]))

# ---------------------------------------------------------------- typhoon (dct Sat 2023-08-12)
DOCS.append(("dev2-typhoon-dindo-luzon", "typhoon", [
    E("Philippines", "GPE"),
    # p1
    E("MANILA", "GPE"), D("Aug 12", "2023-08-12"), E("Wire", "ORG"), E("Philippines", "GPE"),
    D("Saturday", "2023-08-12"), E("Cagayan Valley", "LOC"),
    # p2
    E("Santa Ana", "GPE"), E("Cagayan", "GPE", "in "), D("Friday", "2023-08-11"),
    E("PAGASA", "ORG"),
    # p3
    E("Luzon", "LOC"), E("Cordillera", "LOC"), E("Ilocos", "LOC"),
    D("Sunday evening", "2023-08-13"),
    # p4 (unnamed official)
    Q("The wind is no longer the main danger. The water is,", None),
    # p5
    E("Cagayan River", "LOC"), Q("rising by the hour", "dacanay"), P("Rommel Dacanay", "dacanay"),
    E("Isabela", "GPE"), E("Ilagan City", "GPE"),
    # p6
    P("Dacanay", "dacanay"),
    Q("We pre-emptively evacuated most of the riverbank communities on Friday, but some families "
      "refused to leave because they wanted to guard their animals. Those are the ones we are "
      "rescuing now.", "dacanay"),
    D("Friday", "2023-08-11"),
    # p7
    E("Aparri", "GPE"), E("Batanes", "GPE"),
    # p8 (unnamed woman)
    Q("We had no time to take anything, not even our rice,", None), E("Tuguegarao", "GPE"),
    # p9
    E("Philippine", "NORP"), D("this year", "2023"), E("Cagayan Valley", "LOC"),
    D("November 2020", "2020-11"),
    # p10
    E("Civil Aviation Authority of the Philippines", "ORG"), D("Saturday", "2023-08-12"),
    E("Luzon", "LOC"), E("Visayas", "LOC"),
    # p11
    E("Tuguegarao", "GPE"), D("Sunday", "2023-08-13"),
    # p12
    E("PAGASA", "ORG"), E("Philippine", "NORP"), D("Monday morning", "2023-08-14"),
    E("China", "GPE"), E("Hong Kong", "GPE"), E("Guangdong", "GPE"),
    D("mid-week", "2023-08-14/2023-08-20"),
    # credit
    E("Wire", "ORG"), E("Manila", "GPE"), P("Carla Mendez", "mendez"),
]))

# ---------------------------------------------------------------- vacant homes (dct Wed 2019-08-07)
DOCS.append(("dev2-vacant-homes-levy-vote", "vacant", [
    E("Parliament", "ORG"),
    # p1
    E("Parliament", "ORG"), D("Tuesday night", "2019-08-06"),
    # p2
    E("Social Democrats", "ORG"), E("Rural Alliance", "ORG"), E("Liberal Reform", "ORG"),
    E("Rural Alliance", "ORG"), P("Hemi Walker", "walker"),
    D("last week", "2019-07-29/2019-08-04"), E("Northland", "GPE"),
    Q("never asked for", "walker"),
    # p3
    P("Claire Rātana-Moore", "ratana"),
    Q("thousands of homes that sit empty while families sleep in cars", "ratana"),
    # p4
    Q("This is not about punishing anybody,", "ratana"),
    Q("It is about asking people who own three, four, five houses to live in them, rent them out "
      "or pay their fair share.", "ratana"),
    # p5
    E("Auckland", "GPE"), E("Wellington", "GPE"), E("Queenstown", "GPE"),
    D("1 April 2020", "2020-04-01"), D("the middle of next year", "2020"),
    # p6
    E("Auckland", "GPE"), D("the past decade", "PAST_REF"), E("Statistics New Zealand", "ORG"),
    D("this month", "2019-08"), D("2013 to 2018", "2013/2018"), E("West Coast", "GPE"),
    # p7
    P("David Fenwick", "fenwick"), Q("a tax on aspiration", "fenwick"),
    E("Liberal Reform", "ORG"),
    # p8
    P("Fenwick", "fenwick"), E("Parliament", "ORG"),
    Q("Kiwis will remember tonight when they go to the ballot box.", "fenwick"),
    E("Kiwis", "NORP"), D("tonight", "2019-08-06"),
    D("the 1980s and 1990s", "1980/1999"), Q("like speculators", "fenwick"),
    # p9
    P("Joanna Keane", "keane"), E("Tokyo", "GPE"), D("Wednesday morning", "2019-08-07"),
    E("Morning Report", "ORG"), D("mid-July", "2019-07"), E("Government", "ORG"),
    # p10
    Q("We campaigned on this in 2017 and we have delivered it,", "keane"), D("2017", "2017"),
    Q("even if it took a little longer than any of us hoped.", "keane"),
    # p11
    E("Rural Alliance", "ORG"), P("Tania Ngata", "ngata"),
    # p12
    Q("Nobody in our caucus loves a new tax,", "ngata"), P("Ngata", "ngata"),
    Q("But we were not going to vote against more homes for young families.", "ngata"),
    # p13
    P("Walker", "walker"), D("Wednesday", "2019-08-07"), Q("Ask me after the weekend.", "walker"),
    D("the weekend", "2019-08-10/2019-08-11"),
]))


def locate(text, items):
    """Find each mention at or after the previous mention's start, in listed order."""
    cur = 0
    out = []
    for it in items:
        s, ctx = it["s"], it["ctx"]
        if ctx:
            i = text.find(ctx + s, cur)
            assert i >= 0, (ctx, s)
            start = i + len(ctx)
        else:
            start = text.find(s, cur)
            assert start >= 0, s
        # never re-find the exact same span twice
        while any(o["start"] == start and o["end"] == start + len(s) for o in out):
            start = text.find(s, start + 1)
            assert start >= 0, s
        end = start + len(s)
        assert text[start:end] == s
        out.append(dict(it, start=start, end=end))
        cur = start
    return out


def gap(a, b):
    if a["end"] <= b["start"]:
        return b["start"] - a["end"]
    if b["end"] <= a["start"]:
        return a["start"] - b["end"]
    return 0


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                manifest[r["doc_id"]] = r
    lines = []
    for doc_id, short, items in DOCS:
        with open(os.path.join(CORPUS, manifest[doc_id]["file"]), "rb") as f:
            text = f.read().decode("utf-8")
        ms = locate(text, items)
        ms.sort(key=lambda m: (m["start"], -m["end"]))
        for n, m in enumerate(ms, 1):
            m["id"] = f"{short}-{n}"
        # flatness: only QUOTE may contain other spans
        for a in ms:
            for b in ms:
                if a is b or a["end"] <= b["start"] or b["end"] <= a["start"]:
                    continue
                outer, inner = (a, b) if (a["end"] - a["start"]) >= (b["end"] - b["start"]) else (b, a)
                assert outer["label"] == "QUOTE" and inner["label"] != "QUOTE" and \
                    outer["start"] <= inner["start"] and inner["end"] <= outer["end"], (a, b)
        spans, rels = [], []
        for m in ms:
            sp = {"id": m["id"], "start": m["start"], "end": m["end"], "label": m["label"], "text": m["s"]}
            if m["label"] == "DATE":
                sp["value"] = m["value"]
            spans.append(sp)
        persons = [m for m in ms if m["label"] == "PERSON"]
        for m in ms:
            if m["label"] != "QUOTE" or m["spk"] is None:
                continue
            cands = [p for p in persons if p["ent"] == m["spk"]]
            assert cands, m
            best = min(cands, key=lambda p: (gap(m, p), p["start"]))
            ties = [p for p in cands if gap(m, p) == gap(m, best)]
            assert len(ties) == 1, ("tie", m["s"], [t["id"] for t in ties])
            rels.append({"from": m["id"], "to": best["id"], "type": "said_by"})
        lines.append(json.dumps({"doc_id": doc_id, "text": text, "spans": spans, "relations": rels},
                                ensure_ascii=False))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
