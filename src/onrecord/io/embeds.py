"""embeds: the social posts a page embeds, read from its markup, and a page cut off before its end.

A page reader (trafilatura) writes an embedded post's paragraphs as lines like the article's own, and only its
signature line ("— Name (@handle) Month D, YYYY") tells the post from the prose: the social stage then took
only the post's last line (a post of several paragraphs, or of lines broken with ``<br>``), and a post with no
hashtag, handle or link above it was not joined (issue 11). The embed's own markup says where the post begins
and ends: each platform's embed code is a ``<blockquote>`` of a known class (Twitter/X ``twitter-tweet``,
Instagram ``instagram-media``, TikTok ``tiktok-embed``, Facebook ``fb-xfbml-parse-ignore``, Bluesky
``bluesky-embed``, Threads ``text-post-media``), which lxml reads here.

The article text is never changed: a post whose words the reader kept is located in the text (``locate``; its
span indexes the text exactly as the reader returns it), and a post whose words it dropped is kept as a record
with no span (``start`` and ``end`` None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from ..errors import Err, OnrecordError
from ..model import SocialPost

# The embed code's blockquote class of each platform (the platforms' own embed snippets).
EMBED_CLASSES = (
    ("twitter-tweet", "twitter"),
    ("twitter-video", "twitter"),
    ("instagram-media", "instagram"),
    ("tiktok-embed", "tiktok"),
    ("fb-xfbml-parse-ignore", "facebook"),
    ("bluesky-embed", "bluesky"),
    ("text-post-media", "threads"),
)
_XPATH = "//blockquote[" + " or ".join(f"contains(@class, '{c}')" for c, _ in EMBED_CLASSES) + "]"
_DASHES = "\u2014\u2013-"
# The signature of a Twitter/X or Bluesky embed: "— Name (@handle) Date".
_SIGNATURE = re.compile(
    rf"^\s*[{_DASHES}]+\s*(?P<author>.*?)\s*\((?P<handle>@[\w.:-]{{1,253}})\)\s*(?P<date>.*?)\s*$", re.S
)
SIGNATURE_CHARS = 400  # a signature line is a name, a handle and a date: a longer text is none (and is not matched)
_SHARED_BY = re.compile(r"(?:post|photo|video) shared by\s+(?P<author>.*?)\s*\((?P<handle>@?[\w.]{1,30})\)", re.S)
_POSTED_BY = re.compile(r"Posted by\s+(?P<author>.+?)\s+on\s+(?P<date>.+?)\s*$", re.S)
_SCAFFOLD = re.compile(r"^\s*(?:View this (?:post|profile|video) on Instagram|View on Threads)\s*$", re.I)
_WEEKDAY = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s*")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%Y-%m-%d")


@dataclass(frozen=True, slots=True)
class Embed:
    """One post read from a page's embed code: its platform, author, handle, date (YYYY-MM-DD), URL and words."""

    platform: str
    author: str | None
    handle: str | None
    date: str | None
    url: str | None
    text: str


def page_embeds(root: Any) -> list[Embed]:
    """The embedded posts of a page (``root``: its lxml tree, changed here: each ``<br>`` becomes a line break
    in its text), in page order; a post with no words (an embed code that holds only its link) is none."""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    posts = []
    for bq in root.xpath(_XPATH):
        classes = (bq.get("class") or "").split()
        platform = next((p for c, p in EMBED_CLASSES if c in classes), None)
        if platform is None:
            continue
        reader = {"instagram": _instagram, "tiktok": _tiktok, "facebook": _facebook}.get(platform, _tweet)
        post = reader(bq, platform)
        if post is not None and post.text:
            posts.append(post)
    return posts


