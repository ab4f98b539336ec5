#!/usr/bin/env python3
"""Annotator-2 independent pass over the holdout corpus.

Every mention below was chosen by reading the text (no NLP tool).  Python only
locates the chosen surface strings in the unmodified text, in reading order,
and writes annotation.jsonl.

Mention tuple: (surface, label, value_or_None, left_context_or_None, key_or_None)
  - left_context: text that must immediately precede the surface (disambiguation)
  - key: name used by the said_by pairs (quotes: q*, persons: p*)
said_by pairs: (quote key, person key).  For each pair the script also checks the
guideline rule (sec. 7): the person mention is the nearest (character distance)
mention of that speaker; SPEAKER maps a person key to all keys naming that person.
"""
import json, pathlib, sys

CORPUS = pathlib.Path(__file__).resolve().parents[3] / 'corpus'  # heldout/corpus
OUT = pathlib.Path(__file__).resolve().parent / 'annotation.jsonl'

P, O, G, L, N, D, Q = 'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'DATE', 'QUOTE'

DOCS = []

# ---------------------------------------------------------------- corvane (dct 2024-09-18, Wed)
DOCS.append(('holdout-corvane-lumisense-deal', 'corvane', [
    ('Corvane', O, None, None, None),
    ('Lumisense', O, None, None, None),
    ('Corvane Semiconductor', O, None, None, None),
    ('Tuesday', D, '2024-09-17', None, None),
    ('Lumisense Technologies', O, None, None, None),
    ('Dutch', N, None, None, None),
    ('Brussels', G, None, None, None),
    ('Washington', G, None, None, None),
    ('San Jose', G, None, None, None),
    ('Calif.', G, None, None, None),
    ('Corvane', O, None, None, None),
    ('Lumisense', O, None, None, None),
    ('Monday', D, '2024-09-16', None, None),
    ('the first half of 2025', D, '2025-01/2025-06', None, None),
    ('Lumisense', O, None, None, None),
    ('Eindhoven', G, None, None, None),
    ('Arkwright Systems', O, None, None, None),
    ('last week', D, '2024-09-09/2024-09-15', None, None),
    ('British', N, None, None, None),
    ('significantly undervalued', Q, None, None, 'q1'),          # company statement, no named speaker
    ('Cars are turning into data centers on wheels, and every one of them needs eyes,', Q, None, None, 'q2'),
    ('Corvane', O, None, None, None),
    ('Daniel Okafor', P, None, None, 'p_okafor'),
    ('Lumisense makes the best eyes in the industry.', Q, None, None, 'q3'),
    ('Lumisense', O, None, None, None),
    ('Lumisense', O, None, None, None),
    ('Marieke van Dalen', P, None, None, 'p_vandalen1'),
    ('Corvane', O, None, None, None),
    ('Van Dalen', P, None, None, 'p_vandalen2'),
    ('We could have gone it alone,', Q, None, None, 'q4'),
    ('We would have gone slower.', Q, None, None, 'q5'),
    ('Lumisense', O, None, None, None),
    ('2019 and 2021', D, '2019/2021', None, None),
    ('Stellan Motors', O, None, None, None),
    ('Kaiyuan Auto', O, None, None, None),
    ('recent years', D, 'PAST_REF', None, None),
    ('Europe', L, None, None, None),
    ('Arkwright', O, None, None, None),
    ('Sept. 9', D, '2024-09-09', None, None),
    ('Tideline Insights', O, None, None, None),
    ('European Commission', O, None, None, None),
    ('2021', D, '2021', None, None),
    ('Commission', O, None, None, None),
    ('U.S.', G, None, None, None),
    ('Federal Trade Commission', O, None, None, None),
    ('Netherlands', G, None, None, None),
    ('Authority for Consumers and Markets', O, None, None, None),
    ('following developments closely.', Q, None, None, 'q6'),        # regulator statement, no named speaker
    ('The price is full but not crazy. The real question is whether Brussels makes them sell the lidar business, and if it does, most of the logic goes away,', Q, None, None, 'q7'),  # unnamed analyst
    ('Brussels', G, None, None, None),
    ('Halberd Securities', O, None, None, None),
    ('Sophie Ling', P, None, None, 'p_ling'),
    ('Marlow Research', O, None, None, None),
    ('Corvane', O, None, None, None),
    ('Israeli', N, None, None, None),
    ('Netanel Micro', O, None, None, None),
    ('2022', D, '2022', None, None),
    ('They know the playbook,', Q, None, None, 'q8'),
    ('Arkwright', O, None, None, None),
    ('Cambridge', G, None, None, None),
    ('England', G, None, None, None),
    ('Tuesday', D, '2024-09-17', None, None),
    ('London', G, None, None, None),
    ('Corvane', O, None, None, None),
    ('Nasdaq', O, None, None, None),
    ('Tuesday', D, '2024-09-17', None, None),
    ('Lumisense', O, None, None, None),
    ('Amsterdam', G, None, None, None),
    ('Corvane', O, None, None, None),
    ('the end of its 2026 fiscal year', D, '2026', None, None),
], [('q2', 'p_okafor'), ('q3', 'p_okafor'), ('q4', 'p_vandalen2'), ('q5', 'p_vandalen2'), ('q8', 'p_ling')],
   {'p_vandalen2': ['p_vandalen1', 'p_vandalen2']}))

