"""Plain-text helpers every stage shares: paragraphs, sentences, quotation-mark families, spans.

One place for each: ``paragraphs.Paragraphs`` answers "which paragraph holds this offset" by
bisection, ``sentences.sentence_bounds`` is the one sentence splitter, ``marks`` names the
quotation-mark families, ``spans`` trims and tests character spans and answers "which span holds
this offset" by bisection (``SpanSet``). Nothing here needs a parser.
"""
