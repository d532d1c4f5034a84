"""Issue 11, kinds 2 and 7 (round 10): name forms that kept one person from their full name. One short
article written for each rule."""

from conftest import speakers, stored_people


def test_hyphenated_surname_with_honorific_joins_the_full_name(run):
    # A hyphenated surname is three tokens to the tokenizer: its short form must still be found.
    ex = run(
        "Former talk show host Robert Kilroy-Silk has quit the party he joined last year.\n\n"
        'Mr Kilroy-Silk said the party was "going nowhere" and he was embarrassed by it.\n\n'
        '"I have had enough of the infighting," Mr Kilroy-Silk told reporters on Friday.'
    )
    assert speakers(ex) == ["Robert Kilroy-Silk", "Robert Kilroy-Silk"]
    assert all(q.speaker.kind == "person" for q in ex.quotes)
    mentions = [m.text for m in ex.quotes[0].speaker.mentions if m.kind == "name"]
    assert mentions.count("Kilroy-Silk") == 2


def test_right_reverend_is_a_style_not_a_name(run):
    ex = run(
        "Opponents included the Bishop of Winchester, the Rt Rev Michael Scott-Joynt, who spoke on Monday. "
        'Such a "secular" state would be markedly "less tolerant", Rt Rev Scott-Joynt argued.'
    )
    found = speakers(ex)  # "secular" and "less tolerant" are both his words: one or two partial quotations
    assert found and set(found) == {"Michael Scott-Joynt"}
    assert ex.quotes[0].speaker.kind == "person"


def test_party_word_before_an_honorific_is_not_part_of_the_name(run):
    ex = run(
        "Opponents of the bill, including Tory Lord Campbell of Alloway, spoke against it.\n\n"
        '"We will fight this all the way," Lord Campbell said.'
    )
    assert speakers(ex) == ["Lord Campbell"]


def test_honorific_that_is_also_a_surname_stays_in_the_name(run):
    # "King" is a surname as often as a title: it never cuts a name.
    ex = run('"We shall overcome," Martin Luther King said in the speech.')
    assert speakers(ex) == ["Martin Luther King"]


def test_role_and_full_name_the_tagger_read_as_an_organisation(run):
    ex = run(
        "The first debate was watched by millions.\n\n"
        'Moderator Lester Holt asked Trump "what took you so long" to answer.\n\n'
        'Holt pressed him again. "You have not answered," Holt said.'
    )
    assert speakers(ex)[0] == "Lester Holt"
    assert speakers(ex)[-1] == "Lester Holt"


def test_organisation_word_after_a_name_gives_no_first_name(run):
    # "Breitbart News" names an outlet: "News" alone is never a person "Breitbart News".
    ex = run(
        "The story was first reported by Breitbart News on Sunday, and the Washington Times followed.\n\n"
        'Voice of America News reported that "the group has grown stronger in the region over the past year."\n\n'
        '"The militants have received weapons and uniforms from abroad," News reported, citing officials.'
    )
    last = ex.quotes[-1]
    assert last.text.startswith("The militants")
    assert last.speaker.name == "Voice of America News"
    assert not any(p.kind == "person" and "News" in (p.name or "") for p in ex.people)


def test_plural_role_noun_opening_a_sentence_is_nobody_named(run):
    ex = run(
        "Inspectors found exposed wiring in the building on Monday. "
        '"The wiring was dangerous," Inspectors wrote in the report.'
    )
    assert speakers(ex) == [None]
    assert not any(p.name == "Inspectors" for p in ex.people)


def test_weekday_before_an_organisation_is_no_part_of_its_name(run):
    ex = run(
        "Adan was shot dead by an off-duty officer at the mall.\n\n"
        "On Sunday ISIS claimed that Adan was one of their own."
    )
    [quote] = [q for q in ex.quotes if q.text.startswith("Adan was one")]
    assert quote.speaker.name == "ISIS"


def test_based_compound_before_an_organisation_describes_it(run):
    ex = run(
        "Staff say they are told to hide their faith at work.\n\n"
        "Texas-based Liberty Institute sent a demand letter to the White House, insisting they immediately "
        "drop this policy."
    )
    [quote] = [q for q in ex.quotes if "drop this policy" in q.text]
    assert quote.speaker.name == "Liberty Institute"


