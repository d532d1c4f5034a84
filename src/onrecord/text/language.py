"""Is this text English? A cheap function-word count, so a user is told when onrecord reads text
in a language it was not built for (its rules, word lists and model are English).

The share of a language's commonest function words is 25-45 % of the words of running text in that
language and a few per cent in another. Each language has its own profile
(``lexicon.english.OTHER_LANGUAGES``: eighteen profiles, from German to Indonesian, Tagalog and
Vietnamese), so a text is told as foreign by whichever profile it fits, not by one language's list.
Measured on every English set of ../shared/data/corpora (23,379 JSON Lines texts of seven sets and
their 233,067 lines of 8-39 words): none is taken for another language. Tables and wire-service
price lists have few function words of any language, so a text is called foreign only when another
language's share is both clearly present and above English's.

A short text (8 to 39 words: a brief, two sentences) has too few words for shares; it is called
foreign only when it holds no English function word at all and ``MIN_SHORT_FOREIGN`` different
ones of another language, ``MIN_SHORT_SHARE`` of its words, in at least one whole sentence
(``_short_foreign``): a name such as "Office National des Postes et Telecommunications du Maroc" in
an English table is not a sentence. Measured on every line of 8-39 words of the English sets of ../shared/data/corpora
(236,361 headlines, captions, table rows, wrapped lines): none is called foreign
(tests/test_robust.py). A text written mostly in another script (Chinese, Cyrillic, Arabic...) is
not English whatever its length, once it has ``MIN_SCRIPT_LETTERS`` letters.

A text of running words with almost no common word of English and none of another profile is in no
language onrecord knows (``unknown_language``): filler such as "Lorem ipsum", or a language without a
profile (trial6 M7). Its rows are words, not the figures of a table: of the 22,175 texts of 40 words or
more of ../shared/data/corpora (JSON Lines and text), those with ``MIN_WORDLIKE`` of their tokens words
and 100 words or more have 12.2 % common English words at the least (a rugby fixture list); tables
of figures with no common word have at most 86 % of their tokens words.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable

from ..lexicon.english import FUNCTION_WORDS, OTHER_LANGUAGES, SCRIPTS

MIN_WORDS = 40  # below this the shares say nothing; the short-text rule applies instead
MIN_SHORT_WORDS = 8  # below this not even the short-text rule can tell
MIN_SHORT_FOREIGN = 3  # a short text needs this many different function words of one other language...
MIN_SHORT_SHARE = 0.15  # ...making up this share of its words (and no English function word at all)
MIN_FOREIGN_SHARE = 0.12  # another language's words must make up at least this share of the words
MIN_SCRIPT_LETTERS = 12  # letters needed before the script of a text says anything
MIN_SCRIPT_SHARE = 0.5  # share of the letters in one non-Latin script that makes a text not English
MIN_KANA_SHARE = 0.1  # kana among the Chinese-script letters that make a text Japanese (Japanese prose: far more)
MIN_UNKNOWN_WORDS = 100  # words a text needs before it can be called of no known language...
MIN_DISTINCT_WORDS = 5  # ...and different words: one word repeated ("word word ...", a test's filler) says nothing
MIN_WORDLIKE = 0.9  # ...share of its tokens that are words (a table of figures has at most 0.86)...
MAX_UNKNOWN_ENGLISH = 0.06  # ...and English function words under this share (news prose: 0.122 at the least)

_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_TOKEN = re.compile(r"\S+")
_NOT_ASCII_LETTERS = bytes(b for b in range(128) if chr(b) not in string.ascii_letters)
_TOKEN_PUNCT = ".,;:!?\"'()\u201c\u201d\u2018\u2019"
_SENTENCE_END = re.compile(r"[^\W\d_][.!?]+(?:[\"'\u201d\u2019\u00bb)]*)(?:\s|\Z)")  # a word, then . ! or ?


def foreign_language(text: str) -> tuple[str, float, float] | None:
    """``(language, its share, English's share)`` when ``text`` reads as another language, else None.

    Shares are fractions (0-1): of the words for a language told by its function words, of the
    letters for one told by its script (``SCRIPTS``; English's share is then 0). Only the first
    20,000 characters are counted.
    """
    head = text[:20_000]
    script = foreign_script(head)
    if script is not None:
        return script
    words, counts = _counted_words(head)
    if len(words) < MIN_SHORT_WORDS:
        return None
    if len(words) < MIN_WORDS:
        return _short_foreign(words) if _SENTENCE_END.search(head) else None
    english = _occurrences(counts, FUNCTION_WORDS)
    count, language = max((_occurrences(counts, ws), name) for name, ws in OTHER_LANGUAGES.items())
    share, english_share = count / len(words), english / len(words)
    if share >= MIN_FOREIGN_SHARE and share > english_share:
        return language, share, english_share
    return None


@functools.lru_cache(maxsize=2)
def _counted_words(head: str) -> tuple[list[str], Counter[str]]:
    """The words of ``head`` (lower case, in order) and their counts; each language's words are then counted by
    their set, not by a pass over the text. Kept for the last two texts: ``language_warning`` asks
    ``foreign_language`` and then ``unknown_language`` of the same one (callers must not change them)."""
    words = _WORD.findall(head.lower())
    return words, Counter(words)


def _occurrences(counts: Counter[str], words: Iterable[str]) -> int:
    """How many of the counted words are in ``words`` (a set of distinct words), repeats included."""
    return sum(counts[w] for w in words if w in counts)


def _short_foreign(words: list[str]) -> tuple[str, float, float] | None:
    """The short-text rule: no English function word, and ``MIN_SHORT_FOREIGN`` different function
    words of one other language making up ``MIN_SHORT_SHARE`` of the words. One-letter words are not
    counted: they are initials and table codes as often as words ("E.O.A.", "o", "y")."""
    if any(w in FUNCTION_WORDS for w in words):
        return None
    found = {name: [w for w in words if len(w) > 1 and w in ws] for name, ws in OTHER_LANGUAGES.items()}
    language, hits = max(found.items(), key=lambda kv: (len(set(kv[1])), len(kv[1])))
    share = len(hits) / len(words)
    if len(set(hits)) >= MIN_SHORT_FOREIGN and share >= MIN_SHORT_SHARE:
        return language, share, 0.0
    return None


def foreign_script(text: str) -> tuple[str, float, float] | None:
    """``(language, share of the letters, 0.0)`` when most letters of ``text`` are in one script
    other than Latin (``SCRIPTS`` maps the Unicode name's first word to the language), else None."""
    counts: dict[str, int] = {}
    # ASCII letters are counted in C (the ASCII bytes with every other byte deleted: two passes, not one
    # str.count per letter); only the other characters are looked at one by one.
    letters = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    for ch in _NON_ASCII.findall(text):
        if not ch.isalpha():
            continue
        letters += 1
        first = unicodedata.name(ch, "").split(" ", 1)[0]
        if first in SCRIPTS:
            counts[SCRIPTS[first]] = counts.get(SCRIPTS[first], 0) + 1
    if letters < MIN_SCRIPT_LETTERS or not counts:
        return None
    # Japanese writes with Chinese characters and kana (running Japanese prose is mostly kana: its grammatical
    # endings and particles); a stray kana in Chinese text ("ぃ" in a People's Daily page) leaves it Chinese.
    if "Japanese" in counts and "Chinese" in counts:
        kana, han = counts.pop("Japanese"), counts.pop("Chinese")
        japanese = kana >= MIN_KANA_SHARE * (kana + han)
        counts = {("Japanese" if japanese else "Chinese"): kana + han, **counts}
    language, count = max(counts.items(), key=lambda kv: kv[1])
    share = count / letters
    return (language, share, 0.0) if share >= MIN_SCRIPT_SHARE else None


def unknown_language(text: str) -> str | None:
    """Why ``text`` (its first 20,000 characters) is in no language onrecord knows, else None: running
    words (``MIN_WORDLIKE`` of its tokens), ``MIN_UNKNOWN_WORDS`` or more of ``MIN_DISTINCT_WORDS`` different
    ones at least, under ``MAX_UNKNOWN_ENGLISH``
    of them common English words, and no other profile fits (``foreign_language``). See the module."""
    head = text[:20_000]
    words, counts = _counted_words(head)
    if len(words) < MIN_UNKNOWN_WORDS or len(counts) < MIN_DISTINCT_WORDS:
        return None
    english = _occurrences(counts, FUNCTION_WORDS) / len(words)
    if english >= MAX_UNKNOWN_ENGLISH:
        return None  # English's common words, as in all news (told first: the token count below costs more)
    tokens = _TOKEN.findall(head)
    wordlike = sum(1 for t in tokens if t.strip(_TOKEN_PUNCT).isalpha()) / len(tokens)
    if wordlike < MIN_WORDLIKE or foreign_language(head) is not None:
        return None
    return (
        f"its words are of no language onrecord knows: {english:.0%} are common English words and none of "
        f"the {len(OTHER_LANGUAGES)} other languages it tells fits (filler such as 'Lorem ipsum', or a language "
        "it has no profile for)"
    )


def language_warning(text: str) -> str | None:
    """The one-line warning for a text that is not English (``foreign_language``), else None."""
    foreign = foreign_language(text)
    if foreign is None:
        unknown = unknown_language(text)
        return None if unknown is None else f"{unknown}; expect no quotation found, or junk"
    language, share, english = foreign
    if english == 0.0 and foreign_script(text[:20_000]) is not None:
        why = f"{share:.0%} of its letters are in its script"
    else:
        why = f"{share:.0%} of its words are common {language} words, {english:.0%} common English ones"
    return (
        f"the text reads as {language}, not English ({why}); onrecord is built for English news, so expect "
        "quotations missed or attributed wrongly"
    )
