"""The README stays true: its set-up commands are CI's, and every command and flag is documented."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme_commands = re.findall(r"^python3 -m venv .*$", README, flags=re.MULTILINE)
    assert len(readme_commands) >= 2
    test_command = next(c for c in readme_commands if "pytest" in c)
    assert test_command in ci.splitlines()


def test_every_command_and_option_is_documented() -> None:
    from typer.main import get_command

    from brief.cli import app

    group = get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert f"brief {name}" in README, f"command {name} is not in the README"
        for param in command.params:
            for flag in param.opts:
                if flag.startswith("--") and flag not in ("--help", "--debug"):
                    assert flag in README, f"{name} {flag} is not in the README"