def test_store_joins_a_lone_surname_to_the_one_full_name(tmp_path):
    people = stored_people(tmp_path, ["Robert Kilroy-Silk", "Mr Kilroy-Silk", "Jane Okafor", "Okafor"])
    assert people == [("Robert Kilroy-Silk", 2), ("Jane Okafor", 2)]


def test_store_keeps_a_lone_surname_apart_when_two_full_names_end_in_it(tmp_path):
    people = stored_people(tmp_path, ["Anna Lund", "Erik Lund", "Lund"])
    assert sorted(n for n, _ in people) == ["Anna Lund", "Erik Lund", "Lund"]


def test_store_keeps_a_lone_surname_of_the_other_gender_apart(tmp_path):
    people = stored_people(tmp_path, ["John Harrow", "Mrs Harrow"])
    assert sorted(n for n, _ in people) == ["John Harrow", "Mrs Harrow"]


def test_an_unnamed_party_member_is_nobody_named_not_the_party(run):
    ex = run(
        "Most insiders expect Clinton to win the debate on Monday night.\n\n"
        '"Media look at who best answered questions," said an Iowa Republican.\n\n'
        '"Trump will flounder, ramble and lie," a Michigan Democrat predicted. "He always does," a Briton said.'
    )
    assert speakers(ex) == [None, None, None]
    described = [q.speaker.descriptors[0] for q in ex.quotes if q.speaker is not None]
    assert described == ["an Iowa Republican", "a Michigan Democrat", "a Briton"]
    assert all(q.speaker.kind == "unnamed" for q in ex.quotes)


def test_home_town_after_a_name_is_no_person(run):
    # The tagger calls the small town a person; ", of Teaneck," after a name says where she lives.
    ex = run(
        "The governor resigned on Friday after weeks of pressure.\n\n"
        "Across New Jersey, residents like Carol Foyler, of Teaneck, said that they were shocked by the fall. "
        '"I never would have guessed it," she said.'
    )
    assert speakers(ex) == ["Carol Foyler"]
    assert not any(p.name == "Teaneck" for p in ex.people)


def test_lone_surname_with_two_letters_swapped_is_the_same_person(run):
    ex = run('Snopes founder David Mikkelson said the story was false. "It never happened," Mikkleson said on Monday.')
    assert speakers(ex) == ["David Mikkelson"]


def test_lone_surname_one_letter_short_stays_apart(run):
    # "Johnston" is not "Johnson": only a swap of neighbouring letters reads as a slip.
    ex = run('Coach Mark Johnson praised the team. "We were lucky," Johnston said on Monday.')
    assert speakers(ex) == ["Johnston"]


def test_stage_name_opening_with_a_number_after_a_role(run):
    ex = run(
        "Chance the Rapper, a West collaborator, said he was praying for him.\n\n"
        'Producer 9th Wonder tweeted, "been knowing the brother upwards of 13 years."\n\n'
        '"Get well soon," rapper 50 Cent wrote on Instagram.'
    )
    assert speakers(ex) == ["9th Wonder", "50 Cent"]


def test_a_number_after_a_role_noun_and_before_a_longer_name_is_no_stage_name(run):
    ex = run('"We won," coach 2 Jane Roe said.')
    assert not any(p.name and p.name[:1].isdigit() for p in ex.people)


def test_store_keeps_every_word_of_an_organisation_name():
    from onrecord.corpus.store import speaker_key

    keys = {
        speaker_key({"name": n, "kind": "organisation", "id": "p1"}, 1)
        for n in ("Justice Department", "Labor Department")
    }
    assert len(keys) == 2  # "Justice" and "Labor" are no titles of a department
    assert speaker_key({"name": "President Jane Roe", "kind": "person", "id": "p1"}, 1) == "person:jane roe"


def test_store_never_merges_a_ministry_named_without_its_country():
    from onrecord.corpus.store import speaker_key

    def key(name: str, article: int) -> str:
        return speaker_key({"name": name, "kind": "organisation", "id": "p1"}, article)

    assert key("Finance Ministry", 1) != key("Finance Ministry", 2)
    assert key("Japan's Finance Ministry", 1) == key("Japan's Finance Ministry", 2)
    assert key("Bank of Japan", 1) == key("Bank of Japan", 2)
