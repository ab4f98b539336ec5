#!/usr/bin/env python3
"""Hand-chosen mentions for the holdout7 articles; this script only computes offsets.

Each mention is M(surface, label, value=None, ctx=None, key=None):
  - mentions are listed in reading order; the script finds each one at or after a cursor
    (after an entity/date span the cursor moves to its end; after a QUOTE it moves to the
    quote's start so that the entities and dates inside the quote are found next);
  - ctx, when given, is text that must immediately precede the surface (to pick the right
    occurrence);
  - key: for PERSON, which person the mention names; for QUOTE, which person is the speaker
    (None = speaker never named, no said_by). said_by goes to the PERSON mention with that
    key nearest to the quote by character distance (section 7).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def M(text, label, value=None, ctx=None, key=None):
    return dict(text=text, label=label, value=value, ctx=ctx, key=key)


P = lambda t, key, ctx=None: M(t, "PERSON", ctx=ctx, key=key)
O = lambda t, ctx=None: M(t, "ORG", ctx=ctx)
G = lambda t, ctx=None: M(t, "GPE", ctx=ctx)
L = lambda t, ctx=None: M(t, "LOC", ctx=ctx)
N = lambda t, ctx=None: M(t, "NORP", ctx=ctx)
D = lambda t, v, ctx=None: M(t, "DATE", value=v, ctx=ctx)
Q = lambda t, key, ctx=None: M(t, "QUOTE", ctx=ctx, key=key)

DOCS = []

# ---------------------------------------------------------------- alps (dct 2022-09-28, Wed)
DOCS.append(("holdout7-alps-rhone-glaciers", "alps", [
    Q("We are watching a water tower empty", None),
    L("Alps"),
    L("Rhône"),
    D("summer", "2022-SU", ctx="a record "),
    L("Lake Geneva"),
    L("Camargue"),
    P("Sophie Lindqvist", "lindqvist"),
    G("Gletsch"),
    L("Rhône", ctx="the "),
    P("Léa Morel-Vautrin", "morel"),
    Q("In the 1850s the ice reached all the way there,", "morel"),
    D("the 1850s", "1850/1859"),
    Q("When my grandmother came here as a girl in the 1950s, you could walk on to it from the road. Now you need good legs and half an hour.", "morel"),
    D("the 1950s", "1950/1959"),
    P("Morel-Vautrin", "morel"),
    O("University of Lausanne"),
    N("Swiss"),
    G("Valais"),
    L("Lake Geneva"),
    G("France"),
    L("Mediterranean"),
    D("This summer", "2022-SU"),
    N("Swiss"),
    D("2022", "2022"),
    O("Glamos"),
    D("summer of 2003", "2003-SU"),
    D("winter", "2021-WI", ctx="A thin "),
    N("Saharan"),
    D("March", "2022-03"),
    D("June", "2022-06"),
    D("August", "2022-08"),
    L("Bernese Alps"),
    G("Valais"),
    L("Aletsch"),
    L("Alps"),
    Q("For most of the 20th century the glaciers behaved like a savings account,", "oberholzer"),
    D("the 20th century", "1900/1999"),
    P("Matthias Oberholzer-Kägi", "oberholzer"),
    O("ETH Zurich"),
    Q("In a dry, hot summer they paid out meltwater just when the lowlands needed it. What we are doing now is spending the capital.", "oberholzer"),
    L("Rhône"),
    D("the late 1990s", "1990/1999"),
    D("the 2000s", "2000/2009"),
    D("the 2050s", "2050/2059"),
    G("Geneva"),
    D("the end of the century", "2000/2099"),
    N("French"),
    L("Rhône"),
    G("Drôme"),
    G("Vaucluse"),
    L("Camargue"),
    D("This summer", "2022-SU"),
    O("EDF"),
    Q("People in Lyon or Arles think of the glaciers as a postcard,", "duret"),
    G("Lyon"),
    G("Arles"),
    P("Camille Duret-Lambert", "duret"),
    O("Rhône Vivant"),
    G("Lyon"),
    Q("They are not a postcard. They are part of the plumbing of southern France, and the plumbing is failing.", "duret"),
    G("France"),
    N("Swiss"),
    N("French"),
    L("Lake Geneva"),
    N("Franco"),
    N("Swiss"),
    P("Anna Köhler-Brandt", "kohler"),
    G("Valais"),
    D("the 1980s", "1980/1989"),
    Q("Nobody talks like that any more,", "kohler"),
    Q("The question is how we live with rivers that no longer have a glacier at the top.", "kohler"),
    P("Morel-Vautrin", "morel"),
    G("Gletsch"),
    D("next spring", "2023-SP"),
    D("2002", "2002"),
    Q("I used to think I was documenting a glacier,", "morel"),
    Q("Now I think I am writing its obituary.", "morel"),
]))

# ---------------------------------------------------------------- derbyshire (dct 2017-09-20, Wed)
DOCS.append(("holdout7-derbyshire-quarry", "derbyshire", [
    G("Buxton"),
    P("Rachel Thornley", "thornley"),
    O("BBC News"),
    G("Derbyshire"),
    L("Peak District National Park"),
    O("Derbyshire County Council"),
    D("Monday", "2017-09-18"),
    O("Brayfield Aggregates"),
    G("Buxton"),
    D("2042", "2042"),
    G("Green Fairfield"),
    P("Tony Haldane", "haldane"),
    N("Conservative"),
    Q("weighed the evidence very carefully", "haldane"),
    Q("Nobody on this committee takes a decision like this lightly,", "haldane"),
    Q("But the stone has to come from somewhere, and this site already has the rail sidings and the plant in place.", "haldane"),
    P("Ruth Pemberton", "pemberton"),
    O("Labour"),
    Q("a kick in the teeth", "pemberton"),
    P("Helen Oakes-Bradbury", "oakes"),
    O("Green Fairfield Parish Council"),
    Q("We have lived alongside this quarry for three generations and we have never once asked for it to close,", "oakes"),
    Q("What we asked for was a proper plan for the lorries. At the moment there are HGVs rumbling past the primary school from six in the morning, and nothing in these conditions changes that.", "oakes"),
    O("Peak District National Park Authority"),
    D("June", "2017-06"),
    L("Axe Edge Moor"),
    L("River Wye"),
    D("Monday", "2017-09-18"),
    Q("moderate", None),
    O("Brayfield"),
    P("Simon Kettering", "kettering"),
    D("next spring", "2018-SP"),
    Q("We have listened to the community and we have changed the scheme significantly since it was first submitted in 2015,", "kettering"),
    D("2015", "2015"),
    Q("Lorry numbers will be capped and we will be moving more stone by rail than ever before.", "kettering"),
    O("Save Harrow Edge"),
    D("this week", "2017-09-18/2017-09-24"),
    P("Priya Chandler", "chandler"),
    Q("This isn’t over. We have until the end of October to gather our evidence, and we intend to use every day of it.", "chandler"),
    D("the end of October", "2017-10"),
    O("Department for Communities and Local Government"),
    P("Haldane", "haldane"),
    D("16 October", "2017-10-16"),
]))

# ---------------------------------------------------------------- fernbrook (dct 2024-06-11, Tue)
DOCS.append(("holdout7-fernbrook-series-b", "fernbrook", [
    O("Fernbrook"),
    P("Dana Whitlock", "whitlock"),
    G("SAN FRANCISCO"),
    O("Fernbrook"),
    D("Tuesday", "2024-06-11"),
    O("Halvorsen Ventures"),
    O("Pinecrest Capital"),
    O("Redline Partners"),
    O("Northgate Growth"),
    O("Fernbrook"),
    D("2021", "2021"),
    P("Maya Okonkwo-Reyes", "okonkwo"),
    L("Midwest"),
    P("Tomás Ibarra", "ibarra"),
    O("Fernbrook"),
    D("the end of its fiscal first quarter", "2024-02/2024-04"),
    D("April 30", "2024-04-30"),
    D("a year earlier", "2023-04-30"),
    D("the fourth quarter of fiscal 2025", "2024-11/2025-01"),
    D("January 2025", "2025-01"),
    P("Okonkwo-Reyes", "okonkwo"),
    O("X", ctx="on "),
    D("Tuesday", "2024-06-11"),
    Q("Denials are a $260B problem and we're just getting started. Huge thanks to our team and our hospital partners 🙌 And yes, we're hiring,", "okonkwo"),
    G("U.S."),
    O("American Hospital Association"),
    D("2022 and last year", "2022/2023"),
    D("February", "2024-02"),
    O("Change Healthcare"),
    Q("Every hospital CFO I talk to has the same story: they're hiring more people to argue with insurers, and they're still losing,", "okonkwo"),
    P("Okonkwo-Reyes", "okonkwo"),
    Q("We think a well-built AI system can level that playing field.", "okonkwo"),
    O("Fernbrook"),
    D("the start of last year", "2023"),
    P("Ibarra", "ibarra"),
    O("Centers for Medicare & Medicaid Services"),
    O("CMS"),
    D("this year", "2024"),
    P("Erik Lindahl", "lindahl"),
    O("Halvorsen"),
    O("Fernbrook"),
    Q("Insurers have spent a decade automating denials. Hospitals have been fighting back with fax machines,", "lindahl"),
    D("the next 18 months", "FUTURE_REF"),
    O("Fernbrook"),
    G("Austin"),
    G("Texas"),
    D("this fall", "2024-FA"),
]))

# ---------------------------------------------------------------- hasselt (dct 2023-02-18, Sat)
DOCS.append(("holdout7-hasselt-namur-report", "hasselt", [
    P("Van der Heyden", "vdh"),
    O("Hasselt"),
    O("Sporting Hasselt"),
    O("Olympic Namur"),
    P("Jesper van der Heyden", "vdh"),
    O("Sporting Hasselt"),
    O("Olympic Namur"),
    D("Saturday", "2023-02-18"),
    O("Jupiler Pro League"),
    D("this season", "2022/2023"),
    O("Distillers"),
    D("December", "2022-12"),
    O("Namur"),
    P("Nathan Lefèvre", "lefevre"),
    P("Mathis De Smet", "desmet"),
    P("Moussa Traoré", "traore"),
    O("Hasselt"),
    P("Lucas Verbeke", "verbeke"),
    P("Arnaud de Moor", "demoor"),
    P("Van der Heyden", "vdh"),
    O("Utrecht"),
    D("the summer", "2022-SU"),
    P("Thiago dos Reis", "dosreis"),
    O("Namur"),
    D("last season", "2021/2022"),
    D("October", "2022-10"),
    P("De Moor", "demoor"),
    P("Verbeke", "verbeke"),
    O("Hasselt"),
    P("Luc Verhaegen", "verhaegen"),
    P("Senne Peeters", "peeters"),
    P("Dos Reis", "dosreis"),
    P("van der Heyden", "vdh"),
    P("De Smet", "desmet"),
    D("the 2022-23 campaign", "2022/2023"),
    Q("At half-time I told them we were playing like we were afraid to lose, not like we wanted to win,", "verhaegen"),
    P("Verhaegen", "verhaegen"),
    Q("The second half was the team I know. Jesper is a striker who always finds the space, and Thiago was unplayable on that left side.", "verhaegen"),
    P("Jesper", "vdh"),
    P("Thiago", "dosreis"),
    N("Brazilian"),
    O("Vitória"),
    D("2021", "2021"),
    D("winter", "2022-WI", ctx="a difficult "),
    Q("The fans never stopped singing, even when we were losing,", "dosreis"),
    P("dos Reis", "dosreis"),
    Q("We owed them this.", "dosreis"),
    O("Namur"),
    P("Stéphane Delvaux", "delvaux"),
    Q("We did everything right for an hour,", "delvaux"),
    P("Delvaux", "delvaux"),
    Q("Then we stopped defending the box. At this level, if you give a player like van der Heyden one chance, he scores. That's the lesson, and it's a hard one.", "delvaux"),
    P("van der Heyden", "vdh"),
    P("de Moor", "demoor"),
    D("Monday", "2023-02-20"),
    Q("I hope it's only a knock,", "delvaux"),
    Q("We cannot afford to lose him now.", "delvaux"),
    O("Hasselt"),
    O("Mechelen"),
    O("Club Brugge"),
    D("Sunday", "2023-02-19"),
    O("Namur"),
    O("Hasselt"),
    G("Genk"),
    D("next Saturday", "2023-02-25"),
    G("Limburg"),
    D("2019", "2019"),
    Q("It is the game everybody in the city has been waiting for,", "vdh"),
    P("van der Heyden", "vdh"),
    Q("We'll enjoy tonight and then start thinking about it on Monday.", "vdh"),
    D("tonight", "2023-02-18"),
    D("Monday", "2023-02-20"),
]))

# ---------------------------------------------------------------- kansas (dct 2018-04-27, Fri)
DOCS.append(("holdout7-kansas-budget", "kansas", [
    O("Kansas Legislature"),
    P("MELISSA TRAN", "tran"),
    O("Associated Press"),
    G("TOPEKA"),
    G("Kan."),
    O("AP"),
    O("Kansas Legislature"),
    D("Thursday", "2018-04-26"),
    N("Republican"),
    P("Raymond Tolliver", "tolliver"),
    O("Senate"),
    O("House"),
    D("2019 fiscal year", "2018-07/2019-06"),
    D("July 1", "2018-07-01"),
    D("2012", "2012"),
    D("last year", "2017"),
    Q("This is not a perfect budget, but it is an honest one,", "mcallister"),
    P("Carolyn McAllister", "mcallister"),
    N("R", ctx=", "),
    G("Wichita"),
    O("Senate Ways and Means Committee"),
    Q("For the first time in a long time, we are not raiding the highway fund to pay the light bill.", "mcallister"),
    O("Department of Corrections"),
    D("last summer", "2017-SU"),
    O("Department for Children and Families"),
    N("Democrats"),
    D("the past decade", "PAST_REF"),
    Q("We are papering over the cracks,", "price"),
    P("Darnell Price", "price"),
    N("D", ctx=", "),
    G("Kansas City"),
    N("Democrat"),
    O("House Appropriations Committee"),
    Q("Come January, we'll be right back here looking for money we don't have.", "price"),
    D("January", "2019-01"),
    P("Price", "price"),
    N("Democrats"),
    O("House Appropriations"),
    P("Gary Lindqvist", "lindqvist"),
    N("R", ctx=", "),
    G("Olathe"),
    D("the weekend", "2018-04-21/2018-04-22"),
    Q("Nobody got everything they wanted, and that's usually a sign you've done your job,", "lindqvist"),
    P("Lindqvist", "lindqvist"),
    D("June 30, 2019", "2019-06-30"),
    N("Republicans"),
    P("Travis Hoelscher", "hoelscher"),
    N("R", ctx=", "),
    G("Hays"),
    O("Legislature"),
    Q("lost its nerve", "hoelscher"),
    D("the past 10 months", "PAST_REF"),
    O("Department of Revenue"),
    D("fiscal 2019", "2018-07/2019-06"),
    D("April 20", "2018-04-20"),
    P("Tolliver", "tolliver"),
    D("next week", "2018-04-30/2018-05-06"),
    Q("The governor appreciates the hard work of legislators and will review the budget line by line before making any decisions,", None),
    P("Tolliver", "tolliver"),
    D("Friday", "2018-04-27"),
    O("Kansas Supreme Court"),
    D("Oct. 2", "2017-10-02"),
    O("Legislature"),
    D("April 30", "2018-04-30"),
    D("this month", "2018-04"),
    O("Legislature"),
    D("Jan. 8", "2018-01-08"),
    D("May 4", "2018-05-04"),
]))

# ---------------------------------------------------------------- sc (dct 2023-10-30, Mon)
DOCS.append(("holdout7-sc-highway-compensation", "sc", [
    O("SC"),
    G("NEW DELHI"),
    O("Supreme Court"),
    D("Monday", "2023-10-30"),
    O("Union Ministry of Road Transport and Highways"),
    G("Tamil Nadu"),
    D("Diwali", "2023-11-12"),
    P("A. S. Venkataraman", "venkataraman"),
    P("Meera Kulshrestha", "kulshrestha"),
    G("Krishnagiri"),
    G("Dharmapuri"),
    D("2019", "2019"),
    G("Hosur"),
    G("Dharmapuri"),
    D("March 2021", "2021-03"),
    Q("These are small cultivators. For them, Rs 8 lakh or Rs 10 lakh is the difference between sowing the next crop and leaving the field empty. The ministry cannot keep them running from one office to another for two years,", "venkataraman"),
    P("Venkataraman", "venkataraman"),
    P("Anil Thakral", "thakral"),
    O("National Highways Authority of India"),
    O("NHAI"),
    O("Ministry of Finance"),
    Q("The funds are in the pipeline. Certain procedural formalities have to be completed,", "thakral"),
    P("Thakral", "thakral"),
    Q("Four weeks from now Diwali will be over. What will these families tell their children?", "kulshrestha"),
    D("Four weeks from now", "2023-11-27"),
    D("Diwali", "2023-11-12"),
    P("Kulshrestha", "kulshrestha"),
    P("P. K. Menon", "menon"),
    Q("The State is adding hurdle after hurdle. The award has attained finality, the NHAI has not challenged it, and yet not a rupee of interest has been paid,", "menon"),
    O("NHAI"),
    P("Menon", "menon"),
    D("November 8", "2023-11-08"),
    G("Krishnagiri"),
    G("Dharmapuri"),
    D("November 20", "2023-11-20"),
    O("PTI"),
    P("K. Ramesh", "ramesh"),
    O("Krishnagiri District Land Losers' Welfare Association"),
    Q("Many of us had hoped to buy seed and clothes for the children before Diwali last year also, and the year before. This time we feel the court has heard us,", "ramesh"),
    D("Diwali last year", "2022-10-24"),
    D("the year before", "2021"),
    P("Ramesh", "ramesh"),
    G("Centre"),
    O("NHAI"),
    D("October 9", "2023-10-09"),
]))

# ---------------------------------------------------------------- townsville (dct 2016-11-22, Tue)
DOCS.append(("holdout7-townsville-bottle-shop", "townsville", [
    G("Townsville"),
    P("Harriet Coombe", "coombe"),
    G("Townsville"),
    P("Jayden Michael Corbett", "corbett"),
    O("Townsville Magistrates Court"),
    D("Tuesday", "2016-11-22"),
    P("Corbett", "corbett"),
    G("Kirwan"),
    D("Saturday", "2016-11-19"),
    L("Ross River"),
    G("Annandale"),
    D("Sunday", "2016-11-20"),
    P("Brett Lowrie", "lowrie"),
    P("Corbett", "corbett"),
    D("this year", "2016"),
    O("Legal Aid Queensland"),
    P("Ana Fifita", "fifita"),
    G("Mount Isa"),
    Q("He has support, he has work waiting for him and he is prepared to report to police daily,", "fifita"),
    P("Fifita", "fifita"),
    P("Ian Kowalczyk", "kowalczyk"),
    P("Corbett", "corbett"),
    Q("The allegation is that a young worker, alone at the counter late on a Saturday night, was confronted with a large blade and told to hand over the takings,", "kowalczyk"),
    D("Saturday", "2016-11-19"),
    P("Kowalczyk", "kowalczyk"),
    Q("Whatever the strength of the prosecution case turns out to be, I cannot ignore the defendant's history of failing to appear, and I am not satisfied that any condition I could impose would ensure he attends court.", "kowalczyk"),
    Q("Bail is refused.", "kowalczyk"),
    P("Corbett", "corbett"),
    D("December 14", "2016-12-14"),
    P("Kerrie-Anne Dwyer", "dwyer"),
    O("Townsville Criminal Investigation Branch"),
    Q("This was a frightening experience for a young person just doing their job,", "dwyer"),
    P("Dwyer", "dwyer"),
    Q("We'd also like to thank members of the public who gave us dashcam footage, which was a big part of this investigation.", "dwyer"),
    O("ABC"),
    D("the weekend", "2016-11-19/2016-11-20"),
    Q("We close at ten now instead of eleven. You just don't know who's going to walk in,", None),
    O("Queensland Police Service"),
    D("Monday", "2016-11-21"),
    O("Townsville Childrens Court"),
    D("this week", "2016-11-21/2016-11-27"),
    Q("Investigations are continuing, and police are not ruling out further charges,", None),
]))

# ---------------------------------------------------------------- uganda (dct 2016-03-03, Thu)
DOCS.append(("holdout7-uganda-coffee", "uganda", [
    G("Uganda"),
    G("KAMPALA"),
    D("March 3", "2016-03-03"),
    O("Reuters"),
    G("Uganda"),
    D("the 2015/16 marketing year", "2015-10/2016-09"),
    D("last year", "2015"),
    L("Lake Victoria"),
    L("Rwenzori Mountains"),
    D("Thursday", "2016-03-03"),
    L("Africa"),
    G("Ethiopia"),
    D("the 2014/15 season", "2014-10/2015-09"),
    O("Uganda Coffee Development Authority"),
    O("UCDA"),
    G("Uganda"),
    Q("We are now looking at somewhere between 3.2 and 3.3 million bags for the year, down from our earlier projection of 3.7 million,", "tumusiime"),
    O("UCDA"),
    P("Emmanuel Tumusiime", "tumusiime"),
    O("Reuters"),
    Q("The rains came at exactly the wrong moment for the robusta crop.", "tumusiime"),
    D("the October-December quarter", "2015-10/2015-12"),
    D("a year earlier", "2014-10/2014-12"),
    O("UCDA"),
    P("Tumusiime", "tumusiime"),
    D("January", "2016-01"),
    D("the January-March quarter", "2016-01/2016-03"),
    D("last year", "2015"),
    G("Uganda"),
    L("Lake Victoria"),
    L("Mount Elgon"),
    L("Rwenzori Mountains"),
    G("Democratic Republic of Congo"),
    L("Semliki"),
    L("Mpanga"),
    D("November", "2015-11"),
    O("Ministry of Agriculture, Animal Industry and Fisheries"),
    Q("Some of our farmers in Bundibugyo and Kasese lost the whole of the first picking,", "opio"),
    G("Bundibugyo"),
    G("Kasese"),
    P("Patrick Opio", "opio"),
    D("May", "2016-05"),
    N("African"),
    D("last year", "2015"),
    O("Ministry of Finance, Planning and Economic Development"),
    G("Kampala"),
    D("this week", "2016-02-29/2016-03-06"),
    D("December", "2015-12"),
    Q("Exporters are fighting over every bag,", "mutebi"),
    P("Joseph Mutebi", "mutebi"),
    G("Kampala"),
    O("Lweza Commodities"),
    Q("Some roasters in Europe have already pushed contracts for March and April shipment into the third quarter because they know the volumes are not there.", "mutebi"),
    L("Europe"),
    D("March and April", "2016-03/2016-04"),
    D("the third quarter", "2016-07/2016-09"),
    P("Mutebi", "mutebi"),
    N("Ugandan"),
    N("Vietnamese"),
    G("London"),
    D("the middle of the year", "2016"),
    O("Ministry of Trade, Industry and Cooperatives"),
    O("UCDA"),
    D("next week", "2016-03-07/2016-03-13"),
    O("UCDA"),
    D("the 2016/17 marketing year", "2016-10/2017-09"),
    D("2014", "2014"),
    P("Moses Kasujja", "kasujja"),
    P("Helen Marsh", "marsh"),
]))


def boundary_ok(text, s, e):
    if text[s].isalnum() and s > 0 and text[s - 1].isalnum():
        return False
    if text[e - 1].isalnum() and e < len(text) and text[e].isalnum():
        return False
    return True


def locate(text, m, cursor):
    pos = cursor
    while True:
        i = text.find(m["text"], pos)
        if i < 0:
            raise SystemExit(f"not found after {cursor}: {m['text']!r}")
        ok = boundary_ok(text, i, i + len(m["text"]))
        if ok and m["ctx"] is not None:
            ok = text[max(0, i - len(m["ctx"])):i] == m["ctx"]
        if ok:
            return i
        pos = i + 1


def build():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                manifest[r["doc_id"]] = r
    out = []
    for doc_id, short, mentions in DOCS:
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        text = open(path, encoding="utf-8", newline="").read()
        cursor = 0
        spans = []
        for n, m in enumerate(mentions, 1):
            s = locate(text, m, cursor)
            e = s + len(m["text"])
            assert text[s:e] == m["text"]
            assert text[s:e] == text[s:e].strip() and text[s:e][0] not in ".,;:'\"‘’“”"
            sp = {"id": f"{short}-{n}", "start": s, "end": e, "label": m["label"], "text": m["text"]}
            if m["label"] == "DATE":
                assert m["value"], m
                sp["value"] = m["value"]
            else:
                assert m["value"] is None
            spans.append((sp, m))
            cursor = s if m["label"] == "QUOTE" else e
        # reading order
        starts = [sp["start"] for sp, _ in spans]
        assert starts == sorted(starts), f"{doc_id}: not in reading order"
        # ids unique
        ids = [sp["id"] for sp, _ in spans]
        assert len(ids) == len(set(ids))
        # flatness: only entities/dates inside a QUOTE
        for a, _ in spans:
            for b, _ in spans:
                if a is b:
                    continue
                if a["start"] < b["end"] and b["start"] < a["end"]:
                    outer, inner = (a, b) if (a["start"] <= b["start"] and b["end"] <= a["end"]) else (b, a)
                    if not (outer["start"] <= inner["start"] and inner["end"] <= outer["end"]):
                        raise SystemExit(f"crossing spans {a} {b}")
                    if outer["label"] != "QUOTE" or inner["label"] == "QUOTE":
                        raise SystemExit(f"nested non-QUOTE {outer} {inner}")
        # said_by
        persons = [(sp, m["key"]) for sp, m in spans if sp["label"] == "PERSON"]
        for sp, m in spans:
            if sp["label"] == "PERSON":
                assert m["key"]
        rels = []
        for sp, m in spans:
            if sp["label"] != "QUOTE" or m["key"] is None:
                continue
            best = None
            for p, k in persons:
                if k != m["key"]:
                    continue
                if p["end"] <= sp["start"]:
                    d = sp["start"] - p["end"]
                elif p["start"] >= sp["end"]:
                    d = p["start"] - sp["end"]
                else:
                    d = 0
                if best is None or d < best[0]:
                    best = (d, p)
            assert best, f"no PERSON for speaker {m['key']}"
            rels.append({"from": sp["id"], "to": best[1]["id"], "type": "said_by"})
        out.append({"doc_id": doc_id, "spans": [sp for sp, _ in spans], "relations": rels})
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    res = build()
    for r in res:
        from collections import Counter
        c = Counter(s["label"] for s in r["spans"])
        print(r["doc_id"], dict(sorted(c.items())), "said_by", len(r["relations"]), "spans", len(r["spans"]))
