"""Write one benchmark's part of benchmarks/RESULTS.md without touching the other parts.

Each script owns the text between `<!-- begin: NAME -->` and `<!-- end: NAME -->`; a part not yet in
the file is appended. Headings are pushed down one level so the file keeps a single `#` title.
"""

from __future__ import annotations

from pathlib import Path

TITLE = "# Benchmarks of brief\n"


def update(path: Path, name: str, text: str) -> None:
    begin, end = f"<!-- begin: {name} -->", f"<!-- end: {name} -->"
    body = "\n".join("#" + line if line.startswith("#") else line for line in text.strip().splitlines())
    part = f"{begin}\n{body}\n{end}"
    old = path.read_text(encoding="utf-8") if path.exists() else TITLE
    if begin in old and end in old:
        head, rest = old.split(begin, 1)
        tail = rest.split(end, 1)[1]
        new = head + part + tail
    else:
        new = old.rstrip("\n") + "\n\n" + part + "\n"
    path.write_text(new, encoding="utf-8")
