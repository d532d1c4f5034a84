"""What the medium tests read of an extraction: per quotation in marks, in text order, its medium and outlet
(``media``), or its speaker's name, medium and outlet (``voiced_media``). Reported speech is left out."""


def _in_marks(ex):
    return [q for q in sorted(ex.quotes, key=lambda q: q.start) if q.kind != "indirect"]


def media(ex):
    """[(medium, outlet)] of ``ex``'s quotations in marks."""
    return [(q.medium, q.outlet) for q in _in_marks(ex)]


def voiced_media(ex):
    """[(speaker name or None, medium, outlet)] of ``ex``'s quotations in marks."""
    return [(q.speaker.name if q.speaker else None, q.medium, q.outlet) for q in _in_marks(ex)]
