"""The subject is not the speaker (issue 11, kind 8): a quotation inside a reported clause or inside what a noun
of saying holds is the words of whoever owns the saying, not of the clause's subject. Each test is a short article
written for its construction."""

import pytest


def _said(ex, words: str) -> tuple[str | None, str | None, str | None]:
    """(speaker name, speaker mention, cue) of the one quotation holding ``words``."""
    found = [q for q in ex.quotes if words in q.text]
    assert len(found) == 1, [q.text for q in ex.quotes]
    q = found[0]
    return (
        q.speaker.name if q.speaker else None,
        q.speaker_mention.text if q.speaker_mention else None,
        q.cue.text if q.cue else None,
    )


@pytest.mark.parametrize(
    ("text", "words", "owner", "noun"),
    [
        (
            # The clause after "comments that" has its own subject; the comments are Mary Lane's.
            'The senator spoke on Monday. "Hillary talks tougher about my supporters than about terrorists," '
            "Tom Reed said, pointing to Mary Lane's comments that half his supporters belong in a "
            '"basket of deplorables."\n\nReed did not say more.',
            "basket of deplorables",
            "Mary Lane",
            "comments",
        ),
        (
            # "Fordham plans to": an intention inside the claim; the claim is Tom Reed's.
            "The carmaker quickly shot down Tom Reed's latest claim, made on the radio on Thursday, that Fordham "
            'plans to "fire all its employees in the country" as part of a plan to build a plant abroad.',
            "fire all its employees",
            "Tom Reed",
            "claim",
        ),
        (
            # The criticism is Ann Cole's, the suggestion quoted inside it Tom Reed's.
            "The vice president, Ann Cole, also criticized Tom Reed's suggestion that not paying taxes "
            '"makes me smart."',
            "makes me smart",
            "Tom Reed",
            "suggestion",
        ),
        (
            # An outlet reports a meeting called to discuss an accusation: the accusation's words are its owner's.
            "Public radio said Peter Jones had called all the ministers for a special meeting to discuss the "
            "fallout and Mr Sharp's accusation that Mr Blake was \"responsible for everything that has happened "
            'here".',
            "responsible for everything",
            "Mr Sharp",
            "accusation",
        ),
    ],
)
def test_a_quotation_in_what_a_possessed_noun_of_saying_holds_is_the_possessors(run, text, words, owner, noun):
    name, mention, cue = _said(run(text), words)
    assert (name, mention, cue) == (owner, owner, noun)


def test_a_possessed_noun_that_is_no_saying_does_not_make_its_possessor_the_speaker(run):
    # "Tom Reed's car": a possessor of a thing, not of words; the sentence's cue names the speaker.
    text = 'Ann Cole said on Monday that Tom Reed\'s car that he drives to work is "a disgrace to the city."'
    name, _, cue = _said(run(text), "a disgrace to the city")
    assert name == "Ann Cole"
    assert cue == "said"


def test_an_action_verb_inside_a_reported_clause_does_not_report_the_quotation(run):
    # "hitting him with": an action inside what Tom Reed said, not a saying of Mary Lane's.
    text = 'Tom Reed also said that Mary Lane has been hitting him "with tremendous commercials. Some of it is unfair."'
    assert _said(run(text), "tremendous commercials")[:2] == ("Tom Reed", "Tom Reed")


@pytest.mark.parametrize("verb", ["began his run for the presidency", "started his campaign"])
def test_a_fragment_in_a_claim_is_the_claimants_not_the_subject_of_an_action_inside_it(run, verb):
    text = (
        f'Dan Scott claims that before Reed {verb}, a "nationally known" preacher warned him "that there is '
        'going to be an attack against you."'
    )
    name, _, cue = _said(run(text), "nationally known")
    assert name == "Dan Scott"
    assert cue == "claims"


def test_a_fragment_inside_the_subject_of_a_reported_clause_is_not_that_subjects(run):
    # "Club Zero's "inept" and "incompetent" security": the quotations describe the subject of the clause Leo
    # Vance alleges; they rest on the sentence's own speaker, not on the sentence before.
    text = (
        "Jane Poe, the club's owner, declined to comment on Monday.\n\nLeo Vance is alleging Club Zero's "
        '"inept" and "incompetent" security was negligent in failing to protect its patrons.'
    )
    ex = run(text)
    q = next(q for q in ex.quotes if q.text == "inept")
    assert q.speaker is not None and q.speaker.name == "Leo Vance"
    assert q.speaker_mention is not None and q.speaker_mention.start == text.index("Leo Vance")
    assert q.evidence == "governing verb"


