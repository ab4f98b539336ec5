#!/usr/bin/env python3
"""Hand annotation of the eight holdout19 articles (standard library only).

Every entry below was chosen by reading the article. Entries are in reading order:
(surface, label, value or None, options). Options:
  ctx  - left context that must immediately precede the surface (disambiguation)
  who  - PERSON: key naming the real person
  by   - QUOTE: key of the speaker (None = speaker never named: no said_by)
  q    - True for an entity/DATE span that lies inside the preceding QUOTE
DATE values may be ('wd', 'Monday', 'past'|'future'): the nearest such weekday on or
before / on or after the dct, computed with datetime.
"""
import datetime
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', '..', '..', 'corpus')

P, O, G, L, N, D, Q = 'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'DATE', 'QUOTE'
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def wd(name, tense):
    return ('wd', name, tense)


DOCS = {}

# ---------------------------------------------------------------- abc (dct Tue 2023-03-21)
DOCS['holdout19-abc-gariwerd-resort'] = [
    ('Grampians', L, None, {}),
    ('Gariwerd', L, None, {}),
    ('Emma Kirkland', P, None, {'who': 'kirkland'}),
    ('Jarrah Wilson', P, None, {'who': 'wilson'}),
    ('ABC Wimmera', O, None, {}),
    ('Tue 21 Mar 2023', D, '2023-03-21', {}),
    ('Gariwerd', L, None, {}),
    ('Grampians National Park', L, None, {}),
    ('Victorian', N, None, {}),
    ('Northern Grampians Shire Council', O, None, {}),
    ('Tuesday', D, wd('Tuesday', 'past'), {}),
    ('Halls Gap', G, None, {}),
    ('Naarm', G, None, {}),
    ('Melbourne', G, None, {}),
    ('Ballarat', G, None, {}),
    ('Kestrel Ridge Hospitality', O, None, {}),
    ('Djab Wurrung', N, None, {}),
    ('Lorraine Baxter', P, None, {'who': 'baxter'}),
    ('Our old people painted in these hills for thousands of years,', Q, None, {'by': 'baxter'}),
    ('You don’t put a day spa next to that and call it consultation.', Q, None, {'by': 'baxter'}),
    ('Murray Sheehan', P, None, {'who': 'sheehan'}),
    ('This council has listened, and the conditions reflect that,', Q, None, {'by': 'sheehan'}),
    ('Sheehan', P, None, {'who': 'sheehan'}),
    ('But Halls Gap needs year-round jobs, not just seasonal work, and this project brings about 45 of them.', Q, None, {'by': 'sheehan'}),
    ('Halls Gap', G, None, {'q': True}),
    ('Greens', O, None, {}),
    ('Leah Tran', P, None, {'who': 'tran'}),
    ('We were handed the report on Friday afternoon and asked to vote on it four days later,', Q, None, {'by': 'tran'}),
    ('Friday', D, wd('Friday', 'past'), {'q': True}),
    ('four days later', D, '2023-03-21', {'q': True}),   # Friday 2023-03-17 + 4 days
    ('Kestrel Ridge', O, None, {}),
    ('Sophie Anand', P, None, {'who': 'anand'}),
    ('October', D, '2022-10', {}),
    ('spring', D, '2023-SP', {}),
    ('December next year', D, '2024-12', {}),
    ('Fyans Creek', L, None, {}),
    ('Halls Gap', G, None, {}),
    ('Lake Bellfield', L, None, {}),
    ('Wimmera', L, None, {}),
    ('Gariwerd', L, None, {}),
    ('Aboriginal', N, None, {}),
    ('Victoria', G, None, {}),
    ('Djab Wurrung', N, None, {}),
    ('Jardwadjali', N, None, {}),
    ('last year', D, '2022', {}),
    ('Naarm', G, None, {}),
    ('Tarntanya', G, None, {}),
    ('Adelaide', G, None, {}),
    ('Grampians Tourism', O, None, {}),
    ('Parks Victoria', O, None, {}),
    ('Victorian Civil and Administrative Tribunal', O, None, {}),
    ('Lorraine', P, None, {'who': 'baxter'}),
    ('the Easter long weekend', D, '2023-04-07/2023-04-10', {}),   # Good Friday to Easter Monday 2023
]

