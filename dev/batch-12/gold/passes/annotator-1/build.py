"""Hand-chosen mentions; this script only computes offsets and checks them."""
import json, re, os
CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "corpus")  # heldout/corpus

P, O, G, L, N = "PERSON", "ORG", "GPE", "LOC", "NORP"
def D(t, v): return ("DATE", t, v)
def Q(start, end, speaker=None): return ("QUOTE", start, end, speaker)
# entity: (label, text)  date: ("DATE", text, value)  quote: ("QUOTE", start_snippet, end_snippet, speaker_names)

DOCS = {}
DOCS["holdout6-afp-bogota-cauca-protest"] = ("afp", [
 (G,"Colombia"),
 (G,"BOGOTÁ"),(O,"AFP"),(G,"Colombia"),D("Tuesday","2018-04-10"),D("three years ago","2015"),
 (N,"Nasa"),(N,"Misak"),(G,"Cauca"),(G,"Cali"),(G,"Ecuador"),
 (O,"Regional Indigenous Council of Cauca"),(O,"CRIC"),D("Monday","2018-04-09"),(G,"Santander de Quilichao"),
 (P,"Aurelio Yatacué Pechené"),D("2015","2015"),
 Q("The government signed","forgot about us,",("Aurelio Yatacué Pechené",)),(O,"AFP"),
 Q("We will stay on the road","talk to us.",("Aurelio Yatacué Pechené",)),(G,"Cauca"),
 (O,"CRIC"),D("January","2018-01"),
 (P,"María Fernanda Salcedo Ospina"),(G,"Bogotá"),Q("under pressure from blockades.","under pressure from blockades.",("María Fernanda Salcedo Ospina",)),
 Q("We call on the communities","the only road.",("María Fernanda Salcedo Ospina",)),
 (O,"ESMAD"),D("Monday","2018-04-09"),(G,"El Pital"),(O,"Ombudsman's Office"),(O,"Defensoría del Pueblo"),
 (P,"Jaime Arboleda Restrepo"),
 (O,"Colfecar"),
 (G,"Colombia"),(O,"FARC"),D("2016","2016"),(O,"ELN"),
 (O,"National Indigenous Organization of Colombia"),(O,"ONIC"),D("last year","2017"),
 (G,"Cauca"),D("the 1970s","1970/1979"),D("2008","2008"),(G,"Cali"),
 (P,"Luz Dary Campo Guetio"),(G,"Toribío"),
 Q("We are not here because","killing us,",("Luz Dary Campo Guetio",)),
])
DOCS["holdout6-cp-halifax-byelection"] = ("cp", [
 (G,"Nova Scotia"),(G,"Dartmouth"),
 (G,"HALIFAX"),(G,"Nova Scotia"),(G,"Dartmouth South"),D("next month","2023-04"),(P,"Colin MacAskill"),D("Wednesday","2023-03-15"),(N,"Progressive Conservative"),
 D("April 18","2023-04-18"),
 Q("Nova Scotians in Dartmouth South","quickly,",("Colin MacAskill","MacAskill")),(N,"Nova Scotians"),(G,"Dartmouth South"),(P,"MacAskill"),
 Q("We'll run on our record","in that record.",("Colin MacAskill","MacAskill")),
 D("January","2023-01"),(N,"Tory"),(P,"Gerald Boudreau"),(P,"Boudreau"),D("2021","2021"),(N,"Liberals"),
 (N,"Progressive Conservatives"),(P,"Shauna Fitzgerald-Kaye"),(G,"Dartmouth"),(N,"Liberals"),(P,"Amir Haddad"),(O,"NDP"),(P,"Mireille LeBlanc"),
 (N,"Liberal"),(P,"Patricia O'Halloran"),
 Q("This government promised","in the ER,",("Patricia O'Halloran",)),(G,"Dartmouth"),
 Q("Voters have a chance","a message.",("Patricia O'Halloran",)),
 (O,"NDP"),(P,"Ravinder Sandhu"),
 Q("Rents in Dartmouth","last election,",("Ravinder Sandhu","Sandhu")),(G,"Dartmouth"),(P,"Sandhu"),
 Q("People can't wait","on housing.",("Ravinder Sandhu","Sandhu")),
 (P,"Denise Corkum"),(G,"Halifax"),D("last fall","2022-FA"),D("2021","2021"),
 Q("We are not going to pretend","is done,",("Denise Corkum",)),
 Q("But the numbers","right direction.",("Denise Corkum",)),
 (P,"Allan Whynot"),D("March 7","2023-03-07"),D("the 2023-24 fiscal year","2023-04/2024-03"),
 (P,"Louise Arsenault"),(O,"Dalhousie University"),
 Q("If the Tories hold","vote of confidence,",("Louise Arsenault",)),(N,"Tories"),
 Q("If they lose it","before the summer.",("Louise Arsenault",)),D("the summer","2023-SU"),
 (N,"Progressive Conservatives"),(N,"Liberals"),(O,"NDP"),
 (G,"Dartmouth South"),D("April 8","2023-04-08"),(O,"Elections Nova Scotia"),
 (O,"Canadian Press"),D("March 15, 2023","2023-03-15"),
])
DOCS["holdout6-ft-halewood-profit-warning"] = ("ft", [
 (O,"Halewood & Price"),
 (P,"Harriet Okonjo-Reid"),(G,"London"),
 (O,"Halewood & Price"),D("Wednesday","2019-07-24"),D("this year","2019"),(L,"East Midlands"),
 D("June 30","2019-06-30"),D("a year earlier","2018-01/2018-06"),
 Q("materially short","materially short",None),D("March","2019-03"),D("the autumn of 2012","2012-FA"),
 (P,"Duncan Ferrier-Lyle"),(N,"German"),D("January 2018","2018-01"),D("May and June","2019-05/2019-06"),
 Q("the toughest I have seen","years in retail",("Duncan Ferrier-Lyle","Ferrier-Lyle")),
 Q("Customers are simply not","so uncertain,",("Duncan Ferrier-Lyle","Ferrier-Lyle")),
 Q("We have had to protect","price of margin.",("Duncan Ferrier-Lyle","Ferrier-Lyle")),
 D("the second quarter","2019-04/2019-06"),D("the first three months of the year","2019-01/2019-03"),
 (G,"Northampton"),
 (P,"Anjali Mehra-Thompson"),D("this year","2019"),(G,"UK"),D("the next two years","FUTURE_REF"),
 Q("keep the dividend under review","keep the dividend under review",("Anjali Mehra-Thompson",)),D("12 September","2019-09-12"),
 (P,"Oliver Strachan"),(O,"Peel Hunt"),
 Q("raises serious questions","turnaround plan",("Oliver Strachan",)),D("January","2020-01"),
 Q("This is a business","stand still,",("Priya Kaur",)),(P,"Priya Kaur"),(O,"Jefferies"),
 Q("The problem isn't just","slow to follow.",("Priya Kaur",)),(O,"Halewood"),
 D("summer","2019-SU"),(N,"British"),D("the spring","2019-SP"),(O,"British Retail Consortium"),D("last week","2019-07-15/2019-07-21"),
 (O,"Halewood & Price"),(G,"Leeds"),D("1964","1964"),(O,"Corran Capital"),D("April","2019-04"),
 (O,"Corran"),Q("push harder now","push harder now",None),
 (P,"Malcolm Penhaligon"),Q("fully supports","fully supports",("Malcolm Penhaligon",)),(P,"Ferrier-Lyle"),
 D("October","2019-10"),
])
DOCS["holdout6-hockey-jets-flames"] = ("hockey", [
 (O,"Jets"),(O,"Flames"),(P,"Lindgren"),
 (G,"WINNIPEG"),(P,"Erik Lindgren"),D("Wednesday","2024-01-17"),
 (N,"Swedish"),(O,"Winnipeg Jets"),(O,"Calgary Flames"),
 Q("It's been a long time","honestly,",("Lindgren","Erik Lindgren")),(P,"Lindgren"),
 Q("You start squeezing","think later.",("Lindgren","Erik Lindgren")),D("Tonight","2024-01-17"),
 (O,"Calgary"),(P,"Mathieu Ouellette-Roy"),(P,"Dmitri Kasatonov"),(P,"Jonas Åkerlund"),(P,"Lindgren"),(P,"Cole Brannigan"),
 (P,"Lindgren"),(O,"Jets"),(P,"Aleksi Haapanen"),(P,"Brannigan"),
 Q("That's what he does","to the net,",("Randy Kowalchuk","Kowalchuk")),(O,"Jets"),(P,"Randy Kowalchuk"),(P,"Lindgren"),
 Q("He's a big body","harder in practice.",("Randy Kowalchuk","Kowalchuk")),
 (O,"Winnipeg"),(P,"Theo Marchand"),(P,"Kasatonov"),(O,"Calgary"),
 Q("Theo kept us in it","in the second,",("Cole Brannigan","Brannigan")),(P,"Theo"),(P,"Brannigan"),
 Q("We were sloppy","Lindy took over.",("Cole Brannigan","Brannigan")),(P,"Lindy"),
 (O,"Jets"),(O,"Dallas Stars"),(O,"Central Division"),(O,"Winnipeg"),(O,"NHL"),D("this season","2023-10/2024-04"),
 (O,"Calgary"),(P,"Haapanen"),
 Q("We played a good road game","45 minutes,",("Pierre-Luc Gagnon",)),(O,"Flames"),(P,"Pierre-Luc Gagnon"),
 Q("Then we stopped","make you pay.",("Pierre-Luc Gagnon",)),
 (P,"Ouellette-Roy"),D("2023-24","2023-10/2024-04"),(O,"Flames"),
 Q("We had them where","wanted them,",("Ouellette-Roy","Mathieu Ouellette-Roy")),
 Q("Two bad shifts","the league.",("Ouellette-Roy","Mathieu Ouellette-Roy")),
 (O,"Jets"),(O,"Western Conference"),
 (O,"Winnipeg"),(P,"Noah Petrovic-Hale"),(P,"Kowalchuk"),(O,"Calgary"),(P,"Brady Sundqvist"),(O,"NHL"),(P,"Marchand"),(O,"Jets"),
 (O,"Flames"),(O,"Edmonton Oilers"),D("Saturday","2024-01-20"),
 (O,"Jets"),(O,"Minnesota Wild"),D("Friday","2024-01-19"),
])
DOCS["holdout6-ng-ondo-tribunal"] = ("ng", [
 (G,"Ondo"),(O,"Tribunal"),(O,"PDP"),(O,"APC"),
 (P,"Adebayo Ogunleye-Falana"),(G,"Akure"),
 (O,"Ondo State Governorship Election Petition Tribunal"),(G,"Akure"),D("Tuesday","2025-05-20"),(P,"Oluwaseun Akinterinwa"),D("November 16, 2024","2024-11-16"),
 (P,"Hadiza Bello-Suleiman"),
 (O,"Peoples Democratic Party"),(O,"PDP"),(P,"Babatunde Olowookere"),
 (O,"Independent National Electoral Commission"),(O,"INEC"),(P,"Akinterinwa"),(O,"All Progressives Congress"),(O,"APC"),(P,"Olowookere"),
 (P,"Emeka Nwachukwu"),(O,"INEC"),(G,"Owo"),(G,"Ondo West"),(G,"Okitipupa"),
 Q("The evidence before","the election fails,",("Emeka Nwachukwu","Nwachukwu")),(P,"Nwachukwu"),
 (O,"INEC"),(P,"Tunde Fashola-Adeyemi"),
 Q("You cannot prove","specific polling units,",("Tunde Fashola-Adeyemi",)),(G,"Abuja"),
 (O,"APC"),(P,"Yusuf Danjuma-Okafor"),Q("an academic exercise","an academic exercise",("Yusuf Danjuma-Okafor",)),(G,"Ondo State"),
 (O,"Department of State Services"),(O,"DSS"),
 (O,"PDP"),
 Q("We have done our part","Court of Appeal,",None),(O,"Court of Appeal"),
 (P,"Kolawole Ajibade"),D("Monday","2025-05-19"),
 D("December 7 last year","2024-12-07"),D("June","2025-06"),
 (O,"Court of Appeal"),(O,"Supreme Court"),(O,"PDP"),D("2020","2020"),
])
DOCS["holdout6-science-svalbard-glacier"] = ("sci", [
 (L,"Svalbard"),(L,"Arctic"),
 (L,"Svalbard"),(L,"Arctic"),
 D("Wednesday","2024-02-07"),(O,"Nature Geoscience"),(L,"Nathorstbreen-Vest"),(L,"Spitsbergen"),D("2012 to 2022","2012/2022"),D("the summer of 2016","2016-SU"),
 Q("We were watching a glacier","in a few seasons,",("Ingrid Solbakken-Haug",)),(P,"Ingrid Solbakken-Haug"),(O,"UiT The Arctic University of Norway"),(G,"Tromsø"),
 (O,"University of Leeds"),(G,"United Kingdom"),(O,"ETH Zurich"),(G,"Switzerland"),(O,"Alfred Wegener Institute"),(G,"Bremerhaven"),(G,"Germany"),
 (L,"Svalbard"),(G,"Alaska"),(L,"Karakoram"),D("the past","PAST_REF"),
 Q("What this paper shows","as the trigger,",("Tobias Lindqvist",)),(P,"Tobias Lindqvist"),(O,"ETH Zurich"),
 Q("Warm summers put water","very quickly.",("Tobias Lindqvist",)),
 (L,"Svalbard"),(L,"Earth"),D("the 1970s","1970/1979"),(L,"Barents Sea"),
 (P,"Chiara Benedetti-Rossi"),(O,"University of Leeds"),
 Q("If surges in places like Svalbard","century goes on,",("Chiara Benedetti-Rossi",)),(L,"Svalbard"),(G,"Greenland"),D("the 21st century","2000/2099"),
 (P,"Kenji Matsuoka-Brandt"),(O,"Norwegian Polar Institute"),(L,"Svalbard"),D("the late 19th century","1800/1899"),
 Q("Surging is part of","these glaciers,",("Kenji Matsuoka-Brandt",)),
 Q("The question is whether","record for that.",("Kenji Matsuoka-Brandt",)),
 D("this spring","2024-SP"),(L,"Novaya Zemlya"),(L,"Canadian Arctic"),
])
DOCS["holdout6-st-singapore-johor-logistics"] = ("st", [
 (G,"Singapore"),(G,"Malaysia"),
 (G,"SINGAPORE"),(G,"Singapore"),(N,"Malaysian"),D("Friday","2017-11-03"),(G,"Johor"),
 (O,"Straitsline Holdings"),(O,"Iskandar Terra Development"),D("the next six years","FUTURE_REF"),D("the second half of 2019","2019-07/2019-12"),
 (O,"Ministry of Trade and Industry"),(O,"MTI"),(G,"Singapore"),(P,"Koh Poh Leng"),(G,"Malaysia"),(P,"Ahmad Faizal Rahmat"),
 (P,"Koh"),(G,"Singapore"),
 Q("Our companies are facing","Singapore and Malaysia,",("Koh","Koh Poh Leng")),(G,"Singapore"),(G,"Malaysia"),
 Q("This is not a zero-sum game","as one market.",("Koh","Koh Poh Leng")),(G,"Johor"),(G,"Singapore"),
 (O,"Straitsline"),(P,"Tan Wei Jie"),(G,"Johor"),D("2022","2022"),
 (P,"Tan"),(G,"Thailand"),(G,"Indonesia"),(G,"Johor"),
 Q("Proximity matters","before lunch,",("Tan","Tan Wei Jie")),(L,"Tuas"),(G,"Pasir Gudang"),
 (P,"Ahmad Faizal"),(L,"Iskandar Malaysia"),D("2006","2006"),
 (N,"Malaysian"),(O,"Iskandar Terra"),(P,"Priya Ramasamy"),D("next year","2018"),
 (O,"Singapore Government"),(O,"Maybank Kim Eng"),(P,"Lee Shu Hui"),(L,"South-east Asia"),
 Q("Regional parcel volumes","have an advantage,",("Lee Shu Hui",)),
 (G,"Putrajaya"),(G,"Johor Bahru"),(L,"Woodlands"),D("the end of 2024","2024"),
 (O,"Straitsline"),D("Friday","2017-11-03"),(O,"Singapore Exchange"),
 (O,"Enterprise Singapore"),D("this year","2017"),
])
DOCS["holdout6-tv-shasta-wildfire"] = ("tv", [
 (G,"Shasta County"),
 (P,"Kaylee Brandt"),(O,"KRCV News 7"),
 (G,"REDDING"),(G,"Calif."),(G,"Redding"),D("Thursday","2021-08-12"),(G,"Shasta County"),
 D("Wednesday","2021-08-11"),D("Thursday","2021-08-12"),(O,"Cal Fire"),
 (O,"Shasta County Sheriff's Office"),(G,"Igo"),(G,"Ono"),
 Q("Crews worked through","around 2 a.m.,",("Marcus Delgado-Reyes","Delgado-Reyes")),(O,"Cal Fire"),(P,"Marcus Delgado-Reyes"),
 Q("We're looking at another","wait and see.",("Marcus Delgado-Reyes","Delgado-Reyes")),D("this afternoon","2021-08-12"),
 (G,"Redding"),(G,"Chico"),D("Thursday","2021-08-12"),(P,"Delgado-Reyes"),
 (P,"Dwayne Halvorsen"),
 Q("If deputies knock","please go,",("Dwayne Halvorsen","Halvorsen")),(P,"Halvorsen"),
 Q("We would much rather","on both sides.",("Dwayne Halvorsen","Halvorsen")),D("tonight","2021-08-12"),
 (O,"Facebook"),Q("EVACUATION ORDER now","🔥🚗",None),(G,"Igo"),(G,"Ono"),
 (O,"American Red Cross"),(G,"Anderson"),
 (G,"Shasta County"),(P,"Leonard Oyelaran-Pike"),D("Wednesday","2021-08-11"),
 Q("A lot of these folks","three years ago,",("Leonard Oyelaran-Pike",)),D("three years ago","2018"),
 Q("They know exactly","smoke means.",("Leonard Oyelaran-Pike",)),
 (O,"Pacific Gas and Electric"),D("Thursday","2021-08-12"),
 (O,"National Weather Service"),(G,"Sacramento"),(L,"Sacramento Valley"),D("Friday","2021-08-13"),D("the weekend","2021-08-14/2021-08-15"),
 (G,"Redding"),(G,"Anderson"),D("Saturday","2021-08-14"),
 (O,"KRCV News 7"),
])

