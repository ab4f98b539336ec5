#!/usr/bin/env python3
"""Hand-chosen mentions for the eight holdout8 articles -> annotation.jsonl.

Every mention below was chosen by reading the text.  The script only
locates each surface string (the next occurrence, in reading order, after
the previous mention; an optional `skip` jumps over earlier occurrences),
computes half-open offsets, checks them, and writes annotation.jsonl.

Mention forms:
  E(text, LABEL)            entity span (PERSON/ORG/GPE/LOC/NORP)
  P(text, who)              PERSON span; `who` = the person's id (default: text)
  D(text, value)            DATE span with value
  Q(text, who)              QUOTE span; `who` = speaker id, or None (never named)
For a QUOTE the relation said_by goes to the PERSON mention of `who` that is
nearest to the quote by character distance (section 7): the script computes
that distance and the chosen pair is printed for review.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def E(text, label, skip=0):
    return {"text": text, "label": label, "skip": skip}


def P(text, who=None, skip=0):
    return {"text": text, "label": "PERSON", "who": who or text, "skip": skip}


def D(text, value, skip=0):
    return {"text": text, "label": "DATE", "value": value, "skip": skip}


def Q(text, who, skip=0):
    return {"text": text, "label": "QUOTE", "who": who, "skip": skip}


def G(t, skip=0):
    return E(t, "GPE", skip)


def O(t, skip=0):
    return E(t, "ORG", skip)


def L(t, skip=0):
    return E(t, "LOC", skip)


def N(t, skip=0):
    return E(t, "NORP", skip)


DOCS = []

# ---------------------------------------------------------------- Assam
BORGOHAIN = "Ranjit Borgohain"
RATHORE = "Vikram Singh Rathore"
SAIKIA = "Pranjal Saikia"
DOCS.append(("holdout8-assam-floods", "assam", [
    # headline
    G("Assam"), L("Brahmaputra"),
    # dateline + lead
    G("Guwahati"), D("August 3", "2015-08-03"),
    L("Brahmaputra"), G("Assam"), D("Monday", "2015-08-03"),
    D("this season", "PRESENT_REF"),
    # ASDMA
    O("Assam State Disaster Management Authority"), O("ASDMA"),
    G("Lakhimpur"), G("Dhemaji"), G("Barpeta"), G("Morigaon"),
    G("Barpeta"), D("Sunday", "2015-08-02"),
    # CWC paragraph
    L("Brahmaputra"), G("Neamatighat"), G("Jorhat"), G("Dhubri"),
    O("Central Water Commission"), O("CWC"),
    L("Subansiri"), L("Jia Bharali"), L("Beki"), L("Puthimari"),
    # embankment
    G("Lakhimpur"), L("Ranganadi"), D("Sunday", "2015-08-02"),
    # Borgohain quote
    Q("The breach happened around 11 pm and by one in the morning the water was "
      "waist-deep in the market. We have moved about 6,000 people to higher ground, "
      "but many families do not want to leave their cattle behind,", BORGOHAIN),
    G("Lakhimpur"), P("Ranjit Borgohain", BORGOHAIN),
    # rescue forces
    O("National Disaster Response Force"), O("NDRF"),
    O("State Disaster Response Force"), O("SDRF"), O("Army"),
    G("Dhemaji"), G("Lakhimpur"),
    # Rathore quote
    Q("Our biggest problem is reaching people in the chars. The current is very strong "
      "and some of the sandbar villages have been cut off since Thursday,", RATHORE),
    D("Thursday", "2015-07-30"),
    P("Vikram Singh Rathore", RATHORE), O("NDRF"), L("Brahmaputra"),
    # relief camp
    G("Jonai"), G("Dhemaji"),
    Q("We had no warning. The water came in the night and took everything, the rice, "
      "the clothes, my children's school books,", None),
    Q("Now we wait for the boat to bring food.", None),
    # Kaziranga
    L("Kaziranga National Park"), L("Karbi Anglong"), P("Pranjal Saikia", SAIKIA),
    Q("Last year we lost 18 animals to speeding trucks during the floods. We cannot let "
      "that happen again,", SAIKIA),
    D("Last year", "2014"), P("Saikia", SAIKIA),
    # minister
    P("Jatin Hazarika"), G("Assam"), O("Centre"), G("Guwahati"),
    D("this week", "2015-08-03/2015-08-09"),
    # aid
    O("Indian Red Cross Society"), O("UNICEF"), G("Barpeta"), G("Morigaon"),
    # Bhutan
    G("Bhutan"), D("the weekend", "2015-08-01/2015-08-02"),
    L("Beki"), L("Manas"), G("Assam"),
    # IMD
    O("India Meteorological Department"), O("IMD"), G("Arunachal Pradesh"),
    G("Assam"), D("Thursday", "2015-08-06"), L("Brahmaputra"),
    D("the end of the week", "2015-08-03/2015-08-09"),
]))

# ---------------------------------------------------------------- Boise
DELGADO = "Rosa Delgado-Hart"
HALLORAN = "Greg Halloran"
AMMON = "Patricia Ammon"
OKAFOR = "Linda Okafor"
NGUYEN = "Tyler Nguyen"
ABERNATHY = "Mark Abernathy-Cole"
DOCS.append(("holdout8-boise-state-street-rezone", "boise", [
    G("Boise"),
    P("Dana Kowalczyk"),
    O("Boise City Council"), D("Wednesday", "2017-06-14"), D("Tuesday", "2017-06-13"),
    O("Sagebrush Urban Partners"),
    Q("We have a dead parking lot on a bus line, a block from a grocery store,", DELGADO),
    P("Rosa Delgado-Hart", DELGADO),
    Q("If we can't say yes to housing here, I honestly don't know where we can.", DELGADO),
    P("Greg Halloran", HALLORAN), P("Patricia Ammon", AMMON),
    Q("Neighbors found out how tall this building would be in April. Planning and zoning "
      "voted in May. And here we are in June,", HALLORAN),
    D("April", "2017-04"), D("May", "2017-05"), D("June", "2017-06"),
    P("Halloran", HALLORAN),
    Q("That is not how you build trust with a neighborhood.", HALLORAN),
    O("Boise Planning and Zoning Commission"), D("May 8", "2017-05-08"),
    D("Tuesday", "2017-06-13"), G("Ada County"),
    Q("I'm not against renters. I was one for 20 years,", OKAFOR),
    P("Linda Okafor", OKAFOR), D("1986", "1986"),
    Q("But a four-story wall 40 feet from my back fence isn't a neighborhood. It's a canyon.",
      OKAFOR),
    P("Tyler Nguyen", NGUYEN), O("Boise State University"),
    Q("Every time my lease comes up, the rent goes up another hundred bucks,", NGUYEN),
    P("Nguyen", NGUYEN),
    Q("People my age aren't going anywhere. The question is whether we get to live in "
      "Boise or in our cars.", NGUYEN),
    G("Boise"),
    P("Mark Abernathy-Cole", ABERNATHY), O("Sagebrush Urban Partners"), D("March", "2017-03"),
    Q("We heard people, and we changed the plans,", ABERNATHY),
    P("Abernathy-Cole", ABERNATHY),
    Q("We're not going to make everybody happy. I don't think that's possible on a site "
      "like this.", ABERNATHY),
    P("Ammon", AMMON), O("Idaho Transportation Department"), D("this fall", "2017-FA"),
    O("Valley Regional Transit"), O("Collister Neighborhood Association"),
    D("next spring", "2018-SP"), D("2019", "2019"),
    D("Tuesday, June 27", "2017-06-27"), P("Delgado-Hart", DELGADO),
    D("the next year", "FUTURE_REF"),
    Q("This won't be the last late night,", DELGADO),
]))

# ---------------------------------------------------------------- EU gas
SAINT = "Hélène de Saint-Aubin"
BERGHE = "Maarten van der Berghe"
HRAD = "Tomáš Hradecký"
GOFF = "Pascal Le Goff-Varenne"
WIT = "Sanne de Wit-Kramer"
DOCS.append(("holdout8-eu-gas-price-cap", "eugas", [
    O("EU"),
    G("BRUSSELS"), O("AFP"), O("European Union"), D("Tuesday", "2022-11-22"),
    G("France"), G("Netherlands"), G("Brussels"),
    D("the winter", "2022-WI"), Q("very far apart", None),
    N("French"), P("Hélène de Saint-Aubin", SAINT), G("Paris"),
    Q("a cap that exists only on paper", SAINT),
    Q("Europeans are paying three or four times what they paid two years ago. We cannot "
      "walk into the winter and tell them we could not agree on a number,", SAINT),
    N("Europeans"), D("two years ago", "2020"), D("the winter", "2022-WI"),
    N("Dutch"), P("Maarten van der Berghe", BERGHE), L("Asia"), N("European"),
    Q("We share the goal, not the instrument,", BERGHE), P("Van der Berghe", BERGHE),
    Q("If the ships turn around in the middle of the Atlantic, no cap in the world will "
      "heat a single home in Rotterdam or in Lyon.", BERGHE),
    L("Atlantic"), G("Rotterdam"), G("Lyon"),
    O("European Commission"), D("last Tuesday", "2022-11-15"), O("EU"),
    G("Russia"), G("Ukraine"), D("February", "2022-02"),
    N("European"), G("Italy"), G("Poland"), G("Belgium"), G("Greece"),
    Q("This is not a price cap, it is a decoration,", None),
    G("Germany"), G("Netherlands"), G("Austria"),
    O("European Central Bank"), O("ECB"),
    O("European Securities and Markets Authority"), O("ESMA"),
    D("last week", "2022-11-14/2022-11-20"),
    N("Czech"), P("Tomáš Hradecký", HRAD), O("Council of the EU"),
    D("the end of December", "2022-12"), G("Brussels"), D("December 13", "2022-12-13"),
    Q("We are closer than we were this morning, and that is not nothing,", HRAD),
    D("this morning", "2022-11-22"),
    P("Hradecký", HRAD),
    Q("But I will not pretend that we have a deal.", HRAD),
    D("next month", "2022-12"), O("EU"), D("December 15 and 16", "2022-12-15/2022-12-16"),
    P("Pascal Le Goff-Varenne", GOFF), G("Paris"), O("Institut Européen de l’Énergie"),
    O("IEE"), G("Norway"),
    Q("The French are thinking about their electricity bills and the Dutch are thinking "
      "about their trading hub. Both are right, which is exactly why it is so difficult,",
      GOFF),
    N("French"), N("Dutch"), O("AFP"),
    O("European Parliament"), N("Dutch"), N("Green"), P("Sanne de Wit-Kramer", WIT),
    Q("arguing over decimals while families choose between heating and eating", WIT),
    D("Tuesday", "2022-11-22"), G("Spain"), G("Portugal"),
    Q("Everything is linked,", None), N("Spanish"),
    Q("Nobody wants to give away the easy parts before the hard part is done.", None),
]))

# ---------------------------------------------------------------- rugby
TCHK = "Lasha Tchkoidze"
PETT = "Graham Pettigrew"
TAFUA = "Fuimaono Tafua"
FALE = "Tavita Faleolo"
KVIR = "Merab Kvirikashvili"
GVIN = "Otar Gvinianidze"
DOCS.append(("holdout8-georgia-samoa-rugby", "rugby", [
    O("Georgia"), O("Samoa"), D("autumn", "2018-FA"),
    G("TBILISI"), D("Nov 24", "2018-11-24"), O("Georgia"), O("Samoa"),
    D("Saturday", "2018-11-24"), D("November", "2018-11"),
    O("Samoa"), P("Tavita Faleolo", FALE),
    P("Lasha Tchkoidze", TCHK), P("Otar Gvinianidze", GVIN), P("Sandro Meskhishvili"),
    Q("We knew if we could get them in the corner, we could hurt them,", TCHK),
    P("Tchkoidze", TCHK),
    Q("The first half we gave away too many penalties. In the dressing room the captain "
      "said only one thing: 'Be patient, the maul will come.' And it came.", TCHK),
    O("Samoa"), P("Ioane Sapolu-Leota"), O("Georgia"),
    O("Georgia"), P("Graham Pettigrew", PETT), N("New Zealander"), O("Samoa"), G("Apia"),
    D("June 2017", "2017-06"),
    Q("Last year in Apia they ran us off the park. Today we made them play our game for "
      "80 minutes,", PETT),
    D("Last year", "2017"), G("Apia"), D("Today", "2018-11-24"),
    P("Pettigrew", PETT),
    Q("The scrum was outstanding, and the bench won us the last quarter.", PETT),
    P("Gvinianidze", GVIN),
    Q("Otar has been knocking on the door for two seasons. He's kicked it down today,", PETT),
    P("Otar", GVIN), D("today", "2018-11-24"),
    P("Pettigrew", PETT),
    O("Samoa"), P("Fuimaono Tafua", TAFUA),
    Q("We conceded 14 penalties. You can't do that against a pack like Georgia's in "
      "Tbilisi,", TAFUA),
    O("Georgia"), G("Tbilisi"),
    Q("We had our chances in the first half and we didn't take them. That's on us.", TAFUA),
    P("Faleolo", FALE), G("France"), N("Pacific islanders"),
    Q("The boys are hurting,", FALE), P("Faleolo", FALE),
    Q("But we've got ten months to fix it, and we will.", FALE),
    O("Georgia"), D("the month", "2018-11"), D("last week", "2018-11-12/2018-11-18"),
    O("Uruguay"), G("Batumi"), O("Lelos"), O("World Rugby"), D("Monday", "2018-11-26"),
    N("Georgian"), P("Merab Kvirikashvili", KVIR), G("Japan"), D("next year", "2019"),
    O("Georgia"), O("Australia"), O("Wales"),
    Q("Everybody in Georgia is already talking about Japan,", KVIR),
    G("Georgia"), G("Japan"),
    P("Kvirikashvili", KVIR),
    Q("We have to show we belong at the top table, and days like this help.", KVIR),
    O("Georgia"), O("Rugby Europe"), O("Germany"), D("February", "2019-02"),
    O("Samoa"), D("Sunday", "2018-11-25"),
]))

# ---------------------------------------------------------------- hospice
ASH = "Rebecca Ashworth"
ELLIS = "Gareth Ellis-Pryce"
OSG = "Niamh O’Sullivan-Grant"
CAWLEY = "Martin Cawley"
MEHTA = "Anjali Mehta-Rowe"
DOCS.append(("holdout8-hospice-fraud-trial", "hospice", [
    Q("stole £1.4m to feed gambling habit", ASH),
    P("Helen Marsh-Taylor"),
    G("Cornwall"),
    P("Gareth Ellis-Pryce", ELLIS), G("Clevedon"), G("North Somerset"),
    O("Severn Vale Children’s Hospice"),
    D("January 2016 and March 2020", "2016-01/2020-03"),
    O("Bristol Crown Court"), D("Tuesday", "2021-11-09"),
    P("Rebecca Ashworth", ASH), Q("trusted completely", ASH),
    Q("This was a man who sat in board meetings and talked about the cost of nurses’ "
      "hours, about a new roof for the family suite, about the target for the Christmas "
      "appeal,", ASH),
    Q("At the same time, members of the jury, he was quietly moving the money that those "
      "families and volunteers had raised into his own pockets. Not once, not twice, but "
      "on 217 separate occasions.", ASH),
    Q("The Crown’s case is simple. He did it because he could, and he hid it because he "
      "knew it was wrong.", ASH),
    O("Crown"),
    P("Ellis-Pryce", ELLIS),
    D("the 2017-18 and 2018-19 financial years", "2017/2019"),
    P("Ashworth", ASH), G("St Ives"),
    D("February 2020", "2020-02"), P("Anjali Mehta-Rowe", MEHTA),
    O("Charity Commission"), O("Avon and Somerset Police"), P("Ellis-Pryce", ELLIS),
    D("9 June 2020", "2020-06-09"),
    P("Ashworth", ASH),
    Q("I was always going to put it back. Every penny.", ELLIS),
    Q("That, you may think, is not the reaction of an innocent man,", ASH),
    P("Niamh O’Sullivan-Grant", OSG),
    Q("You will hear that this was a man in the grip of a serious illness, a gambling "
      "disorder that had taken over his life,", OSG),
    Q("You will also hear that some of these payments were approved by the trustees as "
      "loans.", OSG),
    G("Bristol"), G("Somerset"), G("South Gloucestershire"),
    D("the spring of 2020", "2020-SP"),
    P("Martin Cawley", CAWLEY),
    Q("You must decide this case on the evidence you hear in this courtroom and on "
      "nothing else,", CAWLEY),
    P("Mehta-Rowe", MEHTA), D("next week", "2021-11-15/2021-11-21"),
]))

# ---------------------------------------------------------------- sleep
RAGH = "Priya Raghunathan"
OKON = "Samuel Okonjo-Bright"
CAST = "Elena Castillo Ruiz"
DOCS.append(("holdout8-irregular-sleep-heart-study", "sleep", [
    P("Meredith Anand-Lowell"),
    D("Wednesday", "2020-02-12"), O("JAMA Cardiology"),
    O("University of Michigan"), O("Vanderbilt University Medical Center"),
    D("2011 and 2013", "2011/2013"), D("the end of 2018", "2018"),
    Q("We usually ask patients how many hours they sleep. We almost never ask whether "
      "those hours happen at the same time,", RAGH),
    P("Priya Raghunathan", RAGH), O("University of Michigan Medical School"),
    Q("Your heart keeps a schedule whether you do or not,", RAGH),
    P("Samuel Okonjo-Bright", OKON), O("Vanderbilt University Medical Center"),
    G("Nashville"),
    Q("The combination of too little sleep and an erratic schedule was the worst of both "
      "worlds,", OKON),
    Q("This is an observational study, and the authors are careful to say so,", CAST),
    P("Elena Castillo Ruiz", CAST), O("Massachusetts General Hospital"), G("Boston"),
    Q("What we need now is a trial that actually changes people’s sleep timing and sees "
      "what happens to their blood pressure.", CAST),
    P("Castillo Ruiz", CAST),
    Q("Most sleep studies rely on what people remember. Here you have a device on the "
      "wrist recording every night.", CAST),
    O("National Heart, Lung, and Blood Institute"), O("National Institutes of Health"),
    O("NIH"),
    N("American"), O("Centers for Disease Control and Prevention"),
    P("Raghunathan", RAGH), O("Harvard University"), O("University of Manchester"),
    G("England"),
    D("next month", "2020-03"), N("Americans"), O("American Academy of Sleep Medicine"),
    P("Raghunathan", RAGH),
    Q("Pick a wake-up time and keep it, including on weekends,", RAGH),
    Q("It costs nothing, and it may turn out to matter a great deal.", RAGH),
]))

# ---------------------------------------------------------------- Kurosawa
MORI = "Keiko Morimoto"
HARADA = "Yuki Harada"
TANABE = "Hiroshi Tanabe"
Q2 = "2024-07/2024-09"
Q2_PREV = "2023-07/2023-09"
DOCS.append(("holdout8-kurosawa-denki-results", "kurosawa", [
    O("Kurosawa Denki"), G("China"),
    G("TOKYO"), D("Nov 8", "2024-11-08"), O("Reuters"), O("Kurosawa Denki Holdings"),
    D("Friday", "2024-11-08"), D("second quarter", Q2), G("China"),
    G("Osaka"), D("the July-September quarter", Q2),
    D("the second quarter of its fiscal year", Q2), D("a year earlier", Q2_PREV),
    D("the year ending March 31, 2025", "2024-04/2025-03"), O("Kurosawa"),
    D("May", "2024-05"), D("Nov 11 to March 31", "2024-11-11/2025-03-31"),
    Q("Data-centre demand is not a bubble for us. Our order book for silicon carbide "
      "devices is full into the first half of next fiscal year,", MORI),
    D("the first half of next fiscal year", "2025-04/2025-09"),
    P("Keiko Morimoto", MORI),
    D("the quarter", Q2), G("U.S."), N("Chinese"),
    D("a year earlier", Q2_PREV), G("China"), P("Morimoto", MORI),
    D("the April-June quarter", "2025-04/2025-06"),
    Q("Our customers in China are not cancelling, they are waiting,", MORI), G("China"),
    Q("Until they see the economy turn, they will not sign for new lines.", MORI),
    D("the April-September half", "2024-04/2024-09"),
    D("the October-March second half", "2024-10/2025-03"),
    D("the first half", "2024-04/2024-09"),
    P("Yuki Harada", HARADA), O("Tachibana Securities"), O("Kurosawa"),
    Q("Five years ago nobody outside Japan had heard of this company. Now it is one of "
      "the cleanest AI-infrastructure plays among Japanese mid-caps,", HARADA),
    D("Five years ago", "2019"), G("Japan"), N("Japanese"),
    P("Harada", HARADA),
    Q("The robot business is a drag, but it's becoming a smaller part of the story every "
      "quarter.", HARADA),
    Q("The China number is worse than the headline suggests, and the forecast assumes a "
      "yen that may not be there in March,", None),
    G("China"), D("March", "2025-03"), G("Tokyo"), N("European"),
    G("U.S."), P("Donald Trump"), D("Tuesday", "2024-11-05"), O("Kurosawa"),
    G("Malaysia"), G("U.S."), G("Japan"),
    P("Hiroshi Tanabe", TANABE),
    Q("We have been through trade wars before. We will wait for the actual policy, not "
      "the speeches,", TANABE),
    O("Kurosawa"), D("1952", "1952"), G("South Korea"), O("Hanbit Semicon"), N("European"),
    D("Friday", "2024-11-08"), D("this year", "2024"),
    P("Naoko Fujisawa"), P("Mark Pemberton"),
]))

# ---------------------------------------------------------------- Tagus
SEO = "Seo Ji-woo"
KWON = "Hannah Kwon-Mercer"
DIOP = "Aminata Diop-Laurent"
LEF = "Jean-Baptiste Lefèvre-Duval"
MAG = "João Pedro Magalhães"
DOCS.append(("holdout8-tagus-prize", "tagus", [
    N("Korean"), P("Seo Ji-woo", SEO),
    G("LISBON"), N("South Korean"), P("Seo Ji-woo", SEO), P("Hannah Kwon-Mercer", KWON),
    D("Saturday", "2025-09-13"), D("this year", "2025"), G("Lisbon"),
    P("Seo", SEO), G("Daejeon"), D("2022", "2022"), P("Kwon-Mercer", KWON),
    D("last year", "2024"),
    N("Senegalese"), N("French"), P("Aminata Diop-Laurent", DIOP),
    Q("a quiet novel that refuses to stay quiet.", DIOP),
    Q("Every one of us finished it and immediately wanted to talk to somebody about it,",
      DIOP),
    P("Diop-Laurent", DIOP),
    Q("That is rarer than you would think on a jury of five very tired readers.", DIOP),
    P("Seo", SEO), P("Kwon-Mercer", KWON),
    Q("My grandmother could not read,", SEO),
    Q("She would be very surprised that strangers in Portugal have read her life.", SEO),
    G("Portugal"),
    P("Kwon-Mercer", KWON), N("Korean American"), G("Glasgow"),
    Q("Translators spend years invisible,", KWON),
    Q("Tonight somebody turned the light on.", KWON), D("Tonight", "2025-09-13"),
    P("Seo", SEO), O("Instagram"),
    Q("I wrote this book at my kitchen table in Daejeon while my daughter slept. Tonight "
      "it has a gold sticker on it 🥹✨ Hannah, this is yours as much as mine.", SEO),
    G("Daejeon"), D("Tonight", "2025-09-13"), P("Hannah", KWON),
    D("Sunday", "2025-09-14"),
    N("Icelandic"), P("Þórdís Ágústsdóttir"), P("Eamon Fitzgerald-Hale"),
    N("Mexican"), P("Ximena Ibarra de la Fuente"), N("Egyptian"), P("Yasmin El-Masry"),
    N("Frenchman"), P("Jean-Baptiste Lefèvre-Duval", LEF), N("Nigerian"), G("Berlin"),
    P("Chidinma Okonkwo-Bello"),
    P("Lefèvre-Duval", LEF),
    Q("The right book won, and I say that as someone who would have liked the money,", LEF),
    P("João Pedro Magalhães", MAG), D("this year", "2025"), D("2011", "2011"),
    O("TikTok"),
    Q("Five years ago people told us that literary festivals were for retired teachers,",
      MAG),
    D("Five years ago", "2020"),
    P("Magalhães", MAG),
    Q("Look at the queues this week and tell me that again.", MAG),
    D("this week", "2025-09-08/2025-09-14"),
    O("Calouste Gulbenkian Foundation"), O("Portuguese Ministry of Culture"),
    N("Argentine"), P("Tomás Echeverría-Paz"), N("Ukrainian"), P("Oksana Hrytsenko-Bilyk"),
    G("Britain"), G("United States"), D("July", "2025-07"), N("British"),
    O("Lantern & Reed"), D("Sunday", "2025-09-14"),
    D("next September", "2026-09"), N("Lusophone"), G("Brazil"), G("Angola"),
    G("Mozambique"),
]))


# ---------------------------------------------------------------- machinery
def is_word(c):
    return c.isalnum()


def locate(text, surface, cursor, skip, boundary):
    pos = cursor
    found = 0
    while True:
        i = text.find(surface, pos)
        if i < 0:
            raise ValueError("not found after %d: %r" % (cursor, surface))
        j = i + len(surface)
        ok = True
        if boundary:
            if i > 0 and is_word(text[i - 1]) and is_word(surface[0]):
                ok = False
            if j < len(text) and is_word(text[j]) and is_word(surface[-1]):
                ok = False
        if ok:
            if found == skip:
                return i, j
            found += 1
        pos = i + 1


def build():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            manifest[r["doc_id"]] = r
    out = []
    review = []
    for doc_id, short, mentions in DOCS:
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        cursor = 0
        spans = []
        for n, m in enumerate(mentions, 1):
            is_q = m["label"] == "QUOTE"
            s, e = locate(text, m["text"], cursor, m["skip"], boundary=not is_q)
            assert text[s:e] == m["text"]
            assert text[s:e] == text[s:e].strip(), m
            span = {"id": "%s-%d" % (short, n), "start": s, "end": e,
                    "label": m["label"], "text": m["text"]}
            if m["label"] == "DATE":
                span["value"] = m["value"]
            spans.append((span, m))
            cursor = s if is_q else e
        # flatness: only entity/date spans may lie inside a QUOTE
        ordered = sorted(spans, key=lambda x: (x[0]["start"], -x[0]["end"]))
        for a in range(len(ordered)):
            for b in range(a + 1, len(ordered)):
                sa, sb = ordered[a][0], ordered[b][0]
                if sb["start"] >= sa["end"]:
                    break
                inside = sb["start"] >= sa["start"] and sb["end"] <= sa["end"]
                if not (inside and sa["label"] == "QUOTE" and sb["label"] != "QUOTE"):
                    raise ValueError("overlap %s %s" % (sa, sb))
        ids = [s["id"] for s, _ in spans]
        assert len(ids) == len(set(ids))
        # quotes: check marks around, compute said_by to the nearest mention of the speaker
        relations = []
        for span, m in spans:
            if span["label"] != "QUOTE":
                continue
            if m["who"] is None:
                review.append((doc_id, span["id"], span["text"][:40], None, None))
                continue
            best = None
            for pspan, pm in spans:
                if pspan["label"] != "PERSON" or pm["who"] != m["who"]:
                    continue
                if pspan["end"] <= span["start"]:
                    dist = span["start"] - pspan["end"]
                elif pspan["start"] >= span["end"]:
                    dist = pspan["start"] - span["end"]
                else:
                    dist = 0
                if best is None or dist < best[0]:
                    best = (dist, pspan)
            assert best is not None, (doc_id, span)
            relations.append({"from": span["id"], "to": best[1]["id"], "type": "said_by"})
            review.append((doc_id, span["id"], span["text"][:40], best[1]["text"], best[0]))
        out.append({"doc_id": doc_id,
                    "spans": [s for s, _ in sorted(spans, key=lambda x: x[0]["start"])],
                    "relations": relations})
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out, review


if __name__ == "__main__":
    out, review = build()
    if "-v" in sys.argv:
        for r in review:
            print(r)
    for r in out:
        from collections import Counter
        c = Counter(s["label"] for s in r["spans"])
        print(r["doc_id"], dict(sorted(c.items())), "said_by:", len(r["relations"]))