# ---------------------------------------------------------------- ap (dct Wed 2021-08-11)
DOCS['holdout19-ap-montana-wildfire'] = [
    ('Montana', G, None, {}),
    ('Bitterroot Valley', L, None, {}),
    ('ELLEN MARSH', P, None, {'who': 'marsh'}),
    ('Associated Press', O, None, {}),
    ('HAMILTON', G, None, {}),
    ('Mont.', G, None, {}),
    ('AP', O, None, {}),
    ('Sapphire Mountains', L, None, {}),
    ('Montana', G, None, {}),
    ('Bitterroot Valley', L, None, {}),
    ('Wednesday', D, wd('Wednesday', 'past'), {}),
    ('Bitterroot River', L, None, {}),
    ('Monday', D, wd('Monday', 'past'), {}),
    ('Hamilton', G, None, {}),
    ('Wednesday', D, wd('Wednesday', 'past'), {}),
    ('Bitterroot National Forest', O, None, {}),
    ('Ravalli County', G, None, {}),
    ('Dale Brandvold', P, None, {'who': 'brandvold'}),
    ('Sleeping Child', L, None, {}),
    ('We had people pulling horse trailers out at 2 in the morning,', Q, None, {'by': 'brandvold'}),
    ('Brandvold', P, None, {'who': 'brandvold'}),
    ("Most folks didn't argue with us. They've lived here long enough to know what these fires can do.", Q, None, {'by': 'brandvold'}),
    ('Rosa Delgado-Whitfield', P, None, {'who': 'delgado'}),
    ('Tuesday', D, wd('Tuesday', 'past'), {}),
    ('Hamilton', G, None, {}),
    ("We are asking everyone on the east side of the valley to be ready to leave at a moment's notice. The forecast doesn't give us a break until the weekend at the earliest.", Q, None, {'by': 'delgado'}),
    ('the weekend', D, '2021-08-14/2021-08-15', {'q': True}),
    ("If you get the call, don't stop to pack the photo albums. Just go,", Q, None, {'by': 'delgado'}),
    ('National Weather Service', O, None, {}),
    ('Montana', G, None, {}),
    ('Idaho', G, None, {}),
    ('Thursday through Saturday', D, '2021-08-12/2021-08-14', {}),
    ('Carla Nyquist', P, None, {'who': 'nyquist'}),
    ('Red Cross', O, None, {}),
    ('You could see the glow over the ridge from my kitchen window,', Q, None, {'by': 'nyquist'}),
    ('Nyquist', P, None, {'who': 'nyquist'}),
    ('Corvallis', G, None, {}),
    ('1989', D, '1989', {}),
    ("I've been through evacuations before, in the summer of 2012, but never this fast.", Q, None, {'by': 'nyquist'}),
    ('the summer of 2012', D, '2012-SU', {'q': True}),
    ('Sapphire Valley Power Cooperative', O, None, {}),
    ('Todd Lindqvist', P, None, {'who': 'lindqvist'}),
    ('for several days', Q, None, {'by': 'lindqvist'}),
    ('Montana', G, None, {}),
    ('June and July', D, '2021-06/2021-07', {}),
    ('Bitterroot River', L, None, {}),
    ('Darby', G, None, {}),
    ('August', D, '2021-08', {'ctx': 'early '}),
    ('1988', D, '1988', {}),
    ('U.S. Geological Survey', O, None, {}),
    ('West', L, None, {}),
    ('Idaho', G, None, {}),
    ('Oregon', G, None, {}),
    ('Northern California', L, None, {}),
    ('National Interagency Fire Center', O, None, {}),
    ('Boise', G, None, {}),
    ('Idaho', G, None, {}),
    ('Wednesday', D, wd('Wednesday', 'past'), {}),
    ('Washington', G, None, {}),
    ('British Columbia', G, None, {}),
    ('last week', D, '2021-08-02/2021-08-08', {}),
    ('Utah', G, None, {}),
    ('Colorado', G, None, {}),
    ('Aug. 14', D, '2021-08-14', {}),
    ('Associated Press', O, None, {}),
    ('Tomás Ruelas', P, None, {'who': 'ruelas'}),
    ('Boise', G, None, {}),
    ('Idaho', G, None, {}),
]

