"""A statement, document or publication as the subject of a quotation's cue (issue 11, kinds 6 and 8), each on a
short article written for it: the words are its author's (the possessor, the name before the noun, or the one
the text says issued it), and an acronym takes the name the article spells out."""

from conftest import speakers


def _direct(ex):
    """The direct quotations of ``ex`` (reported speech aside), as (speaker name, mention text) pairs."""
    return [
        (q.speaker.name if q.speaker else None, q.speaker_mention.text if q.speaker_mention else None)
        for q in ex.quotes
        if q.kind != "indirect"
    ]


def test_a_statement_with_a_possessive_pronoun_is_its_owners(run):
    text = (
        "Tomas Vance apologised to the council on Friday. Ilse Marr did not attend.\n\n"
        'His latest comments called the budget "a disgrace to the county."'
    )
    ex = run(text)
    assert _direct(ex) == [("Tomas Vance", "His latest comments")]


def test_a_statement_with_a_named_possessor_is_that_persons(run):
    text = (
        "Tomas Vance met the council on Monday. Ilse Marr left early.\n\n"
        "Vance's statement called the plan \"a waste of everyone's money.\""
    )
    ex = run(text)
    assert _direct(ex) == [("Tomas Vance", "Vance's statement")]


def test_that_statement_refers_back_to_the_statement_someone_released(run):
    text = (
        "Tomas Vance made no apology in a statement he released on Friday, after the council met.\n\n"
        "Ilse Marr, who chairs the council, did not comment. Instead, that statement called the council "
        '"a club of cowards."'
    )
    ex = run(text)
    assert _direct(ex) == [("Tomas Vance", "that statement")]


def test_the_statement_is_the_organisation_that_issued_it(run):
    text = (
        "Her protest angered the Northern Rowing Federation, which released a statement on Sunday.\n\n"
        '"We expect every athlete to stand for the anthem," the statement reads in part.'
    )
    ex = run(text)
    assert _direct(ex) == [("Northern Rowing Federation", "the statement")]


def test_a_graphic_someone_published_speaks_for_them(run):
    text = (
        "Tomas Vance took to Twitter on Monday to publish a graphic about the harbour project.\n\n"
        'The graphic asked, "Would you pay twice for one bridge?"'
    )
    ex = run(text)
    assert _direct(ex) == [("Tomas Vance", "The graphic")]


def test_a_statement_someone_only_criticised_is_not_theirs(run):
    # "called the comments ugly": Marr judged the comments, she did not write them.
    text = (
        "Ilse Marr called the comments ugly on Monday.\n\n"
        'The comments described the budget as "a disgrace to the county."'
    )
    ex = run(text)
    assert _direct(ex) == [(None, "The comments")]


def test_a_blog_named_before_its_noun_is_that_outlet(run):
    text = (
        "The couple are headed for a holiday in the islands soon.\n\n"
        '"They are deeply in love," the Harbour Lights gossip blog reported on Monday.'
    )
    ex = run(text)
    assert speakers(ex) == ["Harbour Lights"]


def test_an_acronym_takes_the_name_the_article_spells_out(run):
    text = (
        "The Department of Coastal and Inland Waters said more than 4 million people had signed up by Friday.\n\n"
        '"Demand was far above what we planned for," CIW said in a statement.'
    )
    ex = run(text)
    assert speakers(ex) == ["Department of Coastal and Inland Waters"]


def test_an_acronym_before_a_document_is_the_body_it_spells(run):
    text = (
        "Diplomats of the Coastal States Union met in Geneva on Monday.\n\n"
        'The CSU draft resolution defines the mission as "keeping the peace in the valley."'
    )
    ex = run(text)
    assert speakers(ex) == ["Coastal States Union"]


def test_an_acronym_the_article_never_spells_out_stays_as_written(run):
    text = '"Demand was far above what we planned for," CIW said in a statement on Friday.'
    ex = run(text)
    assert speakers(ex) == ["CIW"]


def test_an_outlet_that_reports_a_partial_quote_is_not_its_speaker(run):
    # The outlet after "according to" reports what the cue's subject said: the words are the subject's.
    text = (
        "Among the electors was Tomas Vance, of Ohio, who cast his vote for Ilse Marr instead of Dora Pike. He "
        "said he believes the Electoral Board is \u201coutdated,\u201d according to Harbour News Now, which also "
        "pointed out that Ohio has never set a penalty for breaking the law."
    )
    ex = run(text)
    assert _direct(ex) == [("Tomas Vance", "He")]


def test_an_outlet_quoting_someone_as_saying_is_not_the_speaker(run):
    # "quoted Pike as saying": the paper reports; the one it quotes speaks.
    text = (
        "Dora Pike, 19, and Ilse Marr were arrested on Monday after the baby was found.\n\n"
        "\u201cI am not sorry,\u201d the Harbour Gazette quoted Pike as saying."
    )
    ex = run(text)
    assert _direct(ex) == [("Dora Pike", "Pike")]


def test_a_body_named_by_a_place_and_common_nouns_keeps_that_name(run):
    # "the board" refers back to "the Harbourton school board": the place and the nouns before the head.
    text = (
        "Tomas Vance has sat on the Harbourton school board since 2013 and will not resign.\n\n"
        '"We will review the conduct of every member," the board said on Thursday.'
    )
    ex = run(text)
    assert _direct(ex) == [("Harbourton school board", "the board")]
