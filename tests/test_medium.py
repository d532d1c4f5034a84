"""Medium and outlet of a quotation (issue 11, kind 9): radio networks, stations named by their kind,
broadcasters of every kind, and the outlet as written without its presenter or the sentence's full stop.

Each test runs a short article written for it.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "medium", "outlet"),
    [
        # A radio network named after "told": radio, the network is the outlet, not its presenter.
        ('The senator told NPR\'s Dana Whitfield that the plan was "a mistake".', "radio", "NPR"),
        ('"We are not done," Ann Lee said on LBC.', "radio", "LBC"),
        # The programme is the outlet when one is named after the possessive.
        (
            'Ann Lee told BBC Radio 4\'s Today programme the plan was "a mess".',
            "radio",
            "BBC Radio 4's Today programme",
        ),
        ('"We will fight on," Tom Reyes told the radio station.', "radio", None),
        ('"We will fight on," Tom Reyes said in a podcast.', "podcast", None),
        # A television station named by its kind.
        (
            'The minister, speaking on Norway\'s Nordlys Television station, said: "We will not give in."',
            "tv",
            "Nordlys Television",
        ),
        ('"It was a mess," Tom Reyes said in an interview with state television.', "tv", None),
        # A television network's presenter is not its outlet; the outlet has no sentence full stop.
        ('"We will fight on," Ann Lee told CNN\'s Mark Hollis.', "tv", "CNN"),
        ('"We will fight on," Ann Lee told BBC Radio 1.', "radio", "BBC Radio 1"),
        # Colloquial interview verbs.
        ('Ann Lee dished to Us Weekly that they "get on very well."', "print-interview", "Us Weekly"),
        ('"It was a mess," Tom Reyes told the Sunday Herald.', "print-interview", "Sunday Herald"),
        # A broadcaster of every kind says who heard the words, not in which medium; its website is print.
        ('"It was a mess," Tom Reyes told the BBC.', None, "BBC"),
        ('"I plan to keep playing," Ann Lee told ESPN.', None, "ESPN"),
        ('"It was a mess," Tom Reyes told the BBC News website.', "print-interview", "BBC News website"),
    ],
)
def test_medium_and_outlet(run, sentence, medium, outlet):
    ex = run(sentence)
    assert [(q.medium, q.outlet) for q in ex.quotes] == [(medium, outlet)]


@pytest.mark.parametrize(
    ("sentence", "medium", "outlet"),
    [
        # The verb in the present, and a user of the platform, name it.
        ('"Crooked Hillary is tired," Donald Trump tweets.', "twitter", None),
        ('"Why buy a dog when you can adopt one?" one Twitter user wrote.', "twitter", None),
        # The speaker's job is no medium: the words were said to the reporter.
        ('"I have five rules," said Steve Deace, an Iowa radio talk show host.', None, None),
        ('"I have five rules," said Ann Lee, a veteran talk show host.', None, None),
        # A station by its name is television.
        ('In an interview with Channel 2, Dean Washington said: "She defended her shop."', "tv", "Channel 2"),
        # Testimony before a legislature is no interview with an outlet.
        (
            'Joseph Dunford told the Senate Armed Services Committee that "we assess it to be a blister agent".',
            None,
            None,
        ),
        # A statement talked about is not where the words come from.
        ('"No, I did not say that at all," Tom Reyes replied, taking back his statement.', None, None),
        ('"We regret the delay," the company said in a statement.', "press-statement", None),
        # A day after "on" is no outlet, its full stop aside.
        ('"I loved him," Ann Lee said on her radio show on Wednesday.', "radio", None),
    ],
)
def test_medium_cues_that_name_the_speaker_or_a_topic_are_not_the_medium(run, sentence, medium, outlet):
    ex = run(sentence)
    assert [(q.medium, q.outlet) for q in ex.quotes] == [(medium, outlet)]


def test_an_organisation_with_television_in_its_name_is_no_station(run):
    ex = run('"It sets a poor example," according to the Parents Television Council.')
    assert [q.medium for q in ex.quotes] == [None]


def test_appearing_on_screen_at_an_event_is_no_broadcast(run):
    ex = run('Tom Reyes appeared on screen at the gala. "I wish I were there," he said.')
    assert ex.quotes[0].medium != "tv"


def test_a_title_abbreviation_does_not_cut_the_interview_sentence(run):
    # "Mrs." ends no sentence: the interview cue concerns Mrs. Lee (not her husband, quoted after it), so it
    # carries to her next quotation and not to his.
    text = (
        'In an interview with People magazine, Mrs. Ann Lee said she was "ready for more". '
        '"She works too hard," her husband, Tom Reyes, said.\n\n'
        '"I have never felt better," Mrs. Lee said.'
    )
    ex = run(text)
    assert [q.medium for q in ex.quotes] == ["print-interview", None, "print-interview"]


def test_an_unnamed_source_keeps_the_outlet_it_spoke_to(run):
    # "a source tells X" introduces an anonymous informant; "says the source" in the next paragraph is the
    # same informant, so the interview's medium and outlet carry over to its quotes, also when only
    # quotations in marks are asked for (no reported clause ties "a source" to "the source" then).
    text = (
        "Over the weekend, Mara Quinlan and Theo Brandt visited her parents in Ohio, a source tells Us Weekly.\n\n"
        '"They had dinner with the whole family," says the source. "It is getting serious."'
    )
    for kinds in (None, ["direct", "partial"]):
        direct = [q for q in run(text, kinds=kinds).quotes if q.kind == "direct"]
        assert [(q.medium, q.outlet) for q in direct] == [("print-interview", "Us Weekly")] * 2


def test_an_unnamed_source_cue_does_not_reach_a_named_speaker_elsewhere(run):
    # The informant's cue concerns the informant: a named speaker two paragraphs on keeps no medium.
    text = (
        "Mara Quinlan moved to Ohio, a source tells Us Weekly.\n\n"
        "The move surprised her neighbours.\n\n"
        "Her neighbour Dale Frost was pleased.\n\n"
        '"We love having her here," Dale Frost said.'
    )
    ex = run(text)
    assert [q.medium for q in ex.quotes if q.kind == "direct"] == [None]


def test_a_cue_concerns_the_speaker_of_its_sentence_not_everyone_named(run):
    # The statement is Frost's; Lena Moss is only named in it, so her own quote after it has no medium.
    text = 'In a statement, Dale Frost called Lena Moss "a fine choice".\n\n"I am honoured," Lena Moss said.'
    ex = run(text)
    assert [q.medium for q in ex.quotes] == ["press-statement", None]


@pytest.mark.parametrize(
    ("sentence", "medium"),
    [
        # The debate as the occasion of the words.
        ('"We will build it," Dale Frost said during the debate in Ohio.', "speech"),
        ('At Tuesday\'s debate, Dale Frost said the plan was "a disaster".', "speech"),
        # A debate as a topic is no occasion.
        ('Dale Frost said the internal debate would "play out in the hearings".', None),
        ('"It is time," Dale Frost said in the debate over the budget.', None),
    ],
)
def test_a_debate_is_an_occasion_only_after_a_preposition_of_place_or_time(run, sentence, medium):
    ex = run(sentence)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == [medium]


@pytest.mark.parametrize(
    ("sentence", "medium", "outlet"),
    [
        # The programme's, podcast's or book's title is the outlet, as written.
        (
            '"We talk about this a lot," Ann Lee said on her podcast, "Plainly Put," on Thursday.',
            "podcast",
            "Plainly Put",
        ),
        ('"It is hard," Tom Reyes said to Mark Hollis on "The Long Table" podcast.', "podcast", "The Long Table"),
        ('"The law is the law," Ann Lee said on CNN\'s "Morning Desk."', "tv", "Morning Desk"),
        ('In her new memoir, Salt and Cedar, Ann Lee writes that she "never looked back".', "book", "Salt and Cedar"),
        # A network without a programme stays the outlet.
        ('"The law is the law," Ann Lee told CNN.', "tv", "CNN"),
    ],
)
def test_a_programme_or_book_title_is_the_outlet(run, sentence, medium, outlet):
    ex = run(sentence)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [(medium, outlet)]


def test_the_magazine_is_the_publication_named_before(run):
    text = (
        'In an interview with Harbor Weekly, Ann Lee said she was "ready for more".\n\n'
        '"I eat my vegetables," Ann Lee told the magazine.'
    )
    ex = run(text)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [
        ("print-interview", "Harbor Weekly"),
        ("print-interview", "Harbor Weekly"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will not back down," Dale Frost said at a press conference on Monday.',
        'Speaking at a news conference, Dale Frost said the plan was "dead".',
    ],
)
def test_words_said_to_the_press_at_a_conference_are_a_press_statement(run, sentence):
    # The gold guide's press-statement covers words given to the press, read or spoken; a speech is an
    # address to an audience ("in a speech", "addressed the conference").
    ex = run(sentence)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == ["press-statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are fine," Dale Frost told reporters on Monday.',
        '"I regret nothing," Dale Frost wrote in a letter to the committee.',
        '"We are fine," Dale Frost said in an email.',
    ],
)
def test_words_said_to_reporters_or_written_in_a_letter_have_no_medium_and_stop_a_carry(run, sentence):
    # The interview the paragraph before names is over: these are other occasions, which the gold scores as none.
    text = 'Dale Frost told Sky News on Sunday that the plan was "a mess".\n\n' + sentence
    assert [q.medium for q in run(text).quotes if q.kind != "indirect"] == ["tv", None]


def test_a_medium_cue_inside_reported_speech_counts_as_the_reporters_words(run):
    # Reported speech is not blanked like words in quotation marks: it is the reporter's text.
    text = 'Anna Berg said the budget, which she discussed on her radio show, was late.\n\n"It is late," she said.'
    quotes = run(text).quotes
    assert [(q.kind, q.medium) for q in quotes] == [("indirect", "radio"), ("direct", "radio")]


@pytest.mark.parametrize(
    ("sentence", "medium", "outlet"),
    [
        # The network named in any case, fronted ("To CNN"), or before the kind of broadcast.
        ('"It is over," Dale Frost said later when he went on FOX News.', "tv", "FOX News"),
        ('To CNN, Dale Frost said: "It is over."', "tv", "CNN"),
        ('"It is over," Dale Frost said during a Fox News interview on Monday.', "tv", "Fox News"),
        ('"It is over," Dale Frost said on the CBS news program.', "tv", "CBS news"),
        # Television named by its kind: an adjective before it names no station.
        ('"It is over," Dale Frost said on Estonian state television.', "tv", None),
        # A show's title after a day's possessive, or before a job only television has.
        ('"It is over," Dale Frost said on Sunday\'s "Harbor Report."', "tv", "Harbor Report"),
        ('"It is over," Dale Frost told "Harbor Report" moderator Ann Lee.', "tv", "Harbor Report"),
        # A cue with no outlet after it ("On Wednesday") gives way to the interview cue after it.
        ('On Wednesday, Dale Frost told Harbor Weekly that "it is over".', "print-interview", "Harbor Weekly"),
    ],
)
def test_broadcast_and_interview_cues_as_news_writes_them(run, sentence, medium, outlet):
    ex = run(sentence)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [(medium, outlet)]


@pytest.mark.parametrize(
    ("sentence", "medium"),
    [
        ('"We will win," Dale Frost said during a rally in Ohio.', "speech"),
        ('"We will win," Dale Frost said at Tuesday\'s rally.', "speech"),
        ('"We will win," Dale Frost said at a campaign stop in Ohio.', "speech"),
        ('In an address to the Harbor League on Saturday, Dale Frost said: "We will win."', "speech"),
        ('"We will win," Dale Frost said once he took the podium.', "speech"),
        # Answering critics is no speech; a conference call is no address to an audience.
        ('Dale Frost addressed them on Monday, saying: "We will win."', None),
        ('"We will win," Dale Frost said during a conference call with donors.', None),
    ],
)
def test_the_occasions_of_a_speech(run, sentence, medium):
    ex = run(sentence)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == [medium]


@pytest.mark.parametrize(
    ("text", "medium", "outlet"),
    [
        # A show by its name (lexicon), after a day's possessive, is the broadcast and the outlet.
        ('On Sunday\'s Last Week Tonight, Dale Frost said: "We are back."', "tv", "Last Week Tonight"),
        # Only a broadcast airs or has guests.
        ('In an interview that aired on Sunday, Dale Frost said: "We are back."', "tv", None),
        ('Dale Frost was a guest on "Harbor Tonight", where he said: "We are back."', "tv", "Harbor Tonight"),
        # A show's name in lower case is ordinary words: "this morning" is a time.
        ('"We are back," Dale Frost told reporters this morning.', None, None),
    ],
)
def test_a_show_or_a_broadcast_named_in_the_sentence(run, text, medium, outlet):
    ex = run(text)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [(medium, outlet)]


def test_an_outlet_name_ends_before_a_trailing_of(run):
    ex = run('"He has his reasons," Dale Frost told Harbor Weekly of the plan.')
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [("print-interview", "Harbor Weekly")]


@pytest.mark.parametrize(
    ("text", "medium", "outlet"),
    [
        # A show named after a network's possessive, the day between the verb and "on" (trial 5 F10).
        (
            '"We are the alternative," the governor said Sunday on KXTV\u2019s \u201cThis Week,\u201d with a host.',
            "tv",
            "This Week",
        ),
        # A programme by its kind noun is a broadcast, not a print interview; a radio one stays radio.
        ('Mira Dale told KXTV\'s Sunday programme that the plan was "a mess".', "tv", "KXTV's Sunday programme"),
        ('Mira Dale told BBC Radio 4\'s Today programme that the plan was "a mess".', "radio", None),
        # An interview with adjectives before it is still an interview with the outlet.
        (
            'In a 1995 interview with Harbor Weekly, Omar Quist said the case was "a frame-up".',
            "print-interview",
            "Harbor Weekly",
        ),
        # "televised" names a broadcast only for words said in it; "on national television" too.
        ('In a televised address, Omar Quist told the nation it faced "a war".', "tv", None),
        ('Omar Quist said on national television that it was "a war".', "tv", None),
    ],
)
def test_broadcasts_named_by_a_programme_or_by_televised(run, text, medium, outlet):
    ex = run(text)
    found = [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"]
    assert found == [(medium, outlet)] if outlet is not None or medium != "radio" else found[0][0] == "radio"


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # "on TV" after a noun is a topic, not where the words were said.
        ('The council, which monitors violence on TV, said the channel offered "the cheapest form" of shows.', None),
        ('"Too many advertisements are shown," said Ada Finch, who watches sport on TV.', None),
        # Talk about televised events names no broadcast for the words quoted.
        ('Ada Finch said televised debates were "the high point" of a campaign.', None),
    ],
)
def test_television_as_a_topic_is_no_medium(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == [medium]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # Facebook as where words were posted is the medium; the company as a speaker or topic is not.
        ('Ada Finch wrote on Facebook that she was "heartbroken".', "facebook"),
        ('In a Facebook post, Ada Finch said she was "heartbroken".', "facebook"),
        ('Facebook believe that the claim is "wrong", the report says.', None),
        ('"We are reviewing the posts," a Facebook spokeswoman said.', None),
        # Twitter with a word between the determiner and the platform.
        ('In his latest Twitter tirade, Ben Oduya said he had won "by a lot".', "twitter"),
        # A blog post or a blog that reports; running a blog is a topic.
        ('Ben Oduya wrote in a blog post that the app was "safe".', "blog"),
        ('He said the season was "over", the sports-gossip blog reported Monday.', "blog"),
        ('"Anyone can do it now," Ben Oduya said of tools that make it easier to run a blog.', None),
    ],
)
def test_platforms_and_blogs_as_where_words_appeared(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == [medium]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # The occasion of a speech with words between the determiner and "speech", or after "for a"/"of a".
        ('In his annual Christmas speech, King Olav said the year had been "hard".', "speech"),
        ('Ben Oduya was in Akron for a campaign speech.\n\n"We will win," Ben Oduya said.', "speech"),
        ('Ben Oduya kicked off a campaign event by saying the shootings were "unbearable".', "speech"),
        # A speech praised, a speech technology or a speech draft is no occasion.
        ('Ada Finch praised Ben Oduya for his acceptance speech, calling it "brave".', None),
        ('Ada Finch said speech technology was "not ready".', None),
        # Three words between the determiner and "speech"; free or hate speech is a topic, no occasion.
        ('"We did it," Ben Oduya said in his Lake County victory speech.', "speech"),
        ('Ben Oduya spoke in a free speech case, calling it "vital".', None),
        # A rally by the place it was held in; a party's conference by "its".
        ('"We will win," Ben Oduya told supporters at a Lake County rally.', "speech"),
        ('"We will win," Ben Oduya said at a Dayton, Ohio rally.', "speech"),
        ('"We will win," Ben Oduya told a Lake County rally.', "speech"),
        # Words told one's supporters or delegates gathered; in an email to them they are the "other" occasion.
        ('"We will win," Ben Oduya told cheering supporters in Akron.', "speech"),
        ('"We will win," Ben Oduya told supporters in an email.', None),
        # A tweet with two words before it, followers on the platform, a comment posted there.
        ('"We will win," Ben Oduya wrote in an early morning tweet.', "twitter"),
        ('Ben Oduya wrote to his 20,000 Twitter followers: "We will win."', "twitter"),
        ('Ben Oduya posted a Twitter comment of his own, saying "we will win".', "twitter"),
        ('Speaking at its annual conference, Ben Oduya said the party was "ready".', "speech"),
        # A network's interview with a date between the determiner and the network.
        ('Ben Oduya said in a May 13 CNN interview that the plan was "dead".', "tv"),
        # People addressed are no outlet: "told Labour members", "telling Israelis".
        ('Ben Oduya told Labour members the plan was "a hard right agenda".', None),
        ('Ben Oduya told Palestinian and Israeli security officials they had "48 hours".', None),
        ('Ben Oduya, telling Americans that the economy was "strong", left the stage.', None),
    ],
)
def test_occasions_of_a_speech_and_people_addressed(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"][-1:] == [medium]


_FILLER = "The budget has been debated for months.\n\nCritics say the plan costs too much.\n\n"


@pytest.mark.parametrize(
    ("lead", "medium"),
    [
        # An interview named in the lead frames the article: the speaker's later quotes were said there.
        ("Dale Frost appeared on Harbor Tonight on Tuesday to defend the budget.\n\n", "tv"),
        ("Dale Frost told Harbor Weekly on Tuesday that the budget would pass.\n\n", "print-interview"),
        # A speech in the lead frames nothing: the article moves on to other occasions.
        ("Dale Frost defended the budget in a speech on Tuesday.\n\n", None),
        # An interview named after the lead is no frame.
        (_FILLER + "Dale Frost appeared on Harbor Tonight on Tuesday to defend the budget.\n\n", None),
    ],
)
def test_an_interview_named_in_the_lead_frames_the_article(run, lead, medium):
    text = lead + _FILLER + 'Mayor Ann Lee called the plan "reckless."\n\n' + _FILLER + '"It will pass," Frost said.'
    quotes = [q for q in run(text).quotes if q.kind != "indirect"]
    assert [(q.text, q.medium) for q in quotes][-1] == ("It will pass,", medium)
    # The frame concerns the people it names, not another speaker quoted later.
    assert [q.medium for q in quotes if q.speaker is not None and "Lee" in q.speaker.name] == [None]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # The occasion a sentence opens on is the words' medium, whatever the sentence names later.
        (
            "In a statement issued on Saturday, shortly after he tweeted about the drone, Ben Oduya called "
            'Ada Finch "a high-energy leader".',
            "press-statement",
        ),
        ('In a tweet on Monday, shortly after his statement, Ben Oduya called the deal "a disaster".', "twitter"),
        # A network named inside the opening interview cue keeps its own medium.
        ('In an interview with NPR\'s Allison Kay on Sunday, Ben Oduya called the deal "a disaster".', "radio"),
        ('In an interview with Novastream web radio, Ben Oduya called the deal "a disaster".', "radio"),
    ],
)
def test_the_occasion_a_sentence_opens_on_comes_first(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == [medium]


@pytest.mark.parametrize(
    "sentence",
    [
        # A person told, by a title before a name, is the one spoken to, no outlet (trial 6, M3).
        '"I have waited two years for an operation," she told Mr Blackwood.',
        'Tom Reyes told Ms Carrington: "It is disappointing that you have said that."',
        '"We will not back down," Ann Lee told President Okafor.',
    ],
)
def test_a_person_told_is_no_outlet(run, sentence):
    ex = run(sentence)
    assert [(q.medium, q.outlet) for q in ex.quotes] == [(None, None)]


def test_testimony_talked_about_is_not_the_medium(run):
    ex = run('Ann Lee has amended her testimony once. "I now do recall the call," she said.')
    assert [q.medium for q in ex.quotes] == [None]
    ex = run('"I now do recall the call," Ann Lee said in her testimony to the court.')
    assert [q.medium for q in ex.quotes] == ["court"]


def test_a_news_conference_to_come_is_not_where_words_were_said(run):
    ex = run("Tom Reyes said Ann Lee will host a news conference at the party's office every morning.")
    assert [q.medium for q in ex.quotes] == [None]
    ex = run('"We are ready," Ann Lee said at a news conference on Monday.')
    assert [q.medium for q in ex.quotes] == ["press-statement"]


def test_a_presenter_after_a_plural_possessive_is_no_part_of_the_outlet(run):
    # "Yahoo News' Kate Corrie": the possessive of a name ending in s is the mark alone, not "s'".
    ex = run('"It is weak," Tom Reyes said in an interview with Yahoo News\' Kate Corrie.')
    assert [(q.medium, q.outlet) for q in ex.quotes] == [("print-interview", "Yahoo News")]


def test_testimony_at_a_legislatures_hearing_is_no_court(run):
    # trial6 M3: in an article about a committee's hearing, "testified" is testimony before lawmakers, the
    # "other" occasion (round 23: the readable gold's, shown as no medium); the same words in a trial stay court.
    hearing = (
        "The ambassador faced lawmakers on Tuesday as the impeachment inquiry entered its third week.\n\n"
        '"I followed the instructions I was given," Dana Whitfield testified.\n\n'
        "The committee will hear two more witnesses on Thursday."
    )
    trial = (
        "The trial of the former mayor entered its third week on Tuesday.\n\n"
        '"I followed the instructions I was given," Dana Whitfield testified.\n\n'
        "The jury will hear two more witnesses on Thursday."
    )
    assert [q.medium for q in run(hearing).quotes if q.kind == "direct"] == [None]
    assert [q.medium for q in run(trial).quotes if q.kind == "direct"] == ["court"]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # A role noun after a platform's name is the speaker's trade, not where the words were posted.
        ('Mia Sorensen, a TikTok creator in Oslo, said the diet was "a trap".', None),
        ('"I film every day," said Ravi Patel, a YouTube fitness star.', None),
        ('"I was nervous," the Instagram influencer Lina Ortiz said.', None),
        # The platform itself stays the medium.
        ('Mia Sorensen said on TikTok that the diet was "a trap".', "tiktok"),
        ('In a YouTube video, Ravi Patel said the gym was "closed for good".', "youtube"),
    ],
)
def test_a_platform_before_a_role_noun_names_the_speakers_trade(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == [medium]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # A court, a jury or a judge told, with an indefinite article too, is a court.
        ('Dana Whitfield told a court that she had seen "a wall of water".', "court"),
        ('Dana Whitfield told a jury that the plan was "a lie".', "court"),
        ('Dana Whitfield told the judge she was "sorry".', "court"),
        # Allies or partners told are people addressed, no outlet.
        ('Ben Oduya told NATO allies to prepare for "a long winter".', None),
    ],
)
def test_a_court_told_and_allies_told(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == [medium]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # A presenter spoken to names the broadcast; the same job after the speaker's name is only the speaker's.
        ('Ada Finch told radio host Sam Okoro that she would speak "directly to voters".', "radio"),
        ('Ada Finch told talk show host Sam Okoro that the tour was "exhausting".', "tv"),
        ('"I have five rules," said Sam Okoro, a veteran radio host.', None),
        # Words told a meeting were said to those gathered there: a speech.
        ('Ben Oduya has told a NATO defence ministers\' meeting that the attacks were "a preview".', "speech"),
    ],
)
def test_a_host_or_a_meeting_told(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == [medium]


@pytest.mark.parametrize(
    ("text", "medium", "outlet"),
    [
        # A statement is the words' form; the outlet it went to is who received it, not a broadcast.
        ('"We are saddened," the company said in a statement to Harbor News.', "press-statement", "Harbor News"),
        ('"We are saddened," a spokesperson told CNN in a statement.', "press-statement", "CNN"),
        ('In an emailed statement to the AP, Dale Frost called the ruling "unjust".', "press-statement", "AP"),
        ('"We regret the delay," the company said in a statement on Monday.', "press-statement", None),
        # Without a statement the network names a broadcast.
        ('"We are saddened," Dale Frost told CNN.', "tv", "CNN"),
    ],
)
def test_a_statement_given_to_an_outlet_is_a_statement(run, text, medium, outlet):
    ex = run(text)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [(medium, outlet)]


def test_words_posted_after_a_platform_cue_about_nobody_were_posted_there(run):
    text = (
        "Several stars took to Twitter after the awards on Sunday.\n\n"
        'Dale Frost posts, "What a night for the team." Ada Finch writes, "So proud of you all."\n\n'
        'Ben Oduya, who hosted the show, said, "We will be back next year."'
    )
    quotes = [q for q in run(text).quotes if q.kind != "indirect"]
    # Posted words take the platform; words said are not posted, whatever the platform named before.
    assert [(q.text, q.medium) for q in quotes] == [
        ("What a night for the team.", "twitter"),
        ("So proud of you all.", "twitter"),
        ("We will be back next year.", None),
    ]


@pytest.mark.parametrize(
    ("text", "medium", "outlet"),
    [
        # A show named in quotation marks after "interview with" is the broadcast, by either spelling.
        ('In an interview with "Fox and Friends," Dale Frost called the plan "a disaster".', "tv", "Fox and Friends"),
        # An interview "during" an occasion, as "in" one; the outlet without its possessive.
        (
            'During an interview with the Harbor Post\u2019s editorial board, Dale Frost called the plan "a disaster".',
            "print-interview",
            "Harbor Post",
        ),
        # A publication by its kind.
        ('Dale Frost called the plan "a disaster" in a newspaper interview.', "print-interview", None),
        # The outlet is the name the interview cue gives, not a name after an earlier "on".
        (
            'Dale Frost unloaded on Ada Finch during an interview with Harbor Weekly, saying she had "lied to voters".',
            "print-interview",
            "Harbor Weekly",
        ),
    ],
)
def test_interviews_named_during_or_by_their_kind(run, text, medium, outlet):
    ex = run(text)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [(medium, outlet)]


def test_a_person_of_the_article_told_or_interviewed_by_is_no_outlet(run):
    # "told Brian Hale" / "an interview with Ada Finch": a person named in the article is no publication, and
    # the sentence does not say in which medium; an outlet by its name stays one.
    text = (
        "Dale Frost appeared on Harbor Tonight, hosted by Brian Hale, on Monday.\n\n"
        '"We found factual errors," Dale Frost told Brian Hale on Monday.\n\n'
        '"It was a mess," Ada Finch told Harbor Weekly.'
    )
    quotes = [q for q in run(text).quotes if q.kind != "indirect"]
    assert [(q.medium, q.outlet) for q in quotes] == [("tv", "Harbor Tonight"), ("print-interview", "Harbor Weekly")]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # Someone else's statement is the topic, not the words' form.
        ('"He may know more than I do," Dale Frost told Harbor Weekly of the senator\'s statement.', "print-interview"),
        ('Of the mayor\'s statement, Dale Frost added: "It did not bother me."', None),
        # Addressing reports or questions is answering them, no speech.
        ('Dale Frost also addressed reports of a rift, saying he was "not going anywhere".', None),
        ('Dale Frost addressed the crowd, saying he was "not going anywhere".', "speech"),
    ],
)
def test_a_statement_or_reports_talked_about_are_no_medium(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == [medium]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # Words said on the red carpet went to its cameras; the carpet as a place or a look is no broadcast.
        ('Ada Finch said on the red carpet that the film was "a dream".', "tv"),
        ('Ada Finch walked the red carpet in a gold gown.\n\n"It was a dream," Ada Finch said of the film.', None),
        ('The photo showed Ada Finch in her red carpet finest.\n\n"It was a dream," Ada Finch wrote.', None),
    ],
)
def test_the_red_carpet_is_a_broadcast_only_for_words_said_there(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == [medium]


def test_a_platform_outside_the_guides_list_is_other_and_stops_a_carry(run):
    # "wrote on Truth Social", "on social media": the guide's "other", no medium given, and an interview named
    # just before does not carry over to words posted there.
    text = (
        'Dale Frost told Harbor Weekly on Monday that the deal was "done".\n\n'
        'Dale Frost later wrote on Truth Social that it was "the best deal ever".'
    )
    quotes = [q for q in run(text).quotes if q.kind != "indirect"]
    assert [q.medium for q in quotes] == ["print-interview", None]


@pytest.mark.parametrize(
    ("text", "medium", "outlet"),
    [
        # An interview published by or in a publication, or with "the newspaper": a print interview.
        (
            'Ada Finch called the plan "a disaster" in an interview published by The Harbor Post on Sunday.',
            "print-interview",
            "The Harbor Post",
        ),
        ('Ada Finch called the plan "a disaster" in an interview with the newspaper.', "print-interview", None),
        # "The" before a publication's name is part of it, not a pronoun-like word.
        (
            'In an interview with The Harbor Post, Ada Finch called the plan "a disaster".',
            "print-interview",
            "The Harbor Post",
        ),
    ],
)
def test_an_interview_published_by_a_publication(run, text, medium, outlet):
    ex = run(text)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [(medium, outlet)]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # A show named after its broadcaster, with or without the possessive and "the", is the broadcast.
        ('Ada Finch told the BBC\'s Newsnight the plan was "a disaster".', "Newsnight"),
        ('Ada Finch told BBC Newsnight the plan was "a disaster".', "Newsnight"),
    ],
)
def test_a_show_after_its_broadcaster_is_television(run, text, outlet):
    ex = run(text)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [("tv", outlet)]


@pytest.mark.parametrize(
    ("text", "medium", "outlet"),
    [
        # Words the speaker wrote in a publication, or an editorial: an op-ed, the publication its outlet.
        ('Ada Finch, writing in the Harbor Review, called the plan "a disaster".', "op-ed", "Harbor Review"),
        ('"The plan is a disaster," Ada Finch wrote in The Harbor Times last month.', "op-ed", "The Harbor Times"),
        ('"The plan is a disaster," the newspaper wrote in an editorial.', "op-ed", None),
        # A month or a language after "wrote in" is no publication.
        ('"The plan is a disaster," Ada Finch wrote in June.', None, None),
        ('"The plan is a disaster," Ada Finch wrote in Spanish.', None, None),
    ],
)
def test_words_written_in_a_publication_are_an_op_ed(run, text, medium, outlet):
    ex = run(text)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [(medium, outlet)]


@pytest.mark.parametrize(
    ("text", "medium", "outlet"),
    [
        # A broadcaster's digital desk writes for its website: the words were read there, not broadcast.
        ('The agency told Fox News Digital it was "reviewing the matter".', "print-interview", "Fox News Digital"),
        ('"It was a mess," Tom Reyes told CNN Digital.', "print-interview", "CNN Digital"),
        ('"It was a mess," Tom Reyes told NBC News Online.', "print-interview", "NBC News Online"),
        # The network itself is still a broadcast.
        ('"It was a mess," Tom Reyes told Fox News on Sunday.', "tv", "Fox News"),
    ],
)
def test_a_broadcasters_digital_desk_is_print(run, text, medium, outlet):
    ex = run(text)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [(medium, outlet)]


_BROADCASTER_FRAME = (
    "Finch admits tax plan is her 'biggest regret'\n"
    "- 24 July 2025\n"
    "Mayor Ada Finch has admitted that the failed tax plan is the greatest regret of her term.\n"
    'In an interview with the BBC, Ms Finch said it was "painful" not to have passed it.\n'
    "The plan would have raised the levy on second homes across the county.\n"
    "Her opponents fought it for two years in the council chamber.\n"
    '"We will bring it back next spring," Ms Finch said.\n'
    'Councillor Tom Reyes said: "It was a mess from the start."\n'
)


def test_an_interview_with_a_broadcaster_in_the_lead_keeps_its_outlet(run):
    # A broadcaster of every kind names no medium, but an interview with it framing the article is where its
    # speaker's later words were said: the outlet carries to them, the medium stays open; others' words keep none.
    ex = run(_BROADCASTER_FRAME)
    by_speaker = {(q.speaker.name if q.speaker else None, q.text): (q.medium, q.outlet) for q in ex.quotes}
    assert by_speaker[("Ada Finch", "We will bring it back next spring,")] == (None, "BBC")
    assert by_speaker[("Tom Reyes", "It was a mess from the start.")] == (None, None)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # A named show of a broadcaster (``TV_PROGRAMMES``) is television, its hosts named after it or not.
        (
            'In an interview with Face the Nation hosts Ann Lee and Tom Ray, Ada Finch said the plan was "a disaster".',
            "Face the Nation",
        ),
        ('During her Sunday interview with Meet the Press, Ada Finch called the plan "a disaster".', "Meet the Press"),
    ],
)
def test_an_interview_with_a_named_show_is_television(run, text, outlet):
    ex = run(text)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [("tv", outlet)]


_HEADED_TV_FRAME = (
    "Finch says the tax plan 'will return'\n"
    "- 24 July 2025\n"
    "- From the section Politics\n"
    "Mayor Ada Finch has vowed to bring back the failed tax plan.\n"
    'In an interview on CNN, Ms Finch said it was "painful" not to have passed it.\n'
    "The plan would have raised the levy on second homes across the county.\n"
    "Her opponents fought it for two years in the council chamber.\n"
    '"We will bring it back next spring," Ms Finch said.\n'
)


def test_a_pages_headline_lines_do_not_push_an_interview_out_of_the_lead(run):
    # The headline, dateline and section lines above a story are no paragraphs of its lead: the interview in the
    # story's second paragraph frames it, and the speaker's later words were said there.
    ex = run(_HEADED_TV_FRAME)
    later = [q for q in ex.quotes if q.text.startswith("We will bring it back")]
    assert [(q.medium, q.outlet) for q in later] == [("tv", "CNN")]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # A radio programme named in quotation marks after a broadcast cue: radio, not the television that
        # "an interview on" would otherwise name.
        (
            'During an interview on the "Steve Harvey Morning Show," Ann Lee urged voters to turn out.\n\n'
            '"Every issue you care about is at stake," Lee said.',
            "Steve Harvey Morning Show",
        ),
        ('Ann Lee said on "Fresh Air" that she "never wanted the job."', "Fresh Air"),
    ],
)
def test_a_radio_programme_in_quotation_marks_is_radio(run, text, outlet):
    ex = run(text)
    assert ex.quotes and {(q.medium, q.outlet) for q in ex.quotes} == {("radio", outlet)}


@pytest.mark.parametrize(
    ("text", "medium", "outlet"),
    [
        # A meeting with a publication by its name is an interview with it; a meeting with a person is none.
        (
            'In a meeting with The Washington Post in May, Ann Lee called the deal "a fair one."',
            "print-interview",
            "The Washington Post",
        ),
        ('In a meeting with Tom Reyes in May, Ann Lee called the deal "a fair one."', None, None),
        # An event taped or aired by a television network was broadcast by it.
        (
            'At a town hall taped by CNN on Monday, Ann Lee said the deal was "a fair one."',
            "tv",
            "CNN",
        ),
    ],
)
def test_a_meeting_with_a_publication_and_an_event_a_network_taped(run, text, medium, outlet):
    ex = run(text)
    assert [(q.medium, q.outlet) for q in ex.quotes] == [(medium, outlet)]


@pytest.mark.parametrize("verb", ["sings", "raps"])
def test_a_songs_words_take_no_earlier_interview(run, verb):
    # The words of a song were sung: the interview named in the paragraph before does not carry over to them.
    text = (
        'Ann Lee told CNN that the album was "the most personal thing I have made."\n\n'
        f'On the album\'s last track, Lee {verb}, "I will not wait for you in the rain again."'
    )
    ex = run(text)
    sung = [q for q in ex.quotes if "rain again" in q.text]
    assert [q.medium for q in sung] == [None]
    assert [q.medium for q in ex.quotes if "personal" in q.text] == ["tv"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Radio as one of several media, or as advertising: a topic, not where the words were said.
        'The campaign has $20 million in television and radio reservations, "a record for the state," '
        "according to the tracking firm Adwatch.",
        'Blogs bypass newspapers, TV and radio, "and that worries editors," Ann Lee said.',
        'The group spent $1 million on radio ads, "money well spent," Tom Reyes said.',
    ],
)
def test_radio_among_other_media_or_advertising_names_no_medium(run, sentence):
    ex = run(sentence)
    assert ex.quotes and [q.medium for q in ex.quotes] == [None] * len(ex.quotes)


def test_a_radio_interview_is_still_radio(run):
    ex = run('Ann Lee said in a radio interview that the plan was "a mess".')
    assert [q.medium for q in ex.quotes] == ["radio"]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # A presidential or televised debate is a broadcast; another debate stays a speech.
        ('During Monday\'s presidential debate, Ann Lee called the plan "a disgrace."', "tv"),
        ('Ann Lee said in the upcoming presidential debate she would call the plan "a disgrace."', None),
        ('Ann Lee said in a debate with her presidential rival that the plan was "a disgrace."', "tv"),
        ('During the debate in parliament, Ann Lee called the plan "a disgrace."', "speech"),
    ],
)
def test_a_presidential_debate_is_television(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes] == [medium]


def test_an_interview_of_two_coordinated_speakers_frames_both(run):
    # The lead's interview was given by both people its sentence coordinates ("A and running mate B agreed"), so
    # each one's later quotations, far on and with no cue of their own, were said there; an appositive ("A,
    # B's campaign manager") is no coordination.
    text = (
        "Ann Lee and running mate Tom Reyes said in an interview that aired on CNN that they "
        '"will not quit."\n\n'
        "The pair spoke for an hour.\n\nThey took questions.\n\nThe polls closed at noon.\n\n"
        '"I am human, and I make mistakes," Lee said.\n\n'
        '"We are in it to win," Reyes said.'
    )
    ex = run(text)
    later = {q.text: q.medium for q in ex.quotes if "human" in q.text or "win" in q.text}
    assert later == {"I am human, and I make mistakes,": "tv", "We are in it to win,": "tv"}


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # Remarks delivered at a place or to an audience are a speech; remarks to reporters are the "other" occasion.
        ('Later, in remarks at the party\'s headquarters, Ann Lee said the talks were "a success."', "speech"),
        ('Ann Lee said in her remarks to shareholders that the year was "a success."', "speech"),
        ('In remarks to reporters, Ann Lee said the talks were "a success."', None),
    ],
)
def test_remarks_at_a_place_are_a_speech(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes] == [medium]


def test_a_radio_show_by_its_hosts_name_is_the_outlet(run):
    text = (
        "Ann Lee stopped by Tom Reyes's Sirius XM radio show on Wednesday.\n\n"
        '"I was such a kid," Lee said of her first film.'
    )
    ex = run(text)
    assert [(q.medium, q.outlet) for q in ex.quotes] == [("radio", "Tom Reyes's Sirius XM radio show")]


@pytest.mark.parametrize(
    ("first", "then", "full"),
    [("Us Weekly", "Us", "Us Weekly"), ("The Daily Courier", "the Courier", "The Daily Courier")],
)
def test_an_outlet_named_again_by_part_of_its_name_keeps_its_full_name(run, first, then, full):
    text = (
        f'Ann Lee dished to {first} about the tour, saying it was "a blast."\n\n'
        f'"He is just the loveliest person," she told {then}.'
    )
    ex = run(text)
    assert [q.outlet for q in ex.quotes] == [full, full]


@pytest.mark.parametrize(
    ("sentence", "medium"),
    [
        # Words told the writer were given in an interview for the article; "told me" may be anyone's friend.
        ('Ann Lee told this reporter that the deal was "a fair one."', "print-interview"),
        ('A neighbour told me that Ann Lee called the deal "a fair one."', None),
        ('Ann Lee said the deal was "a fair one."', None),
    ],
)
def test_words_told_the_writer_are_a_print_interview(run, sentence, medium):
    ex = run(sentence)
    assert [q.medium for q in ex.quotes] == [medium]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        # Words addressed to an audience present are a speech.
        ('Ann Lee asked the crowd if they could imagine "a country without hope."', "speech"),
        # Debates in the plural are a season, not the occasion of the words; one debate is.
        ('During the party\'s debates, Ann Lee warned that drinking games were "a hazard."', None),
        ('During the debate, Ann Lee warned that drinking games were "a hazard."', "speech"),
    ],
)
def test_an_audience_addressed_and_a_season_of_debates(run, text, medium):
    ex = run(text)
    assert [q.medium for q in ex.quotes] == [medium]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # A debate's outlet is a network named as its broadcaster, never a name after "on" ("tough on Wall Street").
        (
            'During Saturday\'s presidential debate, Ann Lee said she was tough on Wall Street: banks are "reckless."',
            None,
        ),
        ('During the presidential debate on CNN, Ann Lee called banks "reckless."', "CNN"),
    ],
)
def test_a_debates_outlet_is_a_network_named(run, text, outlet):
    ex = run(text)
    assert ex.quotes and {(q.medium, q.outlet) for q in ex.quotes} == {("tv", outlet)}


def test_a_statement_that_went_before_is_talked_about(run):
    # "following Trump's statement on ...": the statement is the topic, not where the quoted words were said.
    ex = run('The study was done following Ann Lee\'s statement on the "birther moment" last week.')
    assert ex.quotes and [q.medium for q in ex.quotes] == [None] * len(ex.quotes)


def test_the_pages_furniture_does_not_break_an_interviews_thread(run):
    # Two lines of a video's caption (no sentence's stop at their end) between two paragraphs of one interview are
    # the page's, not the story's: the later quotation still goes on from the earlier one, and the caption's own
    # quotation of another speaker does not break the thread. Two paragraphs of prose instead do break it.
    head = (
        "The council met on Monday to debate the budget.\n\n"
        "Dale Frost has led the council since 2019. He faces a vote in May.\n\n"
        '"It will pass," Frost told Harbor Weekly on Tuesday.\n\n'
    )
    tail = '"We have the votes," Frost said.'
    furniture = (
        "Play NOV. 2: Mayor Ann Lee says the vote is 'too close to call' Share Embed\n\nNOV. 2: Council vote 2:10\n\n"
    )
    prose = "The mayor was away. Her deputy chaired.\n\nNo one spoke for the plan.\n\n"
    media = {}
    for name, middle in (("furniture", furniture), ("prose", prose)):
        quotes = [q for q in run(head + middle + tail).quotes if q.text == "We have the votes,"]
        media[name] = [q.medium for q in quotes]
    assert media == {"furniture": ["print-interview"], "prose": [None]}


@pytest.mark.parametrize(
    ("later", "medium"),
    [
        # A definite noun takes up the interview or broadcast named before: its medium and outlet.
        ("Ann Lee, who spoke earlier on the same program, disagreed.", ("tv", "Harbor Tonight")),
        ("Ann Lee also made an appearance during the interview.", ("tv", "Harbor Tonight")),
        ("Ann Lee later told the network that she disagreed.", ("tv", "Harbor Tonight")),
        # A programme talked about, or a network no broadcast was named before, takes up nothing.
        ("Ann Lee said the show had lost viewers.", (None, None)),
    ],
)
def test_the_same_interview_named_again_by_a_definite_noun(run, later, medium):
    text = (
        "The council met on Monday to debate the budget.\n\n"
        "Dale Frost has led the council since 2019. He faces a vote in May.\n\n"
        '"It will pass," Frost told CNN\'s "Harbor Tonight" on Tuesday.\n\n'
        "The mayor was away. Her deputy chaired.\n\nNo one spoke for the plan.\n\n"
        + later
        + '\n\n"We do not have the votes," Lee said.'
    )
    quotes = [q for q in run(text).quotes if q.text == "We do not have the votes,"]
    assert [(q.medium, q.outlet) for q in quotes] == [medium]


def test_the_network_is_television_and_takes_up_only_a_broadcasts_name(run):
    # "told the network" after a print interview: a television network by its kind, whose name the print
    # interview does not give.
    text = (
        "The council met on Monday to debate the budget.\n\n"
        '"It will pass," Dale Frost told Harbor Weekly on Tuesday.\n\n'
        "The mayor was away. Her deputy chaired.\n\nNo one spoke for the plan.\n\n"
        'Ann Lee later told the network that "we do not have the votes."'
    )
    quotes = [q for q in run(text).quotes if q.text.startswith("we do not")]
    assert [(q.medium, q.outlet) for q in quotes] == [("tv", None)]


@pytest.mark.parametrize(
    ("sentence", "medium", "outlet"),
    [
        # An interview named by its giver: the outlet it was given to.
        ("Frost said so in a new interview he did with Harbor Weekly.", "print-interview", "Harbor Weekly"),
        ("In an interview that Frost gave to Harbor Weekly, he said so.", "print-interview", "Harbor Weekly"),
        ("Frost said so in an interview he gave to Fox News.", "tv", "Fox News"),
    ],
)
def test_an_interview_given_to_an_outlet(sentence, medium, outlet):
    from onrecord.pipeline.stages.medium import medium_of

    assert medium_of(sentence) == (medium, outlet)


@pytest.mark.parametrize(
    ("after", "medium"),
    [
        # A sentence about the words just quoted names where they were said: it looks back on them.
        ("The comments came in an interview with Harbor Weekly.", ("print-interview", "Harbor Weekly")),
        ("That quote comes from a new interview Frost did with Harbor Weekly.", ("print-interview", "Harbor Weekly")),
        ("Frost made the remarks on CNN on Tuesday.", ("tv", "CNN")),
        # A cue that does not take up the words quoted concerns only what follows it.
        ("Frost will speak to Harbor Weekly on Friday.", (None, None)),
    ],
)
def test_a_cue_that_looks_back_on_the_words_quoted(run, after, medium):
    text = (
        "The council met on Monday to debate the budget.\n\n"
        "Dale Frost has led the council since 2019. He faces a vote in May.\n\n"
        '"It will pass," Frost said.\n\n' + after
    )
    quotes = [q for q in run(text).quotes if q.text == "It will pass,"]
    assert [(q.medium, q.outlet) for q in quotes] == [medium]


@pytest.mark.parametrize(
    ("later", "medium"),
    [
        # A sentence that goes back to a time before the story's is another occasion: the radio interview named
        # before does not carry over to it.
        ('In the past, Frost has called the plan "a disaster".', None),
        ('Last year, Frost called the plan "a disaster".', None),
        # A medium the sentence names wins over the time it opens on.
        ('In the past, Frost has told CNN that the plan was "a disaster".', "tv"),
        # Without a time, the interview's medium carries over.
        ('Frost also called the plan "a disaster".', "radio"),
    ],
)
def test_a_time_before_the_storys_is_another_occasion(run, later, medium):
    text = (
        "The council met on Monday to debate the budget.\n\n"
        "Dale Frost has led the council since 2019. He faces a vote in May.\n\n"
        '"It will pass," Frost said in a radio interview on Tuesday. ' + later
    )
    quotes = [q for q in run(text).quotes if q.text.endswith(("a disaster", 'a disaster"'))]
    assert [q.medium for q in quotes] == [medium]


def test_a_time_before_the_story_does_not_keep_an_interview_from_framing_the_article(run):
    # "Last week, ..." opens the lead on another time, no medium: the interview named after it still frames the
    # article, so the speaker's quotation far on was said there.
    text = (
        "Last week, the council delayed the budget vote to May.\n\n"
        "On Sunday, Dale Frost appeared on Harbor Tonight to defend the plan.\n\n"
        + "The mayor was away. Her deputy chaired.\n\n" * 3
        + '"It will pass," Frost said.'
    )
    quotes = [q for q in run(text).quotes if q.text == "It will pass,"]
    assert [q.medium for q in quotes] == ["tv"]


@pytest.mark.parametrize(
    ("later", "medium"),
    [
        # The lead's interview with a host, its broadcast named later: the article's quotations of its people far
        # on were said there.
        ('"We have the votes," Frost told Lee in the interview, which aired on CNN on Monday.\n\n', "tv"),
        # A broadcast of someone else is not the lead's interview.
        ('"It is a mess," Mayor Ann Lee told CNN on Monday.\n\n', None),
    ],
)
def test_an_interview_in_the_lead_takes_the_medium_named_later(run, later, medium):
    text = (
        "Dale Frost, in a long interview with Ada Lee, defended the budget.\n\n"
        "The council met on Monday. It voted twice.\n\n"
        + later
        + "The deputy chaired. No one spoke.\n\n" * 3
        + '"It will pass," Frost said.'
    )
    quotes = [q for q in run(text).quotes if q.text == "It will pass,"]
    assert [q.medium for q in quotes] == [medium]


def test_words_told_a_host_named_in_a_show_before_were_said_on_it(run):
    # The show named before holds its host's name: words told the host were said on the show. A person whose name
    # no show holds is only a person spoken to.
    text = (
        "The council met on Monday to debate the budget.\n\nThe vote is in May. It will be close.\n\n"
        'Appearing on CNN\'s "Late Hour with Ada Lee" on Tuesday, Dale Frost defended the plan.\n\n'
        "The mayor was away. Her deputy chaired.\n\nNo one spoke for the plan.\n\n"
        '"It will pass," Frost told Ada Lee.\n\n'
        '"It will not," Ben Oduya told Cara Moss.'
    )
    quotes = {q.text: (q.medium, q.outlet) for q in run(text).quotes}
    assert quotes["It will pass,"] == ("tv", "Late Hour with Ada Lee")
    assert quotes["It will not,"] == (None, None)


def test_a_televised_debate_concerns_everyone_its_sentence_names(run):
    # The debate was both candidates' occasion, though only one is quoted in the sentence that names it.
    text = (
        "The council met on Monday to debate the budget.\n\nThe vote is in May. It will be close.\n\n"
        'Dale Frost defended the plan during the televised debate, while Ben Oduya called it "a mess".\n\n'
        '"It will pass," Frost said.'
    )
    quotes = {q.text: q.medium for q in run(text).quotes}
    assert quotes["It will pass,"] == "tv"


def test_an_embedded_tweets_signature_is_a_twitter_cue(run):
    # The page embeds the tweet ("— Name (@handle) Date"); the words its writer is quoted with next were posted.
    text = (
        "The council met on Monday to debate the budget.\n\nThe vote is in May. It will be close.\n\n"
        "The budget passes or we all fail. — Dale Frost (@dalefrost) September 20, 2016\n\n"
        '"The budget passes or we all fail," Frost wrote.'
    )
    quotes = [q for q in run(text).quotes if q.text.startswith("The budget passes")]
    assert [q.medium for q in quotes] == ["twitter"]


def test_a_judges_words_with_no_occasion_named_are_court(run):
    # A judge is quoted from the bench (a ruling, a sentencing) unless the article names another occasion;
    # a contest's judge is no judge of a court, and a judge's interview keeps its own medium.
    text = (
        "Tom Reyes was jailed for life on Friday.\n\n"
        'Trial judge Justice Ann Lee told him: "You are a cruel and cunning man."\n\n'
        '"It was fair," said Dale Frost, a talent show judge.\n\n'
        '"The law is too soft," Judge Ben Oduya told the Sunday Herald.'
    )
    quotes = {q.text: (q.medium, q.outlet) for q in run(text).quotes}
    assert quotes["You are a cruel and cunning man."] == ("court", None)
    assert quotes["It was fair,"] == (None, None)
    assert quotes["The law is too soft,"] == ("print-interview", "Sunday Herald")


def test_words_the_author_writes_come_from_the_book_named_before(run):
    # An article on a memoir quotes it by its author's writing, paragraphs after it named the book; words the
    # author said are not from the book.
    text = (
        "Ann Lee's new memoir, Harbour Lights, is out in May.\n\n"
        "It covers her years at sea and her two marriages.\n\n"
        "The book has sold well in advance.\n\n"
        '"I never wanted to come home," Lee writes.\n\n'
        "Her publisher is pleased.\n\n"
        '"We are thrilled," said Tom Reyes, her editor.'
    )
    quotes = {q.text: q.medium for q in run(text).quotes}
    assert quotes["I never wanted to come home,"] == "book"
    assert quotes["We are thrilled,"] is None


def test_one_who_adds_to_a_round_up_of_posts_posted_too(run):
    # Reactions posted one after another: "Ben Oduya adds" goes on from Ann Lee's post; words added after an
    # interview's are not posts.
    text = (
        "The mayor resigned on Monday.\n\n"
        'Ann Lee took to Twitter, writing, "A sad day for the city."\n\n'
        'Ben Oduya adds, "She did her best for all of us."\n\n'
        "The council meets on Friday.\n\n"
        '"We will miss her," Tom Reyes told the Sunday Herald.\n\n'
        'Cara Moss adds, "She was fair to everyone."'
    )
    quotes = {q.text: q.medium for q in run(text).quotes}
    assert quotes["She did her best for all of us."] == "twitter"
    assert quotes["She was fair to everyone."] is None


def test_a_holiday_message_to_the_nation_is_a_speech(run):
    # "in their Christmas messages" names the occasion of the words quoted after it in the paragraph.
    text = (
        "Kings and queens looked back on a year of floods in their traditional Christmas messages. Queen Ann of "
        'Norland said the year had been "hard for many". "We have lost homes and friends," she said.'
    )
    quotes = {q.text: q.medium for q in run(text).quotes}
    assert quotes["We have lost homes and friends,"] == "speech"


def test_written_words_that_read_after_a_tweet_was_named_were_posted(run):
    # "'...,' it reads." quotes the tweet the paragraph before named.
    text = (
        "The mayor resigned on Monday.\n\n"
        "Ann Lee posted a photo of the town hall in a tweet on Tuesday.\n\n"
        '"A sad day for the city," it reads.'
    )
    quotes = {q.text: q.medium for q in run(text).quotes}
    assert quotes["A sad day for the city,"] == "twitter"


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will win," Dale Frost shouted at one of his noisy campaign rallies on Monday.',
        '"I better go home," a smiling Ann Lee said to Frost and the audience.',
    ],
)
def test_words_at_one_of_a_speakers_rallies_or_to_the_audience_are_a_speech(run, sentence):
    # One of a speaker's rallies is a rally; words said to a person on stage and the audience there are a speech.
    ex = run("The campaign went on.\n\n" + sentence)
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == ["speech"]


def test_words_cited_by_chapter_and_verse_are_from_a_book(run):
    # A citation after the closing mark names the book the words come from; a year in brackets is none.
    text = (
        "The pastor spoke of hope on Sunday.\n\n"
        'He read the old words: "Weeping may endure for a night, but joy comes in the morning" (Psalms 30:5).\n\n'
        'He ended with a line he loves: "The meek shall inherit the earth" (Matthew 5:5 KJV).\n\n'
        'His sister was brief: "We are proud of him" (2019).'
    )
    quotes = {q.text: q.medium for q in run(text).quotes}
    assert quotes["Weeping may endure for a night, but joy comes in the morning"] == "book"
    assert quotes["The meek shall inherit the earth"] == "book"
    assert quotes["We are proud of him"] is None


def test_words_said_on_another_day_than_the_leads_broadcast_are_not_from_it(run):
    # The lead's town hall frames the article, but words the sentence dates to another weekday were said elsewhere.
    text = (
        'Dale Frost spoke on Wednesday in an interview with CNN. "We will build more homes," he said.\n\n'
        "The plan has critics. Some call it too costly.\n\n"
        "The vote is in May.\n\n"
        'On Tuesday night, Frost said, "The council has failed us."\n\n'
        "The mayor was away.\n\n"
        "Her deputy chaired the meeting.\n\n"
        '"Homes first," Frost said.'
    )
    quotes = {q.text: q.medium for q in run(text).quotes}
    assert quotes["We will build more homes,"] == "tv"
    assert quotes["The council has failed us."] is None
    assert quotes["Homes first,"] == "tv"


@pytest.mark.parametrize("outlet", ["Politico", "Vogue", "Kommersant"])
def test_a_one_word_masthead_after_told_is_the_outlet(run, outlet):
    # A publication named by one word in ordinary case that is nobody's name is the outlet, however the
    # article's people were read; a surname after "told" stays a person spoken to.
    ex = run(f'Dale Frost spoke on Monday. "We are done," Frost told {outlet}.')
    assert [(q.medium, q.outlet) for q in ex.quotes] == [("print-interview", outlet)]
    ex = run('Dale Frost met Ann Hale on Monday. "We are done," Frost told Hale.')
    assert [(q.medium, q.outlet) for q in ex.quotes] == [(None, None)]


def test_a_news_channel_by_its_kind_is_television(run):
    # "told an Indian news channel": a channel by its kind is a broadcast, with no outlet named.
    ex = run('Ada Finch told an Indian news channel by phone: "We are safe."')
    assert [(q.medium, q.outlet) for q in ex.quotes] == [("tv", None)]


@pytest.mark.parametrize(
    ("sentence", "medium", "outlet"),
    [
        # The day between an interview and its outlet; "at" an interview as "in" one.
        (
            'At a round-table interview Tuesday with Harbor Weekly, Ada Finch said "no".',
            "print-interview",
            "Harbor Weekly",
        ),
        # A press briefing (the White House's, a daily one) is the gold's "other" occasion, scored as none (round 24:
        # readable gold 4 of 4 "other").
        ('"No comment," Lena Moss said in the White House briefing.', None, None),
    ],
)
def test_an_interview_with_its_day_and_a_briefing(run, sentence, medium, outlet):
    ex = run(sentence)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [(medium, outlet)]


def test_words_emailed_to_a_broadcaster_are_no_broadcast(run):
    # An email is the words' form (the gold's "other" occasion, scored as none), whoever received it.
    ex = run('"We have no comment," the office told CNN via e-mail.')
    assert [q.medium for q in ex.quotes] == [None]
    ex = run('"We have no comment," the office told CNN.')
    assert [q.medium for q in ex.quotes] == ["tv"]


def test_a_houses_members_are_no_outlet(run):
    # "told MPs": the chamber's members addressed, never a publication; words said to a legislature sitting are
    # a speech (as "told the House of Commons" is).
    ex = run('"The figures are wrong," Mr Cable told MPs.')
    assert [(q.medium, q.outlet) for q in ex.quotes] == [("speech", None)]


@pytest.mark.parametrize(
    ("sentence", "medium", "outlet"),
    [
        ('"It works," Ada Finch explained to TechWire in an interview.', "print-interview", "TechWire"),
        ('Ada Finch confirmed to Harbor Weekly that the deal was "done".', "print-interview", "Harbor Weekly"),
        # A body one reports to is no outlet.
        ('Ada Finch confirmed to the Senate Finance Committee that the deal was "done".', None, None),
    ],
)
def test_words_explained_or_confirmed_to_an_outlet(run, sentence, medium, outlet):
    ex = run(sentence)
    assert [(q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [(medium, outlet)]


def test_the_weekday_after_an_outlet_is_the_day_of_the_interview(run):
    # trial 17 kind 2: "told the Argus Leader Monday afternoon" gave the outlet "Argus Leader Monday"
    ex = run('Walt Brandt told the Riverton Gazette Tuesday that talks would resume. "There is a deal," he said.')
    assert {(q.medium, q.outlet) for q in ex.quotes} == {("print-interview", "Riverton Gazette")}
    ex = run('"There is a deal," Walt Brandt told the Sunday Times.')
    assert [(q.medium, q.outlet) for q in ex.quotes] == [("print-interview", "Sunday Times")]


def test_another_speakers_post_in_the_sentence_is_not_this_speakers_medium(run):
    # "Lee called it "a disgrace", and Park wrote on X: ...": the post is Park's; Lee's words have no medium.
    ex = run(
        'The ruling was attacked by opposition leader Ann Lee, who called it "a disgrace", and by the singer '
        'Joe Park, who wrote on X: "This is a sad day for music."'
    )
    assert [(q.speaker.name, q.medium) for q in ex.quotes if q.kind != "indirect"] == [
        ("Ann Lee", None),
        ("Joe Park", "twitter"),
    ]


def test_each_speaker_in_a_shared_sentence_keeps_the_medium_of_their_own_part(run):
    ex = run(
        'Tom Reyes called the decision "overdue" in an interview with the Harbor Gazette, while Ann Lee said on '
        'Instagram it was "a scandal".'
    )
    assert [(q.speaker.name, q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [
        ("Tom Reyes", "print-interview", "Harbor Gazette"),
        ("Ann Lee", "instagram", None),
    ]


def test_a_medium_named_for_one_speaker_still_carries_to_their_next_sentence(run):
    text = (
        '"We will rebuild," Tom Reyes told the Harbor Gazette on Monday, as Ann Lee said the pier was "finished".\n\n'
        '"The town deserves it," Reyes said.'
    )
    ex = run(text)
    assert [(q.speaker.name, q.medium) for q in ex.quotes if q.kind != "indirect"] == [
        ("Tom Reyes", "print-interview"),
        ("Ann Lee", None),
        ("Tom Reyes", "print-interview"),
    ]


def test_a_medium_fronted_before_two_speakers_concerns_both(run):
    ex = run(
        'In a joint interview with CNN on Sunday, Ann Lee said the deal was "a start" and Tom Reyes called it '
        '"a disgrace".\n\n"We will keep going," Lee told Fox News later, while Reyes said in a statement that it '
        'was "over".'
    )
    assert [(q.speaker.name, q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [
        ("Ann Lee", "tv", "CNN"),
        ("Tom Reyes", "tv", "CNN"),
        ("Ann Lee", "tv", "Fox News"),
        ("Tom Reyes", "press-statement", None),
    ]


def test_another_speakers_words_cited_in_a_speakers_paragraph_do_not_end_the_speech(run):
    # Words of another cited in the speaker's own paragraph are an aside in the speech: the speech goes on after them.
    ex = run(
        "Mayor Dana Holt, addressing a crowd of 2,000 people at a rally in Millbrook, attacked the plan.\n\n"
        '"They want to close the library," Holt said, pointing to Councillor Ray Boyd\'s remark that it was "a '
        'luxury".\n\n"Is a library a luxury? No," Holt said. "It is the heart of this town."'
    )
    assert [(q.speaker.name, q.medium) for q in ex.quotes if q.kind != "indirect"] == [
        ("Dana Holt", "speech"),
        ("Ray Boyd", None),
        ("Dana Holt", "speech"),
        ("Dana Holt", "speech"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # A gathering by its owner's possessive, where the words were said (trial 17 kind 3).
        'Rosa Whitlock spoke on stage at the party\'s national convention. "We owe them better laws," she said.',
        # A legislature sitting.
        '"The deal is a bad one," Ben Kaye said in his address to a joint meeting of Congress.',
        'Health Secretary Tom Reid told the House of Commons: "We had to move fast."',
        '"This bill is a disgrace," Senator Jo Park said on the Senate floor.',
    ],
)
def test_speeches_to_a_convention_an_assembly_or_a_legislature(run, sentence):
    assert [q.medium for q in run(sentence).quotes if q.kind != "indirect"] == ["speech"]


def test_a_radio_station_as_the_speakers_workplace_is_no_medium(run):
    # "head of music at the radio station X": who the speaker is, not where the words were said (trial 17 kind 13).
    ex = run(
        'Nina Park, head of music at the rock radio station Pulse FM, said the band\'s set "sounded like a hit".\n\n'
        '"We play what people want," Lee Marsh said in an interview with a local radio station.'
    )
    assert [(q.speaker.name, q.medium) for q in ex.quotes if q.kind != "indirect"] == [
        ("Nina Park", None),
        ("Lee Marsh", "radio"),
    ]


def test_a_peoples_adjective_after_on_is_no_outlet(run):
    # "tariffs on Japanese electronic imports" names a thing talked about, not the broadcast (trial 17 kind 2).
    ex = run(
        "Trade envoy Carl Dorn said in a TV interview that the tariffs on Japanese electronic imports would stay.\n\n"
        '"We are not done yet," Dorn said.'
    )
    assert [(q.medium, q.outlet) for q in ex.quotes] == [("tv", None), ("tv", None)]


def test_a_guests_answer_after_the_hosts_question_is_the_same_show(run):
    # The host's words quoted between the guest's are the same interview: the guest's answer keeps the show.
    ex = run(
        "The budget row deepened on Wednesday as the treasury published its figures.\n\n"
        "Opposition leaders said the figures were late.\n\n"
        '"The numbers are sound," Governor Ada Lee told CNN\'s Sam Cole on Tuesday night.\n\n'
        '"Where are the names of the donors?" Cole asked in the same interview.\n\n'
        '"Those will be published in time," Lee said.'
    )
    assert [(q.speaker.name, q.medium) for q in ex.quotes if q.kind != "indirect"] == [
        ("Ada Lee", "tv"),
        ("Sam Cole", "tv"),
        ("Ada Lee", "tv"),
    ]


def test_words_said_via_a_newspaper_have_it_as_their_outlet(run):
    # "Petrie said, via the Northern Echo": the paper carried the words; their occasion is left open (trial 17 kind 8).
    ex = run(
        "Rangers manager Colin Petrie said his side had to win on Saturday.\n\n"
        '"We knew everything was still in front of us," Petrie said, via the Northern Echo.'
    )
    assert [(q.speaker.name, q.medium, q.outlet) for q in ex.quotes if q.kind != "indirect"] == [
        ("Colin Petrie", None, "Northern Echo")
    ]


@pytest.mark.parametrize(
    ("lead", "medium"),
    [
        # "Before becoming a judge, X called the law ...": words from before the office, said nowhere named.
        ("Before becoming a judge last year, Venn", None),
        # A judge's words with no occasion named are from the bench.
        ("On Monday, Venn", "court"),
    ],
)
def test_a_judges_words_from_before_the_bench_are_not_court(run, lead, medium):
    ex = run(f'Judge Carla Venn was confirmed in March.\n\n{lead} called the tax law "a scandal".')
    assert [q.medium for q in ex.quotes if q.kind != "indirect"] == [medium]