# ---------------------------------------------------------------- cbc (dct Thu 2024-01-18)
DOCS['holdout19-cbc-norway-house-outage'] = [
    ('Norway House Cree Nation', G, None, {}),
    ('Manitoba', G, None, {}),
    ('Sarah Petrowski', P, None, {'who': 'petrowski'}),
    ('CBC News', O, None, {}),
    ('Jan 18, 2024', D, '2024-01-18', {}),
    ('Norway House Cree Nation', G, None, {}),
    ('Manitoba', G, None, {}),
    ('Manitoba Hydro', O, None, {}),
    ('Wednesday', D, wd('Wednesday', 'past'), {}),
    ('Crown', O, None, {}),
    ('Sunday, Jan. 14', D, '2024-01-14', {}),
    ('Nelson River', L, None, {}),
    ('Marcel Robinson', P, None, {'who': 'robinson'}),
    ('People were burning whatever they had to stay warm. We had elders on oxygen who could not be left in cold houses for even one night.', Q, None, {'by': 'robinson'}),
    ('This cannot keep happening every winter. We need our own backup power here in the community, not a promise that crews will come up from Thompson when the weather allows it,', Q, None, {'by': 'robinson'}),
    ('Thompson', G, None, {'q': True}),
    ('Robinson', P, None, {'who': 'robinson'}),
    ('Wednesday', D, wd('Wednesday', 'past'), {}),
    ('Cree', N, None, {}),
    ('Nelson River', L, None, {}),
    ('Playgreen Lake', L, None, {}),
    ('Lake Winnipeg', L, None, {}),
    ('Manitoba Hydro', O, None, {}),
    ('Dana Kowalchuk', P, None, {'who': 'kowalchuk'}),
    ('Tuesday', D, wd('Tuesday', 'past'), {}),
    ('Our crews were working in conditions that were, frankly, dangerous, and they did not stop until every customer was back on,', Q, None, {'by': 'kowalchuk'}),
    ('Kowalchuk', P, None, {'who': 'kowalchuk'}),
    ('Norway House', G, None, {}),
    ('spring', D, '2024-SP', {}),
    ('Indigenous Services Canada', O, None, {}),
    ('Monday', D, wd('Monday', 'past'), {}),
    ('Tanya Muswagon', P, None, {'who': 'muswagon'}),
    ('Facebook', O, None, {}),
    ('Wednesday', D, wd('Wednesday', 'past'), {}),
    ('LIGHTS ARE ON 💡 Thank you to every single lineworker who came out in this cold 🙏 #NorwayHouse,', Q, None, {'by': 'muswagon'}),
    ('NorwayHouse', G, None, {'q': True, 'ctx': '#'}),
    ('Thursday', D, wd('Thursday', 'past'), {}),
    ('February 2019', D, '2019-02', {}),
    ('Robinson', P, None, {'who': 'robinson'}),
    ('Ottawa', G, None, {}),
    ('Environment Canada', O, None, {}),
    ('this week', D, '2024-01-15/2024-01-21', {}),
    ('Manitoba', G, None, {}),
    ('Saskatchewan', G, None, {}),
    ('Prairies', L, None, {}),
    ('next week', D, '2024-01-22/2024-01-28', {}),
]

# ---------------------------------------------------------------- guardian (dct Wed 2018-05-16)
DOCS['holdout19-guardian-wye-sewage'] = [
    ('River Wye', L, None, {}),
    ('Helena Marsh', P, None, {'who': 'marsh'}),
    ('Wed 16 May 2018', D, '2018-05-16', {}),
    ('River Wye', L, None, {}),
    ('Marches Water', O, None, {}),
    ('Hereford crown court', O, None, {}),
    ('Wednesday', D, wd('Wednesday', 'past'), {}),
    ('Hay-on-Wye', G, None, {}),
    ('England', G, None, {}),
    ('Wales', G, None, {}),
    ('the August bank holiday weekend last year', D, '2017-08-26/2017-08-28', {}),
    ('Environment Agency', O, None, {}),
    ('Natural Resources Wales', O, None, {}),
    ('Alison Pryce-Roberts', P, None, {'who': 'pryce'}),
    ('wholly failed', Q, None, {'by': 'pryce'}),
    ('This was not a freak event. The alarm sounded 17 times over two days, and on each occasion it was ignored,', Q, None, {'by': 'pryce'}),
    ('Marches Water', O, None, {}),
    ('Herefordshire', G, None, {}),
    ('Shropshire', G, None, {}),
    ('Powys', G, None, {}),
    ('Graham Tolley', P, None, {'who': 'tolley'}),
    ('We are deeply sorry. We let down the communities we serve and the river that runs through them.', Q, None, {'by': 'tolley'}),
    ('Wye', L, None, {}),
    ('Plynlimon', L, None, {}),
    ('Cambrian mountains', L, None, {}),
    ('Severn estuary', L, None, {}),
    ('Chepstow', G, None, {}),
    ('recent years', D, 'PAST_REF', {}),
    ('Owen Pritchard', P, None, {'who': 'pritchard'}),
    ('Glasbury', G, None, {}),
    ('Welsh', N, None, {}),
    ('We were pulling dead fish out of the water for a week. Some of those salmon had come all the way back from Greenland,', Q, None, {'by': 'pritchard'}),
    ('Greenland', G, None, {'q': True}),
    ('Labour', O, None, {}),
    ('Carys Whitlow', P, None, {'who': 'whitlow'}),
    ('a rounding error', Q, None, {'by': 'whitlow'}),
    ('2017', D, '2017', {}),
    ('Ministers talk about a green Brexit, but they have allowed water companies to treat Britain’s rivers as open sewers,', Q, None, {'by': 'whitlow'}),
    ('Britain', G, None, {'q': True}),
    ('A Labour government would give regulators the powers and the money to stop this.', Q, None, {'by': 'whitlow'}),
    ('Labour', O, None, {'q': True}),
    ('Whitlow', P, None, {'who': 'whitlow'}),
    ('parliament', O, None, {}),
    ('July', D, '2018-07', {}),
    ('Department for Environment, Food and Rural Affairs', O, None, {}),
    ('been clear that pollution of this kind is unacceptable', Q, None, {'by': None}),
    ('Environment Agency', O, None, {}),
    ('Environment Agency', O, None, {}),
    ('Midlands', L, None, {}),
    ('Welsh', N, None, {}),
    ('the end of the year', D, '2018', {}),
    ('Marches Water', O, None, {}),
    ('mid-June', D, '2018-06', {}),
]

