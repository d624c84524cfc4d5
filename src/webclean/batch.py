"""The batch runner behind ``webclean batch``: stream inputs through worker processes into a journal.

Guarantees:

* exactly one output row per input row: a record, or an error row with
  ``error_kind`` and ``error`` (bad input, empty page, worker died, hard timeout);
* bounded memory: at most two pages per worker in flight, inputs read as streams;
* resumable: rows are appended to a JSONL journal in fsync'd batches and carry
  their input ``position``; ``resume=True`` drops a truncated last line and
  skips every position already written, so a run killed with SIGKILL finishes
  with no duplicate and no missing row;
* a page that hangs a worker past ``page_timeout`` seconds (the Cleaner's own
  ``time_budget`` is only checked between stages) gets its worker killed and
  replaced, and becomes a ``hard_timeout`` error row.

Output ``*.parquet`` is written from the journal once the run completes
(Parquet files cannot be appended to after a crash); other names are JSONL.
"""
from __future__ import annotations

import errno
import json
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import socket
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .corpus.filters import Filters, mark_quality
from .io import NOT_A_PAGE, Journal, PageRow, ReadOptions, StreamWriter, iter_journal, iter_pages, recover_journal
from .io.survey import count_rows
from .parent_watch import die_with_parent
from .pipeline import Cleaner
from .run_record import PARQUET_METADATA_KEY, ResumeRefused, RunRecord, run_record_path
from .schema import error_row, output_row, record_row

__all__ = ["run_batch", "BatchSummary", "clean_row", "RowResult", "WorkerPool", "journal_path_for", "ResumeRefused",
           "Terminated"]


@dataclass
class BatchSummary:
    """What a run did: rows written this run, errors by kind, rows skipped by resume."""

    output: str
    rows: int = 0
    errors: Counter = field(default_factory=Counter)
    skipped: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    stop_signal: int | None = None     # the signal that interrupted the run (SIGINT for Ctrl-C, SIGTERM)
    filtered: Counter = field(default_factory=Counter)   # rows marked by each filter (kept in the output)
    duplicate_groups: int | None = None                  # near-duplicate groups, when they were looked for
    dedup_report: str | None = None

    @property
    def cleaned(self) -> int:
        return self.rows - sum(self.errors.values())

    def describe(self) -> str:
        """One line for humans.

        >>> BatchSummary("out.jsonl", rows=10, errors=Counter(timeout=1), seconds=2.0).describe()
        'webclean batch: 10 rows written to out.jsonl (9 cleaned, 1 errors: timeout 1) in 2.0 s, 5.0 pages/s'
        >>> summary = BatchSummary("o.jsonl", rows=4, filtered=Counter(duplicate=1), duplicate_groups=1)
        >>> summary.describe().split("; ")[1:]
        ['filtered: duplicate 1 (rows kept, marked in filtered_by)', '1 near-duplicate groups']
        """
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items()))
        errs = f"{sum(self.errors.values())} errors" + (f": {kinds}" if kinds else "")
        rate = self.rows / self.seconds if self.seconds > 0 else 0.0
        text = f"webclean batch: {self.rows} rows written to {self.output} ({self.cleaned} cleaned, {errs})"
        text += f" in {self.seconds:.1f} s, {rate:.1f} pages/s"
        if self.skipped:
            text += f"; {self.skipped} rows already done (resume)"
        if self.errors.get(NOT_A_PAGE):
            n = self.errors[NOT_A_PAGE]
            text += f"; {n} {'files were not pages' if n > 1 else 'file was not a page'} (images, JSON...: " \
                    f"see the {NOT_A_PAGE} rows)"
        if self.filtered:
            marks = ", ".join(f"{k} {v}" for k, v in sorted(self.filtered.items()))
            text += f"; filtered: {marks} (rows kept, marked in filtered_by)"
        if self.duplicate_groups is not None:
            where = f" (report: {self.dedup_report})" if self.dedup_report else ""
            text += f"; {self.duplicate_groups} near-duplicate groups{where}"
        if self.interrupted:
            by = f" by {signal.Signals(self.stop_signal).name}" if self.stop_signal else ""
            text += f"; INTERRUPTED{by}: run again with --resume"
        return text


def _head(row: PageRow) -> dict[str, Any]:
    return {"id": row.id, "position": row.position, "input": row.source, "url": row.url}