# ---------------------------------------------------------------- dales (dct 2022-10-13, Thu)
DOCS.append(('holdout-dales-bus-route-axed', 'dales', [
    ('Dales', L, None, '’ ', None),
    ('Hannah Pritchard', P, None, None, None),
    ('13th October 2022', D, '2022-10-13', None, None),
    ('Wensleydale', L, None, None, None),
    ('Leyburn', G, None, None, None),
    ('the end of the month', D, '2022-10', None, None),
    ('Dales & District Coaches', O, None, None, None),
    ('North Yorkshire County Council', O, None, None, None),
    ('last week', D, '2022-10-03/2022-10-09', None, None),
    ('Aysgill', G, None, None, None),
    ('Cotterby', G, None, None, None),
    ('West Hawes', G, None, None, None),
    ('Saturday 29 October', D, '2022-10-29', None, None),
    ('Graham Leck', P, None, None, 'p_leck'),
    ('yesterday', D, '2022-10-12', None, None),
    ('every single week', Q, None, None, 'q1'),
    ('We have kept it going longer than any sensible business would,', Q, None, None, 'q2'),
    ('Without a proper subsidy from the county, there is nothing more we can do, and I’m sorry for that.', Q, None, None, 'q3'),
    ('England', G, None, None, None),
    ('Margaret Ibbotson', P, None, None, 'p_ibbotson'),
    ('Cotterby', G, None, None, None),
    ('the 1960s', D, '1960/1969', None, None),
    ('That bus is how I get to the doctor, the bank and the Co-op. If it goes, I might as well go into a home.', Q, None, None, 'q4'),
    ('Co-op', O, None, None, None),
    ('Aysgill', G, None, None, None),
    ('Monday evening', D, '2022-10-10', None, None),
    ('Richard Sowerby', P, None, None, 'p_sowerby1'),
    ('Sowerby', P, None, 'Cllr ', 'p_sowerby2'),
    ('Upper Dales', L, None, None, None),
    ('1 November', D, '2022-11-01', None, None),
    ('I’m not going to pretend there’s a pot of money sitting in County Hall waiting for this,', Q, None, None, 'q5'),
    ('County Hall', O, None, None, None),
    ('But nobody in this county should be cut off because of where they happen to live.', Q, None, None, 'q6'),
    ('looking urgently at every option', Q, None, None, 'q7'),          # unnamed spokesman
    ('Swaledale', L, None, None, None),
    ('Nidderdale', L, None, None, None),
    ('Jodie Kettlewell', P, None, None, 'p_kettlewell'),
    ('Leyburn', G, None, None, None),
    ('He’s got his GCSEs next summer,', Q, None, None, 'q8'),
    ('next summer', D, '2023-SU', None, None),
    ('What am I supposed to do, give up my job so I can drive him there and back every day?', Q, None, None, 'q9'),
    ('1974', D, '1974', None, None),
    ('Peter Alderson', P, None, None, 'p_alderson'),
    ('the winter of 2011', D, '2011-WI', None, None),
    ('We won then and we can win now,', Q, None, None, 'q10'),
    ('Britain', G, None, None, None),
    ('recent years', D, 'PAST_REF', None, None),
    ('Rural Transport Network', O, None, None, None),
    ('England', G, None, None, None),
    ('2010 and 2021', D, '2010/2021', None, None),
    ('Cotterby Methodist Hall', L, None, None, None),
    ('Tuesday 25 October', D, '2022-10-25', None, None),
], [('q1', 'p_leck'), ('q2', 'p_leck'), ('q3', 'p_leck'), ('q4', 'p_ibbotson'),
    ('q5', 'p_sowerby2'), ('q6', 'p_sowerby2'), ('q8', 'p_kettlewell'), ('q9', 'p_kettlewell'),
    ('q10', 'p_alderson')],
   {'p_sowerby2': ['p_sowerby1', 'p_sowerby2']}))

