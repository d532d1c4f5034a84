"""Definite descriptions as speakers (issue 11, kind 3; user report H5), each on a short article written for it:
a description re-names the person the article gave that role, nationality, age or occupation, and someone who
speaks for another ("his spokesman", "her lawyer") is never that other person."""

import pytest


def _said(ex) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name if q.speaker else None, q.speaker_mention.text if q.speaker_mention else None)
        for q in ex.quotes
    ]


_TALKS = "President Robert Kamau flew to Geneva on Monday for talks on the border. He met the envoy for two hours. "


@pytest.mark.parametrize(
    "agent", ["his spokesman", "His spokeswoman", "his lawyer", "his top aide", "his press secretary", "his friend"]
)
def test_someone_speaking_for_him_after_a_paragraph_about_him_is_not_him(run, agent):
    text = _TALKS + f'"The talks went well," {agent} said.'
    said = _said(run(text))
    assert said == [(None, agent)]


def test_his_spokesman_before_the_quotation_is_an_unnamed_source(run):
    ex = run(_TALKS + 'His spokesman said "the talks went well."')
    speaker = ex.quotes[-1].speaker
    assert speaker is not None and speaker.name is None and speaker.kind == "unnamed"


def test_his_spokesman_named_earlier_is_that_person(run):
    text = (
        "President Robert Kamau flew to Geneva on Monday. His spokesman, George Odhiambo, said the trip was short. "
        'Kamau met the envoy for two hours. "The talks went well," his spokesman said later.'
    )
    assert _said(run(text))[-1] == ("George Odhiambo", "his spokesman")


def test_the_age_of_a_person_names_them(run):
    text = (
        "Tom Reyes, 45, scored twice on Saturday. His coach, Alan Price, praised the side. "
        '"I felt strong today," the 45-year-old said.'
    )
    assert _said(run(text))[-1] == ("Tom Reyes", "the 45-year-old")


def test_an_occupation_given_before_names_its_holder(run):
    text = (
        "Actress Jane Moreno wore red at the gala, where director Paul Kent presented the award. "
        '"It was a dream night," the actress wrote on Instagram.'
    )
    assert _said(run(text)) == [("Jane Moreno", "the actress")]


def test_an_office_nobody_was_given_stays_an_unnamed_holder(run):
    said = _said(run('Mayor Paul Kent opened the bridge on Monday. "It is a disgrace," the senator said.'))
    assert said == [(None, "the senator")]


def test_a_guess_by_salience_ties_no_later_description(run):
    # The first "the Palestinian leader" has no tie and is guessed by salience; that guess must not make the
    # second one the prime minister's, when the sentence before it has the Palestinian leader by name as subject.
    text = (
        "Israel struck targets across the West Bank on Tuesday after Prime Minister Dov Kessler accused Omar Haddad "
        "of backing militants. Missiles hit a post near Mr Haddad's offices, but the Palestinian leader, who was "
        "inside, was unhurt. Mr Haddad told reporters that Mr Kessler wanted to wreck the truce. "
        '"He does not want me to succeed," the Palestinian leader said.'
    )
    assert _said(run(text))[-1] == ("Omar Haddad", "the Palestinian leader")


@pytest.mark.parametrize(
    ("joint", "mention"),
    [
        (", to which the real-estate mogul", "the real-estate mogul"),
        (". The real-estate mogul", "The real-estate mogul"),
    ],
)
def test_a_description_that_answers_is_the_person_the_answered_words_were_about(run, joint, mention):
    text = (
        "Vice President Joe Biden spoke in Philadelphia on Monday about the debate. During the debate, Hillary Dunn "
        f'said Carl Voss was rooting for a crash in prices{joint} responded, "That is called business."'
    )
    assert _said(run(text))[-1] == ("Carl Voss", mention)


def test_a_description_answering_a_question_is_not_moved_to_the_person_talked_about(run):
    text = (
        "Ann Brody said on Monday that Carl Voss was unfit to lead the board. Asked about the vote on "
        'Tuesday, the lawmaker replied, "I will not change my mind."'
    )
    assert _said(run(text))[-1] == ("Ann Brody", "the lawmaker")


