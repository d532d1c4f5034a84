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
    assert len(lines) == 1 and "Traceback" not in result.stderr
    # The catalogue's form, naming the file as given (trial 5 F14: no code, and only the file's stem).
    assert lines[0].startswith(f"onrecord: [E027] {path}, bericht: the text reads as German")


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


# Written for this test: the same short news item (a minister rules out a tax rise) in languages whose
# only shared trait is that they are not English; each is told by its own function-word profile.
SHORT_NEWS = {
    "Indonesian or Malay": "Menteri Keuangan mengatakan pada hari Senin bahwa pemerintah tidak akan menaikkan "
    "pajak tahun ini. Kami sudah membahas rencana itu dengan para pengusaha, katanya kepada wartawan.",
    "Turkish": "Bakan pazartesi günü yaptığı açıklamada hükümetin bu yıl vergileri artırmayacağını söyledi. "
    "Bunu iş dünyası ile görüştük ve onlar da kabul etti, diye konuştu.",
    "Polish": "Minister powiedział w poniedziałek, że rząd nie podniesie podatków w tym roku. "
    "Rozmawialiśmy o tym z przedsiębiorcami i oni się zgodzili, dodał.",
    "Swedish": "Ministern sade på måndagen att regeringen inte kommer att höja skatterna i år. "
    "Vi har diskuterat detta med företagen och de har godkänt det, sade hon.",
    "Vietnamese": "Bộ trưởng cho biết vào thứ Hai rằng chính phủ sẽ không tăng thuế trong năm nay. "
    "Chúng tôi đã thảo luận điều này với các doanh nghiệp và họ đã đồng ý, ông nói.",
}
INDONESIAN = (  # trial 4 F13: a longer Indonesian article, with a quotation and a name in it
    "Jakarta - Pemerintah memutuskan untuk tidak menaikkan harga bahan bakar minyak tahun ini. Keputusan itu "
    "diambil setelah rapat kabinet yang berlangsung selama tiga jam di Istana Negara pada hari Senin. "
    '"Kami tidak ingin membebani masyarakat yang sudah kesulitan karena harga pangan naik," kata Menteri '
    "Keuangan Sri Mulyani kepada wartawan. Menurut dia, anggaran subsidi masih cukup untuk menutup selisih "
    "harga sampai akhir tahun, namun pemerintah akan terus memantau harga minyak dunia. Para pengusaha "
    "menyambut baik keputusan tersebut karena biaya produksi dapat ditekan."
)


def test_f13_a_news_text_in_any_profiled_language_is_told_as_that_language():
    for language, text in SHORT_NEWS.items():
        found = foreign_language(text)
        assert found is not None and found[0] == language, (language, found)
    found = foreign_language(INDONESIAN)
    assert found is not None and found[0] == "Indonesian or Malay" and found[2] < 0.05
    assert foreign_language(ENGLISH) is None and foreign_language(PRICE_LIST) is None


def test_f13_an_indonesian_article_is_extracted_with_the_language_warning():
    ex = extract(INDONESIAN)
    assert len(ex.warnings) == 1 and "reads as Indonesian or Malay, not English" in ex.warnings[0]


FILLER = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed eiusmod tempor incididunt labore. " * 30


def test_m7_filler_of_no_known_language_is_refused_in_one_line_and_quickly(tmp_path):
    from onrecord.text.language import unknown_language

    assert "no language onrecord knows" in unknown_language(FILLER)
    assert unknown_language(ENGLISH * 3) is None  # English prose
    assert unknown_language(PRICE_LIST * 3) is None  # a table of figures: its tokens are not all words
    assert unknown_language(GERMAN * 3) is None  # a known language: read, with its warning
    path = tmp_path / "filler.txt"
    path.write_text(FILLER * 50, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    lines = [line for line in result.output.splitlines() if "E029" in line]
    assert len(lines) == 1 and str(path) in lines[0] and "Lorem" in lines[0]
    assert '"speaker"' not in result.output  # nothing extracted: no "Lorem" person
    assert any("no language" in w for w in extract(FILLER).warnings)  # the library says so too


def test_chinese_with_a_stray_kana_is_chinese_and_japanese_prose_is_japanese():
    """Trial 8, L3: one kana in a Chinese page made it "Japanese". Both texts written for the test."""
    chinese = "国务院总理在北京主持召开会议，研究部署经济工作和民生保障。会议指出，要坚持稳中求进。" * 3
    assert foreign_language(chinese)[0] == "Chinese"
    assert foreign_language(chinese + "ぃ")[0] == "Chinese"
    japanese = "首相は月曜日に東京で記者会見を開き、経済対策について説明しました。" * 2
    japanese += "政府は来年度の予算を検討しています。"
    assert foreign_language(japanese)[0] == "Japanese"


def test_a_date_header_line_is_never_the_headline_in_the_library_or_the_web_page():
    # Trial 11 L8: the Analyse page titled an upload "date 2003-05-12" (its header line).
    import onrecord
    from onrecord.io.records import headline_of

    text = "date 2003-05-12\n\n" + ENGLISH
    assert headline_of(text) is None
    ex = onrecord.extract(text)
    assert ex.article.title is None and ex.article.date == "2003-05-12"


def test_the_script_share_counts_every_letter_ascii_ones_included():
    # Latin letters are counted over the ASCII bytes (digits, spaces, punctuation and other scripts left out):
    # 12 Cyrillic letters and 12 ASCII ones make a half, the least share that tells the script.
    from onrecord.text.language import MIN_SCRIPT_SHARE, foreign_script

    cyrillic, latin = "\u043f\u0440\u0438\u0432\u0435\u0442 " * 2, "Hello, world 42! Ab"
    assert sum(c.isalpha() for c in latin) == 12
    lang, share, _ = foreign_script(cyrillic + latin + "\ud800 ...")  # a lone surrogate is no letter
    assert lang.startswith("Russian") and share == MIN_SCRIPT_SHARE
    assert foreign_script(cyrillic + latin + "c") is None  # 13 ASCII letters: under half


def test_english_is_told_known_by_its_common_words_before_its_tokens_are_counted(monkeypatch):
    # unknown_language stops at English's share of common words: the share of word-like tokens (a scan of
    # every token) is asked only of a text with almost none, and the words are read once per text.
    from onrecord.text import language

    counted = []
    real = language._TOKEN

    class Counting:
        def findall(self, text):
            counted.append(len(text))
            return real.findall(text)

    monkeypatch.setattr(language, "_TOKEN", Counting())
    assert language.language_warning(ENGLISH * 3) is None
    assert counted == []
    assert "no language onrecord knows" in language.language_warning(FILLER)
    assert len(counted) == 1
