"""The web pages in a real browser: Debian's chromium driven by Playwright."""

import json
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEED

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True
    )
sync_api = pytest.importorskip("playwright.sync_api")

from onrecord.corpus import ingest  # noqa: E402
from onrecord.interfaces.web.app import create_app  # noqa: E402

# Screenshots go to test-artifacts/ (ignored by git); ONRECORD_UPDATE_SCREENSHOTS=1 refreshes the
# ones the README shows in docs/screenshots/. A test run never changes a tracked file.
SCREENSHOTS = ROOT / ("docs/screenshots" if os.environ.get("ONRECORD_UPDATE_SCREENSHOTS") else "test-artifacts")
ARTIFACTS = ROOT / "test-artifacts"
XSS_TEXT = (
    "The page was hacked. <script>window.__xss = 1</script>\n\n"
    '"Look at <img src=x onerror="window.__xss = 2"> this," Anna Berg said.\n\n'
    '"Click <a href="javascript:window.__xss = 3">here</a> now," she added.'
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    import uvicorn

    tmp = tmp_path_factory.mktemp("browser")
    records = [
        {
            "id": "seed",
            "date": "2020-10-01",
            "url": "https://news.example/seed",
            "text": SEED.read_text(encoding="utf-8"),
        },
        {
            "id": "a1",
            "date": "2021-01-05",
            "url": "https://news.example/a1",
            "text": 'The city voted.\n\n"We will build the bridge this year," Mayor Anna Berg said.',
        },
        {
            "id": "a2",
            "date": "2021-03-09",
            "url": "https://other.example/a2",
            "text": 'Work began.\n\n"The bridge will open in the spring," Anna Berg told reporters.',
        },
        {
            "id": "a3",
            "date": "2021-03-20",
            "url": "https://other.example/a3",
            "text": 'The council met.\n\n"We are on budget," Anna Berg said.',
        },
        {
            "id": "s1",
            "date": "2021-05-01",
            "url": "https://example.org/s1",
            "text": "A new study was published on Monday.\n\n"
            '"The ice is melting faster than anyone expected," scientists said.',
        },
        {
            "id": "xss",
            "date": "2021-04-01",
            "url": "javascript:window.__xss = 4",
            "title": "<script>window.__xss = 5</script>",
            "text": XSS_TEXT,
        },
    ]
    path = tmp / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp / "browser.db")
    ingest([str(path)], db, workers=1, progress=False)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def test_analyse_the_seed_article(page, base_url):
    page.goto(base_url + "/")
    page.fill("#text", SEED.read_text(encoding="utf-8"))
    page.click("#analyse")
    page.wait_for_selector("mark.q")
    assert page.locator("mark.q").count() == 9
    names = page.locator("span.who").all_inner_texts()
    assert names.count("Chrissy Teigen") == 8 and names.count("John Legend") == 1
    page.locator("mark.q").first.click()
    details = page.locator("#qd-0")
    assert details.is_visible()
    assert "wrote" in details.inner_text() and "leading cue" in details.inner_text()
    assert "@johnlegend" in page.locator("ul.posts").inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "analyse.png"), full_page=True)


def test_search_finds_a_quote_and_opens_its_article(page, base_url):
    page.goto(base_url + "/search?q=bridge")
    rows = page.locator("#results tbody tr")
    assert rows.count() == 2
    assert "Anna Berg" in rows.first.inner_text()
    page.locator("a.quote-link").first.click()
    page.wait_for_selector("mark.q.active")
    assert "bridge" in page.locator("mark.q.active").inner_text()


def test_person_page_draws_a_timeline(page, base_url):
    people = page.request.get(base_url + "/api/people").json()
    anna = next(p for p in people if p["name"] == "Anna Berg")
    page.goto(f"{base_url}/people/{anna['id']}")
    bars = page.locator("svg#timeline rect.bar")
    assert bars.count() >= 3  # January to April 2021, month by month
    heights = [float(bars.nth(i).get_attribute("height")) for i in range(bars.count())]
    assert max(heights) > 0 and heights.count(0.0) >= 1  # February had none
    assert page.locator("#timeline-table tbody tr").count() == anna["quotes"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "person.png"), full_page=True)


def test_untrusted_text_stays_inert(page, base_url):
    hits = page.request.get(base_url + "/api/quotes?q=Look").json()["results"]
    page.goto(f"{base_url}/articles/{hits[0]['article_id']}")
    page.locator("mark.q").first.click()
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__xss = 1</script>" in text and "onerror" in text
    assert page.locator("#article-text img, #article-text script, a[href^='javascript']").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == []
    # The same payload pasted into Analyse.
    page.goto(base_url + "/")
    page.fill("#text", XSS_TEXT)
    page.click("#analyse")
    page.wait_for_selector("mark.q")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("#article-text img, #article-text script").count() == 0
    # The hostile title and javascript: URL also come back in the search and person tables.
    for path in ("/search?q=Look", f"/people/{hits[0]['person_id']}"):
        page.goto(base_url + path)
        assert page.locator("a[href^='javascript']").count() == 0
        assert "in.jsonl" not in page.locator("table").inner_text()  # an input file is not an outlet


def test_api_docs_render_offline_under_the_csp(page, base_url):
    requests, refused = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(base_url + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=20_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/extract" in paths and "/api/quotes" in paths and "/api/corrections" in paths
    outside = [u for u in requests if not u.startswith((base_url, "data:", "blob:"))]
    assert outside == [] and refused == []


def test_a_malformed_id_gets_an_html_error_page(page, base_url):
    response = page.goto(base_url + "/articles/abc")
    assert response.status == 404 and "text/html" in response.headers["content-type"]
    assert "No such page" in page.locator("p.error").inner_text() and page.locator("nav a").count() >= 1


def test_described_source_is_shown_as_its_description(page, base_url):
    hits = page.request.get(base_url + "/api/quotes?q=ice").json()["results"]
    page.goto(f"{base_url}/articles/{hits[0]['article_id']}")
    assert page.locator("span.who").all_inner_texts() == ["scientists"]
    people = page.locator("ul.people li").all_inner_texts()
    assert people and not any("(unnamed)" in p for p in people) and people[0].startswith("scientists")
    assert people[0].count("scientists") == 1


def test_analyse_reads_an_uploaded_html_page_as_the_cli_does(page, base_url, tmp_path):
    from click.testing import CliRunner

    from onrecord.interfaces.cli import main

    paras = [
        "Work began on Monday.",
        '"The bridge will open in the spring," Anna Berg told reporters.',
        '"The tunnel is a different matter entirely," Tom Parata said.',
        "The council expects the works to take two years. " * 4,
    ]
    html = tmp_path / "page.html"
    html.write_text(
        "<html><head><title>Bridge</title></head><body><nav><a href='/latino-entertainment'>Latino</a> "
        "outbrain</nav><article>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>",
        encoding="utf-8",
    )
    cli = json.loads(CliRunner().invoke(main, ["extract", str(html), "--format", "json"]).stdout)
    page.goto(base_url + "/")
    page.set_input_files("input[type=file]", str(html))
    page.click("#analyse")
    page.wait_for_selector("mark.q")
    assert page.locator("mark.q").all_inner_texts() == [q["text"] for q in cli["quotes"]]
    assert "outbrain" not in page.locator("#article-text").inner_text()
