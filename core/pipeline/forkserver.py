"""The fork server local Dask workers are forked from (multiprocessing's "forkserver" start method), preloaded with
`core.pipeline.preload` (the model and the knowledge base, warmed).

`start()` launches it at once and returns: its preload (about 1.5 s of imports and model loading) then runs in its own
process, beside whatever the caller does next (importing Dask, reading and cleaning the input, starting the
scheduler), and a worker asked for later is forked from a server that is already warm. Only the standard library is
imported here, so starting it costs the caller next to nothing.
"""
from __future__ import annotations

import multiprocessing

PRELOAD = ["distributed", "core.pipeline.preload"]


def available() -> bool:
    return "forkserver" in multiprocessing.get_all_start_methods()


def start() -> bool:
    """Launch the preloaded fork server unless this system has none or one is running; True when it has one."""
    if not available():
        return False
    from multiprocessing import forkserver

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)  # no effect on a server already running: it keeps what it has
    forkserver.ensure_running()
    return True
