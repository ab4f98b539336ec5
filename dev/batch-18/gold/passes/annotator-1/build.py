#!/usr/bin/env python3
"""Hand-chosen annotation of the eight holdout12 articles.

Every mention below was chosen by reading the text (see notes.md for the
doubtful cases).  This script only turns the hand-written list into offsets
and checks it:

  * each mention is (surface text, label, DATE value, locator); the locator is
    either a short left context `ctx` (the text immediately before the
    mention), an occurrence index `occ` (0-based, among all occurrences of the
    surface text in the article), or, when neither is given, "the next
    occurrence after the previous mention in reading order" (for a QUOTE the
    reading cursor stays at the quote's start, so that the mentions inside it,
    listed right after it, are found inside it);
  * text[start:end] must equal the surface text; mentions must sit on word
    boundaries; spans must be flat (only non-QUOTE spans may lie inside a
    QUOTE); ids must be unique; DATE spans must have a value;
  * said_by pairs are written by hand (QUOTE -> a named PERSON mention); the
    script checks that the chosen PERSON mention is the nearest mention of
    that speaker (character distance, section 7 of the guidelines).

Offsets are half-open [start, end) Python str indices into the file read with
open(path, encoding="utf-8", newline="").
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


class M:
    def __init__(self, text, label, value=None, ctx=None, occ=None, ref=None, ent=None, spk=None, nospk=False):
        self.text, self.label, self.value = text, label, value
        self.ctx, self.occ, self.ref, self.ent = ctx, occ, ref, ent
        self.spk, self.nospk = spk, nospk


def E(text, label, **kw):
    return M(text, label, **kw)


def D(text, value, **kw):
    return M(text, "DATE", value=value, **kw)


def P(text, ent, **kw):
    return M(text, "PERSON", ent=ent, **kw)


def Q(text, spk, **kw):
    """QUOTE; spk is the ref of the PERSON mention it is said_by, or None (speaker never named)."""
    return M(text, "QUOTE", spk=spk, nospk=spk is None, **kw)


DOCS = []

# ---------------------------------------------------------------------------
DOCS.append(("holdout12-baltic-seagrass-carbon", "seagrass", [
    E("Baltic Sea", "LOC"),
    D("Wednesday, November 15, 2017", "2017-11-15"),
    E("Denmark", "GPE"), E("Finland", "GPE"), E("Germany", "GPE"),
    D("Tuesday", "2017-11-14"),
    E("Baltic Sea", "LOC"),
    E("Marine Ecology Progress Series", "ORG"),
    D("2009 and 2016", "2009/2016"),
    P("Signe Kjærgaard Holm", "holm"),
    E("Aarhus University", "ORG"),
    E("Kattegat", "LOC"),
    E("Gulf of Finland", "LOC"),
    Q("We went in expecting to refine the numbers a little,", "holm1"),
    P("Holm", "holm", ref="holm1"),
    E("Aarhus", "GPE", ctx="briefing in "),
    Q("What we found instead is that the sheltered bays of the western Baltic are among the richest carbon stores of their kind anywhere in northern Europe.", "holm1"),
    E("Baltic", "LOC"),
    E("Europe", "LOC"),
    D("2009", "2009", ctx="The project began in "),
    E("Danish", "NORP"),
    E("Funen", "LOC"),
    E("Finnish", "NORP"),
    E("German", "NORP"),
    E("GEOMAR Helmholtz Centre for Ocean Research Kiel", "ORG"),
    D("last month", "2017-10"),
    P("Jussi-Pekka Lehtonen", "lehtonen"),
    E("University of Helsinki", "ORG"),
    P("Lehtonen", "lehtonen", ref="leh2"),
    E("Finnish", "NORP"),
    E("Danish", "NORP"),
    Q("The average hides a lot,", "leh2"),
    Q("A meadow in a quiet fjord near Odense and one on an open shore near Hanko are almost different ecosystems.", "leh2"),
    E("Odense", "GPE"),
    E("Hanko", "GPE"),
    E("Danish", "NORP"),
    D("the early 1900s", "1900/1999"),
    D("the 1930s", "1930/1939"),
    P("Holm", "holm", ref="holm3"),
    E("Baltic Marine Environment Protection Commission", "ORG"),
    E("HELCOM", "ORG"),
    D("next year", "2018"),
    Q("If these meadows are counted properly, protecting them becomes a climate measure as well as a nature one,", "holm3"),
    P("Anneliese Brückner", "brueckner"),
    E("Kiel University", "ORG"),
    Q("It is a careful piece of work, but I would be cautious about scaling it up to the whole Baltic coastline,", "brueck2"),
    E("Baltic", "LOC"),
    P("Brückner", "brueckner", ref="brueck2"),
    D("Wednesday", "2017-11-15"),
    E("Danish Environmental Protection Agency", "ORG"),
    E("Academy of Finland", "ORG"),
    E("German Federal Ministry of Education and Research", "ORG"),
    E("Baltic", "LOC", ctx='"'),
    E("Aarhus University", "ORG"),
    D("November 14, 2017", "2017-11-14"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout12-catalonia-andalusia-drought", "drought", [
    E("Catalonia", "GPE"), E("Andalusia", "GPE"),
    E("Barcelona", "GPE"),
    E("Generalitat", "ORG"),
    D("autumn", "2023-FA", ctx="if the "),
    P("CARLOTA MARTÍNEZ DE LA TORRE", "martinez"),
    E("Barcelona", "GPE"),
    D("11 Oct 2023", "2023-10-11"),
    E("Generalitat", "ORG"),
    E("Catalan", "NORP"),
    D("Monday", "2023-10-09"),
    E("Barcelona", "GPE"),
    E("Catalan", "NORP"),
    D("9 October 2023", "2023-10-09"),
    E("Catalan Water Agency", "ORG"),
    E("ACA", "ORG"),
    E("Ter", "LOC"), E("Llobregat", "LOC"),
    D("16 October", "2023-10-16"),
    Q("If it does not rain significantly this autumn, we will have to declare an emergency in Barcelona in December or January,", "vidal1"),
    D("this autumn", "2023-FA"),
    E("Barcelona", "GPE"),
    D("December", "2023-12"),
    D("January", "2024-01"),
    P("Montserrat Vidal Ferrer", "vidal", ref="vidal1"),
    E("ACA", "ORG"),
    Q("That would mean lowering the daily allowance per person, and nobody wants to reach that point.", "vidal1"),
    E("Catalonia", "GPE"),
    D("the spring of 2008", "2008-SP"),
    E("Generalitat", "ORG"),
    E("Tarragona", "GPE"), E("Marseille", "GPE"),
    E("Barcelona", "GPE"),
    P("Vidal Ferrer", "vidal"),
    E("El Prat de Llobregat", "GPE"),
    E("Andalusia", "GPE"),
    E("Guadalquivir", "LOC"),
    D("last week", "2023-10-02/2023-10-08"),
    E("Guadalquivir Hydrographic Confederation", "ORG"),
    E("Ministry for the Ecological Transition", "ORG"),
    E("Madrid", "GPE"),
    E("Sierra de Cádiz", "LOC"),
    E("Jaén", "GPE"),
    Q("The olive harvest this year will be less than half of a normal one, and many growers will not survive another dry winter,", "ruiz1"),
    D("this year", "2023"),
    P("Francisco Javier Ruiz de Alarcón", "ruiz", ref="ruiz1"),
    E("COAG", "ORG"),
    E("Jaén", "GPE"),
    E("Seville", "GPE"), E("Madrid", "GPE"),
    D("the end of the year", "2023"),
    E("PP", "ORG"),
    E("Andalusian", "NORP"),
    E("PSOE", "ORG"),
    P("Pedro Sánchez", "sanchez"),
    E("Socialist", "NORP"),
    D("2022", "2022"),
    Q("The ministry has had two years to act, and it has given us press conferences instead of pipes,", "olmo1"),
    P("Ana Belén Sánchez del Olmo", "olmo", ref="olmo1"),
    E("PP", "ORG"),
    E("Andalusian", "NORP"),
    Q("More than €1.4 billion has been committed to drought works since 2022. The regions have to do their part.", None),
    D("2022", "2022"),
    E("Vox", "ORG"),
    E("Ebro", "LOC"),
    E("Mediterranean", "LOC"),
    E("Socialist", "NORP"),
    P("José Luis Rodríguez Zapatero", "zapatero"),
    D("2004", "2004"),
    E("PSOE", "ORG"),
    E("Catalan", "NORP"),
    E("ERC", "ORG"), E("Junts", "ORG"),
    E("Aragon", "GPE"),
    E("Barcelona", "GPE"),
    E("State Meteorological Agency", "ORG"),
    E("Aemet", "ORG"),
    D("Tuesday", "2023-10-10"),
    D("the rest of October", "2023-10"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout12-eskom-stage4-loadshedding", "eskom", [
    E("Eskom", "ORG"),
    P("Lungile Ndlovu-Mthembu", "ndlovu"),
    D("Saturday, 2 December 2023", "2023-12-02"),
    E("Eskom", "ORG"),
    D("Saturday", "2023-12-02"),
    E("Eskom", "ORG"),
    E("Eskom", "ORG"),
    D("Saturday", "2023-12-02"),
    E("South Africans", "NORP"),
    D("Friday", "2023-12-01"),
    E("Mpumalanga", "GPE"),
    D("last week", "2023-11-20/2023-11-26"),
    Q("Eskom regrets the need to increase load-shedding and appeals to the public to use electricity sparingly, particularly during the evening peak between 17:00 and 21:00. The escalation is necessary to preserve emergency reserves, which were depleted during the week,", None),
    E("Eskom", "ORG"),
    D("the week", "2023-11-27/2023-12-03"),
    E("Eskom", "ORG"),
    P("Sizwe Mahlangu", "mahlangu", ref="mahl1"),
    Q("around the clock", "mahl1"),
    Q("We expect to bring at least 2,000MW back over the next three to four days, and we will reduce the stages as soon as it is safe to do so,", "mahl2"),
    D("the next three to four days", "FUTURE_REF"),
    P("Mahlangu", "mahlangu", ref="mahl2"),
    E("Parliament", "ORG"),
    D("this week", "2023-11-27/2023-12-03"),
    E("Eskom", "ORG"),
    D("the end of the 2022/23 financial year", "2022-04/2023-03"),
    E("Eskom", "ORG"),
    D("2022/23", "2022-04/2023-03"),
    E("Soweto", "GPE"),
    E("Operation Khanyisa Movement", "ORG"),
    E("Western Cape", "GPE"),
    E("City of Cape Town", "ORG"),
    D("the weekend", "2023-12-02/2023-12-03"),
    E("DA", "ORG"),
    E("Western Cape", "GPE"),
    P("Pieter van der Merwe", "vdm"),
    Q("Cape Town has shown that a well-run municipality can protect residents from the worst of the crisis. The ANC government has had fifteen years to fix Eskom, and South Africans are still sitting in the dark,", "vdm2"),
    E("Cape Town", "GPE"),
    E("ANC", "ORG"),
    E("Eskom", "ORG"),
    E("South Africans", "NORP"),
    P("Van der Merwe", "vdm", ref="vdm2"),
    E("Johannesburg", "GPE"),
    E("City Power", "ORG"),
    E("Soweto", "GPE"), E("Alexandra", "GPE"),
    D("Friday", "2023-12-01"),
    E("ANC", "ORG"),
    P("Thandiwe Mkhize-Nkosi", "mkhize", ref="mkhize1"),
    E("City of Johannesburg", "ORG"),
    E("DA", "ORG"),
    Q("It is easy to make speeches in Cape Town. In Johannesburg we are dealing with old infrastructure that was neglected for decades, and we are replacing it street by street,", "mkhize1"),
    E("Cape Town", "GPE"),
    E("Johannesburg", "GPE"),
    E("EFF", "ORG"),
    D("the Christmas and New Year period", "2023-12-25/2024-01-01"),
    E("EFF", "ORG"),
    P("Lerato Mathebula", "mathebula", ref="math1"),
    E("Parliament", "ORG"),
    Q("Our people cannot be expected to celebrate in the dark while the rich buy solar panels and generators,", "math1"),
    P("Johan Botha-Fourie", "botha", ref="botha1"),
    E("Stellenbosch University", "ORG"),
    Q("The fleet is simply very unreliable, and December is when maintenance is often pushed. I would not be surprised to see stage 4 or stage 5 on and off until the middle of January,", "botha1"),
    D("December", "2023-12"),
    D("the middle of January", "2024-01"),
    E("News24", "ORG"),
    E("Eskom", "ORG"),
    D("Sunday", "2023-12-03"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout12-hk-public-housing-wait", "hkhousing", [
    E("Hong Kong", "GPE"),
    E("Housing Authority", "ORG"),
    E("Authority", "ORG", ctx="\n\n"),
    D("the 2019-20 financial year", "2019-04/2020-03"),
    P("Kenneth Ng Ka-chun", "ng"),
    D("10 Jun, 2020", "2020-06-10"),
    E("Hong Kong", "GPE"),
    E("Housing Authority", "ORG"),
    D("Wednesday", "2020-06-10"),
    D("the 2019-20 financial year", "2019-04/2020-03"),
    D("March 31", "2020-03-31"),
    D("the end of March", "2020-03"),
    D("last year", "2019"),
    D("January", "2020-01"),
    Q("The supply of public housing is expected to pick up in the coming five years, especially from 2023 onwards, when several large projects in Tuen Mun and Kwun Tong are due for completion,", None),
    D("the coming five years", "FUTURE_REF"),
    D("2023", "2023"),
    E("Tuen Mun", "GPE"), E("Kwun Tong", "GPE"),
    D("2030", "2030"),
    E("Legislative Council", "ORG"),
    D("Wednesday", "2020-06-10"),
    P("Winnie Lau Wai-man", "lau"),
    E("Democratic Party", "ORG"),
    Q("Every year officials tell us supply will improve in three or four years’ time, and every year the queue grows longer,", "lau2"),
    P("Lau", "lau", ref="lau2"),
    Q("Families in Kwun Tong are living in subdivided flats the size of a parking space and paying a third of their income in rent.", "lau2"),
    E("Kwun Tong", "GPE"),
    P("Jeffrey Ho Chun-kit", "ho", ref="ho1"),
    E("Democratic Alliance for the Betterment and Progress of Hong Kong", "ORG"),
    E("DAB", "ORG"),
    E("New Territories", "LOC"),
    Q("We cannot build flats in the air. Without land, the Housing Authority has nothing to work with,", "ho1"),
    E("Housing Authority", "ORG"),
    D("2019-20", "2019-04/2020-03"),
    D("the previous year", "2018-04/2019-03"),
    D("2021-22", "2021-04/2022-03"),
    E("Tuen Mun", "GPE"),
    E("Area 54", "LOC"),
    D("2023", "2023"),
    E("Kwun Tong", "GPE"),
    E("Cha Kwo Ling", "GPE"),
    D("2026", "2026"),
    P("Mandy Cheung Siu-ling", "cheung", ref="cheung1"),
    E("Sham Shui Po", "GPE"),
    D("2014", "2014"),
    Q("When I applied, they told me three years. It has been six, and my children have grown up in one room,", "cheung1"),
    E("Transport and Housing Bureau", "ORG"),
    E("Legco", "ORG"),
    Q("explore every possible means", None),
    E("Lantau Island", "LOC"),
    D("last year", "2019"),
    D("the middle of next year", "2021"),
    D("2016", "2016"),
    E("Census and Statistics Department", "ORG"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout12-malabon-flood-control-probe", "malabon", [
    E("DILG", "ORG"),
    E("Malabon", "GPE"),
    P("Ma. Theresa Villanueva-Reyes", "villanueva"),
    E("Philippine Daily Inquirer", "ORG"),
    D("July 17, 2018", "2018-07-17"),
    E("Department of the Interior and Local Government", "ORG"),
    E("DILG", "ORG"),
    D("Monday", "2018-07-16"),
    E("Malabon City", "GPE"),
    P("Renato “Atong” Macaraeg", "macaraeg"),
    E("Malabon", "GPE"),
    D("this week", "2018-07-16/2018-07-22"),
    E("Tañong", "GPE"), E("Catmon", "GPE"), E("Tonsuya", "GPE"),
    Q("Hindi puwede ’yung ganito. We cannot have billions spent and the people still wading through floodwater every time it rains,", "mac2"),
    P("Macaraeg", "macaraeg", ref="mac2"),
    E("DILG", "ORG"),
    E("Quezon City", "GPE"),
    D("last year", "2017"),
    E("Bagong Silang Builders Corp.", "ORG"),
    E("Northbay Infra Development Inc.", "ORG"),
    E("Tullahan River", "LOC"),
    P("Ma. Lourdes “Malou” dela Cruz", "delacruz"),
    E("DILG", "ORG"),
    D("May", "2018-05"),
    D("March", "2018-03"),
    Q("Tatlong beses na kaming binaha. The pumps were supposed to protect us, but at the first heavy rain they stopped,", "dlc2"),
    P("Dela Cruz", "delacruz", ref="dlc2"),
    E("Tañong", "GPE"),
    D("last week", "2018-07-09/2018-07-15"),
    P("Antonio “Toto” Sarmiento Jr.", "sarmiento"),
    E("City Hall", "ORG"),
    Q("Wala kaming itinatago. All the documents are with the Commission on Audit, and we will give the DILG everything it needs,", "sar2"),
    E("Commission on Audit", "ORG"),
    E("DILG", "ORG"),
    P("Sarmiento", "sarmiento", ref="sar2"),
    E("Manila Bay", "LOC"),
    E("Senate", "ORG"),
    P("Rogelio “Jun” Patricio", "patricio"),
    E("Senate", "ORG"),
    D("Monday", "2018-07-16"),
    E("Metro Manila", "GPE"),
    E("Department of Public Works and Highways", "ORG"),
    E("DPWH", "ORG"),
    D("last year", "2017"),
    Q("The problem is not unique to Malabon. From Navotas to Marikina, we see the same pattern: big budgets, small results,", "pat2"),
    E("Malabon", "GPE"),
    E("Navotas", "GPE"), E("Marikina", "GPE"),
    P("Patricio", "patricio", ref="pat2"),
    E("Malabon", "GPE"),
    P("Federico Lacson-Ibañez", "lacson", ref="lac1"),
    E("Senate", "ORG"),
    Q("premature", "lac1"),
    E("DILG", "ORG"),
    Q("Let the DILG do its job before we hold hearings on television,", "lac1"),
    E("DILG", "ORG"),
    P("Macaraeg", "macaraeg"),
    E("Office of the Ombudsman", "ORG"),
    E("Inquirer", "ORG"),
    E("Tañong", "GPE"),
    D("Monday", "2018-07-16"),
    Q("Every election they promise us dry streets. We are still buying rubber boots,", "baut1"),
    P("Jocelyn Bautista", "bautista", ref="baut1"),
    E("Metropolitan Manila Development Authority", "ORG"),
    E("MMDA", "ORG"),
    D("Monday", "2018-07-16"),
    E("Pagasa", "ORG"),
    E("Metro Manila", "GPE"),
    D("Thursday", "2018-07-19"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout12-nordic-baltic-athletics-day3", "athletics", [
    P("Kask", "kask"),
    E("Nordic", "NORP"), E("Baltic", "NORP"),
    D("Sunday, August 11, 2019", "2019-08-11"),
    E("Estonia", "ORG"),
    P("Rasmus Kask", "kask"),
    D("Saturday", "2019-08-10"),
    D("2019", "2019", ctx="the "),
    E("Nordic", "NORP"), E("Baltic", "NORP"),
    E("Tartu", "GPE"),
    E("Sweden", "ORG"),
    P("Kask", "kask"),
    E("Lithuania", "ORG"),
    P("Mantas Žemaitis", "zemaitis"),
    E("Finland", "ORG"),
    P("Aleksi Häkkinen-Salo", "hakkinen"),
    P("Kask", "kask"),
    D("Friday", "2019-08-09"),
    D("Saturday", "2019-08-10"),
    Q("I heard the crowd before every jump, and that carried me,", "kask4"),
    P("Kask", "kask", ref="kask4"),
    Q("My grandfather watched me compete in this stadium when I was twelve. Winning a title in Tartu is something I will keep for the rest of my life.", "kask4"),
    E("Tartu", "GPE"),
    P("Žemaitis", "zemaitis", ref="zem2"),
    Q("Rasmus was better today, it is simple,", "zem2"),
    P("Rasmus", "kask"),
    D("today", "2019-08-10"),
    E("Norway", "ORG"),
    P("Ingrid Solberg-Aas", "solberg"),
    E("Denmark", "ORG"),
    P("Freja Lindholm", "lindholm"),
    E("Latvia", "ORG"),
    P("Elīna Ozoliņa", "ozolina"),
    P("Solberg-Aas", "solberg", ref="sol2"),
    D("2017", "2017"),
    D("the winter", "2018-WI"),
    Q("Two years ago I was chasing everybody,", "sol2"),
    D("Two years ago", "2017"),
    Q("Today I could run my own race.", "sol2"),
    D("Today", "2019-08-10"),
    E("Sweden", "ORG"),
    P("Oskar Lindqvist", "lindqvist"), P("Emil Bergström", "bergstrom"),
    P("Jonatan Abebe", "abebe"), P("Viktor Ahlgren", "ahlgren"),
    E("Finland", "ORG"),
    E("Denmark", "ORG"),
    E("Swedish", "NORP"),
    E("Norway", "ORG"), E("Estonia", "ORG"),
    E("Sweden", "ORG"), E("Finland", "ORG"), E("Norway", "ORG"),
    E("Estonia", "ORG"),
    E("Iceland", "ORG"),
    P("Guðrún Sigurðardóttir", "sig"),
    E("Finland", "ORG"),
    P("Noora Järvelä", "jarvela"),
    P("Sigurðardóttir", "sig", ref="sig2"),
    Q("I did not want to stop, but after the second throw I knew it was not right,", "sig2"),
    E("Icelandic", "NORP"),
    E("Reykjavík", "GPE"),
    D("Monday", "2019-08-12"),
    D("Saturday", "2019-08-10"),
    E("Tartu", "GPE"),
    E("Estonia", "GPE"),
    Q("We hoped for a full stadium on decathlon day, and the people of Tartu delivered,", "tamm1"),
    E("Tartu", "GPE"),
    P("Kadri Tamm", "tamm", ref="tamm1"),
    D("2011", "2011"),
    E("Denmark", "GPE"), E("Estonia", "GPE"), E("Finland", "GPE"), E("Iceland", "GPE"),
    E("Latvia", "GPE"), E("Lithuania", "GPE"), E("Norway", "GPE"), E("Sweden", "GPE"),
    D("Today", "2019-08-11"),
    E("Lithuania", "ORG"),
    P("Dovydas Kazlauskas", "kazlauskas"),
    E("Kaunas", "GPE"),
    D("2021", "2021"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout12-queens-club-semifinal", "queens", [
    P("Ashworth-Reid", "ashworth"),
    P("Echeverría", "echeverria"),
    E("British", "NORP"),
    E("Austria", "GPE"),
    P("Lukas Brandhuber", "brandhuber"),
    D("Sunday", "2024-06-23"),
    P("Eleanor Pritchard-Hughes", "pritchard"),
    D("Sat 22 Jun 2024", "2024-06-22"),
    P("Callum Ashworth-Reid", "ashworth"),
    D("12 months ago", "2023-06"),
    E("Harrogate", "GPE"),
    E("Argentina", "GPE"),
    P("Tomás Echeverría", "echeverria"),
    D("Saturday", "2024-06-22"),
    E("Austrian", "NORP"),
    P("Lukas Brandhuber", "brandhuber"),
    E("Australian", "NORP"),
    P("Harrison Kealy", "kealy"),
    P("Ashworth-Reid", "ashworth"),
    P("Ashworth-Reid", "ashworth", ref="ash5"),
    D("last year", "2023"),
    Q("When I was standing there at match point down, I honestly wasn’t thinking about last year at all. I was just thinking: get the first serve in, get forward, make him play one more ball. That’s all you can do on grass.", "ash5"),
    D("last year", "2023"),
    Q("Last year’s final still hurts, I won’t lie. I had my chances and I didn’t take them, and I’ve watched that match more times than I should have. But I’m a different player now. I’m stronger, I trust my serve more, and I think tomorrow I’ll enjoy it a lot more than I did last time.", "ash6"),
    D("Last year", "2023"),
    D("tomorrow", "2024-06-23"),
    P("Ashworth-Reid", "ashworth", ref="ash6"),
    D("last year", "2023"),
    E("Dutchman", "NORP"),
    P("Sander de Wit", "dewit"),
    D("this year", "2024"),
    D("Sunday", "2024-06-23"),
    P("Echeverría", "echeverria", ref="ech3"),
    Q("He played the big points better than me. That is the difference on this surface,", "ech3"),
    E("Rosario", "GPE"),
    Q("I leave London with more confidence than I arrived with.", "ech3"),
    E("London", "GPE"),
    E("Argentinian", "NORP"),
    P("Ashworth-Reid", "ashworth", ref="ash8"),
    Q("a bit lucky", "ash8"),
    P("Brandhuber", "brandhuber", ref="bra3"),
    E("Briton", "NORP"),
    E("Halle", "GPE"),
    D("last summer", "2023-SU"),
    Q("I played solid, I served well, and now I rest,", "bra3"),
    P("Ashworth-Reid", "ashworth"),
    E("British", "NORP"),
    P("Neil Okonkwo-Hart", "okonkwo"),
    D("the end of 2022", "2022"),
    P("Okonkwo-Hart", "okonkwo", ref="ok2"),
    E("Instagram", "ORG"),
    Q("Match point down, never in doubt 😅🎾 One more to go.", "ok2"),
    E("Lawn Tennis Association", "ORG"),
    D("Sunday", "2024-06-23"),
    E("British", "NORP"),
    P("Jamie Lowther", "lowther"), P("Kieran Mistry", "mistry"),
    E("Colombian", "NORP"),
    P("Andrés Salazar Ocampo", "salazar"), P("Mateo Villegas", "villegas"),
]))

# ---------------------------------------------------------------------------
DOCS.append(("holdout12-sejm-vistula-flood-law", "sejm", [
    E("Sejm", "ORG"),
    E("Vistula", "LOC"),
    P("Maciej Kołodziej", "kolodziej"),
    D("February 9, 2022", "2022-02-09"),
    E("Poland", "GPE"),
    E("Sejm", "ORG"),
    E("Vistula", "LOC"),
    E("Law and Justice", "ORG"),
    E("PiS", "ORG"),
    D("Tuesday", "2022-02-08"),
    E("PiS", "ORG"),
    E("Civic Coalition", "ORG"),
    E("KO", "ORG"),
    E("Left", "ORG"),
    E("Polish People’s Party", "ORG"),
    E("PSL", "ORG"),
    E("Wody Wiślane", "ORG"),
    E("Vistula Waters", "ORG"),
    E("Silesian Beskids", "LOC"),
    E("Gulf of Gdańsk", "LOC"),
    E("Polish Waters", "ORG"),
    D("2018", "2018"),
    D("2010", "2010"),
    E("Sandomierz", "GPE"), E("Płock", "GPE"),
    Q("For too long the Vistula has been managed by a dozen different institutions, and when the water comes, nobody is in charge,", "wk1"),
    E("Vistula", "LOC"),
    P("Tadeusz Wąsowicz-Krupa", "wasowicz", ref="wk1"),
    E("Sejm", "ORG"),
    Q("This law gives us one hand on the wheel.", "wk1"),
    D("the next five years", "FUTURE_REF"),
    E("Warsaw", "GPE"),
    D("next spring", "2022-SP"),
    P("Agnieszka Ślusarczyk", "slusarczyk", ref="sl1"),
    E("KO", "ORG"),
    E("Kraków", "GPE"),
    Q("PiS has been taking power away from local communities since 2015 – first the courts, then the media, now the river. Every time, they call it reform,", "sl1"),
    E("PiS", "ORG"),
    D("2015", "2015"),
    E("Notes from Poland", "ORG"),
    E("Warsaw", "GPE"),
    P("Paweł Górecki", "gorecki"),
    E("Warsaw University of Technology", "ORG"),
    D("2011", "2011"),
    E("Senate", "ORG"),
    D("2019", "2019"),
    E("Sejm", "ORG"),
    E("Vistula", "LOC"),
    D("last autumn", "2021-FA"),
    E("Warsaw", "GPE"),
    E("PiS", "ORG"),
    E("KO", "ORG"),
    E("WWF Poland", "ORG"),
    E("European", "NORP"),
    Q("The Vistula is one of the few big rivers in Europe that still floods its own islands and sandbanks. Treating it only as a channel to be controlled would be a mistake,", "zak1"),
    E("Vistula", "LOC"),
    E("Europe", "LOC"),
    P("Bartłomiej Żak", "zak", ref="zak1"),
    E("Senate", "ORG"),
    D("May", "2022-05"),
]))

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}


def isword(c):
    return c.isalnum()


def locate(text, m, cursor):
    s = m.text
    if m.occ is not None:
        idx, pos = -1, -1
        for _ in range(m.occ + 1):
            pos = text.find(s, pos + 1)
            if pos < 0:
                raise ValueError(f"occurrence {m.occ} of {s!r} not found")
        return pos
    if m.ctx is not None:
        pos = text.find(m.ctx + s, cursor)
        if pos < 0:
            raise ValueError(f"{m.ctx + s!r} not found after {cursor}")
        return pos + len(m.ctx)
    pos = text.find(s, cursor)
    while pos >= 0:
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + len(s)] if pos + len(s) < len(text) else " "
        if not (isword(s[0]) and isword(before)) and not (isword(s[-1]) and isword(after)):
            return pos
        pos = text.find(s, pos + 1)
    raise ValueError(f"{s!r} not found after {cursor}")


def build():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                manifest[r["doc_id"]] = r
    out = []
    errors = []
    for doc_id, short, mentions in DOCS:
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        cursor = 0
        placed = []  # (start, end, M)
        for m in mentions:
            assert m.label in LABELS, m.label
            if m.label == "DATE" and not m.value:
                errors.append(f"{doc_id}: DATE without value {m.text!r}")
            start = locate(text, m, cursor)
            end = start + len(m.text)
            if text[start:end] != m.text:
                errors.append(f"{doc_id}: mismatch {m.text!r}")
            before = text[start - 1] if start > 0 else " "
            after = text[end] if end < len(text) else " "
            if (isword(m.text[0]) and isword(before)) or (isword(m.text[-1]) and isword(after)):
                errors.append(f"{doc_id}: not on word boundary {m.text!r} at {start}")
            if m.text != m.text.strip():
                errors.append(f"{doc_id}: whitespace at edge {m.text!r}")
            placed.append((start, end, m))
            cursor = start if m.label == "QUOTE" else end
        # order: by start, longer (QUOTE) first
        placed.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        # duplicate spans
        seen = set()
        for s, e, m in placed:
            if (s, e) in seen:
                errors.append(f"{doc_id}: duplicate span {m.text!r} at {s}")
            seen.add((s, e))
        # flatness
        for i, (s1, e1, m1) in enumerate(placed):
            for s2, e2, m2 in placed[i + 1:]:
                if s2 >= e1:
                    break
                # overlap
                if m1.label == "QUOTE" and m2.label != "QUOTE" and s1 <= s2 and e2 <= e1:
                    continue
                errors.append(f"{doc_id}: overlap {m1.label} {m1.text[:30]!r}@{s1} / {m2.label} {m2.text[:30]!r}@{s2}")
        spans, relations, refmap = [], [], {}
        for n, (s, e, m) in enumerate(placed, 1):
            sid = f"{short}-{n}"
            d = {"id": sid, "start": s, "end": e, "label": m.label, "text": text[s:e]}
            if m.label == "DATE":
                d["value"] = m.value
            spans.append(d)
            m._id, m._s, m._e = sid, s, e
            if m.ref:
                if m.ref in refmap:
                    errors.append(f"{doc_id}: duplicate ref {m.ref}")
                refmap[m.ref] = m
        ids = [d["id"] for d in spans]
        if len(ids) != len(set(ids)):
            errors.append(f"{doc_id}: duplicate ids")
        persons = [m for _, _, m in placed if m.label == "PERSON"]

        def dist(a, b):
            if b._e <= a._s:
                return a._s - b._e
            if b._s >= a._e:
                return b._s - a._e
            return 0

        for s, e, m in placed:
            if m.label != "QUOTE":
                continue
            if m.nospk:
                continue
            if m.spk not in refmap:
                errors.append(f"{doc_id}: unknown speaker ref {m.spk}")
                continue
            p = refmap[m.spk]
            if p.label != "PERSON":
                errors.append(f"{doc_id}: said_by target not PERSON {p.text}")
            same = [q for q in persons if q.ent == p.ent]
            best = min(dist(m, q) for q in same)
            if dist(m, p) != best:
                near = [q.text + "@" + str(q._s) for q in same if dist(m, q) == best]
                errors.append(f"{doc_id}: said_by of {m.text[:30]!r} -> {p.text}@{p._s} is not nearest ({near})")
            relations.append({"from": m._id, "to": p._id, "type": "said_by"})
        out.append({"doc_id": doc_id, "spans": spans, "relations": relations})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    res = build()
    from collections import Counter
    tot = Counter()
    for r in res:
        c = Counter(s["label"] for s in r["spans"])
        tot += c
        print(r["doc_id"], dict(sorted(c.items())), "said_by:", len(r["relations"]))
    print("TOTAL", dict(sorted(tot.items())), "said_by:", sum(len(r["relations"]) for r in res))
