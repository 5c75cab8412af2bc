"""Bundled real news texts: the embedded default corpus and the first test fixtures."""