def error_line(row: PageRow, kind: str, message: str) -> str:
    """The JSONL error row for an input row that produced no record: every output column, the record's
    empty, ``error_kind`` and ``error`` saying why."""
    return json.dumps(output_row(_head(row), error_row(kind, message), None), ensure_ascii=False)


class RowResult(NamedTuple):
    """What cleaning one input row gives the runner."""

    line: str                           # the output row as a JSON line
    kind: str | None                    # its error kind, None when the page was cleaned
    filtered: tuple[str, ...] = ()      # the quality filters it failed (it is still written, marked)


def clean_row(cleaner: Cleaner, row: PageRow, filters: Filters | None = None) -> RowResult:
    """Clean one input row into its JSONL output line, marked by the quality ``filters`` it fails."""
    if row.error_kind is not None:
        return RowResult(error_line(row, row.error_kind, row.error or ""), row.error_kind)
    start = time.perf_counter()
    try:
        rec = cleaner.clean(row.page if row.page is not None else b"", url=row.url, headers=row.headers)
        data = output_row(_head(row), record_row(rec), round(time.perf_counter() - start, 4))
        if filters is not None:
            mark_quality(data, filters)
        return RowResult(json.dumps(data, ensure_ascii=False, default=str), data["error_kind"],
                         tuple(data["filtered_by"]))
    except Exception as exc:  # noqa: BLE001 - one row out per row in, whatever happens
        return RowResult(error_line(row, "internal", f"{type(exc).__name__}: {exc}"[:500]), "internal")


def _worker_main(conn: multiprocessing.connection.Connection, cleaner: Cleaner, parent_pid: int,
                 inherited: Sequence[multiprocessing.connection.Connection] = (),
                 filters: Filters | None = None) -> None:
    """Worker process loop: receive a PageRow, send back (position, RowResult); None stops it.

    ``inherited`` are the runner's ends of the workers' pipes that a forked
    worker holds copies of; closing them lets a worker's pipe report
    end-of-file when the runner is gone.
    """
    die_with_parent(parent_pid)
    for other in inherited:
        other.close()
    # Ctrl-C and SIGTERM reach the whole process group; the runner handles them, flushes its rows and
    # stops us. A worker that died of them first would turn the pages in flight into worker_died rows.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    while True:
        try:
            row = conn.recv()
        except (EOFError, OSError):
            return
        if row is None:
            return
        conn.send((row.position, clean_row(cleaner, row, filters)))


@dataclass
class _Worker:
    process: Any
    conn: multiprocessing.connection.Connection
    room: int                                              # bytes a queued page may take (see _pipe_room)
    tasks: deque[PageRow] = field(default_factory=deque)   # the page being cleaned, then at most one queued
    started: float = 0.0                                   # when the page being cleaned started


# Pages in flight per worker: the one being cleaned and one waiting in the pipe, so the worker starts the
# next page the moment it sends a result. With one page in flight it sat idle for every round trip, and an
# idle worker is slower on its next page too (clean_row took 17.3 ms per corpus page against 14.4 ms in a
# loop: caches go cold while a CPU waits).
_IN_FLIGHT = 2


def _pipe_room(conn: multiprocessing.connection.Connection) -> int:
    """Bytes a queued page may take so that sending it never blocks: a third of the pipe's send buffer
    (raised to 1 MB where the system allows), since two queued pages may briefly share it.

    A send that blocked on a full pipe would stall the runner whenever a worker hangs, out of reach of
    the hard timeout; pages larger than this wait until their worker is idle.
    """
    try:
        sock = socket.socket(fileno=os.dup(conn.fileno()))
    except OSError:
        return 0
    with sock:
        with suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
        try:
            return int(sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)) // 3
        except OSError:
            return 0


