"""Cues in the middle of a sentence, participle cues, appositions, nested speech and broadcast media (issue 11).

Every article here is a short one written for its test; each stands for a kind of construction, not a sentence.
"""

import pytest


def _mention(ex, n=0):
    m = ex.quotes[n].speaker_mention
    return m.text if m is not None else None


# -- cues set off by commas inside the sentence they attribute --------------------------------------------
def test_a_cue_set_off_by_commas_names_the_speaker_not_the_sentence_subject(run):
    ex = run('Rents keep rising. The main cause of the shortage, writes Okafor, is "a planning system built for 1970".')
    assert _mention(ex) == "Okafor"


def test_a_pronoun_cue_set_off_by_commas_names_the_speaker(run):
    ex = run(
        'Mia Sorensen runs the plant. The turbines, she said, offered "a cheap way out of the crisis" for the town.'
    )
    assert _mention(ex) == "she"


# -- participle cues: ", saying", ", telling", ", adding" go with the main clause --------------------------------
@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The minister spoke on Tuesday. He denied the unions had forced the changes, telling the BBC "
            '"there is a recognition that something is wrong".',
            "He",
        ),
        (
            "Tom Reyes wrote that the guards knew the rules well, saying, "
            '"They followed every step and never asked us why."',
            "Tom Reyes",
        ),
    ],
)
def test_a_participle_cue_after_reported_speech_belongs_to_the_main_subject(run, text, speaker):
    ex = run(text)
    direct = [q for q in ex.quotes if q.kind in ("direct", "partial")]
    assert direct and direct[-1].speaker_mention.text == speaker


# -- nested speech: whose words are reproduced ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'Lena Hart added that Oskar Berg stood up after a moment, shouted "fire in the hall!", and ran for the door.',
        "Lena Hart, who was rowing with him, told the paper that a wave hit the boat. Lena Hart added that Oskar "
        "Berg surfaced after several seconds, yelled \u201cfire in the hall!\u201d, and began swimming to shore.",
    ],
)
def test_nested_speech_goes_to_the_one_whose_words_are_reproduced(run, text):
    ex = run(text)
    quote = next(q for q in ex.quotes if "fire in the hall" in q.text)
    assert quote.speaker_mention.text == "Oskar Berg"
    assert quote.speaker is not None and quote.speaker.name == "Oskar Berg"


# -- a name in apposition to a description that is the cue's subject -------------------------------------------
def test_an_apposed_name_after_a_description_is_the_mention(run):
    ex = run('The museum\'s curator, Ines Vidal, said: "The collection has never been shown outside Lisbon."')
    assert _mention(ex).endswith("Ines Vidal")
    assert ex.quotes[0].speaker.name == "Ines Vidal"


# -- a bare quote after a sentence whose cue is earlier in the paragraph ----------------------------------------
def test_a_bare_quote_reads_only_the_sentence_right_before_it(run):
    text = (
        "The mayor said on Monday that the budget was sound. Karl Weiss, who lost his shop in the flood, "
        'is angry about the decision. "Nobody came to see the damage and nobody answered our letters."'
    )
    ex = run(text)
    quote = next(q for q in ex.quotes if q.text.startswith("Nobody came"))
    assert quote.speaker_mention.text == "Karl Weiss"


# -- medium: television networks, tweets, testimony --------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, medium, outlet",
    [
        ('"It is the code of democracy," Ana Ruiz told CNN\'s Dana Wells.', "tv", "CNN"),
        ('"I understand the anger," Ana Ruiz said on MSNBC\'s "Morning Hour."', "tv", "Morning Hour"),
        ('"It is a mess," Ana Ruiz said on Fox News on Sunday.', "tv", "Fox News"),
        ('"It is a mess," Ana Ruiz told People.', "print-interview", "People"),
        ('"It is a mess," Ana Ruiz wrote in a tweet on Monday.', "twitter", None),
    ],
)
def test_medium_and_outlet_of_a_broadcast_or_post(run, sentence, medium, outlet):
    ex = run(sentence)
    assert [(q.medium, q.outlet) for q in ex.quotes] == [(medium, outlet)]


def test_a_tweet_talked_about_is_not_the_quotes_medium(run):
    ex = run(
        "Ana Ruiz said she was surprised by the reaction to her tweet about the bridge, because she was "
        '"only asking a question about the money."'
    )
    assert ex.quotes and all(q.medium is None for q in ex.quotes)


def test_testimony_before_a_legislature_is_not_court(run):
    ex = run('"We knew nothing about the contract," Ana Ruiz testified before the Senate Finance Committee.')
    assert ex.quotes[0].medium != "court"
    ex = run('"We knew nothing about the contract," Ana Ruiz testified at the trial in Denver.')
    assert ex.quotes[0].medium == "court"
