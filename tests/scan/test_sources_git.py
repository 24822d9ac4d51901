"""Git history and staged sources, on real repositories built in a temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from tether.errors import ScanError
from tether.scan.engine import Engine
from tether.scan.sources.git import GitHistorySource, StagedSource, first_introductions

from .conftest import KEY, git, github_token

T1, T2, T3, T4, T5 = (github_token(200 + i) for i in range(5))


def commit(repo: Path, message: str, who: str, date: str) -> str:
    env = {
        "GIT_AUTHOR_NAME": who,
        "GIT_AUTHOR_EMAIL": f"{who.lower()}@example.com",
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, env=env)
    return git(repo, "rev-parse", "HEAD")


@pytest.fixture
def history(repo: Path) -> dict[str, str]:
    (repo / "a.txt").write_text("hello\n")
    c1 = commit(repo, "one", "Alice", "2024-01-01T10:00:00+00:00")
    (repo / "config.py").write_text(f"# config\nTOKEN = '{T1}'\n")
    c2 = commit(repo, "two", "Bob", "2024-02-01T10:00:00+00:00")
    (repo / "other.py").write_text(f"# config\nTOKEN = '{T1}'\n")  # same blob, new path
    (repo / "a.txt").write_text(f"hello\n\nkey {T2}\n")
    c3 = commit(repo, "three", "Carol", "2024-03-01T10:00:00+00:00")
    (repo / "config.py").unlink()
    (repo / "a.txt").write_text("hello\n")
    c4 = commit(repo, "four", "Alice", "2024-04-01T10:00:00+00:00")
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "f.txt").write_text(f"{T3}\n")
    c5 = commit(repo, "five", "Dave", "2024-05-01T10:00:00+00:00")
    git(repo, "checkout", "-q", "main")
    return {"c1": c1, "c2": c2, "c3": c3, "c4": c4, "c5": c5}


def scan(source: object, engine: str = "hyperscan", jobs: int = 1) -> list[object]:
    return Engine(key=KEY, engine=engine, jobs=jobs).scan([source]).findings  # type: ignore[list-item]


@pytest.mark.parametrize("engine", ["re", "hyperscan"])
def test_history_reports_first_commit_author_and_path(
    repo: Path, history: dict[str, str], engine: str
) -> None:
    found = scan(GitHistorySource(str(repo)), engine)
    by_value = {f.secret.reveal(): f for f in found}  # type: ignore[attr-defined]
    assert set(by_value) == {T1, T2, T3}
    assert len(found) == 3  # the T1 blob appears under two paths and in later commits: read once
    f1 = by_value[T1]
    p = f1.provenance  # type: ignore[attr-defined]
    assert (p.kind, p.path, p.commit, p.author) == (
        "git",
        "config.py",
        history["c2"],
        "Bob <bob@example.com>",
    )
    assert p.date.startswith("2024-02-01")
    assert f1.line == 2  # type: ignore[attr-defined]
    f2 = by_value[T2].provenance  # type: ignore[attr-defined]
    assert (f2.path, f2.commit, f2.author) == ("a.txt", history["c3"], "Carol <carol@example.com>")
    assert by_value[T3].provenance.commit == history["c5"]  # type: ignore[attr-defined]


def test_each_blob_is_listed_once(repo: Path, history: dict[str, str]) -> None:
    intro = first_introductions(str(repo), ["--all"])
    blobs = git(repo, "rev-list", "--all", "--objects").split("\n")
    listed = {
        line.split()[0] for line in blobs if len(line.split()) == 2 and "." in line.split()[1]
    }
    assert listed <= set(intro)
    assert len(intro) == len(set(intro))


def test_branch_and_since(repo: Path, history: dict[str, str]) -> None:
    main_only = scan(GitHistorySource(str(repo), branch="main"))
    assert {f.secret.reveal() for f in main_only} == {T1, T2}  # type: ignore[attr-defined]
    recent = scan(GitHistorySource(str(repo), since="2024-02-15"))
    commits = {f.provenance.commit for f in recent}  # type: ignore[attr-defined]
    assert history["c2"] not in commits
    assert {f.secret.reveal() for f in recent} == {T1, T2, T3}  # type: ignore[attr-defined]
    # T1's blob is first seen in range at other.py in commit three
    [f1] = [f for f in recent if f.secret.reveal() == T1]  # type: ignore[attr-defined]
    assert (f1.provenance.path, f1.provenance.commit) == ("other.py", history["c3"])  # type: ignore[attr-defined]


def test_parallel_history_scan_matches_serial(repo: Path, history: dict[str, str]) -> None:
    from tether.scan.sources import git as gitsrc

    old = gitsrc.CHUNK_BLOBS
    gitsrc.CHUNK_BLOBS = 1
    try:
        par = scan(GitHistorySource(str(repo)), jobs=2)
        ser = scan(GitHistorySource(str(repo)), jobs=1)
    finally:
        gitsrc.CHUNK_BLOBS = old
    key = lambda f: (f.rule_id, f.fingerprint, f.provenance, f.line)  # noqa: E731
    assert sorted(map(key, par)) == sorted(map(key, ser))


def test_exclude_and_size_limit_in_history(repo: Path, history: dict[str, str]) -> None:
    found = scan(GitHistorySource(str(repo), exclude=["*.py"]))
    assert {f.secret.reveal() for f in found} == {T2, T3}  # type: ignore[attr-defined]
    src = GitHistorySource(str(repo), max_file_size=10)
    result = Engine(key=KEY, jobs=1).scan([src])
    assert result.findings == []
    assert result.stats.skipped["too large"] >= 3


def test_staged_scans_the_index_not_the_work_tree(repo: Path, history: dict[str, str]) -> None:
    (repo / "new.txt").write_text(f"x = {T4}\n")
    git(repo, "add", "new.txt")
    (repo / "a.txt").write_text(f"hello {T5}\n")  # modified but not staged
    found = scan(StagedSource(str(repo)))
    assert [(f.secret.reveal(), f.provenance.kind, f.provenance.path) for f in found] == [  # type: ignore[attr-defined]
        (T4, "staged", "new.txt")
    ]
    (repo / "new.txt").write_text("x = nothing\n")  # work tree differs from the index
    assert len(scan(StagedSource(str(repo)))) == 1


def test_staged_reports_only_the_lines_the_commit_adds(repo: Path, history: dict[str, str]) -> None:
    # other.py already holds T1 on line 2 in HEAD; the commit adds T4 below it and a comment above
    (repo / "other.py").write_text(f"# top\n# config\nTOKEN = '{T1}'\nNEW = '{T4}'\n")
    git(repo, "add", "other.py")
    found = scan(StagedSource(str(repo)))
    assert [(f.secret.reveal(), f.line) for f in found] == [(T4, 4)]  # type: ignore[attr-defined]
    # editing the line that holds the old secret makes it part of the commit again
    (repo / "other.py").write_text(f"# config\nTOKEN = '{T1}'  # moved\n")
    git(repo, "add", "other.py")
    assert [f.secret.reveal() for f in scan(StagedSource(str(repo)))] == [T1]  # type: ignore[attr-defined]
    # a change elsewhere in the file does not re-report what HEAD already has
    (repo / "other.py").write_text(f"# config changed\nTOKEN = '{T1}'\n")
    git(repo, "add", "other.py")
    assert scan(StagedSource(str(repo))) == []


def test_staged_in_a_repository_without_commits(repo: Path) -> None:
    (repo / "first.txt").write_text(f"{T4}\n")
    git(repo, "add", "first.txt")
    assert len(scan(StagedSource(str(repo)))) == 1


def test_not_a_repository(tmp_path: Path) -> None:
    with pytest.raises(ScanError) as err:
        GitHistorySource(str(tmp_path))
    assert "git" in err.value.message


@pytest.mark.parametrize("engine", ["re", "hyperscan"])
def test_a_secret_kept_through_later_edits_is_reported_once(repo: Path, engine: str) -> None:
    (repo / "app.py").write_text(f"# app\nTOKEN = '{T1}'\n")
    c1 = commit(repo, "add", "Alice", "2024-01-01T10:00:00+00:00")
    (repo / "app.py").write_text(f"# app, edited\nTOKEN = '{T1}'\nprint(1)\n")
    commit(repo, "edit above and below", "Bob", "2024-02-01T10:00:00+00:00")
    (repo / "app.py").write_text(f"print(0)\n\n# moved\nNEW_TOKEN = '{T1}'\nprint(1)\n")
    commit(repo, "move and rename the variable", "Carol", "2024-03-01T10:00:00+00:00")
    (repo / "app.py").write_text(f"print(0)\nNEW_TOKEN = '{T1}'\nOTHER = '{T2}'\n")
    c4 = commit(repo, "add a second token", "Dave", "2024-04-01T10:00:00+00:00")
    source = GitHistorySource(str(repo))
    found = scan(source, engine)
    got = sorted((f.secret.reveal(), f.provenance.commit) for f in found)  # type: ignore[attr-defined]
    assert got == sorted([(T1, c1), (T2, c4)])
    # with the serial and the parallel scan alike, and the repeats are counted
    result = Engine(key=KEY, engine=engine, jobs=2).scan([GitHistorySource(str(repo))])
    assert sorted((f.secret.reveal(), f.provenance.commit) for f in result.findings) == got
    assert result.stats.inherited == 3  # T1 in versions two, three and four


def test_a_secret_removed_and_added_again_is_reported_again(repo: Path) -> None:
    (repo / "app.py").write_text(f"TOKEN = '{T1}'\n")
    c1 = commit(repo, "add", "Alice", "2024-01-01T10:00:00+00:00")
    (repo / "app.py").write_text("TOKEN = os.environ['TOKEN']\n")
    commit(repo, "remove", "Alice", "2024-02-01T10:00:00+00:00")
    (repo / "app.py").write_text(f"TOKEN = os.environ['TOKEN']\nDEBUG_TOKEN = '{T1}'\n")
    c3 = commit(repo, "add back by mistake", "Bob", "2024-03-01T10:00:00+00:00")
    found = scan(GitHistorySource(str(repo)))
    assert sorted(f.provenance.commit for f in found) == sorted([c1, c3])  # type: ignore[attr-defined]


def test_a_copy_in_another_file_is_its_own_finding(repo: Path) -> None:
    # the previous version of the *same* file decides; another file that held the value does not
    (repo / "a.py").write_text(f"TOKEN = '{T1}'\n")
    c1 = commit(repo, "a", "Alice", "2024-01-01T10:00:00+00:00")
    (repo / "b.py").write_text("x = 1\n")
    commit(repo, "b", "Alice", "2024-02-01T10:00:00+00:00")
    (repo / "b.py").write_text(f"x = 1\nTOKEN = '{T1}'\n")
    c3 = commit(repo, "copy", "Bob", "2024-03-01T10:00:00+00:00")
    found = scan(GitHistorySource(str(repo)))
    assert sorted((f.provenance.path, f.provenance.commit) for f in found) == sorted(  # type: ignore[attr-defined]
        [("a.py", c1), ("b.py", c3)]
    )


def test_a_bare_repository_is_scanned_like_its_clone(
    repo: Path, history: dict[str, str], tmp_path: Path
) -> None:
    # a mirror (git clone --mirror, a server's repo.git) has no work tree, only history
    mirror = tmp_path / "mirror.git"
    git(tmp_path, "clone", "-q", "--mirror", str(repo), str(mirror))
    found = scan(GitHistorySource(str(mirror)))
    expected = scan(GitHistorySource(str(repo)))
    assert sorted(
        (f.secret.reveal(), f.provenance.commit, f.provenance.path) for f in found
    ) == sorted(  # type: ignore[attr-defined]
        (f.secret.reveal(), f.provenance.commit, f.provenance.path)
        for f in expected  # type: ignore[attr-defined]
    )
    assert len(found) == 3


def test_staged_in_a_bare_repository_says_why(
    repo: Path, history: dict[str, str], tmp_path: Path
) -> None:
    mirror = tmp_path / "mirror.git"
    git(tmp_path, "clone", "-q", "--mirror", str(repo), str(mirror))
    with pytest.raises(ScanError) as err:
        StagedSource(str(mirror))
    assert "bare repository" in err.value.message
    assert "--git" in (err.value.hint or "")


def test_repository_root_from_a_subfolder_and_from_the_git_folder(
    repo: Path, history: dict[str, str]
) -> None:
    # one ``git rev-parse`` gives the work tree's top from anywhere inside it; its git folder has
    # no work tree and is refused with git's own reason, as before
    (repo / "sub").mkdir()
    assert GitHistorySource(str(repo / "sub")).repo == str(repo.resolve())
    with pytest.raises(ScanError) as err:
        GitHistorySource(str(repo / ".git"))
    assert "rev-parse" in err.value.message
