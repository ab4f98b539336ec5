#!/usr/bin/env python3
"""Annotator 1 -- hand-chosen mentions for the 7 dev articles.

Every mention below was chosen by reading the text (no NLP tool). This script only
locates each chosen surface string in the unmodified text, checks it, and writes
annotation.jsonl next to itself.

How a mention is located: mentions are listed in reading order. Each one is searched
from a cursor (the end of the previous entity/date mention, or the start of the previous
QUOTE, so that entities/dates inside a quote are found inside it). The first occurrence at
or after the cursor that sits on word boundaries is taken. `ctx` (optional) is a short left
context that must immediately precede the match; it is used where an occurrence could be
ambiguous, and acts as an extra check.

Mention fields: text, label, value (DATE only), ctx, key (for relations), who (speaker identity,
used only to verify that each said_by goes to the nearest mention of that speaker).
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")


def M(text, label, value=None, ctx=None, key=None, who=None):
    return dict(text=text, label=label, value=value, ctx=ctx, key=key, who=who)


P, O, G, L, N, D, Q = "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"

DOCS = []

# ---------------------------------------------------------------- hospital (dct 2022-02-02, Wed)
DOCS.append(dict(
    doc_id="dev-hospital-data-breach", short="hosp",
    mentions=[
        M("2 February 2022", D, "2022-02-02", ctx="Published "),
        M("3 February 2022", D, "2022-02-03", ctx="Updated "),
        M("Ravi Menon", P, ctx="By "),
        M("Northfield Health", O),
        M("Greater Manchester", G),
        M("24 January", D, "2022-01-24"),
        M("Simon Aldridge", P, key="aldridge1", who="Aldridge"),
        M("Wednesday", D, "2022-02-02"),
        M("We let you down, and I am sorry,", Q, key="q1"),
        M("Your records should have been safe with us.", Q, key="q2"),
        M("Information Commissioner’s Office", O),
        M("Karl-Heinz Vogt", P, who="Vogt"),
        M("NHS", O),
        M("Vogt", P, key="vogt2", who="Vogt"),
        M("Monday", D, "2022-01-31"),
        M("to prove they are serious.", Q, key="q3"),
        M("Aldridge", P, key="aldridge2", who="Aldridge"),
        M("Northfield", O),
        M("Not in any way that we understood at the time.", Q, key="q4"),
        M("Fiona Castellanos-Grant", P, key="fcg", who="Castellanos-Grant"),
        M("Labour", O),
        M("Salford", G),
        M("Patients deserve to know why this took nine days to come to light,", Q, key="q5"),
        M("Martin Dunne", P),
        M("the summer", D, "2022-SU", ctx="before "),
    ],
    said_by=[("q1", "aldridge1"), ("q2", "aldridge1"), ("q3", "vogt2"),
             ("q4", "aldridge2"), ("q5", "fcg")],
))

# ---------------------------------------------------------------- sport (dct 2023-05-20, Sat)
DOCS.append(dict(
    doc_id="dev-sport-cup-final", short="cup",
    mentions=[
        M("Larkspur United", O),
        M("CARDIFF", G),
        M("May 20", D, "2023-05-20"),
        M("Larkspur United", O),
        M("Saturday", D, "2023-05-20"),
        M("Ashford Rovers", O),
        M("Welsh", N),
        M("Tomás Ferreira", P, who="Ferreira"),
        M("Rovers", O, ctx="from "),
        M("Dean Okafor", P, who="Okafor"),
        M("I went right every time in training this week, so today I went left,", Q, key="q1"),
        M("this week", D, "2023-W20"),
        M("today", D, "2023-05-20"),
        M("Ferreira", P, key="ferreira2", who="Ferreira"),
        M("Don't tell anyone.", Q, key="q2"),
        M("Okafor", P, who="Okafor"),
        M("Rovers", O),
        M("Mikael Lindqvist-Berg", P),
        M("It's the cruellest way to lose,", Q, key="q3"),
        M("Rovers", O),
        M("Paul Greaves", P, key="greaves", who="Greaves"),
        M("BBC Sport", O),
        M("Dean has carried this team all season and he'll carry this too, but tonight it hurts.", Q, key="q4"),
        M("Dean", P, who="Okafor"),
        M("tonight", D, "2023-05-20"),
        M("Larkspur", O),
        M("Ines Baptista", P, key="baptista", who="Baptista"),
        M("January", D, "2023-01"),
        M("They have waited since 1982,", Q, key="q5"),
        M("1982", D, "1982"),
        M("My players knew that. Every one of them knew that.", Q, key="q6"),
        M("Wednesday", D, "2023-05-24"),
    ],
    said_by=[("q1", "ferreira2"), ("q2", "ferreira2"), ("q3", "greaves"), ("q4", "greaves"),
             ("q5", "baptista"), ("q6", "baptista")],
))

# ---------------------------------------------------------------- trade (dct 2023-12-06, Wed)
DOCS.append(dict(
    doc_id="dev-trade-talks-brasilia", short="trade",
    mentions=[
        M("EU", O),
        M("Mercosur", O),
        M("Brasília", G),
        M("BRASÍLIA", G),
        M("6 December 2023", D, "2023-12-06"),
        M("European Union", O),
        M("Mercosur", O),
        M("Brasília", G),
        M("Wednesday", D, "2023-12-06"),
        M("the end of the year", D, "2023"),
        M("Brazil", G),
        M("Renata Albuquerque Vaz", P, who="Albuquerque Vaz"),
        M("EU", O),
        M("Jonas Kalniņš", P, who="Kalniņš"),
        M("Tuesday", D, "2023-12-05"),
        M("Albuquerque Vaz", P, key="vaz2", who="Albuquerque Vaz"),
        M("closer than we have ever been,", Q, key="q1"),
        M("Kalniņš", P, key="kal2", who="Kalniņš"),
        M("important gaps remain on procurement and on sustainability commitments.", Q, key="q2"),
        M("Argentina", G),
        M("Lucía Fernández Ibarra", P, key="lfi", who="Fernández Ibarra"),
        M("Argentina", G),
        M("Sunday", D, "2023-12-10"),
        M("Kalniņš", P, who="Kalniņš"),
        M("wants a deal, but not at any price.", Q, key="q3"),
        M("France", G),
        M("Delphine Rocher-Aubry", P, key="dra", who="Rocher-Aubry"),
        M("Paris", G, ctx="said "),
        M("Dubai", G),
        M("Saturday", D, "2023-12-02"),
        M("a text negotiated twenty years ago", Q, key="q4"),
        M("twenty years ago", D, "2003"),
        M("Paris", G, ctx="the "),
        M("Paraguay", G),
        M("Óscar Benítez Ruiz", P, key="obr", who="Benítez Ruiz"),
        M("Mercosur", O),
        M("Asunción", G),
        M("not wait forever.", Q, key="q5"),
        M("Última Hora", O),
        M("Paraguay", G),
        M("January", D, "2024-01"),
    ],
    said_by=[("q1", "vaz2"), ("q2", "kal2"), ("q3", "lfi"), ("q4", "dra"), ("q5", "obr")],
))

# ---------------------------------------------------------------- typhoon (dct 2024-08-25, Sun)
DOCS.append(dict(
    doc_id="dev-typhoon-kyushu", short="typh",
    mentions=[
        M("Japan", G),
        M("TOKYO", G),
        M("Kestrel Wire", O),
        M("Japan", G),
        M("Sunday", D, "2024-08-25"),
        M("Kyushu", L),
        M("Japan Meteorological Agency", O),
        M("unprecedented", Q, key="q1"),          # agency wording, no named speaker -> no said_by
        M("Kagoshima", G),
        M("Miyazaki", G),
        M("Tuesday", D, "2024-08-27"),
        M("Please act as if your life depends on it, because it may,", Q, key="q2"),
        M("Kenji Watanabe-Sato", P, key="kws", who="Watanabe-Sato"),
        M("Kagoshima", G),
        M("Hiroko Matsuda", P, key="matsuda", who="Matsuda"),
        M("now, not tomorrow.", Q, key="q3"),
        M("now", D, "PRESENT_REF"),
        M("tomorrow", D, "2024-08-26"),
        M("Seoul", G),
        M("South Korea", G),
        M("Korean Peninsula", L),
        M("Monday night", D, "2024-08-26"),
        M("All ferry services to Jeju will be suspended from noon on Monday,", Q, key="q4"),  # ministry
        M("Jeju", G),
        M("Monday", D, "2024-08-26"),
        M("Nguyen Thi Lan", P, key="ntl", who="Nguyen Thi Lan"),
        M("Vietnamese", N),
        M("Fukuoka", G),
        M("Nobody here has seen anything like this,", Q, key="q5"),
        M("2024", D, "2024"),
        M("Pacific", L),
        M("September 2022", D, "2022-09"),
        M("Kyushu", L),
    ],
    said_by=[("q2", "kws"), ("q3", "matsuda"), ("q5", "ntl")],
))

# ---------------------------------------------------------------- airfield (dct 2024-10-08, Tue)
DOCS.append(dict(
    doc_id="dev-uk-airfield-homes", short="air",
    mentions=[
        M("Hannah Okonjo-Pryce", P),
        M("Tuesday 8 October 2024", D, "2024-10-08"),
        M("Upper Heyford", G),
        M("Oxfordshire", G),
        M("Cherwell District Council", O),
        M("last night", D, "2024-10-07"),
        M("Eleanor Hart-Davies", P, key="ehd", who="Hart-Davies"),
        M("the affordable homes this district has been waiting a decade for", Q, key="q1"),
        M("We have listened to every concern about traffic and about the primary school,", Q, key="q2"),
        M("Hart-Davies", P, key="hd2", ctx="Ms\u00a0", who="Hart-Davies"),
        M("The developer has agreed to pay for a new junction on the B4030 before the first family moves in.", Q, key="q3"),
        M("Heyford Villages Action Group", O),
        M("Tom Ashworth-Lee", P, key="tal", who="Ashworth-Lee"),
        M("Nobody here is against new homes. We are against 1,200 of them arriving with one bus an hour.", Q, key="q4"),
        M("Dorchester Living", O),
        M("spring 2025", D, "2025-SP"),
        M("the summer of 2026", D, "2026-SU"),
        M("delighted", Q, key="q5"),                # unnamed company spokesman -> no said_by
        M("Angela Whitcombe", P, key="aw", who="Whitcombe"),
        M("July", D, "2024-07"),
        M("exactly the kind of brownfield land we should be building on", Q, key="q6"),
        M("Labour", O),
        M("2027", D, "2027"),
    ],
    said_by=[("q1", "ehd"), ("q2", "hd2"), ("q3", "hd2"), ("q4", "tal"), ("q6", "aw")],
))

# ---------------------------------------------------------------- drought (dct 2023-06-17, Sat)
DOCS.append(dict(
    doc_id="dev-us-drought-wheat", short="wheat",
    mentions=[
        M("Kansas", G),
        M("GARDEN CITY", G),
        M("Kan.", G),
        M("Saturday, June 17, 2023", D, "2023-06-17"),
        M("Reinholt", P, ctx="the "),              # "the Reinholt family"
        M("Garden City", G),
        M("This year", D, "2023"),
        M("Daniel Reinholt", P, key="dr1", who="Reinholt"),
        # multi-paragraph quote: one span per paragraph (7a)
        M("We planted in September, the way my grandfather did. We got rain in October and then nothing, not a drop that mattered, until the middle of May.", Q, key="q1"),
        M("September", D, "2022-09"),
        M("October", D, "2022-10"),
        M("the middle of May", D, "2023-05"),
        M("By then the crop had already decided what it was going to be, and what it was going to be was about a third of normal.", Q, key="q2"),
        M("I don't know many people around here who can take two more years like this one,", Q, key="q3"),
        M("Reinholt", P, key="dr2", who="Reinholt"),
        M("U.S. Department of Agriculture", O),
        M("last month", D, "2023-05"),
        M("Kansas", G),
        M("2023", D, "2023"),
        M("Kansas State University", O),
        M("Priya Raghunathan", P, key="pr1", who="Raghunathan"),
        M("When a farmer doesn't buy a pickup, the dealership in town feels it, and the dealership's employees feel it,", Q, key="q4"),
        M("Raghunathan", P, key="pr2", who="Raghunathan"),
        M("not the part that keeps a family on the land.", Q, key="q5"),
        M("Mike Ostrander", P),
        M("Kansas", G),
        M("Wednesday", D, "2023-06-14"),
        M("next Tuesday", D, "2023-06-20"),
        M("Dodge City", G),
    ],
    said_by=[("q1", "dr1"), ("q2", "dr2"), ("q3", "dr2"), ("q4", "pr2"), ("q5", "pr2")],
))

# ---------------------------------------------------------------- port strike (dct 2024-03-14, Thu)
DOCS.append(dict(
    doc_id="dev-wire-port-strike", short="port",
    mentions=[
        M("Rotterdam", G),
        M("ROTTERDAM", G),
        M("Netherlands", G),
        M("March 14", D, "2024-03-14"),
        M("Meridian News", O),
        M("Port of Rotterdam", O),
        M("Thursday", D, "2024-03-14"),
        M("Wednesday", D, "2024-03-13", ctx="late on "),
        M("North Sea", L),
        M("Havenbond", O),
        M("this year", D, "2024"),
        M("January 2025", D, "2025-01"),
        M("This is a fair result for the people who keep Europe’s largest port running around the clock,", Q, key="q1"),
        M("Europe", L),
        M("Niek Stolwijk", P, key="ns", who="Stolwijk"),
        M("Rotterdam", G, ctx="offices in "),
        M("restore predictability for shippers", Q, key="q2"),   # unnamed spokeswoman -> no said_by
        M("the end of next week", D, "2024-W12"),
        M("Dutch", N),
        M("Margreet van den Berg", P, key="mvdb", who="van den Berg"),
        M("Both sides showed that they can still find each other,", Q, key="q3"),
        M("Thursday morning", D, "2024-03-14"),
        M("Monday", D, "2024-03-11"),
        M("Dutch", N),
        M("Nordhaven", O),
        M("Castellan Container Line", O),
        M("Antwerp", G),
        M("Hamburg", G),
        M("Nordhaven", O),
        M("within days, not weeks.", Q, key="q4"),               # unnamed spokesman -> no said_by
        M("2019", D, "2019"),
    ],
    said_by=[("q1", "ns"), ("q3", "mvdb")],
))


# ============================================================================ machinery
def isword(c):
    return c.isalnum()


def locate(text, m, cursor):
    s = m["text"]
    pos = cursor
    while True:
        i = text.find(s, pos)
        if i < 0:
            raise SystemExit(f"NOT FOUND after {cursor}: {s!r}")
        j = i + len(s)
        ok = True
        if m["label"] != Q:
            if i > 0 and isword(text[i - 1]) and isword(s[0]):
                ok = False
            if j < len(text) and isword(text[j]) and isword(s[-1]):
                ok = False
        if ok and m["ctx"] is not None and text[max(0, i - len(m["ctx"])):i] != m["ctx"]:
            ok = False
        if ok:
            return i, j
        pos = i + 1


def dist(a, b):
    if a["end"] <= b["start"]:
        return b["start"] - a["end"]
    if b["end"] <= a["start"]:
        return a["start"] - b["end"]
    return 0


def build(doc, manifest, verbose=False):
    path = os.path.join(CORPUS, manifest["file"])
    raw = open(path, "rb").read()
    if hashlib.sha256(raw).hexdigest() != manifest["sha256"]:
        raise SystemExit(f"sha256 mismatch for {path}")
    text = open(path, encoding="utf-8", newline="").read()
    cursor = 0
    spans = []
    for m in doc["mentions"]:
        i, j = locate(text, m, cursor)
        assert text[i:j] == m["text"]
        sp = dict(start=i, end=j, label=m["label"], text=m["text"])
        if m["label"] == D:
            assert m["value"], m
            sp["value"] = m["value"]
        else:
            assert m["value"] is None, m
        sp["_key"], sp["_who"] = m["key"], m["who"]
        spans.append(sp)
        cursor = i if m["label"] == Q else j
        # minimal span: no leading/trailing whitespace; entities: no edge punctuation
        assert m["text"] == m["text"].strip(), m
    # reading order
    order = sorted(range(len(spans)), key=lambda k: (spans[k]["start"], -spans[k]["end"]))
    assert order == list(range(len(spans))), "mentions not listed in reading order"
    # ids
    for n, sp in enumerate(spans, 1):
        sp["id"] = f"{doc['short']}-{n}"
    ids = [sp["id"] for sp in spans]
    assert len(set(ids)) == len(ids)
    # flatness: no overlap except entity/date inside QUOTE
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            x, y = spans[a], spans[b]
            if x["end"] <= y["start"] or y["end"] <= x["start"]:
                continue
            inner_ok = (x["label"] == Q and y["label"] != Q
                        and x["start"] <= y["start"] and y["end"] <= x["end"])
            if not inner_ok:
                raise SystemExit(f"overlap: {x} / {y}")
    # relations
    bykey = {sp["_key"]: sp for sp in spans if sp["_key"]}
    rels = []
    seen_q = set()
    for qk, pk in doc["said_by"]:
        q, p = bykey[qk], bykey[pk]
        assert q["label"] == Q and p["label"] == P
        assert qk not in seen_q
        seen_q.add(qk)
        # check: chosen PERSON is the nearest mention of that speaker
        same = [s for s in spans if s["label"] == P and s["_who"] == p["_who"]]
        best = min(dist(q, s) for s in same)
        if dist(q, p) != best:
            raise SystemExit(f"said_by {qk}->{pk} is not the nearest mention of {p['_who']}")
        rels.append({"from": q["id"], "to": p["id"], "type": "said_by"})
        if verbose:
            print(f"   said_by {q['id']} -> {p['id']} {p['text']!r} (dist {dist(q, p)})")
    for sp in spans:
        if sp["label"] == Q and sp["_key"] not in seen_q and verbose:
            print(f"   QUOTE {sp['id']} has no said_by (unnamed speaker): {sp['text']!r}")
    out_spans = []
    for sp in spans:
        o = {"id": sp["id"], "start": sp["start"], "end": sp["end"], "label": sp["label"], "text": sp["text"]}
        if "value" in sp:
            o["value"] = sp["value"]
        out_spans.append(o)
    if verbose:
        for sp in spans:
            l = text[max(0, sp["start"] - 12):sp["start"]].replace("\n", "⏎")
            r = text[sp["end"]:sp["end"] + 8].replace("\n", "⏎")
            print(f"   {sp['id']:>9} {sp['label']:6} [{sp['start']},{sp['end']}) …{l}[[{sp['text']}]]{r}… {sp.get('value', '')}")
    return {"doc_id": doc["doc_id"], "spans": out_spans, "relations": rels}


def main():
    verbose = "-v" in sys.argv
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                manifest[r["doc_id"]] = r
    assert set(manifest) == {d["doc_id"] for d in DOCS}
    out = []
    for doc in DOCS:
        if verbose:
            print(f"== {doc['doc_id']}")
        rec = build(doc, manifest[doc["doc_id"]], verbose)
        counts = {}
        for s in rec["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        print(doc["doc_id"], dict(sorted(counts.items())), "said_by:", len(rec["relations"]))
        out.append(rec)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
