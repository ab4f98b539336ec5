#!/usr/bin/env python3
"""Hand-chosen mentions for the holdout5 articles.  This script only computes
offsets, checks them and writes annotation.jsonl.

Each article is a list, in reading order, of
  (surface, label)                 entity
  (surface, 'DATE', value)         date
  ('QUOTE', start_snippet, end_snippet, speaker_names_or_None, [inner mentions])
Entities are searched forward from a cursor (whole-word match), so repeated
surfaces are picked in reading order.  A QUOTE runs from the first character of
start_snippet to the last character of end_snippet (text inside the marks);
its inner mentions are searched inside it, then the cursor moves to its end.
said_by goes to the PERSON span (text in speaker_names) nearest by character
distance (gap between the spans), before or after the quote (guidelines 7).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', '..', '..', 'corpus')  # heldout/corpus

P, O, G, L, N = 'PERSON', 'ORG', 'GPE', 'LOC', 'NORP'
def D(s, v): return (s, 'DATE', v)
def Q(a, b, who, inner=()): return ('QUOTE', a, b, who, list(inner))
def C(item, left):
    """pick the next occurrence of item's surface that is immediately preceded by `left`."""
    return ('CTX', left, item)

DOCS = {}

# ---------------------------------------------------------------- crossgates (dct Fri 2018-06-08)
DUNLOP = ['Morag Dunlop-Reid', 'Dunlop-Reid']
RENNIE = ['Elspeth Rennie', 'Rennie']
DOCS['holdout5-crossgates-planning'] = ('crossgates', [
    ('Fife', G),
    ('Catriona Baird', P),
    ('Fife', G),
    ('Fife Council', O), D('last Tuesday', '2018-06-05'), ('Crossgates', G), ('Forthview Homes', O),
    D('March 2017', '2017-03'),
    ('Dunfermline', G),
    ('Morag Dunlop-Reid', P),
    ('Dunlop-Reid', P), D('two years ago', '2016'),
    Q('I understand the strength', 'this decision lightly,', DUNLOP, [('Crossgates', G)]),
    Q('But the site is allocated', 'conditions attached to it.', DUNLOP,
      [('Scottish Environment Protection Agency', O), ('Scottish Government', O)]),
    ('Sepa', O), D('April', '2018-04'), ('Forthview', O), ('Bellknowe Burn', L),
    ('Keep Crossgates Green', O),
    Q('People feel they have been', 'completely ignored,', RENNIE),
    ('Elspeth Rennie', P),
    Q('We sent in more than 900 letters', 'under a foot of water in January.', RENNIE,
      [D('January', '2018-01')]),
    ('Rennie', P), D('12 June', '2018-06-12'), ('Court of Session', O), ('Edinburgh', G),
    ('SNP', O), ('Alasdair McPhee', P),
    Q('This is the wrong development', 'would go to school.', ['Alasdair McPhee'], [('Crossgates', G)]),
    ('Labour', O), ('Jean Halliday', P),
    Q('There are families in this ward', 'waiting list for years,', ['Jean Halliday']),
    Q('I was not prepared', 'wait any longer.', ['Jean Halliday']),
    ('Fife Council', O),
    Q('Education capacity was fully', 'through a legal agreement,', None),
    ('Graeme Lockhart', P), ('Forthview Homes', O),
    Q('We want to be good neighbours', 'the one we started with,', ['Graeme Lockhart', 'Lockhart'],
      [('Crossgates', G)]),
    ('Lockhart', P),
    D('next spring', '2019-SP'), D('the end of 2020', '2020'), D('this year', '2018'),
])

