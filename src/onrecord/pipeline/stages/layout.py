"""layout: paragraphs from lines, and page clutter marked, before quotation finding.

Works on ``ArticleState.clean_text``, the working copy every later stage reads, and keeps its
length (offsets stay sacred; the text as given is never touched):

* **Hard-wrapped text** (wire copy broken at a fixed width, ~60-80 columns): a line break inside
  a paragraph becomes a space, so a quotation, a sentence and a paragraph run on across it. A
  break is a wrap when the first word of the next line would not have fitted on the line (the
  rule a wrapping program follows), the next line is not indented further, and the text as a
  whole is wrapped: most lines that go on end within a word's length of one width. Blank lines
  and indentation (Reuters starts each paragraph with spaces) stay paragraph breaks. Lines are measured
  with the markup tags the clean stage blanked put back (a ticker ``<TXN>`` took its columns), and a
  line ending on a comma, or followed by an acronym in brackets (``(DOT)``), runs on.
* **A capital slipped in after a dotted abbreviation** (``from the U.S. To the market``, Reuters 1987
  copy) on a word that goes on with a clause becomes lower case in the working copy.
* **A straight double quote used as an apostrophe** (``OPEC"s largest producer``, Reuters
  1987 copy) becomes ``'`` in the working copy, so it never pairs as a quotation mark.
* **A typewriter dash glued to a word** (``"Hello"--said X``) becomes an em dash and a space.
* **Noise** (recorded in ``ArticleState.noise`` with a ``why``, blanked in the working copy, never a
  quotation or a speaker): share bars, photo credits and captions, bylines after the title,
  datelines at the head of a paragraph (``OTTAWA —``, ``LONDON (Reuters) -``, ``Orlando (CNN)``).

Afterwards ``ArticleState.paragraphs`` is a ``text.paragraphs.Paragraphs`` over the working copy
(one paragraph per line, bisected lookups) and ``ArticleState.layout`` says what was done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...lexicon.cues import CUE_WORD_FORMS
from ...lexicon.function_words import SENTENCE_OPENERS
from ...lexicon.people import MONTHS
from ...model import Noise
from ...text.headings import ends_sentence, is_heading_line, is_headline_line
from ...text.marks import ALL_MARKS
from ...text.paragraphs import Paragraphs
from ...text.spans import blank
from ..registry import register_stage
from ..state import ArticleState

MAX_WRAP_WIDTH = 100  # wider "lines" are paragraphs written on one line
MIN_WRAPPED_LINES = 3
WRAPPED_SHARE = 0.6  # of the lines followed by another line, how many must end near the width
MIN_INSIDE_LINES = 2  # of those, lines followed by one no further indented (inside a paragraph)
NEAR_WIDTH = 20  # a wrapped line ends at most a long word's length short of the width

_WORD = re.compile(r"\S+")
# A typewriter dash glued to the next word ('"Hello"--said X'): the tokenizer reads '"--said' as one word.
_GLUED_DASH = re.compile(r"(?<=\S)--(?=\w)")
_BRACKETED_ACRONYM = re.compile(r"(?:\([A-Z][A-Z&.]+\)|<[A-Z][A-Z&.]+>)[,.;:]?")  # "(DOT)", a ticker "<TXN.N>"
# Words that go on with a clause and never open a statement: a connective or a verb form.
CLAUSE_GOING_ON = "and|or|than|to|has|have|had|is|are|was|were|will|would|could|should|said|says"
# Such a word capitalised after a dotted abbreviation on the same line or a wrap ("sales from the U.S. To the local
# market", "the U.S. Has agreed", "Bank Nederland N.V. Said"): a typist's or converter's slip (Reuters, 1987).
_SLIPPED_CAPITAL = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?:[ \t]+|\n)(?P<word>(?:" + CLAUSE_GOING_ON.title() + r"))\b")
_APOSTROPHE_DQ = re.compile(r"(?<=[A-Za-z])\"(?=(?:s|t|ll|re|ve|d|m)\b)")
# A footnote's number glued to a name ("Chicago Mayor Rahm Emanuel1 called the lawsuit ...", a page's reference
# marks flattened into the text): the capitalised word before it is a name's part, never a determiner or a
# possessive, and the word after goes on with the sentence (a space and a lower-case word, or punctuation). Numbers
# inside names of things are kept by ``_footnote_marks`` (World Twenty20, Beats Solo3, a user name Acebush1).
_GLUED_FOOTNOTE = re.compile(
    r"(?<![\w'\u2019.-])(?P<before>[A-Z][a-z]+)[ \t]+(?P<word>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?P<mark>[1-9][0-9]?|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2})"
    r"(?=[,;:)]?[ \t]+(?P<next>[a-z]+)\b|[,;:.)](?![\w]))"
)
# A live blog's entry stamp on a line of its own: a clock time ("14:32", "9:05 p.m.", "07.13 GMT"), a time ago
# ("2h ago", "35 mins ago"), "LIVE" or "LIVE UPDATES", a wire service's rule ("___"); or several of these together
# ("LIVE Updated 2h ago").
_ZONES = r"GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT|IST|AEST|AEDT"
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:[aApP]\.?[mM]\.?|" + _ZONES + r"))*"
_AGO = r"\d{1,2}[ \t]*(?:h|hr|hrs|hours?|m|min|mins|minutes?)[ \t]+ago|[Jj]ust[ \t]+now"
_LIVE_WORD = r"LIVE(?:[ \t]+(?:UPDATES?|BLOG|NOW))?|Live(?:[ \t]+(?:[Uu]pdates?|[Bb]log))?"
_STAMP_PART = (
    r"(?:" + _CLOCK + r"|" + _AGO + r"|" + _LIVE_WORD + r"|(?:Updated|Posted|Published|Last[ \t]+updated)\b:?)"
)
_ENTRY_STAMP = re.compile(
    r"^[ \t]*(?:_{3,}\.?|" + _STAMP_PART + r"(?:[ \t]+" + _STAMP_PART + r"){0,4})[ \t]*$", re.MULTILINE
)
# A clock time opening a paragraph, the entry's words after it ("05.20 Seventh body found ..."): an entry only in
# a text with two or more of them. Not an embedded post's time ("9:53 PM - 26 Dec 2016"), nor a clock before a
# few words.
_ENTRY_CLOCK_OPENING = re.compile(
    r"^[ \t]*" + _CLOCK + r"(?![ \t]*(?:[aApP]\.?[mM]\b|" + _ZONES + r"|[-\u2013\u2014]))[ \t]+"
    r"(?=[A-Z\"\u201c][^\n]*?(?:[ \t]+[^\s]+){4})",
    re.MULTILINE,
)
# "LIVE" in capitals as a label: "LIVE: Storm hits", "Storm hits the coast LIVE | ...", "WATCH LIVE:". The label of
# the page, never a word of the article's sentences, and never a speaker.
_LIVE_LABEL = re.compile(
    r"(?<![\w-])LIVE(?:[ \t]+(?:UPDATES?|BLOG|NOW))?(?=[ \t]*(?:[:|\u2013\u2014]|-[ \t]|$))", re.MULTILINE
)
_TIMED = re.compile(r"\d|^[ \t]*LIVE\b")
MIN_ENTRY_STAMPS = 2
MAX_ENTRY_HEADLINE_WORDS = 20
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
    ]
)
# Months and their abbreviations: "July20" is a date run together, never a name with a footnote.
_MONTH_WORDS = MONTHS | frozenset(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])

_SHARE_WORDS = (
    r"share|tweet|email|e-mail|print|whatsapp|telegram|facebook|twitter|x|linkedin|reddit|pinterest|"
    r"messenger|flipboard|copy\s+link|copy|link|comments?|save|gift\s+(?:this\s+)?article|sms|mail"
)
# One way only to split the space between two words, so a long line that fails fails fast.
_SHARE_BAR = re.compile(
    r"^[ \t]*(?:" + _SHARE_WORDS + r")(?:(?:[ \t]*[|\u00b7\u2022/,][ \t]*|[ \t]+)(?:" + _SHARE_WORDS + r"))+"
    r"[ \t]*[|\u00b7\u2022/,]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A share button left alone on its line: "WhatsApp", "Share", "Copy link".
_SHARE_BUTTON = re.compile(
    r"^[ \t]*(?:share(?:[ \t]+this(?:[ \t]+(?:article|story))?)?|whatsapp|telegram|facebook|twitter|linkedin|"
    r"reddit|pinterest|flipboard|messenger|copy[ \t]+link|e-?mail|print)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_PLATFORMS = r"Facebook|Twitter|WhatsApp|Telegram|LinkedIn|Reddit|Pinterest|Messenger|Flipboard"
# A share bar run into the prose by a page reader ("... May 4, 2022 Share Facebook Twitter WhatsApp Email A
# senior official said ..."): "Share" and two share words, or three, two of them platform names, in a row
# with only spaces between (prose lists them with commas and "and": "on Facebook, Twitter and WhatsApp"); and a
# blogging tool's tweet button after a highlighted sentence ("... with much less stress.Click To Tweet").
_INLINE_SHARE_WORD = r"(?:" + _PLATFORMS + r"|Share|Email|E-mail|Print|Copy link|Tweet|X)"
_INLINE_SHARE_BAR = re.compile(
    r"(?<![\w-])(?:Share(?:[ \t]+" + _INLINE_SHARE_WORD + r"){2,}"
    r"|(?<=[.!?\"\u201d ])Click [Tt]o Tweet"
    r"|(?:" + _PLATFORMS + r")[ \t]+(?:" + _PLATFORMS + r")(?:[ \t]+" + _INLINE_SHARE_WORD + r")+)(?![\w-])"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A byline and its date at a line's head, which a page reader may run into the first sentence ("By Ann Writer -
# May 4, 2022 A senior official said ..."): the writer is never the speaker (trial 13 F9).
_BYLINE_DATE = re.compile(
    r"^[ \t]*By[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}[ \t]*[-\u2013\u2014|,][ \t]*"
    r"(?:" + _MONTH + r"[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+" + _MONTH + r"[ \t]+\d{4})",
    re.MULTILINE,
)
# A heading over a list of links to other stories: "Related articles", "Read more", "More from author", and the
# teaser headings of tabloid pages ("DON'T MISS", "Must read", "Trending now", "In case you missed it").
_RELATED_HEADING = re.compile(
    r"^[ \t]*(?:Related(?:[ \t]+(?:articles?|stories|posts|news|coverage|content|reading|links))?|Read[ \t]+more"
    r"|More[ \t]+(?:from|stories|on|news)\b.*|Recommended(?:[ \t]+for[ \t]+you)?|You[ \t]+(?:may|might)[ \t]+also"
    r"[ \t]+like|Most[ \t]+(?:read|popular|viewed)|Also[ \t]+read|See[ \t]+also|Top[ \t]+stories"
    r"|Don['\u2019]?t[ \t]+miss|Must[ \t]+read|Read[ \t]+next|Trending(?:[ \t]+now)?|Editor['\u2019]?s[ \t]+picks?"
    r"|In[ \t]+case[ \t]+you[ \t]+missed[ \t]+it|ICYMI|Up[ \t]+next)\b",
    re.IGNORECASE,
)
# A video player's caption as page readers leave it: "Play" run into the clip's title, then its share buttons;
# the next line repeats the title with the clip's length ("... Facebook Twitter Google Plus Embed\n <title> 2:29").
_VIDEO_EMBED = re.compile(
    r"^[ \t]*Play[ \t]*(?P<title>\S[^\n]{3,250}?)[ \t]+Facebook[ \t]+Twitter(?:[ \t]+Google[ \t]+Plus)?[ \t]+Embed"
    r"[ \t]*$",
    re.MULTILINE,
)
_NON_SPACE = re.compile(r"\S")
_CLIP_LENGTH = re.compile(r"[ \t]+\d{1,2}:\d\d[ \t]*$")
# A sentence ending inside a line ("The park opens in May. (RELATED: ...)"): the line is prose, not a headline.
_SENTENCE_INSIDE = re.compile(r"[a-z0-9][.][\"'\u201d\u2019]?[ \t]+[A-Z(\"'\u201c\u2018]")
# A heading may end with a colon or an ellipsis ("Read more:", "You might also like...."), never a sentence's stop.
_HEADING_TAIL = re.compile(r"(?:[ \t]*(?::|\.{2,}|\u2026))?[ \t]*$")
# A tabloid's teaser tag after a link's headline: "Fans cheer late win [VIDEO]", "... jibe [INSIGHT]|". A
# headline in the body with one is a link to another story, never the article's prose (trial 16 r18).
_TEASER_TAG = re.compile(
    r"[ \t]*(?:\[[A-Z][A-Z ]{2,15}\]|\((?:VIDEOS?|PHOTOS?|PICTURES|PICS|WATCH|LISTEN|AUDIO|GALLERY|POLL)\))[ \t|]*$"
)
# A related-story link in brackets inside a paragraph: "(RELATED: Governor calls plan 'a waste')".
_INLINE_RELATED = re.compile(
    r"[(\[](?:RELATED|Related|READ MORE|Read more|READ|WATCH|SEE ALSO|ALSO READ|MORE)[ \t]*:[^()\[\]\n]{1,300}[)\]]"
)
MAX_RELATED_HEADING_WORDS = 8
MAX_LINK_WORDS = 25
MAX_CAPITALS_HEADING_WORDS = 12  # "HERE'S WHAT YOU NEED TO KNOW ABOUT THE STORM:"
_CREDIT = re.compile(
    r"^[ \t]*(?:(?:Photograph|Photo|Image|Picture|Illustration|Video)s?(?:[ \t]+(?:source|credit|by))?[ \t]*[:|]"
    r"|(?:Image|Photo|Picture)[ \t]+(?:caption|copyright)\b|Caption[ \t]*:|Pictured[ \t]*:|Credits?[ \t]*:)"
    r"[^\n]{0,300}$",
    re.IGNORECASE | re.MULTILINE,
)
# "... at the harbour. Photograph: Jane Doe/AP" at the end of a caption line.
_TRAILING_CREDIT = re.compile(
    r"(?:Photograph|Photo|Image|Picture)(?:[ \t]+credit)?[ \t]*:[ \t]*[^\n.]{2,80}$", re.MULTILINE
)
# A byline or outlet after the title: "Storms hit the Plains | Jane Doe", "... - BBC News".
_TITLE_BYLINE = re.compile(
    r"[ \t]+[|\u2013\u2014][ \t]+"  # the separator
    r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,4}[ \t]*$"  # up to five capitalised words
)
# "OTTAWA —", "CAMDEN, N.J. —", "LONDON (Reuters) -", "COLUMBIA, S.C. (AP) —" at a paragraph's head.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+){0,3}"
    r"(?:,[ \t\u00a0]+[A-Z][A-Za-z.]+(?:[ \t\u00a0]+[A-Z][A-Za-z.]+)?)?"
    r"(?:[ \t\u00a0]+\((?:Reuters|AP|AFP|CP|UPI|Bloomberg|dpa|PA)\))?"
    r"[ \t\u00a0]*(?:\u2014|\u2013|\u2015|--|-)[ \t\u00a0]*(?=[A-Z\"\u201c])"
)

# A dateline whose place is in ordinary case and whose outlet stands in brackets, with or without a dash after:
# "Orlando (CNN) Hillary Clinton said ...", "Boise, Idaho (CNN) --", "Houston (KTRK) -- A man ...". Without a
# dash only a news agency or network counts ("Homeland Security (DHS) Secretary ..." is an agency's name);
# with one, any call sign in capitals.
_NEWS_AGENCIES = (
    r"CNN|AP|AFP|UPI|CP|PA|Reuters|Bloomberg|dpa|BBC|CBS|NBC|ABC|Xinhua|TASS|EFE|ANSA|Kyodo|Yonhap|IANS|PTI"
)
_PLACE = (
    r"[A-Z][\w.'\u2019-]+(?:[ \t\u00a0]+[A-Z][\w.'\u2019-]+){0,3}"
    r"(?:,[ \t\u00a0]+[A-Z][\w.]+(?:[ \t\u00a0]+[A-Z][\w.]+)?)?"
)
_OUTLET_DATELINE = re.compile(
    _PLACE + r"[ \t\u00a0]+(?:\((?:" + _NEWS_AGENCIES + r")\)[ \t\u00a0]*(?:(?:\u2014|\u2013|--|-)[ \t\u00a0]*)?"
    r"|\([A-Z]{2,6}\)[ \t\u00a0]*(?:\u2014|\u2013|--|-)[ \t\u00a0]*)(?=[A-Z\"\u201c])"
)


@dataclass(slots=True)
class Layout:
    """What the layout stage found: the wrap width (None for unwrapped text) and the offsets changed.

    ``joined``: offsets of line breaks read as wraps (now spaces in the working copy).
    ``apostrophes``: offsets of straight double quotes read as apostrophes (now ``'``).
    ``dashes``: offsets of ``--`` glued to the next word (now an em dash and a space).
    ``capitals``: offsets of a clause word's capital slipped in after a dotted abbreviation (now lower case).
    ``footnotes``: (start, end) of footnote numbers glued to a name (now spaces).
    ``entries``: where each entry of a live blog starts (its stamp, "LIVE" line or headline), in text order; empty
    for any other text. A quotation in an entry never takes a speaker named only in an entry before.
    """

    width: int | None = None
    joined: list[int] = field(default_factory=list)
    apostrophes: list[int] = field(default_factory=list)
    dashes: list[int] = field(default_factory=list)
    capitals: list[int] = field(default_factory=list)
    footnotes: list[tuple[int, int]] = field(default_factory=list)
    entries: list[int] = field(default_factory=list)


def _footnote_marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of footnote numbers glued to the last word of a name (``_GLUED_FOOTNOTE``): "Rahm Emanuel1
    called the lawsuit ...". The name's word must be one the article uses bare elsewhere ("Emanuel told ..."), or
    a cue verb must follow it ("Emanuel1 said"); a superscript digit always marks a footnote. Months, number words
    and sentence openers before it ("On July20", "World Twenty20", "The Future45") are no names."""
    found = []
    for m in _GLUED_FOOTNOTE.finditer(text):
        word, before, mark = m.group("word"), m.group("before"), m.group("mark")
        if before.lower() in SENTENCE_OPENERS or word.lower() in _NUMBER_WORDS | _MONTH_WORDS:
            continue
        superscript = not mark.isascii()
        cue = (m.group("next") or "") in CUE_WORD_FORMS
        bare = re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None
        if superscript or cue or bare:
            found.append((m.start("mark"), m.end("mark")))
    return found


def _player_time(text: str, m: re.Match[str]) -> bool:
    """Whether the stamp line ``m`` is a video player's time ("0:00", then "/" and the clip's length "1:10" on lines
    of their own, as a page reader leaves a player): the start "0:00", or a time next to a "/" line."""
    if re.fullmatch(r"[ \t]*0?0[:.]00[ \t]*", m.group(0)):
        return True
    before = text[: m.start()].rstrip().rsplit("\n", 1)[-1].strip()
    after = text[m.end() :].lstrip().split("\n", 1)[0].strip()
    return "/" in (before, after)


def live_blog_entries(text: str, noise: list[Noise]) -> tuple[list[int], list[Noise]]:
    """Where a live blog's entries start, and its "LIVE" labels as noise.

    An entry opens at a stamp line (``_ENTRY_STAMP``: "14:32", "2h ago", "LIVE", "___"), at a clock time opening a
    paragraph (``_ENTRY_CLOCK_OPENING``, when the text has ``MIN_ENTRY_STAMPS`` of them), or, in a text that is a
    live blog (``MIN_ENTRY_STAMPS`` stamps that tell a time or "LIVE", or a "LIVE" label with one such stamp or in
    the title), at a subhead already in ``noise`` or a headline-shaped line (at most ``MAX_ENTRY_HEADLINE_WORDS``
    words, no full stop) after a finished paragraph or a stamp and before more text. Nothing in any other text.
    The "LIVE" labels (``_LIVE_LABEL``) are noise in every text: the page's label, never a speaker. The stamps
    stay in the working copy (the parse of the entry after one is as it was). A video player's times ("0:00 /
    1:10", ``_player_time``) are no stamps."""
    matches = [m for m in _ENTRY_STAMP.finditer(text) if m.group(0).strip() and not _player_time(text, m)]
    stamps = [m.start() + len(m.group(0)) - len(m.group(0).lstrip()) for m in matches]
    timed = sum(1 for m in matches if _TIMED.search(m.group(0)))  # a rule or "Updated" alone tells no time
    openings = [m.start() + len(m.group(0)) - len(m.group(0).lstrip()) for m in _ENTRY_CLOCK_OPENING.finditer(text)]
    labels = list(_LIVE_LABEL.finditer(text))
    found = [Noise(m.start(), m.end(), m.group(0), "live-blog label") for m in labels]
    title_end = text.find("\n")
    titled = any(m.start() < (len(text) if title_end < 0 else title_end) for m in labels)  # "Storm LIVE: ..."
    clocks = openings if len(openings) >= MIN_ENTRY_STAMPS else []
    if not (timed + len(clocks) >= MIN_ENTRY_STAMPS or (labels and (timed or titled))):
        return [], found
    starts = set(stamps) | set(clocks) | {n.start for n in noise if n.why == "subhead"}
    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip()]
    for k in range(1, len(lines) - 1):
        s, e = lines[k]
        line, before = text[s:e].strip(), text[lines[k - 1][0] : lines[k - 1][1]]
        after = text[lines[k + 1][0] : lines[k + 1][1]].strip()
        finished = _full_stop(before) or _ENTRY_STAMP.fullmatch(before) is not None
        headline = len(line.split()) <= MAX_ENTRY_HEADLINE_WORDS and not _full_stop(line) and line[:1].isupper()
        if finished and headline and after.lstrip("".join(ALL_MARKS))[:1].isupper():
            starts.add(s + len(text[s:e]) - len(text[s:e].lstrip()))
    return sorted(starts), found


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, line break excluded."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _visible_len(text: str, s: int, e: int) -> int:
    return len(text[s:e].rstrip())


