"""clean: find the article date header and scraper residue.

Nothing is removed from the text. Noise is recorded as spans and blanked (with
spaces, so every offset stays valid) in ``ArticleState.clean_text``, the copy the
later stages read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ...io.dates import is_iso_date
from ...model import Noise
from ..registry import register_stage
from ..state import ArticleState

# A metadata header on the first line: "date 2020-10-01".
_HEADER = re.compile(r"\A[ \t\ufeff]*(date[ \t]*[:=]?[ \t]*(\d{4}-\d{2}-\d{2}))\b", re.IGNORECASE)

# Ad labels that scrapers leave inline, wherever they are (POLITICO writes "Story Continued Below").
_AD_LABELS = re.compile(
    r"(?<![\w.])(?:Advtg\.|Advt\.|ADVERTISEMENT|Advertisement|Sponsored Content|"
    r"(?i:(?:Story|Article) continue[sd] below(?: advertisement)?)|Continue reading (?:below|the main story)|"
    r"Scroll (?:down )?to continue(?: reading)?)(?![\w])"
)

# Whole lines that are navigation, sharing or related-link residue.
_NOISE_LINE = re.compile(
    r"^[ \t]*(?:(?:READ MORE|Read more|Read More|RELATED|Related|ALSO READ|Also read|"
    r"MORE|More|SEE ALSO|See also|WATCH|Watch|RECOMMENDED|Recommended)\s*(?::|>>|—|-|\|)\s*.{0,200}"
    r"|(?:Share|Tweet|Email|Pin|Print|Comment|Comments|Share this(?: article| story)?|"
    r"Share on (?:Facebook|Twitter|WhatsApp|LinkedIn)|Follow us on \w+|Click here.{0,120}|"
    r"Sign up for .{0,120}|Subscribe(?: now)?(?: to .{0,100})?|Image (?:source|copyright).{0,120}|"
    r"Getty Images|AP Photo.{0,80}|Photo: .{0,100})\.?)[ \t]*$",
    re.MULTILINE,
)

# Markup left in the text by a converter: <tweet author="..."> ... </tweet>, <br/>.
# Linear by construction (issue 9): an unquoted value cannot start with a quotation mark, so each
# attribute parses one way only (the old pattern let `b="x"` be quoted or unquoted: 2^n ways to fail),
# and the runs whose next token is disjoint are possessive. Every search attempt starts at a "<" and
# stops at the next "<" or ">", so the whole search is linear in the text.
_MARKUP = re.compile(
    r"""</?[A-Za-z][\w:-]*+(?:\s++[\w:-]++(?:\s*+=\s*+(?:"[^"<>]*+"|'[^'<>]*+'|[^\s<>"'][^\s<>]*))?)*+\s*/?>"""
)

_PARAGRAPH = re.compile(r"[^\n]+")
# Wire copy puts a company's name in angle brackets ("<Royal Bank of Canada> said it", "<Lai Sun Garment Co ltd>
# yesterday said", "They <Dart> has been rumored": Reuters, 1987), which reads as a tag: a capitalised word with
# a lower-case letter, or two words or more, the first capitalised, with no attribute value. HTML tags are in lower
# case or all capitals and one word ("<br>", "<P>"); a ticker is one word in capitals ("<TXN>", "<UAW>").
_BRACKETED_NAME = re.compile(r"<(?:[A-Z][A-Za-z&'-]*[a-z][A-Za-z&'-]*|[A-Z][\w&'.-]*(?:\s+[\w&'.-]+)+)>")


_POSSESSIVE = re.compile(r"['\u2019]s\b")


def _close_possessives(text: str, chars: list[str], noise: list[Noise]) -> None:
    """In the working copy ``chars``, move a possessive after a bracketed name's blanked ``>`` back onto the name
    ("<CCL Industries Inc>'s unit" reads "CCL Industries Inc's  unit", same length), so the name stays one."""
    for n in noise:
        if n.why == "markup tag" and n.text == ">" and _POSSESSIVE.match(text, n.end):
            chars[n.start : n.end + 2] = [text[n.end], text[n.end + 1], " "]


def _is_bracketed_name(tag: str) -> bool:
    """Whether a markup-like ``tag`` is wire copy's bracketed company name (``_BRACKETED_NAME``), not markup."""
    return _BRACKETED_NAME.fullmatch(tag) is not None


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\n":
            chars[i] = " "


class _Coverage:
    """Whether an offset falls inside one of some spans, in O(log n) (a linear scan per line was quadratic)."""

    def __init__(self, spans: list[Noise]) -> None:
        ordered = sorted((n.start, n.end) for n in spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # furthest end among spans so far

    def __call__(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset)
        return i > 0 and self.reach[i - 1] > offset


@register_stage("clean", requires=("article",), assigns=("clean_text", "paragraphs", "noise"))
def clean(ex: ArticleState) -> ArticleState:
    """Find the noise (header lines, boilerplate, markup) and blank it.

    Sets ``clean_text`` (same length as the text), ``paragraphs`` and ``noise``.
    """
    text = ex.article.text
    noise: list[Noise] = []
    header = _HEADER.match(text)
    if header:
        s, e = header.span(1)
        noise.append(Noise(s, e, text[s:e], "metadata header line"))
        if not ex.article.date and is_iso_date(header.group(2)):  # readers report one that is not (E037)
            ex.article.date = header.group(2)
    for m in _AD_LABELS.finditer(text):
        noise.append(Noise(m.start(), m.end(), m.group(0), "advertisement label left by the scraper"))
    for m in _MARKUP.finditer(text):
        if _is_bracketed_name(m.group(0)):  # only the brackets are markup: the name is prose
            noise.append(Noise(m.start(), m.start() + 1, "<", "markup tag"))
            noise.append(Noise(m.end() - 1, m.end(), ">", "markup tag"))
        else:
            noise.append(Noise(m.start(), m.end(), m.group(0), "markup tag"))
    covered = _Coverage(noise)  # the noise lines never overlap each other: check only what came before
    for m in _NOISE_LINE.finditer(text):
        s, e = m.span()
        while s < e and text[s] in " \t":
            s += 1
        if s < e and not covered(s):
            noise.append(Noise(s, e, text[s:e], "share, navigation or related-link line"))
    noise.sort(key=lambda n: n.start)
    ex.noise = noise
    if noise:
        chars = list(text)
        for n in noise:
            _blank(chars, n.start, n.end)
        _close_possessives(text, chars, noise)
        ex.clean_text = "".join(chars)
    else:
        ex.clean_text = text
    ex.paragraphs = [m.span() for m in _PARAGRAPH.finditer(ex.clean_text) if m.group(0).strip()]
    return ex