class WorkerPool:
    """Worker processes with up to two pages each in flight, a hard per-page timeout and replacement of
    dead workers.

    ``collect`` returns ``(row, RowResult)`` for every finished page,
    including the error rows it makes for pages whose worker died or hung.
    A page queued behind one that killed or hung its worker goes to the
    replacement worker; no row is ever dropped.
    """

    def __init__(self, cleaner: Cleaner, size: int, page_timeout: float, filters: Filters | None = None) -> None:
        methods = multiprocessing.get_all_start_methods()
        # fork: workers inherit the Cleaner and any custom stage functions without importing anything.
        self._ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self._cleaner = cleaner
        self._filters = filters
        self.page_timeout = page_timeout
        self.workers: list[_Worker] = []
        for _ in range(size):
            self.workers.append(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        # A forked child holds copies of every open pipe end; a spawned one gets only what it is sent.
        inherited = [parent] + [w.conn for w in self.workers] if self._ctx.get_start_method() == "fork" else []
        proc = self._ctx.Process(target=_worker_main,
                                 args=(child, self._cleaner, os.getpid(), inherited, self._filters), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent, _pipe_room(parent))

    def _replace(self, worker: _Worker) -> _Worker:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        fresh = self._spawn()
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    @property
    def busy(self) -> int:
        return sum(len(w.tasks) for w in self.workers)

    def offer(self, row: PageRow) -> bool:
        """Send ``row`` to an idle worker, or queue it behind a busy one when it fits the pipe; False when
        every worker is full (the caller keeps the row and offers it again after ``collect``)."""
        data = _pickle_row(row)
        idle = [w for w in self.workers if not w.tasks]
        queue = [w for w in self.workers if 0 < len(w.tasks) < _IN_FLIGHT and len(data) <= w.room]
        return any(self._send(worker, row, data) for worker in idle + queue)

    def _send(self, worker: _Worker, row: PageRow, data: bytes) -> bool:
        try:
            worker.conn.send_bytes(data)
        except (BrokenPipeError, OSError):
            if worker.tasks:
                return False  # it died with pages in flight: collect() reports them and replaces it
            worker = self._replace(worker)
            worker.conn.send_bytes(data)
        if not worker.tasks:
            worker.started = time.monotonic()
        worker.tasks.append(row)
        return True

    def collect(self, timeout: float) -> list[tuple[PageRow, RowResult]]:
        """Wait up to ``timeout`` seconds for results; handle dead and hung workers."""
        busy = [w for w in self.workers if w.tasks]
        if not busy:
            return []
        now = time.monotonic()
        nearest = min(w.started + self.page_timeout for w in busy) - now
        waitables: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(multiprocessing.connection.wait(waitables, max(0.0, min(timeout, nearest))))
        out = []
        for w in busy:
            out.extend(self._check(w, ready))
        return out

    def _check(self, w: _Worker, ready: set[Any]) -> list[tuple[PageRow, RowResult]]:
        died = w.process.sentinel in ready
        out = []
        if w.conn in ready:
            try:
                while w.tasks and w.conn.poll():
                    _, result = w.conn.recv()
                    out.append((w.tasks.popleft(), result))
                    w.started = time.monotonic()  # the next queued page starts now
            except (EOFError, OSError):
                died = True  # the pipe closes a moment before the process is reaped
        if not w.tasks or (not died and time.monotonic() - w.started <= self.page_timeout):
            return out
        row = w.tasks.popleft()
        if died:
            w.process.join(2)
            kind, msg = "worker_died", f"worker process died (exit code {w.process.exitcode}) on this page"
        else:
            kind, msg = "hard_timeout", f"page took over {self.page_timeout:g} s; its worker was killed and replaced"
        queued = list(w.tasks)
        fresh = self._replace(w)
        for other in queued:            # pages queued behind it were never started: the new worker takes them
            self._send(fresh, other, _pickle_row(other))
        out.append((row, RowResult(error_line(row, kind, msg), kind)))
        return out

    def close(self) -> None:
        """Stop every worker (politely, then by force)."""
        for w in self.workers:
            with suppress(BrokenPipeError, OSError):
                w.conn.send(None)
        for w in self.workers:
            w.process.join(2)
            if w.process.is_alive():
                w.process.kill()
                w.process.join(2)
            w.conn.close()


def _pickle_row(row: PageRow) -> bytes:
    # what Connection.send would write; pickled here so its size is known before sending
    return pickle.dumps(row, protocol=pickle.HIGHEST_PROTOCOL)


class _Positions:
    """Which input positions are already written: a growable bitmap (1 bit per row).

    >>> done = _Positions(); done.add(3); done.add(70)
    >>> (3 in done, 4 in done, 70 in done, len(done))
    (True, False, True, 2)
    """

    def __init__(self) -> None:
        self._bits = bytearray()
        self._count = 0

    def add(self, position: int) -> None:
        byte, bit = divmod(position, 8)
        if byte >= len(self._bits):
            self._bits.extend(bytes(byte - len(self._bits) + 1024))
        if not self._bits[byte] >> bit & 1:
            self._bits[byte] |= 1 << bit
            self._count += 1

    def __contains__(self, position: int) -> bool:
        byte, bit = divmod(position, 8)
        return byte < len(self._bits) and bool(self._bits[byte] >> bit & 1)

    def __len__(self) -> int:
        return self._count


def journal_path_for(output: str) -> str:
    """Where rows are appended while a run is in progress.

    >>> journal_path_for("out.jsonl"), journal_path_for("out.parquet")
    ('out.jsonl', 'out.parquet.journal.jsonl')
    """
    return output + ".journal.jsonl" if output.lower().endswith(".parquet") else output


@dataclass
class _Resumed:
    """What an output already holds when a run starts."""

    done: _Positions = field(default_factory=_Positions)   # positions written (journal)
    finished_rows: int | None = None                        # a finished Parquet output: its row count


def _prepare_output(output: str, resume: bool, this_run: RunRecord) -> _Resumed:
    """Check ``output`` against this run before anything is written; see :mod:`webclean.run_record`.

    Without ``resume`` an existing output (or journal) is refused; with it,
    the output's run record must match this run, finished or not.
    """
    path = journal_path_for(output)
    note = run_record_path(path)
    if path != output and os.path.exists(output):            # a finished Parquet output
        if not resume:
            raise FileExistsError(f"{output} exists; remove it or pass --resume")
        this_run.check_resume(_parquet_run_record(output), output, "its Parquet metadata")
        return _Resumed(finished_rows=_parquet_rows(output))
    if os.path.exists(path):
        if not resume:
            what = "exists" if path == output else "exists (an interrupted run?)"
            raise FileExistsError(f"{path} {what}; remove it or pass --resume")
        this_run.check_resume(RunRecord.load(note), output, os.path.basename(note))
        resumed = _Resumed()
        for row in recover_journal(path):
            if isinstance(row.get("position"), int):
                resumed.done.add(row["position"])
        return resumed
    this_run.save(note)
    return _Resumed()


def _parquet_run_record(path: str) -> RunRecord | None:
    import pyarrow.parquet as pq

    try:
        stored = (pq.read_schema(path).metadata or {}).get(PARQUET_METADATA_KEY)
        return RunRecord.from_json(stored) if stored else None
    except (OSError, ValueError):
        return None


def _parquet_rows(path: str) -> int:
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).metadata.num_rows)