# ---------------------------------------------------------------- nation (dct Wed 2025-02-19)
DOCS['holdout19-nation-coast-water'] = [
    ('Mombasa', G, None, {}),
    ('Kilifi', G, None, {}),
    ('Sabaki', L, None, {}),
    ('Rehema Nzai', P, None, {'who': 'nzai'}),
    ('Wednesday, February 19, 2025', D, '2025-02-19', {}),
    ('Mombasa', G, None, {}),
    ('Kilifi', G, None, {}),
    ('Sabaki River', L, None, {}),
    ('Kilifi', G, None, {}),
    ('Tuesday', D, wd('Tuesday', 'past'), {}),
    ('Malindi', G, None, {}),
    ('Mariakani', G, None, {}),
    ('Mombasa', G, None, {}),
    ('Baricho', G, None, {'ctx': 'from '}),
    ('Mzima Springs', L, None, {}),
    ('Taita Taveta', G, None, {}),
    ('Marere springs', L, None, {}),
    ('Kwale', G, None, {}),
    ('Mombasa County Executive Committee', O, None, {}),
    ('Mwanaisha Salim', P, None, {'who': 'salim'}),
    ('a daily humiliation', Q, None, {'by': 'salim'}),
    ('A mother in Likoni should not spend three hours in a queue for two jerricans. Maji ni uhai, and we intend to treat it that way,', Q, None, {'by': 'salim'}),
    ('Likoni', G, None, {'q': True}),
    ('Kilifi', G, None, {}),
    ('Baraka Kahindi', P, None, {'who': 'kahindi'}),
    ('Mombasa', G, None, {}),
    ('Ministry of Water, Sanitation and Irrigation', O, None, {}),
    ('Kilifi people have watched water from our own river pass through our villages to Mombasa while our taps stay dry. This time, every village along the route will get a connection,', Q, None, {'by': 'kahindi'}),
    ('Kilifi', G, None, {'q': True}),
    ('Mombasa', G, None, {'q': True}),
    ('Kahindi', P, None, {'who': 'kahindi'}),
    ('Coast Water Works Development Agency', O, None, {}),
    ('next month', D, '2025-03', {}),
    ('December 2026', D, '2026-12', {}),
    ('Juma Mwinyi', P, None, {'who': 'mwinyi'}),
    ('Kenyan', N, None, {}),
    ('Chinese', N, None, {}),
    ('Sino-Pwani Construction Ltd', O, None, {}),
    ('The Sabaki carries enough water even in the dry season. Our problem has always been pipes, not rivers,', Q, None, {'by': 'mwinyi'}),
    ('Sabaki', L, None, {'q': True}),
    ('Mwinyi', P, None, {'who': 'mwinyi'}),
    ('Athi', L, None, {}),
    ('Galana', L, None, {}),
    ('Nairobi', G, None, {}),
    ('Tsavo East National Park', L, None, {}),
    ('Indian Ocean', L, None, {}),
    ('Malindi', G, None, {}),
    ('October to December 2023', D, '2023-10/2023-12', {}),
    ('Mariakani', G, None, {}),
    ('Mombasa', G, None, {}),
    ('Likoni', G, None, {}),
    ('Zawadi Omar', P, None, {'who': 'omar'}),
    ('When the taps run dry we buy from the carts. Some days I spend Sh300 on water alone,', Q, None, {'by': 'omar'}),
    ('Nation', O, None, {}),
    ('Mombasa', G, None, {}),
    ('2019', D, '2019', {}),
    ('Kilifi County Assembly', O, None, {}),
    ('next week', D, '2025-02-24/2025-03-02', {}),
    ('Salim', P, None, {'who': 'salim'}),
    ('Mombasa', G, None, {}),
    ('2027', D, '2027', {}),
]

