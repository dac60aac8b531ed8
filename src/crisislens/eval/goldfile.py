"""Reading and checking gold-shaped JSON (gold files and crisislens' own export).

Why strict for gold and lenient for predictions: a malformed gold file would
silently turn into wrong scores, so it is refused with a message naming the
file and the exact place; a prediction with a bad item only loses that item
(a warning says which), because a system's partial output is still worth scoring.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

SECTIONS = ("actors", "events", "quotes", "claims")


class GoldFormatError(ValueError):
    """A gold (or prediction) file that does not have the shape of gold/FORMAT.md."""


def load_json(path: str | Path, what: str = "gold") -> dict[str, Any]:
    """Read a gold-shaped JSON file; GoldFormatError names the file and the problem."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise GoldFormatError(f"{p}: {what} file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{p}: cannot read the {what} file ({exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(
            f"{p}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    return check_shape(data, str(p), strict=True, warnings=None)


def doc_key(name: str) -> str:
    """The key a document is compared under: the base name of a path, a URL as is."""
    if "://" in name or name.startswith("stdin:"):
        return name
    return os.path.basename(name.rstrip("/\\")) or name


def _fail(where: str, msg: str, strict: bool, warnings: list[str] | None) -> None:
    if strict:
        raise GoldFormatError(f"{where}: {msg}")
    if warnings is not None:
        warnings.append(f"{where}: {msg} (item skipped)")


def _check_event(item: dict[str, Any]) -> str | None:
    for side in ("source", "target"):
        if item.get(side) is not None and not isinstance(item[side], dict):
            return f"'{side}' must be an object like {{\"code\": ..., \"name\": ...}} or null"
    root = item.get("cameo_root")
    if root is None and isinstance(item.get("cameo"), str) and len(item["cameo"]) >= 2:
        item["cameo_root"] = root = item["cameo"][:2]
    if not isinstance(root, str) or not root.isdigit() or not 1 <= int(root) <= 20:
        return f"'cameo_root' must be a two-digit string 01..20, not {root!r}"
    return None


def _check_claim(item: dict[str, Any]) -> str | None:
    val = item.get("value")
    if val is not None and (isinstance(val, bool) or not isinstance(val, (int, float))):
        return f"'value' must be a number or null, not {val!r}"
    return None


def _check_quote(item: dict[str, Any]) -> str | None:
    if item.get("text") is not None and not isinstance(item["text"], str):
        return "'text' must be a string"
    return None


# What each section checks beyond the string fields every section shares.
SECTION_CHECKS = {"events": _check_event, "claims": _check_claim, "quotes": _check_quote}


def _check_item(section: str, item: Any) -> str | None:
    """What is wrong with one item of a section, or None when it can be scored."""
    if not isinstance(item, dict):
        return f"must be an object, not {type(item).__name__}"
    check = SECTION_CHECKS.get(section)
    problem = check(item) if check else None
    if problem:
        return problem
    for key in ("name", "speaker", "claimant", "sentence"):
        if item.get(key) is not None and not isinstance(item[key], str):
            return f"'{key}' must be a string or null"
    return None


def _documents(data: dict[str, Any], where: str) -> dict[str, Any]:
    docs = data.get("documents")
    if not isinstance(docs, dict):
        raise GoldFormatError(
            f"{where}: 'documents' must be an object keyed by document name"
            + (" (it is missing)" if docs is None else f", not {type(docs).__name__}")
        )
    return docs


def _clean_section(section: str, items: Any, dwhere: str, strict: bool, warnings: list[str] | None) -> list:
    """The scorable items of one section (a missing section is empty)."""
    if items is None:
        return []
    if not isinstance(items, list):
        _fail(dwhere, f"'{section}' must be a list", strict, warnings)
        return []
    kept = []
    for i, item in enumerate(items):
        item = dict(item) if isinstance(item, dict) else item
        problem = _check_item(section, item)
        if problem:
            _fail(f"{dwhere}.{section}[{i}]", problem, strict, warnings)
            continue
        kept.append(item)
    return kept


def _clean_document(doc: dict[str, Any], dwhere: str, strict: bool, warnings: list[str] | None) -> dict[str, Any]:
    clean: dict[str, Any] = {k: v for k, v in doc.items() if k not in SECTIONS}
    pub = doc.get("published")
    if pub is not None and not isinstance(pub, str):
        _fail(dwhere, f"'published' must be an ISO date string or null, not {pub!r}", strict, warnings)
        clean["published"] = None
    for section in SECTIONS:
        clean[section] = _clean_section(section, doc.get(section), dwhere, strict, warnings)
    return clean


def _cross_item_problem(item: Any) -> str | None:
    if not isinstance(item, dict) or not isinstance(item.get("values", []), list):
        return "must be an object with a 'values' list"
    if item.get("kind") not in ("contradiction", "agreement", "range", "revision"):
        return f"'kind' must be contradiction, agreement, range or revision, not {item.get('kind')!r}"
    if any(not isinstance(v, dict) or "doc" not in v for v in item.get("values", [])):
        return "every value must be an object with 'doc' and 'value'"
    return None


def _clean_cross(data: dict[str, Any], where: str, strict: bool, warnings: list[str] | None) -> list:
    cross = data.get("cross_source") or []
    if not isinstance(cross, list):
        _fail(where, "'cross_source' must be a list", strict, warnings)
        return []
    kept = []
    for i, item in enumerate(cross):
        problem = _cross_item_problem(item)
        if problem:
            _fail(f"{where}: cross_source[{i}]", problem, strict, warnings)
            continue
        kept.append(item)
    return kept


def check_shape(
    data: Any, where: str, strict: bool = True, warnings: list[str] | None = None
) -> dict[str, Any]:
    """Check (and lightly normalise) a gold-shaped dict; return a clean copy.

    Missing sections become empty lists, document keys become base names, and
    (when not strict) bad items are dropped with a warning.
    """
    if not isinstance(data, dict):
        raise GoldFormatError(f"{where}: the top level must be a JSON object with 'documents'")
    out_docs: dict[str, dict[str, Any]] = {}
    for name, doc in _documents(data, where).items():
        dwhere = f"{where}: documents[{name!r}]"
        if not isinstance(doc, dict):
            _fail(dwhere, "must be an object", strict, warnings)
            continue
        clean = _clean_document(doc, dwhere, strict, warnings)
        key = doc_key(str(name))
        if key in out_docs:
            _fail(dwhere, f"two documents share the name {key!r}", strict, warnings)
            continue
        out_docs[key] = clean
    cross = _clean_cross(data, where, strict, warnings)
    return {"corpus": data.get("corpus"), "documents": out_docs, "cross_source": cross}
