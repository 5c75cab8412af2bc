"""brief: offline briefings of news text — summaries, actors, quotes and topics."""

from .batch import summarise_each
from .errors import BriefError, ExitCode, InputError, NothingFound, UsageError
from .models import Corpus, Document, DocumentSummary, ReadOptions, Reference, Scored, Sentence, Summary
from .pipeline import prepare, summary

__version__ = "0.1.0"

__all__ = [
    "BriefError",
    "Corpus",
    "Document",
    "DocumentSummary",
    "ExitCode",
    "InputError",
    "NothingFound",
    "ReadOptions",
    "Reference",
    "Scored",
    "Sentence",
    "Summary",
    "UsageError",
    "__version__",
    "prepare",
    "summarise_each",
    "summary",
]
