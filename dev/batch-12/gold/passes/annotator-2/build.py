"""Hand-chosen mentions -> offsets. Mentions are listed in reading order; each is found at or
after a cursor. QUOTE entries are (\"Q\", prefix, suffix, speaker_key); the span runs from the
prefix start to the suffix end (text inside the marks). said_by goes to the nearest PERSON span
whose surface is one of the speaker's names (section 7)."""
import json, os
CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpus")  # heldout/corpus
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "annotation.jsonl")

DOCS = []

# ---------------------------------------------------------------- AFP Bogota (dct Tue 2018-04-10)
DOCS.append(("holdout6-afp-bogota-cauca-protest", "afp", {
    "yat": ["Aurelio Yatacué Pechené"], "sal": ["María Fernanda Salcedo Ospina"],
    "luz": ["Luz Dary Campo Guetio"]}, [
    ("Colombia", "GPE"),
    ("BOGOTÁ", "GPE"), ("AFP", "ORG"), ("Colombia", "GPE"), ("Tuesday", "DATE", "2018-04-10"),
    ("three years ago", "DATE", "2015"),
    ("Nasa", "NORP"), ("Misak", "NORP"), ("Cauca", "GPE"), ("Cali", "GPE"), ("Ecuador", "GPE"),
    ("Regional Indigenous Council of Cauca", "ORG"), ("CRIC", "ORG"), ("Monday", "DATE", "2018-04-09"),
    ("Santander de Quilichao", "GPE"),
    ("Aurelio Yatacué Pechené", "PERSON"), ("2015", "DATE", "2015"),
    ("Q", "The government signed", "forgot about us,", "yat"), ("AFP", "ORG"),
    ("Q", "We will stay", "talk to us.", "yat"), ("Cauca", "GPE"),
    ("CRIC", "ORG"), ("January", "DATE", "2018-01"),
    ("María Fernanda Salcedo Ospina", "PERSON"), ("Bogotá", "GPE"),
    ("Q", "under pressure", "blockades.", "sal"),
    ("Q", "We call on", "the only road.", "sal"),
    ("ESMAD", "ORG"), ("Monday", "DATE", "2018-04-09"), ("El Pital", "GPE"),
    ("Ombudsman's Office", "ORG"), ("Defensoría del Pueblo", "ORG"),
    ("Jaime Arboleda Restrepo", "PERSON"),
    ("Colfecar", "ORG"),
    ("Colombia", "GPE"), ("FARC", "ORG"), ("2016", "DATE", "2016"), ("ELN", "ORG"),
    ("National Indigenous Organization of Colombia", "ORG"), ("ONIC", "ORG"),
    ("last year", "DATE", "2017"),
    ("Cauca", "GPE"), ("the 1970s", "DATE", "1970/1979"), ("2008", "DATE", "2008"), ("Cali", "GPE"),
    ("Luz Dary Campo Guetio", "PERSON"), ("Toribío", "GPE"),
    ("Q", "We are not here", "killing us,", "luz"),
]))