def _indent(text: str, s: int, e: int) -> int:
    return len(text[s:e]) - len(text[s:e].lstrip(" \t"))


def wrap_width(text: str) -> int | None:
    """The column at which ``text`` is hard-wrapped, or None when it is not.

    The width is the longest line among lines of at most ``MAX_WRAP_WIDTH`` characters; the
    text counts as wrapped when at least ``MIN_WRAPPED_LINES`` lines are followed by another
    non-blank line, ``MIN_INSIDE_LINES`` of them by one no further indented, and ``WRAPPED_SHARE`` of those
    end within ``NEAR_WIDTH`` of the width, or, where short paragraphs end too many of them, ``WRAPPED_SHARE``
    of those that end mid-sentence (no sentence punctuation, closing mark or bracket at the line's end).
    """
    lines = _lines(text)
    lengths = [_visible_len(text, s, e) for s, e in lines]
    short = [n for n in lengths if 0 < n <= MAX_WRAP_WIDTH]
    if len(short) < MIN_WRAPPED_LINES or len(short) < 0.7 * sum(1 for n in lengths if n):
        return None
    width = max(short)
    followed = [k for k in range(len(lines) - 1) if lengths[k] and lengths[k + 1]]
    # A line before an indented one ends its paragraph (wire copy indents each): no wrap to measure there.
    inside = [k for k in followed if _indent(text, *lines[k + 1]) <= _indent(text, *lines[k])]
    if len(followed) < MIN_WRAPPED_LINES or len(inside) < MIN_INSIDE_LINES:
        return None
    lengths_inside = [lengths[k] for k in inside]
    if _near_share(lengths_inside, width) >= WRAPPED_SHARE:
        return width
    # Short paragraphs (web copy, one or two sentences each, wrapped) end so many lines that the share above
    # falls short; a line ending mid-sentence is a wrap in wrapped text, and in unwrapped text a heading or a
    # list item of any length. Measured over the lines that go on mid-sentence alone, wrapped text passes.
    running = [lengths[k] for k in inside if not ends_sentence(text[lines[k][0] : lines[k][1]])]
    if len(running) < MIN_INSIDE_LINES:
        return None
    return width if _near_share(running, width) >= WRAPPED_SHARE else None


