#!/usr/bin/env python3
"""Hand-chosen mentions for the eight holdout14 articles -> annotation.jsonl.

Every mention below was chosen by reading the text. The script only:
  * locates each surface string in reading order (search starts after the previous
    mention; for a QUOTE it restarts at the quote's start so that the entities and
    dates inside it are found next), optionally after a required left context `ctx`;
  * checks text[start:end] == surface, word boundaries, flatness, unique ids;
  * resolves each said_by pair given by hand (quote -> speaker) to the PERSON mention of
    that speaker nearest to the quote by character distance (guidelines section 7);
  * writes annotation.jsonl.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def P(text, who, ctx=None):          # PERSON, `who` = speaker key
    return dict(text=text, label="PERSON", who=who, ctx=ctx)

def E(text, label, ctx=None):        # ORG / GPE / LOC / NORP
    return dict(text=text, label=label, ctx=ctx)

def D(text, value, ctx=None):        # DATE
    return dict(text=text, label="DATE", value=value, ctx=ctx)

def Q(text, said=None, ctx=None):    # QUOTE, `said` = speaker key or None (never named)
    return dict(text=text, label="QUOTE", said=said, ctx=ctx)

G, O, L, N = "GPE", "ORG", "LOC", "NORP"

DOCS = {}

# ---------------------------------------------------------------- chiang mai (dct Thu 2024-04-18)
DOCS["holdout14-chiang-mai-songkran-assault"] = ("cm", [
    E("Chiang Mai", G),
    E("CHIANG MAI", G),
    E("Thai", N),
    P("Somchai Rattanakul", "somchai"),
    E("Chiang Mai", G),
    E("Phra Sing", G),
    D("Tuesday", "2024-04-16"),
    Q("We will not allow a small group of people to damage the image of Chiang Mai and of Songkran. These men will face charges of assault and causing public disorder,", "somchai"),
    E("Chiang Mai", G),
    P("Somchai", "somchai", ctx="Pol Col "),
    E("Facebook", O),
    D("Sunday", "2024-04-14"),
    E("Canadian", N),
    D("Tuesday", "2024-04-16"),
    P("Kanokwan Sriwattana", "kanokwan"),
    E("Bangkok", G),
    Q("Songkran is supposed to be about fun and respect. We just wanted to play water, not get beaten in the street. My friend needed four stitches \U0001F622 #Songkran2024 #ChiangMai,", "kanokwan"),
    E("ChiangMai", G),
    P("Kanokwan", "kanokwan", ctx="Ms "),
    E("Bangkok Post", O),
    D("Monday", "2024-04-15"),
    Q("The police were very helpful, but I want these men to be punished so it does not happen to other people,", "kanokwan"),
    E("Chiang Mai", G),
    E("Chiang Mai", G),
    D("April 12 and 16", "2024-04-12/2024-04-16"),
    E("Tourism and Sports Ministry", O),
    Q("Millions of Thai and foreign visitors enjoyed Songkran safely this year,", "pimchanok"),
    E("Thai", N),
    D("this year", "2024"),
    P("Pimchanok Thongdee", "pimchanok"),
    E("Bangkok", G),
    E("Chao Phraya River", L),
    E("Bangkok Metropolitan Administration", O),
    E("Unesco", O),
    D("December", "2023-12"),
    E("Interior Ministry", O),
    E("Road Safety Centre", O),
    D("Thursday", "2024-04-18"),
    D("April 11 to 17", "2024-04-11/2024-04-17"),
    D("last year", "2023"),
    E("Chiang Mai", G),
    E("Nakhon Ratchasima", G),
    P("Somchai", "somchai", ctx="Pol Col "),
    Q("Someone must know these men. We ask the public to help us,", "somchai"),
])

# ---------------------------------------------------------------- france (dct Wed 2023-11-22)
DOCS["holdout14-france-water-reservoirs"] = ("fr", [
    E("French", N),
    E("RN", O),
    E("FRANCE 24", O),
    E("France", G),
    E("National Assembly", O),
    D("Tuesday", "2023-11-21"),
    E("Renaissance", O),
    E("Rassemblement National", O),
    E("RN", O),
    E("France", G),
    Q("This is a balanced text. It protects water, which belongs to everyone, without abandoning the farmers who feed this country,", "dubois"),
    P("Marie-Claire Dubois", "dubois"),
    E("Renaissance", O),
    E("Les Républicains", O),
    E("LR", O),
    P("Jean-Pierre de Villeneuve", "villeneuve"),
    E("LR", O),
    E("Morbihan", G),
    E("Brittany", G),
    Q("Once again Paris wants to decide for us how we should farm,", "villeneuve"),
    E("Paris", G),
    Q("Brittany's farmers do not need another layer of paperwork, they need water.", "villeneuve"),
    E("Brittany", G),
    P("De Villeneuve", "villeneuve"),
    E("LR", O),
    E("Occitanie", G),
    E("Greens", O),
    E("La France Insoumise", O),
    P("Hervé Le Goff-Martin", "legoff"),
    E("Ille-et-Vilaine", G),
    Q("We are privatising water for a handful of agro-industrial farms,", "legoff"),
    E("RN", O),
    Q("The RN will stand with those who work the land, against the technocrats of the Élysée and Brussels,", "mallard"),
    E("RN", O),
    E("Élysée", O),
    E("Brussels", G),
    E("RN", O),
    P("Sébastien Mallard-Roux", "mallard"),
    E("Assembly", O),
    E("Élysée", O),
    Q("very closely", None),
    Q("Nobody wants a repeat of the scenes at Sainte-Soline,", None),
    E("Sainte-Soline", G),
    E("France", G),
    D("March", "2023-03"),
    E("France", G),
    E("FNSEA", O),
    E("Confédération paysanne", O),
    E("Brittany", G),
    E("French", N),
    Q("If the rules change every two years, nobody will invest,", "kerherve"),
    P("Anne-Sophie Kerhervé", "kerherve"),
    E("Pontivy", G),
    D("next week", "2023-11-27/2023-12-03"),
    E("Senate", O),
    D("2024", "2024"),
])

# ---------------------------------------------------------------- kalimantan (dct Wed 2021-03-17)
DOCS["holdout14-kalimantan-flood-aid"] = ("ka", [
    E("Kalimantan", L),
    E("House", O),
    P("Ardi Wicaksono", "ardi"),
    E("Jakarta Post", O),
    E("Jakarta", G),
    E("Central Kalimantan", G),
    D("last month", "2021-02"),
    E("House of Representatives", O),
    E("DPR", O),
    E("Public Works and Public Housing Ministry", O),
    E("Kapuas", G),
    E("Katingan", G),
    D("February", "2021-02"),
    E("Kalimantan", L),
    E("National Disaster Mitigation Agency", O),
    E("BNPB", O),
    E("Kapuas", G),
    P("Ahmad Syarifuddin", "ahmad"),
    D("Tuesday", "2021-03-16"),
    E("Jakarta", G),
    Q("We have done what we can with our own money. But the villages along the river are still cut off, and people cannot go back to their fields until the roads and dikes are repaired,", "ahmad"),
    P("Ahmad", "ahmad"),
    E("Jakarta Post", O),
    E("Kuala Kapuas", G),
    Q("If the funds do not arrive before the next rainy season, we will face the same disaster again,", "ahmad"),
    E("DPR Commission V", O),
    D("Tuesday", "2021-03-16"),
    E("Kalimantan", L),
    E("Sumatra", L),
    E("Java", L),
    P("Dewi Kartika Sari", "dewi"),
    E("Indonesian Democratic Party of Struggle", O),
    E("PDI-P", O),
    E("Central Kalimantan", G),
    Q("The money is there, the plans are there, but the people are still living in tents. Where is the problem?", "dewi"),
    P("Bambang Hadi Prasetyo", "bambang"),
    E("Kahayan", L),
    E("Kapuas", L),
    Q("We cannot start construction while the sites are still under water,", "bambang"),
    P("Bambang", "bambang"),
    D("April", "2021-04"),
    D("the end of June", "2021-06"),
    P("Rudi Harsono", "rudi"),
    E("Gerindra Party", O),
    E("Riau", G),
    E("Sumatra", L),
    E("Java", L),
    E("Kalimantan", L),
    E("Environment and Forestry Ministry", O),
    D("last month", "2021-02"),
    P("Sutrisno", "sutrisno"),
    E("Kapuas", G),
    E("Central Java", G),
    D("the 1990s", "1990/1999"),
    Q("This year's harvest is gone. I have borrowed Rp 4 million from my neighbor just to feed my family,", "sutrisno"),
    D("This year", "2021"),
    Q("We hope the government does not forget us once the water goes down.", "sutrisno"),
    E("BNPB", O),
    E("Indonesia", G),
    D("January", "2021-01"),
    E("Kalimantan", L),
    D("May", "2021-05"),
])

# ---------------------------------------------------------------- lagos (dct Wed 2018-10-17, CRLF)
DOCS["holdout14-lagos-poster-clash"] = ("la", [
    E("Lagos", G),
    E("APC", O),
    E("PDP", O),
    P("Adeyemi Oyeleke", "oyeleke"),
    E("Lagos State", G),
    E("All Progressives Congress", O),
    E("Peoples Democratic Party", O),
    E("Agege", G),
    E("PUNCH", O),
    D("Tuesday", "2018-10-16"),
    E("PDP", O),
    E("House of Representatives", O),
    P("Funmilayo Ogundele", "ogundele"),
    Q("I was closing for the day when I saw boys running towards the market. They broke my door and carried all my provisions. I lost goods worth over N400,000. Who will pay me now?", "ogundele"),
    E("APC", O),
    P("Oluwaseun Adebayo", "adebayo"),
    E("PDP", O),
    P("Adebayo", "adebayo"),
    Q("Our members did not start this fight. We were attacked in our own ward, and some of our people are now in the hospital. The APC is a peaceful party and we will not allow anybody to intimidate us in Agege.", "adebayo"),
    E("APC", O),
    E("Agege", G),
    E("PDP", O),
    P("Chukwuemeka Okafor", "okafor"),
    D("2019", "2019"),
    Q("They know the people have rejected them, that is why they are using thugs to pull down our posters,", "okafor"),
    P("Okafor", "okafor"),
    Q("We have written to the police and to INEC, and we are asking for the arrest of those who sponsored this attack.", "okafor"),
    E("INEC", O),
    P("Musa Bello", "bello"),
    E("Hausa", N),
    E("Agege", G),
    Q("Two of our boys were injured and we had to close the market early. Politics should not make us enemies,", "bello"),
    P("Bello", "bello"),
    P("Olasunkanmi Ajibade", "ajibade"),
    E("Agege", G),
    E("Rapid Response Squad", O),
    P("Ajibade", "ajibade"),
    Q("Fourteen suspects were arrested at the scene and are assisting the police in their investigation. Some weapons, including cutlasses and charms, were recovered from them.", "ajibade"),
    Q("The Commissioner of Police has ordered that the case be transferred to the State Criminal Investigation Department, Yaba, for discreet investigation. Anybody found culpable will be charged to court irrespective of his political affiliation.", "ajibade"),
    E("State Criminal Investigation Department", O),
    E("Yaba", G),
    E("Independent National Electoral Commission", O),
    D("the month", "2018-10"),
    D("November", "2018-11"),
    E("Abuja", G),
    Q("The commission is monitoring the situation in Lagos and other states. Parties that encourage violence will be reported to the security agencies.", None),
    E("Lagos", G),
    E("APC", O),
    E("Abuja", G),
    E("Lagos State", G),
    E("PDP", O),
    D("Thursday", "2018-10-18"),
    D("Wednesday", "2018-10-17"),
    E("Ikeja", G),
])

# ---------------------------------------------------------------- peru (dct Mon 2017-02-13)
DOCS["holdout14-peru-bus-ravine"] = ("pe", [
    E("Peru", G),
    D("Monday, February 13, 2017", "2017-02-13"),
    D("Sunday", "2017-02-12"),
    E("Arequipa", G),
    E("Peru", G),
    E("Transportes Altiplano Sur", O),
    E("Arequipa", G),
    E("Chivay", G),
    E("Colca Canyon", L),
    E("Sibayo", G),
    Q("The driver appears to have lost control on a sharp curve, and the bus rolled several times before it reached the bottom,", "huaman"),
    P("Raúl Huamán Quispe", "huaman"),
    E("Arequipa", G),
    Q("We are still recovering bodies, and the terrain is making the work very slow.", "huaman"),
    E("Chivay", G),
    E("Arequipa", G),
    P("Lucía Ferrándiz Salas", "ferrandiz"),
    Q("Our staff worked through the night and we have asked Lima for additional blood supplies,", "ferrandiz"),
    E("Lima", G),
    P("Ferrándiz", "ferrandiz"),
    P("Edwin Mamani Condori", "mamani"),
    Q("People were shouting at the driver to slow down,", "mamani"),
    Q("Then there was a loud noise and everything went dark.", "mamani"),
    E("Ministry of Transport and Communications", O),
    D("Sunday", "2017-02-12"),
    E("Transportes Altiplano Sur", O),
    P("Javier Olazábal Torres", "olazabal"),
    Q("If it is shown that the company broke the rules on driving hours, it will face the full weight of the law,", "olazabal"),
    P("Olazábal", "olazabal"),
    P("Carmen Rosa Vilca", "vilca"),
    E("Caylloma", G),
    E("Peruvian Andes", L),
    D("this year", "2017"),
    D("this month", "2017-02"),
    E("Puno", G),
    E("Lake Titicaca", L),
    E("Peru", G),
    D("2004", "2004"),
    Q("We see the same causes again and again: speed, fatigue and vehicles that should not be on the road,", "loayza"),
    P("Ana María Loayza", "loayza"),
    E("Lima", G),
    E("Vía Segura Perú", O),
    Q("Until enforcement improves, these tragedies will continue.", "loayza"),
    E("National Police of Peru", O),
    D("2016", "2016"),
    E("Caylloma", G),
    E("La República", O),
    D("February 12, 2017", "2017-02-12"),
    E("Peru", G),
    E("Andes", L),
    E("Peru Reports", O),
    D("February 12, 2017", "2017-02-12"),
    E("MTC", O),
    E("Arequipa", G),
    E("Agencia Andina", O),
    D("February 13, 2017", "2017-02-13"),
])

# ---------------------------------------------------------------- po (dct Thu 2016-06-30)
DOCS["holdout14-po-drought-lombardy"] = ("po", [
    E("Po", L),
    E("Lombardy", G),
    E("Rome", G),
    E("ANSA", O),
    E("Milan", G),
    D("June 30", "2016-06-30"),
    E("Po", L),
    E("Lombardy", G),
    D("Thursday", "2016-06-30"),
    E("Po Valley", L),
    E("Cremona", G),
    E("Mantua", G),
    E("Lodi", G),
    P("Matteo Renzi", "renzi"),
    E("Milan", G),
    Q("We cannot wait for the situation to become a catastrophe,", "lorusso"),
    P("Giuseppe Lo Russo", "lorusso"),
    E("Viadana", G),
    E("Mantua", G),
    Q("Last week our pumping stations were already struggling to draw water, and the forecast for July offers no relief. Without immediate help, many farms will lose their maize and rice harvests,", "lorusso"),
    D("Last week", "2016-06-20/2016-06-26"),
    D("July", "2016-07"),
    Q("We are asking for funds, but also for a clear plan to manage water between agriculture, energy production and drinking water,", "lorusso"),
    P("Lo Russo", "lorusso"),
    E("Po River Basin Authority", O),
    E("Pontelagoscuro", G),
    E("Ferrara", G),
    D("last week", "2016-06-20/2016-06-26"),
    E("Coldiretti", O),
    E("Lombardy", G),
    E("Emilia-Romagna", G),
    E("Piedmont", G),
    E("Veneto", G),
    D("mid-July", "2016-07"),
    Q("Rice fields in Lomellina and maize crops in the lower Lombardy plain are suffering,", "bertagnoli"),
    E("Lomellina", L),
    E("Lombardy", G),
    E("Coldiretti", O),
    E("Lombardy", G),
    P("Paolo Bertagnoli", "bertagnoli"),
    Q("Farmers have already spent millions on extra pumping.", "bertagnoli"),
    E("Senate", O),
    D("Wednesday", "2016-06-29"),
    P("Francesca D'Amico", "damico"),
    E("Brothers of Italy", O),
    E("FdI", O),
    Q("The government found money for everything else, but not for the people who feed Italy,", "damico"),
    E("Italy", G),
    E("Democratic Party", O),
    E("PD", O),
    P("Carmine Esposito", "esposito"),
    E("Senate", O),
    Q("There will be no delays. The agriculture ministry is already working with the regions on a first package of 50 million euros,", "esposito"),
    P("Esposito", "esposito"),
    E("Naples", G),
    E("Campania", G),
    D("next week", "2016-07-04/2016-07-10"),
    E("Lombardy", G),
    P("Gianluca Ferrari-Bassi", "ferrari"),
    E("Alps", L),
    D("the coming days", "FUTURE_REF"),
    Q("We have already opened talks with the operators, and we hope to reach an agreement by next Monday,", "ferrari"),
    D("next Monday", "2016-07-04"),
    E("Legambiente", O),
    Q("This is not an exceptional event anymore. The summers of 2003, 2007 and 2012 were similar, and they will become more frequent,", "colombo"),
    D("The summers of 2003, 2007 and 2012", "2003-SU/2012-SU"),
    E("Lombardy", G),
    P("Marta Colombo", "colombo"),
    E("Naples", G),
    E("Italy", G),
    D("mid-June", "2016-06"),
    E("ANSA", O),
])

# ---------------------------------------------------------------- siberia (dct Thu 2025-09-18)
DOCS["holdout14-siberia-tax-holiday"] = ("si", [
    E("Duma", O),
    E("Siberian", N),
    E("Rosstat", O),
    E("State Duma", O),
    D("Thursday", "2025-09-18"),
    E("Siberia", L),
    E("Far East", L),
    E("Rosstat", O),
    P("Sergei Ivanovich Petrov", "petrov"),
    E("United Russia", O),
    E("Krasnoyarsk", G),
    E("Moscow", G),
    E("St. Petersburg", G),
    Q("Every year we lose whole villages. Schools close, hospitals close, and the people who remain are pensioners,", "petrov"),
    P("Petrov", "petrov"),
    E("Duma", O),
    Q("If the state does not give people a reason to stay, nobody will be left to live in Siberia.", "petrov"),
    E("Siberia", L),
    E("Rosstat", O),
    D("last week", "2025-09-08/2025-09-14"),
    E("Siberian Federal District", G),
    D("the first seven months of the year", "2025-01/2025-07"),
    P("Petrov", "petrov"),
    E("Tomsk", G),
    E("Kemerovo", G),
    E("Irkutsk", G),
    E("Tuva", G),
    D("Jan. 1 next year", "2026-01-01"),
    E("Finance Ministry", O),
    E("Russia", G),
    E("Kremlin", O),
    E("Kremlin", O),
    Q("Supporting the regions is a priority for the president, but such initiatives must be weighed against the capabilities of the budget,", None),
    P("Natalya Andreyevna Kuznetsova-Belova", "kuznetsova"),
    E("Higher School of Economics", O),
    E("Moscow", G),
    Q("People leave Siberia not because of taxes but because of low wages, poor roads and the lack of medical care,", "kuznetsova"),
    E("Siberia", L),
    P("Kuznetsova-Belova", "kuznetsova"),
    Q("Without investment in infrastructure, a tax holiday is just a symbolic gesture.", "kuznetsova"),
    E("Far East", L),
    D("the 2010s", "2010/2019"),
    E("Vladivostok", G),
    E("Khabarovsk", G),
    E("Siberia", L),
    E("Rosstat", O),
    E("Volga", L),
    E("Saratov", G),
    E("Penza", G),
    E("Ulyanovsk", G),
    E("Moscow", G),
    E("Saratov", G),
    P("Oleg Viktorovich Samsonov", "samsonov"),
    E("Volga", L),
    Q("Our towns are dying just as quickly, and nobody in Moscow is talking about them,", "samsonov"),
    E("Moscow", G),
    P("Samsonov", "samsonov"),
    E("Telegram", O),
    E("Duma", O),
    P("Petrov", "petrov"),
    D("October", "2025-10"),
    D("2026-2028", "2026/2028"),
    P("Petrov", "petrov"),
    E("Urals", L),
    Q("This is not a party issue,", "petrov"),
    Q("It is a question of whether we still want to have a country east of the Urals.", "petrov"),
    E("Urals", L),
    E("Russia", G),
    D("the mid-1990s", "1990/1999"),
    E("Rosstat", O),
    D("next year", "2026"),
])

# ---------------------------------------------------------------- yangtze (dct Thu 2019-05-09)
DOCS["holdout14-yangtze-first-quarter"] = ("ya", [
    E("Yangtze River Economic Belt", L),
    E("China", G),
    D("first-quarter", "2019-01/2019-03"),
    E("BEIJING", G),
    D("May 9", "2019-05-09"),
    E("Xinhua", O),
    E("Yangtze River Economic Belt", L),
    E("China", G),
    D("the first quarter", "2019-01/2019-03"),
    E("National Bureau of Statistics", O),
    E("NBS", O),
    E("Yangtze", L),
    E("U.S.", G),
    D("the first three months of the year", "2019-01/2019-03"),
    Q("The economic belt has shown strong resilience in the face of a complicated external environment,", "wang"),
    P("Wang Xiaoming", "wang"),
    E("NBS", O),
    E("Beijing", G),
    D("Thursday", "2019-05-09"),
    Q("Industrial upgrading and the shift to consumption are clearly visible in the data.", "wang"),
    P("Wang", "wang"),
    D("the first quarter", "2019-01/2019-03"),
    E("Sichuan", G),
    E("China", G),
    D("January-March", "2019-01/2019-03"),
    E("Hubei", G),
    E("Jiangxi", G),
    E("Anhui", G),
    E("NBS", O),
    E("China", G),
    E("Guangdong", G),
    D("the first quarter", "2019-01/2019-03"),
    P("Liu Jianguo", "liu"),
    E("Chinese Academy of Social Sciences", O),
    Q("Companies are moving production to the central and western regions, where costs are lower and transport links along the river have improved,", "liu"),
    P("Liu", "liu"),
    Q("This trend will continue in 2019 and beyond.", "liu"),
    D("2019", "2019"),
    Q("step up protection and avoid excessive development", None),
    E("Yangtze", L),
    E("People's Bank of China", O),
    E("PBOC", O),
    D("January", "2019-01"),
    Q("The central bank will keep liquidity reasonably ample and guide financial institutions to increase support for the real economy,", "chen"),
    P("Chen Lihua", "chen"),
    E("PBOC", O),
    D("last month", "2019-04"),
    E("Yangtze", L),
    D("the end of March", "2019-03"),
    E("PBOC", O),
    E("Sichuan", G),
    P("Zhang Hui", "zhang"),
    E("Chengdu", G),
    E("Tianfu Precision Machinery Co., Ltd.", O),
    D("this year", "2019"),
    Q("We used the money to buy new equipment and hire 120 more workers,", "zhang"),
    P("Zhang", "zhang"),
    Q("Orders from domestic customers have been growing since the Spring Festival.", "zhang"),
    E("China", G),
    D("2019", "2019"),
    E("NBS", O),
    D("April", "2019-04"),
    D("next week", "2019-05-13/2019-05-19"),
])


def word_ok(t, s, e):
    if s > 0 and (t[s - 1].isalnum()):
        return False
    if e < len(t) and t[e].isalnum():
        return False
    return True


def locate(t, m, cur):
    pos = cur
    while True:
        s = t.find(m["text"], pos)
        if s < 0:
            raise SystemExit(f"not found after {cur}: {m}")
        e = s + len(m["text"])
        ok = m["label"] == "QUOTE" or word_ok(t, s, e)
        if ok and m.get("ctx"):
            ok = t[:s].endswith(m["ctx"])
        if ok:
            return s, e
        pos = s + 1


def build(doc_id, short, mentions, verbose=False):
    path = os.path.join(CORPUS, doc_id + ".txt")
    t = open(path, encoding="utf-8", newline="").read()
    cur = 0
    spans = []
    for m in mentions:
        s, e = locate(t, m, cur)
        assert t[s:e] == m["text"]
        assert t[s:e] == t[s:e].strip(), m
        sp = dict(m, start=s, end=e)
        spans.append(sp)
        cur = s if m["label"] == "QUOTE" else e
    spans.sort(key=lambda x: (x["start"], -x["end"]))
    for i, sp in enumerate(spans, 1):
        sp["id"] = f"{short}-{i}"
    ids = [sp["id"] for sp in spans]
    assert len(ids) == len(set(ids))
    # flatness: only entities/dates may lie inside a QUOTE
    for a in spans:
        for b in spans:
            if a is b:
                continue
            if a["start"] < b["end"] and b["start"] < a["end"]:
                inside = a["label"] == "QUOTE" and b["label"] != "QUOTE" and a["start"] <= b["start"] and b["end"] <= a["end"]
                inside2 = b["label"] == "QUOTE" and a["label"] != "QUOTE" and b["start"] <= a["start"] and a["end"] <= b["end"]
                if not (inside or inside2):
                    raise SystemExit(f"overlap {a} {b}")
    # DATE values
    for sp in spans:
        if sp["label"] == "DATE":
            assert sp.get("value"), sp
    # said_by: nearest PERSON mention of the hand-given speaker
    rels = []
    for q in spans:
        if q["label"] != "QUOTE" or not q.get("said"):
            continue
        cands = [p for p in spans if p["label"] == "PERSON" and p["who"] == q["said"]]
        assert cands, q

        def dist(p):
            if p["end"] <= q["start"]:
                return q["start"] - p["end"]
            if p["start"] >= q["end"]:
                return p["start"] - q["end"]
            return 0
        best = min(cands, key=lambda p: (dist(p), p["start"]))
        rels.append({"from": q["id"], "to": best["id"], "type": "said_by"})
        if verbose:
            print(f"  said_by {q['id']} -> {best['id']} {best['text']!r} (d={dist(best)})")
    out = []
    for sp in spans:
        o = {"id": sp["id"], "start": sp["start"], "end": sp["end"], "label": sp["label"], "text": sp["text"]}
        if sp["label"] == "DATE":
            o["value"] = sp["value"]
        out.append(o)
    if verbose:
        for sp in spans:
            ctx = t[max(0, sp["start"] - 25):sp["start"]].replace("\n", "/").replace("\r", "")
            txt = sp["text"] if len(sp["text"]) < 50 else sp["text"][:47] + "..."
            print(f"  {sp['id']:7} {sp['label']:6} [{sp['start']},{sp['end']}) …{ctx}|{txt}| {sp.get('value') or ''}")
    return {"doc_id": doc_id, "spans": out, "relations": rels}


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for row in manifest:
            short, mentions = DOCS[row["doc_id"]]
            if verbose:
                print("==", row["doc_id"])
            rec = build(row["doc_id"], short, mentions, verbose)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("ok")
