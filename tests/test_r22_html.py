"""Round 22 (html): an HTML page's embedded posts are read whole from their embed code, and a page cut off before
its end is read with one warning (E054).

Every page here was written for these tests.
"""

from __future__ import annotations

import lxml.html
from click.testing import CliRunner

from onrecord import extract
from onrecord.interfaces.cli import main
from onrecord.io.embeds import Embed, cut_page, locate, page_embeds
from onrecord.io.ingest_readers import html_to_article, read_html
from onrecord.io.records import Problem, cut_to_limit

PROSE = (
    "<p>The council of Riverton voted on Monday night to close the Elm Street bridge for three months of repairs, "
    "after engineers found cracks in two of its supports during a routine inspection last week.</p>"
    "<p>Residents who cross the river each morning will have to drive to the Route 9 bridge instead, which the "
    "county says adds about twenty minutes to a typical trip into the town centre at rush hour.</p>"
)
AFTER = (
    "<p>The works are due to start on the first of April, and the council said a shuttle bus would run every "
    "fifteen minutes between the two banks while the bridge is closed to all traffic.</p>"
)
# A tweet of two paragraphs, the first of two lines: no hashtag, handle or link in any line but the last.
TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The bridge closes on Monday.<br>Plan for delays all '
    "week.</p><p>We are sorry for the trouble and thank you for your patience. "
    '<a href="https://t.co/abc123">https://t.co/abc123</a></p>&mdash; Riverton Council (@RivertonCouncil) '
    '<a href="https://twitter.com/RivertonCouncil/status/123456789?ref_src=twsrc%5Etfw">March 3, 2017</a>'
    "</blockquote>"
)
INSTAGRAM = (
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Bx1/?utm_source=ig">'
    '<div><a href="https://www.instagram.com/p/Bx1/">View this post on Instagram</a></div>'
    "<p>Last walk over the old bridge before the works begin.</p>"
    '<p><a href="https://www.instagram.com/p/Bx1/">A post shared by Lena Marsh (@lenamarsh)</a> on '
    '<time datetime="2017-03-02T18:00:00+00:00">Mar 2, 2017 at 10:00am PST</time></p></blockquote>'
)
TIKTOK = (
    '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@rivertonrides/video/7001" data-video-id="7001">'
    '<section><a title="@rivertonrides" href="https://www.tiktok.com/@rivertonrides">@rivertonrides</a>'
    "<p>Crossing the bridge one last time</p>"
    '<a title="original sound">original sound - rivertonrides</a></section></blockquote>'
)
FACEBOOK = (
    '<div class="fb-post" data-href="https://www.facebook.com/rivertonpd/posts/42">'
    '<blockquote cite="https://www.facebook.com/rivertonpd/posts/42" class="fb-xfbml-parse-ignore">'
    "<p>Officers will direct traffic at both ends of the bridge on Monday morning.</p>"
    'Posted by <a href="https://www.facebook.com/rivertonpd">Riverton Police</a> on '
    '<a href="https://www.facebook.com/rivertonpd/posts/42">Thursday, March 2, 2017</a></blockquote></div>'
)


def _page(body: str, closed: bool = True) -> bytes:
    page = (
        "<!DOCTYPE html><html><head><title>Elm Street bridge to close</title></head><body><article>"
        f"<h1>Elm Street bridge to close</h1>{body}</article>"
    )
    return (page + "</body></html>" if closed else page).encode()


def _embeds(body: str) -> list[Embed]:
    return page_embeds(lxml.html.fromstring(_page(body).decode()))


def test_a_tweet_of_several_lines_is_read_whole_from_its_embed_code():
    (post,) = _embeds(TWEET)
    assert post == Embed(
        "twitter",
        "Riverton Council",
        "@RivertonCouncil",
        "2017-03-03",
        "https://twitter.com/RivertonCouncil/status/123456789",
        "The bridge closes on Monday.\nPlan for delays all week.\n"
        "We are sorry for the trouble and thank you for your patience. https://t.co/abc123",
    )


def test_each_platform_has_its_medium_author_and_handle():
    posts = _embeds(INSTAGRAM + TIKTOK + FACEBOOK)
    assert [(p.platform, p.author, p.handle, p.date) for p in posts] == [
        ("instagram", "Lena Marsh", "@lenamarsh", "2017-03-02"),
        ("tiktok", None, "@rivertonrides", None),
        ("facebook", "Riverton Police", None, "2017-03-02"),
    ]
    assert [p.text for p in posts] == [
        "Last walk over the old bridge before the works begin.",
        "Crossing the bridge one last time",
        "Officers will direct traffic at both ends of the bridge on Monday morning.",
    ]
    assert [p.url for p in posts] == [
        "https://www.instagram.com/p/Bx1/",
        "https://www.tiktok.com/@rivertonrides/video/7001",
        "https://www.facebook.com/rivertonpd/posts/42",
    ]


def test_an_embed_code_with_no_words_is_no_post():
    empty = '<blockquote class="twitter-tweet"><a href="https://twitter.com/x/status/1">&nbsp;</a></blockquote>'
    assert _embeds(empty) == []


