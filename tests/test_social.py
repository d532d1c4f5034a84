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
