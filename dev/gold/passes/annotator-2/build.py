#!/usr/bin/env python3
"""Annotator 2 -- hand-chosen mentions for the 7 development articles.

Every mention below was chosen by reading the text (no NLP tool).  This script
only turns the hand list into offsets and checks it:

  * each entry is (surface text, label, DATE value, left context, key);
    entries are listed in reading order, and the search for an entry starts
    where the previous entry was found (at the previous entry's end, or at its
    start when the previous entry is a QUOTE, so that entities/dates inside a
    quote are found inside it).  An optional left context `ctx` must
    immediately precede the surface text and pins the occurrence;
  * text[start:end] == surface text; entities/dates must sit on word
    boundaries;
  * spans are flat (only entity/date spans may lie inside a QUOTE);
  * ids are unique; every QUOTE has at most one said_by, pointing to a PERSON;
  * for every said_by it prints the character distance to the chosen PERSON
    span and to every other mention of the same person, so that the hand
    choice "nearest mention naming the speaker" can be verified.

Writes annotation.jsonl (one line per article) next to this file.
Offsets: half-open [start, end) Python str indices into the file read with
open(path, encoding="utf-8", newline="").
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

ENTITY = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE"}


def E(text, label, ctx=None, key=None):
    assert label in {"PERSON", "ORG", "GPE", "LOC", "NORP"}
    return dict(text=text, label=label, value=None, ctx=ctx, key=key)


def P(text, ctx=None, key=None):
    return E(text, "PERSON", ctx, key)


def D(text, value, ctx=None):
    return dict(text=text, label="DATE", value=value, ctx=ctx, key=None)


def Q(text, key, ctx=None):
    return dict(text=text, label="QUOTE", value=None, ctx=ctx, key=key)


# --------------------------------------------------------------------------
# 1. dev-hospital-data-breach   (dct 2022-02-02, a Wednesday)
# --------------------------------------------------------------------------
HOSPITAL = [
    # headline: no mention
    # byline block
    D("2 February 2022", "2022-02-02", ctx="Published "),
    D("3 February 2022", "2022-02-03", ctx="Updated "),
    P("Ravi Menon", ctx="By "),
    # para 1
    E("Northfield Health", "ORG"),
    E("Greater Manchester", "GPE"),
    D("24 January", "2022-01-24"),
    # para 2
    P("Simon Aldridge", key="aldridge1"),
    D("Wednesday", "2022-02-02"),
    Q("We let you down, and I am sorry,", key="q1"),
    Q("Your records should have been safe with us.", key="q2"),
    # para 3
    E("Information Commissioner\u2019s Office", "ORG"),
    P("Karl-Heinz Vogt"),
    E("NHS", "ORG"),
    P("Vogt", ctx="numbers. ", key="vogt2"),
    D("Monday", "2022-01-31"),
    Q("to prove they are serious.", key="q3"),
    # para 4
    P("Aldridge", key="aldridge2"),
    E("Northfield", "ORG", ctx="Asked whether "),
    Q("Not in any way that we understood at the time.", key="q4"),
    # para 5
    P("Fiona Castellanos-Grant", key="castellanos"),
    E("Labour", "ORG"),
    E("Salford", "GPE"),
    Q("Patients deserve to know why this took nine days to come to light,", key="q5"),
    P("Martin Dunne"),
    D("the summer", "2022-SU"),
]
HOSPITAL_REL = [("q1", "aldridge1"), ("q2", "aldridge1"), ("q3", "vogt2"),
                ("q4", "aldridge2"), ("q5", "castellanos")]

# --------------------------------------------------------------------------
# 2. dev-sport-cup-final   (dct 2023-05-20, a Saturday)
# --------------------------------------------------------------------------
CUP = [
    # headline
    E("Larkspur United", "ORG"),
    # dateline + para 1
    E("CARDIFF", "GPE"),
    D("May 20", "2023-05-20"),
    E("Larkspur United", "ORG"),
    D("Saturday", "2023-05-20"),
    E("Ashford Rovers", "ORG"),
    E("Welsh", "NORP"),
    # para 2
    P("Tom\u00e1s Ferreira"),
    E("Rovers", "ORG", ctx="kick from "),
    P("Dean Okafor"),
    Q("I went right every time in training this week, so today I went left,", key="q1"),
    D("this week", "2023-05-15/2023-05-21"),
    D("today", "2023-05-20"),
    P("Ferreira", ctx='" ', key="ferreira2"),
    Q("Don't tell anyone.", key="q2"),
    # para 3
    P("Okafor"),
    E("Rovers", "ORG"),
    P("Mikael Lindqvist-Berg"),
    # para 4
    Q("It's the cruellest way to lose,", key="q3"),
    E("Rovers", "ORG"),
    P("Paul Greaves", key="greaves"),
    E("BBC Sport", "ORG"),
    Q("Dean has carried this team all season and he'll carry this too, but tonight it hurts.", key="q4"),
    P("Dean"),
    D("tonight", "2023-05-20"),
    # para 5
    E("Larkspur", "ORG"),
    P("Ines Baptista", key="baptista"),
    D("January", "2023-01"),
    Q("They have waited since 1982,", key="q5"),
    D("1982", "1982"),
    Q("My players knew that. Every one of them knew that.", key="q6"),
    # para 6
    D("Wednesday", "2023-05-24"),
]
CUP_REL = [("q1", "ferreira2"), ("q2", "ferreira2"), ("q3", "greaves"),
           ("q4", "greaves"), ("q5", "baptista"), ("q6", "baptista")]

# --------------------------------------------------------------------------
# 3. dev-trade-talks-brasilia   (dct 2023-12-06, a Wednesday)
# --------------------------------------------------------------------------
TRADE = [
    # headline
    E("EU", "ORG"),
    E("Mercosur", "ORG"),
    E("Bras\u00edlia", "GPE"),
    # dateline + para 1
    E("BRAS\u00cdLIA", "GPE"),
    D("6 December 2023", "2023-12-06"),
    E("European Union", "ORG"),
    E("Mercosur", "ORG"),
    E("Bras\u00edlia", "GPE"),
    D("Wednesday", "2023-12-06"),
    D("the end of the year", "2023"),
    # para 2
    E("Brazil", "GPE"),
    P("Renata Albuquerque Vaz"),
    E("EU", "ORG"),
    P("Jonas Kalni\u0146\u0161"),
    D("Tuesday", "2023-12-05"),
    P("Albuquerque Vaz", key="vaz2"),
    Q("closer than we have ever been,", key="q1"),
    P("Kalni\u0146\u0161", key="kal2"),
    Q("important gaps remain on procurement and on sustainability commitments.", key="q2"),
    # para 3
    E("Argentina", "GPE"),
    P("Luc\u00eda Fern\u00e1ndez Ibarra", key="fernandez"),
    E("Argentina", "GPE"),
    D("Sunday", "2023-12-10"),
    P("Kalni\u0146\u0161"),
    Q("wants a deal, but not at any price.", key="q3"),
    # para 4
    E("France", "GPE"),
    P("Delphine Rocher-Aubry", key="rocher"),
    E("Paris", "GPE"),
    E("Dubai", "GPE"),
    D("Saturday", "2023-12-02"),
    Q("a text negotiated twenty years ago", key="q4"),
    D("twenty years ago", "2003"),
    E("Paris", "GPE"),
    # para 5
    E("Paraguay", "GPE"),
    P("\u00d3scar Ben\u00edtez Ruiz", key="benitez"),
    E("Mercosur", "ORG"),
    E("Asunci\u00f3n", "GPE"),
    Q("not wait forever.", key="q5"),
    E("\u00daltima Hora", "ORG"),
    E("Paraguay", "GPE"),
    # para 6
    D("January", "2024-01"),
]
TRADE_REL = [("q1", "vaz2"), ("q2", "kal2"), ("q3", "fernandez"),
             ("q4", "rocher"), ("q5", "benitez")]

# --------------------------------------------------------------------------
# 4. dev-typhoon-kyushu   (dct 2024-08-25, a Sunday)
# --------------------------------------------------------------------------
TYPHOON = [
    # headline
    E("Japan", "GPE"),
    # dateline + para 1
    E("TOKYO", "GPE"),
    E("Kestrel Wire", "ORG"),
    E("Japan", "GPE"),
    D("Sunday", "2024-08-25"),
    E("Kyushu", "LOC"),
    # para 2
    E("Japan Meteorological Agency", "ORG"),
    Q("unprecedented", key="q1"),
    E("Kagoshima", "GPE"),
    E("Miyazaki", "GPE"),
    D("Tuesday", "2024-08-27"),
    Q("Please act as if your life depends on it, because it may,", key="q2"),
    P("Kenji Watanabe-Sato", key="watanabe"),
    # para 3
    E("Kagoshima", "GPE"),
    P("Hiroko Matsuda", key="matsuda"),
    Q("now, not tomorrow.", key="q3"),
    D("tomorrow", "2024-08-26"),
    # para 4
    E("Seoul", "GPE"),
    E("South Korea", "GPE"),
    E("Korean Peninsula", "LOC"),
    D("Monday", "2024-08-26"),
    Q("All ferry services to Jeju will be suspended from noon on Monday,", key="q4"),
    E("Jeju", "GPE"),
    D("Monday", "2024-08-26"),
    # para 5
    P("Nguyen Thi Lan", key="nguyen"),
    E("Vietnamese", "NORP"),
    E("Fukuoka", "GPE"),
    Q("Nobody here has seen anything like this,", key="q5"),
    # para 6
    D("2024", "2024"),
    E("Pacific", "LOC"),
    D("September 2022", "2022-09"),
    E("Kyushu", "LOC"),
]
TYPHOON_REL = [("q1", None), ("q2", "watanabe"), ("q3", "matsuda"),
               ("q4", None), ("q5", "nguyen")]

# --------------------------------------------------------------------------
# 5. dev-uk-airfield-homes   (dct 2024-10-08, a Tuesday)
# --------------------------------------------------------------------------
AIRFIELD = [
    # headline: "Council" is the headline's first word, not a name (see notes)
    # byline block
    P("Hannah Okonjo-Pryce"),
    D("Tuesday 8 October 2024", "2024-10-08"),
    # para 1
    E("Upper Heyford", "GPE"),
    E("Oxfordshire", "GPE"),
    E("Cherwell District Council", "ORG"),
    D("last night", "2024-10-07"),
    # para 2
    P("Eleanor Hart-Davies", key="hd1"),
    Q("the affordable homes this district has been waiting a decade for", key="q1"),
    # para 3
    Q("We have listened to every concern about traffic and about the primary school,", key="q2"),
    P("Hart-Davies", ctx="Ms\u00a0", key="hd2"),
    Q("The developer has agreed to pay for a new junction on the B4030 before the first family moves in.", key="q3"),
    E("B4030", "LOC"),
    # para 4
    E("Heyford Villages Action Group", "ORG"),
    P("Tom Ashworth-Lee", key="ashworth"),
    Q("Nobody here is against new homes. We are against 1,200 of them arriving with one bus an hour.", key="q4"),
    # para 5
    E("Dorchester Living", "ORG"),
    D("spring 2025", "2025-SP"),
    D("the summer of 2026", "2026-SU"),
    Q("delighted", key="q5"),
    # para 6
    P("Angela Whitcombe", key="whitcombe"),
    D("July", "2024-07"),
    Q("exactly the kind of brownfield land we should be building on", key="q6"),
    E("Labour", "ORG"),
    D("2027", "2027"),
]
AIRFIELD_REL = [("q1", "hd1"), ("q2", "hd2"), ("q3", "hd2"), ("q4", "ashworth"),
                ("q5", None), ("q6", "whitcombe")]

# --------------------------------------------------------------------------
# 6. dev-us-drought-wheat   (dct 2023-06-17, a Saturday)
# --------------------------------------------------------------------------
DROUGHT = [
    # headline
    E("Kansas", "GPE"),
    # dateline
    E("GARDEN CITY", "GPE"),
    E("Kan.", "GPE"),
    D("Saturday, June 17, 2023", "2023-06-17"),
    # para 1
    P("Reinholt", ctx="the "),          # "the Reinholt family"
    E("Garden City", "GPE"),
    D("This year", "2023"),
    P("Daniel Reinholt", key="reinholt1"),
    # paras 2-4: one quotation over three paragraphs (GUIDELINES 7a)
    Q("We planted in September, the way my grandfather did. We got rain in October "
      "and then nothing, not a drop that mattered, until the middle of May.", key="q1"),
    D("September", "2022-09"),
    D("October", "2022-10"),
    D("the middle of May", "2023-05"),
    Q("By then the crop had already decided what it was going to be, and what it was "
      "going to be was about a third of normal.", key="q2"),
    Q("I don't know many people around here who can take two more years like this one,", key="q3"),
    P("Reinholt", ctx='" ', key="reinholt2"),
    # para 5
    E("U.S. Department of Agriculture", "ORG"),
    D("last month", "2023-05"),
    E("Kansas", "GPE"),
    D("2023", "2023"),
    E("Kansas State University", "ORG"),
    P("Priya Raghunathan", key="rag1"),
    # para 6
    Q("When a farmer doesn't buy a pickup, the dealership in town feels it, and the "
      "dealership's employees feel it,", key="q4"),
    P("Raghunathan", key="rag2"),
    Q("not the part that keeps a family on the land.", key="q5"),
    # para 7
    P("Mike Ostrander"),
    E("Kansas", "GPE"),
    D("Wednesday", "2023-06-14"),
    D("next Tuesday", "2023-06-20"),
    E("Dodge City", "GPE"),
]
# q2 (middle paragraph of the three-paragraph quotation): the nearest mention
# naming Daniel Reinholt is the "Reinholt" after the closing mark (gap 84)
# rather than "Daniel Reinholt" before it (gap 196); see notes.md.
DROUGHT_REL = [("q1", "reinholt1"), ("q2", "reinholt2"), ("q3", "reinholt2"),
               ("q4", "rag2"), ("q5", "rag2")]

# --------------------------------------------------------------------------
# 7. dev-wire-port-strike   (dct 2024-03-14, a Thursday)
# --------------------------------------------------------------------------
PORT = [
    # headline
    E("Rotterdam", "GPE"),
    # dateline + para 1
    E("ROTTERDAM", "GPE"),
    E("Netherlands", "GPE"),
    D("March 14", "2024-03-14"),
    E("Meridian News", "ORG"),
    E("Port of Rotterdam", "ORG"),
    D("Thursday", "2024-03-14"),
    D("Wednesday", "2024-03-13"),
    E("North Sea", "LOC"),
    # para 2
    E("Havenbond", "ORG"),
    D("this year", "2024"),
    D("January 2025", "2025-01"),
    Q("This is a fair result for the people who keep Europe\u2019s largest port running "
      "around the clock,", key="q1"),
    E("Europe", "LOC"),
    P("Niek Stolwijk", key="stolwijk"),
    E("Rotterdam", "GPE"),
    # para 3
    Q("restore predictability for shippers", key="q2"),
    D("the end of next week", "2024-03-18/2024-03-24"),
    # para 4
    E("Dutch", "NORP"),
    P("Margreet van den Berg", key="vdb"),
    Q("Both sides showed that they can still find each other,", key="q3"),
    D("Thursday", "2024-03-14"),
    D("Monday", "2024-03-11"),
    E("Dutch", "NORP"),
    # para 5
    E("Nordhaven", "ORG"),
    E("Castellan Container Line", "ORG"),
    E("Antwerp", "GPE"),
    E("Hamburg", "GPE"),
    E("Nordhaven", "ORG"),
    Q("within days, not weeks.", key="q4"),
    # para 6
    D("2019", "2019"),
]
PORT_REL = [("q1", "stolwijk"), ("q2", None), ("q3", "vdb"), ("q4", None)]

DOCS = [
    ("dev-hospital-data-breach", "hospital-data-breach", HOSPITAL, HOSPITAL_REL),
    ("dev-sport-cup-final", "sport-cup-final", CUP, CUP_REL),
    ("dev-trade-talks-brasilia", "trade-talks-brasilia", TRADE, TRADE_REL),
    ("dev-typhoon-kyushu", "typhoon-kyushu", TYPHOON, TYPHOON_REL),
    ("dev-uk-airfield-homes", "uk-airfield-homes", AIRFIELD, AIRFIELD_REL),
    ("dev-us-drought-wheat", "us-drought-wheat", DROUGHT, DROUGHT_REL),
    ("dev-wire-port-strike", "wire-port-strike", PORT, PORT_REL),
]


def gap(a, b):
    """character distance between two half-open spans (0 if they touch/overlap)"""
    if a["end"] <= b["start"]:
        return b["start"] - a["end"]
    if b["end"] <= a["start"]:
        return a["start"] - b["end"]
    return 0


def build(doc_id, short, entries, rels, verbose):
    path = os.path.join(CORPUS, doc_id + ".txt")
    text = open(path, encoding="utf-8", newline="").read()
    spans, bykey = [], {}
    cursor = 0
    for e in entries:
        needle = (e["ctx"] or "") + e["text"]
        i = text.find(needle, cursor)
        if i < 0:
            sys.exit(f"{doc_id}: not found after {cursor}: {needle!r}")
        start = i + len(e["ctx"] or "")
        end = start + len(e["text"])
        assert text[start:end] == e["text"]
        if e["label"] != "QUOTE":
            before = text[start - 1] if start > 0 else " "
            after = text[end] if end < len(text) else " "
            if before.isalnum() or after.isalnum():
                sys.exit(f"{doc_id}: not on a word boundary: {e['text']!r} at {start}")
        if e["text"] != e["text"].strip():
            sys.exit(f"{doc_id}: leading/trailing whitespace in {e['text']!r}")
        s = {"start": start, "end": end, "label": e["label"], "text": e["text"]}
        if e["label"] == "DATE":
            assert e["value"], e
            s["value"] = e["value"]
        spans.append(s)
        if e["key"]:
            assert e["key"] not in bykey, e["key"]
            bykey[e["key"]] = s
        cursor = start if e["label"] == "QUOTE" else end

    # reading order and ids
    order = sorted(range(len(spans)), key=lambda k: (spans[k]["start"], -spans[k]["end"]))
    assert order == list(range(len(spans))), f"{doc_id}: entries not in reading order"
    for n, s in enumerate(spans, 1):
        s["id"] = f"{short}-{n}"
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))

    # flatness: only entity/date spans may lie (wholly) inside a QUOTE
    for a_i, a in enumerate(spans):
        for b in spans[a_i + 1:]:
            if b["start"] >= a["end"]:
                continue
            ok = (a["label"] == "QUOTE" and b["label"] in ENTITY
                  and a["start"] <= b["start"] and b["end"] <= a["end"])
            if not ok:
                sys.exit(f"{doc_id}: overlapping spans {a} / {b}")

    # relations
    relations = []
    quotes = [s for s in spans if s["label"] == "QUOTE"]
    qkeys = {k: s for k, s in bykey.items() if s["label"] == "QUOTE"}
    assert len(qkeys) == len(quotes), f"{doc_id}: every QUOTE needs a key"
    seen = set()
    for qk, pk in rels:
        assert qk in qkeys and qk not in seen, (doc_id, qk)
        seen.add(qk)
        q = qkeys[qk]
        if pk is None:
            if verbose:
                print(f"  {q['id']:<26} QUOTE {q['text'][:40]!r:44} said_by: none (speaker never named)")
            continue
        p = bykey[pk]
        assert p["label"] == "PERSON", (doc_id, pk)
        relations.append({"from": q["id"], "to": p["id"], "type": "said_by"})
        if verbose:
            surname = p["text"].split()[-1]
            cands = [(gap(q, o), o["id"], o["text"]) for o in spans
                     if o["label"] == "PERSON" and surname in o["text"]]
            cands.sort()
            print(f"  {q['id']:<26} QUOTE {q['text'][:40]!r:44} -> {p['id']} {p['text']!r} "
                  f"gap {gap(q, p)}; candidates {cands}")
    assert seen == set(qkeys), f"{doc_id}: quote without a said_by decision"

    out = []
    for s in spans:
        d = {"id": s["id"], "start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]}
        if "value" in s:
            d["value"] = s["value"]
        out.append(d)
    return {"doc_id": doc_id, "spans": out, "relations": relations}, text


def main():
    verbose = "-v" in sys.argv
    lines = []
    for doc_id, short, entries, rels in DOCS:
        if verbose:
            print("==", doc_id)
        ann, text = build(doc_id, short, entries, rels, verbose)
        if verbose and "--spans" in sys.argv:
            for s in ann["spans"]:
                ctx = text[max(0, s["start"] - 15):s["start"]].replace("\n", "/")
                print(f"    {s['id']:<26}{s['label']:<7}{s.get('value',''):<22}"
                      f"[{s['start']},{s['end']}) {ctx!r:>20} >> {s['text']!r}")
        lines.append(json.dumps(ann, ensure_ascii=False))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote annotation.jsonl:", len(lines), "articles")


if __name__ == "__main__":
    main()