# ---------------------------------------------------------------- dayton (dct 2021-11-17, Wed)
DOCS.append(('holdout-dayton-pantry-theft-sentence', 'dayton', [
    ('Dayton', G, None, None, None),
    ('Tuesday', D, '2021-11-16', None, None),
    ('off the tables of the people who needed it most.', Q, None, None, 'q1'),
    ('Lorraine Whitcomb', P, None, None, None),
    ('Kettering', G, None, None, None),
    ('September', D, '2021-09', None, None),
    ('Miami Valley Harvest Pantry', O, None, None, None),
    ('2015 and 2020', D, '2015/2020', None, None),
    ('the summer of 2020', D, '2020-SU', None, None),
    ('years earlier', D, 'PAST_REF', None, None),
    ('Whitcomb', P, None, None, 'p_whitcomb1'),
    ('July 6, 2020', D, '2020-07-06', None, None),
    ('March', D, '2021-03', None, None),
    ('Nadia Kowalczyk', P, None, None, 'p_kow1'),
    ('Montgomery County', G, None, None, None),
    ('Theodore Brandt', P, None, None, 'p_brandt1'),
    ("Ms. Whitcomb didn't steal from a faceless corporation,", Q, None, None, 'q2'),
    ('Whitcomb', P, None, None, None),
    ('Kowalczyk', P, None, None, 'p_kow2'),
    ('She stole from families who stood in line in the cold on Saturday mornings, from volunteers who gave up their weekends, and from donors who trusted that every dollar would become a meal.', Q, None, None, 'q3'),
    ('And she kept doing it, month after month, while this pantry was turning people away because the shelves were empty.', Q, None, None, 'q4'),
    ('Kowalczyk', P, None, None, 'p_kow3'),
    ('Whitcomb', P, None, None, None),
    ('Florida', G, None, None, None),
    ('2019', D, '2019', None, None),
    ('Whitcomb', P, None, None, None),
    ('Marcus Bell', P, None, None, 'p_bell1'),
    ('She is not asking anyone to excuse what she did,', Q, None, None, 'q5'),
    ('Bell', P, None, None, 'p_bell2'),
    ('She is asking for the chance to make it right.', Q, None, None, 'q6'),
    ('Whitcomb', P, None, None, 'p_whitcomb2'),
    ('ashamed every single day', Q, None, None, 'q7'),
    ("She wrote that there were weeks her children ate because of that pantry, and weeks they didn't because the pantry had nothing to give,", Q, None, None, 'q8'),
    ("That is what this case is about. It's not about numbers in a ledger.", Q, None, None, 'q9'),
    ('Brandt', P, None, None, 'p_brandt2'),
    ('Whitcomb', P, None, None, None),
    ('Montgomery County Jail', O, None, None, None),
    ('Dec. 1', D, '2021-12-01', None, None),
    ('Jan. 14, 2022', D, '2022-01-14', None, None),
    ("Four years won't put a single can back on the shelf,", Q, None, None, 'q10'),   # unnamed volunteer
    ('But at least people know now.', Q, None, None, 'q11'),                           # unnamed volunteer
], [('q1', 'p_brandt1'), ('q2', 'p_kow2'), ('q3', 'p_kow2'), ('q4', 'p_kow3'),
    ('q5', 'p_bell2'), ('q6', 'p_bell2'), ('q7', 'p_whitcomb2'), ('q8', 'p_brandt2'), ('q9', 'p_brandt2')],
   {'p_brandt1': ['p_brandt1', 'p_brandt2'], 'p_brandt2': ['p_brandt1', 'p_brandt2'],
    'p_kow2': ['p_kow1', 'p_kow2', 'p_kow3'], 'p_kow3': ['p_kow1', 'p_kow2', 'p_kow3'],
    'p_bell2': ['p_bell1', 'p_bell2'], 'p_whitcomb2': ['p_whitcomb1', 'p_whitcomb2']}))

