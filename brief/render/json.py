"""JSON: one object per result, keys documented in the README."""

from __future__ import annotations

import json
from functools import singledispatch
from typing import Any

from brief.models import (
    Actor,
    ActorList,
    DocumentSummary,
    Dossier,
    Quote,
    QuoteList,
    Reference,
    Report,
    Scored,
    Summary,
    Topic,
    TopicList,
    TopicSummary,
)


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


def actor_dict(actor: Actor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "kind": actor.kind,
        "aliases": list(actor.aliases),
        "role": actor.role,
        "roles": list(actor.roles),
        "mentions": actor.count,
        "quotes": actor.quotes,
    }


def quote_dict(quote: Quote) -> dict[str, Any]:
    return {
        "text": " ".join(quote.text.split()),
        "speaker": quote.speaker,
        "verb": quote.verb,
        "sentence": quote.sentence.text,
        "position": quote.position,
    }


@render.register
def _(result: ActorList) -> str:
    return dump({"actors": [actor_dict(a) for a in result.actors]})


@render.register
def _(result: Dossier) -> str:
    return dump(
        {
            "actor": actor_dict(result.actor),
            "sentences": [scored(s) for s in result.sentences],
            "quotes": [quote_dict(q) for q in result.quotes],
            "related": [{"name": r.name, "kind": r.kind, "together": r.together} for r in result.related],
        }
    )


@render.register
def _(result: QuoteList) -> str:
    return dump({"quotes": [quote_dict(q) for q in result.quotes]})


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


def topic_dict(t: Topic) -> dict[str, Any]:
    return {
        "label": t.label,
        "terms": list(t.terms),
        "actors": list(t.actors),
        "share": t.share,
        "sentences": [{"text": s.text, "position": s.position, "source": s.source} for s in t.sentences],
    }


@render.register
def _(result: TopicList) -> str:
    return dump({"topics": [topic_dict(t) for t in result.topics]})


@render.register
def _(result: Report) -> str:
    return dump(
        {
            "command": "report",
            "title": result.title,
            "sources": list(result.sources),
            "summary": [scored(s) for s in result.summary],
            "actors": [
                {
                    **actor_dict(item.actor),
                    "sentences": [scored(s) for s in item.sentences],
                    "quote": quote_dict(item.quote) if item.quote else None,
                }
                for item in result.actors
            ],
            "topics": [topic_dict(t) for t in result.topics],
            "quotes": [quote_dict(q) for q in result.quotes],
        }
    )
