"""Media named by "told": a country or capital "told" something is one government telling another (no interview,
no outlet); "told" a network after its programme is that broadcast (trial 16). Short articles written for them."""

from __future__ import annotations

import onrecord


def _media(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.medium, q.outlet) for q in onrecord.extract(text).quotes]


def test_a_state_told_another_state_names_no_interview():
    text = "The United States told Brazil it could buy the aircraft because the security concerns had been settled.\n"
    assert _media(text) == [(None, None)]
    assert _media("Ottawa told Beijing that the talks would resume in March.\n") == [(None, None)]


def test_a_masthead_after_told_is_still_an_interview():
    assert _media("Ann Lee told Politico the plan was dead.\n") == [("print-interview", "Politico")]


def test_told_a_network_after_its_programme_keeps_the_broadcast_medium():
    text = (
        'Governor Ann Lowe said in an interview with "Fox News Sunday" that the budget was sound.\n\n'
        '"I think we did our job," Lowe told Fox in the interview, taped Saturday.\n'
    )
    assert _media(text) == [("tv", "Fox News Sunday"), ("tv", "Fox News Sunday")]
