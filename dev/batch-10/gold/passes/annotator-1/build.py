#!/usr/bin/env python3
"""Hand-chosen mentions for the eight holdout4 articles.

Every mention below was chosen by reading the text.  This script only
computes offsets, checks them and writes annotation.jsonl.

Entry forms (in reading order; entities inside a QUOTE follow the QUOTE):
  P(surface, k)        PERSON, k = key of the person (for said_by)
  O / G / L / N        ORG / GPE / LOC / NORP
  D(surface, value)    DATE
  Q(surface, k)        QUOTE, k = key of the speaker, or None (never named)
Optional after="..." : search for the surface only after this left context
(itself searched from the cursor).
said_by goes to the PERSON span with key k nearest to the quote
(character distance, before or after, guidelines s.7).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus
NB = "\u00a0"


def P(s, k=None, after=None): return dict(s=s, label="PERSON", k=k, after=after)
def O(s, after=None): return dict(s=s, label="ORG", after=after)
def G(s, after=None): return dict(s=s, label="GPE", after=after)
def L(s, after=None): return dict(s=s, label="LOC", after=after)
def N(s, after=None): return dict(s=s, label="NORP", after=after)
def D(s, v, after=None): return dict(s=s, label="DATE", value=v, after=after)
def Q(s, k, after=None): return dict(s=s, label="QUOTE", k=k, after=after)


DOCS = []

# ---------------------------------------------------------------- boise (dct Thu 2024-02-08)
DOCS.append(("holdout4-boise-settlement", "boise", [
    G("Boise"), D("2022", "2022"),
    G("BOISE"), G("Idaho"), O("AP"),
    O("Boise City Council"), D("2022", "2022"),
    D("Tuesday", "2024-02-06"), P("Dana Whitcomb-Reyes", "dwr"),
    P("Whitcomb-Reyes", "dwr"), O("Boise Police Department"), O("U.S. District Court"),
    G("Boise"), D("Jan. 14, 2023", "2023-01-14"), D("Aug. 27, 2022", "2022-08-27"),
    D("last spring", "2023-SP"), D("November 2022", "2022-11"),
    P("Priya Venkataraman", "pv"), D("the past decade", "PAST_REF"),
    Q("The money matters, because Dana couldn't work for four months,", "pv"),
    P("Dana", "dwr"),
    P("Venkataraman", "pv"),
    Q("But what she really wanted was for somebody at the city to watch that video and say, 'That was wrong.'", "pv"),
    P("Whitcomb-Reyes", "dwr"), D("Tuesday", "2024-02-06"),
    Q("Nobody from the city has ever said sorry to my face.", "dwr"),
    D("Tuesday", "2024-02-06", after="Later "), O("X"),
    Q("Eighteen months, one broken wrist, and still no sorry. But we did it \U0001F49B Thank you to everyone who believed me.", "dwr"),
    P("Marcus Delahunt", "md"), D("Wednesday", "2024-02-07"), D("2023", "2023"),
    D("last summer", "2023-SU"), G("Oregon"),
    Q("We respect the council's decision to resolve this case and avoid the cost and uncertainty of a trial,", "md"),
    P("Delahunt", "md"),
    P("Tobias Reinholt", "tr"), O("Associated Press"), D("Wednesday", "2024-02-07"),
    Q("If the officers followed policy, we should say so in court. If they didn't, the policy is the problem, and a check doesn't fix that,", "tr"),
    P("Reinholt", "tr"),
    O("ACLU of Idaho"), P("Whitcomb-Reyes", "dwr"), D("last year", "2023"),
    D("Feb. 20", "2024-02-20"),
    D("April", "2024-04"),
]))

# ---------------------------------------------------------------- borrisokane (dct Tue 2017-08-22)
DOCS.append(("holdout4-borrisokane-replay", "borrisokane", [
    O("Borrisokane"),
    P("Dónal Ó Floinn", "dof"),
    O("Borrisokane GAA"), O("Tipperary county board"), D("Sunday", "2017-08-20"),
    G("North Tipperary"), O("Kildangan"),
    O("Borrisokane"), G("Nenagh"), O("Kildangan"), D("Monday", "2017-08-21"),
    O("competitions control committee"), O("CCC"), G("Thurles"), D("Monday", "2017-08-21"),
    D("Saturday, August 26th", "2017-08-26"), G("Cloughjordan"),
    O("Borrisokane"), P("Seán Ó Cinnéide", "soc"), D("Tuesday", "2017-08-22"),
    Q("We are very disappointed. Our lads played the game in front of them and they won it fair and square,", "soc"),
    Q("The referee is the timekeeper, and the rules say his decision is final. We will bring this to the Munster Council if we have to.", "soc"),
    O("Munster Council"),
    P("Liam de Búrca", "ldb"), O("Moycarkey-Borris"), O("CCC"),
    O("Kildangan"), P("Aoife Ní Bhriain", "anb"),
    Q("This was never about winning a match in a committee room,", "anb"),
    O("Kildangan"),
    Q("The rules are there for everyone, and every team is entitled to a full game.", "anb"),
    O("Borrisokane"), P("Pádraig Mac Cárthaigh", "pmc"), O("Tipperary"),
    Q("If we have to play them again, we’ll play them again,", "pmc"),
    Q("But I’d rather the lads were training for a final than sitting around waiting on a phone call.", "pmc"),
    O("Nenagh Éire Óg"), D("Sunday, September 3rd", "2017-09-03"),
    P("Tomás Ó hUiginn", "toh"), D("Tuesday", "2017-08-22"),
    G("North Tipperary"), O("CCC"), D("Last year", "2016"), O("Toomevara"), O("Kilruane"),
]))

# ---------------------------------------------------------------- caceres (dct Sun 2025-02-23)
DOCS.append(("holdout4-caceres-avila", "caceres", [
    P("Dos Santos", "tds"), O("Cáceres"), O("Ávila"), O("Verdinegros"),
    P("Marta Llorente-Vidal", "mlv"),
    P("Thiago dos Santos", "tds"), O("Sporting Cáceres"), O("Racing Ávila"),
    D("Saturday", "2025-02-22"), O("Verdinegros"), O("Segunda División"),
    P("Joaquín Echeverría Lasa", "jel"), D("October", "2024-10"), O("Ávila"),
    P("Iker de la Fuente", "idlf"), P("Luis Ángel Carbajo", "lac"), P("De la Fuente", "idlf"),
    O("Unión Gijonesa"), D("this season", "2024/2025"), O("Ávila"), D("2021", "2021"),
    O("Cáceres"), P("Jonás van der Berg", "jvdb"), P("Carbajo", "lac"),
    P("Echeverría Lasa", "jel"), P("Dos Santos", "tds"), P("Rubén Quintanilla", "rq"),
    P("Álvaro Núñez-Salcedo", "ans"), N("Brazilian"), P("Xabier Oyarzabal-Etxeberria", "xoe"),
    O("Ávila"), P("Mamadou N'Diaye", "mnd"), P("Núñez-Salcedo", "ans"), O("Cáceres"),
    P("Dos Santos", "tds"), P("Sergio de la Peña", "sdlp"),
    Q("I told him at half-time: you have 45 minutes to show me you should be starting,", "jel"),
    P("Echeverría Lasa", "jel"),
    Q("He gave me the answer with two goals. Now he has made my job on Monday very difficult.", "jel"),
    D("Monday", "2025-02-24"),
    O("Cáceres"), P("Andrés Villalobos", "av"), D("Christmas", "2024-12-25"),
    Q("In November we were a team that was afraid of the ball. Today we were losing at home against one of the best sides in the division and nobody panicked,", "jel"),
    D("November", "2024-11"), D("Today", "2025-02-22"),
    Q("That is the biggest change. But we have 15 games left, and nobody has given us anything yet.", "jel"),
    P("Dos Santos", "tds"), N("Brazilian"), O("Atlético Cerrado"), D("January", "2025-01"),
    O("Unión Alicantina"), D("last season", "2023/2024"), G("Extremadura"),
    Q("The people here have been waiting for me to score, and I have been waiting too,", "tds"),
    O("Ávila"), P("Rubén Ortiz de Zárate", "rodz"),
    Q("We were in control and we let them back into the game. That is on me, not on the referee,", "rodz"),
    P("Ortiz de Zárate", "rodz"),
    Q("We have to look at ourselves before next week.", "rodz"),
    D("next week", "2025-02-24/2025-03-02"),
    O("Cáceres"), O("Sporting Zamorano"), D("next Sunday", "2025-03-02"), O("Ávila"),
    O("Atlético Cartagenero"), D("Saturday, March 1", "2025-03-01"),
    D("the 2024-25 season", "2024/2025"),
]))

# ---------------------------------------------------------------- hallwerk (dct Thu 2019-11-07)
DOCS.append(("holdout4-hallwerk-results", "hallwerk", [
    O("Hallwerk"), G("China"),
    G("FRANKFURT"), D("Nov 7", "2019-11-07"), O("Reuters"),
    N("German"), O("Hallwerk AG"), D("new financial year", "2019-10/2020-09"),
    D("Thursday", "2019-11-07"), D("fiscal fourth quarter", "2019-07/2019-09"),
    G("China"), G("U.S."), G("China"),
    G("Stuttgart"), D("fiscal 2019/20", "2019-10/2020-09"), D("Sept. 30", "2019-09-30"),
    O("Refinitiv"),
    O("Hallwerk"), G("Germany"),
    Q("We are not in a crisis, but we are clearly in a downturn, and we are planning for it,", "avs"),
    P("Annegret Vollmer-Sietz", "avs"),
    Q("Our automotive customers are postponing decisions on new production lines until they know what their drivetrains will look like in five years.", "avs"),
    D("five years", "2024"),
    D("the July-September period", "2019-07/2019-09"), D("a year earlier", "2018-07/2018-09"),
    D("the full year", "2018-10/2019-09"), D("2017/18", "2017-10/2018-09"),
    D("February", "2020-02"),
    P("Torsten Lindqvist", "tl"), G("Germany"), D("the end of 2020", "2020"),
    G("Esslingen"), G("Chemnitz"), D("January", "2020-01"), O("IG Metall"),
    Q("The savings will come through mainly in the second half of the fiscal year,", "tl"),
    D("the second half of the fiscal year", "2020-04/2020-09"),
    P("Lindqvist", "tl"), D("the first quarter", "2019-10/2019-12"),
    G("Germany"), O("VDMA"), D("last week", "2019-10-28/2019-11-03"),
    D("the third quarter", "2019-07/2019-09"), L("euro zone"), O("VDMA"), D("next year", "2020"),
    O("Hallwerk"),
    Q("Order intake is weak, but the margin held up better than we had feared, and management is acting early rather than late,", "ko"),
    P("Katrin Oberholzer", "ko"), G("Munich"), O("Bankhaus Meyring"),
    P("Felix Adeyemi-Braun", "fab"), O("Weser Research"),
    Q("a kitchen-sink guidance", "fab"),
    Q("If Washington and Beijing agree even a partial deal before Christmas, this guidance will look very conservative in a few months,", "fab"),
    G("Washington"), G("Beijing"), D("Christmas", "2019-12-25"), D("a few months", "FUTURE_REF"),
    P("Vollmer-Sietz", "avs"), G("China"), D("the past fiscal year", "2018-10/2019-09"),
    D("October", "2019-10"), O("Hallwerk"), G("Chengdu"), D("the spring", "2020-SP"),
    N("German"), O("Handelsblatt"), D("last month", "2019-10"), O("Hallwerk Beteiligungs GmbH"),
    O("Hallwerk"), D("first-quarter", "2019-10/2019-12"), D("Feb. 6", "2020-02-06"),
    P("Jana Stemmler", "js"), P("Owen Hartwell", "oh"),
]))

# ---------------------------------------------------------------- lake victoria (dct Wed 2016-09-14; CRLF)
DOCS.append(("holdout4-lake-victoria-commission", "lake", [
    L("Lake Victoria"),
    G("NAIROBI"), O("AFP"),
    N("East African"), D("Tuesday", "2016-09-13"), N("Ugandan"),
    O("Lake Victoria Basin Commission"), L("Africa"),
    P("Josephine Atuhaire-Mugisha", "jam"), G("Uganda"), O("Ministry of Water and Environment"),
    O("East African Community"), O("EAC"), O("council of ministers"), N("Kenyan"), G("Kisumu"),
    N("Tanzanian"), P("Hamisi Seif Mbarouk", "hsm"), D("January", "2016-01"),
    P("Atuhaire-Mugisha", "jam"),
    Q("The lake does not know where Uganda ends and Kenya begins. If we do not act together, we will lose it together.", "jam"),
    G("Uganda"), G("Kenya"),
    L("Winam Gulf"), D("October", "2016-10"),
    G("Kenya"), G("Uganda"), G("Tanzania"), G("Rwanda"), G("Burundi"), L("White Nile"), G("Egypt"),
    D("the early 2000s", "2000/2009"), G("Kisumu"), G("Mwanza"), D("the late 1990s", "1990/1999"),
    D("last year", "2015"),
    L("Mount Elgon"), L("Kagera"), L("Mara"),
    L("Mara"), L("Mau escarpment"), L("Great Rift Valley"), L("Serengeti"), G("Tanzania"),
    O("UN Environment Programme"), O("UNEP"), G("Nairobi"), D("2014", "2014"),
    O("World Bank"), O("African Development Bank"), O("AfDB"),
    G("Kampala"), G("Dar es Salaam"), O("EAC"), G("Tanzania"), G("Arusha"),
    Q("This was never really about the lake. It was about who controls the money,", None),
    G("Kenya"), D("March", "2016-03"), D("June", "2016-06"), N("Ugandan"),
    P("Atuhaire-Mugisha", "jam"), G("Kisumu"), D("next month", "2016-10"),
]))

# ---------------------------------------------------------------- lancaster (dct Wed 2023-03-15)
DOCS.append(("holdout4-lancaster-housing", "lancaster", [
    Q("A betrayal of local democracy", "ncr"), G("Lancaster"),
    P("Rowena Achterberg", "ra"),
    Q("riding roughshod", None), O("Lancaster city council"), D("the past 18 months", "PAST_REF"),
    P("Nigel Haverstock", "nh"), O("Department for Levelling Up, Housing and Communities"),
    O("DLUHC"), D("Tuesday", "2023-03-14"), D("last October", "2022-10"),
    P("Nigel", "nh"), G("Lancaster"), Q("consistently failed", "nh"), D("2019", "2019"),
    Q("the need for new homes, including 540 affordable homes, outweighs the harm identified by the council", "nh"),
    O("Labour"), N("Conservatives"), D("September 2021", "2021-09"), D("May last year", "2022-05"),
    N("Green"), N("Liberal Democrat"),
    P("Niamh Costigan-Reid", "ncr"), O("Labour"),
    Q("This is a betrayal of local democracy. Councillors from every party looked at this scheme, listened to residents and said no – not once but twice. The minister has decided that he knows better from an office in Westminster.", "ncr"),
    G("Westminster"),
    Q("Nobody here is against new homes. We are against homes with no new school, no GP surgery and a single road in and out that already floods every winter. I will be asking the secretary of state to come to the house and explain himself.", "ncr"),
    P("Joanna Ferrier", "jf"), O("Green party"), O("high court"),
    Q("We will look at every option open to us,", "jf"),
    Q("What we will not do is pretend that this is acceptable.", "jf"),
    N("Conservative"), P("Anthony Wrexham-Pryce", "awp"), N("Tory"),
    O("levelling up, housing and communities select committee"),
    Q("long overdue", "awp"),
    Q("Young families in Lancashire cannot wait another decade for a council that keeps saying no,", "awp"),
    G("Lancashire"), P("Wrexham-Pryce", "awp"), O("Guardian"),
    Q("The inspector looked at the evidence, and the minister followed the inspector. That is how the system is supposed to work.", "awp"),
    N("Conservative"), D("December", "2022-12"), D("4 May", "2023-05-04"),
    Q("frankly baffling", None),
    O("Liberal Democrats"), P("Fiona MacAskill", "fm"), Q("broken", "fm"),
    O("Campaign to Protect Rural England"), O("CPRE"),
    Q("Once these fields are concreted over, they are gone for ever,", "mof"),
    P("Margaret Oduya-Finch", "mof"), G("Lancashire"),
    O("Downing Street"), D("Wednesday", "2023-03-15"),
    Q("Ministers take these decisions on the merits of each case, and the minister has followed the inspector’s recommendation.", None),
    O("Harlow Peak Homes"), D("next spring", "2024-SP"), D("2026", "2026"),
    P("Craig Ellison", "ce"),
    Q("which is more than any scheme in the district in the last 20 years", "ce"),
    D("the last 20 years", "PAST_REF"),
    D("2020", "2020"), D("Saturday", "2023-03-18"), P("Hilary Okonkwo-Bates", "hob"),
    P("Costigan-Reid", "ncr"), D("next week", "2023-03-20/2023-03-26"),
]))

# ---------------------------------------------------------------- rural heart (dct Tue 2018-06-12; NBSP)
DOCS.append(("holdout4-rural-heart-heat", "rural", [
    P("Lachlan Pemberton-Yates", "lpy"),
    G("NSW"), O("University of Newcastle"),
    O("Medical Journal of Australia"), D("Monday", "2018-06-11"), O("NSW Ambulance"),
    D("the summers of 2010-11 and 2016-17", "2010-SU/2016-SU"),
    G("Sydney"), G("Newcastle"), G("Wollongong"),
    P("Mei-Ling Ashcroft", "mla"),
    Q("Heat puts extra strain on the heart, and it also slows everything down: ambulances are busier, roads are closed by bushfires, and the helicopter might be on another job 300" + NB + "km away,", "mla"),
    P("Ashcroft", "mla"),
    Q("A patient in Bourke or Walgett can wait hours for the kind of treatment that someone in Newcastle gets in 90 minutes. On a 45-degree day, those hours matter.", "mla"),
    G("Bourke"), G("Walgett"), G("Newcastle"),
    L("New England"),
    P("Graham Otieno", "go"), D("the summer of 2016-17", "2016-SU"), G("NSW"),
    Q("We are going to see more summers like that one, not fewer,", "go"),
    P("Otieno", "go"),
    O("NSW Health"), G("Sydney"),
    O("NSW Health"),
    Q("Heart attack survival in rural NSW has improved significantly over the past decade, and we continue to invest in regional cardiac services,", None),
    G("NSW"), D("the past decade", "PAST_REF"),
    O("Royal Flying Doctor Service"), O("RFDS"), D("last summer", "2017-SU"),
    D("two years earlier", "2015-SU"),
    O("Heart Foundation"), D("next summer", "2018-SU"), G("NSW"), P("Kerry-Anne Mulqueeney", "kam"),
    Q("This winter we will be talking to government about a plan, so that we are not caught out again in December,", "kam"),
    D("This winter", "2018-WI"), D("December", "2018-12"),
]))

# ---------------------------------------------------------------- solar pump (dct Wed 2025-03-05)
DOCS.append(("holdout4-solar-pump-scheme", "solar", [
    G("VIJAYAWADA"), D("2025-26", "2025-04/2026-03"), D("last week", "2025-02-24/2025-03-02"),
    P("G. Venkata Ramana Rao", "gvrr"),
    O("Andhra Pradesh Southern Power Distribution Company Limited"), O("APSPDCL"),
    O("New and Renewable Energy Development Corporation of Andhra Pradesh"), O("NREDCAP"),
    D("March 3", "2025-03-03"), L("Rayalaseema"), G("Prakasam district"),
    Q("Our farmers have waited years for reliable daytime power. With a solar pump, a farmer in Anantapur will not have to go to his field at midnight to switch on the motor,", "gvrr"),
    G("Anantapur"), P("Venkata Ramana Rao", "gvrr"),
    Q("This is not a subsidy. It is an investment that will reduce the burden on the discoms for the next 25 years.", "gvrr"),
    D("the next 25 years", "FUTURE_REF"),
    O("Union Ministry of New and Renewable Energy"), O("MNRE"),
    D("Last fiscal", "2023-04/2024-03"), O("NREDCAP"), D("the current fiscal", "2024-04/2025-03"),
    P("K. Lakshmi Prasanna", "klp"), D("the end of this month", "2025-03"), D("June", "2025-06"),
    D("summer months", "2025-SU"), D("March 2026", "2026-03"),
    Q("We have learnt from the first phase. Earlier, a farmer had to wait four to five months for a pump after paying his share. We want to bring that down to 45 days,", "klp"),
    P("Prasanna", "klp"),
    O("Kiranam Agritech Pvt. Ltd."), G("Guntur"), D("2019", "2019"),
    P("S. Harika Chowdary", "shc"), P("P. Vamsi Krishna", "pvk"), O("IIT Madras"),
    D("December", "2024-12"),
    Q("Nearly one in six pumps installed in the first phase developed some fault within a year, and most farmers did not know whom to call,", "shc"),
    P("Chowdary", "shc"),
    Q("With monitoring, the vendor gets an alert before the farmer even notices a problem.", "shc"),
    O("YSR Congress Party"), O("YSRCP"), P("B. Narasimha Murthy", "bnm"), D("2023", "2023"),
    P("M. Obul Reddy", "mor"), G("Kadiri mandal"), G("Sri Sathya Sai district"),
    D("last year", "2024"),
    Q("For the first time I could water my crop in the afternoon, when I can see what I am doing,", "mor"),
    D("Ugadi", "2025-03-30"),
]))


def build():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            manifest[r["doc_id"]] = r
    out = []
    for doc_id, short, items in DOCS:
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        text = open(path, encoding="utf-8", newline="").read()
        spans, cursor, prev = [], 0, None
        for n, it in enumerate(items, 1):
            s = it["s"]
            start_from = cursor
            if it.get("after"):
                a = text.find(it["after"], start_from)
                assert a >= 0, (doc_id, "after not found", it)
                start_from = a + len(it["after"])
            i = text.find(s, start_from)
            assert i >= 0, (doc_id, "not found", s)
            sp = {"id": f"{short}-{n}", "start": i, "end": i + len(s), "label": it["label"], "text": s}
            if it["label"] == "DATE":
                sp["value"] = it["value"]
            sp["_k"] = it.get("k")
            spans.append(sp)
            # next search: inside a quote for its entities, else after this span
            cursor = i if it["label"] == "QUOTE" else i + len(s)
        # checks
        for sp in spans:
            assert text[sp["start"]:sp["end"]] == sp["text"]
            t = sp["text"]
            assert t == t.strip() and t.strip(".,;:!?\"'“”‘’ ") != "", sp
            if sp["label"] != "QUOTE":
                assert t[0] not in ".,;:\"'“”‘’(" and t[-1] not in ",;:\"“”‘’)", sp
        ids = [sp["id"] for sp in spans]
        assert len(ids) == len(set(ids))
        # reading order
        starts = [sp["start"] for sp in spans]
        assert starts == sorted(starts), doc_id
        # flatness
        for a in spans:
            for b in spans:
                if a is b:
                    continue
                if a["start"] < b["end"] and b["start"] < a["end"]:
                    inside_quote = (a["label"] == "QUOTE" and b["label"] != "QUOTE"
                                    and a["start"] <= b["start"] and b["end"] <= a["end"])
                    inside_quote2 = (b["label"] == "QUOTE" and a["label"] != "QUOTE"
                                     and b["start"] <= a["start"] and a["end"] <= b["end"])
                    assert inside_quote or inside_quote2, (doc_id, a, b)
        # said_by: nearest PERSON mention naming the speaker
        rels = []
        for q in spans:
            if q["label"] != "QUOTE" or q["_k"] is None:
                continue
            cands = [p for p in spans if p["label"] == "PERSON" and p["_k"] == q["_k"]]
            assert cands, q

            def dist(p):
                if p["end"] <= q["start"]:
                    return q["start"] - p["end"]
                if p["start"] >= q["end"]:
                    return p["start"] - q["end"]
                return 0
            best = min(cands, key=lambda p: (dist(p), p["start"]))
            rels.append({"from": q["id"], "to": best["id"], "type": "said_by"})
        for sp in spans:
            del sp["_k"]
        out.append({"doc_id": doc_id, "spans": spans, "relations": rels})
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    from collections import Counter
    for r in build():
        c = Counter(sp["label"] for sp in r["spans"])
        print(r["doc_id"], dict(sorted(c.items())), "said_by:", len(r["relations"]))
