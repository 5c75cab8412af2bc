"""How inputs are read: a module of its own, so the CLI can show its defaults in `--help`
without loading every model of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: JSON Lines fields, and the limits of fetching URLs (mirrors the flags)."""

    jsonl: bool = False  # read stdin as JSON Lines (files are recognised by their suffix)
    text_field: str = "text"
    id_field: str = "id"
    title_field: str = "title"
    timeout: float = 20.0  # seconds for a whole download
    max_download: int = 10 * 1024 * 1024  # bytes, per URL
