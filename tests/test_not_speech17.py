"""Text that is not speech never becomes a quotation or a speaker (issue 10, trial 16): teaser links, a
headline in capitals, a thing's name after "called", a word weighed in a poll. Short articles written here."""

from __future__ import annotations

LINKS = "related-story link"


def test_a_dont_miss_list_of_tagged_teasers_is_noise(run):
    # Trial 16 r18: the teasers after "DON'T MISS" gave a partial quotation to the last speaker.
    text = (
        "Ferry service cut\n\n"
        "The port said the ferries would stay in harbour.\n"
        '"We will not sail in this," said the skipper Ann Roe.\n'
        "DON'T MISS\n"
        "Rivals 'warned of early vote' [REACTION]\n"
        "Fans cheer late win [VIDEO]\n"
    )
    ex = run(text)
    assert [n.text for n in ex.noise if n.why == LINKS] == [
        "DON'T MISS",
        "Rivals 'warned of early vote' [REACTION]",
        "Fans cheer late win [VIDEO]",
    ]
    assert all("warned" not in q.text for q in ex.quotes)


def test_a_tagged_teaser_line_alone_is_noise_but_a_title_with_a_tag_is_not(run):
    text = (
        "Mayor: 'We will rebuild the pier' [VIDEO]\n\n"
        "The pier burned on Sunday, the fire service said.\n"
        "Council 'to vote on pier' [PICTURES]\n"
        "The mayor said the town would pay for the work.\n"
    )
    ex = run(text)
    assert [n.text for n in ex.noise if n.why == LINKS] == ["Council 'to vote on pier' [PICTURES]"]


def test_a_heading_ending_in_an_ellipsis_heads_links_and_a_question_is_a_link(run):
    text = (
        "Storm hits the coast\n\n"
        '"The sea came over the wall," said the harbour master, Tom Lee.\n\n'
        "You might also like....\n"
        "Did the council ignore the warnings?\n"
        "'Lost dog' found after ten days\n"
    )
    ex = run(text)
    assert [n.text for n in ex.noise if n.why == LINKS] == [
        "You might also like....",
        "Did the council ignore the warnings?",
        "'Lost dog' found after ten days",
    ]
    assert [q.text for q in ex.quotes] == ["The sea came over the wall,"]


def test_a_related_link_in_brackets_inside_a_paragraph_is_noise(run):
    text = (
        "The park will open next year, the mayor said. (RELATED: Governor calls the plan 'a waste of money')\n\n"
        '"We start in spring," said Mayor Ann Cole.\n'
    )
    ex = run(text)
    assert "(RELATED: Governor calls the plan 'a waste of money')" in [n.text for n in ex.noise if n.why == LINKS]
    assert all("waste" not in q.text for q in ex.quotes)


def test_a_heading_in_capitals_with_a_colon_over_headlines_is_a_list_of_links(run):
    text = (
        "Schools reopen\n\n"
        "Schools reopened on Monday, the district said.\n"
        "WHAT ELSE YOU NEED TO KNOW ABOUT THE STORM:\n"
        "Mayor says 'no more delays' on the sea wall\n"
        "Jury duty? No thanks, say many\n"
        "The district said buses would run as usual.\n"
    )
    ex = run(text)
    links = [n.text for n in ex.noise if n.why == LINKS]
    assert links[0] == "WHAT ELSE YOU NEED TO KNOW ABOUT THE STORM:" and len(links) == 3
    assert all("delays" not in q.text for q in ex.quotes)


def test_a_headline_in_capitals_is_noise_and_gives_no_speaker(run):
    # Trial 16 r13/r13b: "MAYOR SAYS BRIDGE WILL REOPEN" gave the quote "WILL REOPEN" by the speaker "MAYOR".
    for head in ("", "date 2021-05-04\n"):
        ex = run(head + "TOWN SAYS FERRY WILL RETURN\n\nThe ferry will return in June, Mayor Lena Holt said.\n")
        assert [n.text for n in ex.noise if n.why == "headline in capitals"] == ["TOWN SAYS FERRY WILL RETURN"]
        assert [q.text for q in ex.quotes] == ["The ferry will return in June"]


def test_a_things_name_after_called_is_no_quotation(run):
    text = (
        "Parents rally for the nurses\n\n"
        "A Facebook group called 'We back the nurses', set up by parents, has 9,000 members.\n\n"
        'At the last minute a demo came in called "Home Again". The band played it twice.\n\n'
        'Critics called the plan "a waste of money," the mayor said.\n'
    )
    ex = run(text)
    assert any("a waste of money" in q.text for q in ex.quotes)  # critics are a subject: their words stay
    assert all("nurses" not in q.text and "Home Again" not in q.text for q in ex.quotes)


def test_a_word_weighed_as_the_subject_of_describes_is_cited_not_spoken(run):
    # Trial 16 r05: the poll's word "reliable" became a partial quotation by "4 in 10 voters".
    ex = run('About 4 in 10 voters say that "reliable" describes the mayor better than her rival.\n')
    assert not [q for q in ex.quotes if q.kind == "partial"]
    (q,) = [q for q in ex.quotes if q.kind == "indirect"]
    assert q.text == '"reliable" describes the mayor better than her rival'


def test_a_video_players_caption_is_noise_and_never_a_speaker(run):
    # A page reader leaves the player as "Play" run into the clip's title, its share buttons, then the title
    # again with the clip's length: the title's "says" gave the speaker "PlayMayor".
    text = (
        "Senator warns on budget\n\n"
        "The senator said the budget would not pass.\n"
        "PlayMayor says council 'will not back down' Facebook Twitter Google Plus Embed\n"
        " Mayor says council 'will not back down' 1:42\n"
        '"We need a deal," said Senator Jo Park.\n'
    )
    ex = run(text)
    assert [n.text for n in ex.noise if n.why == "video player caption"] == [
        "PlayMayor says council 'will not back down' Facebook Twitter Google Plus Embed",
        "Mayor says council 'will not back down' 1:42",
    ]
    assert [q.text for q in ex.quotes] == ["the budget would not pass", "We need a deal,"]
