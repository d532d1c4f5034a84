"""The one data model every stage annotates (in the spirit of spaCy's Doc/Span).

Every span is a pair of character offsets into ``Article.text`` exactly as the
user gave it: ``article.text[span.start:span.end] == span.text`` always holds,
whatever normalisation a stage does internally.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .lexicon.outlets import article_outlet


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]`` (character offsets into the text as given)."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: ``{start, end, text}``."""
        return {"start": self.start, "end": self.end, "text": self.text}

    def overlaps(self, other: Span) -> bool:
        """Whether the two half-open spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)
class Mention:
    """One place where the article refers to a person."""

    start: int
    end: int
    text: str
    kind: str  # "name" | "pronoun" | "description" | "handle"

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of a mention (see the README's output schema)."""
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass(slots=True)
class Person:
    """Someone (or some organisation, or an unnamed source) the article quotes or names."""

    id: str
    name: str | None  # the fullest name in the article, title included; None for unnamed sources
    kind: str = "person"  # "person" | "organisation" | "unnamed"
    mentions: list[Mention] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    gender: str | None = None  # how the article refers to them: "female" | "male" | "plural"
    gender_evidence: str | None = None
    age: int | None = None
    handle: str | None = None
    title: str | None = None  # honorific or office: "Sen.", "Mr.", "President"
    relations: list[tuple[str, str]] = field(default_factory=list)  # (relation, other person's name)

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of a person: id, name, kind, descriptors, mentions and the rest (README)."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "mentions": [m.to_dict() for m in self.mentions],
            "descriptors": list(self.descriptors),
            "gender": self.gender,
            "gender_evidence": self.gender_evidence,
            "age": self.age,
            "handle": self.handle,
            "title": self.title,
            "relations": [{"relation": r, "to": other} for r, other in self.relations],
        }


@dataclass(slots=True)
class SocialPost:
    """An embedded social-media post in its plain-text fallback form, or read from a page's embed code.

    ``start``/``end``: the post's span in the article text (its words, then its signature line); both None for
    a post whose words the page's embed code holds but the article text does not (``io.embeds``), whose
    ``text`` is then the words as the embed code has them.
    """

    platform: str
    author: str | None
    handle: str | None
    date: str | None
    url: str | None
    text: str
    start: int | None
    end: int | None

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of an embedded social post, its span included (README)."""
        return {
            "platform": self.platform,
            "author": self.author,
            "handle": self.handle,
            "date": self.date,
            "url": self.url,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(slots=True)
class Noise:
    """Text that is part of the input but not of the article (scraper residue, headers)."""

    start: int
    end: int
    text: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: the noise's span and ``why`` it is noise."""
        return {"start": self.start, "end": self.end, "text": self.text, "why": self.why}


@dataclass(slots=True)
class Quote:
    """A quotation (or reported statement) and who said it.

    ``start``/``end`` cover the quoted words without the quotation marks.
    ``kind`` is "direct" (a clause or more in quotation marks), "partial" (a
    quoted fragment inside the reporter's sentence; when the fragment sits in a
    reported clause, the span is the whole clause and ``fragment`` the words in
    marks), "indirect" (reported speech, no quotation marks) or "post" (an embedded social post, its author's
    own words without quotation marks; only when asked for, ``pipeline.stages.social``).
    ``content`` gives an indirect quote's shape (None for the others): "clause" ("said that the plan
    failed"), "infinitive" ("vowed to cut taxes") or "noun phrase" ("criticized the plan", "called for
    a ban", "endorsed Clinton"): attribution in the sense of PARC 3.0 (Pareti 2016) and PolNeAR
    (Newell et al. 2018), which a reader who wants only reported statements can filter out.
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: Person | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None
    medium: str | None = None
    outlet: str | None = None
    confidence: float = 0.0
    evidence: str = ""
    group: int | None = None  # quotes split by one attribution share a group
    open_start: int | None = None  # offset of the opening mark, when there is one
    close_end: int | None = None  # offset just after the closing mark, when there is one
    paragraph: int = 0
    # A mixed quote (kind "partial" spanning a reported clause): the words in quotation marks it holds.
    fragment: Span | None = None
    content: str | None = None  # an indirect quote's shape: "clause", "infinitive" or "noun phrase"

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of a quotation: span, kind, speaker, mention, cue, medium, confidence (0-1), evidence,
        and for reported speech the content's shape."""
        speaker = None
        if self.speaker is not None:
            speaker = {
                "id": self.speaker.id,
                "name": self.speaker.name,
                "kind": self.speaker.kind,
                "descriptors": list(self.speaker.descriptors),
            }
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": speaker,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "medium": self.medium,
            "outlet": self.outlet,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence,
            "group": self.group,
            "fragment": self.fragment.to_dict() if self.fragment else None,
            "content": self.content,
        }


@dataclass(slots=True)
class Article:
    """An input article; ``text`` is kept exactly as given."""

    text: str
    id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    # Where the record came from (provenance): a JSON record's ``source`` (a dataset's label), else the input
    # file. Never shown as the outlet: "Horne & Adali 2017 random political news; label=real" is no publisher.
    source: str | None = None
    format: str = "text"
    # The publisher as the input names it: a page's site name from its metadata, a JSON record's ``outlet``
    # (or ``publisher``) field. ``Extraction.to_dict`` shows the outlet from this and the URL's host.
    outlet: str | None = None  # "text" | "html" | "warc": a page's text is what trafilatura read from it
    # The posts a page embeds, read from its embed code (``io.embeds``): located in ``text`` where the reader
    # kept their words, else with no span. Empty for text and JSON Lines input.
    embeds: list[SocialPost] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    """Everything the pipeline found in one article: the output.

    The stages' working state is ``pipeline.state.ArticleState``; ``to_dict`` gives the JSON shape.
    """

    article: Article
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    social_posts: list[SocialPost] = field(default_factory=list)
    noise: list[Noise] = field(default_factory=list)
    # Limits of the budget that were hit (pipeline.budget), or a text not in English: in the output only when
    # there are any.
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of the whole extraction (README's output schema); ``warnings`` only when there are any."""
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "date": a.date,
            "url": a.url,
            "outlet": article_outlet(a.url, a.outlet),
            "source": a.source,
            "quotes": [q.to_dict() for q in self.quotes],
            "people": [p.to_dict() for p in self.people],
            "social_posts": [s.to_dict() for s in self.social_posts],
            "noise": [n.to_dict() for n in self.noise],
            # Read from a page: the offsets index this text, not the page's markup, so it comes along.
            **({"format": a.format, "text": a.text} if a.format in ("html", "warc") else {}),
        } | ({"warnings": list(self.warnings)} if self.warnings else {})
