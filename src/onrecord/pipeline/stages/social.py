"""social: embedded posts in their plain-text fallback form.

Twitter/X embeds degrade to ``TEXT URL — Name (@handle) Month D, YYYY``;
Instagram's to ``A post shared by Name (@handle) on DATE``.
"""

from __future__ import annotations

import re
from datetime import datetime

import re2

from ...model import SocialPost
from ..registry import register_stage
from ..state import ArticleState

# Python's \s (str.isspace), spelled out for RE2, whose \s is ASCII only.
_WS = r"[\t\n\x0b\f\r\x1c-\x1f\x85\p{Z}]"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# RE2 (linear time by construction) because the pattern must stay complex: a lazy text, an optional
# URL and a lazy author all meet at the dash; Python's backtracking engine took quadratic time on any
# line holding "(@" (issue 9). It runs on one line at a time, so "$" is the end of the line.
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 32 << 20  # the DFA for the Unicode classes needs more than the 8 MiB default
_RE2_OPTIONS.log_errors = False
_TWEET = re2.compile(
    rf"(?P<text>[^\n]*?){_WS}*(?P<url>(?:https?://|pic\.twitter\.com/)[^\s\x1c-\x1f\x85\p{{Z}}]+)?{_WS}*"
    rf"[\x{{2014}}\x{{2013}}-]{{1,2}}{_WS}*"
    rf"(?P<author>[^\n()\x{{2014}}]{{1,80}}?){_WS}*\((?P<handle>@[\pL\pN_\p{{Mn}}]{{1,30}})\){_WS}*"
    rf"(?P<date>(?:{_MONTHS}){_WS}+\d{{1,2}},{_WS}+\d{{4}})[ \t\r]*$",
    _RE2_OPTIONS,
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_INSTAGRAM = re.compile(
    r"^[ \t]*A (?:post|photo|video) shared by (?P<author>[^\n(]{1,80}?)\s*\((?P<handle>@?[\w.]{1,30})\)"
    r"(?:\s+on\s+(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})(?:[^\n]*)?)?[ \t\r]*$",
    re.MULTILINE,
)


def _iso(date: str | None) -> str | None:
    if not date:
        return None
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y"):
        try:
            return datetime.strptime(date.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _tweet_on(text: str, line_start: int, line_end: int) -> SocialPost | None:
    """The tweet fallback on one line, offsets into ``text``; RE2 sees a surrogate-free copy of the line."""
    line = _SURROGATE.sub("\ufffd", text[line_start:line_end])  # same length: offsets hold
    m = _TWEET.search(line)
    if m is None:
        return None
    idx = _TWEET.groupindex
    text_start, url, author_start = m.start(idx["text"]), m.group(idx["url"]), m.start(idx["author"])
    start = text_start if m.group(idx["text"]).strip() else (m.start(idx["url"]) if url else author_start)
    start += line_start
    end = line_start + m.end()
    while start < end and text[start].isspace():
        start += 1
    return SocialPost(
        "twitter",
        text[line_start + author_start : line_start + m.end(idx["author"])].strip(),
        m.group(idx["handle"]),
        _iso(m.group(idx["date"])),
        url and text[line_start + m.start(idx["url"]) : line_start + m.end(idx["url"])],
        text[line_start + text_start : line_start + m.end(idx["text"])].strip(),
        start,
        end,
    )


def _instagram_on(text: str, line_start: int, line_end: int) -> SocialPost | None:
    """The Instagram fallback on one line; its caption is the paragraph right before, when there is one."""
    m = _INSTAGRAM.search(text, line_start, line_end)
    if m is None:
        return None
    before_end = m.start()
    while before_end > 0 and text[before_end - 1].isspace():  # rstrip without copying the text before
        before_end -= 1
    window = max(0, before_end - 3001)  # a caption of 3,000 characters or more is not taken
    cap_start = text.rfind("\n", window, before_end) + 1
    caption = "" if cap_start == 0 and window > 0 else text[cap_start:before_end].strip()
    start = cap_start if caption and len(caption) < 3000 else m.start()
    while start < m.end() and text[start].isspace():
        start += 1
    handle = m.group("handle")
    return SocialPost(
        "instagram",
        m.group("author").strip(),
        handle if handle.startswith("@") else "@" + handle,
        _iso(m.group("date")),
        None,
        caption if start < m.start() else "",
        start,
        m.end(),
    )


@register_stage("social", requires=("article", "people"), assigns=("social_posts",))
def find_social_posts(ex: ArticleState) -> ArticleState:
    """Embedded posts (tweets, Instagram posts) in their plain-text fallback form, one line each."""
    text = ex.article.text
    # Only lines that carry a handle can be embeds.
    candidate_lines = [
        m.span() for m in re.finditer(r"[^\n]+", text) if "(@" in m.group(0) or "shared by" in m.group(0)
    ]
    tweets = [t for s, e in candidate_lines if "(@" in text[s:e] for t in [_tweet_on(text, s, e)] if t]
    instagrams = [g for s, e in candidate_lines for g in [_instagram_on(text, s, e)] if g]
    posts = tweets + instagrams
    posts.sort(key=lambda p: p.start)
    ex.social_posts = posts
    # Link each post to the person of the same name.
    for post in posts:
        for person in ex.people:
            if person.name and post.author and person.name.lower() == post.author.lower():
                person.handle = person.handle or post.handle
    return ex
