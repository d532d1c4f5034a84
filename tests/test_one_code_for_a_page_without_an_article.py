"""Trial 6 L2: the same HTML page with no article got E018 as a .html file and E033 on standard input and
from the library: one situation, one code (E033), however the page arrives; E018 stays a site's service page."""

import pytest

import onrecord
from onrecord.errors import OnrecordError
from onrecord.io.records import Problem

NAV_PAGE = '<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav><p>Menu</p></body></html>'


def test_a_page_with_no_article_is_e033_as_a_file_as_text_and_from_the_library(tmp_path):
    as_file = tmp_path / "nav.html"
    as_file.write_text(NAV_PAGE, encoding="utf-8")
    as_text = tmp_path / "nav.txt"
    as_text.write_text(NAV_PAGE, encoding="utf-8")
    codes = []
    for path in (as_file, as_text):
        problems = [r for r in onrecord.read(str(path)) if isinstance(r, Problem)]
        assert len(problems) == 1 and problems[0].fatal
        codes.append(problems[0].code)
    with pytest.raises(OnrecordError) as exc:
        onrecord.extract(NAV_PAGE)
    codes.append(exc.value.code)
    assert codes == ["E033", "E033", "E033"]
    assert "not an article" in str(exc.value)