# ---------------------------------------------------------------- geneva (dct 2023-05-04, Thu)
DOCS.append(('holdout-geneva-cholera-vaccine-pledge', 'geneva', [
    ('GENEVA', G, None, None, None),
    ('May 4', D, '2023-05-04', None, None),
    ('TNS', O, None, None, None),
    ('Thursday', D, '2023-05-04', None, None),
    ('this year', D, '2023', 'earlier ', None),
    ('Africa', L, None, None, None),
    ('Middle East', L, None, None, None),
    ('Caribbean', L, None, None, None),
    ('World Health Organization', O, None, None, None),
    ('2024 and 2026', D, '2024/2026', None, None),
    ('Global Cholera Vaccine Facility', O, None, None, None),
    ('Geneva', G, None, None, None),
    ('We have been rationing a vaccine that costs less than two dollars a dose. That should never happen again,', Q, None, None, 'q1'),
    ('Amara Diallo-Kessler', P, None, None, 'p_diallo'),
    ('February', D, '2023-02', None, None),
    ('Mozambique', G, None, None, None),
    ('Malawi', G, None, None, None),
    ('Haiti', G, None, None, None),
    ('Germany', G, None, None, None),
    ('Japan', G, None, None, None),
    ('Norway', G, None, None, None),
    ('Canada', G, None, None, None),
    ('European Commission', O, None, None, None),
    ('Saudi Arabia', G, None, None, None),
    ('this month', D, '2023-05', 'later ', None),
    ('South Korea', G, None, None, None),
    ('Hanwol Bio', O, None, None, None),
    ('India', G, None, None, None),
    ('Kestrel Biologics', O, None, None, None),
    ('WHO', O, None, None, None),
    ('late next year', D, '2024', None, None),
    ('Vikram Sethi', P, None, None, 'p_sethi'),
    ('Kestrel', O, None, None, None),
    ('If the orders are firm, we can go from zero to 40 million doses a year within eighteen months. What we cannot do is build a factory on a promise.', Q, None, None, 'q2'),
    ('Lucia Ferreyra', P, None, None, 'p_ferreyra1'),
    ('WHO', O, None, None, None),
    ('a real start', Q, None, None, 'q3'),
    ('last year', D, '2022', None, None),
    ('2017 and 2021', D, '2017/2021', None, None),
    ('WHO', O, None, None, None),
    ('Cholera is a disease of poverty and of bad water, and in recent years it has also become a disease of climate,', Q, None, None, 'q4'),
    ('recent years', D, 'PAST_REF', None, None),
    ('Ferreyra', P, None, None, 'p_ferreyra2'),
    ('The vaccine buys time. It does not fix a single pipe.', Q, None, None, 'q5'),
    ('This is a down payment, not a solution. The same countries will be back here in two years asking for the same thing,', Q, None, None, 'q6'),  # unnamed diplomat
    ('two years', D, '2025', 'in ', None),
    ('European', N, None, None, None),
    ('Clean Water Frontline', O, None, None, None),
    ('Africa', L, None, None, None),
    ('World Health Assembly', O, None, None, None),
    ('Geneva', G, None, None, None),
    ('May 21-30', D, '2023-05-21/2023-05-30', None, None),
    ('Marta Lindqvist', P, None, None, None),
    ('Owen Price', P, None, None, None),
    ('Julia Barrow', P, None, None, None),
], [('q1', 'p_diallo'), ('q2', 'p_sethi'), ('q3', 'p_ferreyra1'), ('q4', 'p_ferreyra2'), ('q5', 'p_ferreyra2')],
   {'p_ferreyra1': ['p_ferreyra1', 'p_ferreyra2'], 'p_ferreyra2': ['p_ferreyra1', 'p_ferreyra2']}))