# ---------------------------------------------------------------- scmp (dct Thu 2015-11-26)
DOCS['holdout19-scmp-crossborder-coach'] = [
    ('Fiona Kwan', P, None, {'who': 'kwan'}),
    ('26 Nov, 2015', D, '2015-11-26', {}),
    ('Tuen Mun', G, None, {}),
    ('Shenzhen', G, None, {'ctx': 'to '}),
    ('Gold Harbour Cross-Border Transport', O, None, {}),
    ('Shekou', G, None, {}),
    ('Nanshan', G, None, {}),
    ('Sunday', D, wd('Sunday', 'past'), {}),
    ('Ngau Hom Shek', G, None, {}),
    ('Yuen Long', G, None, {}),
    ('Lam', P, None, {'who': 'lam'}),
    ('Monday', D, wd('Monday', 'past'), {}),
    ('Legislative Council', O, None, {}),
    ('Thursday', D, wd('Thursday', 'past'), {}),
    ('Democratic Party', O, None, {}),
    ('Eddie Fok Kin-wah', P, None, {'who': 'fok'}),
    ('Hong Kong', G, None, {}),
    ('gaps big enough to drive a coach through', Q, None, {'by': 'fok'}),
    ('The Transport Department tells us Guangdong checks the drivers, and Guangdong tells us Hong Kong checks the vehicles,', Q, None, {'by': 'fok'}),
    ('Transport Department', O, None, {'q': True}),
    ('Guangdong', G, None, {'q': True}),
    ('Guangdong', G, None, {'q': True}),
    ('Hong Kong', G, None, {'q': True}),
    ('Fok', P, None, {'who': 'fok'}),
    ('In the end, nobody checks anything.', Q, None, {'by': 'fok'}),
    ('Kenneth Lo Wing-hong', P, None, {'who': 'lo'}),
    ('Gold Harbour', O, None, {}),
    ('this year', D, '2015', {}),
    ('December and February', D, '2015-12/2016-02', {}),
    ('Christmas', D, '2015-12-25', {}),
    ('the Lunar New Year', D, '2016-02-08', {}),
    ('If any operator is found to have cut corners on maintenance or on drivers’ working hours, its quota will be suspended,', Q, None, {'by': 'lo'}),
    ('Lo', P, None, {'who': 'lo'}),
    ('the first nine months of this year', D, '2015-01/2015-09', {}),
    ('the same period of 2014', D, '2014-01/2014-09', {}),
    ('Cheryl Yip Suk-yee', P, None, {'who': 'yip'}),
    ('Democratic Alliance for the Betterment and Progress of Hong Kong', O, None, {}),
    ('New Territories West', L, None, {}),
    ('Tuen Mun', G, None, {}),
    ('Yuen Long', G, None, {}),
    ('Shenzhen', G, None, {}),
    ('Dongguan', G, None, {}),
    ('2023', D, '2023', {}),
    ('Mandy Chu Hoi-yan', P, None, {'who': 'chu'}),
    ('Qianhai', G, None, {}),
    ('He was yawning when we left Tuen Mun and the bus kept drifting towards the side,', Q, None, {'by': 'chu'}),
    ('Tuen Mun', G, None, {'q': True}),
    ('I thought we would go over the barrier into the sea.', Q, None, {'by': 'chu'}),
    ('Gold Harbour', O, None, {}),
    ('cooperating fully with the police', Q, None, {'by': None}),
    ('Hong Kong', G, None, {}),
    ('Guangdong', G, None, {}),
    ('Hongkongers', N, None, {}),
    ('Chinese', N, None, {}),
    ('Mong Kok', G, None, {}),
    ('Causeway Bay', G, None, {}),
    ('Yuen Long', G, None, {}),
    ('Shekou', G, None, {}),
    ('2007', D, '2007', {}),
    ('March next year', D, '2016-03', {}),
]

