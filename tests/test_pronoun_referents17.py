"""Round 17: a speaker "they" after a quotation of a group is that group, as a "he" after a quotation is its
speaker. Every article here is written for the test (none is news text)."""

from conftest import quote_of

# An unnamed group of sources speaks on with "they" (trial 16, r11).
GROUP = (
    "Port officials said the ferry had not sailed since Monday.\n"
    "They said the owners were waiting for a new engine from the makers."
)
# '"Q1," police said. "Q2," they added': the group named after the first quotation goes on as "they".
POLICE = (
    '"The road will stay shut overnight," police officers said on Sunday. '
    '"Drivers should use the coast road instead," they added.'
)


def test_they_after_a_group_of_unnamed_sources_is_that_group(run):
    ex = run(GROUP)
    first = quote_of(ex, "ferry had not sailed")
    later = quote_of(ex, "waiting for a new engine")
    assert first.speaker is not None and first.speaker.kind == "unnamed"
    assert later.speaker is first.speaker


def test_they_added_after_a_plural_speaker_is_that_speaker(run):
    ex = run(POLICE)
    first = quote_of(ex, "stay shut")
    later = quote_of(ex, "coast road")
    assert first.speaker is not None
    assert later.speaker is first.speaker


def test_they_after_another_plural_subject_is_not_carried(run):
    text = GROUP.replace("They said", "Residents were angry. They said")
    later = quote_of(run(text), "waiting for a new engine")
    assert later.speaker is None or later.speaker is not quote_of(run(text), "ferry had not sailed").speaker