def test_a_page_post_spans_its_words_in_the_unchanged_text():
    page = _page(PROSE + TWEET + AFTER)
    article, _ = html_to_article(page, "bridge.html")
    (post,) = article.embeds
    # The text is trafilatura's, every line kept; the post's span indexes it exactly, first line included.
    assert article.text[post.start : post.start + len(post.text)] == post.text
    assert post.text.startswith("The bridge closes on Monday.") and post.text.endswith("https://t.co/abc123")
    assert article.text[post.start : post.end].endswith("(@RivertonCouncil) March 3, 2017")
    ex = extract(page.decode(), format="html", kinds=["direct", "partial", "indirect", "post"])
    assert ex.article.text == article.text
    (found,) = ex.social_posts
    assert found.text == post.text and found.url == post.url  # the fallback line's last-line post gave way
    (quote,) = [q for q in ex.quotes if q.kind == "post"]
    assert quote.medium == "twitter" and quote.speaker.name == "Riverton Council"
    assert quote.text.startswith("The bridge closes on Monday.") and article.text[quote.start : quote.end] == quote.text


def test_a_page_without_embeds_reads_as_before():
    import trafilatura

    page = _page(PROSE + AFTER)
    article, _ = html_to_article(page, "plain.html")
    assert article.embeds == []
    assert article.text == trafilatura.bare_extraction(page, with_metadata=True).text


def test_a_post_not_in_the_text_has_no_span():
    (post,) = locate("An article that never quotes the post.", _embeds(TWEET))
    assert post.start is None and post.end is None and post.text.startswith("The bridge closes")
    assert post.to_dict()["start"] is None


def test_a_post_past_a_cut_to_the_limit_loses_its_span():
    article, _ = html_to_article(_page(PROSE + TWEET + AFTER), "bridge.html")
    start = article.embeds[0].start
    article, warning = cut_to_limit(article, "bridge.html", start + 5)
    assert warning is not None and article.embeds[0].start is None


def test_a_page_cut_off_is_read_with_one_warning(tmp_path):
    cut = _page(PROSE + '<p>"We will reopen it as soon as we can, and', closed=False)
    path = tmp_path / "cut.html"
    path.write_bytes(cut)
    items = list(read_html(path, 100_000))
    warnings = [i for i in items if isinstance(i, Problem)]
    assert [(w.code, w.fatal) for w in warnings] == [("E054", False)]
    assert "cut.html" in warnings[0].message and "no closing </body> or </html>" in warnings[0].message
    assert "ends mid-sentence" in warnings[0].message and "quotation is left open" in warnings[0].message
    assert "Elm Street bridge" in items[-1].text  # what is there is still read
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0
    assert [ln for ln in result.stderr.splitlines() if "E054" in ln] == [f"onrecord: {warnings[0].message}"]


def test_a_whole_page_and_a_fragment_give_no_cut_warning():
    whole = _page(PROSE + AFTER)
    article, _ = html_to_article(whole, "whole.html")
    assert cut_page(whole, article.text, "whole.html") is None
    fragment = (PROSE + AFTER).encode()  # no <html> or <body> to close: a fragment, not a page cut off
    assert cut_page(fragment, article.text, "fragment.html") is None


def test_a_text_cut_inside_a_quotation_warns_though_the_markup_closes():
    teaser = _page(PROSE + "<p>The mayor said: \u201cWe will reopen it as soon as the engineers tell us that</p>")
    article, _ = html_to_article(teaser, "teaser.html")
    cut = cut_page(teaser, article.text, "teaser.html")
    assert cut is not None and cut.code == "E054" and "closing" not in str(cut)
    assert "quotation is left open" in str(cut)


def test_a_german_closing_mark_ends_a_paragraph():
    # „...“: U+201C closes a German quotation; the paragraph is whole.
    page = _page(
        PROSE + "<p>Der B\u00fcrgermeister sagte: \u201eWir \u00f6ffnen die Br\u00fccke bald wieder.\u201c</p>"
    )
    article, _ = html_to_article(page, "de.html")
    assert cut_page(page, article.text, "de.html") is None


def test_ingest_stores_a_cut_page_with_its_warning_and_posts_with_spans(tmp_path):
    import sqlite3

    from onrecord.corpus import ingest

    (tmp_path / "cut.html").write_bytes(_page(PROSE + TWEET + "<p>The works start in April and", closed=False))
    db = str(tmp_path / "news.db")
    report = ingest([str(tmp_path)], db, workers=1, progress=False)
    assert report.total_stored == 1 and [p.code for p in report.problems] == ["E054"]
    assert ("html", "page cut off") in report.warning_reasons
    rows = sqlite3.connect(db).execute("SELECT platform, handle, text FROM social_posts").fetchall()
    assert [(p, h) for p, h, _ in rows] == [("twitter", "@RivertonCouncil")]
    assert rows[0][2].startswith("The bridge closes on Monday.")


def test_a_signature_in_its_own_paragraph_and_a_bluesky_post():
    old_style = (
        '<blockquote class="twitter-tweet" lang="en"><p>Queues at the east gate, none at the west.</p>'
        "<p>\u2014 Ann Perry (@annperry) "
        '<a href="https://twitter.com/annperry/status/99">December 22, 2014</a></p></blockquote>'
    )
    bluesky = (
        '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3k">'
        '<p lang="en">The ferry runs every hour until the bridge reopens.</p>&mdash; Riverton Ferries '
        '(<a href="https://bsky.app/profile/did:plc:abc">@ferries.bsky.social</a>) '
        '<a href="https://bsky.app/profile/did:plc:abc/post/3k">March 4, 2025 at 9:15 AM</a></blockquote>'
    )
    tweet, post = _embeds(old_style + bluesky)
    assert (tweet.author, tweet.handle, tweet.date, tweet.text) == (
        "Ann Perry",
        "@annperry",
        "2014-12-22",
        "Queues at the east gate, none at the west.",
    )
    assert (post.platform, post.author, post.handle, post.date) == (
        "bluesky",
        "Riverton Ferries",
        "@ferries.bsky.social",
        "2025-03-04",
    )
    assert post.url == "https://bsky.app/profile/did:plc:abc/post/3k"
