"""Web pages that are no article are refused with one line, not stored (trial 4 F22): a forum index or
a results table (E029: its lines read as a table), a site's terms, log-in or questions page (E018)."""

import io

from click.testing import CliRunner

from onrecord.interfaces.cli import main
from onrecord.io.ingest_readers import service_page
from onrecord.io.readers import Problem, read_path

ARTICLE = """<html><head><title>Mayor opens bridge</title></head><body><article><h1>Mayor opens bridge</h1>
<p>The new bridge over the river opened on Friday after three years of work and many delays.</p>
<p>"This bridge joins two halves of our city," Mayor Anna Berg said at the ceremony.</p>
<p>Engineers said the structure would last a century. Traffic is expected to ease across the district.</p>
</article></body></html>"""

ROWS = [
    ("Re: Best live show of the year?", "deadhead77", 3, 41),
    ('"Lady finger, dipped in moonlight"', "rosebud", 0, 25),
    ("Re: Uploading to the band category", "tmc", 1, 33),
    ("Looking for the 1978 Nashville tape", "walker", 2, 58),
    ("Re: Looking for the 1978 Nashville tape", "scotton", 0, 12),
    ('"What better place than here?"', "rastamon", 0, 16),
    ("Thanks to all who came", "airgarcia", 1, 43),
    ("Re: Thanks to all who came", "craven", 0, 9),
    ("MP3 software question", "shorts", 4, 44),
    ("Re: MP3 software question", "bluedevil", 0, 14),
]
FORUM = (
    "<html><head><title>Forum: posts</title></head><body><h1>Posts by members</h1><table>"
    "<tr><th>Subject</th><th>Poster</th><th>Replies</th><th>Views</th><th>Date</th></tr>"
    + "".join(
        f"<tr><td>{s}</td><td>{p}</td><td>{r}</td><td>{v}</td><td>April {n + 1}, 2008 12:4{n}pm</td></tr>"
        for n, (s, p, r, v) in enumerate(ROWS)
    )
    + "</table></body></html>"
)
TERMS = """<html><head><title>Terms of Use</title></head><body><article><h1>Terms of Use</h1>
<p>This agreement governs your use of the collections available through this site. By using the site you
agree that you have read these terms, and that "the site may collect, use, and distribute information"
about your visits as its privacy policy says.</p><p>You may not use the collections to send spam, to
break the law or to harm other users; the site may end your access at any time without notice.</p>
</article></body></html>"""


def read(path):
    got = list(read_path(str(path)))
    return [g for g in got if not isinstance(g, Problem)], [g for g in got if isinstance(g, Problem)]


def test_a_forum_index_page_is_refused_as_a_table(tmp_path):
    (tmp_path / "forum.html").write_text(FORUM, encoding="utf-8")
    articles, problems = read(tmp_path / "forum.html")
    assert articles == [] and [p.code for p in problems] == ["E029"]
    assert "forum.html" in problems[0].message and "table" in problems[0].message
    (tmp_path / "bridge.html").write_text(ARTICLE, encoding="utf-8")
    articles, problems = read(tmp_path / "bridge.html")
    assert len(articles) == 1 and problems == []  # an article page is still read


def _warc(records) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()), http_headers=headers)
        )
    return buf.getvalue()


def test_a_site_s_terms_and_account_pages_in_a_warc_are_refused_and_its_article_kept(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        _warc(
            [
                ("http://site.example/about/terms.php", TERMS),
                ("http://site.example/account/login.createaccount.php", TERMS),
                ("http://site.example/forum/index.php", FORUM),
                ("http://site.example/news/2024/05/about-time-the-bridge-opened", ARTICLE),
            ]
        )
    )
    articles, problems = read(path)
    assert [a.url for a in articles] == ["http://site.example/news/2024/05/about-time-the-bridge-opened"]
    assert [p.code for p in problems] == ["E018", "E018", "E029"]
    assert "terms.php" in problems[0].message and "'terms' page" in problems[0].message
    assert "'login' page" in problems[1].message


def test_service_page_words_are_whole_segments():
    assert service_page("https://x.example/faq") == "faq"
    assert service_page("http://x.example/about/faq.php?id=2") == "faq"  # the file name, not its folder
    assert service_page(None, "https://x.example/help/Privacy.html") == "privacy"
    assert service_page("https://x.example/news/faq-how-to-vote-in-may") is None  # a word of a slug
    assert service_page("https://www.reuters.com/legal/court-rules-2024-05-01/") is None  # a news section
    assert service_page(None) is None


def test_the_cli_prints_one_line_per_refused_page(tmp_path):
    (tmp_path / "forum.html").write_text(FORUM, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "forum.html"), "--format", "json"])
    lines = [ln for ln in result.stderr.splitlines() if "forum.html" in ln]
    assert len(lines) == 1 and "E029" in lines[0] and "Traceback" not in result.stderr
