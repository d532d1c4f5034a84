"""Issue 11, kinds 1, 2 and 6 (round 13): a speaker's name not grown to its fullest form (initials written in one
word, three-word names, a hyphenated name, a firm's name without the word that says it is a firm) and things that
are no people made speakers (a page of a paper, a work's title). One short article written
for each rule."""

from conftest import quote_of, speaker_name_of


def test_initials_written_as_one_word_open_the_name(run):
    # "P.J." is one token: the initials of a first name, after a role noun, before the surname.
    ex = run(
        "Officials question reactor plan\n\n"
        'In Washington, State Department spokesman P.J. Crowley said the plant "does not represent a risk."\n\n'
        'Crowley added: "We expect the other side to meet the rules."'
    )
    assert speaker_name_of(ex, "does not represent a risk") == "P.J. Crowley"
    assert speaker_name_of(ex, "We expect the other side") == "P.J. Crowley"


def test_initials_of_a_country_open_no_name(run):
    # "U.S." has the shape of initials but is a place: no person "U.S. Steel".
    ex = run('The U.S. Steel Corp. said on Monday that output fell. "Demand is weak," the company said.')
    assert not any(p.kind == "person" and p.name and p.name.startswith("U.S.") for p in ex.people)


def test_surname_alone_takes_the_two_given_names_written_before_it(run):
    ex = run(
        "Farm leaders meet minister\n\n"
        "A delegation led by Ravi Kumar Sandhuwalia met the minister on Sunday. Speaking to reporters after the "
        'meeting, Sandhuwalia said: "We will keep up our protest."'
    )
    assert speaker_name_of(ex, "keep up our protest") == "Ravi Kumar Sandhuwalia"


def test_title_and_two_word_name_give_no_three_word_name(run):
    # "Chief Minister Uddhav Thackeray": a title and a name; "Minister" is no given name of Thackeray.
    ex = run(
        "Chief Minister Uddhav Thackeray met the farmers on Sunday.\n\n"
        'Later Thackeray said: "We will support the farmers."'
    )
    assert speaker_name_of(ex, "support the farmers") == "Uddhav Thackeray"


def test_hyphenated_paper_keeps_its_first_part(run):
    ex = run(
        "Judge sworn in to state court\n\n"
        "The state has sworn in a new justice to its highest court.\n\n"
        "She studied law and then social work. According to the Herald-Tribune, "
        "\u201cShe wanted to understand how the law touches families.\u201d"
    )
    assert speaker_name_of(ex, "how the law touches families") == "Herald-Tribune"


def test_firm_named_in_full_once_keeps_its_full_name(run):
    ex = run(
        "Shoppers turned away at Corbin Stores\n\n"
        "Hundreds of shoppers were turned away from Corbin Stores on Friday after a computer failure.\n\n"
        "Corbin said, \u201cWe are working to restore our systems as fast as we can.\u201d"
    )
    assert speaker_name_of(ex, "restore our systems") == "Corbin Stores"


def test_firm_with_two_different_kind_words_stays_short(run):
    # "Corbin Group" and "Corbin Stores": two bodies, so the short name is neither.
    ex = run(
        "Corbin Group owns Corbin Stores and a bank.\n\n"
        "Corbin said, \u201cWe are working to restore our systems as fast as we can.\u201d"
    )
    assert speaker_name_of(ex, "restore our systems") not in ("Corbin Group", "Corbin Stores")


def test_page_of_a_paper_is_no_speaker(run):
    ex = run(
        "Letters to the editor\n\n"
        "The article \u201cAre county votes headed for a recount?\u201d (Page B1, Jan. 15) regarding "
        "\u201cconfusion about everything from the results to the rules\u201d helps me see why people doubt "
        "elections.\n\nJane Doe\nFremont"
    )
    speaker = quote_of(ex, "confusion about everything").speaker
    assert speaker is None or speaker.name != "Page B1"


def test_words_quoted_from_a_possessed_work_are_its_authors(run):
    ex = run(
        "Poets write through the lockdown\n\n"
        "Many poets say they have found it hard to write this spring. Omar Reyes, a poet who teaches in Ohio, "
        "says he wrote every morning.\n\n"
        'His \u201cLament\u201d is a plea for kinder days ("No more shouting in the streets") and for the '
        "return of old habits."
    )
    assert speaker_name_of(ex, "No more shouting") == "Omar Reyes"


def test_event_made_an_adjective_with_post_is_no_person(run):
    # "post-Grexit": the article makes the word an adjective of an era, so "Grexit" is nobody "he" can be.
    ex = run(
        "Greek drivers fear new rules\n\n"
        "Many workers worry about post-Grexit hiring rules. Bus driver Nikos Andreou has lived in London for ten "
        "years.\n\n"
        "Five years earlier Grexit came as a \u201chuge\u201d blow to him, he says.\n\n"
        "\u201cWe felt as though they wanted to close the door,\u201d he adds."
    )
    assert not any(p.name == "Grexit" for p in ex.people)
    assert speaker_name_of(ex, "close the door") == "Nikos Andreou"
