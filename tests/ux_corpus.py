"""A small store for the interface tests: articles written for them (no copyrighted text)."""

import json

ARTICLES = [
    {
        "id": "g1",
        "date": "2021-01-05",
        "url": "https://www.theguardian.com/city/2021/jan/05/bridge",
        "title": "Bridge plan approved after long debate | Jane Smith | The Guardian",
        "text": "The council voted on Tuesday after a long debate.\n\n"
        '"We will build the bridge this year," said Anna Berg, the city\'s mayor. The vote was close.',
    },
    {
        "id": "b1",
        "date": "2021-03-09",
        "url": "https://www.bbc.co.uk/news/uk-b1",
        "title": "Work starts on the new bridge - BBC News",
        "text": 'Work began on Monday.\n\n"The bridge will open in the spring," Anna Berg told reporters.\n\n'
        '"The tunnel is a different matter entirely," Tom Parata said.',
    },
    {
        "id": "p2",
        "date": "2021-04-01",
        "url": "https://example.org/p2",
        "text": 'Floods hit the valley.\n\n"The river is rising fast and we are worried," Lee Parata said.',
    },
    {
        "id": "p3",
        "date": "2021-04-02",
        "url": "https://example.org/p3",
        "text": 'The farm was saved.\n\n"We worked through the night to save the herd," Mere Parata said.',
    },
    {
        "id": "s1",
        "date": "2021-05-01",
        "url": "https://example.org/s1",
        "text": "A new study was published on Monday.\n\n"
        '"The ice is melting faster than anyone expected," scientists said.',
    },
]


def write_jsonl(path, records=ARTICLES):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
