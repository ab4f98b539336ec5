#!/usr/bin/env python3
"""Hand-chosen mentions for the eight holdout14 articles.

Each mention: (surface, label, value, ctx, speaker)
  - label prefixed with '+' = entity/date lying inside the QUOTE listed just before it.
  - value: DATE value (None otherwise).
  - ctx: left context that must immediately precede the surface text (None = next occurrence).
  - speaker: for QUOTE, key of the speaking person (None = speaker never named, sec. 7a).
Mentions are listed in reading order; the script searches each one from a cursor.
said_by goes to the nearest PERSON span (character distance) whose text is one of the
speaker's names (sec. 7); the speaker is chosen by hand, the script only measures distance.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus

def M(s, l, v=None, ctx=None, spk=None):
    return (s, l, v, ctx, spk)

DOCS = []

# ---------------------------------------------------------------- chiang mai (dct Thu 2024-04-18)
DOCS.append(("holdout14-chiang-mai-songkran-assault", "chiang", {
    "somchai": ["Somchai Rattanakul", "Somchai"],
    "kanokwan": ["Kanokwan Sriwattana", "Kanokwan"],
    "pimchanok": ["Pimchanok Thongdee"],
}, [
    M("Chiang Mai", "GPE"),
    M("CHIANG MAI", "GPE"),
    M("Thai", "NORP", ctx="a "),
    M("Somchai Rattanakul", "PERSON"),
    M("Chiang Mai", "GPE"),
    M("Phra Sing police station", "ORG"),
    M("Tuesday", "DATE", "2024-04-16"),
    M('We will not allow a small group of people to damage the image of Chiang Mai and of Songkran. These men will face charges of assault and causing public disorder,', "QUOTE", spk="somchai"),
    M("Chiang Mai", "+GPE"),
    M("Somchai", "PERSON"),
    M("Facebook", "ORG"),
    M("Sunday", "DATE", "2024-04-14"),
    M("Canadian", "NORP"),
    M("Tuesday", "DATE", "2024-04-16"),
    M("Kanokwan Sriwattana", "PERSON"),
    M("Bangkok", "GPE"),
    M("Thai", "NORP", ctx="the "),
    M("Songkran is supposed to be about fun and respect. We just wanted to play water, not get beaten in the street. My friend needed four stitches \U0001F622 #Songkran2024 #ChiangMai,", "QUOTE", spk="kanokwan"),
    M("ChiangMai", "+GPE"),
    M("Kanokwan", "PERSON"),
    M("Bangkok Post", "ORG"),
    M("Monday", "DATE", "2024-04-15"),
    M("The police were very helpful, but I want these men to be punished so it does not happen to other people,", "QUOTE", spk="kanokwan"),
    M("Chiang Mai", "GPE"),
    M("Chiang Mai", "GPE"),
    M("April 12 and 16", "DATE", "2024-04-12/2024-04-16"),
    M("Tourism and Sports Ministry", "ORG"),
    M("Millions of Thai and foreign visitors enjoyed Songkran safely this year,", "QUOTE", spk="pimchanok"),
    M("Thai", "+NORP"),
    M("this year", "+DATE", "2024"),
    M("Pimchanok Thongdee", "PERSON"),
    M("Bangkok", "GPE"),
    M("Chao Phraya River", "LOC"),
    M("Bangkok Metropolitan Administration", "ORG"),
    M("Unesco", "ORG"),
    M("December", "DATE", "2023-12"),
    M("Interior Ministry", "ORG"),
    M("Road Safety Centre", "ORG"),
    M("Thursday", "DATE", "2024-04-18"),
    M("April 11 to 17", "DATE", "2024-04-11/2024-04-17"),
    M("last year", "DATE", "2023"),
    M("Chiang Mai", "GPE"),
    M("Nakhon Ratchasima", "GPE"),
    M("Somchai", "PERSON"),
    M("Someone must know these men. We ask the public to help us,", "QUOTE", spk="somchai"),
]))

# ---------------------------------------------------------------- france (dct Wed 2023-11-22)
DOCS.append(("holdout14-france-water-reservoirs", "france", {
    "dubois": ["Marie-Claire Dubois"],
    "villeneuve": ["Jean-Pierre de Villeneuve", "De Villeneuve"],
    "legoff": ["Hervé Le Goff-Martin"],
    "mallard": ["Sébastien Mallard-Roux"],
    "kerherve": ["Anne-Sophie Kerhervé"],
}, [
    M("French", "NORP"),
    M("RN", "ORG"),
    M("FRANCE 24", "ORG"),
    M("France", "GPE"),
    M("National Assembly", "ORG"),
    M("Tuesday", "DATE", "2023-11-21"),
    M("Renaissance", "ORG"),
    M("Rassemblement National", "ORG"),
    M("RN", "ORG"),
    M("France", "GPE", ctx="western "),
    M("This is a balanced text. It protects water, which belongs to everyone, without abandoning the farmers who feed this country,", "QUOTE", spk="dubois"),
    M("Marie-Claire Dubois", "PERSON"),
    M("Renaissance", "ORG"),
    M("Les Républicains", "ORG"),
    M("LR", "ORG"),
    M("Jean-Pierre de Villeneuve", "PERSON"),
    M("LR", "ORG"),
    M("Morbihan", "GPE"),
    M("Brittany", "GPE"),
    M("Once again Paris wants to decide for us how we should farm,", "QUOTE", spk="villeneuve"),
    M("Paris", "+GPE"),
    M("Brittany's farmers do not need another layer of paperwork, they need water.", "QUOTE", spk="villeneuve"),
    M("Brittany", "+GPE"),
    M("De Villeneuve", "PERSON"),
    M("LR", "ORG"),
    M("Occitanie", "GPE"),
    M("Greens", "ORG"),
    M("La France Insoumise", "ORG"),
    M("Hervé Le Goff-Martin", "PERSON"),
    M("Ille-et-Vilaine", "GPE"),
    M("We are privatising water for a handful of agro-industrial farms,", "QUOTE", spk="legoff"),
    M("RN", "ORG"),
    M("The RN will stand with those who work the land, against the technocrats of the Élysée and Brussels,", "QUOTE", spk="mallard"),
    M("RN", "+ORG"),
    M("Élysée", "+ORG"),
    M("Brussels", "+GPE"),
    M("RN", "ORG"),
    M("Sébastien Mallard-Roux", "PERSON"),
    M("Assembly", "ORG"),
    M("Élysée", "ORG"),
    M("very closely", "QUOTE", spk=None),
    M("Nobody wants a repeat of the scenes at Sainte-Soline,", "QUOTE", spk=None),
    M("Sainte-Soline", "+GPE"),
    M("France", "GPE"),
    M("March", "DATE", "2023-03"),
    M("France", "GPE"),
    M("FNSEA", "ORG"),
    M("Confédération paysanne", "ORG"),
    M("Brittany", "GPE"),
    M("French", "NORP"),
    M("If the rules change every two years, nobody will invest,", "QUOTE", spk="kerherve"),
    M("Anne-Sophie Kerhervé", "PERSON"),
    M("Pontivy", "GPE"),
    M("next week", "DATE", "2023-11-27/2023-12-03"),
    M("Senate", "ORG"),
    M("2024", "DATE", "2024"),
]))

# ---------------------------------------------------------------- kalimantan (dct Wed 2021-03-17)
DOCS.append(("holdout14-kalimantan-flood-aid", "kalimantan", {
    "ahmad": ["Ahmad Syarifuddin", "Ahmad"],
    "dewi": ["Dewi Kartika Sari"],
    "bambang": ["Bambang Hadi Prasetyo", "Bambang"],
    "sutrisno": ["Sutrisno"],
}, [
    M("Kalimantan", "LOC"),
    M("House", "ORG"),
    M("Ardi Wicaksono", "PERSON"),
    M("Jakarta Post", "ORG"),
    M("Jakarta", "GPE"),
    M("Central Kalimantan", "GPE"),
    M("last month", "DATE", "2021-02"),
    M("House of Representatives", "ORG"),
    M("DPR", "ORG"),
    M("Public Works and Public Housing Ministry", "ORG"),
    M("Kapuas", "GPE"),
    M("Katingan", "GPE"),
    M("February", "DATE", "2021-02"),
    M("Kalimantan", "LOC", ctx="trans-"),
    M("National Disaster Mitigation Agency", "ORG"),
    M("BNPB", "ORG"),
    M("Kapuas", "GPE"),
    M("Ahmad Syarifuddin", "PERSON"),
    M("Tuesday", "DATE", "2021-03-16"),
    M("Jakarta", "GPE"),
    M("We have done what we can with our own money. But the villages along the river are still cut off, and people cannot go back to their fields until the roads and dikes are repaired,", "QUOTE", spk="ahmad"),
    M("Ahmad", "PERSON"),
    M("Jakarta Post", "ORG"),
    M("Kuala Kapuas", "GPE"),
    M("If the funds do not arrive before the next rainy season, we will face the same disaster again,", "QUOTE", spk="ahmad"),
    M("the next rainy season", "+DATE", "FUTURE_REF"),
    M("DPR Commission V", "ORG"),
    M("Tuesday", "DATE", "2021-03-16"),
    M("Kalimantan", "LOC"),
    M("Sumatra", "LOC"),
    M("Java", "LOC"),
    M("Dewi Kartika Sari", "PERSON"),
    M("Indonesian Democratic Party of Struggle", "ORG"),
    M("PDI-P", "ORG"),
    M("Central Kalimantan", "GPE"),
    M("The money is there, the plans are there, but the people are still living in tents. Where is the problem?", "QUOTE", spk="dewi"),
    M("Bambang Hadi Prasetyo", "PERSON"),
    M("Kahayan", "LOC"),
    M("Kapuas", "LOC"),
    M("We cannot start construction while the sites are still under water,", "QUOTE", spk="bambang"),
    M("Bambang", "PERSON"),
    M("April", "DATE", "2021-04"),
    M("the end of June", "DATE", "2021-06"),
    M("Rudi Harsono", "PERSON"),
    M("Gerindra Party", "ORG"),
    M("Riau", "GPE"),
    M("Sumatra", "LOC"),
    M("Java", "LOC"),
    M("Kalimantan", "LOC"),
    M("Environment and Forestry Ministry", "ORG"),
    M("last month", "DATE", "2021-02"),
    M("Sutrisno", "PERSON"),
    M("Kapuas", "GPE"),
    M("Central Java", "GPE"),
    M("the 1990s", "DATE", "1990/1999"),
    M("This year's harvest is gone. I have borrowed Rp 4 million from my neighbor just to feed my family,", "QUOTE", spk="sutrisno"),
    M("This year", "+DATE", "2021"),
    M("We hope the government does not forget us once the water goes down.", "QUOTE", spk="sutrisno"),
    M("BNPB", "ORG"),
    M("Indonesia", "GPE"),
    M("January", "DATE", "2021-01"),
    M("Kalimantan", "LOC"),
    M("May", "DATE", "2021-05"),
]))

# ---------------------------------------------------------------- lagos (dct Wed 2018-10-17, CRLF)
DOCS.append(("holdout14-lagos-poster-clash", "lagos", {
    "ogundele": ["Funmilayo Ogundele"],
    "adebayo": ["Oluwaseun Adebayo", "Adebayo"],
    "okafor": ["Chukwuemeka Okafor", "Okafor"],
    "bello": ["Musa Bello", "Bello"],
    "ajibade": ["Olasunkanmi Ajibade", "Ajibade"],
}, [
    M("Lagos", "GPE"),
    M("APC", "ORG"),
    M("PDP", "ORG"),
    M("Adeyemi Oyeleke", "PERSON"),
    M("Lagos State", "GPE"),
    M("All Progressives Congress", "ORG"),
    M("Peoples Democratic Party", "ORG"),
    M("Agege", "GPE"),
    M("PUNCH", "ORG"),
    M("Tuesday", "DATE", "2018-10-16"),
    M("PDP", "ORG"),
    M("House of Representatives", "ORG"),
    M("Funmilayo Ogundele", "PERSON"),
    M("I was closing for the day when I saw boys running towards the market. They broke my door and carried all my provisions. I lost goods worth over N400,000. Who will pay me now?", "QUOTE", spk="ogundele"),
    M("APC", "ORG"),
    M("Oluwaseun Adebayo", "PERSON"),
    M("PDP", "ORG"),
    M("Adebayo", "PERSON"),
    M("Our members did not start this fight. We were attacked in our own ward, and some of our people are now in the hospital. The APC is a peaceful party and we will not allow anybody to intimidate us in Agege.", "QUOTE", spk="adebayo"),
    M("APC", "+ORG"),
    M("Agege", "+GPE"),
    M("PDP", "ORG"),
    M("Chukwuemeka Okafor", "PERSON"),
    M("2019", "DATE", "2019"),
    M("They know the people have rejected them, that is why they are using thugs to pull down our posters,", "QUOTE", spk="okafor"),
    M("Okafor", "PERSON"),
    M("We have written to the police and to INEC, and we are asking for the arrest of those who sponsored this attack.", "QUOTE", spk="okafor"),
    M("INEC", "+ORG"),
    M("Musa Bello", "PERSON"),
    M("Hausa", "NORP"),
    M("Agege", "GPE"),
    M("Two of our boys were injured and we had to close the market early. Politics should not make us enemies,", "QUOTE", spk="bello"),
    M("Bello", "PERSON"),
    M("Olasunkanmi Ajibade", "PERSON"),
    M("Agege", "GPE"),
    M("Rapid Response Squad", "ORG"),
    M("Ajibade", "PERSON"),
    M("Fourteen suspects were arrested at the scene and are assisting the police in their investigation. Some weapons, including cutlasses and charms, were recovered from them.", "QUOTE", spk="ajibade"),
    M("The Commissioner of Police has ordered that the case be transferred to the State Criminal Investigation Department, Yaba, for discreet investigation. Anybody found culpable will be charged to court irrespective of his political affiliation.", "QUOTE", spk="ajibade"),
    M("State Criminal Investigation Department", "+ORG"),
    M("Yaba", "+GPE"),
    M("Independent National Electoral Commission", "ORG"),
    M("the month", "DATE", "2018-10"),
    M("November", "DATE", "2018-11"),
    M("Abuja", "GPE"),
    M("The commission is monitoring the situation in Lagos and other states. Parties that encourage violence will be reported to the security agencies.", "QUOTE", spk=None),
    M("Lagos", "+GPE"),
    M("APC", "ORG"),
    M("Abuja", "GPE"),
    M("Lagos State", "GPE"),
    M("PDP", "ORG"),
    M("Thursday", "DATE", "2018-10-18"),
    M("Wednesday", "DATE", "2018-10-17"),
    M("Ikeja", "GPE"),
]))

# ---------------------------------------------------------------- peru (dct Mon 2017-02-13)
DOCS.append(("holdout14-peru-bus-ravine", "peru", {
    "huaman": ["Raúl Huamán Quispe"],
    "ferrandiz": ["Lucía Ferrándiz Salas", "Ferrándiz"],
    "mamani": ["Edwin Mamani Condori"],
    "olazabal": ["Javier Olazábal Torres", "Olazábal"],
    "loayza": ["Ana María Loayza"],
}, [
    M("Peru", "GPE"),
    M("Monday, February 13, 2017", "DATE", "2017-02-13"),
    M("Sunday", "DATE", "2017-02-12"),
    M("Arequipa", "GPE"),
    M("Peru", "GPE"),
    M("Transportes Altiplano Sur", "ORG"),
    M("Arequipa", "GPE"),
    M("Chivay", "GPE"),
    M("Colca Canyon", "LOC"),
    M("Sibayo", "GPE"),
    M("The driver appears to have lost control on a sharp curve, and the bus rolled several times before it reached the bottom,", "QUOTE", spk="huaman"),
    M("Raúl Huamán Quispe", "PERSON"),
    M("Arequipa", "GPE"),
    M("We are still recovering bodies, and the terrain is making the work very slow.", "QUOTE", spk="huaman"),
    M("Chivay", "GPE"),
    M("Arequipa", "GPE"),
    M("Lucía Ferrándiz Salas", "PERSON"),
    M("Our staff worked through the night and we have asked Lima for additional blood supplies,", "QUOTE", spk="ferrandiz"),
    M("Lima", "+GPE"),
    M("Ferrándiz", "PERSON"),
    M("Edwin Mamani Condori", "PERSON"),
    M("People were shouting at the driver to slow down,", "QUOTE", spk="mamani"),
    M("Then there was a loud noise and everything went dark.", "QUOTE", spk="mamani"),
    M("Ministry of Transport and Communications", "ORG"),
    M("Sunday", "DATE", "2017-02-12"),
    M("Transportes Altiplano Sur", "ORG"),
    M("Javier Olazábal Torres", "PERSON"),
    M("If it is shown that the company broke the rules on driving hours, it will face the full weight of the law,", "QUOTE", spk="olazabal"),
    M("Olazábal", "PERSON"),
    M("Carmen Rosa Vilca", "PERSON"),
    M("Caylloma", "GPE"),
    M("Peruvian Andes", "LOC"),
    M("this year", "DATE", "2017"),
    M("this month", "DATE", "2017-02"),
    M("Puno", "GPE"),
    M("Lake Titicaca", "LOC"),
    M("Peru", "GPE"),
    M("2004", "DATE", "2004"),
    M("We see the same causes again and again: speed, fatigue and vehicles that should not be on the road,", "QUOTE", spk="loayza"),
    M("Ana María Loayza", "PERSON"),
    M("Lima", "GPE"),
    M("Vía Segura Perú", "ORG"),
    M("Until enforcement improves, these tragedies will continue.", "QUOTE", spk="loayza"),
    M("National Police of Peru", "ORG"),
    M("2016", "DATE", "2016"),
    M("Caylloma", "GPE"),
    M("La República", "ORG"),
    M("February 12, 2017", "DATE", "2017-02-12"),
    M("Peru", "GPE"),
    M("Andes", "LOC"),
    M("Peru Reports", "ORG"),
    M("February 12, 2017", "DATE", "2017-02-12"),
    M("MTC", "ORG"),
    M("Arequipa", "GPE"),
    M("Agencia Andina", "ORG"),
    M("February 13, 2017", "DATE", "2017-02-13"),
]))

# ---------------------------------------------------------------- po (dct Thu 2016-06-30)
DOCS.append(("holdout14-po-drought-lombardy", "po", {
    "lorusso": ["Giuseppe Lo Russo", "Lo Russo"],
    "bertagnoli": ["Paolo Bertagnoli"],
    "damico": ["Francesca D'Amico"],
    "esposito": ["Carmine Esposito", "Esposito"],
    "ferrari": ["Gianluca Ferrari-Bassi"],
    "colombo": ["Marta Colombo"],
}, [
    M("Po", "LOC"),
    M("Lombardy", "GPE"),
    M("Rome", "GPE"),
    M("ANSA", "ORG"),
    M("Milan", "GPE"),
    M("June 30", "DATE", "2016-06-30"),
    M("Po", "LOC"),
    M("Lombardy", "GPE"),
    M("Thursday", "DATE", "2016-06-30"),
    M("Po Valley", "LOC"),
    M("Cremona", "GPE"),
    M("Mantua", "GPE"),
    M("Lodi", "GPE"),
    M("Matteo Renzi", "PERSON"),
    M("Milan", "GPE"),
    M("We cannot wait for the situation to become a catastrophe,", "QUOTE", spk="lorusso"),
    M("Giuseppe Lo Russo", "PERSON"),
    M("Viadana", "GPE"),
    M("Mantua", "GPE"),
    M("Last week our pumping stations were already struggling to draw water, and the forecast for July offers no relief. Without immediate help, many farms will lose their maize and rice harvests,", "QUOTE", spk="lorusso"),
    M("Last week", "+DATE", "2016-06-20/2016-06-26"),
    M("July", "+DATE", "2016-07"),
    M("We are asking for funds, but also for a clear plan to manage water between agriculture, energy production and drinking water,", "QUOTE", spk="lorusso"),
    M("Lo Russo", "PERSON"),
    M("Po River Basin Authority", "ORG"),
    M("Pontelagoscuro", "GPE"),
    M("Ferrara", "GPE"),
    M("last week", "DATE", "2016-06-20/2016-06-26"),
    M("Coldiretti", "ORG"),
    M("Lombardy", "GPE"),
    M("Emilia-Romagna", "GPE"),
    M("Piedmont", "GPE"),
    M("Veneto", "GPE"),
    M("mid-July", "DATE", "2016-07"),
    M("Rice fields in Lomellina and maize crops in the lower Lombardy plain are suffering,", "QUOTE", spk="bertagnoli"),
    M("Lomellina", "+LOC"),
    M("Lombardy", "+GPE"),
    M("Coldiretti", "ORG"),
    M("Lombardy", "GPE"),
    M("Paolo Bertagnoli", "PERSON"),
    M("Farmers have already spent millions on extra pumping.", "QUOTE", spk="bertagnoli"),
    M("Senate", "ORG"),
    M("Wednesday", "DATE", "2016-06-29"),
    M("Francesca D'Amico", "PERSON"),
    M("Brothers of Italy", "ORG"),
    M("FdI", "ORG"),
    M("The government found money for everything else, but not for the people who feed Italy,", "QUOTE", spk="damico"),
    M("Italy", "+GPE"),
    M("Democratic Party", "ORG"),
    M("PD", "ORG"),
    M("Carmine Esposito", "PERSON"),
    M("Senate", "ORG"),
    M("There will be no delays. The agriculture ministry is already working with the regions on a first package of 50 million euros,", "QUOTE", spk="esposito"),
    M("Esposito", "PERSON"),
    M("Naples", "GPE"),
    M("Campania", "GPE"),
    M("next week", "DATE", "2016-07-04/2016-07-10"),
    M("Lombardy", "GPE"),
    M("Gianluca Ferrari-Bassi", "PERSON"),
    M("Alps", "LOC"),
    M("the coming days", "DATE", "FUTURE_REF"),
    M("We have already opened talks with the operators, and we hope to reach an agreement by next Monday,", "QUOTE", spk="ferrari"),
    M("next Monday", "+DATE", "2016-07-04"),
    M("Legambiente", "ORG"),
    M("This is not an exceptional event anymore. The summers of 2003, 2007 and 2012 were similar, and they will become more frequent,", "QUOTE", spk="colombo"),
    M("The summers of 2003, 2007 and 2012", "+DATE", "2003-SU/2012-SU"),
    M("Lombardy", "GPE"),
    M("Marta Colombo", "PERSON"),
    M("Naples", "GPE"),
    M("Italy", "GPE"),
    M("mid-June", "DATE", "2016-06"),
    M("ANSA", "ORG"),
]))

# ---------------------------------------------------------------- siberia (dct Thu 2025-09-18)
DOCS.append(("holdout14-siberia-tax-holiday", "siberia", {
    "petrov": ["Sergei Ivanovich Petrov", "Petrov"],
    "kuznetsova": ["Natalya Andreyevna Kuznetsova-Belova", "Kuznetsova-Belova"],
    "samsonov": ["Oleg Viktorovich Samsonov", "Samsonov"],
}, [
    M("Duma", "ORG"),
    M("Siberian", "NORP"),
    M("Rosstat", "ORG"),
    M("State Duma", "ORG"),
    M("Thursday", "DATE", "2025-09-18"),
    M("Siberia", "LOC"),
    M("Far East", "LOC"),
    M("Rosstat", "ORG"),
    M("Sergei Ivanovich Petrov", "PERSON"),
    M("United Russia", "ORG"),
    M("Krasnoyarsk", "GPE"),
    M("Moscow", "GPE"),
    M("St. Petersburg", "GPE"),
    M("Every year we lose whole villages. Schools close, hospitals close, and the people who remain are pensioners,", "QUOTE", spk="petrov"),
    M("Petrov", "PERSON"),
    M("Duma", "ORG"),
    M("If the state does not give people a reason to stay, nobody will be left to live in Siberia.", "QUOTE", spk="petrov"),
    M("Siberia", "+LOC"),
    M("Rosstat", "ORG"),
    M("last week", "DATE", "2025-09-08/2025-09-14"),
    M("Siberian Federal District", "GPE"),
    M("the first seven months of the year", "DATE", "2025-01/2025-07"),
    M("Petrov", "PERSON"),
    M("Tomsk", "GPE"),
    M("Kemerovo", "GPE"),
    M("Irkutsk", "GPE"),
    M("Tuva", "GPE"),
    M("Jan. 1 next year", "DATE", "2026-01-01"),
    M("Finance Ministry", "ORG"),
    M("Russia", "GPE"),
    M("Kremlin", "ORG"),
    M("Kremlin", "ORG"),
    M("Supporting the regions is a priority for the president, but such initiatives must be weighed against the capabilities of the budget,", "QUOTE", spk=None),
    M("Natalya Andreyevna Kuznetsova-Belova", "PERSON"),
    M("Higher School of Economics", "ORG"),
    M("Moscow", "GPE"),
    M("People leave Siberia not because of taxes but because of low wages, poor roads and the lack of medical care,", "QUOTE", spk="kuznetsova"),
    M("Siberia", "+LOC"),
    M("Kuznetsova-Belova", "PERSON"),
    M("Without investment in infrastructure, a tax holiday is just a symbolic gesture.", "QUOTE", spk="kuznetsova"),
    M("Far East", "LOC"),
    M("the 2010s", "DATE", "2010/2019"),
    M("Vladivostok", "GPE"),
    M("Khabarovsk", "GPE"),
    M("Siberia", "LOC"),
    M("Rosstat", "ORG"),
    M("Volga", "LOC"),
    M("Saratov", "GPE"),
    M("Penza", "GPE"),
    M("Ulyanovsk", "GPE"),
    M("Moscow", "GPE"),
    M("Saratov", "GPE"),
    M("Oleg Viktorovich Samsonov", "PERSON"),
    M("Volga", "LOC"),
    M("Our towns are dying just as quickly, and nobody in Moscow is talking about them,", "QUOTE", spk="samsonov"),
    M("Moscow", "+GPE"),
    M("Samsonov", "PERSON"),
    M("Telegram", "ORG"),
    M("Duma", "ORG"),
    M("Petrov", "PERSON"),
    M("October", "DATE", "2025-10"),
    M("2026-2028", "DATE", "2026/2028"),
    M("Petrov", "PERSON"),
    M("Urals", "LOC"),
    M("This is not a party issue,", "QUOTE", spk="petrov"),
    M("It is a question of whether we still want to have a country east of the Urals.", "QUOTE", spk="petrov"),
    M("Urals", "+LOC"),
    M("Russia", "GPE"),
    M("the mid-1990s", "DATE", "1990/1999"),
    M("Rosstat", "ORG"),
    M("next year", "DATE", "2026"),
]))

# ---------------------------------------------------------------- yangtze (dct Thu 2019-05-09)
DOCS.append(("holdout14-yangtze-first-quarter", "yangtze", {
    "wang": ["Wang Xiaoming", "Wang"],
    "liu": ["Liu Jianguo", "Liu"],
    "chen": ["Chen Lihua"],
    "zhang": ["Zhang Hui", "Zhang"],
}, [
    M("Yangtze River Economic Belt", "LOC"),
    M("China", "GPE"),
    M("first-quarter", "DATE", "2019-01/2019-03"),
    M("BEIJING", "GPE"),
    M("May 9", "DATE", "2019-05-09"),
    M("Xinhua", "ORG"),
    M("Yangtze River Economic Belt", "LOC"),
    M("China", "GPE"),
    M("the first quarter", "DATE", "2019-01/2019-03"),
    M("National Bureau of Statistics", "ORG"),
    M("NBS", "ORG"),
    M("Yangtze", "LOC"),
    M("U.S.", "GPE"),
    M("the first three months of the year", "DATE", "2019-01/2019-03"),
    M("The economic belt has shown strong resilience in the face of a complicated external environment,", "QUOTE", spk="wang"),
    M("Wang Xiaoming", "PERSON"),
    M("NBS", "ORG"),
    M("Beijing", "GPE"),
    M("Thursday", "DATE", "2019-05-09"),
    M("Industrial upgrading and the shift to consumption are clearly visible in the data.", "QUOTE", spk="wang"),
    M("Wang", "PERSON"),
    M("the first quarter", "DATE", "2019-01/2019-03"),
    M("Sichuan", "GPE"),
    M("China", "GPE"),
    M("January-March", "DATE", "2019-01/2019-03"),
    M("Hubei", "GPE"),
    M("Jiangxi", "GPE"),
    M("Anhui", "GPE"),
    M("NBS", "ORG"),
    M("China", "GPE"),
    M("Guangdong", "GPE"),
    M("the first quarter", "DATE", "2019-01/2019-03"),
    M("Liu Jianguo", "PERSON"),
    M("Chinese Academy of Social Sciences", "ORG"),
    M("Companies are moving production to the central and western regions, where costs are lower and transport links along the river have improved,", "QUOTE", spk="liu"),
    M("Liu", "PERSON"),
    M("This trend will continue in 2019 and beyond.", "QUOTE", spk="liu"),
    M("2019", "+DATE", "2019"),
    M("step up protection and avoid excessive development", "QUOTE", spk=None),
    M("Yangtze", "LOC"),
    M("People's Bank of China", "ORG"),
    M("PBOC", "ORG"),
    M("January", "DATE", "2019-01"),
    M("The central bank will keep liquidity reasonably ample and guide financial institutions to increase support for the real economy,", "QUOTE", spk="chen"),
    M("Chen Lihua", "PERSON"),
    M("PBOC", "ORG"),
    M("last month", "DATE", "2019-04"),
    M("Yangtze", "LOC"),
    M("the end of March", "DATE", "2019-03"),
    M("PBOC", "ORG"),
    M("Sichuan", "GPE"),
    M("Zhang Hui", "PERSON"),
    M("Chengdu", "GPE"),
    M("Tianfu Precision Machinery Co., Ltd.", "ORG"),
    M("this year", "DATE", "2019"),
    M("We used the money to buy new equipment and hire 120 more workers,", "QUOTE", spk="zhang"),
    M("Zhang", "PERSON"),
    M("Orders from domestic customers have been growing since the Spring Festival.", "QUOTE", spk="zhang"),
    M("China", "GPE"),
    M("2019", "DATE", "2019"),
    M("NBS", "ORG"),
    M("April", "DATE", "2019-04"),
    M("next week", "DATE", "2019-05-13/2019-05-19"),
]))

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}
QMARKS = set('"\u201c\u201d\u2018\u2019\'')


def build(doc_id, short, speakers, mentions):
    path = os.path.join(CORPUS, doc_id + ".txt")
    text = open(path, encoding="utf-8", newline="").read()
    spans, pending = [], []
    cursor, last_quote = 0, None
    for n, (surf, lab, val, ctx, spk) in enumerate(mentions, 1):
        inq = lab.startswith("+")
        lab = lab.lstrip("+")
        assert lab in LABELS, (doc_id, surf, lab)
        needle = (ctx or "") + surf
        pos = text.find(needle, cursor)
        assert pos >= 0, (doc_id, "not found", needle, cursor)
        start = pos + len(ctx or "")
        end = start + len(surf)
        assert text[start:end] == surf
        assert surf == surf.strip(), (doc_id, surf)
        sid = f"{short}-{n}"
        sp = {"id": sid, "start": start, "end": end, "label": lab, "text": surf}
        if lab == "DATE":
            assert val, (doc_id, surf)
            sp["value"] = val
        else:
            assert val is None, (doc_id, surf)
        if lab == "QUOTE":
            # the span must sit between quotation marks (or end at a paragraph break)
            before = text[start - 1]
            after = text[end] if end < len(text) else "\n"
            assert before in QMARKS, (doc_id, surf, before)
            assert after in QMARKS or after in "\r\n", (doc_id, surf, after)
            last_quote = sp
            pending.append((sid, spk))
            cursor = start
        else:
            inside_last = last_quote is not None and last_quote["start"] <= start and end <= last_quote["end"]
            assert inside_last == inq, (doc_id, "in-quote flag mismatch", surf, start)
            cursor = end
        spans.append(sp)
    # uniqueness and flatness
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a["start"] < b["end"] and b["start"] < a["end"]:
                q, e = (a, b) if a["label"] == "QUOTE" else (b, a)
                ok = (q["label"] == "QUOTE" and e["label"] != "QUOTE"
                      and q["start"] <= e["start"] and e["end"] <= q["end"])
                assert ok, (doc_id, "overlap", a, b)
    # entities not flagged inside a quote must not lie inside any quote
    quotes = [s for s in spans if s["label"] == "QUOTE"]
    # said_by: nearest PERSON mention of the hand-chosen speaker
    rels = []
    for qid, spk in pending:
        if spk is None:
            continue
        q = next(s for s in spans if s["id"] == qid)
        names = speakers[spk]
        cands = [s for s in spans if s["label"] == "PERSON" and s["text"] in names]
        assert cands, (doc_id, spk)
        def dist(p):
            if p["end"] <= q["start"]:
                return q["start"] - p["end"]
            if p["start"] >= q["end"]:
                return p["start"] - q["end"]
            return 0
        best = min(cands, key=lambda p: (dist(p), p["start"]))
        rels.append({"from": qid, "to": best["id"], "type": "said_by"})
    # every PERSON text must belong to a known speaker key or be a non-speaker; sanity only
    return {"doc_id": doc_id, "spans": spans, "relations": rels}, text


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    want = [m["doc_id"] for m in manifest]
    assert sorted(want) == sorted(d[0] for d in DOCS)
    out = []
    for doc_id, short, speakers, mentions in DOCS:
        rec, text = build(doc_id, short, speakers, mentions)
        out.append(rec)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for rec in out:
        from collections import Counter
        c = Counter(s["label"] for s in rec["spans"])
        print(rec["doc_id"], dict(sorted(c.items())), "said_by", len(rec["relations"]))


if __name__ == "__main__":
    main()
