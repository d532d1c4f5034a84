"""Round 21 (user reports on court and crime news): an unnamed officer's words went to a party named nearby, the
victim or the accused. A police or court office tied to no one ("the detective", "the coroner") is someone unnamed;
a description re-names only someone the story named as an agent, never a victim or someone spoken of. One short
invented article per rule."""


def _speaker_of(ex, words):
    q = next(q for q in ex.quotes if words in q.text)
    return q.speaker.name if q.speaker is not None else None


def test_detective_is_not_the_accused_just_arrested(run):
    ex = run(
        "Rory Vane, 19, appeared in court on Monday charged with arson.\n\n"
        "Officers arrested Vane at a flat in Dunmore on Friday.\n\n"
        '"We believe he acted alone," the detective said.'
    )
    assert _speaker_of(ex, "acted alone") is None


def test_coroner_is_not_the_victim_he_speaks_of(run):
    ex = run(
        "Ellis Maddox was stabbed outside a bar on Quay Street on Friday evening.\n\n"
        "The coroner told the inquest Maddox died from a single wound. "
        '"Nothing could have been done to save him," the coroner said.'
    )
    assert _speaker_of(ex, "Nothing could") is None


def test_police_spokesman_is_not_the_victim(run):
    ex = run(
        "Milo Drake, 16, was stabbed outside a shop on Kenton Road on Monday evening.\n\n"
        '"This was a senseless attack," the police spokesman said.'
    )
    assert _speaker_of(ex, "senseless attack") is None


def test_spokesman_still_re_names_the_speaker_before(run):
    # The rule passes over people acted on, not the one who spoke in the sentence before.
    ex = run(
        "Rear Admiral Joel Banner said the strikes had hit their targets.\n\n"
        '"The operation went as planned," the navy spokesman said.'
    )
    assert _speaker_of(ex, "went as planned") == "Joel Banner"


def test_a_developer_who_spoke_is_still_re_named(run):
    ex = run(
        "Tobias Fenn said he had sent the email by mistake. He said he meant it for a friend.\n\n"
        'The millionaire developer told reporters the words were "a joke that went wrong."'
    )
    assert _speaker_of(ex, "a joke that went wrong") == "Tobias Fenn"


def test_she_after_a_relative_of_the_victim_is_that_relative(run):
    # "Moore's sister" is someone other than Moore, whom the article has not named: "she" is the sister.
    ex = run(
        "Kayla Moore, 23, was killed when her car was hit on the A40 on Saturday.\n\n"
        'Moore\'s sister paid tribute to her. "She lit up every room," she said.'
    )
    assert _speaker_of(ex, "lit up every room") is None


def test_he_after_a_friend_of_the_accused_is_the_friend(run):
    # A name inside the description ("a friend of Fisk") is not the description's referent, nor is the officer
    # who spoke before.
    ex = run(
        "Dana Fisk, 30, was charged with dangerous driving on Monday.\n\n"
        'Detective Sergeant Hugh Bell said the crash was avoidable. "This is a heartbreaking case," he said.\n\n'
        'A friend of Fisk spoke to reporters outside the court. "She is devastated," he said.'
    )
    assert _speaker_of(ex, "heartbreaking") == "Hugh Bell"
    assert _speaker_of(ex, "She is devastated") is None


def _mention_of(ex, words):
    q = next(q for q in ex.quotes if words in q.text)
    return q.speaker_mention.text if q.speaker_mention is not None else None


def test_unnamed_witness_keeps_the_quote_after_her_cue(run):
    # "A witness described ...": an unnamed subject of a speech verb right before the quotation speaks it, not
    # the person named further back.
    ex = run(
        "Lorry driver Grant Ellory, 52, denies causing death by careless driving.\n\n"
        '"I never saw the bike," Ellory told the jury on Tuesday.\n\n'
        "A witness described hearing a loud bang near the junction. "
        '"I ran outside and saw the bike under the lorry."'
    )
    assert _speaker_of(ex, "under the lorry") is None
    assert _mention_of(ex, "under the lorry") == "A witness"


def test_fronted_phrase_is_not_the_subject_of_the_cue(run):
    # "Outside court," parsed as a second subject of "said": the subject nearest the verb speaks, and the
    # possessor inside it ("Priya's") is someone else.
    ex = run(
        "Cyclist Priya Shah, 24, was killed on the ring road in March.\n\n"
        "Outside court, Priya's father Dev Shah said the sentence was too short."
    )
    q = next(q for q in ex.quotes if "too short" in q.text)
    assert q.speaker is not None and q.speaker.name == "Dev Shah"


def test_description_re_named_by_recency_is_a_weak_link(run):
    # Nothing ties "the millionaire developer" to Fenn but his being named just before: right more often than
    # not, never sure (confidence.WEAK_LINK_CEILING).
    ex = run(
        "Tobias Fenn said he had sent the email by mistake. He said he meant it for a friend.\n\n"
        '"It was a joke that went wrong," the millionaire developer said.'
    )
    q = next(q for q in ex.quotes if "joke" in q.text)
    assert q.speaker is not None and q.speaker.name == "Tobias Fenn"
    assert q.confidence <= 0.8