# ---------------------------------------------------------------- CP Halifax (dct Wed 2023-03-15)
DOCS.append(("holdout6-cp-halifax-byelection", "cp", {
    "mac": ["Colin MacAskill", "MacAskill"], "oh": ["Patricia O'Halloran"],
    "san": ["Ravinder Sandhu", "Sandhu"], "cor": ["Denise Corkum"], "ars": ["Louise Arsenault"]}, [
    ("Nova Scotia", "GPE"), ("Dartmouth", "GPE"),
    ("HALIFAX", "GPE"), ("Nova Scotia", "GPE"), ("Dartmouth South", "GPE"),
    ("next month", "DATE", "2023-04"), ("Colin MacAskill", "PERSON"), ("Wednesday", "DATE", "2023-03-15"),
    ("Progressive Conservative", "NORP"),
    ("April 18", "DATE", "2023-04-18"),
    ("Q", "Nova Scotians in", "it quickly,", "mac"), ("Nova Scotians", "NORP"), ("Dartmouth South", "GPE"),
    ("MacAskill", "PERSON"), ("Q", "We'll run", "that record.", "mac"),
    ("January", "DATE", "2023-01"), ("Tory", "NORP"), ("Gerald Boudreau", "PERSON"), ("Boudreau", "PERSON"),
    ("2021", "DATE", "2021"), ("Liberals", "NORP"),
    ("Progressive Conservatives", "NORP"), ("Shauna Fitzgerald-Kaye", "PERSON"), ("Dartmouth", "GPE"),
    ("Liberals", "NORP"), ("Amir Haddad", "PERSON"), ("NDP", "ORG"), ("Mireille LeBlanc", "PERSON"),
    ("Liberal", "NORP"), ("Patricia O'Halloran", "PERSON"),
    ("Q", "This government promised", "in the ER,", "oh"), ("Dartmouth", "GPE"),
    ("Q", "Voters have", "a message.", "oh"),
    ("NDP", "ORG"), ("Ravinder Sandhu", "PERSON"),
    ("Q", "Rents in Dartmouth", "last election,", "san"), ("Dartmouth", "GPE"), ("Sandhu", "PERSON"),
    ("Q", "People can't wait", "on housing.", "san"),
    ("Denise Corkum", "PERSON"), ("Halifax", "GPE"), ("last fall", "DATE", "2022-FA"), ("2021", "DATE", "2021"),
    ("Q", "We are not going", "job is done,", "cor"), ("Q", "But the numbers", "right direction.", "cor"),
    ("spring", "DATE", "2023-SP"),
    ("Allan Whynot", "PERSON"), ("March 7", "DATE", "2023-03-07"),
    ("the 2023-24 fiscal year", "DATE", "2023-04/2024-03"),
    ("Louise Arsenault", "PERSON"), ("Dalhousie University", "ORG"),
    ("Q", "If the Tories", "vote of confidence,", "ars"), ("Tories", "NORP"),
    ("Q", "If they lose it", "before the summer.", "ars"), ("the summer", "DATE", "2023-SU"),
    ("Progressive Conservatives", "NORP"), ("Liberals", "NORP"), ("NDP", "ORG"),
    ("Dartmouth South", "GPE"), ("April 8", "DATE", "2023-04-08"), ("Elections Nova Scotia", "ORG"),
    ("Canadian Press", "ORG"), ("March 15, 2023", "DATE", "2023-03-15"),
]))