# ---------------------------------------------------------------- EU / Mercosur (dct Tue 2024-11-19)
DELAC = ['Anne-Sophie Delacroix-Vernet']
HALL = ['Konstantin von Hallerstein', 'Von Hallerstein']
DOCS['holdout5-eu-mercosur-ministers'] = ('mercosur', [
    ('EU', O), ('Mercosur', O), ('France', G),
    ('France', G), ('European Union', O), ('South American', N), ('Mercosur', O), ('Germany', G),
    ('Spain', G), D('the end of the year', '2024'),
    ('European Union', O), ('Brussels', G), D('Monday', '2024-11-18'), ('Brazil', G), ('Argentina', G),
    ('Uruguay', G), ('Paraguay', G), ('European Commission', O),
    ('France', G), ('Poland', G), ('Austria', G), ('European', N), ('South American', N),
    ('French', N), ('Anne-Sophie Delacroix-Vernet', P), ('Paris', G),
    Q('never accept a deal', 'for the sake of car exports.', DELAC),
    Q('We are not alone', 'we are not isolated,', DELAC),
    ('Council of the EU', O),
    Q('Several capitals share', 'in the coming weeks.', DELAC, [D('the coming weeks', 'FUTURE_REF')]),
    D('2019', '2019'), ('European', N), ('Amazon', L), ('Gran Chaco', L),
    ('German', N), ('Konstantin von Hallerstein', P), ('Green', N),
    Q('Europe cannot lecture', 'turns up outside a ministry.', HALL, [('Europe', L)]),
    ('Von Hallerstein', P), ('German', N), ('South America', L),
    Q('the strongest sustainability chapter', 'has ever negotiated.', HALL, [('EU', O)]),
    ('Spain', G), ('José Ignacio Ibáñez Cortázar', P), ('Spanish', N),
    Q('For Spain, Mercosur', 'not a threat,', ['José Ignacio Ibáñez Cortázar', 'Ibáñez Cortázar'],
      [('Spain', G), ('Mercosur', O)]),
    ('Ibáñez Cortázar', P),
    Q('Polish farmers cannot', 'after the grain crisis,', ['Tadeusz Wróblewski'], [('Polish', N)]),
    ('Tadeusz Wróblewski', P), ('Poland', G), ('Ireland', G), ('Ciarán Ó Briain', P),
    Q('Irish beef is not', 'a bargaining chip.', ['Ciarán Ó Briain'], [('Irish', N)]),
    ('Dutch', N), ('Femke van der Steen', P), D('2020', '2020'), ('The Hague', G),
    Q('studying the new safeguards', 'safeguards carefully.', ['Femke van der Steen']),
    ('Council', O), ('France', G), ('EU', O), ('Italy', G), ('Paris', G),
    ('Commission', O), ('European Parliament', O), ('EP', O),
    ('Commission', O), ('DW', O),
    Q('We are in the final stretch', 'our sensitive sectors.', None),
    ('Mercosur', O), ('Uruguayan', N), ('Montevideo', G), D('December', '2024-12'), ('Hungary', G),
    ('Council', O), D('the end of the year', '2024'), ('EU', O), D('next week', '2024-11-25/2024-12-01'),
    ('Belgian', N), ('French', N), D('Monday', '2024-11-18'), ('France', G),
    ('EP', O), ('Greens', O), ("European People's Party", O), ('EPP', O),
    ('Socialists and Democrats', O), ('S&D', O),
])

# ---------------------------------------------------------------- Kisumu (dct Wed 2016-08-10)
OWUOR = ['Jacqueline Atieno Owuor', 'Owuor']
DOCS['holdout5-kisumu-water-rationing'] = ('kisumu', [
    ('Kisumu', G),
    ('BRIAN OUMA', P),
    ('Kisumu', G),
    ('Lakeside Water and Sanitation Company', O), ('Lawasco', O), D('Monday', '2016-08-15'),
    ('Nyalenda', G), ('Manyatta', G), ('Kondele', G), ('Milimani', G),
    ('Jacqueline Atieno Owuor', P), D('January', '2016-01'),
    Q('We cannot pump water', 'cannot pay to pump,', OWUOR),
    ('Owuor', P), ('Nation', O), ('Kisumu', G), D('Tuesday', '2016-08-09'),
    Q('We have started disconnecting', 'improve within six weeks.', OWUOR),
    D('Last month', '2016-07'), ('Water Services Regulatory Board', O), ('Wasreb', O), ('Lawasco', O),
    ('Kisumu County', G), ('Samuel Omondi Ouko', P), D('the end of the month', '2016-08'),
    D('2016/17', '2016-07/2017-06'),
    ('Kajulu', G), ('River Kibos', L), ('African Development Bank', O), ('AfDB', O),
    D('next year', '2017'),
    ('Nyalenda', G), ('Rose Akinyi', P), ('Lake Victoria', L),
    Q('The water from the handcarts', 'treated for typhoid,', ['Rose Akinyi'], [D('Last month', '2016-07')]),
    ('Joseph Kamau Njoroge', P),
    Q('Guests do not want', 'They want to shower,', ['Joseph Kamau Njoroge', 'Njoroge']),
    ('Njoroge', P),
    ('Ministry of Water and Irrigation', O), ('Nairobi', G),
    Q('We are in touch with the county', 'this size to run dry,', None),
])

