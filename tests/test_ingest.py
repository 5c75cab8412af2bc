"""Reading inputs: decoding, binary refusal, folders, stdin and the bundled seed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from brief.errors import InputError
from brief.ingest import decode, load, looks_binary, seed_paths


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Café “quoted”".encode(), "Café “quoted”"),
        (b"\xef\xbb\xbfWith a BOM", "With a BOM"),
        ("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "Café “quoted”"),
        (b"caf\xe9 \x81", "caf\xe9 \x81"),  # not cp1252 either: latin-1 takes any byte
        ("UTF-16 text".encode("utf-16"), "UTF-16 text"),
    ],
)
def test_decode(data: bytes, text: str) -> None:
    assert decode(data, "x") == text


def test_binary_is_refused() -> None:
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert not looks_binary(b"ordinary text\n")
    with pytest.raises(InputError, match=r"x\.bin: looks like a binary file"):
        decode(b"abc\x00def", "x.bin")


def test_folder_is_read_recursively_and_skips_are_reported(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("First file.")
    (tmp_path / "b" / "c.md").write_text("Second file.")
    (tmp_path / "b" / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".hidden.txt").write_text("Ignored.")
    loaded = load([str(tmp_path)], stdin=io.BytesIO())
    assert [Path(d.source).name for d in loaded.documents] == ["a.txt", "c.md"]
    assert loaded.notes == (f"{tmp_path}: skipped 1 non-text file(s) (.jpg)",)


def test_folder_without_text_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError, match="directory holds no text files"):
        load([str(tmp_path)], stdin=io.BytesIO())


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        load([str(tmp_path / "nope.txt")], stdin=io.BytesIO())


def test_several_inputs_form_one_corpus_in_order(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("One.")
    (tmp_path / "two.txt").write_text("Two.")
    loaded = load([str(tmp_path / "two.txt"), str(tmp_path / "one.txt")], stdin=io.BytesIO())
    assert [d.text for d in loaded.documents] == ["Two.", "One."]


def test_dash_reads_stdin() -> None:
    loaded = load(["-"], stdin=io.BytesIO(b"From a pipe."))
    assert [(d.source, d.text) for d in loaded.documents] == [("<stdin>", "From a pipe.")]


def test_no_input_and_no_pipe_means_the_seed() -> None:
    loaded = load([], stdin=io.BytesIO())  # a BytesIO has no file descriptor: not a pipe
    assert [Path(d.source).name for d in loaded.documents] == ["000_b691c46f9cac5774.txt"]
    assert "bundled seed" in loaded.notes[0]


def test_seed_is_found() -> None:
    assert [p.name for p in seed_paths()] == ["000_b691c46f9cac5774.txt"]
