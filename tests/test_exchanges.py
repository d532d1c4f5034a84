"""Quotations with no cue of their own, and exchanges of questions and answers (issue 11, kind 4).

Every article here is a short one written for the test.
"""

from conftest import speaker_name_of


def test_a_bare_answer_after_a_question_put_to_a_described_person_is_theirs(run):
    # "pressed the treasurer, Amir Sethi, on ...": the one asked is a description with a name in apposition.
    text = (
        "Council rejects the budget\n\n"
        "The council rejected the budget on Tuesday after a long debate.\n\n"
        "Councillor Ruth Gale pressed the treasurer, Amir Sethi, on the shortfall.\n\n"
        '"We will close the gap with savings, not cuts."'
    )
    assert speaker_name_of(run(text), "close the gap") == "Amir Sethi"


def test_the_answer_to_a_quoted_question_is_the_one_asked(run):
    # Question and answer are an adjacency pair: after "Gale asked Sethi ... "Q?"", the bare reply is Sethi's,
    # not a continuation of the asker's words.
    text = (
        "Council rejects the budget\n\n"
        "Treasurer Amir Sethi presented the budget on Tuesday.\n\n"
        'Councillor Ruth Gale then asked Sethi about the pension fund. "Is the fund safe?"\n\n'
        '"The fund is safe and will stay safe."'
    )
    ex = run(text)
    assert speaker_name_of(ex, "Is the fund safe") == "Ruth Gale"
    assert speaker_name_of(ex, "will stay safe") == "Amir Sethi"


def test_the_answer_after_a_question_with_its_own_cue_is_the_one_asked(run):
    text = (
        "Council rejects the budget\n\n"
        "Treasurer Amir Sethi presented the budget on Tuesday.\n\n"
        '"Is the fund safe?" Councillor Ruth Gale asked Sethi.\n\n'
        '"The fund is safe and will stay safe."'
    )
    ex = run(text)
    assert speaker_name_of(ex, "Is the fund safe") == "Ruth Gale"
    assert speaker_name_of(ex, "will stay safe") == "Amir Sethi"


def test_a_request_is_no_question_awaiting_an_answer(run):
    # "asked him to leave" asks for an act: the quotation after it is not his answer.
    text = (
        "Shop owner Mary Cole said a man refused to pay on Friday.\n\n"
        'Cole asked him to leave the shop. "I was frightened for my staff."'
    )
    assert speaker_name_of(run(text), "frightened") == "Mary Cole"


def test_a_quoted_question_after_questioning_is_the_askers(run):
    # The asker is a description with a name in apposition, and "questioned" is only a weak cue.
    text = (
        "Harbour stays shut\n\n"
        "Harbour master Olga Brandt closed the harbour on Monday.\n\n"
        'The mayor, Peter Quint, questioned Brandt about the cost. "How much will the repairs cost?"'
    )
    assert speaker_name_of(run(text), "How much") == "Peter Quint"


def test_as_someone_put_it_is_a_cue_before_or_after_the_quotation(run):
    text = (
        "Banks agree to write off debt\n\n"
        "Banks agreed on Friday to write off part of the debt owed by the Falk Group.\n\n"
        'The deal was "a triumph of common sense," as the finance minister, Ana Ruiz, put it on Friday.\n\n'
        'Critics were less kind. As the economist Harold Berg once put it, "Debt forgiven is debt invited."'
    )
    ex = run(text)
    assert speaker_name_of(ex, "triumph") == "Ana Ruiz"
    assert speaker_name_of(ex, "Debt forgiven") == "Harold Berg"


def test_a_cue_coordinated_after_a_reported_clause_is_the_reporters(run):
    # The parser hangs "said" on "paid", whose subject "he" is spoken about; the coordinated cue that opens
    # the quotation goes with "agreed", the verb that reports.
    text = (
        "Tax row\n\n"
        "The candidate Tom Reed was asked about his taxes on Monday.\n\n"
        'Reed agreed the wall was old and said, "We should have replaced it years ago."'
    )
    assert speaker_name_of(run(text), "replaced it") == "Tom Reed"


def test_a_question_after_a_bare_when_asked_is_not_the_replier(run):
    # "When asked, "Q?" X replied, "A."": the question is put to X by someone the story does not name.
    text = (
        "Ferries cancelled\n\n"
        "Harbour master Olga Brandt closed the harbour on Monday.\n\n"
        'When asked, "Will the ferries run this week?" Brandt replied, "No, not this week."'
    )
    ex = run(text)
    assert speaker_name_of(ex, "ferries run") is None
    assert speaker_name_of(ex, "not this week") == "Olga Brandt"


def test_a_role_noun_or_described_subject_before_a_bare_quote_speaks_it(run):
    # "The minister turned to the reporters. "Q"": the subject of the sentence before, with no speech verb,
    # is a candidate speaker even when it is a description rather than a name.
    text = (
        "Rail plan\n\n"
        "The transport minister, Lena Ortiz, defended the rail plan on Monday.\n\n"
        '"It is the right plan," Ortiz said.\n\n'
        "Opposition leader Sam Kemp said the plan would cost twice as much as promised.\n\n"
        'The chief engineer, Rob Hale, walked to the podium. "We can build it on time."'
    )
    assert speaker_name_of(run(text), "build it on time") == "Rob Hale"


