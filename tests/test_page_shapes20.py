"""Text shapes of real pages that broke attribution (issue 10/11, round 20): footnote numbers glued to names,
first names in brackets after a title, embedded posts over several lines, live blogs' entries, and the table's
noise footer. Every article here is invented."""

from click.testing import CliRunner

from conftest import speaker_name_of
from onrecord.interfaces.cli import NOISE_SHOWN, main, noise_footer
from onrecord.model import Noise

# -- a footnote's number glued to a name ---------------------------------------------------------------------


def test_a_footnote_number_glued_to_a_name_leaves_the_name(run):
    text = (
        "City sues over the new bridge\n\n"
        'Riverton Mayor Dana Hollis1 called the lawsuit "a waste of public money" on Monday.\n\n'
        "The council voted 7-2 to go ahead with the bridge.\n"
    )
    ex = run(text)
    assert speaker_name_of(ex, "a waste of public money") == "Dana Hollis"
    person = next(p for p in ex.people if p.name == "Dana Hollis")
    assert [m.text for m in person.mentions] == ["Dana Hollis"]  # the span is on the text, number left out


def test_a_footnote_number_before_a_verb_of_saying(run):
    text = 'Port strike ends\n\n"We are back at work," union leader Omar Petrov2 said on Friday.\n'
    assert speaker_name_of(run(text), "We are back at work") == "Omar Petrov"


def test_numbers_inside_names_of_things_stay(run):
    # A product or a group with a number in its name is no footnote: nothing is taken out of the working copy.
    from onrecord.model import Article
    from onrecord.pipeline.stages.clean import clean
    from onrecord.pipeline.stages.layout import layout
    from onrecord.pipeline.state import ArticleState

    text = (
        "Gadgets of the year\n\nThe new Beats Solo3 wireless set sold out. The Future45 group spent heavily.\n"
        "On July20, the shop opened. Afghanistan won the World Twenty20 final.\n"
    )
    ex = layout(clean(ArticleState(article=Article(text=text))))
    assert ex.layout.footnotes == []


# -- a first name in brackets between a title and a surname ------------------------------------------------------


def test_a_bracketed_first_name_after_a_title_is_part_of_the_name(run):
    text = (
        "Pacers win again\n\n"
        "The Pacers beat the Bulls 101-95 on Sunday night.\n\n"
        '"We played with heart tonight," Coach (Frank) Vogel said after the game.\n\n'
        "Vogel said the team would rest on Monday.\n"
    )
    ex = run(text)
    assert speaker_name_of(ex, "We played with heart tonight") == "Frank Vogel"
    assert speaker_name_of(ex, "the team would rest on Monday") == "Frank Vogel"
    assert [p.name for p in ex.people if "Vogel" in (p.name or "")] == ["Frank Vogel"]


def test_a_bracketed_first_name_after_a_judge(run):
    text = 'Court rules on the merger\n\nDistrict Judge (Harold) Greene said the merger "would harm the public".\n'
    assert speaker_name_of(run(text), "would harm the public") == "Harold Greene"


# -- the table's noise footer ------------------------------------------------------------------------------------


def test_the_noise_footer_lists_a_few_and_counts_the_rest():
    noise = [Noise(k * 10, k * 10 + 8, f"item {k} " + "x" * 500, "markup tag") for k in range(2000)]
    line = noise_footer(noise)
    assert len(line) < 1000
    assert "item 0" in line and f"item {NOISE_SHOWN - 1}" in line and f"item {NOISE_SHOWN}" not in line
    assert f"and {2000 - NOISE_SHOWN} more (2000 in all" in line
    short = noise_footer(noise[:2])
    assert "more" not in short and "item 1" in short


def test_the_table_of_a_page_full_of_noise_stays_short():
    lines = ["Share this article"] * 3000
    text = "Council meets\n\n" + "\n".join(lines) + '\n\nThe mayor said: "We will meet again."\n'
    r = CliRunner().invoke(main, ["extract", "-"], input=text, env={"COLUMNS": "100"})
    assert r.exit_code == 0
    footer = r.stdout[r.stdout.index("noise:") :]  # folded at the width: to the end of the output
    assert len(footer) < 1000 and "more" in footer


# -- an embedded post over several lines -------------------------------------------------------------------------


def _post(ex, author):
    return next(p for p in ex.social_posts if p.author == author)


def test_an_embedded_post_of_several_lines_is_whole(run):
    text = (
        "Mayor praises flood crews\n\n"
        "The mayor of Riverton thanked the crews on Tuesday after the river fell.\n\n"
        "Proud of every one of you tonight.\n"
        "The river is falling and the town is dry.\n"
        "Thank you all #Riverton pic.twitter.com/abc123 \u2014 Dana Hollis (@danahollis) May 4, 2021\n\n"
        "The water is expected to fall further on Wednesday, officials said.\n"
    )
    post = _post(run(text), "Dana Hollis")
    assert post.text.startswith("Proud of every one of you tonight.") and post.text.endswith("#Riverton")
    assert text[post.start :].startswith("Proud of every one")


