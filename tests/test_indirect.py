"""Reported speech (issue 10, item 3): each form on a short article written for it."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def reported(ex):
    return [
        (q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
        for q in ex.quotes
        if q.kind == "indirect"
    ]


def test_cue_in_the_middle_of_the_clause(run):
    ex = run(
        "Port official Mara Voss toured the docks on Monday. The cranes, she said, were older than the harbour itself."
    )
    assert reported(ex) == [
        ("The cranes", "Mara Voss", "said"),
        ("were older than the harbour itself", "Mara Voss", "said"),
    ]
    first, second = (q for q in ex.quotes if q.kind == "indirect")
    assert first.group is not None and first.group == second.group


def test_cue_in_the_middle_after_an_opening_phrase(run):
    ex = run(
        "Coach Rui Tavares spoke after the final. Since the injury in March, Tavares said, "
        "the squad had learned to play without a striker."
    )
    # The opening adverbial frames the statement: the words after the cue alone, not a second quote.
    assert reported(ex) == [("the squad had learned to play without a striker", "Rui Tavares", "said")]


def test_clause_whose_subject_the_parser_hangs_on_the_cue(run):
    ex = run(
        "The statistics office said about half of the new jobs in its quarterly survey went to workers over fifty."
    )
    assert [t for t, _, _ in reported(ex)] == [
        "about half of the new jobs in its quarterly survey went to workers over fifty"
    ]


def test_that_opens_the_clause_even_when_parsed_as_an_object(run):
    ex = run(
        "Radio Nord reported that the decision to close the mill was made because the owners had lost two contracts."
    )
    (q,) = [q for q in ex.quotes if q.kind == "indirect"]
    assert q.text == "the decision to close the mill was made because the owners had lost two contracts"
    assert q.speaker_mention.text == "Radio Nord"


def test_cue_inside_a_relative_clause(run):
    ex = run("Economist Ivo Brandt attacked a tax which he said was the most complicated in the world.")
    assert reported(ex) == [("was the most complicated in the world", "Ivo Brandt", "said")]


def test_a_claim_with_no_speaker_yields_nothing(run):
    ex = run("Experience shows that binding targets change how utilities invest. History suggests the opposite.")
    assert reported(ex) == []


def test_phrase_between_cue_and_clause(run):
    ex = run(
        "Mayor Dana Pike said in a statement that the bridge would reopen in May. "
        "Inspector Colm Hale told detectives that the van had been stolen twice."
    )
    assert reported(ex) == [
        ("the bridge would reopen in May", "Dana Pike", "said"),
        ("the van had been stolen twice", "Colm Hale", "told"),
    ]


def test_mixed_quote_is_the_whole_clause_with_the_fragment_kept(run):
    text = 'Finance minister Olga Lenz said the budget was "a disgrace to the nation" and would be withdrawn.'
    ex = run(text)
    (q,) = ex.quotes
    assert q.kind == "partial"
    assert q.text == 'the budget was "a disgrace to the nation" and would be withdrawn'
    assert q.fragment is not None and q.fragment.text == "a disgrace to the nation"
    assert text[q.fragment.start : q.fragment.end] == q.fragment.text
    assert q.speaker.name == "Olga Lenz" and q.to_dict()["fragment"]["text"] == "a disgrace to the nation"


def test_span_ends_where_the_clause_ends(run):
    ex = run(
        "Union leader Petra Kohl said the strike would go ahead, and that talks had failed. "
        "According to the ministry, the deficit will grow next year."
    )
    texts = [t for t, _, _ in reported(ex)]
    assert texts[0] == "the strike would go ahead, and that talks had failed"
    assert texts[1] == "the deficit will grow next year"


def test_dateline_glued_to_the_first_sentence(run):
    ex = run("OTTAWA \u2014 Prime Minister Jean Dubois says the trade deal is off for now.")
    assert reported(ex) == [("the trade deal is off for now", "Jean Dubois", "says")]
    assert [n.why for n in ex.noise] == ["dateline"]


def test_surname_the_parser_reads_as_a_modifier(run):
    ex = run("Ms Early said the plan would fail because nobody had paid for it.")
    assert [(t, c) for t, _, c in reported(ex)] == [("the plan would fail because nobody had paid for it", "said")]
    assert ex.quotes[0].speaker_mention.text == "Ms Early"


def _case(name: str) -> tuple[str, dict]:
    for base in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        path = base / "cases" / f"{name}.txt"
        if path.exists():
            expected = json.loads(path.with_name(f"{name}.expected.json").read_text(encoding="utf-8"))
            return path.read_text(encoding="utf-8"), expected
    pytest.skip(f"needs the handed case {ROOT.parent / 'shared' / 'cases' / name}.txt")


@pytest.mark.parametrize("name", ["attribution-11", "attribution-17"])
def test_handed_cases(run, name):
    text, expected = _case(name)
    ex = run(text)
    # The case's own rule (shared/tools/check_cases.py): each expected quote answered by one quote
    # overlapping it by half or more (its notes allow span variants), right speaker, nothing else.
    assert len(ex.quotes) == len(expected["quotes"])
    for q, e in zip(ex.quotes, expected["quotes"], strict=True):
        s = text.index(e["text"])
        inter = min(q.end, s + len(e["text"])) - max(q.start, s)
        assert inter / (max(q.end, s + len(e["text"])) - min(q.start, s)) >= 0.5, (q.text, e["text"])
        assert (q.speaker.name if q.speaker else None) == e["speaker"]


def test_an_imperative_cue_reports_nobody(run):
    for text in (
        "Say what you will about Anna Berg, the singer was a good guest on the show on Wednesday.",
        "Imagine that the plan fails.",
        "Tell me that this is not true.",
    ):
        assert not reported(run(text)), text
    said = run("Anna Berg said that the vote was close. Tom Reed will say that it was fair.").quotes
    assert [q.text for q in said if q.kind == "indirect"] == ["the vote was close", "it was fair"]


def test_a_question_put_to_someone_is_not_their_speech(run):
    """'Asked whether ..., X said': the question is put to X, not said by X (trial 6, M1); what X said stays."""
    ex = run(
        "Asked on Tuesday whether she would keep accepting donations from builders, Mayor Ann Whitfield said the"
        " rules had been followed.\n\nAsked to comment on the auditor's early findings, the council said it would"
        " respond in due course."
    )
    texts = [t for t, _, _ in reported(ex)]
    assert "the rules had been followed" in texts
    assert not any("findings" in t for t in texts)
    # The question itself is reported as a question put by nobody named, never as the mayor's words.
    asked = [q for q in ex.quotes if "donations" in q.text]
    assert [(q.evidence, q.speaker, q.speaker_mention) for q in asked] == [("reported question", None, None)]


def test_a_cue_under_an_open_question_is_no_belief(run):
    """'could not determine if the crew knew ...': nobody asserts the crew knew anything (trial 6, M1)."""
    ex = run("The Daily Courier could not independently determine if the contractors knew the bridge was unsafe.")
    assert reported(ex) == []


def test_a_share_of_respondents_is_the_source_of_what_they_said(run):
    ex = run(
        "The county polled 800 nurses in March. Most of them said they had loved working at the old hospital. "
        "One in three said the new wards were badly understaffed."
    )
    got = [(q.text, q.speaker_mention.text) for q in ex.quotes if q.kind == "indirect"]
    assert got == [
        ("they had loved working at the old hospital", "Most of them"),
        ("the new wards were badly understaffed", "One"),
    ]


def test_a_participle_hung_on_the_cue_before_its_subject_is_not_the_reported_clause(run):
    ex = run(
        "Senator Hal Brody returned from Geneva. In an interview focused largely on trade, Brody said the new tariffs "
        "would cost the state thousands of jobs."
    )
    assert [t for t, _, _ in reported(ex)] == ["the new tariffs would cost the state thousands of jobs"]


def test_an_as_clause_cue_vouches_for_the_clause_it_hangs_on(run):
    ex = run(
        "Donations rose in the spring. As the Daily Ledger reported, the mayor raised more than $2 million from "
        "builders in May. Turnout fell in the north, as the county's own survey noted last week. "
        "As reported by the Courier, the new depot will open in June."
    )
    got = [(q.text, q.speaker_mention.text) for q in ex.quotes if q.kind == "indirect"]
    assert got == [
        ("the mayor raised more than $2 million from builders in May", "the Daily Ledger"),
        ("Turnout fell in the north", "the county's own survey"),
        ("the new depot will open in June", "the Courier"),
    ]


def test_an_as_clause_of_time_or_with_content_of_its_own_vouches_for_nothing(run):
    ex = run(
        "The crowd cheered as he replied. California flipped in 1992, as voters responded to the new ads. "
        "The plant failed in 2012, as predicted."
    )
    assert [q for q in ex.quotes if q.kind == "indirect"] == []


def test_clause_starts_after_the_line_break_the_parser_ran_over(pipeline):
    # A title ending in a quotation has no full stop of its own: the parser runs it into the next paragraph's
    # sentence and may hang its name on the reported clause's verb (the parse below is the one the small model
    # gave a PolNeAR title). The clause keeps to its own paragraph.
    from spacy.tokens import Doc

    from onrecord.pipeline.stages.indirect import _clause_span

    words = ["Ilse", "Marten", ":", "'", "Ready", ".", "'", "\n\n", "Shipping", "is", "on", "solid", "ground"]
    words += [",", "Ilse", "Marten", "said", "."]
    heads = [1, 9, 1, 1, 1, 1, 1, 6, 9, 16, 9, 12, 10, 16, 15, 16, 16, 16]
    deps = ["compound", "nsubj", "punct", "punct", "appos", "punct", "punct", "dep", "nsubj", "ccomp", "prep"]
    deps += ["amod", "pobj", "punct", "compound", "nsubj", "ROOT", "punct"]
    spaces = [True, False, True, False, False, False, False, False] + [True] * 5 + [True, True, True, False, False]
    spaces[12] = False
    doc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    s, e = _clause_span(doc[9])
    assert doc.text[s:e] == "Shipping is on solid ground"


def test_a_second_cue_the_parser_hangs_on_the_first_is_no_part_of_its_clause(run):
    # "One in three said A and one in four said B": the parser may give the first "said" two clausal complements,
    # A and the second "said"; B is another statement (another source), never a piece of the first one's clause.
    ex = run(
        "Among harbour workers, one in three said the council does not care much about the fishing town "
        "and one in four said the council was hostile to it."
    )
    texts = [q.text for q in ex.quotes if q.kind == "indirect"]
    assert texts and texts[0].startswith("the council does not care much about the fishing town")
    assert not any("said" in t for t in texts)


def test_a_cue_whose_subject_the_parser_hung_on_the_quotation_closing_the_paragraph_before(run):
    # The closing mark of the paragraph before goes with the next line in the parse, and the name with it.
    text = (
        'The vote was held on Monday. "We need a new bridge -- FAST!"\n\n'
        "Sen. Ann Roe, R-Fla., appearing on the radio right after the speech, said the mayor failed to "
        "address public concerns about the flood."
    )
    ex = run(text)
    got = [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in ex.quotes if q.kind == "indirect"]
    assert got == [("the mayor failed to address public concerns about the flood", "Sen. Ann Roe")]