def _clean(text: str) -> str:
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _iso(date: str | None) -> str | None:
    if not date:
        return None
    date = _WEEKDAY.sub("", date.strip()).split(" at ")[0].strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", date):
        return date[:10]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(date, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _signature(text: str) -> re.Match[str] | None:
    return _SIGNATURE.match(text) if len(text) <= SIGNATURE_CHARS else None


def _link(bq: Any, part: str) -> str | None:
    """The last link in the embed whose address holds ``part`` ("/status/"), without its query string."""
    hrefs = [a.get("href") or "" for a in bq.iter("a")]
    href = next((h for h in reversed(hrefs) if part in h), None)
    return href.split("?")[0] if href else None


def _tweet(bq: Any, platform: str) -> Embed | None:
    """A Twitter/X (or Bluesky, Threads) embed: its paragraphs, then "— Name (@handle) <a>Date</a>"."""
    words, signature = [], None
    for p in bq.iter("p"):
        text = p.text_content()
        if signature is None and _signature(text):
            signature = text
        elif not _SCAFFOLD.match(text):
            words.append(text)
    whole = bq.text_content()
    if signature is None:  # the signature as the blockquote's own text, after the last paragraph
        tail = whole[whole.rfind(words[-1]) + len(words[-1]) :] if words else whole
        signature = tail if _signature(tail) else None
    if not words and signature is None:
        words = [whole]
    m = _signature(signature or "")
    url = _link(bq, "/status/") or _link(bq, "/post/")
    handle = m.group("handle") if m else None
    if handle is None and url:
        first = urlsplit(url).path.strip("/").split("/")[0]
        handle = "@" + first.lstrip("@") if first else None
    return Embed(
        platform,
        _clean(m.group("author")) or None if m else None,
        handle,
        _iso(m.group("date")) if m else None,
        url,
        _clean("\n".join(words)),
    )


def _instagram(bq: Any, platform: str) -> Embed | None:
    """An Instagram embed: its caption paragraphs, then "A post shared by Name (@handle) on <time>"."""
    words, author, handle, date = [], None, None, None
    for p in bq.iter("p"):
        text = p.text_content()
        m = _SHARED_BY.search(text)
        if m is not None:
            author, handle = _clean(m.group("author")) or None, m.group("handle")
            time = next(iter(p.iter("time")), None)
            date = _iso(time.get("datetime") if time is not None else None)
        elif not _SCAFFOLD.match(text):
            words.append(text)
    url = bq.get("data-instgrm-permalink") or _link(bq, "instagram.com/")
    url = url.split("?")[0] if url else None
    handle = handle if handle is None or handle.startswith("@") else "@" + handle
    return Embed(platform, author, handle, date, url, _clean("\n".join(words)))


def _tiktok(bq: Any, platform: str) -> Embed | None:
    """A TikTok embed: ``<section>`` with the author's link ("@user"), the caption ``<p>``, the sound's link."""
    url = (bq.get("cite") or "").split("?")[0] or None
    handle = next((a.get("title") for a in bq.iter("a") if (a.get("title") or "").startswith("@")), None)
    if handle is None and url:
        handle = next((s for s in urlsplit(url).path.split("/") if s.startswith("@")), None)
    words = [p.text_content() for p in bq.iter("p")]
    return Embed(platform, None, handle, None, url, _clean("\n".join(words)))


def _facebook(bq: Any, platform: str) -> Embed | None:
    """A Facebook embed: its paragraphs, then "Posted by <a>Name</a> on <a>Date</a>" (no handle)."""
    words = [p.text_content() for p in bq.iter("p")]
    tail = bq.text_content()
    if words:
        tail = tail[tail.rfind(words[-1]) + len(words[-1]) :]
    m = _POSTED_BY.search(tail)
    parent = bq.getparent()
    url = bq.get("cite") or (parent.get("data-href") if parent is not None else None)
    return Embed(
        platform,
        _clean(m.group("author")) or None if m else None,
        None,
        _iso(m.group("date")) if m else None,
        url,
        _clean("\n".join(words)),
    )


def locate(text: str, embeds: list[Embed]) -> list[SocialPost]:
    """Each embed as a SocialPost whose span indexes ``text`` (the article text, unchanged): its words are
    found in the text compared without white space (a reader writes the post's lines and spaces its own way),
    after the post before it, the occurrence nearest before its signature ("(@handle)") when the text has
    one. ``start``: the post's first character; ``text``: ``text[start:...]`` through its last word; ``end``:
    the end of its signature line when that line follows the words, else of the words. An embed whose words
    are not in the text is a SocialPost with ``start`` and ``end`` None and its words from the markup."""
    squeezed_chars, index = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            squeezed_chars.append(ch)
            index.append(i)
    squeezed = "".join(squeezed_chars)
    posts, pos = [], 0
    for e in embeds:
        key = "".join(e.text.split())
        sig = squeezed.find(f"({e.handle})", pos) if e.handle else -1
        k = squeezed.rfind(key, pos, sig) if sig >= 0 else -1
        if k < 0:
            k = squeezed.find(key, pos)
        if not key or k < 0:
            posts.append(SocialPost(e.platform, e.author, e.handle, e.date, e.url, e.text, None, None))
            continue
        start, words_end = index[k], index[k + len(key) - 1] + 1
        pos = k + len(key)
        end = words_end
        line_end = text.find("\n", words_end)
        next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
        next_line = text[line_end + 1 : next_end if next_end >= 0 else len(text)] if line_end >= 0 else ""
        if not text[words_end : max(line_end, words_end)].strip() and e.handle and f"({e.handle})" in next_line:
            end = next_end if next_end >= 0 else len(text)
            while end > start and text[end - 1].isspace():
                end -= 1
        posts.append(SocialPost(e.platform, e.author, e.handle, e.date, e.url, text[start:words_end], start, end))
    return posts


_CLOSING = re.compile(rb"</(?:html|body)\s*>", re.I)
# What a whole paragraph ends with: a full stop, a question or exclamation mark, an ellipsis, a closing quotation
# mark (German closes with U+201C, French with a guillemet) or bracket, a colon before a list.
_PARAGRAPH_END = ".!?\"'\u201d\u201c\u2019\u00bb\u00ab\u203a)]:;\u2026"


def cut_page(data: bytes, text: str, where: str) -> OnrecordError | None:
    """E054, the warning that a page was cut off before its end, or None. A page is cut when it opens as a
    document (``<html``, ``<body>``) and closes neither (no ``</body>``, no ``</html>``), or when its text's last
    paragraph stops mid-sentence inside a quotation (its markup closed after the cut: a paywall's teaser). Of the
    623 pages of the project's HTML corpora (fundus, mozilla-readability, newspaper3k, scrapinghub-aeb) read as
    articles, one of each, both cut. The detail says which signs the page shows."""
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    mid = bool(last) and last[-1] not in _PARAGRAPH_END
    quote_open = _open_quote(last)
    unclosed = re.search(rb"<(?:html|body)\b", data[:200_000], re.I) is not None and not _CLOSING.search(data)
    if not unclosed and not (mid and quote_open):
        return None
    signs = ["the page has no closing </body> or </html>"] if unclosed else []
    if mid:
        signs.append(f"its text ends mid-sentence ('...{last[-40:]}')")
    if quote_open:
        signs.append("a quotation is left open at the end")
    return OnrecordError(Err.E054, source=where, detail="; ".join(signs))


def _open_quote(line: str) -> bool:
    """Whether a paragraph leaves a quotation open: more opening curly marks than closing (U+201E opens and
    U+201C closes where the paragraph uses the German low mark, else U+201C opens and U+201D closes), or an
    odd number of straight double marks."""
    if "\u201e" in line:
        opened, closed = line.count("\u201e"), line.count("\u201c") + line.count("\u201d")
    else:
        opened, closed = line.count("\u201c"), line.count("\u201d")
    return opened > closed or line.count('"') % 2 == 1
