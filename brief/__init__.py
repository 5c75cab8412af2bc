"""brief: offline briefings of news text — summaries, actors, quotes and topics."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import BriefError, ExitCode, InputError, NothingFound, UsageError

if TYPE_CHECKING:
    from .batch import summarise_each
    from .models import (
        Actor,
        ActorBrief,
        ActorList,
        Corpus,
        Document,
        DocumentSummary,
        Dossier,
        Mention,
        Quote,
        QuoteList,
        ReadOptions,
        Reference,
        Related,
        Report,
        Scored,
        Sentence,
        Summary,
        Topic,
        TopicList,
        TopicSummary,
    )
    from .pipeline import actor, actors, prepare, quotes, report, summary, topic, topics

__version__ = "0.1.0"

# The API functions and the models load on first use, so `brief --help` never imports them.
# Every other public name not defined here (the dataclasses in __all__) is in brief.models.
LAZY = {
    "summarise_each": "batch",
    **dict.fromkeys(
        ("actor", "actors", "prepare", "quotes", "report", "summary", "topic", "topics"), "pipeline"
    ),
}


def __getattr__(name: str) -> Any:
    home = LAZY.get(name, "models" if name in __all__ else None)
    if home is None:
        raise AttributeError(f"module 'brief' has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value  # found once; later look-ups do not come here
    return value


__all__ = [
    "Actor",
    "ActorBrief",
    "ActorList",
    "BriefError",
    "Corpus",
    "Document",
    "DocumentSummary",
    "Dossier",
    "ExitCode",
    "InputError",
    "Mention",
    "NothingFound",
    "Quote",
    "QuoteList",
    "ReadOptions",
    "Reference",
    "Related",
    "Report",
    "Scored",
    "Sentence",
    "Summary",
    "Topic",
    "TopicList",
    "TopicSummary",
    "UsageError",
    "__version__",
    "actor",
    "actors",
    "prepare",
    "quotes",
    "report",
    "summarise_each",
    "summary",
    "topic",
    "topics",
]
