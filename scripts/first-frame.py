#!/usr/bin/env python3
"""Start-up of the terminal interface: time from start to its first frame, and to the home
screen, in a pseudo-terminal of 200x60, seven runs, medians.

    scripts/first-frame.py target/release/rijp WORKSPACE
"""
import os, pty, sys, time, select, signal, fcntl, termios, struct
binary, ws = sys.argv[1], sys.argv[2]
# The loading line, in Dutch or English, is the first frame; the round names the home screen.
first_frame_markers = (b"laden", b"Loading")
home_markers = (b"Ronde", b"Round")
results = []
for _ in range(7):
    pid, fd = pty.fork()
    start = time.monotonic() + 0.05  # the child waits 50 ms for the window size before it starts
    if pid == 0:
        os.environ["RIJP_CONFIG_DIR"] = "/tmp/ffcfg"
        time.sleep(0.05); os.execv(binary, [binary, "--workspace", ws])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 60, 200, 0, 0))
    buf = b""; first = None; home = None
    while time.monotonic() - start < 10:
        r, _, _ = select.select([fd], [], [], 0.01)
        if r:
            try: chunk = os.read(fd, 65536)
            except OSError: break
            buf += chunk
            if first is None and any(m in buf for m in first_frame_markers): first = time.monotonic() - start
            if home is None and any(m in buf for m in home_markers): home = time.monotonic() - start; break
    os.kill(pid, signal.SIGKILL); os.waitpid(pid, 0)
    results.append((first, home))
results.sort(key=lambda r: r[0] or 99)
print("first frame median %.3f s, home screen median %.3f s" % (sorted(r[0] for r in results)[3], sorted(r[1] for r in results if r[1])[len(results)//2]))