# ---------------------------------------------------------------- Miyagi (dct Thu 2021-11-18)
KURO = ['Kurosawa Takeshi', 'Kurosawa']
MIZ = ['Mizuno Aiko', 'Mizuno']
DOCS['holdout5-miyagi-chip-plant'] = ('miyagi', [
    ('Hoshino Denki', O), ('Miyagi', G),
    ('TOKYO', G), D('Nov. 18', '2021-11-18'), ('Kyodo', O),
    ('Hoshino Denki Corp.', O), D('Thursday', '2021-11-18'), ('Miyagi Prefecture', G), ('Japan', G),
    ('Tokyo', G), D('next April', '2022-04'), D('fiscal 2024', '2024-04/2025-03'), D('March 2025', '2025-03'),
    ('Kurosawa Takeshi', P), ('Tokyo', G),
    ('Ohira', G), ('Sendai', G),
    Q('Demand for power chips', 'even a year ago,', KURO, [D('a year ago', '2020')]),
    ('Kurosawa', P),
    Q('We cannot afford', 'to come to us.', KURO),
    ('Ministry of Economy, Trade and Industry', O), ('Japan', G), D('fiscal 2021', '2021-04/2022-03'),
    Q('Securing a stable supply', 'still have strengths,', None, [('Japanese', N)]),
    ('METI', O),
    ('Hoshino Denki', O), ('Miyagi', G), D('Nov. 5', '2021-11-05'),
    ('South Korea', G), ('Daehan Materials Co.', O), ('Daehan', O), ('Suwon', G), ('Seoul', G),
    ('Japanese', N), ('European', N),
    D('Sept. 30', '2021-09-30'), ('Hoshino Denki', O), D('a year earlier', '2020'), D('March 31', '2022-03-31'),
    ('Mizuno Aiko', P), ('Tokai Research Institute', O), ('Hoshino Denki', O), ('Japanese', N),
    ('Chinese', N), ('European', N),
    Q('Japan lost its lead', 'at the critical moment,', MIZ,
      [('Japan', G), D('the 1990s and 2000s', '1990/2009')]),
    ('Mizuno', P),
    Q('Hoshino Denki seems determined', 'repeat that mistake.', MIZ, [('Hoshino Denki', O)]),
    ('Hoshino Denki', O), ('Tokyo', G), D('Thursday', '2021-11-18'),
])

# ---------------------------------------------------------------- Phoenix (dct Thu 2017-10-05)
WHIT = ['Raymond L. Whitacre Jr.', 'Whitacre']
AQ = ['Teresa Alvarado-Quinn', 'Alvarado-Quinn']
OYE = ['Kendra Oyelaran', 'Oyelaran']
BEG = ['Marisol Begay', 'Begay']
DOCS['holdout5-phoenix-charity-theft'] = ('phoenix', [
    ('Phoenix', G),
    ('PHOENIX', G), ('AP', O), ('Phoenix', G), D('Wednesday', '2017-10-04'), ('Las Vegas', G),
    ('Raymond L. Whitacre Jr.', P), D('July', '2017-07'), ('Desert Valor Outreach', O),
    D('2011 and 2015', '2011/2015'),
    ('Maricopa County Superior Court', O), ('Teresa Alvarado-Quinn', P), ('Whitacre', P),
    Q('The people who wrote those checks', 'this city trusted you,', AQ),
    ('Alvarado-Quinn', P),
    Q('You took from both.', 'You took from both.', AQ),
    ('Kendra Oyelaran', P), ('Whitacre', P), D('2014', '2014'),
    Q("This wasn't one bad decision,", "This wasn't one bad decision,", OYE),
    ('Oyelaran', P),
    Q('It was hundreds of them', 'for four years.', OYE),
    ('Luis Carrasco', P), D('2010', '2010'), D('March 2016', '2016-03'),
    Q("He didn't set out", 'hurt anybody,', ['Luis Carrasco']),
    Q('He made terrible choices', 'pay for them.', ['Luis Carrasco']),
    ('Whitacre', P), ('Army', O), ('Persian Gulf', L), D('Oct. 3', '2017-10-03'),
    Q('I let down the men', 'promised to serve,', WHIT),
    ('Marisol Begay', P), ('Navy', O), D('2013', '2013'),
    Q('We were told there was no money', 'for blankets,', BEG),
    ('Begay', P),
    Q('Now I know where it went.', 'Now I know where it went.', BEG),
    ('Desert Valor Outreach', O), D('2004', '2004'), D('last year', '2016'), ('Sonoran Bridge Housing', O),
    ("Arizona Attorney General's Office", O),
    ('Whitacre', P), ('Internal Revenue Service', O), D('Nov. 14', '2017-11-14'),
    ('Whitacre', P), ('Glendale', G),
])

