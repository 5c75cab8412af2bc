"""brief: offline briefings of news text — summaries, actors, quotes and topics."""

from .batch import summarise_each
from .errors import BriefError, ExitCode, InputError, NothingFound, UsageError
from .models import (
    Actor,
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
    Scored,
    Sentence,
    Summary,
)
from .pipeline import actor, actors, prepare, quotes, summary

__version__ = "0.1.0"

__all__ = [
    "Actor",
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
    "Scored",
    "Sentence",
    "Summary",
    "UsageError",
    "__version__",
    "actor",
    "actors",
    "prepare",
    "quotes",
    "summarise_each",
    "summary",
]
