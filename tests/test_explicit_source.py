"""A source named in the quotation's own sentence beats the running speaker and salience (round 12, issue 11 H2).

Every article here is a short one written for the test. Each opens with another speaker's quotation, so a
continuation or salience rule has someone to give the quotation to; the sentence's own source must win.
"""

import pytest

from conftest import speaker_name_of

_OPENING = 'The council met on Monday. "It is a fair deal," said councillor Ben Ward.\n\n'


@pytest.mark.parametrize(
    ("title", "written"),
    [
        ("Insp.", "inspector"),
        ("Det.", "detective"),
        ("Maj.", "major"),
        ("Cpl.", "corporal"),
        ("Pfc.", "private"),
        ("Atty.", "attorney"),
        ("Pres.", "president"),
    ],
)
def test_an_abbreviated_rank_or_office_before_a_name_is_a_title(run, title, written):
    # AP style abbreviates ranks and offices before a full name; the stop must not end the sentence.
    ex = run(_OPENING + f'"We found nothing," {title} Ruth Gale said.')
    quote = ex.quotes[-1]
    assert speaker_name_of(ex, "We found nothing") == "Ruth Gale"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == f"{title} Ruth Gale"


def test_stacked_abbreviated_ranks_and_a_second_reference(run):
    text = (
        'Police searched the house. "We found nothing," Det. Insp. Ruth Gale said.\n\n'
        '"It was a long night," Det. Gale said.'
    )
    ex = run(text)
    assert speaker_name_of(ex, "We found nothing") == "Ruth Gale"
    assert speaker_name_of(ex, "It was a long night") == "Ruth Gale"


def test_clergy_abbreviations_before_a_name(run):
    text = 'The parish held a vigil. "We pray for them," Fr. Michael Ryan said. "Nobody is lost," Msgr. John Hale said.'
    ex = run(text)
    assert speaker_name_of(ex, "We pray for them") == "Michael Ryan"
    assert speaker_name_of(ex, "Nobody is lost") == "John Hale"


def test_a_cue_after_an_apposition_left_without_its_closing_comma(run):
    # "Q," Name, the role who ... tweeted: the parser hangs the cue on the relative clause; the cue has no subject
    # of its own, so the sentence's subject, the name, said it.
    ex = run(
        _OPENING + '"The plan ignores the poor," Nora Finch, the analyst who runs a polling site tweeted on Friday.'
    )
    assert speaker_name_of(ex, "The plan ignores the poor") == "Nora Finch"


def test_a_cue_inside_the_apposition_with_its_own_subject_is_not_the_tag(run):
    # Counter-case: "whose son told police" is the apposition's own clause; the tag is the "said" after it.
    ex = run(_OPENING + '"He is innocent," Nora Finch, whose son told police he was home, said on Friday.')
    assert speaker_name_of(ex, "He is innocent") == "Nora Finch"


def test_a_name_the_tagger_reads_as_a_modal(run):
    # "Will wrote", "May said": a capitalised modal right before a past-tense cue is a name, not the cue's
    # auxiliary; without it the quotation went on as the councillor's.
    ex = run(_OPENING + '"The plan ignores the poor," Will wrote.')
    assert speaker_name_of(ex, "The plan ignores the poor") == "Will"
    text = "The columnist George Tate Will attacked the plan in an essay.\n\n" + _OPENING[27:]
    ex = run(text + '"The plan ignores the poor," Will wrote.')
    assert speaker_name_of(ex, "The plan ignores the poor") == "George Tate Will"


def test_a_participle_in_the_role_before_a_name(run):
    # "union organizing director Kendall Fells told": the participle modifies the role noun; the mention runs on
    # to the name instead of stopping at "union".
    text = "The strike began on Monday, the Daily Ledger reports.\n\n"
    ex = run(text + '"Nobody listens to us," union organizing director Kendall Fells told the Ledger.')
    assert speaker_name_of(ex, "Nobody listens to us") == "Kendall Fells"


_CLUB = 'The club named a new coach. "We are delighted," said chairman Tunde Idowu. "He brings a winning habit."\n\n'


@pytest.mark.parametrize(
    "tag", ["Jonathan Edwards believes", "Edwards thinks", "the former captain feels", "believes Jonathan Edwards"]
)
def test_a_verb_of_opinion_after_the_quotation_names_its_source(run, tag):
    # "Q," X believes: the writer gives the words to the holder of the opinion, not to the chairman quoted before.
    ex = run(
        _CLUB.replace("a new coach", "a new coach after former captain Jonathan Edwards left")
        + f'"The squad needs a clear voice," {tag}.'
    )
    assert speaker_name_of(ex, "The squad needs a clear voice") == "Jonathan Edwards"