# ---------------------------------------------------------------- toi (dct Tue 2016-07-19), CRLF text
DOCS['holdout19-toi-pune-desilting'] = [
    ('PMC', O, None, {}),
    ('Mula-Mutha', L, None, {}),
    ('Khadakwasla', L, None, {}),
    ('Prasad Joshi', P, None, {'who': 'joshi'}),
    ('TNN', O, None, {}),
    ('Jul 19, 2016', D, '2016-07-19', {}),
    ('PUNE', G, None, {}),
    ('Pune Municipal Corporation', O, None, {}),
    ('PMC', O, None, {}),
    ('Monday', D, wd('Monday', 'past'), {}),
    ('Mula-Mutha', L, None, {}),
    ('Vitthalwadi', G, None, {}),
    ('Patil Estate', G, None, {}),
    ('Sangamwadi', G, None, {}),
    ('Khadakwasla', L, None, {'ctx': 'from '}),
    ('Saturday', D, wd('Saturday', 'past'), {}),
    ('Sahyadris', L, None, {}),
    ('Thursday and Saturday', D, '2016-07-14/2016-07-16', {}),
    ('Sudhir Bhosale', P, None, {'who': 'bhosale'}),
    ('We have identified 23 spots between Vitthalwadi and the Sangam bridge where construction waste has narrowed the channel. Work will begin as soon as the water level drops, and we want it finished before the heavy spell expected in the second half of August.', Q, None, {'by': 'bhosale'}),
    ('Vitthalwadi', G, None, {'q': True}),
    ('the second half of August', D, '2016-08-16/2016-08-31', {'q': True}),
    ('Contractors who dumped this debris will be identified and fined. We will not let the river be used as a landfill,', Q, None, {'by': 'bhosale'}),
    ('Bhosale', P, None, {'who': 'bhosale'}),
    ('TOI', O, None, {}),
    ('Anand Gaikwad', P, None, {'who': 'gaikwad'}),
    ('last year', D, '2015', {}),
    ('last month', D, '2016-06', {}),
    ("Every year the PMC wakes up only after people's homes are under water,", Q, None, {'by': 'thorat'}),
    ('PMC', O, None, {'q': True}),
    ('BJP', O, None, {}),
    ('Vidya Thorat', P, None, {'who': 'thorat'}),
    ('Hingne', G, None, {}),
    ('Vitthalwadi', G, None, {'ctx': 'Hingne-'}),
    ('The same contractors were paid Rs 1.8 crore in 2015 for the same job.', Q, None, {'by': 'thorat'}),
    ('2015', D, '2015', {'q': True}),
    ('Milind Patwardhan', P, None, {'who': 'patwardhan'}),
    ('Khadakwasla irrigation division', O, None, {}),
    ('Khadakwasla was at 94% on Saturday evening and the inflow from Panshet and Varasgaon was rising every hour. We had no option,', Q, None, {'by': 'patwardhan'}),
    ('Khadakwasla', L, None, {'q': True}),
    ('Saturday', D, wd('Saturday', 'past'), {'q': True}),
    ('Panshet', L, None, {'q': True}),
    ('Varasgaon', L, None, {'q': True}),
    ('Ekta Nagari', G, None, {}),
    ('Vitthalwadi', G, None, {}),
    ('We got the SMS at 11.30pm and by midnight the water was at knee level,', Q, None, {'by': 'deshmukh'}),
    ('Shubhangi Deshmukh', P, None, {'who': 'deshmukh'}),
    ("Our fridge, our beds, the children's school books, everything is gone.", Q, None, {'by': 'deshmukh'}),
    ('Maharashtra', G, None, {}),
    ('Rajendra Sawant', P, None, {'who': 'sawant'}),
    ('Friday', D, wd('Friday', 'future'), {}),
    ('Mula-Mutha', L, None, {}),
    ('last year', D, '2015', {}),
    ('Mumbai', G, None, {}),
    ('Pimpri Chinchwad Municipal Corporation', O, None, {}),
    ('PCMC', O, None, {}),
    ('Pavana', L, None, {}),
    ('Pimple Gurav', G, None, {}),
    ('Sunday', D, wd('Sunday', 'past'), {}),
]

