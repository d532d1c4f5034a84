"""Short fragments in quotation marks: a partial quotation (someone's words) or a scare quote?

Gold guide rule 1 (shared/data/gold/ANNOTATION.md): a partial quote that reproduces someone's words is a
quotation; scare quotes, so-called terms, nicknames and titles are not. Every article here is a short one
written for the test (issues 10 and 11: partial quotes dropped as scare quotes).
"""

from onrecord.text.partials import clause_before, coordinated, speaker_words


def _texts(ex):
    """The quoted words of each quotation (a mixed quotation's fragment), without a closing stop."""
    return [(q.fragment.text if q.fragment else q.text).strip(".,") for q in ex.quotes]


def test_a_naming_verb_with_an_object_makes_the_fragment_the_subjects_words(run):
    text = (
        "The mayor has called the harbour plan \u201creckless.\u201d\n\n"
        "Later, calling her rival a \u201cliar\u201d, Senator Ruth Vale left the hall.\n\n"
        'The union leader referred to the new rota as "madness" on Monday.'
    )
    assert _texts(run(text)) == ["reckless", "liar", "madness"]


def test_a_name_given_by_a_naming_verb_without_a_speaker_is_no_quotation(run):
    text = (
        'The old monk was called "the quiet one" by the villagers.\n\n'
        "Builders began work on what is being called their \u201cgreat fence\u201d for the river."
    )
    assert _texts(run(text)) == []
    camp = 'Migrants sleep in a camp called "the Hollow" near the port.'
    assert not speaker_words(camp, camp.index('"'), 0)


def test_a_verb_of_speaking_earlier_in_the_sentence_makes_the_fragment_reported_words(run):
    text = (
        'Forecasters are predicting "brutal" winds for the weekend.\n\n'
        "Tom Ash is alleging the landlord\u2019s \u201ccareless\u201d repairs caused the fire.\n\n"
        'The coach went on, adding that "lazy players" would be dropped.'
    )
    assert _texts(run(text)) == ["brutal", "careless", "lazy players"]


def test_scare_quotes_with_no_speaker_in_their_sentence_stay_out(run):
    text = (
        'Storms of that kind, or "supercells", form over the plains.\n\n'
        'Only a few weak "landspout" tornadoes were seen.'
    )
    assert _texts(run(text)) == []
    # "claim" after a determiner or a possessive is a noun, no verb of speaking.
    for text in ("His claim was that it felt \u201cmodest\u201d then.", "The firm\u2019s claim: \u201cmodest\u201d."):
        assert not speaker_words(text, text.index("\u201c"), 0)
    text = "They claim it was \u201cmodest\u201d then."
    assert speaker_words(text, text.index("\u201c"), 0)


def test_the_second_of_coordinated_fragments_follows_the_first(run):
    text = 'He routinely calls his critics "weak" and "boring," and he said so again.'
    assert _texts(run(text)) == ["weak", "boring"]
    # Coordination alone keeps nothing: the first fragment has no speaker.
    assert _texts(run('The shop sold "vintage" and "retro" chairs.')) == []


def test_clause_before_stops_at_the_sentence_start():
    text = 'He said it was fine. The plan was "bold" indeed.'
    assert clause_before(text, text.index('"'), 0) == "The plan was "
    assert not speaker_words(text, text.index('"'), 0)


def test_coordination_needs_only_a_conjunction_or_comma_between_the_marks():
    text = '"weak" and "boring" but then "dull"'
    assert coordinated(text, text.index('" and') + 1, text.index('"boring'))
    assert not coordinated(text, text.index('" but') + 1, text.index('"dull'))
    assert not coordinated(text, None, text.index('"dull'))


def test_a_cue_form_that_is_a_noun_or_an_aside_is_no_verb_of_speaking():
    for text in (
        "Within minutes of initial reports, the site turned on its \u201csafety check\u201d tool.",
        "It is no better than, say, the mayor\u2019s \u201cflat tax\u201d plan.",
    ):
        assert not speaker_words(text, text.index("\u201c"), 0)
    text = "The paper reported a \u201cflat tax\u201d plan."
    assert speaker_words(text, text.index("\u201c"), 0)


def test_a_form_of_a_cue_after_a_preposition_is_a_noun_unless_a_gerund():
    text = "They moved in order to reach the \u201cpromised\u201d land."
    assert not speaker_words(text, text.index("\u201c"), 0)
    text = "He went on by adding that \u201clazy players\u201d would go."
    assert speaker_words(text, text.index("\u201c"), 0)


def test_m1_scare_quotes_after_a_noun_call_a_set_phrase_or_so_called_stay_out(run):
    # trial6 M1: "call" in "call centres" is a noun, not the naming verb "call X 'Y'"; "That being said" is a
    # set phrase, nobody speaks; "so-called" marks the writer's distance from the words.
    text = (
        'As a result, call centres have a high "churn rate" among their staff.\n\n'
        "That being said, the club would fit right in with their \u201cfamily values,\u201d right?\n\n"
        "Critics of the so-called \u201cpeace dividend\u201d were mocked in the town hall."
    )
    assert _texts(run(text)) == []
    # The naming verb itself still makes the fragment its subject's words.
    assert _texts(run('The union leader called the call centres a "disgrace" on Monday.')) == ["disgrace"]
    aside = 'Having said that, she was "shocked".'
    assert not speaker_words(aside, aside.index('"'), 0)  # "said" in the set phrase is no verb of speaking


def test_a_phrase_shaped_like_a_sentence_before_a_noun_is_a_label_not_a_quotation(run):
    # Issue 11: 'the common "..." approach' became a quotation of whoever spoke nearby.
    text = (
        "Mayor Lena Holm spoke on Monday about the roads.\n\n"
        'The plan drops the old "it works, so leave it" approach to repairs, she said. '
        "Never has the \u201cgood for us, bad for them\u201d idea been so plain."
    )
    ex = run(text)
    assert [q.text for q in ex.quotes if q.kind != "indirect"] == []


def test_an_adjective_before_a_noun_stays_a_partial_quotation(run):
    text = (
        "Senator Ruth Vale said the mayor was a \u201cweak and reckless\u201d leader who ran a "
        "\u201cshambolic\u201d office."
    )
    assert _texts(run(text)) == ["weak and reckless", "shambolic"]


def test_a_term_named_by_its_idea_is_cited_words(run):
    text = (
        'The minister said the law could weaken the principle of "crown immunity" for public bodies. '
        'Patients were given the option of "home care" instead, she said.'
    )
    ex = run(text)
    assert not [q for q in ex.quotes if q.kind != "indirect"]
    assert sum("cited" in n.why for n in ex.noise) == 2
