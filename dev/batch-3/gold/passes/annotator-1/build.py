#!/usr/bin/env python3
"""Annotator-1 pass over the six holdout articles.

Every mention below was chosen by reading the text (no NLP tool). The script only
locates each chosen surface string in the unmodified text (in reading order),
checks it, assigns ids and writes annotation.jsonl.

Mention tuple kinds (helpers below):
  P(surface, ent)        PERSON; `ent` is a key for the real person (relation end)
  O/G/L/N(surface)       ORG / GPE / LOC / NORP
  D(surface, value)      DATE with normalised value
  Q(surface, speaker)    QUOTE; `speaker` is the person key (None = never named)
Any helper takes ctx="..." : a left context that must immediately precede the surface.

said_by: per guidelines s.7 / 7a, the relation goes to the PERSON mention of the
speaker that is nearest to the quote by character distance (before or after);
the script computes that from the person keys and prints it for checking.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def P(s, ent=None, ctx=None):
    return dict(text=s, label="PERSON", ent=ent or s, ctx=ctx)


def O(s, ctx=None):
    return dict(text=s, label="ORG", ctx=ctx)


def G(s, ctx=None):
    return dict(text=s, label="GPE", ctx=ctx)


def L(s, ctx=None):
    return dict(text=s, label="LOC", ctx=ctx)


def N(s, ctx=None):
    return dict(text=s, label="NORP", ctx=ctx)


def D(s, value, ctx=None):
    return dict(text=s, label="DATE", value=value, ctx=ctx)


def Q(s, speaker=None, ctx=None):
    return dict(text=s, label="QUOTE", speaker=speaker, ctx=ctx)


DOCS = {}

# ---------------------------------------------------------------------------
# dct 2024-09-18 (Wednesday)
DOCS[("holdout-corvane-lumisense-deal", "cor")] = [
    # headline
    O("Corvane"), O("Lumisense"),
    # P1
    O("Corvane Semiconductor"), D("Tuesday", "2024-09-17"), O("Lumisense Technologies"),
    N("Dutch"), G("Brussels"), G("Washington"),
    # P2
    G("San Jose"), G("Calif."), O("Corvane"), O("Lumisense"), D("Monday", "2024-09-16"),
    D("the first half of 2025", "2025-01/2025-06"),
    # P3
    O("Lumisense"), G("Eindhoven"), O("Arkwright Systems"),
    D("last week", "2024-09-09/2024-09-15"), N("British"),
    Q("significantly undervalued", None),  # the company (Lumisense) speaks; no person
    # P4
    Q("Cars are turning into data centers on wheels, and every one of them needs eyes,", "okafor"),
    O("Corvane"), P("Daniel Okafor", "okafor"),
    Q("Lumisense makes the best eyes in the industry.", "okafor"), O("Lumisense"),
    # P5
    O("Lumisense"), P("Marieke van Dalen", "vandalen"), O("Corvane"), P("Van Dalen", "vandalen"),
    Q("We could have gone it alone,", "vandalen"), Q("We would have gone slower.", "vandalen"),
    # P6
    O("Lumisense"), D("2019 and 2021", "2019/2021"), O("Stellan Motors"), O("Kaiyuan Auto"),
    D("recent years", "PAST_REF"), L("Europe"), O("Arkwright"), D("Sept. 9", "2024-09-09"),
    # P7
    O("Tideline Insights"), O("European Commission"), D("2021", "2021", ctx="since "),
    # P8
    O("Commission"), G("U.S."), O("Federal Trade Commission"), G("Netherlands"),
    O("Authority for Consumers and Markets"),
    Q("following developments closely.", None),  # statement of the authority; no person
    # P9 (unnamed analyst)
    Q("The price is full but not crazy. The real question is whether Brussels makes them sell "
      "the lidar business, and if it does, most of the logic goes away,", None),
    G("Brussels"), O("Halberd Securities"),
    # P10
    P("Sophie Ling", "ling"), O("Marlow Research"), O("Corvane"), N("Israeli"), O("Netanel Micro"),
    D("2022", "2022"), Q("They know the playbook,", "ling"),
    # P11
    O("Arkwright"), G("Cambridge"), G("England"), D("Tuesday", "2024-09-17"), G("London"),
    # P12
    O("Corvane"), O("Nasdaq"), D("Tuesday", "2024-09-17"), O("Lumisense"), G("Amsterdam"),
    # P13
    O("Corvane"), D("the end of its 2026 fiscal year", "2026"),
]

# ---------------------------------------------------------------------------
# dct 2022-10-13 (Thursday)
DOCS[("holdout-dales-bus-route-axed", "bus")] = [
    # headline ('lifeline' = scare/headline quote, nobody reported as saying it: not QUOTE)
    L("Dales"),
    # byline
    P("Hannah Pritchard", "pritchard"), D("13th October 2022", "2022-10-13"),
    # P1
    L("Wensleydale"), G("Leyburn"), D("the end of the month", "2022-10"),
    # P2
    O("Dales & District Coaches"), O("North Yorkshire County Council"),
    D("last week", "2022-10-03/2022-10-09"), G("Aysgill"), G("Cotterby"), G("West Hawes"),
    D("Saturday 29 October", "2022-10-29"),
    # P3
    P("Graham Leck", "leck"), D("yesterday", "2022-10-12"), Q("every single week", "leck"),
    D("the past two years", "PAST_REF"),
    # P4
    Q("We have kept it going longer than any sensible business would,", "leck"),
    Q("Without a proper subsidy from the county, there is nothing more we can do, and I\u2019m sorry for that.", "leck"),
    # P5
    G("England"),
    # P6
    P("Margaret Ibbotson", "ibbotson"), G("Cotterby"), D("the 1960s", "1960/1969"),
    Q("That bus is how I get to the doctor, the bank and the Co-op. If it goes, I might as well go into a home.", "ibbotson"),
    O("Co-op"),
    # P7
    G("Aysgill"), D("Monday evening", "2022-10-10"), P("Richard Sowerby", "sowerby"),
    # P8
    P("Sowerby", "sowerby"), L("Upper Dales"), D("1 November", "2022-11-01"),
    # P9
    Q("I\u2019m not going to pretend there\u2019s a pot of money sitting in County Hall waiting for this,", "sowerby"),
    O("County Hall"),
    Q("But nobody in this county should be cut off because of where they happen to live.", "sowerby"),
    # P10 (unnamed spokesman)
    Q("looking urgently at every option", None), L("Swaledale"), L("Nidderdale"),
    # P11
    P("Jodie Kettlewell", "kettlewell"), G("Leyburn"),
    # P12
    Q("He\u2019s got his GCSEs next summer,", "kettlewell"), D("next summer", "2023-SU"),
    Q("What am I supposed to do, give up my job so I can drive him there and back every day?", "kettlewell"),
    # P13
    D("1974", "1974"), P("Peter Alderson", "alderson"), D("the winter of 2011", "2011-WI"),
    # P14
    Q("We won then and we can win now,", "alderson"),
    # P15
    G("Britain"), D("recent years", "PAST_REF"), O("Rural Transport Network"), G("England"),
    D("2010 and 2021", "2010/2021"),
    # P16
    D("Tuesday 25 October", "2022-10-25"),
]

# ---------------------------------------------------------------------------
# dct 2021-11-17 (Wednesday)
DOCS[("holdout-dayton-pantry-theft-sentence", "day")] = [
    # P1 (the judge = Theodore Brandt, named in P4)
    G("Dayton"), D("Tuesday", "2021-11-16"),
    Q("off the tables of the people who needed it most.", "brandt"),
    # P2
    P("Lorraine Whitcomb", "whitcomb"), G("Kettering"), D("September", "2021-09"),
    O("Miami Valley Harvest Pantry"), D("2015 and 2020", "2015/2020"),
    # P3
    D("the summer of 2020", "2020-SU"), P("Whitcomb", "whitcomb"), D("July 6, 2020", "2020-07-06"),
    D("March", "2021-03"),
    # P4
    P("Nadia Kowalczyk", "kowalczyk"), G("Montgomery County"), P("Theodore Brandt", "brandt"),
    # P5 (quote continues over two paragraphs: one span per paragraph, s.7a)
    Q("Ms. Whitcomb didn't steal from a faceless corporation,", "kowalczyk"),
    P("Whitcomb", "whitcomb"), P("Kowalczyk", "kowalczyk"),
    Q("She stole from families who stood in line in the cold on Saturday mornings, from volunteers "
      "who gave up their weekends, and from donors who trusted that every dollar would become a meal.",
      "kowalczyk"),
    # P6
    Q("And she kept doing it, month after month, while this pantry was turning people away because "
      "the shelves were empty.", "kowalczyk"),
    # P7
    P("Kowalczyk", "kowalczyk"), P("Whitcomb", "whitcomb"), G("Florida"), D("2019", "2019"),
    # P8
    P("Whitcomb", "whitcomb"), P("Marcus Bell", "bell"),
    # P9
    Q("She is not asking anyone to excuse what she did,", "bell"), P("Bell", "bell"),
    Q("She is asking for the chance to make it right.", "bell"),
    # P10
    P("Whitcomb", "whitcomb"), Q("ashamed every single day", "whitcomb"),
    # P12 ("the judge said")
    Q("She wrote that there were weeks her children ate because of that pantry, and weeks they "
      "didn't because the pantry had nothing to give,", "brandt"),
    Q("That is what this case is about. It's not about numbers in a ledger.", "brandt"),
    # P13
    P("Brandt", "brandt"), P("Whitcomb", "whitcomb"), O("Montgomery County Jail"),
    D("Dec. 1", "2021-12-01"), D("Jan. 14, 2022", "2022-01-14"),
    # P16 (unnamed volunteer)
    Q("Four years won't put a single can back on the shelf,", None),
    Q("But at least people know now.", None),
]

# ---------------------------------------------------------------------------
# dct 2023-05-04 (Thursday)
DOCS[("holdout-geneva-cholera-vaccine-pledge", "gen")] = [
    # P1
    G("GENEVA"), D("May 4", "2023-05-04"), O("TNS"), D("Thursday", "2023-05-04"),
    D("this year", "2023"), L("Africa"), L("Middle East"), L("Caribbean"),
    # P2
    O("World Health Organization"), D("2024 and 2026", "2024/2026"),
    O("Global Cholera Vaccine Facility"), G("Geneva"),
    # P3
    Q("We have been rationing a vaccine that costs less than two dollars a dose. That should never happen again,", "diallo"),
    P("Amara Diallo-Kessler", "diallo"),
    # P4
    D("February", "2023-02"), G("Mozambique"), G("Malawi"), G("Haiti"),
    # P5
    G("Germany"), G("Japan"), G("Norway"), G("Canada"), O("European Commission"),
    G("Saudi Arabia"), D("this month", "2023-05"),
    # P6
    G("South Korea"), O("Hanwol Bio"), G("India"), O("Kestrel Biologics"), O("WHO"),
    D("next year", "2024"),
    # P7
    P("Vikram Sethi", "sethi"), O("Kestrel"),
    Q("If the orders are firm, we can go from zero to 40 million doses a year within eighteen months. "
      "What we cannot do is build a factory on a promise.", "sethi"),
    # P8
    P("Lucia Ferreyra", "ferreyra"), O("WHO"), Q("a real start", "ferreyra"),
    D("last year", "2022"), D("2017 and 2021", "2017/2021"), O("WHO"),
    # P9
    Q("Cholera is a disease of poverty and of bad water, and in recent years it has also become a disease of climate,", "ferreyra"),
    D("recent years", "PAST_REF"), P("Ferreyra", "ferreyra"),
    Q("The vaccine buys time. It does not fix a single pipe.", "ferreyra"),
    # P10 (unnamed diplomat)
    Q("This is a down payment, not a solution. The same countries will be back here in two years asking for the same thing,", None),
    N("European"),
    # P11
    O("Clean Water Frontline"), L("Africa"),
    # P12
    O("World Health Assembly"), G("Geneva"), D("May 21-30", "2023-05-21/2023-05-30"),
    # P13
    P("Marta Lindqvist", "lindqvist"), P("Owen Price", "price"), P("Julia Barrow", "barrow"),
]

# ---------------------------------------------------------------------------
# dct 2025-03-14 (Friday)
DOCS[("holdout-jostedalsbreen-glacier-study", "gla")] = [
    # headline
    G("Norway"), D("the 1990s", "1990/1999"),
    # P1
    L("Jostedalsbreen"), L("Europe"), D("the 1990s", "1990/1999"), D("Wednesday", "2025-03-12"),
    # P2
    O("University of Bergen"), O("ETH Zurich"), O("Norwegian Water Resources and Energy Directorate"),
    O("NVE"), D("2014 and 2024", "2014/2024"), D("three decades ago", "1990/1999"),
    # P3
    P("Ingrid Sæbø", "saebo"), O("European Space Agency"), D("the spring of 2019", "2019-SP"),
    D("last autumn", "2024-FA"),
    # P4
    Q("We expected acceleration. We did not expect it to be this steep,", "saebo"), P("Sæbø", "saebo"),
    Q("Some of the glacier tongues we walked on as students simply aren\u2019t there any more.", "saebo"),
    # P5
    O("Earth Surface Letters"), D("the early 1990s", "1990/1999"), L("Jostedalsbreen"), N("Norwegian"),
    # P6
    D("3 December 2024", "2024-12-03"), O("NVE"), N("Norwegian"), D("1899", "1899"),
    D("last year", "2024"),
    # P7
    P("Jürg Aeschbacher", "aeschbacher"), O("ETH Zurich"), N("Norwegian"), N("Swiss"), L("Alps"),
    D("summers of 2022 and 2023", "2022-SU/2023-SU"),
    Q("a regime change, not a bad run of years", "aeschbacher"),
    # P8
    P("Clara Martín-Ayala", "martin"), O("University of Innsbruck"),
    # P9
    Q("That looks like good news for hydropower, and for a few decades it is,", "martin"),
    Q("Then, quite suddenly, the ice is gone and the summer flow drops away.", "martin"),
    # P10
    P("Martín-Ayala", "martin"), G("Norway"), D("the 2050s", "2050/2059"),
    # P11
    D("Thursday", "2025-03-13"), D("the next four years", "FUTURE_REF"),
    P("Sigrid Haugland", "haugland"), O("Norwegian Glacier Museum"), G("Fjærland"),
    D("last month", "2025-02"),
    # P12 ("said the minister" = Sigrid Haugland)
    Q("These numbers are not abstract for the people who live beneath the ice. They see it every time they look up the valley,", "haugland"),
    # P13
    P("Sæbø", "saebo"), D("this summer", "2025-SU"), O("European Geosciences Union"), G("Vienna"),
    D("27 April to 2 May", "2025-04-27/2025-05-02"),
    # P14 ("she" = Sæbø)
    Q("When I started, we studied glaciers to understand the past,", "saebo"),
    Q("Now we study them to get ready for what is coming.", "saebo"),
]

# ---------------------------------------------------------------------------
# dct 2024-06-09 (Sunday). National sides named after countries are ORG (s.2 teams).
DOCS[("holdout-portugal-ghana-u21-cup", "por")] = [
    # headline
    P("Teixeira", "teixeira"), O("Portugal"), O("Ghana"),
    # P1
    P("Rúben Teixeira", "teixeira"), O("Portugal"), O("Ghana"), D("Saturday night", "2024-06-08"),
    # P2
    O("Ghana"), P("Kwame Asante-Boateng", "asante"), O("Portugal"),
    # P3
    P("Paulo Mendonça", "mendonca"), P("Teixeira", "teixeira"), O("Vitória Atlântica"),
    P("Diogo Faria", "faria"), P("Faria", "faria"), P("Teixeira", "teixeira"), O("CD Ria Formosa"),
    # P4
    P("Teixeira", "teixeira"), P("Daniel Owusu", "owusu"), N("Norwegian"),
    P("Erik Solbakken", "solbakken"), P("Teixeira", "teixeira"), O("Ghana"),
    P("Ebo Mensah", "mensah"), O("Accra Meridian"),
    # P5
    Q("We were not ourselves in the first half,", "mendonca"), P("Mendonça", "mendonca"),
    Q("Ghana pressed us very well, they won every second ball. At half-time I told the players we had "
      "to be braver with the ball, and Rúben was brave.", "mendonca"),
    O("Ghana"), P("Rúben", "teixeira"),
    # P6
    O("Ghana"), P("Samuel Addo", "addo"), Q("very soft", "addo"),
    # P7
    Q("Daniel is a big man, he goes for the ball, he gets the ball,", "addo"), P("Daniel", "owusu"),
    P("Addo", "addo"),
    Q("I have watched it three times on the phone. I still don\u2019t see a penalty.", "addo"),
    # P8
    P("Owusu", "owusu"), O("Leeds Vale"), D("last month", "2024-05"), O("Ghana"), O("Leeds"),
    N("Ghanaian"), G("London"), G("Lisbon"), G("Faro"),
    # P9
    O("Portugal"), D("2019", "2019"), O("Japan"), D("5 June", "2024-06-05"),
    # P10
    O("Morocco"), O("Japan"), G("Portimão"), O("Ghana"), O("Japan"), G("Lagos"),
    D("Tuesday", "2024-06-11"), O("Portugal"),
    # P11
    P("Mendonça", "mendonca"), G("Faro"), D("Wednesday", "2024-06-12"), O("Uruguay"),
    D("5 to 16 June", "2024-06-05/2024-06-16"), G("Lisbon"), D("next Sunday", "2024-06-16"),
    # P12 line-up
    O("Portugal"), P("Vieira"), P("Costa"), P("Pires"), P("Lobo"), P("Antunes"), P("Sequeira"),
    P("Matos"), P("Faria", "faria"), P("Brandão"), P("Cunha"), P("Lemos"), P("Rocha"),
    P("Teixeira", "teixeira"),
    # P13 line-up
    O("Ghana"), P("Mensah", "mensah"), P("Ofori"), P("Owusu", "owusu"), P("Tetteh"), P("Amankwah"),
    P("Asante-Boateng", "asante"), P("Quaye"), P("Boakye"), P("Darko"), P("Agyeman"), P("Nyarko"),
    P("Frimpong"),
    # P14
    P("Erik Solbakken", "solbakken"), G("Norway"),
]


def isword(ch):
    return ch.isalnum()


def locate(text, mentions):
    cursor = 0
    out = []
    for m in mentions:
        ctx = m.get("ctx") or ""
        needle = ctx + m["text"]
        pos = text.find(needle, cursor)
        # for entities/dates, require word boundaries around the surface
        while pos >= 0 and m["label"] != "QUOTE":
            s = pos + len(ctx)
            e = s + len(m["text"])
            before = text[s - 1] if s > 0 else " "
            after = text[e] if e < len(text) else " "
            if not isword(before) and not isword(after):
                break
            pos = text.find(needle, pos + 1)
        assert pos >= 0, f"not found after {cursor}: {needle!r}"
        s = pos + len(ctx)
        e = s + len(m["text"])
        assert text[s:e] == m["text"]
        if m["label"] == "QUOTE":
            # the span is the text right inside the marks (or up to paragraph end, s.7a)
            assert text[s - 1] in "\"“‘'", (m["text"], text[s - 1])
            assert text[e] in "\"”’'\n", (m["text"], text[e])
            cursor = s  # entities inside the quote come next (may start at s)
        else:
            cursor = e
        out.append(dict(m, start=s, end=e))
    return out


def gap(a, b):
    if a["end"] <= b["start"]:
        return b["start"] - a["end"]
    if b["end"] <= a["start"]:
        return a["start"] - b["end"]
    return 0


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                manifest[r["doc_id"]] = r
    lines = []
    for (doc_id, short), mentions in DOCS.items():
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        with open(path, "rb") as fh:
            text = fh.read().decode("utf-8")
        located = locate(text, mentions)
        located.sort(key=lambda m: (m["start"], -m["end"]))
        spans = []
        for i, m in enumerate(located, 1):
            m["id"] = f"{short}-{i}"
            sp = dict(id=m["id"], start=m["start"], end=m["end"], label=m["label"], text=m["text"])
            if m["label"] == "DATE":
                sp["value"] = m["value"]
            spans.append(sp)
        # flatness: only QUOTE may contain other spans
        for a in located:
            for b in located:
                if a is b:
                    continue
                if a["start"] < b["end"] and b["start"] < a["end"]:
                    a_in_b = b["start"] <= a["start"] and a["end"] <= b["end"]
                    b_in_a = a["start"] <= b["start"] and b["end"] <= a["end"]
                    ok = ((a["label"] == "QUOTE" and b["label"] != "QUOTE" and b_in_a)
                          or (b["label"] == "QUOTE" and a["label"] != "QUOTE" and a_in_b))
                    assert ok, (a, b)
        persons = [m for m in located if m["label"] == "PERSON"]
        relations = []
        print(f"== {doc_id}")
        for q in located:
            if q["label"] != "QUOTE":
                continue
            if q["speaker"] is None:
                print(f"  {q['id']} (no named speaker) {q['text'][:50]!r}")
                continue
            cands = [p for p in persons if p["ent"] == q["speaker"]]
            assert cands, q
            best = min(cands, key=lambda p: gap(p, q))
            ties = [p for p in cands if gap(p, q) == gap(best, q) and p is not best]
            assert not ties, (q, ties)
            relations.append({"from": q["id"], "to": best["id"], "type": "said_by"})
            print(f"  {q['id']} -> {best['id']} {best['text']!r} (gap {gap(best, q)}) {q['text'][:50]!r}")
        # diagnostic: occurrences of annotated entity strings that are not annotated
        covered = [(m["start"], m["end"]) for m in located]
        for surf in sorted({m["text"] for m in located if m["label"] not in ("QUOTE",)}):
            for mm in re.finditer(re.escape(surf), text):
                s, e = mm.span()
                if (s > 0 and isword(text[s - 1])) or (e < len(text) and isword(text[e])):
                    continue
                if not any(cs <= s and e <= ce and not (lab == "QUOTE")
                           for (cs, ce), lab in zip(covered, [m["label"] for m in located])):
                    print(f"  UNANNOTATED occurrence of {surf!r} at {s}: {text[max(0,s-30):e+30]!r}")
        counts = {}
        for m in located:
            counts[m["label"]] = counts.get(m["label"], 0) + 1
        print("  counts", counts, "said_by", len(relations))
        lines.append(json.dumps({"doc_id": doc_id, "text": text, "spans": spans,
                                 "relations": relations}, ensure_ascii=False))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
