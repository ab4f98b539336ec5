#!/usr/bin/env python3
"""Hand-chosen annotation for the eight holdout12 articles.

Every mention below was chosen by reading the text. The script only computes offsets.

Each article is a list of mentions in reading order. A mention is found by searching for its
surface text forward from a cursor: after an entity/date the cursor moves to the end of that
mention; after a QUOTE it moves to the start of the quote, so that the entities/dates inside the
quote (listed right after it) are found inside it. `ctx` (optional) is a short left context that
must immediately precede the mention. Matches must not be glued to a letter/digit on either side.

QUOTE mentions carry a speaker key (or None when the speaker is never named, GUIDELINES 7a);
PERSON mentions carry the key of the person they name. The said_by pair of each quote is the
quote and that speaker's PERSON mention nearest by character distance (GUIDELINES 7).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus
OUT = os.path.join(HERE, "annotation.jsonl")


def P(text, spk=None, ctx=None):
    return dict(label="PERSON", text=text, spk=spk, ctx=ctx)


def O(text, ctx=None):
    return dict(label="ORG", text=text, ctx=ctx)


def G(text, ctx=None):
    return dict(label="GPE", text=text, ctx=ctx)


def L(text, ctx=None):
    return dict(label="LOC", text=text, ctx=ctx)


def N(text, ctx=None):
    return dict(label="NORP", text=text, ctx=ctx)


def D(text, value, ctx=None):
    return dict(label="DATE", text=text, value=value, ctx=ctx)


def Q(text, spk, ctx=None):
    return dict(label="QUOTE", text=text, spk=spk, ctx=ctx)


DOCS = {}

# ---------------------------------------------------------------- baltic (dct Wed 2017-11-15)
DOCS["holdout12-baltic-seagrass-carbon"] = ("baltic", [
    L("Baltic Sea"),
    D("Wednesday, November 15, 2017", "2017-11-15"),
    G("Denmark"), G("Finland"), G("Germany"),
    D("Tuesday", "2017-11-14"),
    L("Baltic Sea"),
    O("Marine Ecology Progress Series"),
    D("2009 and 2016", "2009/2016"),
    P("Signe Kjærgaard Holm", "holm"),
    O("Aarhus University"),
    L("Kattegat"),
    L("Gulf of Finland"),
    Q("We went in expecting to refine the numbers a little,", "holm"),
    P("Holm", "holm"),
    G("Aarhus"),
    Q("What we found instead is that the sheltered bays of the western Baltic are among the "
      "richest carbon stores of their kind anywhere in northern Europe.", "holm"),
    L("Baltic"), L("Europe"),
    D("2009", "2009"),
    N("Danish"), L("Funen"),
    N("Finnish"), N("German"),
    O("GEOMAR Helmholtz Centre for Ocean Research Kiel"),
    D("last month", "2017-10"),
    P("Jussi-Pekka Lehtonen", "lehtonen"),
    O("University of Helsinki"),
    P("Lehtonen", "lehtonen"),
    N("Finnish"), N("Danish"),
    Q("The average hides a lot,", "lehtonen"),
    Q("A meadow in a quiet fjord near Odense and one on an open shore near Hanko are almost "
      "different ecosystems.", "lehtonen"),
    G("Odense"), G("Hanko"),
    N("Danish"),
    D("the early 1900s", "1900/1999"),
    D("the 1930s", "1930/1939"),
    P("Holm", "holm"),
    O("Baltic Marine Environment Protection Commission"),
    O("HELCOM"),
    D("next year", "2018"),
    Q("If these meadows are counted properly, protecting them becomes a climate measure as well "
      "as a nature one,", "holm"),
    P("Anneliese Brückner", "bruckner"),
    O("Kiel University"),
    Q("It is a careful piece of work, but I would be cautious about scaling it up to the whole "
      "Baltic coastline,", "bruckner"),
    L("Baltic"),
    P("Brückner", "bruckner"),
    D("Wednesday", "2017-11-15"),
    O("Danish Environmental Protection Agency"),
    O("Academy of Finland"),
    N("German"), O("Federal Ministry of Education and Research"),
    L("Baltic"),
    O("Aarhus University"),
    D("November 14, 2017", "2017-11-14"),
])

# ---------------------------------------------------------------- catalonia (dct Wed 2023-10-11)
DOCS["holdout12-catalonia-andalusia-drought"] = ("catalonia", [
    G("Catalonia"), G("Andalusia"),
    G("Barcelona"),
    O("Generalitat"),
    D("autumn", "2023-FA"),
    P("CARLOTA MARTÍNEZ DE LA TORRE"),
    G("Barcelona"),
    D("11 Oct 2023", "2023-10-11"),
    O("Generalitat"),
    N("Catalan"),
    D("Monday", "2023-10-09"),
    G("Barcelona"),
    N("Catalan"),
    D("9 October 2023", "2023-10-09"),
    O("Catalan Water Agency"),
    O("ACA"),
    L("Ter"), L("Llobregat"),
    D("16 October", "2023-10-16"),
    Q("If it does not rain significantly this autumn, we will have to declare an emergency in "
      "Barcelona in December or January,", "vidal"),
    D("this autumn", "2023-FA"),
    G("Barcelona"),
    D("December", "2023-12"),
    D("January", "2024-01"),
    P("Montserrat Vidal Ferrer", "vidal"),
    O("ACA"),
    Q("That would mean lowering the daily allowance per person, and nobody wants to reach that "
      "point.", "vidal"),
    G("Catalonia"),
    D("the spring of 2008", "2008-SP"),
    O("Generalitat"),
    G("Tarragona"), G("Marseille"), G("Barcelona"),
    P("Vidal Ferrer", "vidal"),
    G("El Prat de Llobregat"),
    G("Andalusia"),
    L("Guadalquivir"),
    D("last week", "2023-10-02/2023-10-08"),
    O("Guadalquivir Hydrographic Confederation"),
    O("Ministry for the Ecological Transition"),
    G("Madrid"),
    L("Sierra de Cádiz"),
    G("Jaén"),
    Q("The olive harvest this year will be less than half of a normal one, and many growers will "
      "not survive another dry winter,", "ruiz"),
    D("this year", "2023"),
    P("Francisco Javier Ruiz de Alarcón", "ruiz"),
    O("COAG"),
    G("Jaén"),
    G("Seville"), G("Madrid"),
    D("the end of the year", "2023"),
    O("PP"),
    N("Andalusian"),
    O("PSOE"),
    P("Pedro Sánchez", "psanchez"),
    N("Socialist"),
    D("2022", "2022"),
    Q("The ministry has had two years to act, and it has given us press conferences instead of "
      "pipes,", "olmo"),
    P("Ana Belén Sánchez del Olmo", "olmo"),
    O("PP"),
    N("Andalusian"),
    Q("More than €1.4 billion has been committed to drought works since 2022. The regions have to "
      "do their part.", None),
    D("2022", "2022"),
    O("Vox"),
    L("Ebro"),
    L("Mediterranean"),
    N("Socialist"),
    P("José Luis Rodríguez Zapatero", "zapatero"),
    D("2004", "2004"),
    O("PSOE"),
    N("Catalan"),
    O("ERC"), O("Junts"),
    G("Aragon"),
    G("Barcelona"),
    O("State Meteorological Agency"),
    O("Aemet"),
    D("Tuesday", "2023-10-10"),
    D("the rest of October", "2023-10"),
])

# ---------------------------------------------------------------- eskom (dct Sat 2023-12-02), CRLF
DOCS["holdout12-eskom-stage4-loadshedding"] = ("eskom", [
    O("Eskom"),
    P("Lungile Ndlovu-Mthembu", "ndlovu"),
    D("Saturday, 2 December 2023", "2023-12-02"),
    O("Eskom"),
    D("Saturday", "2023-12-02"),
    O("Eskom"),
    O("Eskom"),
    D("Saturday", "2023-12-02"),
    N("South Africans"),
    D("Friday", "2023-12-01"),
    G("Mpumalanga"),
    D("last week", "2023-11-20/2023-11-26"),
    Q("Eskom regrets the need to increase load-shedding and appeals to the public to use "
      "electricity sparingly, particularly during the evening peak between 17:00 and 21:00. The "
      "escalation is necessary to preserve emergency reserves, which were depleted during the "
      "week,", None),
    O("Eskom"),
    D("the week", "2023-11-27/2023-12-03"),
    O("Eskom"),
    P("Sizwe Mahlangu", "mahlangu"),
    Q("around the clock", "mahlangu"),
    Q("We expect to bring at least 2,000MW back over the next three to four days, and we will "
      "reduce the stages as soon as it is safe to do so,", "mahlangu"),
    D("the next three to four days", "FUTURE_REF"),
    P("Mahlangu", "mahlangu"),
    O("Parliament"),
    D("this week", "2023-11-27/2023-12-03"),
    O("Eskom"),
    D("the end of the 2022/23 financial year", "2022-04/2023-03"),
    O("Eskom"),
    D("2022/23", "2022-04/2023-03"),
    G("Soweto"),
    O("Operation Khanyisa Movement"),
    G("Western Cape"),
    O("City of Cape Town"),
    D("the weekend", "2023-12-02/2023-12-03"),
    O("DA"),
    G("Western Cape"),
    P("Pieter van der Merwe", "vdm"),
    Q("Cape Town has shown that a well-run municipality can protect residents from the worst of "
      "the crisis. The ANC government has had fifteen years to fix Eskom, and South Africans are "
      "still sitting in the dark,", "vdm"),
    G("Cape Town"), O("ANC"), O("Eskom"), N("South Africans"),
    P("Van der Merwe", "vdm"),
    G("Johannesburg"),
    O("City Power"),
    G("Soweto"), G("Alexandra"),
    D("Friday", "2023-12-01"),
    O("ANC"),
    P("Thandiwe Mkhize-Nkosi", "mkhize"),
    O("City of Johannesburg"),
    O("DA"),
    Q("It is easy to make speeches in Cape Town. In Johannesburg we are dealing with old "
      "infrastructure that was neglected for decades, and we are replacing it street by street,",
      "mkhize"),
    G("Cape Town"), G("Johannesburg"),
    O("EFF"),
    D("the Christmas and New Year period", "2023-12-25/2024-01-01"),
    O("EFF"),
    P("Lerato Mathebula", "mathebula"),
    O("Parliament"),
    Q("Our people cannot be expected to celebrate in the dark while the rich buy solar panels and "
      "generators,", "mathebula"),
    P("Johan Botha-Fourie", "botha"),
    O("Stellenbosch University"),
    Q("The fleet is simply very unreliable, and December is when maintenance is often pushed. I "
      "would not be surprised to see stage 4 or stage 5 on and off until the middle of January,",
      "botha"),
    D("December", "2023-12"),
    D("the middle of January", "2024-01"),
    O("News24"),
    O("Eskom"),
    D("Sunday", "2023-12-03"),
])

# ---------------------------------------------------------------- hk (dct Wed 2020-06-10)
DOCS["holdout12-hk-public-housing-wait"] = ("hk", [
    G("Hong Kong"),
    O("Housing Authority"),
    D("the 2019-20 financial year", "2019-04/2020-03"),
    P("Kenneth Ng Ka-chun", "ng"),
    D("10 Jun, 2020", "2020-06-10"),
    G("Hong Kong"),
    O("Housing Authority"),
    D("Wednesday", "2020-06-10"),
    D("the 2019-20 financial year", "2019-04/2020-03"),
    D("March 31", "2020-03-31"),
    D("the end of March", "2020-03"),
    D("last year", "2019"),
    D("January", "2020-01"),
    Q("The supply of public housing is expected to pick up in the coming five years, especially "
      "from 2023 onwards, when several large projects in Tuen Mun and Kwun Tong are due for "
      "completion,", None),
    D("the coming five years", "FUTURE_REF"),
    D("2023", "2023"),
    G("Tuen Mun"), G("Kwun Tong"),
    D("the 10 years to 2030", "2021/2030"),
    O("Legislative Council"),
    D("Wednesday", "2020-06-10"),
    P("Winnie Lau Wai-man", "lau"),
    O("Democratic Party"),
    Q("Every year officials tell us supply will improve in three or four years’ time, and every "
      "year the queue grows longer,", "lau"),
    P("Lau", "lau"),
    Q("Families in Kwun Tong are living in subdivided flats the size of a parking space and "
      "paying a third of their income in rent.", "lau"),
    G("Kwun Tong"),
    P("Jeffrey Ho Chun-kit", "ho"),
    O("Democratic Alliance for the Betterment and Progress of Hong Kong"),
    O("DAB"),
    L("New Territories"),
    Q("We cannot build flats in the air. Without land, the Housing Authority has nothing to work "
      "with,", "ho"),
    O("Housing Authority"),
    D("2019-20", "2019-04/2020-03"),
    D("the previous year", "2018-04/2019-03"),
    D("2021-22", "2021-04/2022-03"),
    G("Tuen Mun"),
    D("2023", "2023"),
    G("Kwun Tong"),
    G("Cha Kwo Ling"),
    D("2026", "2026"),
    P("Mandy Cheung Siu-ling", "cheung"),
    G("Sham Shui Po"),
    D("2014", "2014"),
    Q("When I applied, they told me three years. It has been six, and my children have grown up "
      "in one room,", "cheung"),
    O("Transport and Housing Bureau"),
    O("Legco"),
    Q("explore every possible means", None),
    L("Lantau Island"),
    D("last year", "2019"),
    D("the middle of next year", "2021"),
    D("2016", "2016"),
    O("Census and Statistics Department"),
])

# ---------------------------------------------------------------- malabon (dct Tue 2018-07-17)
DOCS["holdout12-malabon-flood-control-probe"] = ("malabon", [
    O("DILG"),
    G("Malabon"),
    P("Ma. Theresa Villanueva-Reyes", "villanueva"),
    O("Philippine Daily Inquirer"),
    D("July 17, 2018", "2018-07-17"),
    O("Department of the Interior and Local Government"),
    O("DILG"),
    D("Monday", "2018-07-16"),
    G("Malabon City"),
    P("Renato “Atong” Macaraeg", "macaraeg"),
    G("Malabon"),
    D("this week", "2018-07-16/2018-07-22"),
    G("Tañong"), G("Catmon"), G("Tonsuya"),
    Q("Hindi puwede ’yung ganito. We cannot have billions spent and the people still wading "
      "through floodwater every time it rains,", "macaraeg"),
    P("Macaraeg", "macaraeg"),
    O("DILG"),
    G("Quezon City"),
    D("last year", "2017"),
    O("Bagong Silang Builders Corp."),
    O("Northbay Infra Development Inc."),
    L("Tullahan River"),
    P("Ma. Lourdes “Malou” dela Cruz", "delacruz"),
    O("DILG"),
    D("May", "2018-05"),
    D("March", "2018-03"),
    Q("Tatlong beses na kaming binaha. The pumps were supposed to protect us, but at the first "
      "heavy rain they stopped,", "delacruz"),
    P("Dela Cruz", "delacruz"),
    G("Tañong"),
    D("last week", "2018-07-09/2018-07-15"),
    P("Antonio “Toto” Sarmiento Jr.", "sarmiento"),
    O("City Hall"),
    Q("Wala kaming itinatago. All the documents are with the Commission on Audit, and we will give "
      "the DILG everything it needs,", "sarmiento"),
    O("Commission on Audit"), O("DILG"),
    P("Sarmiento", "sarmiento"),
    L("Manila Bay"),
    O("Senate"),
    P("Rogelio “Jun” Patricio", "patricio"),
    O("Senate"),
    D("Monday", "2018-07-16"),
    G("Metro Manila"),
    O("Department of Public Works and Highways"),
    O("DPWH"),
    D("last year", "2017"),
    Q("The problem is not unique to Malabon. From Navotas to Marikina, we see the same pattern: "
      "big budgets, small results,", "patricio"),
    G("Malabon"), G("Navotas"), G("Marikina"),
    P("Patricio", "patricio"),
    G("Malabon"),
    P("Federico Lacson-Ibañez", "lacson"),
    O("Senate"),
    Q("premature", "lacson"),
    O("DILG"),
    Q("Let the DILG do its job before we hold hearings on television,", "lacson"),
    O("DILG"),
    P("Macaraeg", "macaraeg"),
    O("Office of the Ombudsman"),
    O("Inquirer"),
    G("Tañong"),
    D("Monday", "2018-07-16"),
    Q("Every election they promise us dry streets. We are still buying rubber boots,", "bautista"),
    P("Jocelyn Bautista", "bautista"),
    O("Metropolitan Manila Development Authority"),
    O("MMDA"),
    D("Monday", "2018-07-16"),
    O("Pagasa"),
    G("Metro Manila"),
    D("Thursday", "2018-07-19"),
])

# ---------------------------------------------------------------- nordic (dct Sun 2019-08-11)
DOCS["holdout12-nordic-baltic-athletics-day3"] = ("nordic", [
    P("Kask", "kask"),
    N("Nordic"), N("Baltic"),
    D("Sunday, August 11, 2019", "2019-08-11"),
    G("Estonia"),
    P("Rasmus Kask", "kask"),
    D("Saturday", "2019-08-10"),
    D("2019", "2019"),
    N("Nordic"), N("Baltic"),
    G("Tartu"),
    O("Sweden"),
    P("Kask", "kask"),
    G("Lithuania"), P("Mantas Žemaitis", "zemaitis"),
    G("Finland"), P("Aleksi Häkkinen-Salo", "hakkinen"),
    P("Kask", "kask"),
    D("Friday", "2019-08-09"),
    D("Saturday", "2019-08-10"),
    Q("I heard the crowd before every jump, and that carried me,", "kask"),
    P("Kask", "kask"),
    Q("My grandfather watched me compete in this stadium when I was twelve. Winning a title in "
      "Tartu is something I will keep for the rest of my life.", "kask"),
    G("Tartu"),
    P("Žemaitis", "zemaitis"),
    Q("Rasmus was better today, it is simple,", "zemaitis"),
    P("Rasmus", "kask"),
    D("today", "2019-08-10"),
    G("Norway"), P("Ingrid Solberg-Aas", "solberg"),
    G("Denmark"), P("Freja Lindholm", "lindholm"),
    G("Latvia"), P("Elīna Ozoliņa", "ozolina"),
    P("Solberg-Aas", "solberg"),
    D("2017", "2017"),
    D("the winter", "2018-WI"),
    Q("Two years ago I was chasing everybody,", "solberg"),
    D("Two years ago", "2017"),
    Q("Today I could run my own race.", "solberg"),
    D("Today", "2019-08-10"),
    O("Sweden"),
    P("Oskar Lindqvist", "lindqvist"), P("Emil Bergström", "bergstrom"),
    P("Jonatan Abebe", "abebe"), P("Viktor Ahlgren", "ahlgren"),
    O("Finland"),
    O("Denmark"),
    N("Swedish"),
    O("Norway"), O("Estonia"),
    O("Sweden"), O("Finland"), O("Norway"),
    O("Estonia"),
    G("Iceland"), P("Guðrún Sigurðardóttir", "sig"),
    G("Finland"), P("Noora Järvelä", "jarvela"),
    P("Sigurðardóttir", "sig"),
    Q("I did not want to stop, but after the second throw I knew it was not right,", "sig"),
    N("Icelandic"),
    G("Reykjavík"),
    D("Monday", "2019-08-12"),
    D("Saturday", "2019-08-10"),
    G("Tartu"), G("Estonia"),
    Q("We hoped for a full stadium on decathlon day, and the people of Tartu delivered,", "tamm"),
    G("Tartu"),
    P("Kadri Tamm", "tamm"),
    D("2011", "2011"),
    G("Denmark"), G("Estonia"), G("Finland"), G("Iceland"), G("Latvia"), G("Lithuania"),
    G("Norway"), G("Sweden"),
    D("Today", "2019-08-11"),
    G("Lithuania"), P("Dovydas Kazlauskas", "kazlauskas"),
    G("Kaunas"),
    D("2021", "2021"),
])

# ---------------------------------------------------------------- queens (dct Sat 2024-06-22)
DOCS["holdout12-queens-club-semifinal"] = ("queens", [
    P("Ashworth-Reid", "ar"),
    P("Echeverría", "ech"),
    N("British"),
    G("Austria"), P("Lukas Brandhuber", "br"),
    D("Sunday", "2024-06-23"),
    P("Eleanor Pritchard-Hughes", "pritchard"),
    D("Sat 22 Jun 2024", "2024-06-22"),
    P("Callum Ashworth-Reid", "ar"),
    D("12 months ago", "2023-06"),
    G("Harrogate"),
    G("Argentina"), P("Tomás Echeverría", "ech"),
    D("Saturday", "2024-06-22"),
    N("Austrian"), P("Lukas Brandhuber", "br"),
    N("Australian"), P("Harrison Kealy", "kealy"),
    P("Ashworth-Reid", "ar"),
    P("Ashworth-Reid", "ar"),
    D("last year", "2023"),
    Q("When I was standing there at match point down, I honestly wasn’t thinking about last year "
      "at all. I was just thinking: get the first serve in, get forward, make him play one more "
      "ball. That’s all you can do on grass.", "ar"),
    D("last year", "2023"),
    Q("Last year’s final still hurts, I won’t lie. I had my chances and I didn’t take them, and "
      "I’ve watched that match more times than I should have. But I’m a different player now. I’m "
      "stronger, I trust my serve more, and I think tomorrow I’ll enjoy it a lot more than I did "
      "last time.", "ar"),
    D("Last year", "2023"),
    D("tomorrow", "2024-06-23"),
    P("Ashworth-Reid", "ar"),
    D("last year", "2023"),
    N("Dutchman"), P("Sander de Wit", "dewit"),
    D("this year", "2024"),
    D("Sunday", "2024-06-23"),
    P("Echeverría", "ech"),
    Q("He played the big points better than me. That is the difference on this surface,", "ech"),
    G("Rosario"),
    Q("I leave London with more confidence than I arrived with.", "ech"),
    G("London"),
    N("Argentinian"),
    P("Ashworth-Reid", "ar"),
    Q("a bit lucky", "ar"),
    P("Brandhuber", "br"),
    N("Briton"),
    G("Halle"),
    D("last summer", "2023-SU"),
    Q("I played solid, I served well, and now I rest,", "br"),
    P("Ashworth-Reid", "ar"),
    N("British"),
    P("Neil Okonkwo-Hart", "oh"),
    D("the end of 2022", "2022"),
    P("Okonkwo-Hart", "oh"),
    O("Instagram"),
    Q("Match point down, never in doubt 😅🎾 One more to go.", "oh"),
    O("Lawn Tennis Association"),
    D("Sunday", "2024-06-23"),
    N("British"),
    P("Jamie Lowther", "lowther"), P("Kieran Mistry", "mistry"),
    N("Colombian"),
    P("Andrés Salazar Ocampo", "salazar"), P("Mateo Villegas", "villegas"),
])

# ---------------------------------------------------------------- sejm (dct Wed 2022-02-09)
DOCS["holdout12-sejm-vistula-flood-law"] = ("sejm", [
    O("Sejm"), L("Vistula"),
    P("Maciej Kołodziej", "kolodziej"),
    D("February 9, 2022", "2022-02-09"),
    G("Poland"),
    O("Sejm"),
    L("Vistula"),
    O("Law and Justice"), O("PiS"),
    D("Tuesday", "2022-02-08"),
    O("PiS"),
    O("Civic Coalition"), O("KO"),
    O("Left"),
    O("Polish People’s Party"), O("PSL"),
    O("Wody Wiślane"), O("Vistula Waters"),
    L("Silesian Beskids"),
    L("Gulf of Gdańsk"),
    O("Polish Waters"),
    D("2018", "2018"),
    D("2010", "2010"),
    G("Sandomierz"), G("Płock"),
    Q("For too long the Vistula has been managed by a dozen different institutions, and when the "
      "water comes, nobody is in charge,", "wk"),
    L("Vistula"),
    P("Tadeusz Wąsowicz-Krupa", "wk"),
    O("Sejm"),
    Q("This law gives us one hand on the wheel.", "wk"),
    D("the next five years", "FUTURE_REF"),
    G("Warsaw"),
    D("next spring", "2023-SP"),
    P("Agnieszka Ślusarczyk", "sl"),
    O("KO"),
    G("Kraków"),
    Q("PiS has been taking power away from local communities since 2015 – first the courts, then "
      "the media, now the river. Every time, they call it reform,", "sl"),
    O("PiS"), D("2015", "2015"),
    O("Notes from Poland"),
    G("Warsaw"),
    P("Paweł Górecki", "gorecki"),
    O("Warsaw University of Technology"),
    D("2011", "2011"),
    O("Senate"),
    D("2019", "2019"),
    O("Sejm"),
    L("Vistula"),
    D("last autumn", "2021-FA"),
    G("Warsaw"),
    O("PiS"),
    O("KO"),
    O("WWF Poland"),
    N("European"),
    Q("The Vistula is one of the few big rivers in Europe that still floods its own islands and "
      "sandbanks. Treating it only as a channel to be controlled would be a mistake,", "zak"),
    L("Vistula"), L("Europe"),
    P("Bartłomiej Żak", "zak"),
    O("Senate"),
    D("May", "2022-05"),
])

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}


def locate(text, m, cursor):
    s, ctx = m["text"], m.get("ctx") or ""
    pos = cursor
    while True:
        i = text.find(ctx + s, pos)
        if i < 0:
            raise SystemExit(f"not found after {cursor}: {m}")
        start = i + len(ctx)
        end = start + len(s)
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        glued = (s[0].isalnum() and before.isalnum()) or (s[-1].isalnum() and after.isalnum())
        if not glued:
            return start, end
        pos = i + 1


def build(doc_id, short, mentions):
    path = os.path.join(CORPUS, doc_id + ".txt")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    spans, cursor = [], 0
    for n, m in enumerate(mentions, 1):
        assert m["label"] in LABELS, m
        start, end = locate(text, m, cursor)
        assert text[start:end] == m["text"]
        sp = {"id": f"{short}-{n}", "start": start, "end": end, "label": m["label"],
              "text": m["text"]}
        if m["label"] == "DATE":
            sp["value"] = m["value"]
        spans.append((sp, m))
        cursor = start if m["label"] == "QUOTE" else end
    # checks: ids unique, minimal edges, flatness
    ids = [sp["id"] for sp, _ in spans]
    assert len(ids) == len(set(ids))
    for sp, m in spans:
        t = sp["text"]
        assert t == t.strip(), sp
        if sp["label"] != "QUOTE":
            assert t[0].isalnum() and (t[-1].isalnum() or t[-1] == "."), sp
    ordered = sorted(spans, key=lambda x: (x[0]["start"], -x[0]["end"]))
    for i, (a, _) in enumerate(ordered):
        for b, _ in ordered[i + 1:]:
            if b["start"] >= a["end"]:
                break
            inside = a["start"] <= b["start"] and b["end"] <= a["end"]
            ok = inside and a["label"] == "QUOTE" and b["label"] != "QUOTE"
            assert ok, f"overlap {a} / {b}"
    # said_by: nearest PERSON mention of the quote's speaker
    relations = []
    for sp, m in spans:
        if sp["label"] != "QUOTE" or m["spk"] is None:
            continue
        cands = [(max(0, sp["start"] - p["end"], p["start"] - sp["end"]), p["id"])
                 for p, pm in spans if p["label"] == "PERSON" and pm.get("spk") == m["spk"]]
        assert cands, f"no PERSON for speaker {m['spk']}"
        cands.sort()
        assert len(cands) == 1 or cands[0][0] != cands[1][0], f"tie {sp}"
        relations.append({"from": sp["id"], "to": cands[0][1], "type": "said_by"})
    out = [sp for sp, _ in spans]
    return {"doc_id": doc_id, "spans": out, "relations": relations}, text


def main():
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        order = [json.loads(l)["doc_id"] for l in f if l.strip()]
    assert set(order) == set(DOCS)
    with open(OUT, "w", encoding="utf-8") as f:
        for doc_id in order:
            short, mentions = DOCS[doc_id]
            rec, _ = build(doc_id, short, mentions)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