def test_a_participle_after_a_content_clause_goes_with_the_main_clause(run):
    # ", saying" after "reports that Rex Dole has emerged ...": Hart says it, not Rex Dole.
    text = (
        "Senator Paul Hart spoke on Monday.\n\nHart also addressed reports that ExxonMobil CEO Rex Dole has "
        'emerged as a likely pick for secretary of state, saying that he is "going to reserve judgment on Dole."'
    )
    assert _said(run(text), "reserve judgment")[0] == "Paul Hart"


def test_scare_quotes_about_someone_are_never_the_words_of_those_talked_about(run):
    # "women being "pigs"": the women are what the comments were about; the quotations are not theirs.
    text = 'Tom Reed has faced criticism for past comments about women being "pigs" and "dogs".'
    ex = run(text)
    quoted = [q for q in ex.quotes if q.text in ("pigs", "dogs")]
    assert len(quoted) == 2
    assert all(q.speaker_mention is None or "women" not in q.speaker_mention.text for q in quoted)
    assert all(q.speaker is None or q.speaker.name == "Tom Reed" for q in quoted)


@pytest.mark.parametrize(
    ("text", "speaker", "noun"),
    [
        (
            'Leeds lost again on Saturday.\n\n"It is a disgrace and the board must act," was the dry assessment '
            "of Graham Lane, leader of the Labour group.",
            "Graham Lane",
            "assessment",
        ),
        ('"We will not give up," came the reply from the union\'s leader, Jo Kent.', "Jo Kent", "reply"),
        ('"We will win the league," was the message from manager Ray Dunne.', "Ray Dunne", "message"),
    ],
)
def test_a_quotation_that_is_the_message_from_someone_is_theirs(run, text, speaker, noun):
    name, _, cue = _said(run(text), text[text.index('"') + 1 :][:10])
    assert name == speaker
    assert cue in (noun, "came")  # "came the reply from X": the verb or the noun of saying, both the cue's words


def test_a_quotation_that_is_the_title_of_something_is_not_the_authors_message(run):
    # "the title of the report by X": a title is no saying, so nothing after it is read as the speaker's cue.
    name, _, cue = _said(run('"The sky is falling," was the title of the report by Ray Dunne.'), "The sky")
    assert cue is None


def test_a_quotation_a_possessed_reply_was_is_the_repliers_not_the_parenthetical_reporters(run):
    # "Reed's response ..., Cole said, was that "Q"": Cole reports; the response, and its words, are Reed's.
    text = (
        "Ann Cole had asked about Tom Reed's health a year earlier.\n\n"
        'Reed\'s response at the time, Cole said, was that "we remain whole."'
    )
    name, _, cue = _said(run(text), "we remain whole")
    assert (name, cue) == ("Tom Reed", "response")


def test_words_of_a_generic_group_are_nobodys_in_the_story(run):
    # "anyone who calls it "a scandal"": a group no one in the story is, not the sentence's subject.
    text = (
        "The new bridge opened on Monday. Mayor Tom Reed has little patience for anyone who calls it "
        '"a scandal and a waste of money".'
    )
    ex = run(text)
    q = next(q for q in ex.quotes if "a scandal" in q.text)
    assert q.speaker is None or q.speaker.name != "Tom Reed"


def test_the_agent_of_a_passive_cue_before_a_bare_quote_paragraph_speaks_it(run):
    # "criticised by Jane Moss": Moss spoke, the plan was spoken about; the paragraph after is hers, not the
    # running speaker's.
    text = (
        'Mayor Tom Reed unveiled the stadium plan on Monday. "It will transform the city," Reed said.\n\n'
        "The plan was criticised by Jane Moss, a professor at Hill University.\n\n"
        '"It is a gift to developers."'
    )
    ex = run(text)
    q = next(q for q in ex.quotes if q.text.startswith("It is a gift"))
    assert q.speaker is not None and q.speaker.name == "Jane Moss"