# ---------------------------------------------------------------- wikinews (dct Thu 2019-10-24)
DOCS['holdout19-wikinews-rhine-grounding'] = [
    ('Dutch', N, None, {}),
    ('Rhine', L, None, {}),
    ('Bingen', G, None, {}),
    ('Thursday, October 24, 2019', D, '2019-10-24', {}),
    ('Dutch', N, None, {}),
    ('Rhine', L, None, {}),
    ('German', N, None, {}),
    ('Bingen am Rhein', G, None, {}),
    ('Tuesday', D, wd('Tuesday', 'past'), {}),
    ('Europe', L, None, {}),
    ('Rotterdam', G, None, {}),
    ('Van Aalst Binnenvaart', O, None, {}),
    ('Duisburg', G, None, {}),
    ('Karlsruhe', G, None, {}),
    ('Binger Loch', L, None, {}),
    ('Middle Rhine', L, None, {}),
    ('Wasserstraßen- und Schifffahrtsamt Bingen', O, None, {}),
    ('Rhine', L, None, {}),
    ('July and September', D, '2019-07/2019-09', {}),
    ('Alps', L, None, {}),
    ('Germany', G, None, {}),
    ('the autumn', D, '2019-FA', {}),
    ('Kaub', G, None, {}),
    ('Tuesday', D, wd('Tuesday', 'past'), {}),
    ('The captain reported a loss of steering at the worst possible spot,', Q, None, {'by': 'lenz'}),
    ('Martina Lenz', P, None, {'who': 'lenz'}),
    ('With the water this low, there is very little room for error between Bingen and the Loreley.', Q, None, {'by': 'lenz'}),
    ('Bingen', G, None, {'q': True}),
    ('Loreley', L, None, {'q': True}),
    ('Rhineland-Palatinate', G, None, {}),
    ('Rüdesheim', G, None, {}),
    ('Oberwesel', G, None, {}),
    ('Koblenz', G, None, {}),
    ('Mainz', G, None, {}),
    ('Wednesday', D, wd('Wednesday', 'past'), {}),
    ('Pieter Declercq', P, None, {'who': 'declercq'}),
    ('Belgian', N, None, {}),
    ('We dropped both anchors within a minute, and that kept her from swinging across the channel,', Q, None, {'by': 'declercq'}),
    ('Joost van Aalst', P, None, {'who': 'vanaalst'}),
    ('German', N, None, {}),
    ('We will find out what failed in the steering gear,', Q, None, {'by': 'vanaalst'}),
    ('van Aalst', P, None, {'who': 'vanaalst'}),
    ('and we will pay for every hour that others have lost because of this.', Q, None, {'by': 'vanaalst'}),
    ('Wednesday', D, wd('Wednesday', 'past'), {}),
    ('Bingen', G, None, {}),
    ('that evening', D, '2019-10-23', {}),
    ('today', D, '2019-10-24', {}),
    ('Hendrik Auerbach', P, None, {'who': 'auerbach'}),
    ("Rhine Barge Operators' Association", O, None, {}),
    ('Rotterdam', G, None, {}),
    ('Swiss', N, None, {}),
    ('Basel', G, None, {}),
    ('August', D, '2019-08', {}),
    ('If the winter is dry as well, companies along the Rhine will have to look at the railways again,', Q, None, {'by': 'auerbach'}),
    ('the winter', D, '2019-WI', {'q': True}),
    ('Rhine', L, None, {'q': True}),
    ('Auerbach', P, None, {'who': 'auerbach'}),
    ('St. Goar', G, None, {}),
    ('the autumn of 2018', D, '2018-FA', {}),
    ('Katrin Vollmer', P, None, {'who': 'vollmer'}),
    ('Bingen', G, None, {}),
    ('Rhein', L, None, {}),
    ('Mittelrhein-Kurier', O, None, {}),
    ('October 23, 2019', D, '2019-10-23', {}),
    ('Sanne de Wit', P, None, {'who': 'dewit'}),
    ('Rotterdamse', N, None, {}),
    ('Rijn', L, None, {}),
    ('Binnenvaart Dagblad', O, None, {}),
    ('October 23, 2019', D, '2019-10-23', {}),
    ('Thomas Reiner', P, None, {'who': 'reiner'}),
    ('Rhine', L, None, {}),
    ('Bingen', G, None, {}),
    ('European Freight Review', O, None, {}),
    ('October 24, 2019', D, '2019-10-24', {}),
]

# ---------------------------------------------------------------- machinery
ATOM = r'(\d{4}(-(\d{2}(-\d{2})?|SP|SU|FA|WI))?)'
VALUE_RE = re.compile(r'^(PAST_REF|PRESENT_REF|FUTURE_REF|%s(/%s)?)$' % (ATOM, ATOM))
OPEN_MARKS = '"“‘\''
CLOSE_MARKS = '"”’\''
LABELS = {P, O, G, L, N, D, Q}


def resolve_value(val, dct):
    if isinstance(val, tuple):
        _, name, tense = val
        target = WEEKDAYS.index(name)
        delta = (dct.weekday() - target) % 7
        day = dct - datetime.timedelta(days=delta) if tense == 'past' \
            else dct + datetime.timedelta(days=(target - dct.weekday()) % 7)
        assert day.weekday() == target
        return day.isoformat()
    return val


