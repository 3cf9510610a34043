"""The lock and the private files of a ``corpus ingest`` state directory.

* ``ingest.lock`` is held with ``flock`` for the whole run; a second run on the same
  directory exits at once (`Locked`, exit code 75).
* The directory is created 0700 and its files 0600, never through a symbolic link.
"""
from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path

LOCK_NAME = "ingest.lock"


class Locked(Exception):
    """Another process holds the state directory's lock."""


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (0700) if missing; refuse a symlink or a non-directory."""
    path = Path(path)
    if path.is_symlink():
        raise OSError(errno.ELOOP, f"{path} is a symbolic link; refusing to use it as the state directory")
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, f"{path} is not a directory")
    return path


def private_file(path: Path) -> None:
    """Create ``path`` 0600 (not through a symlink) if it does not exist."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    os.close(fd)


class Lock:
    """``flock`` on ``DIR/ingest.lock``, held until `release` (or process exit)."""

    def __init__(self, directory: Path):
        self.path = Path(directory) / LOCK_NAME
        self.fd: int | None = None

    def acquire(self) -> "Lock":
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = ""
            try:
                holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            except OSError:
                pass
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise Locked(f"another corpus ingest is running on this state directory "
                             f"(lock {self.path} held{' by pid ' + holder if holder else ''})") from None
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None
