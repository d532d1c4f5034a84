"""Issue 11, kinds 4-5 (round 13): which mention a pronoun or a cue-less quotation rests on. One short article
written for each rule (none of them is news text): a colon quotation after "X says that's a lesson reflected by
...:" is X's, not the noun the participle describes."""

from conftest import quote_of

SAYS_CLAUSE_COLON = (
    "The town of Millbrook voted on Tuesday to keep its curfew for another month.\n\n"
    "Mayor Ortiz says the new rule replaces the county order.\n\n"
    '"We are not ready to open everything yet," he said.\n\n'
    "Ortiz says that's a lesson reflected by the town's many river workers: "
    '"They are out on the banks every day and a lot of them got hurt in the spring."\n\n'
    'The other reason, he says, is the work on the levees. "When you build more you find more weak spots."'
)


def test_a_colon_quote_after_a_says_clause_is_the_clause_subjects_not_a_participles(run):
    ex = run(SAYS_CLAUSE_COLON)
    q = quote_of(ex, "out on the banks")
    assert q.speaker is not None and q.speaker.name == "Ortiz"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ortiz"
    assert q.cue is not None and q.cue.text == "says"
    later = quote_of(ex, "weak spots")
    assert later.speaker is not None and later.speaker.name == "Ortiz"
