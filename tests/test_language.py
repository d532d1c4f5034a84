"""Text not in English is read, and one line says so; a plain-text headline line becomes the title."""

from click.testing import CliRunner

from onrecord import extract
from onrecord.interfaces.cli import main
from onrecord.io.readers import Problem, read_path
from onrecord.text.language import foreign_language

GERMAN = (
    "Der Minister sagte am Montag in Berlin, dass die Regierung die Steuern nicht erhöhen werde. "
    '"Wir werden das nicht tun", sagte er vor der Presse. Die Opposition kritisierte die Pläne und '
    "forderte eine Debatte im Bundestag. Es gebe keine Mehrheit für eine solche Reform, hieß es aus "
    "der Fraktion. Man werde die Ausgaben prüfen und im Herbst einen Entwurf vorlegen."
)
ENGLISH = (
    "The minister said on Monday that the government would not raise taxes this year. "
    '"We will not do it," she told reporters in the capital. The opposition criticised the plans and '
    "called for a debate in parliament, where there is no majority for such a reform. Officials said "
    "they would review spending and present a draft in the autumn, after the budget talks."
)
PRICE_LIST = "SHR 12 CTS VS 10 CTS NET 1.2 MLN VS 900,000 REVS 12.3 MLN VS 11.1 MLN " * 8


def test_other_languages_are_told_apart_from_english_and_from_tables():
    assert foreign_language(GERMAN)[0] == "German"
    assert foreign_language(ENGLISH) is None
    assert foreign_language(PRICE_LIST) is None  # few function words of any language: not called foreign
    assert foreign_language("Der Minister sagte nein.") is None  # too short to tell


def test_a_foreign_text_is_still_extracted_with_one_warning_line(tmp_path):
    ex = extract(GERMAN)
    assert len(ex.warnings) == 1 and "German" in ex.warnings[0]
    assert ex.to_dict()["warnings"] == ex.warnings
    assert extract(ENGLISH).warnings == []
    path = tmp_path / "bericht.txt"
    path.write_text(GERMAN, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0
    lines = [ln for ln in result.stderr.splitlines() if "German" in ln]
    assert len(lines) == 1 and "bericht" in lines[0] and "Traceback" not in result.stderr


def test_a_plain_text_headline_line_is_the_title_and_offsets_still_index_the_file(tmp_path):
    text = "Minister rules out tax rise\n\n" + ENGLISH
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    [article] = [a for a in read_path(str(path)) if not isinstance(a, Problem)]
    assert article.title == "Minister rules out tax rise" and article.text == text
    for first_line in ("The minister said on Monday that taxes stay.", "Short"):  # a sentence; one word
        path.write_text(first_line + "\n\n" + ENGLISH, encoding="utf-8")
        [article] = [a for a in read_path(str(path)) if not isinstance(a, Problem)]
        assert article.title is None
    path.write_text("Minister rules out tax rise\n" + ENGLISH, encoding="utf-8")  # no blank line after it
    assert [a for a in read_path(str(path)) if not isinstance(a, Problem)][0].title is None