def test_a_pull_quote_takes_the_speaker_of_the_same_words_with_a_cue(run):
    # A pull quote set off from the story repeats words quoted later with their cue: it is the same speaker's,
    # not a continuation of the quote before it.
    text = (
        "Rail plan splits the council\n\n"
        "Opposition leader Sam Kemp said on Monday the rail plan would cost twice as much as promised.\n\n"
        '"It is a fantasy," Kemp told reporters. "Nobody believes the figures."\n\n'
        '"We can build it on time and on budget."\n\n'
        "The transport minister, Lena Ortiz, rejected the criticism at a meeting with engineers at the depot.\n\n"
        '"We can build it on time and on budget," Ortiz said.'
    )
    ex = run(text)
    pulled = next(q for q in ex.quotes if q.text.startswith("We can build") and q.text.endswith("."))
    assert pulled.speaker.name == "Lena Ortiz"
    assert pulled.evidence.startswith("same words as")


def test_a_short_stock_phrase_repeated_is_no_echo(run):
    # Fewer than six shared words may be a coincidence ("What a great day"): the bare quotation stays with the
    # subject of the sentence before it.
    text = (
        "Fans celebrate\n\n"
        '"What a great day for the club," coach Tim Ward said.\n\n'
        "Striker Ola Berg scored twice in the second half.\n\n"
        '"What a great day."'
    )
    ex = run(text)
    assert ex.quotes[-1].speaker.name == "Ola Berg"


def test_an_absolute_with_clause_of_saying_names_the_speaker(run):
    # "with X writing, "Q"": the tagger reads the participle as a noun; the clause still introduces the quotation.
    text = (
        "Speech praised\n\n"
        "The athlete Dana Holt, who won the award, gave a speech on Sunday.\n\n"
        '"I am grateful to everyone who stood by me," Holt said.\n\n'
        "Celebrities later took to Twitter to applaud the emotional speech, with fellow transgender star "
        'Laverne Cox writing, "Just caught the speech. So deeply moved."'
    )
    assert speaker_name_of(run(text), "deeply moved") == "Laverne Cox"


def test_a_reply_owned_by_someone_is_theirs(run):
    # "His reply was blunt: "Q"": the colon frame's subject is a statement; its owner spoke.
    text = (
        "Rail plan\n\n"
        "The transport minister, Lena Ortiz, defended the rail plan on Monday.\n\n"
        '"It is the right plan," Ortiz said.\n\n'
        "Opposition leader Sam Kemp was asked whether he would support it. His reply was blunt: "
        '"Not in a thousand years."'
    )
    assert speaker_name_of(run(text), "thousand years") == "Sam Kemp"


def test_a_message_with_a_prepositional_phrase_is_still_its_owners(run):
    text = (
        "Budget row\n\n"
        "Union leader Tom Bright met the chancellor, Anne Fox, on Monday.\n\n"
        '"We talked for an hour," Fox said.\n\n'
        "Bright's message to the chancellor was: \"Please don't give it away.\""
    )
    assert speaker_name_of(run(text), "give it away") == "Tom Bright"


def test_a_paragraph_closing_with_a_cue_and_a_comma_introduces_the_next(run):
    # "The lawsuit says," ends its paragraph and introduces the quotation below it, as a colon does: the quote is
    # the lawsuit's, not the running speaker's.
    text = (
        "Court fight\n\n"
        "Opposition leader Frank Lutz criticised the company on Monday.\n\n"
        '"They should pay," Lutz said.\n\n'
        "The lawsuit says,\n\n"
        '"The company broke the law."'
    )
    quote = next(q for q in run(text).quotes if "broke the law" in q.text)
    assert quote.speaker is None or quote.speaker.name != "Frank Lutz"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "The lawsuit"


def test_an_exchange_alternates_after_a_question_whose_cue_names_only_the_asker(run):
    # '"Q?" she asked.' names no one asked; the sentence before puts the question to Sethi, so the bare reply is
    # his, the bare question after it Gale's again, and the last bare reply Sethi's.
    text = (
        "Council rejects the budget\n\n"
        'At the hearing, Councillor Ruth Gale pressed Treasurer Amir Sethi. "Did you read the audit?" she asked.\n\n'
        '"I read the summary of it."\n\n'
        '"Only the summary?"\n\n'
        '"It was four hundred pages long."'
    )
    ex = run(text)
    assert speaker_name_of(ex, "Did you read") == "Ruth Gale"
    assert speaker_name_of(ex, "I read the summary") == "Amir Sethi"
    assert speaker_name_of(ex, "Only the summary") == "Ruth Gale"
    assert speaker_name_of(ex, "four hundred pages") == "Amir Sethi"


def test_a_run_of_bare_paragraphs_after_a_statement_stays_with_its_speaker(run):
    # No question was put: the paragraphs continue one voice, as before.
    text = (
        "Council rejects the budget\n\n"
        'Treasurer Amir Sethi defended the budget. "We did our best," he said.\n\n'
        '"Nobody likes cuts."\n\n'
        '"But the money is not there."'
    )
    ex = run(text)
    assert speaker_name_of(ex, "Nobody likes") == "Amir Sethi"
    assert speaker_name_of(ex, "money is not there") == "Amir Sethi"
