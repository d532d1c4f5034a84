"""Text helpers shared by the stages: spans and paragraphs found by bisection."""
