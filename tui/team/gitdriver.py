"""Register ``briefing merge`` as git's merge driver for briefing files.

Git picks a merge driver per path from ``.gitattributes`` (``briefings/*.yaml merge=briefing``,
committed, so every clone has it) and runs the command named by the repository's own config
(``merge.briefing.driver``, which is *not* shared by clone: every analyst runs
``briefing git-setup`` once per clone). Git substitutes in the command:

* ``%O`` the common ancestor's version, ``%A`` ours (the result is read back from this file),
  ``%B`` theirs (all temporary files), ``%L`` the conflict-marker size, ``%P`` the path in the
  repository; and from git 2.44 ``%S``/``%X``/``%Y`` the ancestor's, our and their labels
  (older git passes those through literally; ``briefing merge`` then uses "ours"/"theirs").

Exit status 0 means merged cleanly; anything else leaves the path conflicted for the analyst
(with our structured conflicts in the file, never text markers).
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

DRIVER = "briefing"
DEFAULT_PATTERN = "briefings/*.yaml"
DRIVER_DESCRIPTION = "briefing-tui semantic merge of briefings"
#: Files the app leaves beside an open briefing: its lock, and a save's temporary file.
#: Kept out of `git status` / `git add -A` through the clone's own .git/info/exclude.
LOCAL_FILES = (".*.yaml.lock", ".*.yaml.*.tmp")


class GitSetupError(Exception):
    """Git is missing, or the folder is not inside a git work tree (message for the analyst)."""


@dataclass
class SetupResult:
    """What ``setup`` did, for the command to report."""

    root: Path
    attributes_line: str
    attributes_added: bool
    driver: str
    changes: list[str] = field(default_factory=list)


def briefing_command() -> list[str]:
    """How git should start this very ``briefing``: an absolute path, so it works from a venv."""
    candidates = []
    if sys.argv and Path(sys.argv[0]).name == "briefing":
        candidates.append(Path(sys.argv[0]))
    candidates.append(Path(sys.executable).parent / "briefing")
    found = shutil.which("briefing")
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file():
            return [str(candidate.resolve())]
    # No console script (running from a source checkout): the interpreter itself.
    return [str(Path(sys.executable).resolve()), "-c", "import sys; from tui.cli import main; sys.exit(main())"]


def driver_command(command: list[str] | None = None) -> str:
    """The ``merge.briefing.driver`` value: the merge command with git's placeholders."""
    exe = " ".join(shlex.quote(part) for part in (command or briefing_command()))
    return f"{exe} merge %O %A %B -o %A --ours-label %X --theirs-label %Y --path %P"


def _git(root: Path | None, *args: str) -> str:
    if shutil.which("git") is None:
        raise GitSetupError("git is not installed (or not on PATH)")
    cmd = ["git", *(["-C", str(root)] if root else []), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        message = (proc.stderr or proc.stdout).strip().splitlines()
        raise GitSetupError(message[-1] if message else f"git {' '.join(args)} failed")
    return proc.stdout.strip()


def repo_root(folder: Path) -> Path:
    """The top of the git work tree that holds ``folder``."""
    if not folder.is_dir():
        raise GitSetupError(f"{folder}: no such folder")
    try:
        return Path(_git(folder, "rev-parse", "--show-toplevel"))
    except GitSetupError:
        raise GitSetupError(f"{folder}: not inside a git repository (run `git init` or clone first)") from None


def setup(folder: Path, *, pattern: str = DEFAULT_PATTERN, command: list[str] | None = None) -> SetupResult:
    """Write the ``.gitattributes`` line and the repository's merge-driver config (idempotent)."""
    root = repo_root(folder)
    line = f"{pattern} merge={DRIVER}"
    attributes = root / ".gitattributes"
    existing = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
    added = line not in [x.strip() for x in existing.splitlines()]
    if added:
        prefix = "" if not existing or existing.endswith("\n") else "\n"
        attributes.write_text(existing + prefix + line + "\n", encoding="utf-8")
    driver = driver_command(command)
    result = SetupResult(root, line, added, driver)
    for key, value in ((f"merge.{DRIVER}.name", DRIVER_DESCRIPTION), (f"merge.{DRIVER}.driver", driver)):
        if _get(root, key, local=True) != value:
            _git(root, "config", "--local", key, value)
            result.changes.append(key)
    # Since git 2.27 a plain `git pull` of diverged branches stops until told how to reconcile
    # them. The team workflow is "pull merges" (the driver then merges briefings); an analyst's
    # own choice, at any level, is left alone.
    if _get(root, "pull.rebase") is None and _get(root, "pull.ff") is None:
        _git(root, "config", "--local", "pull.rebase", "false")
        result.changes.append("pull.rebase=false")
    _exclude_local_files(root, result)
    return result


def _exclude_local_files(root: Path, result: SetupResult) -> None:
    """Make git ignore lock and temporary files beside briefings, in this clone only."""
    try:
        exclude = Path(_git(root, "rev-parse", "--git-path", "info/exclude"))
    except GitSetupError:
        return
    if not exclude.is_absolute():
        exclude = root / exclude
    existing = exclude.read_text(encoding="utf-8") if exclude.exists() else ""
    have = {line.strip() for line in existing.splitlines()}
    missing = [pattern for pattern in LOCAL_FILES if pattern not in have]
    if not missing:
        return
    exclude.parent.mkdir(parents=True, exist_ok=True)
    prefix = "" if not existing or existing.endswith("\n") else "\n"
    block = "# briefing-tui: locks and temporary files of open briefings\n" + "".join(f"{p}\n" for p in missing)
    exclude.write_text(existing + prefix + block, encoding="utf-8")
    result.changes.append("info/exclude: " + " ".join(missing))


def _get(root: Path, key: str, *, local: bool = False) -> str | None:
    """A git config value (this repository's only, or the effective one), None when unset."""
    try:
        return _git(root, "config", *(["--local"] if local else []), "--get", key)
    except GitSetupError:
        return None
