"""What FastAPI's request validation (pydantic) finds wrong, as the project's one catalogue line.

FastAPI answers a bad query parameter, path parameter or body with a list of pydantic errors, each
with the whole offending ``input`` (for a body sent as text/plain, the whole body). ``validation_line``
turns that list into one E030 line in the form ``refuse_unknown_query`` uses (``[E030] page: -1 is less
than 1; accepted: ...``): it names each parameter or field, what is wrong, and what is accepted, and
never echoes a body. The app installs it with FastAPI's documented ``RequestValidationError``
handler (https://fastapi.tiangolo.com/tutorial/handling-errors/#override-request-validation-exceptions).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from ...errors import Err, OnrecordError

SHOWN_INPUT = 40  # characters of a query or path value repeated in the message; a body is never repeated

# pydantic error type -> what the parameter accepts (https://docs.pydantic.dev/latest/errors/validation_errors/)
ACCEPTS = {
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_parsing": "a number",
    "float_type": "a number",
    "bool_parsing": "true or false",
    "bool_type": "true or false",
    "string_type": "a string",
    "list_type": "a list",
    "dict_type": "a JSON object",
    "missing": "a value (it is required)",
}
BOUNDS = {"greater_than_equal": ">=", "less_than_equal": "<=", "greater_than": ">", "less_than": "<"}


class ErrorLine(BaseModel):
    """The body of every API error: one catalogue line."""

    detail: str = Field(..., description="[E0NN] what is wrong and what is accepted, one line")


# The routers' 422 in the OpenAPI document: the line above, not FastAPI's default list of pydantic errors
# (FastAPI adds its own only where a route declares no 422).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorLine, "description": "A parameter or body the endpoint refuses ([E030] ...)"}
}


def validation_line(errors: list[dict[str, Any]], route: Any, content_type: str) -> str:
    """One line ``[E030] ...`` for FastAPI's ``RequestValidationError.errors()`` on ``route`` (the
    request's matched route, for the fields a body model accepts); ``content_type``: the request's."""
    parts: list[str] = []
    extra: list[str] = []
    for error in errors:
        loc = [str(part) for part in error.get("loc", ())]
        if error.get("type") == "extra_forbidden" and len(loc) > 1:
            extra.append(loc[-1])
        elif loc[:1] == ["body"] and (len(loc) == 1 or error.get("type") == "json_invalid"):
            parts.append(_whole_body(error, content_type))
        else:
            parts.append(value_line(error, loc, route))
            extra += _unknown_beside_missing(error, loc, route)
    if extra:
        fields = ", ".join(body_fields(route)) or "none"
        parts.append(f"body: unknown field(s) {', '.join(extra)}; accepted: {fields}")
    detail = "; ".join(dict.fromkeys(parts)) or "the request is not valid"
    return str(OnrecordError(Err.E030, option=_where(route), detail=detail))


def _unknown_beside_missing(error: dict[str, Any], loc: list[str], route: Any) -> list[str]:
    """The body's fields that ``route`` does not declare, when a required one is missing: ``{"txt": ...}``
    is most likely a misspelt ``text`` (trial 12 F17: only "text: required" was said)."""
    given = error.get("input")
    if error.get("type") != "missing" or loc[:1] != ["body"] or not isinstance(given, dict):
        return []
    declared = set(body_fields(route))
    return [str(key) for key in given if key not in declared]


def _where(route: Any) -> str:
    return str(getattr(route, "path", None) or "request")


def body_fields(route: Any) -> list[str]:
    """The fields the body model of ``route`` declares (``model_fields``), in order; [] when none."""
    dependant = getattr(route, "dependant", None)
    fields: list[str] = []
    for param in getattr(dependant, "body_params", None) or []:
        model = getattr(getattr(param, "field_info", None), "annotation", None)
        fields += list(getattr(model, "model_fields", {}) or {})
    return fields


def _whole_body(error: dict[str, Any], content_type: str) -> str:
    """The body as a whole is wrong: not JSON, not an object, missing. Says to send JSON; never repeats it."""
    got = content_type.split(";")[0].strip() or "no Content-Type"
    if error.get("type") == "json_invalid":
        reason = (error.get("ctx") or {}).get("error") or "not valid JSON"
        return f"body: not valid JSON ({reason}); send a JSON object, Content-Type: application/json"
    if error.get("type") == "missing":
        return "body: missing; send a JSON object, Content-Type: application/json"
    if got == "application/json":  # valid JSON of another shape: say the shape, the type was right (trial 8, L5)
        shape = _JSON_SHAPES.get(type(error.get("input")).__name__, "not an object")
        return f'body: the JSON is {shape}; send a JSON object such as {{"text": "..."}}'
    return f'body: send a JSON object such as {{"text": "..."}} with Content-Type: application/json (got {got})'


# What a JSON body that is not an object is, by the Python type it parses to.
_JSON_SHAPES = {
    "list": "an array, not an object",
    "NoneType": "null, not an object",
    "str": "a string, not an object",
    "int": "a number, not an object",
    "float": "a number, not an object",
    "bool": "true or false, not an object",
}


# FastAPI's own 400 detail when a JSON body cannot be decoded at all (bytes that are not UTF-8).
FASTAPI_BODY_UNREADABLE = "There was an error parsing the body"


def body_unreadable_line(route: Any) -> str:
    """The E030 line for a body FastAPI could not decode (``FASTAPI_BODY_UNREADABLE``)."""
    detail = "body: not UTF-8 text; send a JSON object encoded as UTF-8, Content-Type: application/json"
    return str(OnrecordError(Err.E030, option=_where(route), detail=detail))


def value_line(error: dict[str, Any], loc: list[str], route: Any) -> str:
    """A query or path parameter, or one field of a JSON body: its name, what is wrong, what is accepted."""
    where, name = (loc[0], loc[-1]) if loc else ("", "?")
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    declared = _declared(route, where, name)
    if declared is not None:
        what = f"accepted: {declared}"
    elif kind in BOUNDS:
        bound = next(iter(ctx.values()), "?")
        what = f"accepted: a value {BOUNDS[kind]} {bound}"
    else:
        what = f"accepted: {ACCEPTS.get(kind, str(error.get('msg', 'another value')).lower())}"
    if kind == "missing":
        return f"{name}: required; {what}"
    value = error.get("input")
    if where == "body" or value is None:  # a body's values are not repeated (they may be long)
        return f"{name}: {_lower_first(str(error.get('msg', 'not valid')))}; {what}"
    shown = str(value) if len(str(value)) <= SHOWN_INPUT else str(value)[: SHOWN_INPUT - 1] + "\u2026"
    return f"{name}: '{shown}' is not allowed; {what}"


def _declared(route: Any, where: str, name: str) -> str | None:
    """What a query or path parameter of ``route`` accepts, from its declaration ("a whole number from 1 to
    500"), or None when it is not one of them or declares no number."""
    dependant = getattr(route, "dependant", None)
    params = {"query": "query_params", "path": "path_params"}.get(where)
    if dependant is None or params is None:
        return None
    param = next((p for p in getattr(dependant, params, []) if getattr(p, "alias", None) == name), None)
    info = getattr(param, "field_info", None)
    annotation = str(getattr(info, "annotation", ""))
    noun = "a whole number" if "int" in annotation else "a number" if "float" in annotation else None
    if noun is None:
        return None
    bounds = {key: getattr(m, key) for m in getattr(info, "metadata", []) for key in ("ge", "le") if hasattr(m, key)}
    if "ge" in bounds and "le" in bounds:
        return f"{noun} from {bounds['ge']} to {bounds['le']}"
    if bounds:
        key, value = next(iter(bounds.items()))
        return f"{noun} {'>=' if key == 'ge' else '<='} {value}"
    return noun


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
