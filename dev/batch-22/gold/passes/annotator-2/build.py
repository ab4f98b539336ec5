#!/usr/bin/env python3
"""Hand-chosen annotation of the eight holdout16 articles.

Every mention below was chosen by reading the text. The script only
  * locates each mention in reading order (a cursor moves forward through the
    text; an optional left context `ctx` picks the right occurrence),
  * computes half-open [start, end) offsets into the unmodified text,
  * checks text[start:end] == surface, flatness (only entity/date spans may
    lie inside a QUOTE), unique ids, minimal spans (no outer whitespace),
  * resolves each QUOTE's said_by to the hand-named speaker: the PERSON
    mention of that speaker (hand-tagged `who`) nearest to the quote by
    character distance (section 7); who=None -> no relation (section 7a),
  * writes annotation.jsonl.

Mention notation:
  P(text, who)       PERSON, `who` = key of the real person
  O/G/L/N(text)      ORG / GPE / LOC / NORP
  D(text, value)     DATE with value
  Q(first, last, who) QUOTE: span runs from the first character of `first`
                     to the last character of `last` (both read from the
                     text; the full covered text is written to the output and
                     checked to start/end with them).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def P(t, who, ctx=None): return dict(label="PERSON", text=t, who=who, ctx=ctx)
def O(t, ctx=None): return dict(label="ORG", text=t, ctx=ctx)
def G(t, ctx=None): return dict(label="GPE", text=t, ctx=ctx)
def L(t, ctx=None): return dict(label="LOC", text=t, ctx=ctx)
def N(t, ctx=None): return dict(label="NORP", text=t, ctx=ctx)
def D(t, v, ctx=None): return dict(label="DATE", text=t, value=v, ctx=ctx)
def Q(first, last, who, ctx=None): return dict(label="QUOTE", first=first, last=last, who=who, ctx=ctx)


DOCS = {}

# ---------------------------------------------------------------- AFP (dct Wed 2025-03-26)
DOCS["holdout16-afp-senegal-ivorycoast"] = ("afp", [
    # headline
    P("Diallo", "diallo"), O("Senegal"), O("Ivory Coast"), G("Dakar"),
    # dateline + lead
    G("Dakar"), O("AFP"), P("Ousmane Diallo", "diallo"), O("Senegal"), O("Ivory Coast"),
    D("2026", "2026"), D("Tuesday", "2025-03-25"), O("Lions of Teranga"),
    P("Jean-Marc Kouassi", "kouassi"), N("African"), G("Diamniadio"), G("Dakar"),
    P("Mamadou Sarr", "sarr"),
    P("Diallo", "diallo"), N("French"), O("Ligue 1"), O("Stade de Valmont"), P("Cheikh Ndoye", "ndoye"),
    O("Ivory Coast"), P("Yannick Koffi-Touré", "koffi"),
    P("Diallo", "diallo"),
    Q("Dakar, c'était", "peuple sénégalais!", "diallo"), G("Dakar"), N("sénégalais"), O("Instagram"),
    O("Senegal"), P("Pape Alioune Ndiaye", "ndiaye"), N("Ivorians"),
    # multi-paragraph quote: one span per paragraph (7a)
    Q("At half-time I told", "on the counter-attack.", "ndiaye"), O("Ivory Coast"),
    Q("The reaction was magnificent.", "Senegalese football is,", "ndiaye"), P("Ousmane", "diallo"),
    N("Senegalese"), P("Ndiaye", "ndiaye"),
    O("Ivory Coast", ctx="The "), N("Frenchman"), P("Laurent Béranger", "beranger"),
    Q("We played very well", "two chances like that,", "beranger"), O("Senegal"),
    Q("We will go back", "prepare for June.", "beranger"), G("Abidjan"), D("June", "2025-06"),
    P("Kouassi", "kouassi"), N("English"), O("Premier League"), O("Ashbury Town"), O("Elephants"),
    O("Ivory Coast"), D("2024", "2024"), O("Nigeria"), G("Abidjan"), O("Senegal"), N("Ivorians"),
    D("Tuesday", "2025-03-25"), G("Senegal"),
    O("Confederation of African Football"), O("CAF"), G("Diamniadio"), D("last year", "2024"),
    O("Senegal"), O("Ivory Coast"), G("United States"), G("Canada"), G("Mexico"),
    P("Diallo", "diallo"), P("Frédéric Lamarque-Dupuis", "lamarque"), O("Premier League"), N("Spanish"),
    D("summer", "2025-SU"),
    O("Senegal"), O("Mauritania"), G("Nouakchott"), D("June", "2025-06"), O("Ivory Coast"), O("Gabon"),
    G("Abidjan"),
    Q("Nothing is decided,", "Nothing is decided,", "ndiaye"), P("Ndiaye", "ndiaye"),
    Q("We have taken three points", "ticket to America.", "ndiaye"), G("America"),
])

# ---------------------------------------------------------------- Balkan Insight (dct Thu 2017-06-15)
DOCS["holdout16-balkaninsight-drina-dams"] = ("balk", [
    N("Bosnian Serb"), L("Drina"),
    G("Republika Srpska"), L("Drina"), G("Bosnia and Herzegovina"), G("Serbia"), G("Montenegro"),
    P("Dragana Kovačević", "kovacevic"), G("Banja Luka"),
    G("Bosnia and Herzegovina"), N("Serb"), G("Republika Srpska"), D("Wednesday", "2017-06-14"),
    L("Drina"), G("Foča"),
    O("Drina Energija Invest"), G("Banja Luka"), N("Serbian"),
    D("next spring", "2018-SP"), G("Foča"), P("Željko Rađenović", "radjenovic"), G("Banja Luka"),
    P("Milorad Stanić", "stanic"), G("Banja Luka"),
    Q("essential for the energy", "energy independence", "stanic"), G("Republika Srpska"),
    L("Drina"), L("Tara"),
    Q("They are selling", "who live here,", None), G("Banja Luka"), D("Wednesday", "2017-06-14"),
    Q("Ne damo", "Drinu", None), L("Drinu"), Q("We won’t give up", "give up the Drina", None), L("Drina"),
    D("two years ago", "2015"),
    P("Ivana Šarić", "saric"), G("Sarajevo"), O("Eko Balkan"),
    Q("incomplete and written", "written to order", "saric"),
    Q("The study does not even", "flows into the Sava,", "saric"), G("Serbia"), L("Drina"), L("Sava"),
    P("Šarić", "saric"),
    Q("This is a river shared", "one office in Banja Luka.", "saric"), G("Banja Luka"),
    O("Alliance of Independent Social Democrats"), O("SNSD"), O("Serb Democratic Party"), O("SDS"),
    G("Federation of Bosnia and Herzegovina"), N("Bosniaks"), N("Croats"), O("Party of Democratic Action"),
    O("SDA"), G("Sarajevo"), O("Croatian Democratic Union of Bosnia and Herzegovina"), O("HDZ BiH"),
    G("Serbia"), L("Drina"), G("Bajina Bašta"), O("Serbian Progressive Party"), O("SNS"), N("Serbian"),
    P("Nenad Đurić", "djuric"), O("Faculty of Forestry"), G("Belgrade"), O("BIRN"),
    Q("More than 3,000", "rivers in Europe,", "djuric"), L("Balkans"), L("Europe"), P("Đurić", "djuric"),
    O("European Union"), G("Bosnia and Herzegovina"), O("EU"), O("European Commission"),
    Q("formal and", "and superficial", None),
    O("District Court"), G("Banja Luka"), D("September", "2017-09"),
])

# ---------------------------------------------------------------- Dhaka Tribune (dct Mon 2018-08-20)
DOCS["holdout16-dhakatribune-padma-erosion"] = ("dhaka", [
    L("Padma"), G("Shariatpur"),
    G("Shariatpur"), G("Naria"), L("Padma"), D("the past week", "2018-08-13/2018-08-19"),
    D("yesterday", "2018-08-19"),
    G("Mulfatganj"), G("Kedarpur"), D("Tuesday", "2018-08-14"),
    Q("The erosion has taken", "to the affected families,", "talukder"), D("Friday", "2018-08-17"),
    G("Shariatpur"), P("Md Kamrul Hasan Talukder", "talukder"), O("Dhaka Tribune"), D("yesterday", "2018-08-19"),
    O("Ministry of Disaster Management and Relief"),
    O("Bangladesh Water Development Board"), O("BWDB"), D("2016", "2016"),
    Q("They dumped some geo-bags", "would still be standing,", "rahim"), D("last winter", "2017-WI"),
    P("Sheikh Abdur Rahim", "rahim"), G("Kedarpur"), D("Saturday", "2018-08-18"),
    P("Rokeya Begum", "begum"), D("the last ten years", "PAST_REF"),
    Q("The river keeps coming", "where to go next,", "begum"),
    O("BWDB"), G("Shariatpur"), P("Md Shafiqul Islam", "islam"), D("last month", "2018-07"),
    Q("Around 60% of the work", "within a week,", "islam"), D("Sunday", "2018-08-19"),
    O("Flood Forecasting and Warning Centre"), L("Padma"), G("Sureshwar"), D("yesterday", "2018-08-19"),
    L("Jamuna"), G("Sirajganj"), G("Bahadurabad"), D("the next 48 hours", "FUTURE_REF"), N("Indian"),
    G("Assam"), G("Meghalaya"),
    G("Sylhet"), L("Surma"), L("Kushiyara"), G("Companiganj"), G("Gowainghat"), L("Chittagong Hill Tracts"),
    G("Naria"), D("December", "2018-12"), O("Awami League"), D("yesterday", "2018-08-19"),
    O("BNP"), G("Shariatpur"),
    Q("Crores of taka were spent", "nothing but broken promises,", "hossain"), G("Naria"),
    O("BNP"), P("Md Alamgir Hossain", "hossain"), O("Shariatpur Press Club"),
    O("Center for Environmental and Geographic Information Services"), O("CEGIS"), G("Naria"), L("Padma"),
    D("2013", "2013"),
    G("Bangladesh"), G("Dhaka"),
    P("Nusrat Jahan", "jahan"), O("Bangladesh University of Engineering and Technology"), O("Buet"),
    Q("The Padma is one", "washed away every monsoon,", "jahan"), L("Padma"),
])

# ---------------------------------------------------------------- DW (dct Thu 2019-11-07)
DOCS["holdout16-dw-elbe-rhine-low-water"] = ("dw", [
    N("German"), L("Elbe"), L("Rhine"),
    G("Germany"), D("this autumn", "2019-FA"), G("Saxony"), G("Bavaria"), G("Berlin"), O("Greens"),
    N("German"), G("Berlin"), D("Wednesday", "2019-11-06"), D("summer", "2019-SU"), L("Elbe"), L("Rhine"),
    G("Saxony"), L("Elbe"), G("Dresden"), N("Czech"), D("August and October", "2019-08/2019-10"),
    G("Bavaria"), L("Danube"), L("Main-Danube Canal"),
    Q("We cannot keep telling", "sitting on a sandbank,", "strachwitz"), P("Jörg von Strachwitz", "strachwitz"),
    G("Saxony"), O("CDU"),
    P("Annegret Müller-Hößle", "muller"), O("DW"),
    Q("taking the situation", "Elbe very seriously", "muller"), L("Rhine"), L("Elbe"), D("next year", "2020"),
    Q("The 2020 federal budget", "near Kaub and Magdeburg,", "muller"), D("2020", "2020"), G("Kaub"),
    G("Magdeburg"), P("Müller-Hößle", "muller"),
    G("Kaub"), G("Rhineland-Palatinate"), L("Europe"), D("October 2018", "2018-10"),
    O("Kiel Institute for the World Economy"), D("2018", "2018"), N("German"),
    D("the third quarter of that year", "2018-07/2018-09"),
    O("Bundestag"), O("CDU"), O("CSU"), O("SPD"), G("Berlin"), O("Alternative for Germany"), O("AfD"),
    G("Germany"),
    O("Greens"), L("Elbe"), O("UNESCO"),
    Q("Dredging the Elbe", "a bet we will lose,", "bruggemann"), L("Elbe"), O("Greens"),
    P("Lukas Brüggemann", "bruggemann"),
    Q("Dry summers like", "rivers in Central Europe.", "bruggemann"), D("2018 and 2019", "2018/2019"),
    L("Central Europe"),
    P("Friederike Schäfer", "schafer"), O("Rhein-Elbe Binnenschifffahrt"), G("Duisburg"), N("Polish"),
    N("Czech"),
    Q("Our customers in the steel", "need reliability,", "schafer"), P("Schäfer", "schafer"),
    Q("If they can't count", "will not come back.", "schafer"),
    G("Hamburg"), D("December", "2019-12"), G("Saxony"), G("Saxony-Anhalt"), G("Lower Saxony"),
    D("Christmas", "2019-12-25"),
    L("Rhine"), D("mid-October", "2019-10"), G("Switzerland"), G("Germany"), O("Federal Institute of Hydrology"),
    G("Koblenz"),
])

# ---------------------------------------------------------------- Japan Times (dct Wed 2024-05-08)
DOCS["holdout16-japantimes-kumamoto-chips"] = ("jt", [
    G("Kumamoto"), O("Diet"),
    G("KUMAMOTO"), G("Kumamoto Prefecture"), D("Tuesday", "2024-05-07"), O("Diet"),
    D("Golden Week", "2024-04-27/2024-05-06"), D("Monday", "2024-05-06"), G("Kikuyo"),
    O("Kyushu Silicon Manufacturing Co."), N("Taiwanese"),
    D("February", "2024-02"), O("Ministry of Economy, Trade and Industry"), D("fiscal 2024", "2024-04/2025-03"),
    D("April 1", "2024-04-01"),
    G("Hokkaido"), N("Japanese"), G("Chitose"),
    G("Kikuyo"), P("Yumiko Shirasaka", "shirasaka"),
    Q("Land prices near the plant", "not only the benefits.", "shirasaka"), O("Liberal Democratic Party"),
    D("last week", "2024-04-29/2024-05-05"),
    G("Kumamoto"), L("Mount Aso"),
    O("Kyushu Silicon Manufacturing"),
    Q("Nobody can see", "all we have,", "morooka"), P("Kenji Morooka", "morooka"), O("Kumamoto University"),
    Q("If contamination happens", "show up in the wells.", "morooka"),
    G("Tokyo"), O("LDP"), O("Komeito"), G("Japan"), G("United States"), G("China"),
    Q("Trillions of yen", "oversight from the Diet,", "enomoto"), O("Diet"), P("Takumi Enomoto", "enomoto"),
    O("Constitutional Democratic Party of Japan"), O("House of Representatives"), D("April 24", "2024-04-24"),
    Q("Taxpayers deserve", "getting in return.", "enomoto"),
    O("Komeito"), P("Sayaka Hirose", "hirose"), L("Kyushu"),
    G("Kikuyo"), D("fiscal 2027", "2027-04/2028-03"),
    N("Taiwanese"), G("Kumamoto"), D("last year", "2023"), D("Obon", "2024-08-13/2024-08-16"),
    D("August", "2024-08"),
    G("Kumamoto"), D("the end of the decade", "2020/2029"),
])

# ---------------------------------------------------------------- Nunatsiaq (dct Thu 2015-10-22)
DOCS["holdout16-nunatsiaq-country-food"] = ("nuna", [
    G("Nunavut"), O("GN"), D("winter", "2014-WI"), L("Baffin Island"),
    P("Jaaki Tulugaq-Reid", "tulugaq"),
    O("Legislative Assembly of Nunavut"), D("this week", "2015-10-19/2015-10-25"), D("winter", "2014-WI"),
    L("Baffin Island"),
    G("Iqaluit"), D("Tuesday", "2015-10-20"), L("Qikiqtani"), L("Baffin Island"),
    D("the start of the year", "2015"),
    Q("Last winter, some of our elders", "seal or char,", "qaunnaaluk"), D("Last winter", "2014-WI"),
    G("Pangnirtung"), P("Saali Qaunnaaluk", "qaunnaaluk"),
    Q("They are not asking", "out of their own pockets.", "qaunnaaluk"),
    P("Josiah Aupaluktuq", "aupaluktuq"), O("Government of Nunavut"), D("this fiscal year", "2015-04/2016-03"),
    O("Nunavut Wildlife Management Board"), L("Baffin"), D("2016", "2016"),
    Q("We know the moratorium", "hard on families,", "aupaluktuq"), P("Aupaluktuq", "aupaluktuq"),
    Q("But the last survey", "for our grandchildren to hunt.", "aupaluktuq"), D("the 1990s", "1990/1999"),
    L("Hudson Bay"), L("Foxe Basin"), L("Baffin"),
    G("Clyde River"), P("Leetia Ningeocheak", "ningeocheak"), L("High Arctic"),
    N("Inuit"), O("Inuit Tapiriit Kanatami"), N("Inuit"), G("Ottawa"), D("last month", "2015-09"), N("Inuit"),
    G("Nunavut"), N("Indigenous"),
    P("Natsiq Aavaluk", "aavaluk"), O("Iqaluit Hunters and Trappers Organization"),
    Q("My grandmother used to tell us", "bring the food home,", "aavaluk"), P("Aavaluk", "aavaluk"),
    G("Iqaluit"), L("Frobisher Bay"),
    O("Nutrition North Canada"), G("Iqaluit"), G("Grise Fiord"), G("Kimmirut"),
    D("Monday", "2015-10-19"), G("Ottawa"), G("Nunavut"), O("Parliament"),
    Q("Whoever is in Ottawa", "full in January,", "qaunnaaluk"), G("Ottawa"), G("Pond Inlet"),
    D("January", "2016-01"), P("Qaunnaaluk", "qaunnaaluk"),
    D("fall", "2015-FA"), D("November", "2015-11"), O("Nunavut Wildlife Management Board"), L("Baffin"),
    G("Iqaluit"), D("December", "2015-12"),
])

# ---------------------------------------------------------------- Wikinews (dct Tue 2021-09-14)
DOCS["holdout16-wikinews-hydrogen-ferry"] = ("wiki", [
    N("Norwegian"),
    D("Tuesday, September 14, 2021", "2021-09-14"),
    O("Fjordlinje Transport"), G("Norway"), D("Monday", "2021-09-13"), G("Hjelmeland"), G("Nesvik"),
    G("Rogaland"),
    L("Jøsenfjord"), O("Norwegian Public Roads Administration"), D("2018", "2018"), D("the 1990s", "1990/1999"),
    Q("Today we proved", "on a test basin,", "solheim"), D("Today", "2021-09-13"),
    P("Ingrid Solheim-Bakke", "solheim"), O("Fjordlinje"),
    Q("The fuel cells performed", "touch the controls.", "solheim"),
    G("Bergen"), D("next year", "2022"),
    O("Enova"), O("Research Council of Norway"), D("last month", "2021-08"),
    P("Tomas Rydberg", "rydberg"), N("Swedish"), O("Chalmers University of Technology"), G("Gothenburg"),
    Q("If the electrolysers", "look very good,", "rydberg"), N("Norwegian"), P("Rydberg", "rydberg"),
    Q("But trucking the fuel", "is actually built.", "rydberg"), G("Norway"),
    P("Solheim-Bakke", "solheim"), D("the spring of 2022", "2022-SP"),
    O("International Maritime Organization"), D("2018", "2018"), D("2050", "2050"), D("2008", "2008"),
    G("Norway"), O("Norwegian Maritime Authority"),
    G("Hjelmeland"), O("Fjordlinje"), G("Norway"), L("Lofoten"),
    G("Denmark"), G("Scotland"), G("Canada"), D("Monday", "2021-09-13"),
    D("October", "2021-10"), D("the end of the year", "2021"),
    # Sources list: quoted headlines are titles (7a), not QUOTE
    O("Stavanger Dagblad"), D("September 13, 2021", "2021-09-13"),
    O("Fjordlinje"), O("Fjordlinje Transport"), D("September 13, 2021", "2021-09-13"),
    G("Norway"), O("Nordic Maritime Review"), D("August 2, 2021", "2021-08-02"),
])

# ---------------------------------------------------------------- Yonhap (dct Wed 2022-10-12)
DOCS["holdout16-yonhap-jeonse-bill"] = ("yon", [
    G("SEOUL"), D("Oct. 12", "2022-10-12"), O("Yonhap"), O("Democratic Party"), O("DP"),
    D("Wednesday", "2022-10-12"), O("National Assembly"), G("Seoul"), G("Gyeonggi Province"),
    P("Park Ji-hoon", "park"), O("DP"), O("Korea Housing & Urban Guarantee Corp."), O("HUG"),
    O("Yonhap News Agency"),
    N("Korean"),
    Q("Tenants are not speculators.", "money comes back,", "park"), P("Park", "park"), O("National Assembly"),
    G("Yeouido"), L("Han River"),
    O("HUG"), D("September", "2022-09"), D("a year earlier", "2021-09"), G("Seoul"), G("Bucheon"),
    G("Hwaseong"), G("Gyeonggi Province"),
    O("People Power Party"), O("PPP"), O("DP"), D("July 2020", "2020-07"),
    Q("The Democratic Party's rental", "created this mess,", "kim"), O("Democratic Party"), O("PPP"),
    P("Kim Seo-yeon", "kim"),
    Q("Capping prices again", "into monthly rent.", "kim"),
    O("Ministry of Land, Infrastructure and Transport"), D("Tuesday", "2022-10-11"),
    D("the end of next year", "2023"),
    P("Choi Dong-woo", "choi"), O("DP"),
    Q("We share the goal", "new leases altogether,", "choi"),
    Q("We will work with", "before the end of the year.", "choi"), O("National Assembly"),
    D("the end of the year", "2022"),
    P("Choi", "choi"), D("this month", "2022-10"),
    G("Seoul"), D("last week", "2022-10-03/2022-10-09"), D("the previous week", "2022-09-26/2022-10-02"),
    O("Korea Real Estate Board"), D("2012", "2012"), O("Bank of Korea"), D("Wednesday", "2022-10-12"),
    O("PPP"), O("DP"), O("Land, Infrastructure and Transport Committee"),
    P("Lee Min-jae", "lee"), O("Hanbit Economic Institute"), G("Seoul"),
    Q("Many of the contracts", "the real pain will show,", "lee"), D("2021", "2021"),
    D("the next six months", "FUTURE_REF"),
])


def build(doc_id, short, items, text):
    spans, cur = [], 0
    for n, it in enumerate(items, 1):
        ctx = it.get("ctx") or ""
        if it["label"] == "QUOTE":
            i = text.find(ctx + it["first"], cur)
            assert i >= 0, (doc_id, it)
            s = i + len(ctx)
            j = text.find(it["last"], s)
            assert j >= 0, (doc_id, it)
            e = j + len(it["last"])
            sp = dict(id=f"{short}-{n}", start=s, end=e, label="QUOTE", text=text[s:e])
            # the character before must be an opening mark, after: closing mark or paragraph end
            assert text[s - 1] in "\"“‘'", (doc_id, it, text[s - 1])
            assert e == len(text) or text[e] in "\"”’'\r\n", (doc_id, it, repr(text[e]))
            sp["_who"] = it["who"]
            cur = s  # entities inside the quote follow
        else:
            t = it["text"]
            i = text.find(ctx + t, cur)
            assert i >= 0, (doc_id, it, cur)
            s = i + len(ctx)
            e = s + len(t)
            sp = dict(id=f"{short}-{n}", start=s, end=e, label=it["label"], text=text[s:e])
            if it["label"] == "DATE":
                sp["value"] = it["value"]
            if it["label"] == "PERSON":
                sp["_who"] = it["who"]
            cur = e
        assert text[sp["start"]:sp["end"]] == sp["text"]
        assert sp["text"] == sp["text"].strip() and sp["text"], sp
        # word boundaries for non-quote spans
        if sp["label"] != "QUOTE":
            a, b = sp["start"], sp["end"]
            assert a == 0 or not text[a - 1].isalnum(), (doc_id, sp)
            assert b == len(text) or not text[b].isalnum(), (doc_id, sp)
        spans.append(sp)
    # unique ids
    assert len({s["id"] for s in spans}) == len(spans)
    # flatness
    ss = sorted(spans, key=lambda s: (s["start"], -s["end"]))
    for a in ss:
        for b in ss:
            if a is b:
                continue
            if a["start"] < b["end"] and b["start"] < a["end"]:  # overlap
                ok = any(x["label"] == "QUOTE" and y["label"] != "QUOTE"
                         and x["start"] <= y["start"] and y["end"] <= x["end"]
                         for x, y in ((a, b), (b, a)))
                assert ok, (doc_id, a, b)
    # said_by: nearest PERSON mention of the hand-named speaker
    rels = []
    persons = [s for s in spans if s["label"] == "PERSON"]
    for q in spans:
        if q["label"] != "QUOTE" or q["_who"] is None:
            continue
        cands = [p for p in persons if p["_who"] == q["_who"]]
        assert cands, (doc_id, q)

        def dist(p):
            if p["end"] <= q["start"]:
                return q["start"] - p["end"]
            if p["start"] >= q["end"]:
                return p["start"] - q["end"]
            return 0
        best = min(cands, key=dist)
        rels.append({"from": q["id"], "to": best["id"], "type": "said_by"})
    out = []
    for s in spans:
        s = {k: v for k, v in s.items() if not k.startswith("_")}
        out.append(s)
    out.sort(key=lambda s: (s["start"], -s["end"]))
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
        from collections import Counter
        c = Counter(s["label"] for s in d["spans"])
        print(d["doc_id"], dict(sorted(c.items())), "rels", len(d["relations"]))


if __name__ == "__main__":
    main()