# ---------------------------------------------------------------- Plunket Shield (dct Wed 2020-03-04)
TR = ['Craig Tamihana-Ross', 'Tamihana-Ross']
MAT = ['Kieran Mataafa', 'Mataafa', 'K Mataafa']
TEH = ['Mitchell Te Huia', 'Te Huia', 'M Te Huia']
DOCS['holdout5-plunket-shield-canterbury'] = ('plunket', [
    ('Fairweather', P), ('Mataafa', P), ('Canterbury', O),
    ('Dana Whittaker', P),
    ('Canterbury', O), ('Wellington', O), D('Tuesday', '2020-03-03'),
    ('Wellington', O), ('Kieran Mataafa', P),
    ('Tom Fairweather', P), ('Jesse Whitcombe', P), ('Canterbury', O), D('Monday', '2020-03-02'),
    ('Wellington', O), ('Mitchell Te Huia', P), ('Devesh Raniga', P),
    ('Mataafa', P), ('Southern Alps', L), ('Canterbury Plains', L),
    ('Canterbury', O), ('Craig Tamihana-Ross', P),
    Q("He's been knocking", 'he kicked it down,', TR, [D('today', '2020-03-03')]),
    ('Tamihana-Ross', P),
    Q("When he's running in", 'enjoy facing him.', TR),
    ('Mataafa', P), ('Timaru', G), ('Christchurch', G), D('three years ago', '2017'),
    Q('I just tried to hit', 'do the rest,', MAT),
    ('Wellington', O), D('Sunday', '2020-03-01'), ('Finn Harcourt', P),
    Q('It did a bit off the seam', 'shots we played,', None),
    ('Wellington', O),
    ('Canterbury', O), ('Otago', O), ('Wellington', O), ('Auckland', O), ('Canterbury', O), ('Otago', O),
    ('Rangiora', G), D('March 16', '2020-03-16'), D('2017', '2017'),
    ('Mataafa', P), ('New Zealand Cricket', O), ('NZC', O), ('New Zealand A', O),
    D('this month', '2020-03'), ('Te Huia', P), ('Black Caps', O), D('last year', '2019'),
    Q("He's quick", "doesn't back down,", TEH),
    ('Te Huia', P),
    Q("We'd rather not have faced him", 'to be honest.', TEH, [D('today', '2020-03-03')]),
    ('Canterbury', O), ('T Fairweather', P), ('S Kelleher', P), ('B Lisle', P), ('J Whitcombe', P),
    ('Wellington', O), ('F Harcourt', P), ('K Mataafa', P), ('M Te Huia', P), ('K Mataafa', P),
    ('Canterbury', O),
])