def gap(a, b):
    if a['end'] <= b['start']:
        return b['start'] - a['end']
    if b['end'] <= a['start']:
        return a['start'] - b['end']
    return 0


def build_doc(doc_id, dct, text, entries):
    spans, relations, who_of, by_of = [], [], {}, {}
    cursor, quote = 0, None
    for n, (surface, label, value, opts) in enumerate(entries, 1):
        assert label in LABELS, (doc_id, surface, label)
        inside = opts.get('q', False)
        if not inside and quote is not None:
            cursor = max(cursor, quote['end'])
        ctx = opts.get('ctx', '')
        idx = text.find(ctx + surface, max(0, cursor - len(ctx)))
        assert idx >= 0, (doc_id, 'not found after cursor', surface, cursor)
        start = idx + len(ctx)
        end = start + len(surface)
        assert text[start:end] == surface
        assert surface == surface.strip() and surface, (doc_id, surface)
        span = {'id': 'T%d' % n, 'start': start, 'end': end, 'label': label, 'text': surface}
        if label == D:
            v = resolve_value(value, dct)
            assert VALUE_RE.match(v), (doc_id, surface, v)
            if any(w in surface for w in WEEKDAYS) and re.match(r'^\d{4}-\d{2}-\d{2}$', v):
                wk = [w for w in WEEKDAYS if w in surface][0]
                assert datetime.date.fromisoformat(v).strftime('%A') == wk, (doc_id, surface, v)
            span['value'] = v
        else:
            assert value is None, (doc_id, surface)
        if inside:
            assert quote is not None and quote['start'] <= start and end <= quote['end'], \
                (doc_id, 'inner span outside quote', surface)
        if label == Q:
            # the text just before must be an opening mark; just after a closing mark or a line end
            assert text[start - 1] in OPEN_MARKS, (doc_id, 'no opening mark', surface)
            assert end == len(text) or text[end] in CLOSE_MARKS or text[end] in '\r\n', \
                (doc_id, 'no closing mark/paragraph end', surface)
            assert 'by' in opts, (doc_id, surface)
            by_of[span['id']] = opts['by']
            quote = span
            cursor = start
        else:
            cursor = end
            if label == P:
                who_of[span['id']] = opts['who']
        spans.append(span)

    # ids unique
    ids = [s['id'] for s in spans]
    assert len(ids) == len(set(ids))
    # flatness: only entity/DATE spans inside a QUOTE may overlap
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if a['start'] < b['end'] and b['start'] < a['end']:
                qa, qb = a['label'] == Q, b['label'] == Q
                assert qa != qb, (doc_id, 'overlap', a, b)
                qs, es = (a, b) if qa else (b, a)
                assert qs['start'] <= es['start'] and es['end'] <= qs['end'], (doc_id, 'crossing', a, b)
    # said_by: nearest PERSON mention of the named speaker
    by_id = {s['id']: s for s in spans}
    for qid, who in by_of.items():
        if who is None:
            continue
        cands = [by_id[pid] for pid, w in who_of.items() if w == who]
        assert cands, (doc_id, 'speaker without PERSON mention', who)
        best = min(cands, key=lambda p: (gap(by_id[qid], p), p['start']))
        relations.append({'from': qid, 'to': best['id'], 'type': 'said_by'})
    for r in relations:
        assert by_id[r['from']]['label'] == Q and by_id[r['to']]['label'] == P
    assert len({r['from'] for r in relations}) == len(relations)
    spans.sort(key=lambda s: (s['start'], -s['end']))
    return {'doc_id': doc_id, 'spans': spans, 'relations': relations}


def main():
    manifest = {}
    with open(os.path.join(CORPUS, 'manifest.jsonl'), encoding='utf-8') as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                manifest[rec['doc_id']] = rec
    assert set(manifest) == set(DOCS), set(manifest) ^ set(DOCS)
    out = []
    for doc_id in sorted(DOCS):
        rec = manifest[doc_id]
        with open(os.path.join(CORPUS, rec['file']), encoding='utf-8', newline='') as fh:
            text = fh.read()
        dct = datetime.date.fromisoformat(rec['dct'])
        out.append(build_doc(doc_id, dct, text, DOCS[doc_id]))
    with open(os.path.join(HERE, 'annotation.jsonl'), 'w', encoding='utf-8') as fh:
        for doc in out:
            fh.write(json.dumps(doc, ensure_ascii=False) + '\n')
    for doc in out:
        counts = {}
        for s in doc['spans']:
            counts[s['label']] = counts.get(s['label'], 0) + 1
        print(doc['doc_id'], counts, 'said_by', len(doc['relations']))


if __name__ == '__main__':
    main()
