#!/usr/bin/env python3
"""Hand-chosen annotations for the eight holdout17 articles.

Every mention below was chosen by reading the text (no NLP tool).  The script only
locates each mention (sequential search in reading order, whole-word match, optional
left context), checks the spans and writes annotation.jsonl next to this file.

Mention tuple helpers:
  P(text, who)      PERSON; `who` is a speaker key used for said_by
  O/G/L/N(text)     ORG / GPE / LOC / NORP
  D(text, value)    DATE with its resolved value
  Q(text, who)      QUOTE (text inside the marks); who=None -> speaker never named (7a)
Any helper takes ctx="..." : the text that must immediately precede the mention.

said_by: each QUOTE goes to the PERSON span with the same `who` key that is nearest
to the quote by character distance (section 7); the chosen pairs are printed.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")


def P(t, who=None, ctx=None):
    return dict(text=t, label="PERSON", who=who, ctx=ctx)


def O(t, ctx=None):
    return dict(text=t, label="ORG", ctx=ctx)


def G(t, ctx=None):
    return dict(text=t, label="GPE", ctx=ctx)


def L(t, ctx=None):
    return dict(text=t, label="LOC", ctx=ctx)


def N(t, ctx=None):
    return dict(text=t, label="NORP", ctx=ctx)


def D(t, value, ctx=None):
    return dict(text=t, label="DATE", value=value, ctx=ctx)


def Q(t, who, ctx=None):
    return dict(text=t, label="QUOTE", who=who, ctx=ctx)


DOCS = {}

# ---------------------------------------------------------------- fellside (dct Sun 2019-10-13)
DOCS["holdout17-fellside-cup-final"] = ("fel", [
    # headline
    O("Fellside Athletic"),
    # dateline
    D("Sunday, October 13, 2019", "2019-10-13"),
    O("Fellside Athletic"), D("Friday", "2019-10-11"), O("Tynebridge Wanderers"),
    G("Gateshead"), G("England"), D("1978", "1978"),
    O("Wanderers"), N("Swedish"), P("Sofia Lindqvist", "lindqvist"), O("Fellside"),
    P("Hannah Osei", "osei"), P("Niamh Doherty", "doherty"),
    P("Keira Ashworth-Brown", "ab"), P("Doherty", "doherty"),
    Q("I've waited my whole career for a night like this,", "ab"),
    P("Ashworth-Brown", "ab"),
    Q("Last season we lost the semi-final on penalties and half of us cried on the bus home. "
      "Tonight we're crying for the right reasons.", "ab"),
    D("Last season", "PAST_REF"), D("Tonight", "2019-10-11"),
    O("Fellside"), P("Graham Petheridge", "pet"), D("2016", "2016"),
    Q("We were second best for forty minutes, and I won't pretend otherwise,", "pet"),
    P("Petheridge", "pet"),
    Q("But this group doesn't know when it's beaten. They showed that all through the spring, "
      "and they showed it again tonight.", "pet"),
    D("the spring", "2019-SP"), D("tonight", "2019-10-11"),
    O("Northern Counties Football Association"), D("2017", "2017"), G("Sunderland"),
    O("Wanderers"), D("last season", "PAST_REF"), P("Marcus Adeyemi-Clarke", "mac"),
    D("Saturday", "2019-10-12"), O("Fellside"), P("Lindqvist", "lindqvist"),
    O("Fellside"), D("the 1970s", "1970/1979"), L("River Tyne"), D("1976", "1976"),
    D("1978", "1978"), D("the 1990s", "1990/1999"), D("2009", "2009"),
    P("Petheridge", "pet"), D("last season", "PAST_REF"),
    P("Ashworth-Brown", "ab"), G("Durham"), D("Monday", "2019-10-14"), P("Doherty", "doherty"),
    P("Margaret Tully", "tully"), D("1978", "1978"),
    O("Northern Counties Football Association"), D("next season", "FUTURE_REF"),
    D("September 2020", "2020-09"), O("Fellside"), D("November", "2019-11"),
    # sources (titles in quotation marks are not QUOTE, 7a)
    P("Ashworth-Brown", "ab"), O("Fellside"), O("Tyneside Evening Courier"),
    D("October 11, 2019", "2019-10-11"),
    O("North East Sport Weekly"), D("October 9, 2019", "2019-10-09"),
    O("Wanderers"), P("Lindqvist", "lindqvist"), O("Tyneside Evening Courier"),
    D("October 12, 2019", "2019-10-12"),
])

# ---------------------------------------------------------------- cauvery (dct Fri 2023-10-13)
DOCS["holdout17-cauvery-assembly-walkout"] = ("cau", [
    O("DMK"), O("AIADMK"), O("Assembly"), L("Cauvery"),
    G("CHENNAI"), O("DMK"), O("AIADMK"), O("Assembly"), D("Thursday", "2023-10-12"),
    L("Cauvery"), G("Karnataka"), O("AIADMK"),
    O("AIADMK"), P("K. Ramasamy", "ram"), G("Manapparai"), G("Thanjavur"), G("Tiruvarur"),
    G("Nagapattinam"),
    Q("Farmers in the delta have waited since June for water that was promised to them under the "
      "Supreme Court’s verdict. This government has only written letters and attended meetings,",
      "ram"),
    D("June", "2023-06"), O("Supreme Court"), P("Ramasamy", "ram"),
    P("S. Arulmozhi", "aru"), O("Cauvery Water Management Authority"), O("CWMA"),
    O("Supreme Court"), D("last month", "2023-09"), G("Karnataka"),
    Q("We have not compromised on the rights of Tamil Nadu even by one tmcft. Karnataka must "
      "release what is due to us as per the monthly schedule fixed by the court in 2018, and we "
      "will not rest until it does,", "aru"),
    G("Tamil Nadu"), G("Karnataka"), D("2018", "2018"),
    D("this year", "2023"), G("Mettur"), D("Thursday", "2023-10-12"),
    O("AIADMK"), P("P. Chinnadurai", "chin"), O("DMK"),
    Q("silent before its allies in Bengaluru.", "chin"), G("Bengaluru"), O("AIADMK"),
    P("Chinnadurai", "chin"),
    Q("Thiru Arulmozhi should go to Bengaluru himself and sit there until the water is released. "
      "Making speeches in Chennai will not wet a single acre in Thanjavur.", "chin"),
    P("Arulmozhi", "aru"), G("Bengaluru"), G("Chennai"), G("Thanjavur"),
    O("BJP"), P("V. Thirumalaivasan", "thi"), G("Tirunelveli"), N("Dravidian"), O("CWMA"),
    D("August", "2023-08"), G("Karnataka"), G("Biligundlu"),
    G("Tiruchi"), G("Madurai"), D("Monday", "2023-10-16"), P("P.R. Selvakumar", "selv"),
    Q("We are not asking for charity. We are asking for our share of the Cauvery,", "selv"),
    L("Cauvery"),
    P("N. Sivagurunathan", "siva"), D("next week", "2023-10-16/2023-10-22"), L("Cauvery"),
])

# ---------------------------------------------------------------- sudan (dct Tue 2024-02-20)
DOCS["holdout17-sudan-port-sudan-aid"] = ("sud", [
    G("Sudan"), G("Port Sudan"),
    G("Port Sudan"), G("Sudan"), P("Fatima al-Zubair", "fat"), G("Khartoum"),
    D("last April", "2023-04"), N("Sudanese"), O("Rapid Support Forces"), O("RSF"),
    G("Port Sudan"), G("Khartoum"), G("Omdurman"), L("Nile"),
    Q("We left with nothing but the clothes we were wearing,", "fat"), O("Al Jazeera"),
    Q("My children ask me every night when we are going home. I have no answer for them.", "fat"),
    O("United Nations"), G("Sudan"), G("Darfur"), G("Kordofan"), O("RSF"), G("Khartoum"),
    G("Port Sudan"), L("Red Sea"), O("UN"),
    Q("We have food in the warehouses here, but we cannot get it to the people who need it most,",
      "ela"),
    P("Khalid el-Amin", "ela"), O("World Food Programme"), O("WFP"), G("Port Sudan"),
    Q("Every week that passes, the window to prevent famine gets smaller.", "ela"),
    P("El-Amin", "ela"), O("WFP"), D("January", "2024-01"), D("December", "2023-12"), O("RSF"),
    G("Wad Madani"), G("Gezira"), G("Sudan"),
    G("Wad Madani"), G("Kassala"), G("Gedaref"), G("Port Sudan"), G("Khartoum"),
    O("UN"), O("UNHCR"), G("Chad"), G("Egypt"), G("South Sudan"), G("Chad"), N("Sudanese"),
    G("Darfur"),
    G("Kassala"),
    Q("We negotiate access with one side for a week, and then the other side says no. Meanwhile, "
      "people are eating leaves.", None),
    O("RSF"), O("RSF"), G("Port Sudan"), N("Saudi"), G("Jeddah"), D("December", "2023-12"),
    P("Omar Abdelgadir el-Sheikh", "oma"),
    Q("Most of them walked for days, or paid everything they had for a place on a lorry,", "oma"),
    Q("By the time they reach us, some children are too weak to eat.", "oma"),
    P("Fatima al-Zubair", "fat"), D("January", "2024-01"), G("Egypt"),
    Q("We used to feed our neighbours,", "fat"),
    Q("Now I stand in line and hope.", "fat"),
])

# ---------------------------------------------------------------- shannon (dct Wed 2017-11-15; CRLF)
DOCS["holdout17-shannon-clare-flood-relief"] = ("sha", [
    L("Shannon"), G("Co Clare"), Q("years behind schedule", "obr"), O("Dáil"),
    P("Gráinne Ní Chonaill", "gnc"),
    L("Shannon"), G("Co Clare"), O("Dáil"), D("another winter", "2017-WI"),
    O("Fianna Fáil"), P("Séamus Ó Briain", "obr"), G("Clare"), D("Tuesday", "2017-11-14"),
    G("Clonlara"), G("O’Briensbridge"), D("December 2015", "2015-12"),
    Q("I have stood in kitchens in Clonlara where the water came up to the countertops,", "obr"),
    G("Clonlara"), P("Ó Briain", "obr"),
    Q("These families were told in 2016 that work would begin the following year. Not a single "
      "sod has been turned.", "obr"),
    D("2016", "2016"), D("the following year", "2017"),
    Q("Now they are being told to wait until 2020 at the earliest. That is not a plan. That is the "
      "abandonment of the people of Clare, and they know it.", "obr"),
    D("2020", "2020"), G("Clare"),
    O("Office of Public Works"), D("next year", "2018"), D("the next decade", "FUTURE_REF"),
    O("Sinn Féin"), P("Tomás Mac Giolla Rua", "mgr"), G("Clare"),
    Q("People cannot sell their homes, they cannot insure them and they cannot get a straight "
      "answer from the State,", "mgr"),
    P("Mac Giolla Rua", "mgr"),
    D("Wednesday", "2017-11-15"), O("Office of Public Works"),
    Q("complex and environmentally sensitive", None),
    Q("The OPW remains fully committed to delivering this scheme and is working closely with "
      "Clare County Council and the ESB to manage water levels in the interim,", None),
    O("OPW"), O("Clare County Council"), O("ESB"),
    O("ESB"),
    O("Seanad"), D("Wednesday", "2017-11-15"), O("Fine Gael"), P("Eibhlín Ní Chathasaigh", "nic"),
    G("Ennis"), L("Shannon"),
    Q("We will not get it right by rushing it,", "nic"),
    Q("A scheme that fails the first time the river rises is worse than no scheme at all.", "nic"),
    P("Máirtín Mac Mathúna", "mmm"), D("the past month", "PAST_REF"), L("midlands"),
    Q("Every November we watch the forecast and hold our breath,", "mmm"),
    P("Mac Mathúna", "mmm"),
    O("Dáil"), O("Fianna Fáil"), D("next Tuesday", "2017-11-21"),
])

# ---------------------------------------------------------------- hdb (dct Thu 2025-03-06)
DOCS["holdout17-hdb-jurong-tampines-upgrade"] = ("hdb", [
    O("HDB"), G("Jurong"), G("Tampines"), D("next year", "2026"),
    G("SINGAPORE"), O("Housing Board"), G("Jurong"), G("Tampines"), D("next year", "2026"),
    D("March 5", "2025-03-05"),
    O("Ministry of National Development"), O("MND"),
    D("the 1980s and early 1990s", "1980/1999"), G("Jurong West"), G("Tampines North"),
    D("the second half of 2026", "2026-07/2026-12"), D("2031", "2031"),
    O("HDB"),
    P("Tan Wei Ming", "tan"), G("Tampines GRC"),
    Q("Many of our seniors have lived here for 30 or 40 years. They don’t want to move, but their "
      "knees are not what they were,", "tan"),
    P("Tan", "tan"), O("People’s Action Party"), O("PAP"),
    Q("If we can make the walk to the market or the clinic a little shorter and a little safer, "
      "that makes a real difference to their lives.", "tan"),
    D("last year", "2024"),
    G("Jurong West"), P("R. Selvaraj", "selv"), D("years ago", "PAST_REF"),
    Q("The plan sounds good on paper,", "selv"), P("Selvaraj", "selv"), D("1987", "1987"),
    Q("But we have heard announcements before. I hope they start with the oldest blocks first.",
      "selv"),
    O("Workers’ Party"), O("WP"),
    O("WP"), P("Nur Aisyah Ismail", "nur"), G("Tampines"),
    Q("Residents want upgrading, but they also want to know how long the drilling will go on "
      "outside their windows,", "nur"),
    P("Nur Aisyah", "nur"),
    Q("Clear timelines and good communication will matter as much as the money.", "nur"),
    O("MND"), G("Singapore"),
    G("Bedok"), G("Ang Mo Kio"),
    P("Lim Siew Hoon", "lim"), Q("Just make sure the lift works,", "lim"),
    Q("That is all I need.", "lim"),
])

# ---------------------------------------------------------------- norrland (dct Tue 2016-05-24)
DOCS["holdout17-norrland-travel-deduction"] = ("nor", [
    O("Moderates"), L("Norrland"),
    G("Sweden"), O("Moderates"), L("Norrland"), O("Riksdag"),
    D("Monday", "2016-05-23"), G("Sweden"), D("today", "PRESENT_REF"),
    P("Åsa Berglöf", "ber"), N("Moderate"), G("Västerbotten"),
    Q("If you live in Stockholm you take the metro. If you live outside Arvidsjaur you drive 80 "
      "kilometres each way, because there is no bus,", "ber"),
    G("Stockholm"), G("Arvidsjaur"), P("Berglöf", "ber"), O("The Local"),
    Q("Our tax system should recognize that.", "ber"),
    L("Norrland"), N("Social Democrat"), N("Green"), D("last year", "2015"),
    O("Social Democrats"), P("Göran Själander", "sja"), O("Riksdag"), O("Committee on Taxation"),
    Q("It sounds generous and it helps almost nobody who actually needs it,", "sja"),
    Q("A nurse in Kiruna on a low salary gets a few hundred kronor. A consultant with a big car "
      "gets thousands.", "sja"),
    G("Kiruna"),
    D("the autumn", "2016-FA"), D("2017", "2017"),
    O("Sweden Democrats"), D("recent years", "PAST_REF"), P("Mårten Öhrvall", "ohr"),
    Q("Norrland has been treated as a cash machine for the rest of Sweden for a hundred years. The "
      "iron ore, the timber, the hydropower – all of it goes south,", "ohr"),
    L("Norrland"), G("Sweden"), P("Öhrvall", "ohr"),
    O("Moderates"), O("Alliance"), O("Sweden Democrats"), O("Riksdag"), O("Centre Party"),
    O("Liberals"),
    P("Elin Häggström", "hag"), O("University of Gothenburg"), Q("a blunt tool", "hag"),
    Q("The evidence suggests they mostly reward people who already commute, rather than "
      "persuading anyone to stay or to move north,", "hag"),
    Q("If the goal is to keep young people in Norrland, better broadband and more flexible higher "
      "education would do more.", "hag"),
    L("Norrland"),
    P("Häggström", "hag"),
    G("Sweden"),
    P("Berglöf", "ber"), D("the autumn", "2016-FA"), Q("listen to the north for once", "ber"),
    O("Riksdag"), D("June 2nd", "2016-06-02"),
])

# ---------------------------------------------------------------- blue nile (dct Thu 2022-06-09)
DOCS["holdout17-blue-nile-bridge-delay"] = ("bln", [
    L("Blue Nile"), G("Oromia"), G("Amhara"),
    G("Addis Ababa"), D("June 9/2022", "2022-06-09"), L("Blue Nile"), G("Oromia"), G("Amhara"),
    L("Blue Nile"), L("Abay"), G("North Shewa"), G("Oromia"), G("East Gojjam"), G("Amhara"),
    D("March 2019", "2019-03"), D("the end of 2021", "2021"), D("last October", "2021-10"),
    P("Meseret Alemayehu", "mes"), G("Amhara"), O("Addis Standard"),
    Q("Two women drowned in April trying to cross with their goods,", "mes"),
    D("April", "2022-04"), P("Meseret", "mes"),
    Q("Every year before the rains we are told that the bridge will be finished. Now the rainy "
      "season is coming again and there is no one at the site.", "mes"),
    D("this week", "2022-06-06/2022-06-12"), O("Facebook"), D("Tuesday", "2022-06-07"),
    Q("Three years of promises and still no bridge. Our mothers are crossing the Abay on rafts "
      "again this rainy season 😢🙏 #BuildTheBridge", None),
    L("Abay"),
    P("Gemechu Tolessa", "gem"), O("Oromia Roads and Logistics Bureau"),
    D("the past year", "PAST_REF"),
    Q("The contract was signed when a quintal of cement was sold at a very different price. The "
      "contractor cannot continue at a loss, and the budget must be revised,", "gem"),
    P("Gemechu", "gem"), D("May", "2022-05"),
    P("Hirut Wondimu", "hir"), O("Ethiopian Roads Administration"), O("ERA"),
    O("Addis Standard"), D("Wednesday", "2022-06-08"),
    Q("We are aware of the concerns of the community, and we expect work to resume in the next "
      "fiscal year,", "hir"),
    D("the next fiscal year", "2022-07/2023-06"), P("Hirut", "hir"),
    G("Amhara"), O("Prosperity Party"), Q("a symbol of broken promises", None),
    Q("People no longer believe what we tell them,", None),
    D("2019", "2019"), G("Addis Ababa"), G("East Gojjam"), L("Abay"), G("Bahir Dar"),
    P("Dawit Kebede Ayana", "daw"), G("Addis Ababa"),
    Q("Contracts that were signed three or four years ago simply do not reflect today’s prices. "
      "Without revision, many projects will remain half-built,", "daw"),
    D("three or four years ago", "2018/2019"), D("today", "PRESENT_REF"), P("Dawit", "daw"),
    O("House of Peoples’ Representatives"), D("the 2022/23 fiscal year", "2022-07/2023-06"),
    D("next month", "2022-07"),
])

# ---------------------------------------------------------------- mrt (dct Fri 2018-04-27)
DOCS["holdout17-mrt-subsidies-kaohsiung-taichung"] = ("mrt", [
    G("Kaohsiung"), G("Taichung"),
    P("Lin Chia-hao", "lin"),
    O("Chinese Nationalist Party"), O("KMT"), O("Democratic Progressive Party"), O("DPP"),
    D("yesterday", "2018-04-26"), G("Kaohsiung"), G("Taichung"), O("KMT"), O("DPP"),
    D("Nov. 24", "2018-11-24"),
    O("Legislative Yuan"), O("Transportation Committee"), O("KMT"), P("Chen Yi-ting", "chen"),
    P("陳怡婷", "chen"), O("Ministry of Transportation and Communications"), O("MOTC"),
    G("Kaohsiung"), G("Taichung"), O("KMT"), Q("left sitting in a drawer.", "chen"),
    Q("The Forward-looking Infrastructure Development Program was sold to the public as a plan for "
      "the whole nation. What we see is money flowing to the cities the ruling party wants to keep,",
      "chen"),
    P("Chen", "chen"),
    O("DPP"), P("Huang Kuo-wei", "hua"), P("黃國維", "hua"), O("Executive Yuan"),
    D("years ago", "PAST_REF"),
    Q("The Green Line has been under construction since 2009. Are we supposed to stop halfway "
      "because there is an election this year?", "hua"),
    D("2009", "2009"), D("this year", "2018"), P("Huang", "hua"),
    O("MOTC"), P("Wu Pei-ling", "wu"), P("吳佩玲", "wu"),
    Q("No local government has been treated differently because of its political affiliation. "
      "Projects that meet the criteria receive funding, and those that do not are asked to revise "
      "their plans,", "wu"),
    P("Wu", "wu"),
    G("Kaohsiung"), D("the first quarter", "2018-01/2018-03"),
    D("the same period last year", "2017-01/2017-03"),
    P("Wu", "wu"), G("Taichung"), D("next year", "2019"),
    P("Chen", "chen"), D("last year", "2017"),
    P("Wu", "wu"), D("the end of June", "2018-06"),
    O("KMT"), G("Changhua County"), P("Wu", "wu"),
    O("DPP"), P("Su Ming-hsuan", "su"), P("蘇明軒", "su"), G("Kaohsiung"),
    Q("pawns in a political fight.", "su"),
    D("the third quarter", "2018-07/2018-09"), D("the first quarter", "2018-01/2018-03"),
    O("National Taiwan University"), P("Kao Wen-ching", "kao"), P("高文卿", "kao"),
    Q("Taiwan has built a lot of rail in a short time. The question now is whether we have the "
      "people and the systems to check that it is built safely,", "kao"),
    G("Taiwan"), P("Kao", "kao"),
])


def isword(c):
    return c.isalnum()


def locate(text, m, cursor):
    s = m["text"]
    pos = cursor
    while True:
        i = text.find(s, pos)
        if i < 0:
            raise SystemExit(f"not found after {cursor}: {s!r}")
        j = i + len(s)
        ok = True
        if m["label"] != "QUOTE":
            if i > 0 and isword(text[i - 1]) and isword(s[0]):
                ok = False
            if j < len(text) and isword(text[j]) and isword(s[-1]):
                ok = False
        if m.get("ctx") and text[max(0, i - len(m["ctx"])):i] != m["ctx"]:
            ok = False
        if ok:
            return i, j
        pos = i + 1


def build(verbose=False):
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    order = [r["doc_id"] for r in manifest]
    files = {r["doc_id"]: r["file"] for r in manifest}
    out = []
    for doc_id in order:
        short, mentions = DOCS[doc_id]
        text = open(os.path.join(CORPUS, files[doc_id]), encoding="utf-8", newline="").read()
        spans, meta = [], []
        cursor = 0
        for n, m in enumerate(mentions, 1):
            i, j = locate(text, m, cursor)
            assert text[i:j] == m["text"]
            sp = {"id": f"{short}-{n}", "start": i, "end": j, "label": m["label"], "text": m["text"]}
            if m["label"] == "DATE":
                sp["value"] = m["value"]
            spans.append(sp)
            meta.append(m)
            cursor = i if m["label"] == "QUOTE" else j
        # checks: unique ids, flatness (only non-QUOTE inside QUOTE), reading order
        ids = [s["id"] for s in spans]
        assert len(ids) == len(set(ids))
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                x, y = spans[a], spans[b]
                if x["start"] < y["end"] and y["start"] < x["end"]:
                    outer, inner = (x, y) if (x["start"] <= y["start"] and y["end"] <= x["end"]) else (y, x)
                    if not (outer["start"] <= inner["start"] and inner["end"] <= outer["end"]):
                        raise SystemExit(f"crossing spans {x} {y}")
                    if outer["label"] != "QUOTE" or inner["label"] == "QUOTE":
                        raise SystemExit(f"non-flat {outer} {inner}")
        for s in spans:
            if s["label"] != "QUOTE":
                t = s["text"]
                assert t == t.strip() and not t.endswith(("'s", "’s", ",", ".", ";", ":")), s
        # said_by: nearest PERSON span with the same speaker key
        rels = []
        for s, m in zip(spans, meta):
            if s["label"] != "QUOTE" or m["who"] is None:
                continue
            best = None
            for p, pm in zip(spans, meta):
                if p["label"] != "PERSON" or pm.get("who") != m["who"]:
                    continue
                if p["end"] <= s["start"]:
                    d = s["start"] - p["end"]
                elif p["start"] >= s["end"]:
                    d = p["start"] - s["end"]
                else:
                    d = 0
                if best is None or d < best[0]:
                    best = (d, p)
            assert best is not None, m
            rels.append({"from": s["id"], "to": best[1]["id"], "type": "said_by"})
            if verbose:
                print(f"  said_by {s['id']} ({s['text'][:30]!r}) -> {best[1]['id']} {best[1]['text']!r} d={best[0]}")
        out.append({"doc_id": doc_id, "spans": spans, "relations": rels})
        if verbose:
            from collections import Counter
            c = Counter(s["label"] for s in spans)
            print(doc_id, dict(sorted(c.items())), "relations", len(rels))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    build(verbose="-v" in sys.argv)