# ---------------------------------------------------------------- Sudan / Chad (dct Fri 2025-05-02)
OMB = ['Olivia Marchetti-Baines', 'Marchetti-Baines']
SOW = ['Amadou Tidiane Sow', 'Sow']
LIND = ['Henrik Lindqvist', 'Lindqvist']
DOCS['holdout5-sudan-chad-refugees'] = ('sudan', [
    ('Sudan', G), ('Chad', G), ('UNHCR', O),
    ('GENEVA', G), D('May 2', '2025-05-02'), ('Reuters', O), ('Sudanese', N), ('Chad', G), ('Sudan', G),
    D('two years ago', '2023'), ('United Nations', O), D('Friday', '2025-05-02'), D('June', '2025-06'),
    ('Geneva', G), ('Office of the United Nations High Commissioner for Refugees', O), ('UNHCR', O),
    ('Chad', G), D('April', '2025-04'), ('Sudanese', N), ('Rapid Support Forces', O), ('RSF', O),
    ('El Fasher', G), ('North Darfur', G),
    ('Chad', G), ('Sudanese', N), ('Adre', G), ('Sahara', L),
    Q('The people arriving now', 'with almost nothing,', OMB),
    ('UNHCR', O), ('Olivia Marchetti-Baines', P), ('Geneva', G),
    Q('Many tell us they lost', 'or to thirst.', OMB),
    ('Chad', G), ('Amadou Tidiane Sow', P), D('Thursday', '2025-05-01'),
    Q('Met a grandmother at Adre', '#Sudan', SOW, [('Adre', G), ('Sudan', G)]),
    ('Sow', P), ('UNHCR', O), D('2025', '2025'), ('United States', G), ('European', N),
    D('this year', '2025'),
    ('World Food Programme', O), ('WFP', O), ('Chad', G), D('next month', '2025-06'),
    ('Sudan', G), ('International Organization for Migration', O), ('IOM', O),
    D('the first three months of 2025', '2025-01/2025-03'), ('Jebel Marra', L), ('Nuba Mountains', L),
    ('South Kordofan', G),
    ('World Health Organization', O), ('WHO', O), ('White Nile', L), D('January', '2025-01'),
    Q('Cholera does not respect', 'lines or borders,', LIND),
    ('WHO', O), ('Henrik Lindqvist', P),
    Q('With the rains, we expect', 'reach people quickly.', LIND, [('Chad', G), ('South Sudan', G)]),
    ('Lindqvist', P), ('WHO', O), ('Sudan', G), D('last month', '2025-04'), ('RSF', O),
    ('UNHCR', O), ('Sudanese', N), ('Egypt', G), ('Nile', L), ('Libya', G), ('Europe', L),
    ('Sudanese', N), ('Italian', N), D('the first quarter of the year', '2025-01/2025-03'),
    D('the same period of 2024', '2024-01/2024-03'),
    Q('When people cannot find food', 'they keep moving,', OMB),
    ('Marchetti-Baines', P),
    Q('What we are seeing on the Mediterranean', 'happening in Darfur.', OMB,
      [('Mediterranean', L), ('Darfur', G)]),
    D('April 2023', '2023-04'), ('RSF', O), ('U.N.', O),
    ('Nadia Haddad-Morel', P), ('Peter Hallworth', P),
])

# ---------------------------------------------------------------- Teratai (dct Tue 2023-09-12)
LIM = ['Lim Chee Keong', 'Lim']
KW = ['Rachel Koh-Whitfield', 'Koh-Whitfield']
DOCS['holdout5-teratai-dollar-bonds'] = ('teratai', [
    ('Teratai Mulia', O), ('Vietnam', G),
    ('Bloomberg', O), ('Teratai Mulia Bhd.', O), ('Malaysian', N), D('Tuesday', '2023-09-12'),
    ('Vietnamese', N),
    ('Teratai', O), ('Saigon Delta Ports JSC', O), ('SDP', O), ('Saigon River', L), ('Vung Tau', G),
    ('Teratai', O), D('July', '2023-07'), D('the first quarter of 2024', '2024-01/2024-03'), ('Vietnam', G),
    ('State Securities Commission', O),
    Q('The demand tells you', 'we are on leverage,', LIM),
    ('Lim Chee Keong', P), ('Teratai', O), ('Kuala Lumpur', G),
    Q("We've been disciplined", 'use that balance sheet.', LIM),
    ('Lim', P), ('SDP', O), D('the end of fiscal 2024', '2023-07/2024-06'), ('Teratai', O),
    C(D('June', '2023-06'), 'fiscal year ended '), D('a year earlier', '2022'), D('the April-June quarter', '2023-04/2023-06'),
    D('last month', '2023-08'),
    ('Asian', N), D('this year', '2023'), ('US', G), ('Malaysian', N), D('2023', '2023'), D('2021', '2021'),
    ('Bloomberg', O),
    ('Rachel Koh-Whitfield', P), ('Straits Pacific Capital', O), ('Singapore', G), ('SDP', O),
    Q('rich for a business', 'single export corridor.', KW),
    Q('Teratai is paying up', 'slowed for two quarters,', KW, [('Teratai', O), ('Vietnam', G)]),
    ('Koh-Whitfield', P),
    Q('The bonds are fine.', 'the next refinancing.', KW),
    ('Teratai', O), ('Port Klang', G), ('Thailand', G), ('SDP', O), ('Southeast Asia', L), ('China', G),
    Q('This is the kind of asset', 'comes up for sale,', ['Daniel Ferreira', 'Ferreira']),
    ('Daniel Ferreira', P), ('Harbourline Research', O), ('Hong Kong', G), ('Ferreira', P),
    ('Vietnamese', N), D('December', '2023-12'),
    ('Malaysia', G), ('Employees Provident Fund', O), ('Teratai', O), D('August', '2023-08'), ('EPF', O),
    ('Ahmad Faizal Osman', P), D('2027', '2027'), D('the last fiscal year', '2022-07/2023-06'),
    ('Teratai', O), ('Kuala Lumpur', G), D('Tuesday', '2023-09-12'), ('SDP', O), ('Ho Chi Minh City', G),
    ('Andaman Bay Securities', O), ('Meridian Orient Bank', O), ('Kestrel Securities', O),
])