def test_a_verb_of_opinion_with_an_object_of_its_own_is_no_tag(run):
    # Counter-case: "thinks about" takes its own object; the verb is no cue for the quotation.
    ex = run(_CLUB + '"The squad needs a clear voice," Edwards thinks about the past.')
    quote = ex.quotes[-1]
    assert quote.cue is None or quote.cue.text != "thinks"


def test_a_sentence_opening_conjunction_is_not_part_of_a_title(run):
    # "But Edwards, who ..., believes:" opens a paragraph; the capitalised "But" opens the sentence, not the title
    # of a work, so "Edwards" is a name even where the parser ran the paragraph into the quotation before.
    ex = run(_CLUB + 'But Edwards, who captained the side for a decade, believes: "The squad needs a clear voice."')
    assert speaker_name_of(ex, "The squad needs a clear voice") == "Edwards"


@pytest.mark.parametrize("frame", ["In the words of Kendall Fells,", "To quote Kendall Fells:"])
def test_in_the_words_of_names_the_source(run, frame):
    ex = run(_OPENING + f'{frame} "The plan ignores the poor."')
    assert speaker_name_of(ex, "The plan ignores the poor") == "Kendall Fells"


def test_an_age_written_as_one_hyphenated_word_is_the_speaker(run):
    # "the 43-year-old asked": the number opens the hyphenated word, which the mention keeps whole; the age then
    # points back to the person given it, never to the chairman quoted before.
    text = 'Nora Finch, 43, posted the clip. "It took a week," said Dan Price.\n\n'
    ex = run(text + '"What if the mayor had singing lessons?" the 43-year-old asked.')
    quote = ex.quotes[-1]
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "the 43-year-old"
    assert speaker_name_of(ex, "What if the mayor") == "Nora Finch"


@pytest.mark.parametrize(
    "sentence", ['Dolly writes: "Hillary needs the power."', '"Hillary needs the power," Dolly writes.']
)
def test_a_name_the_tagger_reads_as_an_adverb(run, sentence):
    # A finite verb of saying with no subject of its own: the capitalised word before it is its subject, a name.
    ex = run('The memoir describes the early years. "It was a hard time," said Bill Carter.\n\n' + sentence)
    assert speaker_name_of(ex, "Hillary needs the power") == "Dolly"


def test_a_sentence_adverb_before_a_cue_is_no_name(run):
    # Counter-case: "Later, ..." style openers are never names, whatever the tagger says.
    ex = run('The memoir describes the early years. "It was a hard time," said Bill Carter.\n\nLater wrote: "Q."')
    assert all(p.name != "Later" for p in ex.people)


def test_a_full_name_after_a_firms_possessive(run):
    # "Acme's Jane Roe explained": the tagger runs firm and name into one entity; the attribution's full name after
    # the possessive is a person's, never the end of an organisation's name.
    ex = run(
        'Acme cut 500 jobs on Monday. "It is a sad day," said union leader Tom Bell.\n\n'
        '"We had no choice," Acme\'s Jane Roe explained.'
    )
    assert speaker_name_of(ex, "We had no choice") == "Jane Roe"


@pytest.mark.parametrize("body", ["Fight for Fairness", "Fight for $15"])
def test_an_organisations_name_a_role_and_a_name_before_the_cue(run, body):
    # The parser reads the organisation's first word as a verb; the sentence still names Kendall Fells outright,
    # so the outlet of the sentence before is no candidate.
    text = "The movement plans to protest the debate, the Daily Ledger reports.\n\n"
    ex = run(text + f'"They have to decide," {body} organizing director Kendall Fells told Fox News.')
    assert speaker_name_of(ex, "They have to decide") == "Kendall Fells"


def test_an_adverb_inside_the_speakers_noun_phrase(run):
    # "a possibly stunned Blitzer asked": the adverb modifies "stunned", so the noun phrase runs on to the name.
    text = _OPENING + "Ana Blitzer hosted the debate.\n\n"
    ex = run(text + '"Wait, you want to leave?" a possibly stunned Blitzer asked.')
    assert speaker_name_of(ex, "Wait, you want to leave") == "Ana Blitzer"
