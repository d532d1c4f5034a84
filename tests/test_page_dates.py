"""A page's date (trial 4 F14): a page first published long before its last update is dated by the
update when its text was written after the first date, and a warning (E048) names both dates."""

from pathlib import Path

from click.testing import CliRunner

import onrecord
from onrecord.interfaces.cli import main
from onrecord.io.dates import EVERGREEN_DAYS, page_date
from onrecord.io.readers import Problem, read_path

BODY = (  # written for these tests: an explainer kept up to date, with a quotation
    "The alliance was founded to defend its members, and it has grown from twelve countries to more than "
    "thirty. {extra} Its secretary general speaks for it in public and chairs the council where every "
    'member has a voice. "We will not accept new members under pressure," the secretary general said in '
    "a speech, adding that the door stayed open to any country that met the conditions set by the treaty."
)


def page(published: str, modified: str, extra: str = "") -> str:
    """An article page whose metadata gives a first-published and a last-modified date."""
    return (
        "<html><head><title>What is the alliance?</title>"
        f'<meta property="article:published_time" content="{published}T10:00:00Z">'
        f'<meta property="article:modified_time" content="{modified}T09:00:00Z">'
        "</head><body><article><h1>What is the alliance?</h1>"
        f"<p>{BODY.format(extra=extra)}</p></article></body></html>"
    )


def read_page_file(tmp_path: Path, html: str) -> tuple[list[onrecord.Article], list[Problem]]:
    path = tmp_path / "explainer.html"
    path.write_text(html, encoding="utf-8")
    items = list(read_path(str(path)))
    return [a for a in items if not isinstance(a, Problem)], [p for p in items if isinstance(p, Problem)]


def test_an_evergreen_page_whose_text_names_a_later_year_is_dated_by_its_update(tmp_path):
    articles, problems = read_page_file(
        tmp_path, page("2012-05-10", "2026-04-24", "In 2025 its leaders agreed to spend more on defence.")
    )
    assert [a.date for a in articles] == ["2026-04-24"]
    [warning] = problems
    assert warning.code == "E048" and not warning.fatal
    assert "explainer.html" in warning.message and "2012-05-10" in warning.message and "2026-04-24" in warning.message
    assert "dated by its update" in warning.message


def test_an_old_story_saved_again_keeps_its_first_date_and_is_flagged(tmp_path):
    articles, problems = read_page_file(tmp_path, page("2019-04-24", "2024-07-04", "It met in 2018 and in 2019."))
    assert [a.date for a in articles] == ["2019-04-24"]
    assert [p.code for p in problems] == ["E048"] and "dated by its first publication" in problems[0].message


def test_a_story_revised_within_days_keeps_its_first_date_without_a_warning(tmp_path):
    articles, problems = read_page_file(tmp_path, page("2024-03-07", "2024-03-09", "It met in 2024."))
    assert [a.date for a in articles] == ["2024-03-07"] and problems == []


def test_page_date_rule():
    text = "The report of 2021 was revised; see https://example.org/2023/report and code 2023-A."
    assert page_date("2020-01-01", "2020-01-20", text) == ("2020-01-01", None)  # within EVERGREEN_DAYS
    assert EVERGREEN_DAYS == 30
    date, why = page_date("2019-06-01", "2024-06-01", text)
    assert date == "2024-06-01" and "2021" in why  # 2023 only in a URL and a code: not a year of the text
    assert page_date("2022-06-01", "2024-06-01", text)[0] == "2022-06-01"  # 2021 is before the first date
    assert page_date("2019-06-01", "2020-06-01", "It met in 2031.")[0] == "2019-06-01"  # after the update: a plan
    assert page_date("2019-06-01", None, text) == ("2019-06-01", None)
    assert page_date("2024-06-01", "2019-06-01", text) == ("2024-06-01", None)  # an update before: ignored


def test_extract_of_a_page_warns_and_a_date_given_by_the_caller_wins():
    html = page("2012-05-10", "2026-04-24", "In 2025 its leaders agreed to spend more on defence.")
    ex = onrecord.extract(html)
    assert ex.article.date == "2026-04-24" and any("E048" in w and "2012-05-10" in w for w in ex.warnings)
    given = onrecord.extract(html, date="2026-05-01")
    assert given.article.date == "2026-05-01" and not any("E048" in w for w in given.warnings)


def test_the_cli_prints_one_line_for_the_two_dates(tmp_path):
    path = tmp_path / "explainer.html"
    path.write_text(page("2012-05-10", "2026-04-24", "In 2025 its leaders agreed."), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0 and "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if "E048" in ln]
    assert len(lines) == 1 and "explainer.html" in lines[0]
    assert '"date": "2026-04-24"' in result.stdout


def test_ingest_says_the_dates_of_a_page_it_stores_not_of_a_copy_it_skips(tmp_path):
    """Trial 8, L7: the E048 line was printed for a page then skipped as a duplicate of a stored copy."""
    from onrecord.corpus import ingest

    html = page("2012-05-10", "2026-04-24", "In 2025 its leaders agreed to spend more on defence.")
    first, copy = tmp_path / "a" / "explainer.html", tmp_path / "b" / "explainer-copy.html"
    for path in (first, copy):
        path.parent.mkdir()
        path.write_text(html, encoding="utf-8")
    db = str(tmp_path / "dates.db")
    stored = ingest([str(first)], db, workers=1, progress=False)
    assert stored.total_stored == 1 and [p.code for p in stored.problems] == ["E048"]
    skipped = ingest([str(copy)], db, workers=1, progress=False)
    assert skipped.total_stored == 0 and sum(skipped.skipped.values()) == 1
    assert not [p for p in skipped.problems if p.code == "E048"]