# ---------------------------------------------------------------- FT Halewood (dct Wed 2019-07-24)
DOCS.append(("holdout6-ft-halewood-profit-warning", "ft", {
    "fer": ["Duncan Ferrier-Lyle", "Ferrier-Lyle"], "meh": ["Anjali Mehra-Thompson"],
    "str": ["Oliver Strachan"], "kaur": ["Priya Kaur"], "pen": ["Malcolm Penhaligon"]}, [
    ("Halewood & Price", "ORG"),
    ("Harriet Okonjo-Reid", "PERSON"), ("London", "GPE"),
    ("Halewood & Price", "ORG"), ("Wednesday", "DATE", "2019-07-24"), ("this year", "DATE", "2019"),
    ("East Midlands", "LOC"),
    ("the six months to June 30", "DATE", "2019-01/2019-06"), ("a year earlier", "DATE", "2018-01/2018-06"),
    ("Q", "materially short", "materially short", None), ("March", "DATE", "2019-03"),
    ("the autumn of 2012", "DATE", "2012-FA"),
    ("Duncan Ferrier-Lyle", "PERSON"), ("German", "NORP"), ("January 2018", "DATE", "2018-01"),
    ("May and June", "DATE", "2019-05/2019-06"), ("Q", "the toughest I", "in retail", "fer"),
    ("Q", "Customers are simply", "so uncertain,", "fer"), ("Q", "We have had to", "price of margin.", "fer"),
    ("the second quarter", "DATE", "2019-04/2019-06"),
    ("the first three months of the year", "DATE", "2019-01/2019-03"), ("Northampton", "GPE"),
    ("Anjali Mehra-Thompson", "PERSON"), ("this year", "DATE", "2019"), ("UK", "GPE"),
    ("the next two years", "DATE", "FUTURE_REF"),
    ("Q", "keep the dividend", "under review", "meh"), ("12 September", "DATE", "2019-09-12"),
    ("Oliver Strachan", "PERSON"), ("Peel Hunt", "ORG"), ("Q", "raises serious", "turnaround plan", "str"),
    ("the end of the financial year", "DATE", "2019-02/2020-01"), ("January", "DATE", "2020-01"),
    ("Q", "This is a business", "stand still,", "kaur"), ("Priya Kaur", "PERSON"), ("Jefferies", "ORG"),
    ("Q", "The problem isn't", "slow to follow.", "kaur"), ("Halewood", "ORG"),
    ("summer", "DATE", "2019-SU"), ("British", "NORP"), ("the spring", "DATE", "2019-SP"),
    ("British Retail Consortium", "ORG"), ("last week", "DATE", "2019-07-15/2019-07-21"),
    ("Halewood & Price", "ORG"), ("Leeds", "GPE"), ("1964", "DATE", "1964"), ("Corran Capital", "ORG"),
    ("April", "DATE", "2019-04"), ("Corran", "ORG"), ("Q", "push harder now", "push harder now", None),
    ("Malcolm Penhaligon", "PERSON"), ("Q", "fully supports", "fully supports", "pen"),
    ("Ferrier-Lyle", "PERSON"), ("October", "DATE", "2019-10"),
]))

# ---------------------------------------------------------------- Hockey (dct Thu 2024-01-18)
DOCS.append(("holdout6-hockey-jets-flames", "hky", {
    "lin": ["Erik Lindgren", "Lindgren", "Lindy"], "kow": ["Randy Kowalchuk", "Kowalchuk"],
    "bra": ["Cole Brannigan", "Brannigan"], "gag": ["Pierre-Luc Gagnon"],
    "our": ["Mathieu Ouellette-Roy", "Ouellette-Roy"]}, [
    ("Jets", "ORG"), ("Flames", "ORG"), ("Lindgren", "PERSON"),
    ("WINNIPEG", "GPE"), ("Erik Lindgren", "PERSON"), ("Wednesday", "DATE", "2024-01-17"),
    ("Swedish", "NORP"), ("Winnipeg Jets", "ORG"), ("Calgary Flames", "ORG"),
    ("Q", "It's been a long", "honestly,", "lin"), ("Lindgren", "PERSON"),
    ("Q", "You start squeezing", "think later.", "lin"), ("Tonight", "DATE", "2024-01-17"),
    ("Calgary", "ORG"), ("Mathieu Ouellette-Roy", "PERSON"), ("Dmitri Kasatonov", "PERSON"),
    ("Jonas Åkerlund", "PERSON"), ("Lindgren", "PERSON"), ("Cole Brannigan", "PERSON"),
    ("Lindgren", "PERSON"), ("Jets", "ORG"), ("Aleksi Haapanen", "PERSON"), ("Brannigan", "PERSON"),
    ("Q", "That's what he does", "to the net,", "kow"), ("Jets", "ORG"), ("Randy Kowalchuk", "PERSON"),
    ("Lindgren", "PERSON"), ("Q", "He's a big body", "harder in practice.", "kow"),
    ("Winnipeg", "ORG"), ("Theo Marchand", "PERSON"), ("Kasatonov", "PERSON"), ("Calgary", "ORG"),
    ("Q", "Theo kept us", "in the second,", "bra"), ("Theo", "PERSON"), ("Brannigan", "PERSON"),
    ("Q", "We were sloppy", "Lindy took over.", "bra"), ("Lindy", "PERSON"),
    ("Jets", "ORG"), ("Dallas Stars", "ORG"), ("Central Division", "ORG"), ("Winnipeg", "ORG"),
    ("NHL", "ORG"), ("this season", "DATE", "2023/2024"),
    ("Calgary", "ORG"), ("Haapanen", "PERSON"),
    ("Q", "We played a good", "for 45 minutes,", "gag"), ("Flames", "ORG"), ("Pierre-Luc Gagnon", "PERSON"),
    ("Q", "Then we stopped", "make you pay.", "gag"),
    ("Ouellette-Roy", "PERSON"), ("2023-24", "DATE", "2023/2024"), ("Flames", "ORG"),
    ("Q", "We had them", "wanted them,", "our"), ("Q", "Two bad shifts", "the league.", "our"),
    ("Jets", "ORG"), ("Western Conference", "ORG"),
    ("Winnipeg", "ORG"), ("Noah Petrovic-Hale", "PERSON"), ("Kowalchuk", "PERSON"), ("Calgary", "ORG"),
    ("Brady Sundqvist", "PERSON"), ("NHL", "ORG"), ("Marchand", "PERSON"), ("Jets", "ORG"),
    ("Flames", "ORG"), ("Edmonton Oilers", "ORG"), ("Saturday", "DATE", "2024-01-20"),
    ("Jets", "ORG"), ("Minnesota Wild", "ORG"), ("Friday", "DATE", "2024-01-19"),
]))

