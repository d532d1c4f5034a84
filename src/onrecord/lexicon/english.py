"""The commonest function words of English and of the languages news in Latin script is most often
written in, to tell English text from text in another language.

Sources: for English, the most frequent word forms of the British National Corpus (Leech, Rayson &
Wilson, *Word Frequencies in Written and Spoken English*, 2001); for the others, the stop-word lists
of the Snowball project (snowballstem.org), cut to their most frequent words, and for languages it has
no list for (Polish, Czech, Tagalog, Swahili, Vietnamese) the function words their grammars list as
the commonest (articles, conjunctions, prepositions, pronouns, copulas). Words that are common in
English too ("a", "in", "die", "of", "to", "on", "by", "at", "man") are left out of the other lists.
"""

from __future__ import annotations


def _words(spaced: str) -> frozenset[str]:
    """The words of a space-separated list (kept as one string so the lists read as prose)."""
    return frozenset(spaced.split())


FUNCTION_WORDS = _words(
    """the of and to is was it for that with as by at he his be are from this have or had not but
    which they she her were you their an been has would there will we all one more said if its who
    when also what can so out about up into than them could only other new some these after"""
)

# Per language: words that are frequent there and rare in English text.
OTHER_LANGUAGES = {
    "German": _words(
        "der und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an "
        "werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum"
    ),
    "French": _words(
        "le la les de des et est du une pour que qui dans pas sur au par il ne se plus sont avec "
        "ce elle mais ont été aux leur nous sa ses cette"
    ),
    "Spanish": _words(
        "el la los las de del y en que es por para con una su al lo como más pero sus le ya "
        "fue este ha sí porque esta entre cuando muy sin sobre"
    ),
    "Italian": _words(
        "il di che e la per una sono della del non si le dei nel alla anche più ma gli ha "
        "questo delle come essere stato"
    ),
    "Dutch": _words(
        "de het een en van is dat op te zijn voor met niet aan er ook als bij door maar om naar dan wordt nog wel werd"
    ),
    "Portuguese": _words(
        "o os de da do das dos e que em um uma para com não por mais ao se na no foi como mas ele ela são pelo pela"
    ),
    "Indonesian or Malay": _words(
        "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena adalah bahwa oleh "
        "saya kami mereka sudah atau telah bisa lebih harus seperti tersebut kita belum hanya jika namun"
    ),
    "Turkish": _words(
        "ve bir bu için ile olarak çok daha gibi olan kadar sonra ancak ama değil veya ise göre diye ki "
        "şu olduğunu dedi bunu"
    ),
    "Polish": _words(
        "się nie że jest jak ale od za dla przez czy jego tak już być są był który która które oraz "
        "jednak także tym ich"
    ),
    "Swedish": _words("och att det som på är av för med har inte ett sig från när också eller efter hade skulle detta"),
    "Danish or Norwegian": _words(
        "og det er som på med ikke har jeg af av også efter etter vil skal blev ble eller når"
    ),
    "Romanian": _words("și în pe care din pentru că este mai sau fost sunt lui prin fi după acest această între"),
    "Czech": _words("se na je že ve jako pro ale jsou od po za jeho který která které také jak již být byl"),
    "Tagalog": _words("ang ng sa mga ay hindi ito si kung ko siya niya din rin lang ni kanyang naman nang"),
    "Swahili": _words(
        "na ya wa kwa ni katika za kuwa hiyo cha huo hii alisema pia lakini au kama wakati baada ambao ambayo"
    ),
    "Vietnamese": _words("và của là có các được cho những trong một người không này đã với khi đến từ cũng"),
    "Finnish": _words("ja ei että se oli hän mutta kun myös tai joka ovat ole sen kuin vain jo"),
    "Hungarian": _words("az és hogy nem egy meg van ez de volt már csak mint el azt ha"),
}

# Scripts other than Latin, by the first word of their letters' Unicode names, and the language (or
# languages) news in that script is most often written in: a text mostly in one of them is not English.
SCRIPTS = {
    "CJK": "Chinese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "HANGUL": "Korean",
    "CYRILLIC": "Russian or another Cyrillic-script language",
    "GREEK": "Greek",
    "ARABIC": "Arabic",
    "HEBREW": "Hebrew",
    "DEVANAGARI": "Hindi",
    "BENGALI": "Bengali",
    "THAI": "Thai",
    "TAMIL": "Tamil",
    "GEORGIAN": "Georgian",
    "ARMENIAN": "Armenian",
}

# Language names that gloss a word in quotation marks ("Veritas - Latin for "truth"", "the Maori word for "whale""):
# the marks cite a word as a word, nobody says it (trial 10 L2).
GLOSS_LANGUAGES: frozenset[str] = _words(
    """Latin Greek French German Spanish Italian Portuguese Dutch Russian Arabic Hebrew Yiddish Persian Farsi Turkish
    Hindi Urdu Sanskrit Bengali Punjabi Tamil Chinese Mandarin Cantonese Japanese Korean Vietnamese Thai Indonesian
    Malay Tagalog Swahili Zulu Xhosa Afrikaans Irish Gaelic Welsh Scots Cornish Breton Basque Catalan Polish Czech
    Hungarian Finnish Swedish Norwegian Danish Icelandic Ukrainian Maori Māori Hawaiian Inuktitut Cree Navajo Quechua
    Norse English"""
)
