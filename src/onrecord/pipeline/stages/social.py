"""social: embedded posts in their plain-text fallback form.

Twitter/X embeds degrade to ``TEXT URL — Name (@handle) Month D, YYYY``;
Instagram's to ``A post shared by Name (@handle) on DATE``.
"""
from __future__ import annotations

import re
from datetime import datetime

from ...model import Extraction, SocialPost
from ..registry import register_stage

_TWEET = re.compile(
    r"(?P<text>[^\n]*?)\s*(?P<url>(?:https?://|pic\.twitter\.com/)\S+)?\s*[\u2014\u2013-]{1,2}\s*"
    r"(?P<author>[^\n()\u2014]{1,80}?)\s*\((?P<handle>@\w{1,30})\)\s*"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})"
    r"[ \t\r]*$",
    re.MULTILINE,
)
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


@register_stage("social")
def find_social_posts(ex: Extraction) -> Extraction:
    text = ex.article.text
    posts: list[SocialPost] = []
    # Fast path: only lines that carry a handle can be embeds (the patterns are costly on long lines).
    candidate_lines = [m for m in re.finditer(r"[^\n]+", text) if "(@" in m.group(0) or "shared by" in m.group(0)]
    tweets = [t for line in candidate_lines for t in [_TWEET.search(text, line.start(), line.end())] if t]
    instagrams = [g for line in candidate_lines for g in [_INSTAGRAM.search(text, line.start(), line.end())] if g]
    for m in tweets:
        start = m.start("text") if m.group("text").strip() else (m.start("url") if m.group("url") else m.start("author"))
        while start < m.end() and text[start].isspace():
            start += 1
        url = m.group("url")
        platform = "twitter"
        posts.append(
            SocialPost(platform, m.group("author").strip(), m.group("handle"), _iso(m.group("date")), url, m.group("text").strip(), start, m.end())
        )
    for m in instagrams:
        # The caption is the paragraph right before the attribution line, when there is one.
        before = text[:m.start()].rstrip()
        cap_start = before.rfind("\n") + 1
        caption = before[cap_start:].strip()
        start = cap_start if caption and len(caption) < 3000 else m.start()
        while start < m.end() and text[start].isspace():
            start += 1
        handle = m.group("handle")
        posts.append(
            SocialPost("instagram", m.group("author").strip(), handle if handle.startswith("@") else "@" + handle, _iso(m.group("date")), None, caption if start < m.start() else "", start, m.end())
        )
    posts.sort(key=lambda p: p.start)
    ex.social_posts = posts
    # Link each post to the person of the same name.
    for post in posts:
        for person in ex.people:
            if person.name and post.author and person.name.lower() == post.author.lower():
                person.handle = person.handle or post.handle
    return ex