def _progress(enabled: bool, total: int | None, initial: int) -> Any:
    """The progress bar: pages/s and errors always, a total and an ETA when the inputs' size is known."""
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(file=sys.stderr, unit="page", total=total, initial=initial, disable=not enabled,
                dynamic_ncols=True, smoothing=0.1)


def _record(summary: BatchSummary, journal: Journal, bar: Any, result: RowResult) -> None:
    journal.write(result.line)
    summary.rows += 1
    summary.filtered.update(result.filtered)
    if result.kind is not None:
        summary.errors[result.kind] += 1
    if bar is not None:
        bar.update(1)
        if result.kind is not None:
            bar.set_postfix(errors=sum(summary.errors.values()), refresh=False)


# Rows finished ahead of an earlier one that ``ordered`` output holds back. Past this many no new page is
# sent until the earliest finishes: a hung page then stalls the run (up to the page timeout) instead of
# growing the runner's memory without bound (a thousand rows of ~20 kB each is ~20 MB).
_ORDER_BUFFER_ROWS = 1024


class _AsFinished:
    """Emits each result as it comes (the default: workers finish pages out of input order)."""

    full = False

    def __init__(self, emit: Any) -> None:
        self._emit = emit

    def expect(self, position: int) -> None:
        pass

    def put(self, position: int, result: RowResult) -> None:
        self._emit(result)


class _InInputOrder(_AsFinished):
    """Emits results in the order their rows were read, holding back those that finish early."""

    def __init__(self, emit: Any) -> None:
        super().__init__(emit)
        self._waiting: deque[int] = deque()                   # positions read, not yet emitted, in order
        self._ahead: dict[int, RowResult] = {}                # finished before an earlier row

    @property  # type: ignore[override]
    def full(self) -> bool:
        return len(self._ahead) >= _ORDER_BUFFER_ROWS

    def expect(self, position: int) -> None:
        self._waiting.append(position)

    def put(self, position: int, result: RowResult) -> None:
        self._ahead[position] = result
        while self._waiting and self._waiting[0] in self._ahead:
            self._emit(self._ahead.pop(self._waiting.popleft()))