def find(text, s, pos):
    pat = re.escape(s)
    if s[0].isalnum(): pat = r"(?<!\w)" + pat
    if s[-1].isalnum(): pat = pat + r"(?!\w)"
    m = re.compile(pat).search(text, pos)
    if not m: raise SystemExit(f"not found after {pos}: {s!r}")
    return m.start(), m.end()

def build():
    out = []
    for doc_id, (short, items) in DOCS.items():
        text = open(os.path.join(CORPUS, doc_id + ".txt"), encoding="utf-8", newline="").read()
        spans, pending, cursor = [], [], 0
        for it in items:
            sid = f"{short}-{len(spans)+1}"
            if it[0] == "QUOTE":
                _, a, b, spk = it
                s = text.index(a, cursor)
                assert b in text[s:], (doc_id, a, b)
                e = text.index(b, s) + len(b)
                assert text[s-1] in "\"“‘'", (doc_id, a, repr(text[s-1]))
                assert text[e] in "\"”’'", (doc_id, b, repr(text[e]))
                sp = {"id": sid, "start": s, "end": e, "label": "QUOTE", "text": text[s:e]}
                pending.append((sp, spk))
            elif it[0] == "DATE":
                _, t, v = it
                s, e = find(text, t, cursor)
                sp = {"id": sid, "start": s, "end": e, "label": "DATE", "text": t, "value": v}
            else:
                lab, t = it
                s, e = find(text, t, cursor)
                sp = {"id": sid, "start": s, "end": e, "label": lab, "text": t}
            assert text[sp["start"]:sp["end"]] == sp["text"]
            spans.append(sp); cursor = sp["start"] if sp["label"] == "QUOTE" else sp["end"]
        # flatness
        for x in spans:
            for y in spans:
                if x is y: continue
                if x["start"] < y["end"] and y["start"] < x["end"]:
                    outer = x if x["end"] - x["start"] >= y["end"] - y["start"] else y
                    inner = y if outer is x else x
                    ok = outer["label"] == "QUOTE" and inner["label"] != "QUOTE" and outer["start"] <= inner["start"] and inner["end"] <= outer["end"]
                    assert ok, (doc_id, x, y)
        assert len({s["id"] for s in spans}) == len(spans)
        rels = []
        for q, spk in pending:
            if spk is None: continue
            cands = [p for p in spans if p["label"] == "PERSON" and p["text"] in spk]
            def dist(p):
                if p["end"] <= q["start"]: return q["start"] - p["end"]
                if p["start"] >= q["end"]: return p["start"] - q["end"]
                return 0  # inside the quote
            best = min(cands, key=dist)
            rels.append({"from": q["id"], "to": best["id"], "type": "said_by"})
        spans.sort(key=lambda s: (s["start"], -s["end"]))
        out.append({"doc_id": doc_id, "spans": spans, "relations": rels})
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "annotation.jsonl"), "w", encoding="utf-8") as f:
        for d in out: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return out

if __name__ == "__main__":
    from collections import Counter
    tot = Counter(); nrel = 0
    for d in build():
        c = Counter(s["label"] for s in d["spans"]); tot += c; nrel += len(d["relations"])
        print(d["doc_id"], dict(c), "said_by", len(d["relations"]))
    print("TOTAL", dict(tot), "said_by", nrel)
