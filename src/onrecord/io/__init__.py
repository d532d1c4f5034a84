"""Inputs: text, JSON Lines, HTML, WARC and gzip readers that yield articles or problems."""
