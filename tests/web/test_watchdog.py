"""A blocked event loop: the watchdog frees it, and SIGTERM still ends the process (real processes, real signals)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

# Real processes blocked on purpose, and a SIGTERM grace period waited out.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]

# A worker whose loop a request blocks with a CPU-bound loop that never yields.
SCRIPT = textwrap.dedent(
    """
    import asyncio, signal, sys, time
    from app.web.watchdog import EventLoopStalled, LoopWatchdog

    def spin() -> None:
        while True:
            pass

    async def main() -> None:
        dog = LoopWatchdog(stall_s=float(sys.argv[1]), grace_s=1.0)
        signal.signal(signal.SIGTERM, lambda *_: print("uvicorn's handler ran", flush=True))
        dog.start()
        time.sleep(float(sys.argv[1]) + 0.5)  # start-up may hold the loop: not interrupted before arm()
        print("started", flush=True)
        dog.arm()
        await asyncio.sleep(0.2)
        try:
            print("blocking", flush=True)
            spin()
        except EventLoopStalled:
            print("freed", flush=True)
        await asyncio.sleep(0.3)  # the loop runs again
        print("loop alive", flush=True)
        if sys.argv[2] == "block-again":
            spin()
        await dog.stop()

    try:
        asyncio.run(main())
    finally:
        print("cleaned up", flush=True)
    """
)


def run(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ | {"PYTHONPATH": str(REPO)},
    )


def test_a_stalled_loop_is_interrupted_and_serves_again():
    process = run("0.5", "done")
    out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    # A start-up that held the loop longer than stall_s was left alone; the armed watchdog then freed it.
    assert out.splitlines() == ["started", "blocking", "freed", "loop alive", "cleaned up"]
    assert "event loop blocked" in err and "spin" in err  # the log names where it was stuck


def test_sigterm_ends_a_blocked_worker_after_the_grace_and_cleanup_runs():
    process = run("0", "block-again")  # never interrupted for stalling: only SIGTERM can end it
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "started"
    assert process.stdout.readline().strip() == "blocking"
    time.sleep(0.3)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        out, err = process.communicate(timeout=15)
    finally:
        process.kill()
    took = time.monotonic() - started
    assert "cleaned up" in out
    assert "uvicorn's handler ran" in out  # the server's own handler still ran first
    assert "still blocked after the shutdown grace" in err
    assert 1.0 <= took < 5.0, f"exited {took:.1f} s after SIGTERM"