# ---------------------------------------------------------------- Ondo tribunal (dct Tue 2025-05-20)
DOCS.append(("holdout6-ng-ondo-tribunal", "ng", {
    "nwa": ["Emeka Nwachukwu", "Nwachukwu"], "fas": ["Tunde Fashola-Adeyemi"],
    "dan": ["Yusuf Danjuma-Okafor"]}, [
    ("Ondo", "GPE"), ("Tribunal", "ORG"), ("PDP", "ORG"), ("APC", "ORG"),
    ("Adebayo Ogunleye-Falana", "PERSON"), ("Akure", "GPE"),
    ("Ondo State Governorship Election Petition Tribunal", "ORG"), ("Akure", "GPE"),
    ("Tuesday", "DATE", "2025-05-20"), ("Oluwaseun Akinterinwa", "PERSON"),
    ("November 16, 2024", "DATE", "2024-11-16"),
    ("Hadiza Bello-Suleiman", "PERSON"),
    ("Peoples Democratic Party", "ORG"), ("PDP", "ORG"), ("Babatunde Olowookere", "PERSON"),
    ("Independent National Electoral Commission", "ORG"), ("INEC", "ORG"), ("Akinterinwa", "PERSON"),
    ("All Progressives Congress", "ORG"), ("APC", "ORG"), ("Olowookere", "PERSON"),
    ("Emeka Nwachukwu", "PERSON"), ("INEC", "ORG"), ("Owo", "GPE"), ("Ondo West", "GPE"),
    ("Okitipupa", "GPE"),
    ("Q", "The evidence before", "election fails,", "nwa"), ("Nwachukwu", "PERSON"),
    ("INEC", "ORG"), ("Tunde Fashola-Adeyemi", "PERSON"),
    ("Q", "You cannot prove", "specific polling units,", "fas"), ("Abuja", "GPE"),
    ("APC", "ORG"), ("Yusuf Danjuma-Okafor", "PERSON"), ("Q", "an academic exercise", "an academic exercise", "dan"),
    ("Ondo State", "GPE"),
    ("Department of State Services", "ORG"), ("DSS", "ORG"),
    ("PDP", "ORG"),
    ("Q", "We have done our part", "Court of Appeal,", None), ("Court of Appeal", "ORG"),
    ("Kolawole Ajibade", "PERSON"), ("Monday", "DATE", "2025-05-19"),
    ("December 7 last year", "DATE", "2024-12-07"), ("June", "DATE", "2025-06"),
    ("Court of Appeal", "ORG"), ("Supreme Court", "ORG"), ("PDP", "ORG"), ("2020", "DATE", "2020"),
]))

