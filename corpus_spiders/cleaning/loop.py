"""The few event-loop operations the cleaning pool needs, on asyncio or on Twisted.

Scrapy runs on Twisted's asyncio reactor by default: the pool then uses the asyncio
loop itself (``add_reader``, ``call_later``, asyncio futures). Under any other Twisted
reactor it uses the reactor (``addReader``, ``callLater``, Deferreds), which a
coroutine driven by Twisted awaits as well.
"""
from __future__ import annotations

import asyncio
from typing import Any, Callable, Protocol


class Timer(Protocol):
    def cancel(self) -> None: ...


class EventLoop(Protocol):
    def watch(self, fd: int, callback: Callable[[], None]) -> None: ...
    def unwatch(self, fd: int) -> None: ...
    def call_later(self, delay: float, callback: Callable[[], None]) -> Timer: ...
    def future(self) -> Any: ...
    def resolve(self, waiter: Any, value: Any) -> bool: ...


def running_loop() -> EventLoop:
    """The asyncio loop running this code, else the Twisted reactor."""
    try:
        return AsyncioLoop(asyncio.get_running_loop())
    except RuntimeError:
        return TwistedLoop()


class AsyncioLoop:
    def __init__(self, loop: asyncio.AbstractEventLoop):
        self.loop = loop

    def watch(self, fd: int, callback: Callable[[], None]) -> None:
        self.loop.add_reader(fd, callback)

    def unwatch(self, fd: int) -> None:
        self.loop.remove_reader(fd)

    def call_later(self, delay: float, callback: Callable[[], None]) -> Timer:
        return self.loop.call_later(delay, callback)

    def future(self) -> asyncio.Future:
        return self.loop.create_future()

    def resolve(self, waiter: asyncio.Future, value: Any) -> bool:
        if waiter.done():        # its coroutine was cancelled
            return False
        waiter.set_result(value)
        return True


class TwistedLoop:
    def __init__(self) -> None:
        from twisted.internet import reactor
        self.reactor: Any = reactor
        self.readers: dict[int, Any] = {}

    def watch(self, fd: int, callback: Callable[[], None]) -> None:
        reader = _Reader(fd, callback)
        self.readers[fd] = reader
        self.reactor.addReader(reader)

    def unwatch(self, fd: int) -> None:
        reader = self.readers.pop(fd, None)
        if reader is not None:
            self.reactor.removeReader(reader)

    def call_later(self, delay: float, callback: Callable[[], None]) -> Timer:
        return _TwistedTimer(self.reactor.callLater(delay, callback))

    def future(self) -> Any:
        from twisted.internet.defer import Deferred
        return Deferred()

    def resolve(self, waiter: Any, value: Any) -> bool:
        if waiter.called:
            return False
        waiter.callback(value)
        return True


class _TwistedTimer:
    def __init__(self, call: Any):
        self.call = call

    def cancel(self) -> None:
        if self.call.active():
            self.call.cancel()


class _Reader:
    """A Twisted ``IReadDescriptor`` for a worker's pipe."""

    def __init__(self, fd: int, callback: Callable[[], None]):
        self.fd = fd
        self.callback = callback

    def fileno(self) -> int:
        return self.fd

    def doRead(self) -> None:
        self.callback()

    def connectionLost(self, reason: Any) -> None:
        pass

    def logPrefix(self) -> str:
        return "corpus-cleaner"


def _declare_interface() -> None:
    from twisted.internet.interfaces import IReadDescriptor
    from zope.interface import classImplements
    classImplements(_Reader, IReadDescriptor)


try:
    _declare_interface()
except ImportError:     # no Twisted: only the asyncio loop is used
    pass
