"""brief: offline briefings of news text — summaries, actors, quotes and topics."""

from .errors import BriefError, ExitCode, InputError, NothingFound, UsageError
from .models import Corpus, Document, Scored, Sentence, Summary, Topic, TopicList, TopicSummary
from .pipeline import prepare, summary, topic, topics

__version__ = "0.1.0"

__all__ = [
    "BriefError",
    "Corpus",
    "Document",
    "ExitCode",
    "InputError",
    "NothingFound",
    "Scored",
    "Sentence",
    "Summary",
    "Topic",
    "TopicList",
    "TopicSummary",
    "UsageError",
    "__version__",
    "prepare",
    "summary",
    "topic",
    "topics",
]
