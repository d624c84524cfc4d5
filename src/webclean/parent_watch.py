"""Worker processes that end with the process that started them, however it ends.

A batch worker spends its life blocked on its pipe or busy on a page. When the
runner ends normally it stops its workers itself, but when it is killed alone
(``kill -9`` from an orchestrator, the OOM killer, a crash in C code) nothing
tells them: a worker forked after another also holds a copy of the runner's end
of that worker's pipe, so no pipe reports end-of-file, and the workers would
wait forever, each holding its memory and the output file.

:func:`die_with_parent` closes that gap in two independent ways, because
neither covers every system alone:

* on Linux the kernel kills the worker the moment its parent dies
  (``prctl(PR_SET_PDEATHSIG, SIGKILL)``), whatever the worker is doing;
* everywhere, a daemon thread notices that the worker was handed to another
  parent (``os.getppid()`` changed) and ends the process.

>>> thread = watch_parent(os.getppid(), interval=3600)   # this process's parent is alive: it keeps watching
>>> thread.daemon and thread.is_alive()
True
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

__all__ = ["die_with_parent", "kill_on_parent_death", "watch_parent", "PARENT_POLL_SECONDS", "EXIT_PARENT_GONE"]

#: How often the portable watchdog looks at the parent. A worker outlives a killed runner by at most this
#: (where the kernel's parent-death signal is missing); each look is one system call, so half a second
#: costs nothing measurable next to a page's 10-20 ms.
PARENT_POLL_SECONDS = 0.5

#: The exit status of a worker that ended because its parent was gone (nobody waits for it: the parent is dead).
EXIT_PARENT_GONE = 70

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def kill_on_parent_death(sig: int = signal.SIGKILL) -> bool:
    """Ask the Linux kernel to send ``sig`` to this process when its parent dies; False where unsupported.

    The request is tied to the parent *thread* that forked this process, so
    the runner must fork its workers from the thread that outlives them (it
    does: the thread that runs the batch also stops the pool).
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def watch_parent(parent_pid: int, interval: float = PARENT_POLL_SECONDS) -> threading.Thread:
    """Start a daemon thread that ends this process once its parent is no longer ``parent_pid``.

    An orphan is handed to another parent (init or a subreaper), so a changed
    ``os.getppid()`` means the parent is gone: this works on every POSIX
    system, whether the parent exited, crashed or was killed.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        os._exit(EXIT_PARENT_GONE)

    thread = threading.Thread(target=watch, name="webclean-parent-watch", daemon=True)
    thread.start()
    return thread


def die_with_parent(parent_pid: int) -> None:
    """Make this (worker) process end when ``parent_pid``, its parent, ends; see the module docstring."""
    kill_on_parent_death()
    if os.getppid() != parent_pid:
        # The parent died between our fork and the request above, which then never fires.
        os._exit(EXIT_PARENT_GONE)
    watch_parent(parent_pid)
