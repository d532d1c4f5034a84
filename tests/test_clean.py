from onrecord.model import Article
from onrecord.pipeline.stages.clean import clean
from onrecord.pipeline.state import ArticleState


def run_clean(text: str) -> ArticleState:
    return clean(ArticleState(article=Article(text=text)))


def test_date_header_becomes_article_date_and_noise():
    ex = run_clean(" date 2021-03-04 Advtg.\n\nBody text here.")
    assert ex.article.date == "2021-03-04"
    kinds = {(n.text, n.why) for n in ex.noise}
    assert ("date 2021-03-04", "metadata header line") in kinds
    assert any(n.text == "Advtg." for n in ex.noise)


def test_noise_is_blanked_in_clean_copy_but_text_is_untouched():
    text = "Intro.\nADVERTISEMENT\nShe said it.\nRead more: other story\n"
    ex = run_clean(text)
    assert ex.article.text == text
    assert len(ex.clean_text) == len(text)
    assert "ADVERTISEMENT" not in ex.clean_text and "Read more" not in ex.clean_text
    for n in ex.noise:
        assert text[n.start : n.end] == n.text


def test_markup_tags_are_noise_and_their_attributes_never_content():
    ex = run_clean('<tweet author="someone">Hello there</tweet>')
    assert 'author="someone"' not in ex.clean_text
    assert "Hello there" in ex.clean_text


def test_no_header_no_date():
    ex = run_clean("The mayor said the date 2020-01-01 was wrong.")
    assert ex.article.date is None
    assert ex.noise == []


def test_paragraphs_cover_non_empty_lines():
    ex = run_clean("One.\n\nTwo.\n   \nThree.")
    assert [ex.clean_text[s:e] for s, e in ex.paragraphs] == ["One.", "Two.", "Three."]


def test_continued_below_labels_are_noise_in_any_case_and_tense(run):
    # POLITICO's "Story Continued Below" became a speaker named "Story" (trial 5 F20).
    for label in ("Story Continued Below", "Story continues below", "ARTICLE CONTINUES BELOW ADVERTISEMENT"):
        ex = run_clean(f"The vote was close.\n\n{label}\n\nThe count went on.")
        assert [n.text for n in ex.noise] == [label]
    text = '"I will sleep well tonight," Gary Vance said.\n\nStory Continued Below\n\n"We won," he said.'
    assert [p.name for p in run(text).people] == ["Gary Vance"]