def test_a_post_over_lines_of_a_page_reader_takes_its_hashtag_line_not_the_introduction(run):
    # A page reader's text: no blank line between blocks; the introduction ends with a colon.
    text = (
        "Flood crews thanked\n"
        "The mayor of Riverton posted a message to the crews:\n"
        "#RivertonStrong \U0001f499\n"
        "The river is falling and the town is dry. https://t.co/abc123\n"
        "\u2014 Dana Hollis (@danahollis) May 4, 2021\n"
        "The water is expected to fall further on Wednesday, officials said.\n"
    )
    post = _post(run(text), "Dana Hollis")
    assert post.text.startswith("#RivertonStrong") and "posted a message" not in post.text


def test_a_post_never_reaches_back_into_the_post_before(run):
    text = (
        "Flood crews thanked\n"
        "Crews worked through the night.\n"
        "Proud of you all #Riverton\n"
        "\u2014 Dana Hollis (@danahollis) May 4, 2021\n"
        "The town is dry #Riverton https://t.co/xyz\n"
        "\u2014 Lee Marsh (@leemarsh) May 4, 2021\n"
    )
    ex = run(text)
    assert _post(ex, "Lee Marsh").text.startswith("The town is dry")
    assert _post(ex, "Dana Hollis").text == "Proud of you all #Riverton"


# -- live blogs: each entry starts a new context -----------------------------------------------------------------

LIVE_BLOG = (
    "Storm latest: river to peak on Friday\n\n"
    "LIVE\n\n"
    "14:32\n\n"
    "Mayor Dana Hollis visited the shelters on Tuesday.\n\n"
    '"We are ready for the worst," Hollis said.\n\n'
    "14:05\n\n"
    '"Nobody should drive through the water tonight."\n\n'
    "Police closed the bridge at noon.\n"
)


def test_a_live_blog_entry_does_not_take_the_speaker_of_the_entry_before(run):
    ex = run(LIVE_BLOG)
    assert speaker_name_of(ex, "We are ready for the worst") == "Dana Hollis"
    assert speaker_name_of(ex, "Nobody should drive through") is None


def test_entries_stamped_with_times_ago(run):
    text = LIVE_BLOG.replace("LIVE\n\n", "").replace("14:32", "2h ago").replace("14:05", "3h ago")
    ex = run(text)
    assert speaker_name_of(ex, "We are ready for the worst") == "Dana Hollis"
    assert speaker_name_of(ex, "Nobody should drive through") is None


def test_an_entry_that_names_its_speaker_keeps_it(run):
    text = LIVE_BLOG.replace("14:05\n\n", "14:05\n\nHollis returned to the town hall in the evening.\n\n")
    assert speaker_name_of(run(text), "Nobody should drive through") == "Dana Hollis"


def test_an_article_without_stamps_carries_its_speaker_on(run):
    text = LIVE_BLOG.replace("LIVE\n\n", "").replace("14:32\n\n", "").replace("14:05\n\n", "")
    assert speaker_name_of(run(text), "Nobody should drive through") == "Dana Hollis"


def test_live_is_never_a_speaker(run):
    from onrecord.model import Article
    from onrecord.pipeline.stages.clean import clean
    from onrecord.pipeline.stages.layout import layout
    from onrecord.pipeline.state import ArticleState

    text = (
        "Dana Hollis and Lee Marsh LIVE: 'Angry' pair 'will not back down' after the vote\n\n"
        "LIVE UPDATES\n\n"
        "The two councillors lost the vote on the bridge on Tuesday, a colleague has claimed.\n\n"
        "WATCH LIVE: the council meeting\n"
    )
    ex = layout(clean(ArticleState(article=Article(text=text))))
    assert [n.text for n in ex.noise if n.why == "live-blog label"] == ["LIVE", "LIVE"]  # and a subhead
    assert "LIVE" not in ex.clean_text and len(ex.clean_text) == len(text)
    assert ex.layout.entries  # a "LIVE" label in the title makes a live blog
    out = run(text)
    assert all(q.speaker is None or q.speaker.name != "LIVE" for q in out.quotes)
    assert all("LIVE" not in (p.name or "") for p in out.people)


def test_a_video_players_times_make_no_live_blog():
    # A page reader leaves a player's time, "/" and the clip's length on lines of their own.
    from onrecord.model import Article
    from onrecord.pipeline.stages.clean import clean
    from onrecord.pipeline.stages.layout import layout
    from onrecord.pipeline.state import ArticleState

    def entries(text):
        return layout(clean(ArticleState(article=Article(text=text)))).layout.entries

    player = 'Mayor visits shelters\n\nThe mayor visited the shelters.\n\n0:00\n/\n1:10\n\n"We are ready."\n'
    assert entries(player) == []
    assert entries(LIVE_BLOG) != []