# ---------------------------------------------------------------- Svalbard (dct Wed 2024-02-07)
DOCS.append(("holdout6-science-svalbard-glacier", "sci", {
    "sol": ["Ingrid Solbakken-Haug"], "lq": ["Tobias Lindqvist"], "ben": ["Chiara Benedetti-Rossi"],
    "mat": ["Kenji Matsuoka-Brandt"]}, [
    ("Svalbard", "LOC"), ("Arctic", "LOC"),
    ("Svalbard", "LOC"), ("Arctic", "LOC"),
    ("Wednesday", "DATE", "2024-02-07"), ("Nature Geoscience", "ORG"), ("Nathorstbreen-Vest", "LOC"),
    ("Spitsbergen", "LOC"), ("2012 to 2022", "DATE", "2012/2022"), ("the summer of 2016", "DATE", "2016-SU"),
    ("Q", "We were watching", "a few seasons,", "sol"), ("Ingrid Solbakken-Haug", "PERSON"),
    ("UiT The Arctic University of Norway", "ORG"), ("Tromsø", "GPE"),
    ("University of Leeds", "ORG"), ("United Kingdom", "GPE"), ("ETH Zurich", "ORG"), ("Switzerland", "GPE"),
    ("Alfred Wegener Institute", "ORG"), ("Bremerhaven", "GPE"), ("Germany", "GPE"),
    ("Svalbard", "LOC"), ("Alaska", "GPE"), ("Karakoram", "LOC"), ("the past", "DATE", "PAST_REF"),
    ("Q", "What this paper shows", "the trigger,", "lq"), ("Tobias Lindqvist", "PERSON"), ("ETH Zurich", "ORG"),
    ("Q", "Warm summers", "very quickly.", "lq"),
    ("Svalbard", "LOC"), ("Earth", "LOC"), ("the 1970s", "DATE", "1970/1979"), ("Barents Sea", "LOC"),
    ("Chiara Benedetti-Rossi", "PERSON"), ("University of Leeds", "ORG"),
    ("Q", "If surges in places", "century goes on,", "ben"), ("Svalbard", "LOC"), ("Greenland", "GPE"),
    ("the 21st century", "DATE", "2000/2099"),
    ("Kenji Matsuoka-Brandt", "PERSON"), ("Norwegian Polar Institute", "ORG"), ("Svalbard", "LOC"),
    ("the late 19th century", "DATE", "1800/1899"),
    ("Q", "Surging is part", "these glaciers,", "mat"), ("Q", "The question is", "record for that.", "mat"),
    ("this spring", "DATE", "2024-SP"), ("Novaya Zemlya", "LOC"), ("Canadian Arctic", "LOC"),
]))

