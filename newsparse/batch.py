"""Parse many dumps, in order, on one core or several, in constant memory.

:func:`parse_many` is :func:`~newsparse.parse` over an iterable. With
``jobs > 1`` it runs a process pool, yet it still yields the articles in input
order, reads the input lazily and keeps only a bounded number of items in
flight, so a stream of any length (a generator over a million files) runs in
flat memory. The command line tool uses the same machinery.

>>> from newsparse import parse_many
>>> texts = ["Port reopens\\n\\nBy Ana Ruiz\\n\\nThe port reopened.", "Rain at last\\n\\nIt rained."]
>>> [len(a.blocks) > 0 for a in parse_many(texts)]
[True, True]
"""

from __future__ import annotations

import concurrent.futures
import datetime as _dt
import functools
import itertools
import multiprocessing
import os
from collections import deque
from typing import Callable, Deque, Generator, Iterable, Iterator, List, Optional, TypeVar

from .model import Article
from .pipeline import parse

__all__ = ["imap_ordered", "parse_many", "resolve_jobs"]

T = TypeVar("T")
R = TypeVar("R")

#: Items sent to a worker in one task: large enough to amortise the
#: inter-process round trip, small enough to keep both cores busy on short inputs.
DEFAULT_CHUNKSIZE = 16
#: Tasks in flight per worker: enough to hide latency, few enough to bound memory.
_TASKS_PER_WORKER = 4


def resolve_jobs(jobs: int) -> int:
    """``jobs`` as a worker count: ``0`` or less means one per CPU.

    >>> resolve_jobs(3)
    3
    >>> resolve_jobs(0) == (os.cpu_count() or 1)
    True
    """
    if jobs > 0:
        return jobs
    return os.cpu_count() or 1


def _run_chunk(func: Callable[[T], R], chunk: List[T]) -> List[R]:
    return [func(x) for x in chunk]


def imap_ordered(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Generator[R, None, None]:
    """Yield ``func(x)`` for each *x* of *items*, in order, on *jobs* processes.

    Unlike :meth:`multiprocessing.pool.Pool.imap`, whose feeder thread drains
    the whole input at once, this submits at most ``4 * jobs`` chunks of
    *chunksize* items before waiting for the oldest one, so memory does not
    grow with the length of *items*. *func* must be picklable (a module-level
    function or a :func:`functools.partial` of one). An exception raised by
    *func* propagates to the caller; closing the iterator early stops the pool.
    A worker process that dies (killed for memory, say) raises
    :class:`concurrent.futures.process.BrokenProcessPool` instead of hanging.

    >>> list(imap_ordered(abs, [-3, 2, -1]))
    [3, 2, 1]
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    workers = resolve_jobs(jobs)
    if workers == 1:
        return _serial(func, items)
    return _pooled(func, items, workers, chunksize)


def _serial(func: Callable[[T], R], items: Iterable[T]) -> Generator[R, None, None]:
    for x in items:
        yield func(x)


def _pooled(
    func: Callable[[T], R], items: Iterable[T], workers: int, chunksize: int
) -> Generator[R, None, None]:
    window = workers * _TASKS_PER_WORKER
    iterator = iter(items)
    # A ProcessPoolExecutor, not a multiprocessing.Pool: when a worker dies (killed
    # for memory, a crash in an extension) the Pool silently loses its task and
    # waits for it for ever, while the executor fails every pending task with
    # BrokenProcessPool.
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context()) as pool:
        pending: Deque[concurrent.futures.Future[List[R]]] = deque()
        try:
            while True:
                chunk = list(itertools.islice(iterator, chunksize))
                if not chunk:
                    break
                pending.append(pool.submit(_run_chunk, func, chunk))
                if len(pending) >= window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:  # closed early, or an error: drop the work not yet started
            for future in pending:
                future.cancel()


def _parse_one(text: str, reference_date: Optional[_dt.date]) -> Article:
    return parse(text, reference_date=reference_date)


def parse_many(
    texts: Iterable[str],
    *,
    jobs: int = 1,
    reference_date: Optional[_dt.date] = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[Article]:
    """Parse every text of *texts*, yielding one :class:`Article` each, in order.

    *jobs* is the number of worker processes (``0``: one per CPU; ``1``: no
    pool at all). *texts* is consumed lazily, so it can be a generator over
    files of any number. *reference_date* is passed to every
    :func:`~newsparse.parse` call. An error in one text (a ``TypeError`` for a
    non-``str``) is raised when its article is reached; with ``jobs > 1``, a
    worker process that dies raises
    :class:`concurrent.futures.process.BrokenProcessPool`.
    """
    if reference_date is not None and not isinstance(reference_date, _dt.date):
        raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
    func = functools.partial(_parse_one, reference_date=reference_date)
    return imap_ordered(func, texts, jobs=jobs, chunksize=chunksize)