def wfind(text, s, pos, lim=None):
    """whole-word find of s in text from pos (before lim)."""
    while True:
        i = text.find(s, pos)
        if i < 0 or (lim is not None and i + len(s) > lim):
            raise ValueError(f'not found: {s!r} from {pos}')
        b = text[i - 1] if i > 0 else ' '
        a = text[i + len(s)] if i + len(s) < len(text) else ' '
        if not (b.isalnum() or (a.isalnum() and s[-1].isalnum())):
            return i
        pos = i + 1


def build(doc_id, short, items, text):
    spans, quotes = [], []
    cur = 0
    def add(start, end, label, value=None):
        sp = {'start': start, 'end': end, 'label': label, 'text': text[start:end]}
        if label == 'DATE':
            sp['value'] = value
        spans.append(sp)
        return sp
    def ent(it, lo, lim=None):
        left = None
        if it[0] == 'CTX':
            left, it = it[1], it[2]
        s, label = it[0], it[1]
        i = wfind(text, s, lo, lim)
        while left is not None and not text[:i].endswith(left):
            i = wfind(text, s, i + 1, lim)
        add(i, i + len(s), label, it[2] if label == 'DATE' else None)
        return i + len(s)
    for it in items:
        if it[0] == 'QUOTE':
            _, a, b, who, inner = it
            qs = text.find(a, cur)
            if qs < 0:
                raise ValueError(f'quote start not found {a!r}')
            qe = text.find(b, qs)
            if qe < 0:
                raise ValueError(f'quote end not found {b!r}')
            qe += len(b)
            q = add(qs, qe, 'QUOTE')
            quotes.append((q, who))
            c = qs
            for x in inner:
                c = ent(x, c, qe)
            cur = qe
        else:
            cur = ent(it, cur)
    spans.sort(key=lambda s: (s['start'], -s['end']))
    for n, s in enumerate(spans, 1):
        s['id'] = f'{short}-{n}'
    # checks
    ents = [s for s in spans if s['label'] != 'QUOTE']
    qs_ = [s for s in spans if s['label'] == 'QUOTE']
    for x, y in zip(ents, ents[1:]):
        assert x['end'] <= y['start'], ('overlap', x, y)
    for x, y in zip(qs_, qs_[1:]):
        assert x['end'] <= y['start'], ('quote overlap', x, y)
    for q in qs_:
        for e in ents:
            if e['start'] < q['end'] and q['start'] < e['end']:
                assert q['start'] <= e['start'] and e['end'] <= q['end'], ('straddle', q, e)
    for s in spans:
        t = text[s['start']:s['end']]
        assert t == s['text'] and t == t.strip(), s
        assert t[0] not in '"“‘\'' and t[-1] not in '"”’\'', ('mark in span', s)
    assert len({s['id'] for s in spans}) == len(spans)
    rels = []
    for q, who in quotes:
        if who is None:
            continue
        cands = [s for s in spans if s['label'] == 'PERSON' and s['text'] in who]
        def dist(p):
            if p['end'] <= q['start']:
                return q['start'] - p['end']
            if p['start'] >= q['end']:
                return p['start'] - q['end']
            return 0
        best = min(cands, key=dist)
        rels.append({'from': q['id'], 'to': best['id'], 'type': 'said_by'})
    out = [{k: s[k] for k in ('id', 'start', 'end', 'label', 'text', 'value') if k in s} for s in spans]
    return {'doc_id': doc_id, 'spans': out, 'relations': rels}


def main():
    man = [json.loads(l) for l in open(os.path.join(CORPUS, 'manifest.jsonl'), encoding='utf-8')]
    lines = []
    for m in man:
        text = open(os.path.join(CORPUS, m['file']), encoding='utf-8', newline='').read()
        short, items = DOCS[m['doc_id']]
        lines.append(build(m['doc_id'], short, items, text))
    with open(os.path.join(HERE, 'annotation.jsonl'), 'w', encoding='utf-8') as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    for d in lines:
        c = {}
        for s in d['spans']:
            c[s['label']] = c.get(s['label'], 0) + 1
        print(d['doc_id'], c, 'said_by', len(d['relations']))

if __name__ == '__main__':
    main()