# ---------------------------------------------------------------- glacier (dct 2025-03-14, Fri)
DOCS.append(('holdout-jostedalsbreen-glacier-study', 'glacier', [
    ('Norway', G, None, None, None),
    ('the 1990s', D, '1990/1999', None, None),
    ('Jostedalsbreen', L, None, None, None),
    ('Europe', L, None, None, None),
    ('the 1990s', D, '1990/1999', None, None),
    ('Wednesday', D, '2025-03-12', None, None),
    ('University of Bergen', O, None, None, None),
    ('ETH Zurich', O, None, None, None),
    ('Norwegian Water Resources and Energy Directorate', O, None, None, None),
    ('NVE', O, None, None, None),
    ('2014 and 2024', D, '2014/2024', None, None),
    ('three decades ago', D, '1990/1999', None, None),
    ('Ingrid Sæbø', P, None, None, 'p_saebo1'),
    ('European Space Agency', O, None, None, None),
    ('the spring of 2019', D, '2019-SP', None, None),
    ('last autumn', D, '2024-FA', None, None),
    ('We expected acceleration. We did not expect it to be this steep,', Q, None, None, 'q1'),
    ('Sæbø', P, None, None, 'p_saebo2'),
    ('Some of the glacier tongues we walked on as students simply aren’t there any more.', Q, None, None, 'q2'),
    ('Earth Surface Letters', O, None, None, None),
    ('the early 1990s', D, '1990/1999', None, None),
    ('Jostedalsbreen', L, None, None, None),
    ('Norwegian', N, None, None, None),
    ('3 December 2024', D, '2024-12-03', None, None),
    ('NVE', O, None, None, None),
    ('Norwegian', N, None, None, None),
    ('1899', D, '1899', None, None),
    ('last year', D, '2024', None, None),
    ('Jürg Aeschbacher', P, None, None, 'p_aesch'),
    ('ETH Zurich', O, None, None, None),
    ('Norwegian', N, None, None, None),
    ('Swiss', N, None, None, None),
    ('Alps', L, None, None, None),
    ('summers of 2022 and 2023', D, '2022-SU/2023-SU', None, None),
    ('a regime change, not a bad run of years', Q, None, None, 'q3'),
    ('Clara Martín-Ayala', P, None, None, 'p_martin1'),
    ('University of Innsbruck', O, None, None, None),
    ('That looks like good news for hydropower, and for a few decades it is,', Q, None, None, 'q4'),
    ('Then, quite suddenly, the ice is gone and the summer flow drops away.', Q, None, None, 'q5'),
    ('Martín-Ayala', P, None, None, 'p_martin2'),
    ('Norway', G, None, None, None),
    ('the 2050s', D, '2050/2059', None, None),
    ('Thursday', D, '2025-03-13', None, None),
    ('the next four years', D, 'FUTURE_REF', None, None),
    ('Sigrid Haugland', P, None, None, 'p_haugland'),
    ('Norwegian Glacier Museum', O, None, None, None),
    ('Fjærland', G, None, None, None),
    ('last month', D, '2025-02', None, None),
    ('These numbers are not abstract for the people who live beneath the ice. They see it every time they look up the valley,', Q, None, None, 'q6'),
    ('Sæbø', P, None, None, 'p_saebo3'),
    ('this summer', D, '2025-SU', None, None),
    ('European Geosciences Union', O, None, None, None),
    ('Vienna', G, None, None, None),
    ('27 April to 2 May', D, '2025-04-27/2025-05-02', None, None),
    ('When I started, we studied glaciers to understand the past,', Q, None, None, 'q7'),
    ('Now we study them to get ready for what is coming.', Q, None, None, 'q8'),
], [('q1', 'p_saebo2'), ('q2', 'p_saebo2'), ('q3', 'p_aesch'), ('q4', 'p_martin2'), ('q5', 'p_martin2'),
    ('q6', 'p_haugland'), ('q7', 'p_saebo3'), ('q8', 'p_saebo3')],
   {k: ['p_saebo1', 'p_saebo2', 'p_saebo3'] for k in ('p_saebo2', 'p_saebo3')}
   | {k: ['p_martin1', 'p_martin2'] for k in ('p_martin1', 'p_martin2')}))

