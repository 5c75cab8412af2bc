"""JSON: one object per result, keys documented in the README."""

from __future__ import annotations

import json
from functools import singledispatch
from typing import Any

from brief.models import Scored, Summary, TopicList, TopicSummary


def dump(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def scored(item: Scored, explain: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": item.text,
        "position": item.position,
        "score": item.score,
        "source": item.source,
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
        }
    )


@render.register
def _(result: TopicSummary) -> str:
    return dump(
        {
            "command": "topic",
            "title": result.title,
            "query": result.query,
            "sentences": [scored(s, result.explain) for s in result.sentences],
            "sources": list(result.sources),
        }
    )


@render.register
def _(result: TopicList) -> str:
    return dump(
        {
            "topics": [
                {
                    "label": t.label,
                    "terms": list(t.terms),
                    "actors": list(t.actors),
                    "share": t.share,
                    "sentences": [
                        {"text": s.text, "position": s.position, "source": s.source} for s in t.sentences
                    ],
                }
                for t in result.topics
            ]
        }
    )
