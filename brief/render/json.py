"""JSON: one object per result, keys documented in the README."""

from __future__ import annotations

import json
from functools import singledispatch
from typing import Any

from brief.models import DocumentSummary, Reference, Scored, Summary


def dump(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def scored(item: Scored, explain: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": item.text,
        "position": item.position,
        "score": item.score,
        "source": item.source,
        "title": item.title,
        "reported_by": item.reported_by,
        "sources": list(item.sources or (item.source,)),
    }
    if explain:
        out["components"] = {name: round(value, 6) for name, value in item.components}
    return out


@singledispatch
def render(result: Any) -> str:
    raise TypeError(f"no json renderer for {type(result).__name__}")


@render.register
def _(result: Summary) -> str:
    return dump(
        {
            "command": "summary",
            "title": result.title,
            "method": result.method,
            "sentences": [scored(s, result.explain) for s in result.sentences],
            "sources": list(result.sources),
            "documents": [reference(r) for r in result.references],
        }
    )


def reference(ref: Reference) -> dict[str, Any]:
    return {
        "source": ref.source,
        "title": ref.title,
        "url": ref.url,
        "date": ref.date,
        "author": ref.author,
        "id": ref.id,
    }


def document_summary(result: DocumentSummary) -> dict[str, Any]:
    """One document in per-document mode: {"id", "title", "source", "sentences"[, "error"]}."""
    out: dict[str, Any] = {"id": result.id, "title": result.title, "source": result.source}
    summary = result.summary
    out["sentences"] = [scored(s, summary.explain) for s in summary.sentences] if summary else []
    if result.error is not None:
        out["error"] = result.error
    return out


@render.register
def _(result: DocumentSummary) -> str:
    return dump(document_summary(result))