def _near_share(lengths: list[int], width: int) -> float:
    """Share of ``lengths`` (characters) that end within ``NEAR_WIDTH`` of ``width``; 0.0 for none."""
    if not lengths:
        return 0.0
    return sum(1 for n in lengths if width - NEAR_WIDTH <= n <= width) / len(lengths)


def _is_wrap(
    text: str, cur: tuple[int, int], nxt: tuple[int, int], width: int, fill: int | None = None, fit: int | None = None
) -> bool:
    """Whether the break between two non-blank lines is a wrap inside one paragraph.

    ``fit``: the width a line could not take the next word past (``fill_width`` at ``FIT_RANK``; ``width``, the
    longest line, when None: a word too long to break, a web address, may stretch one line past the rest).

    ``fill``: how full a wrapping program fills a line (``fill_width``); None for the first line of one of the
    text's first ``HEAD_PARAGRAPHS`` paragraphs (the text's first line, or one after a blank line or a less
    indented one), where a short line may be a wrap before a capital (wire copy's dateline cut off)."""
    n = _visible_len(text, *cur)
    if _indent(text, *nxt) > _indent(text, *cur) or n > width:
        return False
    word = _WORD.search(text, nxt[0], nxt[1])
    if word is None:
        return False
    if word.group(0)[0].islower():
        return True  # a paragraph never starts in lower case; a wrap often does (after a short first line)
    if n + 1 + (word.end() - word.start()) > (width if fit is None else fit) and n >= width - NEAR_WIDTH - 10:
        return True
    # A short line: a paragraph's last line, a heading, or wire copy's first line (its dateline cut
    # off: "Assistant Treasury Secretary David\nMulford said ..."). It ends a paragraph only where a
    # sentence ends, or where a heading is followed by a sentence's first word.
    line = text[cur[0] : cur[1]]
    if line.rstrip().endswith(","):
        return True  # a paragraph never ends on a comma ("The National Union of Mineworkers,\nNUM, said ...")
    if ends_sentence(line):
        return False
    if fill is not None and n + 1 + (word.end() - word.start()) <= fill:
        # Inside a run of lines a wrapping program fills each line: one that had room for the next word ends its
        # paragraph (a headline's last words, "Asia Winner" over a profile, a signature line before a quotation).
        return False
    return not (is_heading_line(line) and _opens_sentence(word.group(0)))


