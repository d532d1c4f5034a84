"""Issue 11, kinds 4-5 (round 13): which mention a pronoun or a cue-less quotation rests on. One short article
written for each rule (none of them is news text): a colon quotation after "X says that's a lesson reflected by
...:" is X's, not the noun the participle describes; "it said" after "economists at Acme said" is Acme, and a
later "it noted" with no body in reach goes on with the body the last speaker "it" was; "a comment X had made
shortly before he praised the firefighters, in which he said:" is X's, wherever the parser hung the clause."""

from conftest import quote_of, speaker_of

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


# "it said" after the body's staff spoke as the subject, and again paragraphs later, over sentences that name no body.
STAFF_BODY_IT = (
    "Growth will slow to its weakest pace in decades this year, economists at Harlow Capital said on Monday.\n\n"
    "Many analysts have cut their forecasts in recent weeks, but this is the lowest forecast yet.\n\n"
    '"We expect a long and difficult recovery for households and for small firms," it said.\n\n'
    "The investment house, which had forecast growth of 3 per cent in March, said the slowdown would be deeper "
    "than in 2009.\n\n"
    "Shops and hotels will be hit hardest, the investment house said, raising its estimates for both.\n\n"
    "Factory output also fell in March, and exports were weak.\n\n"
    '"These effects look very large, but we assume that they will fade by the end of the year," it noted.'
)


def test_it_said_after_a_bodys_staff_spoke_is_that_body(run):
    speaker = speaker_of(run(STAFF_BODY_IT), "difficult recovery")
    assert speaker is not None and speaker.kind == "organisation" and speaker.name == "Harlow Capital"


def test_a_later_it_said_with_no_body_in_reach_goes_on_with_the_body_it_said_before(run):
    speaker = speaker_of(run(STAFF_BODY_IT), "fade by the end")
    assert speaker is not None and speaker.kind == "organisation" and speaker.name == "Harlow Capital"


# ", in which he said:" hung by the parser on the nearest noun (the firefighters), not on the comment it means.
STATEMENT_BEFORE_IN_WHICH = (
    "On Monday, Dale Pruitt praised the county's firefighters for putting out the warehouse blaze.\n\n"
    "Among the first to point out the change of tune was radio host Eli Marsh, who wrote on his blog:\n\n"
    "Marsh was referring to a harsh comment Pruitt had made on a morning show shortly before he praised the "
    "firefighters, in which he said:\n\n"
    '"Our firefighters are afraid to do their jobs because they worry about lawsuits."'
)


def test_in_which_he_said_is_the_author_of_the_statement_named_before_it(run):
    assert speaker_of(run(STATEMENT_BEFORE_IN_WHICH), "afraid to do their jobs").name == "Dale Pruitt"
