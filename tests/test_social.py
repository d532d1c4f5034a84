def test_tweet_fallback_is_a_social_post(run):
    text = "He posted a message.\n\nVote today! https://t.co/abc123 \u2014 Jane Roe (@janeroe) November 3, 2020\n"
    ex = run(text)
    post = ex.social_posts[0]
    assert (post.platform, post.author, post.handle, post.date, post.url) == (
        "twitter",
        "Jane Roe",
        "@janeroe",
        "2020-11-03",
        "https://t.co/abc123",
    )
    assert post.text == "Vote today!"
    assert text[post.start : post.end].startswith("Vote today!")


def test_instagram_fallback_is_a_social_post(run):
    text = (
        "She shared the news.\n\nFeeling blessed today\n"
        "A post shared by Jane Roe (@janeroe) on Oct 1, 2020 at 5:12pm PDT\n"
    )
    ex = run(text)
    post = ex.social_posts[0]
    assert (post.platform, post.author, post.handle, post.date) == ("instagram", "Jane Roe", "@janeroe", "2020-10-01")
    assert post.text == "Feeling blessed today"


def test_medium_from_the_article(run):
    text = (
        "Jane Roe took to Instagram on Monday.\n\n"
        '"I am so happy," she wrote.\n\n'
        "Her partner Tom Roe took to Twitter.\n\n"
        '"Me too," he tweeted.\n\n'
        '"We are thrilled," Jane Roe told People magazine in an interview.'
    )
    ex = run(text)
    assert [q.medium for q in ex.quotes] == ["instagram", "twitter", "print-interview"]
    assert ex.quotes[2].outlet.startswith("People")


def test_windows_line_endings_do_not_hide_embeds(run):
    text = "He posted.\r\n\r\nVote today! https://t.co/abc123 \u2014 Jane Roe (@janeroe) November 3, 2020\r\n"
    ex = run(text)
    assert [(p.platform, p.handle) for p in ex.social_posts] == [("twitter", "@janeroe")]


def test_a_tweet_whose_text_stands_above_its_signature_keeps_it_and_its_reports_are_not_quotations(run):
    # Trial 11 H4: trafilatura writes an embedded tweet as its text, a line break, then the signature; the
    # post's text was empty and "The Fake News said I played golf" became the Fake News's reported speech.
    text = (
        "The mayor spent the day at the harbour.\n\n"
        "The local paper said I skipped the meeting, and I did NOT! I was at the harbour all day.\n"
        "\u2014 Dana Whitfield (@danawhitfield) March 3, 2024\n\n"
        "Her office later said the meeting had been moved."
    )
    ex = run(text)
    (post,) = ex.social_posts
    assert post.text.startswith("The local paper said I skipped") and post.text.endswith("all day.")
    assert text[post.start : post.start + len(post.text)] == post.text
    assert not [q for q in ex.quotes if post.start <= q.start < post.end]
    assert any(q.text.startswith("the meeting had been moved") for q in ex.quotes)


def test_a_signature_after_a_blank_line_takes_no_text_from_the_paragraph_above(run):
    text = "The mayor said the harbour would reopen soon.\n\n\u2014 Dana Whitfield (@danawhitfield) March 3, 2024\n"
    (post,) = run(text).social_posts
    assert post.text == ""
