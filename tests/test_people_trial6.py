"""Trial 6's people findings (H3/H4): a courtesy title of one gender never joins a person of the other
(a wife and husband who share a surname), and a person's gender comes from their own name, never from
a pronoun that was resolved to them. One short article written for each rule."""

PAIR = (
    "Peter Grant's wife, Elena, will join the campaign for the Green Party this spring.\n\n"
    "Mrs Grant will tour the northern seats on her own while Mr Grant stays in the capital, "
    "party chairman Owen Bell said. Mrs Grant has often spoken at rallies. "
    "In a radio interview last week she said she often teased her husband about his speeches."
)


def _person(ex, name: str):
    return next(p for p in ex.people if p.name == name)


def test_mrs_surname_is_not_the_husband_named_in_full(run):
    ex = run(PAIR)
    husband = _person(ex, "Peter Grant")
    before = {PAIR[m.start - 4 : m.start] for m in husband.mentions if m.kind == "name"}
    assert "Mrs " not in before
    assert husband.gender == "male"


def test_she_said_after_mrs_surname_is_the_wife_not_the_husband(run):
    ex = run(PAIR)
    quote = next(q for q in ex.quotes if "teased her husband" in q.text)
    assert quote.speaker is not None
    assert quote.speaker.name != "Peter Grant"
    assert quote.speaker.gender == "female"


OFFICE = (
    'Harbour Board chair Ruth Kane said the mayor\'s plan was "reckless". Union organiser Dev Patel said he '
    'believed the plan had been "rushed".\n\n'
    'Kane wrote to the mayor on Tuesday asking him to withdraw his "rushed plan".\n\n'
    "In an angry reply, the mayor said his words had been twisted. "
    'He told Ms Kane: "It is a shame that you have spread this story. I never said any such thing."'
)


def test_he_after_an_office_holder_speaks_is_that_office_not_an_earlier_man(run):
    ex = run(OFFICE)
    quote = next(q for q in ex.quotes if "spread this story" in q.text)
    assert quote.speaker is not None
    assert quote.speaker.name != "Dev Patel"
    assert quote.speaker.name is None and any("mayor" in d.lower() for d in quote.speaker.descriptors)