# ---------------------------------------------------------------- Singapore (dct Fri 2017-11-03)
DOCS.append(("holdout6-st-singapore-johor-logistics", "st", {
    "koh": ["Koh Poh Leng", "Koh"], "tan": ["Tan Wei Jie", "Tan"], "lee": ["Lee Shu Hui"]}, [
    ("Singapore", "GPE"), ("Malaysia", "GPE"),
    ("SINGAPORE", "GPE"), ("Singapore", "GPE"), ("Malaysian", "NORP"), ("Friday", "DATE", "2017-11-03"),
    ("Johor", "GPE"),
    ("Straitsline Holdings", "ORG"), ("Iskandar Terra Development", "ORG"),
    ("the next six years", "DATE", "FUTURE_REF"), ("the second half of 2019", "DATE", "2019-07/2019-12"),
    ("Ministry of Trade and Industry", "ORG"), ("MTI", "ORG"), ("Singapore", "GPE"),
    ("Koh Poh Leng", "PERSON"), ("Malaysia", "GPE"), ("Ahmad Faizal Rahmat", "PERSON"),
    ("Koh", "PERSON"), ("Singapore", "GPE"),
    ("Q", "Our companies are", "Singapore and Malaysia,", "koh"), ("Singapore", "GPE"), ("Malaysia", "GPE"),
    ("Q", "This is not a zero-sum", "as one market.", "koh"), ("Johor", "GPE"), ("Singapore", "GPE"),
    ("Straitsline", "ORG"), ("Tan Wei Jie", "PERSON"), ("Johor", "GPE"), ("2022", "DATE", "2022"),
    ("Tan", "PERSON"), ("Thailand", "GPE"), ("Indonesia", "GPE"), ("Johor", "GPE"),
    ("Q", "Proximity matters", "before lunch,", "tan"), ("Tuas", "LOC"), ("Pasir Gudang", "GPE"),
    ("Ahmad Faizal", "PERSON"), ("Iskandar Malaysia", "LOC"), ("2006", "DATE", "2006"),
    ("Malaysian", "NORP"), ("Iskandar Terra", "ORG"), ("Priya Ramasamy", "PERSON"),
    ("next year", "DATE", "2018"),
    ("Singapore Government", "ORG"), ("Maybank Kim Eng", "ORG"), ("Lee Shu Hui", "PERSON"),
    ("South-east Asia", "LOC"),
    ("Q", "Regional parcel", "an advantage,", "lee"),
    ("Putrajaya", "GPE"), ("Johor Bahru", "GPE"), ("Woodlands", "LOC"), ("the end of 2024", "DATE", "2024"),
    ("Straitsline", "ORG"), ("Friday", "DATE", "2017-11-03"), ("Singapore Exchange", "ORG"),
    ("Enterprise Singapore", "ORG"), ("this year", "DATE", "2017"),
]))

# ---------------------------------------------------------------- Shasta (dct Thu 2021-08-12)
DOCS.append(("holdout6-tv-shasta-wildfire", "tv", {
    "del": ["Marcus Delgado-Reyes", "Delgado-Reyes"], "hal": ["Dwayne Halvorsen", "Halvorsen"],
    "oye": ["Leonard Oyelaran-Pike"]}, [
    ("Shasta County", "GPE"),
    ("Kaylee Brandt", "PERSON"), ("KRCV News 7", "ORG"),
    ("REDDING", "GPE"), ("Calif.", "GPE"), ("Redding", "GPE"), ("Thursday", "DATE", "2021-08-12"),
    ("Shasta County", "GPE"),
    ("Wednesday", "DATE", "2021-08-11"), ("Thursday", "DATE", "2021-08-12"), ("Cal Fire", "ORG"),
    ("Shasta County Sheriff's Office", "ORG"), ("Igo", "GPE"), ("Ono", "GPE"),
    ("Q", "Crews worked", "around 2 a.m.,", "del"),
    ("Cal Fire", "ORG"), ("Marcus Delgado-Reyes", "PERSON"),
    ("Q", "We're looking", "wait and see.", "del"), ("this afternoon", "DATE", "2021-08-12"),
    ("Redding", "GPE"), ("Chico", "GPE"), ("Thursday", "DATE", "2021-08-12"), ("Delgado-Reyes", "PERSON"),
    ("Dwayne Halvorsen", "PERSON"),
    ("Q", "If deputies knock", "please go,", "hal"), ("Halvorsen", "PERSON"),
    ("Q", "We would much rather", "both sides.", "hal"), ("tonight", "DATE", "2021-08-12"),
    ("Facebook", "ORG"), ("Q", "EVACUATION ORDER", "\U0001F525\U0001F697", None), ("Igo", "GPE"), ("Ono", "GPE"),
    ("American Red Cross", "ORG"), ("Anderson", "GPE"),
    ("Shasta County", "GPE"), ("Leonard Oyelaran-Pike", "PERSON"), ("Wednesday", "DATE", "2021-08-11"),
    ("Q", "A lot of these folks", "three years ago,", "oye"), ("three years ago", "DATE", "2018"),
    ("Q", "They know exactly", "smoke means.", "oye"),
    ("Pacific Gas and Electric", "ORG"), ("Thursday", "DATE", "2021-08-12"),
    ("National Weather Service", "ORG"), ("Sacramento", "GPE"), ("Sacramento Valley", "LOC"),
    ("Friday", "DATE", "2021-08-13"), ("the weekend", "DATE", "2021-08-14/2021-08-15"),
    ("Redding", "GPE"), ("Anderson", "GPE"), ("Saturday", "DATE", "2021-08-14"),
    ("KRCV News 7", "ORG"),
]))