def test_a_plural_description_is_a_group_not_one_of_its_members(run):
    text = (
        "On Sunday, Republican senators Lindsey Gale and John Marsh joined Democratic senators Chuck Fenn and "
        'Jack Reid to call for an inquiry. "We have a duty to inform the public," the senators said.'
    )
    assert _said(run(text))[-1] == (None, "the senators")


def test_a_description_is_not_the_person_it_speaks_to(run):
    text = (
        "Senator Ann Brody sat down for an interview with the comic actor Paul Tandy last week. Brody sat down "
        'with the comedian on Monday. "Do you ever think you should be ruder?" the comedian asks Brody, who laughs.'
    )
    assert _said(run(text))[-1] == ("Paul Tandy", "the comedian")


@pytest.mark.parametrize("mention", ["the leader of a conservative think tank", "the owner of a small bakery"])
def test_a_description_anchored_to_something_new_is_someone_new(run, mention):
    text = f'President Dan Olsen met business owners on Monday. "We lost everything," {mention} said.'
    ex = run(text)
    speaker = ex.quotes[-1].speaker
    assert speaker is not None and speaker.name is None and ex.quotes[-1].speaker_mention.text == mention


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sen. Bob Menendez (D-N.J.) said he would question the nominee. He would face hard questions from hawks, "
            'led by Sen. John McCain (R-Ariz.). "I have concerns about his ties," the Arizona senator told CNN.',
            "John McCain",
        ),
        (
            "President Dan Olsen spoke to North Korea's leader Kim Jong-un by video on Sunday. Olsen said the talk "
            'went well. "We had a wonderful talk," Olsen said. "He was very warm," the North Korean dictator said.',
            "Kim Jong-un",
        ),
        (
            "Israeli Prime Minister Dov Kessler met Palestinian President Omar Haddad on Monday in Jericho. Kessler "
            'spoke first. "We want peace," the Palestinian leader said.',
            "Omar Haddad",
        ),
    ],
)
def test_a_modifier_picks_the_person_the_text_wrote_it_with(run, text, speaker):
    assert _said(run(text))[-1][0] == speaker


def test_a_modifier_nobody_was_given_leaves_the_tie_by_the_head(run):
    text = (
        '"The Late Show" host Paul Tandy asked Senator Ann Brody about the race on Tuesday. "Do you have any '
        'sympathy for him?" the CBS host asked.'
    )
    assert _said(run(text))[-1] == ("Paul Tandy", "the CBS host")


def test_an_untied_spokesman_is_not_the_most_salient_person(run):
    text = (
        "Carl Voss has run the Harbour Bank since 2010. Voss spoke about the merger on Monday. The shares fell on "
        'Tuesday as the market opened. "We will keep the branches open," the bank spokesman said.'
    )
    assert _said(run(text))[-1] == (None, "the bank spokesman")


def test_an_untied_spokesman_right_after_a_speaker_is_that_speaker(run):
    text = (
        '"We believed he was in the area," Rear Admiral John Stufflebeem said in Washington. Asked where he was '
        'now, the Pentagon spokesman said, "Anybody\'s guess."'
    )
    assert _said(run(text))[-1] == ("John Stufflebeem", "the Pentagon spokesman")


def test_a_description_is_not_the_person_named_in_the_clause_it_reports(run):
    text = (
        "Mr Sullivan, 42, has pleaded guilty to fraud and will testify at the trial of Mr Ebbers, 63. Mr Ebbers has "
        "always insisted that he was unaware of the shortfalls. The former finance officer said Mr Ebbers knew "
        "about the entries."
    )
    name, mention = _said(run(text))[-1]
    assert mention == "The former finance officer" and "Ebbers" not in (name or "")


def test_a_description_the_article_says_it_does_not_name_is_unnamed(run):
    text = (
        "Senator Robert Dale wants a new inquiry into the sales. "
        '"The White House must avoid raising hopes," said the strategist, who requested anonymity.'
    )
    assert _said(run(text))[-1] == (None, "the strategist")