# ---------------------------------------------------------------- u21 (dct 2024-06-09, Sun)
_lineup_pt = ['Vieira', 'Costa', 'Pires', 'Lobo', 'Antunes', 'Sequeira', 'Matos', 'Faria',
              'Brandão', 'Cunha', 'Lemos', 'Rocha', 'Teixeira']
_lineup_gh = ['Mensah', 'Ofori', 'Owusu', 'Tetteh', 'Amankwah', 'Asante-Boateng', 'Quaye',
              'Boakye', 'Darko', 'Agyeman', 'Nyarko', 'Frimpong']
DOCS.append(('holdout-portugal-ghana-u21-cup', 'u21', [
    ('Teixeira', P, None, None, None),
    ('Portugal', O, None, None, None),
    ('Ghana', O, None, None, None),
    ('Rúben Teixeira', P, None, None, None),
    ('Portugal', O, None, None, None),
    ('Ghana', O, None, None, None),
    ('Estádio Algarve', L, None, None, None),
    ('Saturday night', D, '2024-06-08', None, None),
    ('Ghana', O, None, None, None),
    ('Kwame Asante-Boateng', P, None, None, None),
    ('Portugal', O, None, None, None),
    ('Paulo Mendonça', P, None, None, 'p_mend1'),
    ('Teixeira', P, None, None, None),
    ('Vitória Atlântica', O, None, None, None),
    ('Diogo Faria', P, None, None, None),
    ('Faria', P, None, None, None),
    ('Teixeira', P, None, None, None),
    ('CD Ria Formosa', O, None, None, None),
    ('Teixeira', P, None, None, None),
    ('Daniel Owusu', P, None, None, None),
    ('Norwegian', N, None, None, None),
    ('Erik Solbakken', P, None, None, None),
    ('Teixeira', P, None, None, None),
    ('Ghana', O, None, None, None),
    ('Ebo Mensah', P, None, None, None),
    ('Accra Meridian', O, None, None, None),
    ('We were not ourselves in the first half,', Q, None, None, 'q1'),
    ('Mendonça', P, None, None, 'p_mend2'),
    ('Ghana pressed us very well, they won every second ball. At half-time I told the players we had to be braver with the ball, and Rúben was brave.', Q, None, None, 'q2'),
    ('Ghana', O, None, None, None),
    ('Rúben', P, None, None, None),
    ('Ghana', O, None, None, None),
    ('Samuel Addo', P, None, None, 'p_addo1'),
    ('very soft', Q, None, None, 'q3'),
    ('Daniel is a big man, he goes for the ball, he gets the ball,', Q, None, None, 'q4'),
    ('Daniel', P, None, None, None),
    ('Addo', P, None, None, 'p_addo2'),
    ('I have watched it three times on the phone. I still don’t see a penalty.', Q, None, None, 'q5'),
    ('Owusu', P, None, None, None),
    ('Leeds Vale', O, None, None, None),
    ('last month', D, '2024-05', None, None),
    ('Ghana', O, None, None, None),
    ('Leeds', O, None, None, None),
    ('Ghanaian', N, None, None, None),
    ('London', G, None, None, None),
    ('Lisbon', G, None, None, None),
    ('Faro', G, None, None, None),
    ('Portugal', O, None, None, None),
    ('2019', D, '2019', None, None),
    ('Japan', O, None, None, None),
    ('5 June', D, '2024-06-05', None, None),
    ('Morocco', O, None, None, None),
    ('Japan', O, None, None, None),
    ('Portimão', G, None, None, None),
    ('Ghana', O, None, None, None),
    ('Japan', O, None, None, None),
    ('Lagos', G, None, None, None),
    ('Tuesday', D, '2024-06-11', None, None),
    ('Portugal', O, None, None, None),
    ('Mendonça', P, None, None, 'p_mend3'),
    ('Faro', G, None, None, None),
    ('Wednesday', D, '2024-06-12', None, None),
    ('Uruguay', O, None, None, None),
    ('5 to 16 June', D, '2024-06-05/2024-06-16', None, None),
    ('Lisbon', G, None, None, None),
    ('next Sunday', D, '2024-06-16', None, None),
    ('Portugal', O, None, None, None),
] + [(n, P, None, None, None) for n in _lineup_pt] + [
    ('Ghana', O, None, None, None),
] + [(n, P, None, None, None) for n in _lineup_gh] + [
    ('Erik Solbakken', P, None, None, None),
    ('Norway', G, None, None, None),
], [('q1', 'p_mend2'), ('q2', 'p_mend2'), ('q3', 'p_addo1'), ('q4', 'p_addo2'), ('q5', 'p_addo2')],
   {k: ['p_mend1', 'p_mend2', 'p_mend3'] for k in ('p_mend2',)}
   | {k: ['p_addo1', 'p_addo2'] for k in ('p_addo1', 'p_addo2')}))


