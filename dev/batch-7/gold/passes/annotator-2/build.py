#!/usr/bin/env python3
"""Annotator-2 pass over the dev7 corpus.

Every mention below was chosen by hand, by reading the texts, in reading order.
This script only:
  * locates each mention (searching forward from the previous mention; `ctx` is a short
    left context that must immediately precede the mention, used to pick an occurrence),
  * checks text[start:end] == surface, flatness, unique ids, no stray whitespace,
  * resolves each QUOTE's said_by to the PERSON mention of the named speaker (the speaker is
    chosen by hand as a person key) that is nearest to the quote by character distance
    (guidelines section 7 / 7a); a speaker key of None means the speaker is never named,
  * writes annotation.jsonl (and prints a review listing).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # dev/batch-7/corpus


def P(t, who, ctx=None):
    return dict(t=t, label="PERSON", who=who, ctx=ctx)


def O(t, ctx=None):
    return dict(t=t, label="ORG", ctx=ctx)


def G(t, ctx=None):
    return dict(t=t, label="GPE", ctx=ctx)


def L(t, ctx=None):
    return dict(t=t, label="LOC", ctx=ctx)


def N(t, ctx=None):
    return dict(t=t, label="NORP", ctx=ctx)


def D(t, value, ctx=None):
    return dict(t=t, label="DATE", value=value, ctx=ctx)


def Q(t, who, ctx=None):
    return dict(t=t, label="QUOTE", who=who, ctx=ctx)


DOCS = []

# ---------------------------------------------------------------- waikato (dct Wed 2024-08-14)
DOCS.append(("wai", "dev7-waikato-water-entity", [
    # headline
    O("Waikato Regional Council"),
    G("Waipā"),
    # byline
    P("Aroha Kereama-Bright", "akb"),
    # p1
    O("Waikato Regional Council"),
    # p2
    D("Tuesday", "2024-08-13"),
    O("Waikato Waters"),
    D("July 1, 2025", "2025-07-01"),
    # p3
    L("Waikato River"),
    D("Tuesday", "2024-08-13"),
    # p4
    P("Pamela Rāwiri-Hodge", "prh"),
    Q("the most important call this council will make this term", "prh"),
    # p5
    Q("We’ve got treatment plants discharging into the awa that were consented in the 1990s. "
      "Our communities, and Waikato-Tainui as our partner under the river settlement, have told "
      "us very clearly that this cannot carry on,", "prh"),
    D("the 1990s", "1990/1999"),
    O("Waikato-Tainui"),
    # p6
    G("Waipā"),
    P("Hēmi Tautahi", "ht"),
    G("Te Awamutu"),
    G("Cambridge"),
    # p7
    Q("Our people have done the hard yards. We borrowed $38 million for the Parallel Rd plant and "
      "we’re paying it back. I’m not going to front up to them and say they now have to help cover "
      "someone else’s deferred maintenance,", "ht"),
    P("Tautahi", "ht"),
    # p8
    Q("If the Government wants us in, it needs to show us the numbers, not a glossy brochure.", "ht"),
    O("Government"),
    # p9
    P("Tautahi", "ht"),
    O("Waipā District Council"),
    D("next month", "2024-09"),
    D("August 30", "2024-08-30"),
    # p10
    G("Ōtorohanga District"),
    P("Max Te Huia-Baker", "mthb"),
    D("2027", "2027"),
    # p11
    Q("For a small rural council the maths just doesn’t work on our own. We’ve got a treatment "
      "plant that’s older than most of my councillors,", "mthb"),
    # p12
    P("Wiremu Haddon-Clarke", "whc"),
    G("Hamilton"),
    D("Tuesday", "2024-08-13"),
    # p13
    Q("I’ve said all along that this is about local decisions. Nobody is going to be dragged into "
      "something their community doesn’t want, but everybody is going to have to show they can pay "
      "for their water services over the long term,", "whc"),
    P("Haddon-Clarke", "whc"),
    # p14
    O("Government"),
    O("Labour"),
    D("February", "2024-02"),
    D("September 3 next year", "2025-09-03"),
    O("Commerce Commission"),
    D("2026", "2026"),
    # p15
    D("Tuesday", "2024-08-13"),
    Q("We’re being asked to sign a blank cheque and trust that it all works out.", None),
    # p16
    G("Waikato District"),
    P("Jacqui Mānuka-Hayes", "jmh"),
    G("Ngāruawāhia"),
    G("Huntly"),
    G("Raglan"),
    G("Raglan"),
    # p17
    O("Hamilton City Council"),
    D("August 22", "2024-08-22"),
    O("Waikato-Tainui"),
    D("this month", "2024-08"),
]))

# ---------------------------------------------------------------- berlin (dct Mon 2026-01-12)
DOCS.append(("ber", "dev7-berlin-coalition-pensions", [
    # headline
    N("German"),
    O("SPD"),
    D("end-January", "2026-01"),
    # dateline
    G("BERLIN"),
    D("Jan 12", "2026-01-12"),
    O("Reuters"),
    # p1
    G("Germany"),
    D("Monday", "2026-01-12"),
    N("Social Democrats"),
    O("SPD"),
    P("Jörg Wendlandt", "jw"),
    D("the end of January", "2026-01"),
    # p2
    O("SPD"),
    P("Annegret Bühler", "ab"),
    G("Berlin"),
    N("Christian Democrats"),
    O("CDU"),
    N("Bavarian"),
    O("Christian Social Union"),
    O("CSU"),
    D("2031", "2031"),
    # p3
    Q("We have been patient since the summer. That patience is not unlimited,", "ab"),
    D("the summer", "2025-SU"),
    P("Bühler", "ab"),
    Q("If there is no agreement by the end of the month, my parliamentary group will draw its own "
      "conclusions.", "ab"),
    D("the end of the month", "2026-01"),
    # p4 (spokesperson never named)
    Q("The chancellor is convinced that this coalition will govern until 2029,", None),
    D("2029", "2029"),
    Q("There are differences, and they will be settled in the coalition committee, not through the "
      "media.", None),
    # p5
    D("Wednesday", "2026-01-14"),
    # p6
    D("last May", "2025-05"),
    D("February 2025", "2025-02"),
    # p7
    N("Conservative"),
    G("Germany"),
    O("CSU"),
    P("Florian Übelacker", "fu"),
    G("Bavaria"),
    G("Munich"),
    D("Sunday", "2026-01-11"),
    Q("not sign up to a pension policy that our grandchildren will have to pay for.", "fu"),
    # p8
    O("CDU"),
    P("Mathias Köhnlein", "mk"),
    O("SPD"),
    Q("Ultimatums are not how partners treat each other,", "mk"),
    O("ZDF"),
    D("Monday", "2026-01-12"),
    Q("We will find a solution, but not with a gun to our heads.", "mk"),
    # p9
    N("Social Democrat"),
    P("Lars Jürgensen", "lj"),
    G("Lower Saxony"),
    D("Monday", "2026-01-12"),
    O("SPD"),
    # p10
    O("Bundestag"),
    O("Bundesrat"),
    D("March", "2026-03"),
    # p11
    O("Greens"),
    O("SPD"),
    D("2024", "2024"),
    Q("This government spends more time negotiating with itself than with the country,", "kd"),
    O("Greens"),
    P("Katharina Dörfler", "kd"),
    # p12
    O("Alternative for Germany"),
    O("AfD"),
    D("the autumn", "2025-FA"),
    G("Baden-Württemberg"),
    G("Rhineland-Palatinate"),
    D("March", "2026-03"),
    # p13
    G("Munich"),
    O("Ifo"),
    D("last month", "2025-12"),
    # credits
    P("Sören Käßmann", "sk"),
    P("Leonie Grünberg", "lg"),
    P("Paul Ashworth-Reid", "par"),
]))

# ---------------------------------------------------------------- bicol (dct Mon 2022-11-21)
DOCS.append(("bic", "dev7-bicol-typhoon-toll", [
    # headline
    L("Bicol"),
    # dateline
    G("LEGAZPI"),
    G("Philippines"),
    # p1
    D("Monday", "2022-11-21"),
    G("Philippines"),
    D("Saturday", "2022-11-19"),
    # p2
    O("National Disaster Risk Reduction and Management Council"),
    O("NDRRMC"),
    L("Bicol"),
    G("Catanduanes"),
    G("Albay"),
    G("Camarines Sur"),
    # p4
    G("Albay"),
    L("Mayon Volcano"),
    G("Guinobatan"),
    D("Monday", "2022-11-21"),
    # p5
    Q("We are still digging. There are families here who have not heard from their relatives since "
      "Saturday night,", "rdca"),
    D("Saturday", "2022-11-19"),
    G("Albay"),
    P("Ramon Dela Cruz-Abaya", "rdca"),
    G("Legazpi"),
    # p6
    Q("Our biggest problem now is access. The national highway is blocked in at least four places "
      "and the bridge in Barangay San Isidro was washed away. We need heavy equipment, and we need "
      "it today,", "rdca"),
    G("Barangay San Isidro"),
    D("today", "2022-11-21"),
    # p7
    P("Dela Cruz-Abaya", "rdca"),
    O("Department of Public Works and Highways"),
    O("DPWH"),
    G("Sorsogon"),
    D("Sunday", "2022-11-20"),
    # p8
    G("Catanduanes"),
    O("National Electrification Administration"),
    O("NEA"),
    # p9
    G("Guinobatan"),
    P("Lorna Bagasbas", "lb"),
    # p10
    Q("It sounded like a train. When we came back in the morning, there was nothing left of our "
      "house except the roof,", "lb"),
    # p11
    O("Office of Civil Defense"),
    O("OCD"),
    G("Manila"),
    O("Philippine Air Force"),
    # p12
    Q("The priority is the isolated barangays. Once the roads are open, we can move much faster,",
      "blu"),
    O("OCD"),
    P("Bernadette Lacson-Uy", "blu"),
    G("Quezon City"),
    # p13
    O("PAGASA"),
    L("South China Sea"),
    N("Philippine", ctx="leave the "),
    D("Tuesday", "2022-11-22"),
    L("Mindoro"),
    G("Palawan"),
    # p14
    O("Philippine Coast Guard"),
    O("PCG"),
    L("Luzon"),
    L("Visayas"),
    # p15
    G("Japan"),
    G("United States"),
    O("European Union"),
    D("Monday", "2022-11-21"),
    # p16
    G("Philippines"),
    D("this year", "2022"),
    G("Guinobatan"),
    D("November 2020", "2020-11"),
    L("Mayon"),
]))

# ---------------------------------------------------------------- ribeirao (dct Wed 2024-12-04)
DOCS.append(("rib", "dev7-ribeirao-dos-anjos-transfer", [
    # headline
    O("Ribeirão"),
    P("Gabriel dos Anjos", "gda"),
    O("Aveiro"),
    # byline
    P("Tiago Barbosa Lemos", "tbl"),
    # p1
    O("Ribeirão"),
    P("Gabriel dos Anjos", "gda"),
    N("Portuguese"),
    O("Aveiro"),
    D("next summer", "2025-SU"),
    D("Tuesday", "2024-12-03"),
    # p2
    G("São Paulo"),
    N("Spanish"),
    O("Deportivo Alicante"),
    O("Ribeirão"),
    P("Luiz Fernando de Assis", "lfda"),
    D("2019", "2019"),
    O("Ribeirão"),
    # p3
    P("Dos Anjos", "gda"),
    G("Uberlândia"),
    G("Minas Gerais"),
    D("this season", "2024"),
    # p4
    N("European"),
    N("French"),
    O("Toulon"),
    O("Alicante"),
    O("Ribeirão"),
    O("Campinas"),
    D("October", "2024-10"),
    O("Aveiro"),
    G("Brazil"),
    D("the first half of the 2025 season", "2025-01/2025-06"),
    # p5
    O("Ribeirão"),
    P("Maurício da Cunha Leme", "mdcl"),
    D("last summer", "2024-SU"),
    # p6
    Q("We did not need to sell, and we did not sell to the first club that knocked on the door. But "
      "we will never stand in the way of a boy’s dream,", "mdcl"),
    P("da Cunha Leme", "mdcl"),
    # p7
    P("Renato de Paula", "rdp"),
    P("Dos Anjos", "gda"),
    D("2022", "2022"),
    D("Tuesday", "2024-12-03"),
    # p8-p9: one quotation over two paragraphs -> one span per paragraph (7a)
    Q("Gabriel is the most complete young player I have worked with in 20 years in this job. He "
      "plays with his head up, he sees the pass before anyone else, and he is not afraid of anybody, "
      "not even the senior players in training.", "rdp"),
    P("Gabriel", "gda"),
    Q("Of course I want him here until the last possible day. After that, he has earned the right to "
      "go to Europe, and I will be the first one at the airport to give him a hug. He knows that if "
      "it doesn’t work out, the door here is always open.", "rdp"),
    L("Europe"),
    # p10
    P("De Paula", "rdp"),
    O("Brazil"),
    G("Portugal"),
    O("Aveiro"),
    P("Hélder Vasconcelos dos Reis", "hvdr"),
    Q("given time to adapt", "rdp"),
    # p11
    P("Dos Anjos", "gda"),
    O("Brazil"),
    G("Colombia"),
    D("last year", "2023"),
    # p12
    Q("I’m very happy and very grateful to everyone here. Ribeirão is my home,", "gda"),
    O("Ribeirão"),
    Q("Until my last game I will give everything for this shirt.", "gda"),
    # p13
    P("Jorge Ferreira dos Santos", "jfds"),
    N("Saudi"),
    N("European"),
    # p14
    O("Aveiro"),
    N("Portuguese"),
    G("Portugal"),
    D("January", "2025-01"),
    P("Catarina Moura de Sá", "cmds"),
    O("Aveiro"),
    # p15
    Q("He is exactly the type of player we want to build a team around,", "cmds"),
    # p16
    O("Ribeirão"),
    O("Campinas"),
    D("Sunday", "2024-12-08"),
    P("Edson Aparecido dos Santos", "eads"),
]))

# ---------------------------------------------------------------- pennine (dct Wed 2025-02-26)
DOCS.append(("pen", "dev7-pennine-rail-strike", [
    # headline
    D("14 March", "2025-03-14"),
    # byline + dateline
    P("Joanna Pryce-Llewellyn", "jpl"),
    D("Wed 26 Feb 2025", "2025-02-26"),
    # p1
    O("Pennine Crosslink"),
    D("14 March", "2025-03-14"),
    O("Transport and Rail Workers’ Union"),
    O("TRWU"),
    # p2
    D("Tuesday", "2025-02-25"),
    D("22 March", "2025-03-22"),
    D("10 March", "2025-03-10"),
    # p3
    O("Pennine Crosslink"),
    G("Liverpool"),
    G("Manchester"),
    G("Leeds"),
    G("York"),
    G("Newcastle"),
    L("Pennines"),
    # p4
    D("2025", "2025"),
    D("2026", "2026"),
    # p5
    Q("Our members kept this railway running through the pandemic, through the floods last autumn "
      "and through years of chaos that had nothing to do with them,", "dor"),
    D("last autumn", "2024-FA"),
    P("Dawn Okafor-Reilly", "dor"),
    O("TRWU"),
    Q("They are not asking for the moon. They are asking for a pay rise that keeps pace with their "
      "bills, and for the company to stop treating ticket offices as a cost to be cut.", "dor"),
    # p6
    P("Okafor-Reilly", "dor"),
    Q("available for talks at any time, day or night", "dor"),
    # p7 (spokesperson never named)
    O("Pennine Crosslink"),
    Q("We are disappointed that the TRWU has chosen to put passengers through disruption when we "
      "have made a fair and affordable offer. Our doors remain open and we would urge the union to "
      "return to talks.", None),
    O("TRWU"),
    # p8
    D("a decade ago", "2015"),
    # p9 (spokesperson never named)
    O("Department for Transport"),
    Q("Strikes are in nobody’s interest, and it is passengers who suffer most. This government has "
      "already settled national disputes that cost the economy billions, and we urge both sides to "
      "get round the table and reach a deal.", None),
    # p10
    O("Labour"),
    D("July last year", "2024-07"),
    O("Great British Railways"),
    O("Pennine Crosslink"),
    D("2027", "2027"),
    # p11
    N("Conservative"),
    P("Rupert Ashdown-Clegg", "rac"),
    O("Labour"),
    Q("hollow from the start", "rac"),
    # p12
    P("Anjali Sandhu-Barrett", "asb"),
    O("Transport Focus"),
    Q("People need to know now whether they can get to work on 14 March,", "asb"),
    D("14 March", "2025-03-14"),
    Q("We would urge the company to publish its emergency timetable as early as possible.", "asb"),
    # p13
    O("TRWU"),
    O("Pennine Crosslink"),
    D("2023", "2023"),
    D("the following year", "2024"),
]))

# ---------------------------------------------------------------- ninth circuit (dct Tue 2022-02-08)
DOCS.append(("nin", "dev7-ninth-circuit-bribery-retrial", [
    # headline
    G("Arizona"),
    # byline + dateline
    P("DANIELA ORTEGA-LYNN", "dol"),
    O("Associated Press"),
    G("PHOENIX"),
    O("AP"),
    # p1
    D("Monday", "2022-02-07"),
    G("Maricopa County"),
    # p2
    O("9th U.S. Circuit Court of Appeals"),
    P("Raymond Escalante-Whitford", "rew"),
    D("2019", "2019"),
    # p3
    P("Miriam Kasprzak", "mk"),
    G("U.S."),
    P("Lionel Haverty-Bost", "lhb"),
    Q("erred in a way that went to the heart of the case", "mk"),
    P("Escalante-Whitford", "rew"),
    # p4
    Q("A defendant is entitled to tell the jury his side of the story. Mr. Escalante-Whitford was "
      "not allowed to tell it,", "mk"),
    P("Escalante-Whitford", "rew"),
    P("Kasprzak", "mk"),
    P("Arthur M. Pell", "amp"),
    # p5
    P("Theresa Oduya-Marsh", "tom"),
    Q("at best marginally relevant", "tom"),
    Q("overwhelming.", "tom"),
    # p6
    O("Sonoran Grade & Pave"),
    P("Dale Kettering", "dk"),
    D("2018", "2018"),
    P("Escalante-Whitford", "rew"),
    P("Kettering", "dk"),
    # p7
    D("Feb. 3, 2021", "2021-02-03"),
    G("U.S."),
    P("Kendra Oyelaran", "ko"),
    Q("self-serving paperwork created after the fact", "ko"),
    Q("would have invited the jury to speculate about matters that were never in dispute.", "ko"),
    # p8
    P("Oyelaran", "ko"),
    D("Monday", "2022-02-07"),
    # p9
    Q("We respect the court's ruling, but we remain confident in the jury's verdict and in the "
      "strength of the evidence,", "ko"),
    # p10
    O("U.S. Attorney's Office for the District of Arizona"),
    G("San Francisco"),
    O("U.S. Supreme Court"),
    D("March 24", "2022-03-24"),
    # p11
    P("Escalante-Whitford", "rew"),
    P("Samuel T. Rourke", "str"),
    # p12
    Q("Ray never hid anything. He told the county what was going on, in writing, and the jury never "
      "got to see a word of it,", "str"),
    P("Ray", "rew"),
    P("Rourke", "str"),
    G("Tucson"),
    Q("Now they will.", "str"),
    # p13
    P("Escalante-Whitford", "rew"),
    D("April 2020", "2020-04"),
    O("Justice Department"),
    # p14
    D("2014 and 2017", "2014/2017"),
    P("Escalante-Whitford", "rew"),
    O("Sonoran Grade & Pave"),
    G("Mesa"),
    # p15
    G("Maricopa County"),
    D("Monday", "2022-02-07"),
    D("2019", "2019"),
    # p16
    P("Haverty-Bost", "lhb"),
    D("next month", "2022-03"),
]))

# ---------------------------------------------------------------- prix meridien (dct Wed 2019-11-06)
DOCS.append(("pri", "dev7-prix-meridien-la-ronciere", [
    # headline
    P("Anaïs de La Roncière", "alr"),
    N("Italian"),
    # dateline
    G("PARIS"),
    # p1
    N("French"),
    P("Anaïs de La Roncière", "alr"),
    G("France"),
    N("Italian"),
    L("Mediterranean"),
    # p2
    D("Tuesday", "2019-11-05"),
    N("Belgian"),
    P("Mathieu Van den Broeck", "mvdb"),
    D("1958", "1958"),
    L("Latin Quarter"),
    # p3
    Q("It is a book that smells of salt and diesel, and of the kitchens of people who were told for "
      "50 years that they did not quite belong here,", "esal"),
    P("Éliane de Saint-Aubin-Lacroix", "esal"),
    Q("We argued until the very last minute, which is exactly how it should be.", "esal"),
    # p4
    P("Saint-Aubin-Lacroix", "esal"),
    D("2014", "2014"),
    Q("the closest in my time", "esal"),
    # p5
    P("De La Roncière", "alr"),
    G("Sète"),
    G("Lyon"),
    G("Calabria"),
    G("France"),
    D("1947", "1947"),
    # p6
    Q("She used to say that the sea was the only country that never asked for her papers,", "alr"),
    P("de La Roncière", "alr"),
    Q("I wanted to write the one book she could never read.", "alr"),
    # p7
    G("Sète"),
    Q("My grandmother would have thought the cheque was a mistake. She would have asked them to "
      "check it twice,", "alr"),
    # p8
    O("Éditions du Chêne Vert"),
    P("Solène d’Harcourt", "sdh"),
    O("Instagram"),
    Q("Elle l’a fait ! 📚🎉 Toute l’équipe est si fière d’Anaïs.", "sdh"),
    P("Anaïs", "alr"),
    # p9
    G("Calabria"),
    G("Tropea"),
    Q("Tropea is proud of its granddaughter,", "fda"),
    G("Tropea"),
    P("Francesco Dell’Aquila", "fda"),
    O("Facebook"),
    # p10
    P("de La Roncière", "alr"),
    D("2012", "2012"),
    N("French"),
    D("two years ago", "2017"),
    # p11
    D("August", "2019-08"),
    D("Christmas", "2019-12-25"),
    N("Italian"),
    G("Milan"),
    O("Edizioni Lanterna"),
    D("next spring", "2020-SP"),
    # p12
    N("Senegalese"),
    P("Aminata Diallo-Fontaine", "adf"),
    N("Swiss"),
    P("Loïc Aebischer", "la"),
    D("Last year", "2018"),
    N("Québécois"),
    P("Gabrielle Ouellet-Sauvé", "gos"),
    L("Europe"),
    # p13
    G("France"),
    Q("It is the prize booksellers actually read,", "bld"),
    P("Bastien Lefèvre-Ducasse", "bld"),
    G("Marseille"),
    D("2016", "2016"),
]))

# ---------------------------------------------------------------- vasundhara (dct Wed 2025-09-17)
DOCS.append(("vas", "dev7-vasundhara-sterling-bond", [
    # headline
    G("India"),
    O("Vasundhara"),
    G("UK"),
    # byline
    P("Anjali Deshpande", "ad"),
    G("Mumbai"),
    P("Tom Fairley-Ross", "tfr"),
    G("London"),
    # p1
    O("Vasundhara Group"),
    N("Indian"),
    N("British"),
    N("Indian"),
    G("London"),
    # p2
    O("Vasundhara Infrastructure Holdings"),
    D("Tuesday", "2025-09-16"),
    G("UK"),
    L("Europe"),
    N("Asian"),
    L("Gulf"),
    # p3
    O("Humber Maritime"),
    G("Immingham"),
    G("Hull"),
    D("June", "2025-06"),
    G("UK"),
    D("last month", "2025-08"),
    # p4
    P("Arvind Sethuraman", "as"),
    O("Vasundhara"),
    Q("international investors are prepared to back Indian companies that own real assets in their "
      "own markets", "as"),
    N("Indian"),
    # p5
    Q("We are not borrowing in sterling to speculate on currencies. We are borrowing in sterling "
      "because the cash flows we are buying are in sterling,", "as"),
    # p6
    G("Mumbai"),
    D("FY2025", "2024-04/2025-03"),
    D("the year to March 2025", "2024-04/2025-03"),
    D("FY2024", "2023-04/2024-03"),
    G("Gujarat"),
    G("Rajasthan"),
    # p7
    D("the first quarter of FY2026", "2025-04/2025-06"),
    D("April to June", "2025-04/2025-06"),
    # p8
    P("Kavita Menon-Iyer", "kmi"),
    L("Asia"),
    O("Halden Securities"),
    G("Singapore"),
    Q("The book tells you there is real appetite for Indian high-yield paper outside the dollar "
      "market. The question is whether Vasundhara can bring leverage back under 3.5 times by "
      "FY2027, as it has promised, while it is still writing cheques this size.", "kmi"),
    N("Indian"),
    O("Vasundhara"),
    D("FY2027", "2026-04/2027-03"),
    # p9
    P("Sunita Raghavan-Pillai", "srp"),
    D("Tuesday", "2025-09-16"),
    D("the fourth quarter of this calendar year", "2025-10/2025-12"),
    D("March 2026", "2026-03"),
    # p11
    N("Indian"),
    D("this year", "2025"),
    O("Reserve Bank of India"),
    D("February", "2025-02"),
    N("Indian"),
    D("the first eight months of 2025", "2025-01/2025-08"),
    D("2021", "2021"),
    # p12
    O("Vasundhara"),
    D("the second half of 2022", "2022-07/2022-12"),
    G("Odisha"),
    # p13 (fund manager never named)
    G("London"),
    Q("You are being paid well for the India risk and for the family-control risk. At 7.35 per cent "
      "in sterling, that is a trade plenty of people were happy to make.", None),
    G("India"),
    # p14
    O("Vasundhara Infrastructure Holdings"),
    G("Mumbai"),
    D("Wednesday", "2025-09-17"),
]))

# a final mark that belongs to the name stays (section 0: `CPI(M)`, `Jr.`); "U.S." is such a name
NAME_FINAL_MARK = {"U.S."}
PUNCT_EDGE = set(" \t\r\n.,;:!?\"“”‘’'()[]")


def locate(text, m, cursor):
    t, ctx = m["t"], m.get("ctx")
    p = cursor
    while True:
        p = text.find(t, p)
        if p < 0:
            raise SystemExit(f"not found after {cursor}: {t!r} (ctx={ctx!r})")
        if ctx is None or text[max(0, p - len(ctx)):p] == ctx:
            return p
        p += 1


def build():
    out = []
    report = []
    errors = 0
    for short, doc_id, mentions in DOCS:
        path = os.path.join(CORPUS, doc_id + ".txt")
        text = open(path, encoding="utf-8", newline="").read()
        spans = []
        cursor = 0
        for i, m in enumerate(mentions, 1):
            s = locate(text, m, cursor)
            e = s + len(m["t"])
            assert text[s:e] == m["t"]
            sp = {"id": f"{short}-{i}", "start": s, "end": e, "label": m["label"], "text": m["t"]}
            if m["label"] == "DATE":
                sp["value"] = m["value"]
            spans.append((sp, m))
            # a QUOTE may contain entity/date spans: keep searching from its start
            cursor = s if m["label"] == "QUOTE" else e

        # ---- checks
        ids = [sp["id"] for sp, _ in spans]
        assert len(ids) == len(set(ids)), "duplicate ids"
        for sp, m in spans:
            if sp["text"] != sp["text"].strip():
                print("WHITESPACE EDGE", doc_id, sp); errors += 1
            if sp["label"] != "QUOTE":
                if sp["text"] not in NAME_FINAL_MARK and (
                        sp["text"][0] in PUNCT_EDGE or sp["text"][-1] in PUNCT_EDGE):
                    print("PUNCT EDGE", doc_id, sp); errors += 1
            else:
                # the characters just outside a quote span must be quotation marks (or a paragraph end
                # for an unclosed paragraph of a multi-paragraph quotation)
                before = text[sp["start"] - 1]
                after = text[sp["end"]] if sp["end"] < len(text) else "\n"
                if before not in "\"“‘'" or after not in "\"”’'\r\n":
                    print("QUOTE EDGE", doc_id, sp["id"], repr(before), repr(after)); errors += 1
        ordered = sorted(spans, key=lambda x: (x[0]["start"], -x[0]["end"]))
        for a in range(len(ordered)):
            for b in range(a + 1, len(ordered)):
                A, B = ordered[a][0], ordered[b][0]
                if B["start"] >= A["end"]:
                    break
                ok = (A["label"] == "QUOTE" and B["label"] != "QUOTE"
                      and A["start"] <= B["start"] and B["end"] <= A["end"])
                if not ok:
                    print("OVERLAP", doc_id, A, B); errors += 1

        # ---- said_by: nearest PERSON mention of the hand-chosen speaker
        relations = []
        persons = [(sp, m) for sp, m in spans if sp["label"] == "PERSON"]
        for sp, m in spans:
            if sp["label"] != "QUOTE":
                continue
            who = m["who"]
            if who is None:
                report.append(f"{sp['id']}: no said_by (speaker never named)")
                continue
            cands = [p for p, pm in persons if pm["who"] == who]
            if not cands:
                raise SystemExit(f"no PERSON mention for speaker {who} in {doc_id}")

            def dist(p):
                if p["end"] <= sp["start"]:
                    return sp["start"] - p["end"]
                if p["start"] >= sp["end"]:
                    return p["start"] - sp["end"]
                return 0  # mention inside the quote itself
            best = min(cands, key=lambda p: (dist(p), p["start"]))
            ds = sorted(dist(p) for p in cands)
            tie = len(ds) > 1 and ds[0] == ds[1]
            relations.append({"from": sp["id"], "to": best["id"], "type": "said_by"})
            report.append(f"{sp['id']} -> {best['id']} {best['text']!r} (dist {dist(best)}"
                          f"{', TIE' if tie else ''}) quote={sp['text'][:40]!r}")

        out.append({"doc_id": doc_id,
                     "spans": [sp for sp, _ in spans],
                     "relations": relations})
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        print("\n".join(report))
    if errors:
        raise SystemExit(f"{errors} check errors")
    return out


if __name__ == "__main__":
    res = build()
    for rec in res:
        counts = {}
        for sp in rec["spans"]:
            counts[sp["label"]] = counts.get(sp["label"], 0) + 1
        print(rec["doc_id"], dict(sorted(counts.items())), "said_by:", len(rec["relations"]))
