"""The article the project started from: every point asserted."""

import json

import pytest

from conftest import SEED, shared_path


@pytest.fixture(scope="module")
def seed(run):
    text = SEED.read_text(encoding="utf-8")
    return text, run(text)


def test_all_nine_quotations_with_exact_spans(seed):
    text, ex = seed
    assert len(ex.quotes) == 9
    assert all(q.kind == "direct" for q in ex.quotes)
    assert ex.quotes[0].text.startswith("We are shocked")
    assert ex.quotes[-1].text == "We love you, Jack"


def test_speakers_in_full(seed):
    _, ex = seed
    names = [q.speaker.name for q in ex.quotes]
    assert names == ["Chrissy Teigen"] * 8 + ["John Legend"]


def test_speaker_mentions_and_cues_where_the_text_has_them(seed):
    _, ex = seed
    q = ex.quotes
    assert (q[0].speaker_mention.text, q[0].cue.text) == ("Chrissy Teigen", "wrote")
    assert (q[1].speaker_mention.text, q[1].cue.text) == ("she", "shared")
    assert (q[3].speaker_mention.text, q[3].cue.text) == ("Chrissy Teigen", "continued")
    assert (q[8].speaker_mention.text, q[8].cue.text) == ("he", "wrote")
    assert q[2].cue is None and q[4].cue is None  # continuation paragraphs have no cue
    assert q[6].speaker_mention.text == "Chrissy Teigen" and q[6].cue is None  # name with the verb missing


def test_media(seed):
    _, ex = seed
    assert [q.medium for q in ex.quotes] == ["instagram"] * 8 + ["twitter"]


def test_tweet_as_social_post(seed):
    text, ex = seed
    assert len(ex.social_posts) == 1
    post = ex.social_posts[0]
    assert post.platform == "twitter"
    assert post.author == "John Legend" and post.handle == "@johnlegend"
    assert post.date == "2020-10-01" and post.url == "https://t.co/ySFzJB5e6k"
    assert text[post.start : post.end].startswith("We love you, Jack")


def test_date_and_noise(seed):
    text, ex = seed
    assert ex.article.date == "2020-10-01"
    noise = {n.text for n in ex.noise}
    assert {"date 2020-10-01", "Advtg."} <= noise


def test_people_profiles(seed):
    _, ex = seed
    by_name = {p.name: p for p in ex.people}
    chrissy, john = by_name["Chrissy Teigen"], by_name["John Legend"]
    assert chrissy.gender == "female" and john.gender == "male"
    assert chrissy.age == 34 and john.age == 41
    assert {"model", "cookbook author"} <= set(chrissy.descriptors)
    assert "husband" in john.descriptors
    assert john.handle == "@johnlegend"
    assert ("spouse_of", "Chrissy Teigen") in john.relations
    assert any(m.text == "John legend" for m in john.mentions)


def test_against_the_gold_file(seed):
    gold = json.loads(shared_path("seed", "seed.gold.json").read_text(encoding="utf-8"))
    text, ex = seed
    assert text == gold["text"]
    got = [(q.start, q.end, q.speaker.name) for q in ex.quotes]
    want = [(g["start"], g["end"], g["speaker"]) for g in gold["quotes"]]
    assert got == want
    for g, q in zip(gold["quotes"], ex.quotes, strict=False):
        assert q.medium == g["medium"]
        if g.get("cue_span"):
            assert (q.cue.start, q.cue.end) == tuple(g["cue_span"])
        if g.get("speaker_span"):
            assert (q.speaker_mention.start, q.speaker_mention.end) == tuple(g["speaker_span"])