def gap(a, b):
    """character distance between two half-open spans (0 if touching/overlapping)"""
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def build():
    manifest = {json.loads(l)['doc_id']: json.loads(l) for l in (CORPUS / 'manifest.jsonl').read_text().splitlines() if l.strip()}
    out = []
    for doc_id, short, mentions, said_by, speakers in DOCS:
        text = (CORPUS / manifest[doc_id]['file']).read_bytes().decode('utf-8')
        cursor = 0
        spans, keys = [], {}
        for n, (surf, lab, val, ctx, key) in enumerate(mentions, 1):
            needle = (ctx or '') + surf
            i = text.find(needle, cursor)
            assert i >= 0, (doc_id, needle, cursor)
            s = i + len(ctx or '')
            e = s + len(surf)
            assert text[s:e] == surf
            assert surf == surf.strip() and (lab == Q or surf[-1] not in ',;:!?') , surf
            sp = {'id': f'{short}-{n}', 'start': s, 'end': e, 'label': lab, 'text': surf}
            if lab == D:
                assert val, surf
                sp['value'] = val
            else:
                assert val is None
            spans.append(sp)
            if key:
                assert key not in keys, key
                keys[key] = sp
            # a QUOTE may contain spans: keep searching inside it
            cursor = s if lab == Q else e
        # flatness: only QUOTE may contain other spans; no partial overlaps
        for a in spans:
            for b in spans:
                if a is b or gap((a['start'], a['end']), (b['start'], b['end'])) > 0 or a['end'] == b['start'] or b['end'] == a['start']:
                    continue
                inside = a['label'] == Q and b['label'] != Q and a['start'] <= b['start'] and b['end'] <= a['end']
                inside2 = b['label'] == Q and a['label'] != Q and b['start'] <= a['start'] and a['end'] <= b['end']
                assert inside or inside2, (a, b)
        rels = []
        quoted = set()
        for qk, pk in said_by:
            q, p = keys[qk], keys[pk]
            assert q['label'] == Q and p['label'] == P
            # sec. 7: nearest mention naming that speaker
            cands = [keys[k] for k in speakers.get(pk, [pk])]
            best = min(cands, key=lambda c: gap((q['start'], q['end']), (c['start'], c['end'])))
            assert best is p, (doc_id, qk, pk, best['id'])
            rels.append({'from': q['id'], 'to': p['id'], 'type': 'said_by'})
            quoted.add(qk)
        unattributed = [k for k, v in keys.items() if v['label'] == Q and k not in quoted]
        # all quotes carry a key; report the ones deliberately left without said_by
        print(f'{doc_id}: {len(spans)} spans, {len(rels)} said_by, no said_by: {unattributed}')
        out.append({'doc_id': doc_id, 'text': text, 'spans': spans, 'relations': rels})
    with OUT.open('w', encoding='utf-8') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    build()
