"""The HTML reader keeps a page's blocks apart (trial 14 F9): pages written here."""

from onrecord.io.readers import Problem, read_path

TABLE_PAGE = """<html><head><title>Ferry plan shelved</title></head><body>
<table><tr><td class="side"><a href="/">Home</a></td><td class="story">
<h1>Ferry plan shelved after cost review</h1>
<p class="date">Monday, May 6, 2024</p>
<p>The town council shelved the ferry plan on Monday after a review found the cost had doubled since spring.</p>
<p>"We cannot ask families to pay for a boat that may never sail," Mayor Lena Ford said after the vote.</p>
<p>Engineers said a smaller vessel could be ready in two years if the budget allows it next year.</p>
</td></tr></table></body></html>"""

LIST_PAGE = """<html><head><title>Budget vote</title></head><body><article>
<h1>Budget vote delayed again</h1>
<p>The council delayed its budget vote for a third week on Tuesday, citing gaps in the figures it was sent.</p>
<p>"We will not vote on numbers nobody can check," council leader Omar Hale said at the meeting.</p>
<ul><li><h3>Harbour works begin</h3><p>Cranes arrived at the quay on Monday as the long project got under way.</p></li>
<li><h3>School roof fixed</h3><p>Pupils returned to the hall after a month of repairs to the roof.</p></li></ul>
<p>Officials said the vote would now take place next month, once the audit office has checked the accounts.</p>
</article></body></html>"""


def article(tmp_path, page):
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    got = [g for g in read_path(str(tmp_path / "page.html")) if not isinstance(g, Problem)]
    return got[0]


def test_paragraphs_in_a_table_cell_keep_their_own_lines(tmp_path):
    lines = article(tmp_path, TABLE_PAGE).text.split("\n")
    assert "Ferry plan shelved after cost review" in lines  # not run onto the date and the first paragraph
    assert "Monday, May 6, 2024" in lines
    assert any(line.startswith("The town council shelved") for line in lines)
    assert not any("|" in line or line.endswith(" ") for line in lines)


def test_a_teaser_list_keeps_headline_and_summary_apart(tmp_path):
    lines = article(tmp_path, LIST_PAGE).text.split("\n")
    assert "Harbour works begin" in lines
    assert any(line.startswith("Cranes arrived at the quay") for line in lines)


def test_a_data_table_of_plain_cells_stays_a_table(tmp_path):
    rows = "".join(f"<tr><td>Ward {k}</td><td>{100 + k} votes</td></tr>" for k in range(5))
    page = LIST_PAGE.replace("</article>", f"<table>{rows}</table></article>")
    text = article(tmp_path, page).text
    assert "Ward 1 | 101 votes" in text