def build():
    out = []
    totals = {}
    nrel = 0
    for doc_id, short, speakers, mentions in DOCS:
        text = open(os.path.join(CORPUS, doc_id + ".txt"), encoding="utf-8", newline="").read()
        cur = 0
        spans, quotes = [], []
        for m in mentions:
            if m[0] == "Q":
                _, pre, suf, spk = m
                s = text.find(pre, cur)
                assert s >= 0, (doc_id, pre)
                e = text.find(suf, s) + len(suf)
                assert e >= s + len(suf) - 0 and text.find(suf, s) >= 0, (doc_id, suf)
                assert text[s - 1] in "\"'", (doc_id, pre, repr(text[s - 1]))
                # quote must end at a closing mark or at the end of a paragraph
                assert text[e] in "\"'", (doc_id, suf, repr(text[e]))
                sp = {"start": s, "end": e, "label": "QUOTE", "text": text[s:e]}
                spans.append(sp); quotes.append((sp, spk))
                cur = s
            else:
                surf, lab = m[0], m[1]
                s = text.find(surf, cur)
                assert s >= 0, (doc_id, surf, cur)
                # whole-word check
                assert not (s > 0 and text[s - 1].isalnum()), (doc_id, surf)
                assert not (s + len(surf) < len(text) and text[s + len(surf)].isalnum()), (doc_id, surf)
                sp = {"start": s, "end": s + len(surf), "label": lab, "text": surf}
                if lab == "DATE":
                    sp["value"] = m[2]
                spans.append(sp)
                cur = s + len(surf)
        spans.sort(key=lambda x: (x["start"], -x["end"]))
        for i, sp in enumerate(spans):
            sp_id = f"{short}-{i + 1}"
            sp["id"] = sp_id
            assert text[sp["start"]:sp["end"]] == sp["text"]
            assert sp["text"] == sp["text"].strip()
        # flatness
        for a in spans:
            for b in spans:
                if a is b:
                    continue
                if a["start"] < b["end"] and b["start"] < a["end"]:
                    outer, inner = (a, b) if a["start"] <= b["start"] and a["end"] >= b["end"] else (b, a)
                    assert outer["label"] == "QUOTE" and inner["label"] != "QUOTE" and \
                        outer["start"] <= inner["start"] and inner["end"] <= outer["end"], (doc_id, a, b)
        ids = [s["id"] for s in spans]
        assert len(ids) == len(set(ids))
        rels = []
        for q, spk in quotes:
            if spk is None:
                continue
            names = speakers[spk]
            cands = [p for p in spans if p["label"] == "PERSON" and p["text"] in names]
            assert cands, (doc_id, spk)
            def dist(p):
                if p["end"] <= q["start"]:
                    return q["start"] - p["end"]
                if p["start"] >= q["end"]:
                    return p["start"] - q["end"]
                return 0  # inside the quote
            best = min(cands, key=lambda p: (dist(p), p["start"]))
            rels.append({"from": q["id"], "to": best["id"], "type": "said_by"})
        nrel += len(rels)
        ordered = []
        for sp in spans:
            d = {"id": sp["id"], "start": sp["start"], "end": sp["end"], "label": sp["label"], "text": sp["text"]}
            if "value" in sp:
                d["value"] = sp["value"]
            ordered.append(d)
            totals[sp["label"]] = totals.get(sp["label"], 0) + 1
        out.append({"doc_id": doc_id, "spans": ordered, "relations": rels})
        per = {}
        for sp in spans:
            per[sp["label"]] = per.get(sp["label"], 0) + 1
        print(doc_id, per, "said_by", len(rels))
    with open(OUT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("TOTAL", totals, "said_by", nrel)


if __name__ == "__main__":
    build()
