"""Trial 15 F6 and F12: hover cards in pages, the outlet of an article, and paging alike in the API and CLI."""

from __future__ import annotations

import onrecord

CARD_PAGE = """<html><head><title>Mayor defends new tram plan</title></head><body><article>
<h1>Mayor defends new tram plan</h1>
<p>Brookfield Mayor <span class="rollover-people"><a href="/people/ann-tolliver">Ann Tolliver</a><span
class="rollover-people-block"><span class="rollover-block"><a class="name" href="/people/ann-tolliver">Ann Marie
Tolliver</a><a class="people-articles" href="/x">Mayor sets out the budget</a></span></span></span> (D) is
defending the plan for a tram line along the river.</p>
<p>"The tram will pay for itself within ten years," Tolliver said on Monday at the council meeting.</p>
<p>Council members will vote on the plan next month after a public hearing on the route and its costs.</p>
</article></body></html>"""


def test_a_hover_card_glued_to_a_linked_name_is_no_part_of_the_text():
    result = onrecord.extract(CARD_PAGE, format="html").to_dict()
    text = result["text"]
    assert "Mayor Ann Tolliver (D) is defending" in text
    assert "Ann Marie" not in text and "budget" not in text
    names = {p["name"] for p in result["people"]}
    assert "Ann Tolliver" in names and not any("TolliverAnn" in (n or "") for n in names)
    [quote] = [q for q in result["quotes"] if q["kind"] == "direct"]
    assert quote["speaker"]["name"] == "Ann Tolliver"
    for q in result["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


def test_a_tooltip_that_wraps_its_own_word_is_kept():
    page = CARD_PAGE.replace(
        "(D) is\ndefending",
        '(D) is <span class="tooltip">defending</span>',
    )
    assert "(D) is defending the plan" in onrecord.extract(page, format="html").article.text
