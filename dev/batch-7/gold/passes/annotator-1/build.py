#!/usr/bin/env python3
"""Hand-chosen mentions for the dev7 articles -> annotation.jsonl.

Every mention below was chosen by reading the text. The script only locates each
surface string (in reading order), computes [start, end) offsets, checks them and
resolves each QUOTE's said_by to the nearest PERSON mention of the speaker named by
`who` (section 7: nearest by character distance, before or after the quote).

Entry: (surface, label, options)
  v    : DATE value
  who  : PERSON: key of the person the mention names; QUOTE: key of the speaker
         (None for a QUOTE whose speaker is never named, section 7a)
  ctx  : left context that must immediately precede the mention (disambiguation)
  skip : number of matching occurrences to skip after the cursor

Locating: the search starts at the cursor. After a QUOTE the cursor stays at the
quote's start (so entities inside the quote are found next); after any other span
it moves to that span's end. Non-QUOTE matches must not be glued to letters/digits.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # dev/batch-7/corpus

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}


def P(t, who, **k):
    return (t, "PERSON", dict(k, who=who))


def O(t, **k):
    return (t, "ORG", k)


def G(t, **k):
    return (t, "GPE", k)


def L(t, **k):
    return (t, "LOC", k)


def N(t, **k):
    return (t, "NORP", k)


def D(t, v, **k):
    return (t, "DATE", dict(k, v=v))


def Q(t, who, **k):
    return (t, "QUOTE", dict(k, who=who))


DOCS = []

# ---------------------------------------------------------------- berlin (dct Mon 2026-01-12)
DOCS.append(("dev7-berlin-coalition-pensions", "ber", [
    # headline
    N("German"), O("SPD"), D("end-January", "2026-01"),
    # dateline
    G("BERLIN"), D("Jan 12", "2026-01-12"), O("Reuters"),
    G("Germany"), D("Monday", "2026-01-12"), N("Social Democrats"), O("SPD"),
    P("Jörg Wendlandt", "wendlandt"), D("the end of January", "2026-01"),
    O("SPD"), P("Annegret Bühler", "buehler"), G("Berlin"), N("Christian Democrats"),
    O("CDU"), N("Bavarian"), O("Christian Social Union"), O("CSU"), D("2031", "2031"),
    Q("We have been patient since the summer. That patience is not unlimited,", "buehler"),
    D("the summer", "2025-SU"),
    P("Bühler", "buehler"),
    Q("If there is no agreement by the end of the month, my parliamentary group will draw its own conclusions.", "buehler"),
    D("the end of the month", "2026-01"),
    Q("The chancellor is convinced that this coalition will govern until 2029,", None),
    D("2029", "2029"),
    Q("There are differences, and they will be settled in the coalition committee, not through the media.", None),
    D("Wednesday", "2026-01-14"),
    D("last May", "2025-05"), D("February 2025", "2025-02"),
    G("Germany"), O("CSU"), P("Florian Übelacker", "uebelacker"), G("Bavaria"),
    G("Munich"), D("Sunday", "2026-01-11"),
    Q("not sign up to a pension policy that our grandchildren will have to pay for.", "uebelacker"),
    O("CDU"), P("Mathias Köhnlein", "koehnlein"), O("SPD"),
    Q("Ultimatums are not how partners treat each other,", "koehnlein"),
    O("ZDF"), D("Monday", "2026-01-12"),
    Q("We will find a solution, but not with a gun to our heads.", "koehnlein"),
    N("Social Democrat"), P("Lars Jürgensen", "juergensen"), G("Lower Saxony"),
    D("Monday", "2026-01-12"), O("SPD"),
    O("Bundestag"), O("Bundesrat"), D("March", "2026-03"),
    O("Greens"), O("SPD"), D("2024", "2024"),
    Q("This government spends more time negotiating with itself than with the country,", "doerfler"),
    O("Greens"), P("Katharina Dörfler", "doerfler"),
    O("Alternative for Germany"), O("AfD"), D("the autumn", "2025-FA"),
    G("Baden-Württemberg"), G("Rhineland-Palatinate"), D("March", "2026-03"),
    G("Munich"), O("Ifo institute"), D("last month", "2025-12"),
    # byline
    P("Sören Käßmann", "kaessmann"), P("Leonie Grünberg", "gruenberg"),
    P("Paul Ashworth-Reid", "ashworth"),
]))

# ---------------------------------------------------------------- bicol (dct Mon 2022-11-21)
DOCS.append(("dev7-bicol-typhoon-toll", "bic", [
    L("Bicol"),
    G("LEGAZPI"), G("Philippines"),
    D("Monday", "2022-11-21"), G("Philippines"), D("Saturday", "2022-11-19"),
    O("National Disaster Risk Reduction and Management Council"), O("NDRRMC"),
    L("Bicol"), G("Catanduanes"), G("Albay"), G("Camarines Sur"),
    G("Albay"), L("Mayon Volcano"), G("Guinobatan"), D("Monday", "2022-11-21"),
    Q("We are still digging. There are families here who have not heard from their relatives since Saturday night,", "delacruz"),
    D("Saturday", "2022-11-19"),
    G("Albay"), P("Ramon Dela Cruz-Abaya", "delacruz"), G("Legazpi"),
    Q("Our biggest problem now is access. The national highway is blocked in at least four places and the bridge in Barangay San Isidro was washed away. We need heavy equipment, and we need it today,", "delacruz"),
    G("Barangay San Isidro"), D("today", "2022-11-21"),
    P("Dela Cruz-Abaya", "delacruz"),
    O("Department of Public Works and Highways"), O("DPWH"), G("Sorsogon"),
    D("Sunday", "2022-11-20"),
    G("Catanduanes"), O("National Electrification Administration"), O("NEA"),
    G("Guinobatan"), P("Lorna Bagasbas", "bagasbas"),
    Q("It sounded like a train. When we came back in the morning, there was nothing left of our house except the roof,", "bagasbas"),
    O("Office of Civil Defense"), O("OCD"), G("Manila"), O("Philippine Air Force"),
    Q("The priority is the isolated barangays. Once the roads are open, we can move much faster,", "lacson"),
    O("OCD"), P("Bernadette Lacson-Uy", "lacson"), G("Quezon City"),
    O("PAGASA"), L("South China Sea"), N("Philippine"), D("Tuesday", "2022-11-22"),
    L("Mindoro"), G("Palawan"),
    O("Philippine Coast Guard"), O("PCG"), L("Luzon"), L("Visayas"),
    G("Japan"), G("United States"), O("European Union"), D("Monday", "2022-11-21"),
    G("Philippines"), D("this year", "2022"), G("Guinobatan"),
    D("November 2020", "2020-11"), L("Mayon"),
]))

# ---------------------------------------------------------------- ninth circuit (dct Tue 2022-02-08, CRLF)
DOCS.append(("dev7-ninth-circuit-bribery-retrial", "nin", [
    G("Arizona"),
    P("DANIELA ORTEGA-LYNN", "ortega"), O("Associated Press"),
    G("PHOENIX"), O("AP"),
    D("Monday", "2022-02-07"), G("Maricopa County"),
    O("9th U.S. Circuit Court of Appeals"), P("Raymond Escalante-Whitford", "escalante"),
    D("2019", "2019"),
    P("Miriam Kasprzak", "kasprzak"), G("U.S."), P("Lionel Haverty-Bost", "haverty"),
    Q("erred in a way that went to the heart of the case", "kasprzak"),
    P("Escalante-Whitford", "escalante"),
    Q("A defendant is entitled to tell the jury his side of the story. Mr. Escalante-Whitford was not allowed to tell it,", "kasprzak"),
    P("Escalante-Whitford", "escalante"),
    P("Kasprzak", "kasprzak"), P("Arthur M. Pell", "pell"),
    P("Theresa Oduya-Marsh", "oduya"),
    Q("at best marginally relevant", "oduya"), Q("overwhelming.", "oduya"),
    O("Sonoran Grade & Pave"), P("Dale Kettering", "kettering"), D("2018", "2018"),
    P("Escalante-Whitford", "escalante"), P("Kettering", "kettering"),
    D("Feb. 3, 2021", "2021-02-03"), G("U.S."), P("Kendra Oyelaran", "oyelaran"),
    Q("self-serving paperwork created after the fact", "oyelaran"),
    Q("would have invited the jury to speculate about matters that were never in dispute.", "oyelaran"),
    P("Oyelaran", "oyelaran"), D("Monday", "2022-02-07"),
    Q("We respect the court's ruling, but we remain confident in the jury's verdict and in the strength of the evidence,", "oyelaran"),
    O("U.S. Attorney's Office for the District of Arizona"), G("San Francisco"),
    O("U.S. Supreme Court"), D("March 24", "2022-03-24"),
    P("Escalante-Whitford", "escalante"), P("Samuel T. Rourke", "rourke"),
    Q("Ray never hid anything. He told the county what was going on, in writing, and the jury never got to see a word of it,", "rourke"),
    P("Ray", "escalante"),
    P("Rourke", "rourke"), G("Tucson"),
    Q("Now they will.", "rourke"),
    P("Escalante-Whitford", "escalante"), D("April 2020", "2020-04"), O("Justice Department"),
    D("2014 and 2017", "2014/2017"), P("Escalante-Whitford", "escalante"),
    O("Sonoran Grade & Pave"), G("Mesa"),
    G("Maricopa County"), D("Monday", "2022-02-07"), D("2019", "2019"),
    P("Haverty-Bost", "haverty"), D("next month", "2022-03"),
]))

# ---------------------------------------------------------------- pennine (dct Wed 2025-02-26)
DOCS.append(("dev7-pennine-rail-strike", "pen", [
    D("14 March", "2025-03-14"),
    P("Joanna Pryce-Llewellyn", "pryce"),
    D("Wed 26 Feb 2025", "2025-02-26"),
    O("Pennine Crosslink"), D("14 March", "2025-03-14"),
    O("Transport and Rail Workers’ Union"), O("TRWU"),
    D("Tuesday", "2025-02-25"), D("22 March", "2025-03-22"), D("10 March", "2025-03-10"),
    O("Pennine Crosslink"), G("Liverpool"), G("Manchester"), G("Leeds"), G("York"),
    G("Newcastle"), L("Pennines"),
    D("2025", "2025"), D("2026", "2026"),
    Q("Our members kept this railway running through the pandemic, through the floods last autumn and through years of chaos that had nothing to do with them,", "okafor"),
    D("last autumn", "2024-FA"),
    P("Dawn Okafor-Reilly", "okafor"), O("TRWU"),
    Q("They are not asking for the moon. They are asking for a pay rise that keeps pace with their bills, and for the company to stop treating ticket offices as a cost to be cut.", "okafor"),
    P("Okafor-Reilly", "okafor"),
    Q("available for talks at any time, day or night", "okafor"),
    O("Pennine Crosslink"),
    Q("We are disappointed that the TRWU has chosen to put passengers through disruption when we have made a fair and affordable offer. Our doors remain open and we would urge the union to return to talks.", None),
    O("TRWU"),
    D("a decade ago", "2015"),
    O("Department for Transport"),
    Q("Strikes are in nobody’s interest, and it is passengers who suffer most. This government has already settled national disputes that cost the economy billions, and we urge both sides to get round the table and reach a deal.", None),
    O("Labour"), D("July last year", "2024-07"), O("Great British Railways"),
    O("Pennine Crosslink"), D("2027", "2027"),
    N("Conservative"), P("Rupert Ashdown-Clegg", "ashdown"), O("Labour"),
    Q("hollow from the start", "ashdown"),
    P("Anjali Sandhu-Barrett", "sandhu"), O("Transport Focus"),
    Q("People need to know now whether they can get to work on 14 March,", "sandhu"),
    D("14 March", "2025-03-14"),
    Q("We would urge the company to publish its emergency timetable as early as possible.", "sandhu"),
    O("TRWU"), O("Pennine Crosslink"), D("2023", "2023"), D("the following year", "2024"),
]))

# ---------------------------------------------------------------- prix (dct Wed 2019-11-06)
DOCS.append(("dev7-prix-meridien-la-ronciere", "pri", [
    P("Anaïs de La Roncière", "laronciere"), N("Italian"),
    G("PARIS"), N("French"), P("Anaïs de La Roncière", "laronciere"), G("France"),
    N("Italian"), L("Mediterranean"),
    D("Tuesday", "2019-11-05"), N("Belgian"), P("Mathieu Van den Broeck", "vandenbroeck"),
    D("1958", "1958"), L("Latin Quarter"),
    Q("It is a book that smells of salt and diesel, and of the kitchens of people who were told for 50 years that they did not quite belong here,", "saintaubin"),
    P("Éliane de Saint-Aubin-Lacroix", "saintaubin"),
    Q("We argued until the very last minute, which is exactly how it should be.", "saintaubin"),
    P("Saint-Aubin-Lacroix", "saintaubin"), D("2014", "2014"),
    Q("the closest in my time", "saintaubin"),
    P("De La Roncière", "laronciere"), G("Sète"), G("Lyon"), G("Calabria"), G("France"),
    D("1947", "1947"),
    Q("She used to say that the sea was the only country that never asked for her papers,", "laronciere"),
    P("de La Roncière", "laronciere"),
    Q("I wanted to write the one book she could never read.", "laronciere"),
    G("Sète"),
    Q("My grandmother would have thought the cheque was a mistake. She would have asked them to check it twice,", "laronciere"),
    O("Éditions du Chêne Vert"), P("Solène d’Harcourt", "dharcourt"), O("Instagram"),
    Q("Elle l’a fait ! 📚🎉 Toute l’équipe est si fière d’Anaïs.", "dharcourt"),
    P("Anaïs", "laronciere"),
    G("Calabria"), G("Tropea"),
    Q("Tropea is proud of its granddaughter,", "dellaquila"),
    G("Tropea"),
    P("Francesco Dell’Aquila", "dellaquila"), O("Facebook"),
    P("de La Roncière", "laronciere"), D("2012", "2012"), N("French"),
    D("two years ago", "2017"),
    D("August", "2019-08"), D("Christmas", "2019-12-25"), N("Italian"), G("Milan"),
    O("Edizioni Lanterna"), D("next spring", "2020-SP"),
    N("Senegalese"), P("Aminata Diallo-Fontaine", "diallo"), N("Swiss"),
    P("Loïc Aebischer", "aebischer"), D("Last year", "2018"), N("Québécois"),
    P("Gabrielle Ouellet-Sauvé", "ouellet"), L("Europe"),
    G("France"),
    Q("It is the prize booksellers actually read,", "lefevre"),
    P("Bastien Lefèvre-Ducasse", "lefevre"), G("Marseille"), D("2016", "2016"),
]))

# ---------------------------------------------------------------- ribeirao (dct Wed 2024-12-04)
DOCS.append(("dev7-ribeirao-dos-anjos-transfer", "rib", [
    O("Ribeirão"), P("Gabriel dos Anjos", "dosanjos"), O("Aveiro"),
    P("Tiago Barbosa Lemos", "lemos"),
    O("Ribeirão"), P("Gabriel dos Anjos", "dosanjos"), N("Portuguese"), O("Aveiro"),
    D("next summer", "2025-SU"), D("Tuesday", "2024-12-03"),
    G("São Paulo"), N("Spanish"), O("Deportivo Alicante"), O("Ribeirão"),
    P("Luiz Fernando de Assis", "assis"), D("2019", "2019"), O("Ribeirão"),
    P("Dos Anjos", "dosanjos"), G("Uberlândia"), G("Minas Gerais"),
    D("this season", "2024"), O("Série A"),
    N("European"), N("French"), O("Toulon"), O("Alicante"), O("Ribeirão"), O("Campinas"),
    D("October", "2024-10"), O("Aveiro"), G("Brazil"),
    D("the first half of the 2025 season", "2025-01/2025-06"),
    O("Ribeirão"), P("Maurício da Cunha Leme", "dacunha"), D("last summer", "2024-SU"),
    Q("We did not need to sell, and we did not sell to the first club that knocked on the door. But we will never stand in the way of a boy’s dream,", "dacunha"),
    P("da Cunha Leme", "dacunha"),
    P("Renato de Paula", "depaula"), P("Dos Anjos", "dosanjos"), D("2022", "2022"),
    D("Tuesday", "2024-12-03"),
    Q("Gabriel is the most complete young player I have worked with in 20 years in this job. He plays with his head up, he sees the pass before anyone else, and he is not afraid of anybody, not even the senior players in training.", "depaula"),
    P("Gabriel", "dosanjos"),
    Q("Of course I want him here until the last possible day. After that, he has earned the right to go to Europe, and I will be the first one at the airport to give him a hug. He knows that if it doesn’t work out, the door here is always open.", "depaula"),
    L("Europe"),
    P("De Paula", "depaula"), O("Brazil"), G("Portugal"), O("Aveiro"),
    P("Hélder Vasconcelos dos Reis", "dosreis"),
    Q("given time to adapt", "depaula"),
    P("Dos Anjos", "dosanjos"), O("Brazil"), G("Colombia"), D("last year", "2023"),
    Q("I’m very happy and very grateful to everyone here. Ribeirão is my home,", "dosanjos"),
    O("Ribeirão"),
    Q("Until my last game I will give everything for this shirt.", "dosanjos"),
    P("Jorge Ferreira dos Santos", "ferreira"), N("Saudi"), N("European"),
    O("Aveiro"), N("Portuguese"), G("Portugal"), D("January", "2025-01"),
    P("Catarina Moura de Sá", "moura"), O("Aveiro"),
    Q("He is exactly the type of player we want to build a team around,", "moura"),
    O("Ribeirão"), O("Campinas"), D("Sunday", "2024-12-08"),
    P("Edson Aparecido dos Santos", "aparecido"),
]))

# ---------------------------------------------------------------- vasundhara (dct Wed 2025-09-17, NBSP in amounts)
DOCS.append(("dev7-vasundhara-sterling-bond", "vas", [
    G("India"), O("Vasundhara"), G("UK"),
    P("Anjali Deshpande", "deshpande"), G("Mumbai"), P("Tom Fairley-Ross", "fairley"),
    G("London"),
    O("Vasundhara Group"), N("Indian"), N("British"), N("Indian"), G("London"),
    O("Vasundhara Infrastructure Holdings"), D("Tuesday", "2025-09-16"), G("UK"),
    L("Europe"), N("Asian"), L("Gulf"),
    O("Humber Maritime"), G("Immingham"), G("Hull"), D("June", "2025-06"), G("UK"),
    D("last month", "2025-08"),
    P("Arvind Sethuraman", "sethuraman"), O("Vasundhara"),
    Q("international investors are prepared to back Indian companies that own real assets in their own markets", "sethuraman"),
    N("Indian"),
    Q("We are not borrowing in sterling to speculate on currencies. We are borrowing in sterling because the cash flows we are buying are in sterling,", "sethuraman"),
    G("Mumbai"), D("FY2025", "2024-04/2025-03"),
    D("the year to March 2025", "2024-04/2025-03"),
    D("FY2024", "2023-04/2024-03"), G("Gujarat"), G("Rajasthan"),
    D("the first quarter of FY2026", "2025-04/2025-06"), D("April to June", "2025-04/2025-06"),
    P("Kavita Menon-Iyer", "menon"), L("Asia"), O("Halden Securities"), G("Singapore"),
    Q("The book tells you there is real appetite for Indian high-yield paper outside the dollar market. The question is whether Vasundhara can bring leverage back under 3.5 times by FY2027, as it has promised, while it is still writing cheques this size.", "menon"),
    N("Indian"), O("Vasundhara"), D("FY2027", "2026-04/2027-03"),
    P("Sunita Raghavan-Pillai", "raghavan"), D("Tuesday", "2025-09-16"),
    D("the fourth quarter of this calendar year", "2025-10/2025-12"),
    D("March 2026", "2026-03"),
    N("Indian"), D("this year", "2025"), O("Reserve Bank of India"), D("February", "2025-02"),
    N("Indian"), D("the first eight months of 2025", "2025-01/2025-08"), D("2021", "2021"),
    O("Vasundhara"), D("the second half of 2022", "2022-07/2022-12"), G("Odisha"),
    G("London"),
    Q("You are being paid well for the India risk and for the family-control risk. At 7.35 per cent in sterling, that is a trade plenty of people were happy to make.", None),
    G("India"),
    O("Vasundhara Infrastructure Holdings"), G("Mumbai"), D("Wednesday", "2025-09-17"),
]))

# ---------------------------------------------------------------- waikato (dct Wed 2024-08-14)
DOCS.append(("dev7-waikato-water-entity", "wai", [
    O("Waikato Regional Council"), G("Waipā"),
    P("Aroha Kereama-Bright", "kereama"),
    O("Waikato Regional Council"),
    D("Tuesday", "2024-08-13"), O("Waikato Waters"), D("July 1, 2025", "2025-07-01"),
    L("Waikato River"), D("Tuesday", "2024-08-13"),
    O("Council"), P("Pamela Rāwiri-Hodge", "rawiri"),
    Q("the most important call this council will make this term", "rawiri"),
    Q("We’ve got treatment plants discharging into the awa that were consented in the 1990s. Our communities, and Waikato-Tainui as our partner under the river settlement, have told us very clearly that this cannot carry on,", "rawiri"),
    D("the 1990s", "1990/1999"), N("Waikato-Tainui"),
    G("Waipā"), P("Hēmi Tautahi", "tautahi"), G("Te Awamutu"), G("Cambridge"),
    Q("Our people have done the hard yards. We borrowed $38 million for the Parallel Rd plant and we’re paying it back. I’m not going to front up to them and say they now have to help cover someone else’s deferred maintenance,", "tautahi"),
    P("Tautahi", "tautahi"),
    Q("If the Government wants us in, it needs to show us the numbers, not a glossy brochure.", "tautahi"),
    O("Government"),
    P("Tautahi", "tautahi"), O("Waipā District Council"), D("next month", "2024-09"),
    D("August 30", "2024-08-30"),
    G("Ōtorohanga District"), P("Max Te Huia-Baker", "tehuia"), D("2027", "2027"),
    Q("For a small rural council the maths just doesn’t work on our own. We’ve got a treatment plant that’s older than most of my councillors,", "tehuia"),
    P("Wiremu Haddon-Clarke", "haddon"), G("Hamilton"), D("Tuesday", "2024-08-13"),
    Q("I’ve said all along that this is about local decisions. Nobody is going to be dragged into something their community doesn’t want, but everybody is going to have to show they can pay for their water services over the long term,", "haddon"),
    P("Haddon-Clarke", "haddon"),
    O("Government"), O("Labour"), D("February", "2024-02"),
    D("September 3 next year", "2025-09-03"), O("Commerce Commission"), D("2026", "2026"),
    D("Tuesday", "2024-08-13"),
    Q("We’re being asked to sign a blank cheque and trust that it all works out.", None),
    G("Waikato District"), P("Jacqui Mānuka-Hayes", "manuka"), G("Ngāruawāhia"),
    G("Huntly"), G("Raglan"), G("Raglan"),
    O("Hamilton City Council"), D("August 22", "2024-08-22"), N("Waikato-Tainui"),
    D("this month", "2024-08"),
]))


def glued(text, s, e):
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return before.isalnum() or after.isalnum()


def locate(text, surf, label, opts, cursor):
    pos = cursor
    skip = opts.get("skip", 0)
    ctx = opts.get("ctx")
    while True:
        i = text.find(surf, pos)
        if i < 0:
            raise SystemExit(f"not found: {surf!r} from {cursor}")
        ok = True
        if label != "QUOTE" and glued(text, i, i + len(surf)):
            ok = False
        if ctx is not None and text[max(0, i - len(ctx)):i] != ctx:
            ok = False
        if ok:
            if skip == 0:
                return i
            skip -= 1
        pos = i + 1


def dist(q, p):
    if p["end"] <= q["start"]:
        return q["start"] - p["end"]
    if p["start"] >= q["end"]:
        return p["start"] - q["end"]
    return 0


def build():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                manifest[r["doc_id"]] = r
    out = []
    for doc_id, short, entries in DOCS:
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        spans, meta = [], []
        cursor = 0
        for n, (surf, label, opts) in enumerate(entries, 1):
            assert label in LABELS, label
            s = locate(text, surf, label, opts, cursor)
            e = s + len(surf)
            assert text[s:e] == surf
            assert surf == surf.strip(), surf
            sp = {"id": f"{short}-{n}", "start": s, "end": e, "label": label, "text": surf}
            if label == "DATE":
                sp["value"] = opts["v"]
            else:
                assert "v" not in opts
            spans.append(sp)
            meta.append(opts)
            cursor = s if label == "QUOTE" else e
        # ids unique, spans flat (only entities/dates inside a QUOTE)
        assert len({s["id"] for s in spans}) == len(spans)
        for a in spans:
            for b in spans:
                if a is b:
                    continue
                overlap = a["start"] < b["end"] and b["start"] < a["end"]
                if not overlap:
                    continue
                inside = a["start"] <= b["start"] and b["end"] <= a["end"]
                if not (a["label"] == "QUOTE" and b["label"] != "QUOTE" and inside) and \
                   not (b["label"] == "QUOTE" and a["label"] != "QUOTE" and
                        b["start"] <= a["start"] and a["end"] <= b["end"]):
                    raise SystemExit(f"{doc_id}: overlap {a} / {b}")
        # said_by: nearest PERSON mention of the named speaker
        rels = []
        for sp, opts in zip(spans, meta):
            if sp["label"] != "QUOTE" or opts.get("who") is None:
                continue
            cands = [p for p, o in zip(spans, meta)
                     if p["label"] == "PERSON" and o.get("who") == opts["who"]]
            assert cands, (doc_id, opts["who"])
            best = min(cands, key=lambda p: (dist(sp, p), p["start"]))
            rels.append({"from": sp["id"], "to": best["id"], "type": "said_by"})
        spans.sort(key=lambda s: (s["start"], -s["end"]))
        out.append({"doc_id": doc_id, "spans": spans, "relations": rels})
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    res = build()
    for r in res:
        from collections import Counter
        c = Counter(s["label"] for s in r["spans"])
        print(r["doc_id"], dict(sorted(c.items())), "said_by:", len(r["relations"]))