def _opens_sentence(word: str) -> bool:
    """Whether a capitalised word reads as a sentence's first word (not the rest of a name). An acronym in
    brackets ("The U.S. Department of Transportation\n(DOT) has ...") is the short form of the name before it."""
    if _BRACKETED_ACRONYM.fullmatch(word):
        return False
    return word.strip("\"'\u201c\u2018(").lower() in SENTENCE_OPENERS or word.isupper()


MIN_INDENTED_OPENINGS = 2


def indents_paragraphs(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether ``text`` opens its paragraphs by indentation (wire copy: Reuters indents each paragraph and leaves
    no blank line): at least ``MIN_INDENTED_OPENINGS`` lines indented further than the non-blank line before
    them, and more of those than blank lines between two non-blank ones."""
    openings = blanks = 0
    for k in range(1, len(lines) - 1):
        before, line = text[lines[k - 1][0] : lines[k - 1][1]], text[lines[k][0] : lines[k][1]]
        if line.strip() and before.strip() and _indent(text, *lines[k]) > _indent(text, *lines[k - 1]):
            openings += 1
        elif not line.strip() and before.strip() and text[lines[k + 1][0] : lines[k + 1][1]].strip():
            blanks += 1
    return openings >= MIN_INDENTED_OPENINGS and openings > blanks


HEAD_PARAGRAPHS = 2  # a title, then the first paragraph: where wire copy's dateline was cut off
FILL_RANK = 0.8  # of the lines that end no further than the width, the share at most as long as the fill width
FIT_RANK = 0.95  # the same for the width a wrap could not take the next word past


def fill_width(text: str, lines: list[tuple[int, int]], width: int, rank: float = FILL_RANK) -> int:
    """How full a wrapping program filled the lines of ``text`` (characters): the length a share ``rank`` of the
    non-blank lines no longer than ``width`` reach. Below the width, which is the longest line and which a
    word too long to break (a web address) may stretch; a wrap never leaves room for the next word below it."""
    lengths = sorted(n for n in (_visible_len(text, s, e) for s, e in lines) if 0 < n <= width)
    return lengths[int(rank * (len(lengths) - 1))] if lengths else width


def join_wrapped_lines(text: str, chars: list[str], width: int) -> list[int]:
    """Turn the wrap line breaks of ``text`` into spaces in ``chars``; returns their offsets. Where the text
    opens its paragraphs by indentation (``indents_paragraphs``), a break before a line with no indentation is
    a wrap whatever the line before ends with ("the U.S.\nDistrict Court", "Board's (AWB)\n1986/87 export"),
    unless that line is in capitals (a headline)."""
    lines = _lines(text)
    indented = indents_paragraphs(text, lines)
    fill, fit = fill_width(text, lines, width), fill_width(text, lines, width, FIT_RANK)
    joined = []
    openings = 0  # paragraphs opened so far: the text's first (after its title) alone may have lost its dateline
    for k in range(len(lines) - 1):
        cur, nxt = lines[k], lines[k + 1]
        line = text[cur[0] : cur[1]]
        openings += bool(line.strip()) and (
            k == 0
            or not text[lines[k - 1][0] : lines[k - 1][1]].strip()
            or _indent(text, *cur) > _indent(text, *lines[k - 1])
        )
        if not line.strip() or not text[nxt[0] : nxt[1]].strip():
            continue
        unindented = indented and _indent(text, *nxt) == 0 and _visible_len(text, *cur) <= width
        head = openings <= HEAD_PARAGRAPHS and (
            k == 0
            or not text[lines[k - 1][0] : lines[k - 1][1]].strip()
            or _indent(text, *cur) > _indent(text, *lines[k - 1])
        )
        if (unindented and not line.isupper()) or _is_wrap(text, cur, nxt, width, None if head else fill, fit):
            chars[cur[1]] = " "
            if cur[1] > cur[0] and text[cur[1] - 1] == "\r":
                chars[cur[1] - 1] = " "
            joined.append(cur[1])
    return joined


def _noise_spans(text: str, joined: frozenset[int] = frozenset()) -> list[Noise]:
    """Share bars, credits, captions, a byline after the title and paragraph-head datelines.

    ``joined``: offsets of the line breaks ``join_wrapped_lines`` read as wraps (a line so joined is
    prose running on, never a subhead)."""
    found: list[Noise] = []
    for m in _SHARE_BAR.finditer(text):
        if m.group(0).strip():
            found.append(Noise(m.start(), m.end(), m.group(0), "share bar"))
    for m in _SHARE_BUTTON.finditer(text):
        found.append(Noise(m.start(), m.end(), m.group(0), "share button"))
    for m in _CREDIT.finditer(text):
        found.append(Noise(m.start(), m.end(), m.group(0), "photo caption or credit"))
    for m in _TRAILING_CREDIT.finditer(text):
        found.append(Noise(m.start(), m.end(), m.group(0), "photo credit"))
    first = text.split("\n", 1)[0]
    byline = _TITLE_BYLINE.search(first)
    speech = any(ch in ALL_MARKS for ch in first)  # '"Never give up" — Anna Berg' is a quotation and its source
    if byline and len(first) <= 200 and not speech and not first.rstrip().endswith("."):
        found.append(Noise(byline.start(), byline.end(), byline.group(0), "byline or outlet after the title"))
    found.extend(_subheads(text, joined))
    found.extend(_related_links(text))
    found.extend(_teaser_links(text))
    for m in _BYLINE_DATE.finditer(text):
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        found.append(Noise(m.start() + lead, m.end(), m.group(0).strip(), "byline"))
    for m in _INLINE_SHARE_BAR.finditer(text):
        found.append(Noise(m.start(), m.end(), m.group(0), "share bar run into the text"))
    for m in re.finditer(r"^[ \t]*", text, re.MULTILINE):
        if m.start() - 1 in joined:
            continue  # a wrapped line's start is no paragraph's head ("told a\nU.S.-USSR business meeting")
        d = _DATELINE.match(text, m.end()) or _OUTLET_DATELINE.match(text, m.end())
        if d and len(d.group(0).split()[0]) > 1 and not d.group(0).split()[0].rstrip(",.").isdigit():
            found.append(Noise(d.start(), d.end(), d.group(0), "dateline"))
    return found


def _subheads(text: str, joined: frozenset[int] = frozenset()) -> list[Noise]:
    """Subheadings and related-story links inside the body: a title-case or capitals line
    (``text.headings.is_heading_line``, ``is_headline_line``) after a finished paragraph or another
    heading, and before a line opening a sentence. The first line (the title) is not one: it often
    names the speaker in full. A line whose break is in ``joined`` runs on into the next (wire copy:
    "Recently, Western Savings and Loan Association of San\nDiego filed ..."; trial 12 F8)."""
    found = []
    lines = [(s, e) for s, e in _lines(text)]
    mixed_case = _mostly_lower_case(text)
    for k in range(1, len(lines) - 1):
        s, e = lines[k]
        line = text[s:e]
        heading = is_heading_line(line.strip())
        link = mixed_case and _capitals_link(line.strip())
        if e in joined or not line.strip() or not (heading or link or is_headline_line(line.strip())):
            continue
        prev = next((text[a:b] for a, b in reversed(lines[:k]) if text[a:b].strip()), "")
        nxt = next((text[a:b] for a, b in lines[k + 1 :] if text[a:b].strip()), "")
        blank_before = not text[lines[k - 1][0] : lines[k - 1][1]].strip()
        # A list of links: a headline after another heading ("More from The Nation") is one too.
        after_heading = k > 1 and (is_heading_line(prev.strip()) or is_headline_line(prev.strip()))
        opens = nxt.strip().lstrip("".join(ALL_MARKS))[:1].isupper()  # a sentence, or a quotation, starts next
        if not opens or not (blank_before or ends_sentence(prev) or after_heading):
            continue
        lead = len(line) - len(line.lstrip())
        why = "subhead" if heading else "headline or related-story link"
        found.append(Noise(s + lead, s + len(line.rstrip()), line.strip(), why))
    return found


def _related_links(text: str) -> list[Noise]:
    """A related-links heading ("Related articles", "Read more", "More from author", "DON'T MISS", at most
    ``MAX_RELATED_HEADING_WORDS`` words, perhaps ending in a colon or an ellipsis) and the headline-shaped lines after
    it: lines of at most ``MAX_LINK_WORDS`` words that do not end a sentence (a headline has no full stop: "Governor
    to ministers: 'Fully respect the courts'"; a question mark ends many). The list ends at the first line of prose.
    A heading in capitals ending in a colon ("WHAT YOU NEED TO KNOW ABOUT THE STORM:", in an article in lower case)
    heads such a list too when two headlines or more follow it. A headline's words in quotation marks are the
    headline's, never a quotation of the article (trial 13 F9, trial 16 r18)."""
    found: list[Noise] = []
    lines = _lines(text)
    k = 0
    while k < len(lines):
        s, e = lines[k]
        line = text[s:e].strip()
        k += 1
        named = bool(line) and len(line.split()) <= MAX_RELATED_HEADING_WORDS and _RELATED_HEADING.match(line)
        short = len(line.split()) <= MAX_CAPITALS_HEADING_WORDS
        capitals = short and line.endswith(":") and line.isupper() and _mostly_lower_case(text)
        if not (named or capitals) or _full_stop(_HEADING_TAIL.sub("", line)):
            continue
        run = [(s, e)]
        while k < len(lines):
            a, b = lines[k]
            link = text[a:b].strip()
            prose = _SENTENCE_INSIDE.search(link) or (_full_stop(link) and not link.endswith("?"))
            if link and (len(link.split()) > MAX_LINK_WORDS or prose):
                break
            run.append((a, b))
            k += 1
        if sum(1 for a, b in run[1:] if text[a:b].strip()) < (1 if named else 2):
            continue  # a heading with no links under it is left to the other rules
        for a, b in run:
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            if text[a:b].strip():
                found.append(Noise(a + lead, a + len(text[a:b].rstrip()), text[a:b].strip(), "related-story link"))
    return found


def _teaser_links(text: str) -> list[Noise]:
    """Lines after the first that end in a teaser tag ("Fans cheer late win [VIDEO]") and are headline-shaped
    (at most ``MAX_LINK_WORDS`` words before the tag, no full stop), and related-story links in brackets inside a
    paragraph ("(RELATED: Governor calls plan 'a waste')"): links to other stories (trial 16 r18). The first line
    is the article's own title, whose words may be annotated."""
    found: list[Noise] = []
    first = True
    for s, e in _lines(text):
        line = text[s:e]
        if not line.strip():
            continue
        tag = None if first else _TEASER_TAG.search(line)
        first = False
        if tag is None:
            continue
        head = line[: tag.start()].strip()
        if head and len(head.split()) <= MAX_LINK_WORDS and not _full_stop(head):
            lead = len(line) - len(line.lstrip())
            found.append(Noise(s + lead, s + len(line.rstrip()), line.strip(), "related-story link"))
    for m in _INLINE_RELATED.finditer(text):
        found.append(Noise(m.start(), m.end(), m.group(0), "related-story link"))
    return found + _video_captions(text)


def _video_captions(text: str) -> list[Noise]:
    """A video player's caption (``_VIDEO_EMBED``: "PlayMayor opens the bridge Facebook Twitter Google Plus
    Embed") and the line after it when it repeats the clip's title with its length (" Mayor opens the bridge
    2:29"): the page's player, never the article's prose (10 such players in the gold sets, none annotated)."""
    found = []
    for m in _VIDEO_EMBED.finditer(text):
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        found.append(Noise(m.start() + lead, m.end(), m.group(0).strip(), "video player caption"))
        nxt = m.end() + 1
        end = text.find("\n", nxt)
        end = len(text) if end < 0 else end
        line = text[nxt:end]
        clip = _CLIP_LENGTH.search(line)
        if clip and line[: clip.start()].strip() == m.group("title").strip():
            lead = len(line) - len(line.lstrip())
            found.append(Noise(nxt + lead, nxt + len(line.rstrip()), line.strip(), "video player caption"))
    return found


def _full_stop(line: str) -> bool:
    """Whether ``line`` ends a sentence: a full stop, question or exclamation mark, perhaps inside closing marks."""
    tail = line.rstrip().rstrip("".join(ALL_MARKS) + ")")
    return bool(tail) and tail[-1] in ".!?\u2026:;"


MIN_CAPITALS_LINK_WORDS = 4


def _mostly_lower_case(text: str) -> bool:
    """Whether most letters of ``text`` are lower case: not all-capitals wire copy, whose every line is prose."""
    sample = text[:20000]
    return sum(map(str.islower, sample)) > sum(map(str.isupper, sample))


def _capitals_link(line: str) -> bool:
    """A line in capitals of ``MIN_CAPITALS_LINK_WORDS`` words or more, with no full stop at its end, in an
    article written in lower case: a related-story link or promotion ("LAUREN ALAINA SAYS 'DWTS' HAS HELPED
    HER LOSE 25 POUNDS", "CLICK HERE TO GET THE FOX NEWS APP"; trial 11 M12). Quotation marks inside it
    quote a title or a headline's words, never the article's speaker, so they do not make it prose."""
    return (
        line.isupper()
        and len(line.split()) >= MIN_CAPITALS_LINK_WORDS
        and not line.rstrip("\"'\u201d\u2019").endswith(".")
    )


def _capitals_title(text: str, noise: list[Noise]) -> list[Noise]:
    """The article's first line (after a metadata header already in ``noise``) when it is a headline in capitals
    (``_capitals_link``) over a body in lower case: "MAYOR SAYS BRIDGE WILL REOPEN" is the headline's summary,
    and its capitalised words are no name ("MAYOR" as a speaker; trial 16 r13). A title in mixed case stays: it
    often names the speaker in full."""
    pos = 0
    while pos < len(text):
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        start = pos + len(text[pos:e]) - len(text[pos:e].lstrip())
        line = text[start:e].rstrip()
        pos = e + 1
        if not line or any(n.start <= start < n.end for n in noise):
            continue
        body_follows = _NON_SPACE.search(text, pos) is not None
        if body_follows and _capitals_link(line) and _mostly_lower_case(text):
            return [Noise(start, start + len(line), line, "headline in capitals")]
        return []
    return []


def _merge_noise(old: list[Noise], new: list[Noise]) -> list[Noise]:
    merged = list(old)
    for n in new:
        if n.end > n.start and not any(o.start < n.end and n.start < o.end for o in merged):
            merged.append(n)
    return sorted(merged, key=lambda n: n.start)


def _wrap_geometry(text: str, original: str, noise: list[Noise]) -> str:
    """The working copy ``text`` with the markup tags the clean stage blanked put back from ``original`` (same
    length): the lines to measure for wrapping. A tag took its columns on the wrapped line, so blanked it would
    read as indentation or a short line; wire copy marks company names and tickers so ("Texas Air Corp's\n<TXN>
    Continental Airlines unit", "lag behind, <Gulf\nInternational Bank BSC> (GIB) said": Reuters)."""
    tags = [n for n in noise if n.why == "markup tag"]
    if not tags or len(original) != len(text):
        return text
    chars = list(text)
    for n in tags:
        chars[n.start : n.end] = original[n.start : n.end]
    return "".join(chars)


@register_stage("layout", requires=("clean_text",), assigns=("clean_text", "paragraphs", "layout", "noise"))
def layout(ex: ArticleState) -> ArticleState:
    """Join wrapped lines, read straight-quote apostrophes and mark noise in the working copy."""
    text = ex.clean_text or ex.article.text
    chars = list(text)
    lines = _wrap_geometry(text, ex.article.text, ex.noise)
    info = Layout(width=wrap_width(lines))
    if info.width is not None:
        info.joined = join_wrapped_lines(lines, chars, info.width)
    for m in _GLUED_DASH.finditer(text):
        chars[m.start() : m.end()] = ["\u2014", " "]  # same length: an em dash and a space
        info.dashes.append(m.start())
    for m in _SLIPPED_CAPITAL.finditer(text):
        chars[m.start("word")] = chars[m.start("word")].lower()
        info.capitals.append(m.start("word"))
    for m in _APOSTROPHE_DQ.finditer(text):
        chars[m.start()] = "'"
        info.apostrophes.append(m.start())
    for s, e in _footnote_marks(text):
        blank(chars, s, e)
        info.footnotes.append((s, e))
    original = ex.article.text
    found = _noise_spans(original, frozenset(info.joined)) + _capitals_title(original, ex.noise)
    info.entries, stamps = live_blog_entries(original, ex.noise + found)
    new_noise = [n for n in found + stamps if original[n.start : n.end].strip()]
    ex.noise = _merge_noise(ex.noise, new_noise)
    for n in new_noise:
        blank(chars, n.start, n.end)
    ex.clean_text = "".join(chars)
    ex.paragraphs = Paragraphs.of(ex.clean_text)
    ex.layout = info
    return ex
