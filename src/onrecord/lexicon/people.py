"""Words about people that are not names: gender words, relations, unnamed-source heads, non-names.

* ``FEMALE_WORDS`` / ``MALE_WORDS``: words that tell how an article refers to a person ("actress",
  "husband"); they vote for the person's gender only where the text ties them to the name.
* ``RELATION_WORDS``: kinship and partner nouns and the relation each names ("husband" -> spouse_of).
* ``UNNAMED_HEADS``: heads of descriptions that stand for an unnamed source ("a source", "an aide").
* ``NOT_NAMES``: capitalised words that are never part of a person's name (pronouns, weekdays,
  platforms, interjections, sentence-opening function words).
"""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

FEMALE_WORDS = {
    "mrs", "mrs.", "ms", "ms.", "miss", "actress", "wife", "mother", "mom", "mum", "daughter", "sister", "girlfriend",
    "queen", "princess", "duchess", "lady", "woman", "girl", "grandmother", "aunt", "niece", "bride", "fiancee",
    "fiancée", "businesswoman", "congresswoman", "chairwoman", "spokeswoman", "waitress", "heiress", "dame", "madam",
    "first lady", "socialite", "mother-of-two", "mum-of-two", "songstress", "stepmother", "ex-wife", "widow", "countess",
}
MALE_WORDS = {
    "mr", "mr.", "actor", "husband", "father", "dad", "son", "brother", "boyfriend", "king", "prince", "duke", "lord",
    "man", "boy", "grandfather", "uncle", "nephew", "groom", "fiance", "businessman", "congressman", "chairman",
    "spokesman", "sir", "ex-husband", "stepfather", "widower", "earl", "count", "father-of-two",
}
RELATION_WORDS = {
    "husband": "spouse_of", "wife": "spouse_of", "spouse": "spouse_of", "son": "child_of", "daughter": "child_of",
    "mother": "parent_of", "father": "parent_of", "mom": "parent_of", "dad": "parent_of", "brother": "sibling_of",
    "sister": "sibling_of", "boyfriend": "partner_of", "girlfriend": "partner_of", "fiance": "partner_of",
    "fiancé": "partner_of", "fiancee": "partner_of", "fiancée": "partner_of", "ex-wife": "former_spouse_of",
    "ex-husband": "former_spouse_of", "baby": "child_of",
}
UNNAMED_HEADS = {
    "source", "sources", "insider", "insiders", "friend", "friends", "pal", "relative", "eyewitness", "witness",
    "official", "officials", "aide", "aides", "spokesperson", "spokesman", "spokeswoman", "rep", "representative",
    "publicist", "observer", "analyst", "expert", "people", "someone", "person", "staffer", "neighbor", "neighbour",
    "member", "members", "one", "fan", "fans", "critics", "supporters", "statement", "report", "reports", "poll",
}
_BASE_NOT_NAMES = {
    "i", "we", "you", "it", "the", "a", "an", "this", "that", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "instagram", "twitter", "facebook", "tiktok", "youtube", "snapchat",
    "god", "jesus", "oh", "hey", "advtg", "photo", "getty", "images", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "but", "and", "so",
    "mom", "dad", "honey", "baby", "thank", "thanks", "please", "happy", "birthday", "love", "merry", "christmas",
    "what", "when", "where", "why", "how", "who", "these", "those", "after", "before", "while", "if", "as", "in",
    "on", "at", "today", "tonight", "live", "show", "yes", "no", "well", "now", "then", "here", "there", "just",
}
# Names that are also English function words: kept out of the stop-word test below.
NAME_LIKE_STOP_WORDS: frozenset[str] = frozenset({"will", "may", "bill", "mark", "sue", "rose", "amber", "june"})
# Months are names only after a first name ("Theresa May", "April Ryan" before a surname).
MONTHS: frozenset[str] = frozenset(
    "january february march april may june july august september october november december".split()
)
NOT_NAMES: frozenset[str] = frozenset(
    (_BASE_NOT_NAMES - MONTHS) | (set(STOP_WORDS) - NAME_LIKE_STOP_WORDS)
    | {"perhaps", "meanwhile", "however", "indeed", "still", "also", "instead", "yet", "chats", "exclusive", "watch", "read", "opinion"}
)

# Generational suffixes written after a name ("Donald Trump Jr.", "Martin Luther King III"): part of the
# name, so a father and his son stay two people (normalised: lower case, no dot).
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