def _drive(rows: Iterator[PageRow], cleaner: Cleaner, workers: int, page_timeout: float,
           sink: _AsFinished, filters: Filters | None = None) -> None:
    """Feed rows to workers (or clean inline when ``workers`` is 0) and hand each result to ``sink``."""
    if workers <= 0:
        for row in rows:
            sink.expect(row.position)
            sink.put(row.position, clean_row(cleaner, row, filters))
        return
    pool = WorkerPool(cleaner, workers, page_timeout, filters)
    try:
        held: PageRow | None = None     # a row no worker could take yet
        exhausted = False
        while True:
            while not sink.full:
                if held is None and not exhausted:
                    held = next(rows, None)
                    while held is not None and held.error_kind is not None:  # reader error rows need no worker
                        sink.expect(held.position)
                        sink.put(held.position, clean_row(cleaner, held))
                        held = next(rows, None)
                    exhausted = held is None
                    if held is not None:
                        sink.expect(held.position)
                if held is None or not pool.offer(held):
                    break
                held = None
            if exhausted and held is None and pool.busy == 0:
                return
            for row, result in pool.collect(0.5):
                sink.put(row.position, result)
    finally:
        pool.close()


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into the same clean stop as Ctrl-C (a KeyboardInterrupt, so that no
    ``except Exception`` on the way, such as the Cleaner's own error capture, can swallow it)."""


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While the run lasts, SIGTERM stops it like Ctrl-C: rows written so far are flushed and the run
    can be resumed. Only where SIGTERM would otherwise kill the process outright (the default action),
    and only in the main thread (the only one Python lets set handlers); a handler the host program
    installed itself is left alone."""
    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise Terminated(f"stopped by signal {signum}")

    signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def run_batch(inputs: Sequence[str], output: str, *, cleaner: Cleaner | None = None, workers: int = 1,
              resume: bool = False, read_options: ReadOptions | None = None, page_timeout: float | None = None,
              quiet: bool = False, ordered: bool = False, progress: bool | None = None,
              filters: Filters | None = None, dedup_report: str | None = None) -> BatchSummary:
    """Clean every row of ``inputs`` into ``output`` (``.parquet`` or JSONL); see the module docstring.

    ``-`` among the inputs reads standard input (JSON lines or WARC);
    ``output="-"`` writes JSON lines to standard output (no resume).
    ``workers=0`` cleans in this process (no hard timeout); ``page_timeout``
    defaults to twice the Cleaner's ``time_budget`` plus 5 s. With workers,
    rows are written as they finish, which is not input order; ``ordered``
    keeps input order (a slow page then holds back the rows after it).
    ``progress`` shows the bar (default: when standard error is a terminal
    and not ``quiet``).

    ``filters`` (:class:`~webclean.corpus.filters.Filters`) mark rows, never
    drop them: a row below ``min_han_share`` or above ``max_spam_share`` is
    written with ``filtered_by`` naming the filter; with ``drop_duplicates``,
    once every row is written, each near-duplicate group's rows but the first
    (by input position) get ``duplicate`` and ``duplicate_of`` (the kept
    row's id). ``dedup_report`` writes the groups there (JSON lines, see
    :mod:`webclean.batch_dedup`). Both need an output file.
    """
    _check_run_arguments(inputs, output, cleaner, workers, page_timeout)
    _check_corpus_arguments(output, filters, dedup_report)
    cleaner = cleaner or Cleaner()
    timeout = page_timeout if page_timeout is not None else 2 * cleaner.options.time_budget + 5
    read_options = read_options or ReadOptions()
    if output == "-":
        if resume:
            raise ValueError("--resume needs an output file: a run written to standard output cannot be continued")
        journal: Journal | StreamWriter = StreamWriter(sys.stdout.buffer)
        this_run, done = None, _Positions()
    else:
        _check_output_folder(output)
        this_run = RunRecord.of_run(inputs, read_options, cleaner, filters)
        resumed = _prepare_output(output, resume, this_run)
        if resumed.finished_rows is not None:
            return BatchSummary(output, skipped=resumed.finished_rows)
        done = resumed.done
        journal = Journal(journal_path_for(output))
    summary = BatchSummary(output, skipped=len(done))
    show = progress if progress is not None else (not quiet and sys.stderr.isatty())
    bar = _progress(show, count_rows(inputs, read_options) if show else None, len(done))
    start = time.monotonic()
    rows = (row for row in iter_pages(inputs, read_options) if row.position not in done)
    sink = (_InInputOrder if ordered else _AsFinished)(lambda result: _record(summary, journal, bar, result))
    try:
        with _sigterm_as_interrupt():
            _drive(rows, cleaner, workers, timeout, sink, filters)
    except KeyboardInterrupt as exc:
        summary.interrupted = True
        summary.stop_signal = signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT
    finally:
        journal.close()
        if bar is not None:
            bar.close()
        summary.seconds = time.monotonic() - start
    if not summary.interrupted and this_run is not None:
        if dedup_report is not None or (filters is not None and filters.drop_duplicates):
            _near_duplicates(journal.path, filters or Filters(), dedup_report, summary)
        finished = this_run.finished(len(done) + summary.rows)
        if journal.path != output:
            _finish_parquet(journal.path, output, finished)
        else:
            finished.save(run_record_path(journal.path))
    return summary


def _check_run_arguments(inputs: Any, output: Any, cleaner: Any, workers: Any, page_timeout: Any) -> None:
    """Refuse arguments of the wrong type or range, naming them (a str of inputs would be read letter by
    letter)."""
    if isinstance(inputs, (str, bytes)) or not isinstance(inputs, Sequence):
        raise TypeError(f"inputs must be a list of paths, not {type(inputs).__name__}")
    for item in inputs:
        if not isinstance(item, str):
            raise TypeError(f"inputs must be paths (str), not {type(item).__name__} ({item!r})")
    if not isinstance(output, str) or not output:
        raise TypeError(f"output must be a path (str) or '-', not {output!r}")
    if cleaner is not None and not isinstance(cleaner, Cleaner):
        raise TypeError(f"cleaner must be a Cleaner or None, not {type(cleaner).__name__}")
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise ValueError(f"workers must be a whole number, 0 or more, not {workers!r}")
    if page_timeout is not None and (isinstance(page_timeout, bool) or not isinstance(page_timeout, (int, float))
                                     or not page_timeout > 0):
        raise ValueError(f"page_timeout must be a number of seconds above 0 (or None), not {page_timeout!r}")


def _check_corpus_arguments(output: str, filters: Any, dedup_report: Any) -> None:
    """``filters`` a Filters, ``dedup_report`` a path in an existing folder; both need an output file."""
    if filters is not None and not isinstance(filters, Filters):
        raise TypeError(f"filters must be a webclean.corpus.Filters or None, not {type(filters).__name__}")
    if dedup_report is not None and (not isinstance(dedup_report, str) or not dedup_report):
        raise TypeError(f"dedup_report must be a path (str) or None, not {dedup_report!r}")
    needs_file = dedup_report is not None or (filters is not None and filters.drop_duplicates)
    if needs_file and output == "-":
        raise ValueError("--drop-duplicates and --dedup-report need an output file (-o FILE): near-duplicates "
                         "are known once every row is written")
    if dedup_report is not None:
        if os.path.abspath(dedup_report) == os.path.abspath(output):
            raise ValueError(f"--dedup-report {dedup_report} is the output itself; name another file")
        _check_output_folder(dedup_report)


def _near_duplicates(journal: str, filters: Filters, report: str | None, summary: BatchSummary) -> None:
    """The near-duplicate pass over the finished journal (:mod:`webclean.batch_dedup`)."""
    from .batch_dedup import dedup_journal

    outcome = dedup_journal(journal, filters.duplicate_threshold, mark=filters.drop_duplicates, report=report)
    summary.duplicate_groups, summary.dedup_report = outcome.groups, report
    if outcome.marked:
        summary.filtered["duplicate"] = outcome.marked


def _check_output_folder(output: str) -> None:
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise FileNotFoundError(errno.ENOENT, f"cannot write {output}: folder {folder} does not exist")
    if os.path.isdir(output):
        raise IsADirectoryError(errno.EISDIR, f"cannot write {output}: it is a folder (name an output file)")


def _finish_parquet(journal: str, output: str, record: RunRecord) -> None:
    """Convert the completed journal to Parquet with its run record in the file's metadata, then drop the
    journal and its record."""
    from .io.parquet import write_parquet

    tmp = output + ".tmp"
    write_parquet(iter_journal(journal), tmp, metadata={PARQUET_METADATA_KEY: record.to_json().encode("utf-8")})
    os.replace(tmp, output)
    os.remove(journal)
    os.remove(run_record_path(journal))
