"""brief: offline briefings of news text — summaries, actors, quotes and topics."""

from .errors import BriefError, ExitCode, InputError, NothingFound, UsageError
from .models import (
    Actor,
    ActorBrief,
    ActorList,
    Corpus,
    Document,
    Dossier,
    Mention,
    Quote,
    QuoteList,
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

__all__ = [
    "Actor",
    "ActorBrief",
    "ActorList",
    "BriefError",
    "Corpus",
    "Document",
    "Dossier",
    "ExitCode",
    "InputError",
    "Mention",
    "NothingFound",
    "Quote",
    "QuoteList",
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
    "summary",
    "topic",
    "topics",
]
