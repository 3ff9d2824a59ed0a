#!/usr/bin/env python3
"""Benchmarks of the CloudABI SDK's libc and runtime against musl and glibc.

  python3 scripts/bench.py [--sdk DIR] [--rounds N] [--scale X] [--only RE]
  python3 scripts/bench.py --replot

Every program in bench/src is built three ways:

  ours   with the SDK (x86_64-unknown-cloudabi-cc -O2), run under cloudabi-run
  musl   static, with Debian's musl-gcc -O2 -static
  glibc  static, with gcc -O2 -static (dynamic when libc.a is missing; the
         report says which)

and the three builds run interleaved, round after round (the order rotates:
ours musl glibc, then musl glibc ours, ...), so that load from other
processes on the machine falls on all three alike.  Each program measures
itself with clock_gettime(CLOCK_MONOTONIC) around its loops and checks its
results (a wrong result fails the run); only the start-up benchmark is
timed from outside, from spawn to exit.  The table holds the median over the
rounds of each measurement and the ratios ours/musl and ours/glibc (below 1:
ours is faster).

The runtime's own costs are measured on the CloudABI builds only: hello-world
start and a system-call loop with the sandbox (--require-sandbox) and
without it (--no-sandbox), when the runtime and the host support one.

Results go to bench/results: latest.csv (medians and ratios), runtime.csv
(the runtime's costs), samples.csv
(every measurement of every round), latest.md (the table as Markdown, with
the date and machine) and latest.png (ratios as a bar chart; drawn with
matplotlib when it can be imported or installed, otherwise by the small PNG
writer below).  Binaries are built in build-bench/bench.  --replot runs
nothing: it draws latest.png again from latest.csv and runtime.csv (after
rows of latest.csv were re-measured and merged by hand, say), with the date
and machine from latest.md.
"""

import argparse
import csv
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import struct
import subprocess
import sys
import time
import zlib
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "bench", "src")
TRIPLE = "x86_64-unknown-cloudabi"
VARIANTS = ["ours", "musl", "glibc"]

# Programs in the order they run, with the group their cases belong to.
PROGRAMS = [
    ("hello", "start-up"),
    ("syscall", "system calls"),
    ("string", "string.h"),
    ("malloc", "malloc"),
    ("stdio", "stdio"),
    ("qsort", "qsort"),
    ("strtod", "printf/strtod"),
    ("regex", "regex"),
    ("utf8", "UTF-8"),
    ("pthread", "pthread"),
    ("libm", "libm"),
]

# Cases whose measurement covers more than one call, for the unit column.
UNITS = {
    "hello_start": "process",
    "hello_start_cpu": "process",
    "qsort_1M_int": "sort",
    "mbstowcs_64Kchar": "64K chars",
    "wcstombs_64Kchar": "64K chars",
    "condvar_pingpong": "round trip",
    "malloc_free_small": "malloc+free",
    "malloc_free_large": "malloc+free",
    "malloc_2thr_small": "malloc+free",
    "malloc_2thr_large": "malloc+free",
    "fgets_fputs_line": "line",
    "fprintf_int": "call",
    "fprintf_double": "call",
    "regexec": "line",
}


def log(msg):
    print(msg, flush=True)


def default_sdk():
    for d in ("out/sdk", "build/sdk"):
        path = os.path.join(ROOT, d)
        if os.path.isdir(path):
            return path
    return os.path.join(ROOT, "out/sdk")


def run_capture(cmd, **kwargs):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


class Toolchains:
    """The three ways of building a benchmark, and how to run each result."""

    def __init__(self, sdk, build_dir):
        self.sdk = os.path.abspath(sdk)
        self.cc = os.path.join(self.sdk, "bin", TRIPLE + "-cc")
        self.runtime = os.path.join(self.sdk, "bin", "cloudabi-run")
        for tool in (self.cc, self.runtime):
            if not os.access(tool, os.X_OK):
                sys.exit(f"bench.py: {tool} is missing; build the SDK first "
                         "(python3 scripts/bootstrap.py) or pass --sdk DIR")
        self.musl_gcc = shutil.which("musl-gcc")
        if self.musl_gcc is None:
            sys.exit("bench.py: musl-gcc is missing (apt-get install musl-tools)")
        self.gcc = shutil.which("gcc")
        if self.gcc is None:
            sys.exit("bench.py: gcc is missing")
        out = run_capture([self.gcc, "-print-file-name=libc.a"]).stdout.strip()
        self.glibc_static = os.path.isabs(out) and os.path.exists(out)
        self.build_dir = build_dir
        # The SDK's libc contains libm and the thread functions; add the
        # separate archives only if a future SDK splits them out.
        syslib = os.path.join(self.sdk, TRIPLE, "lib")
        self.ours_libs = [f"-l{n}" for n in ("m", "pthread")
                          if os.path.exists(os.path.join(syslib, f"lib{n}.a"))]

    def exe(self, prog, variant):
        return os.path.join(self.build_dir, f"{prog}.{variant}")

    def compile_cmd(self, prog, variant):
        src = os.path.join(SRC, prog + ".c")
        flags = ["-O2", "-std=gnu11", "-Wall", "-Wextra", "-I", SRC]
        if variant == "ours":
            return [self.cc] + flags + [src, "-o", self.exe(prog, variant)] + self.ours_libs
        if variant == "musl":
            return [self.musl_gcc] + flags + ["-static", src, "-o", self.exe(prog, variant),
                                              "-lm", "-lpthread"]
        static = ["-static"] if self.glibc_static else []
        return [self.gcc] + flags + static + [src, "-o", self.exe(prog, variant), "-lm",
                                              "-lpthread"]

    def run_cmd(self, prog, variant, scale, sandbox=None):
        exe = self.exe(prog, variant)
        args = [] if prog == "hello" else [repr(scale)]
        if variant != "ours":
            return [exe] + args
        cmd = [self.runtime]
        if sandbox is True:
            cmd.append("--require-sandbox")
        elif sandbox is False:
            cmd.append("--no-sandbox")
        cmd.append("--stdio")
        if prog == "syscall":
            cmd += ["--file", "null=/dev/null:rw"]
        for a in args:
            cmd += ["--arg", a]
        return cmd + [exe]

    def versions(self):
        v = {}
        out = run_capture([self.cc, "--version"]).stdout.splitlines()
        v["ours"] = "SDK " + os.path.relpath(self.sdk, ROOT) + (", " + out[0] if out else "")
        musl = run_capture(["dpkg-query", "-W", "-f", "${Version}", "musl"]).stdout.strip()
        gccv = run_capture([self.gcc, "-dumpfullversion"]).stdout.strip()
        v["musl"] = f"musl {musl or '?'} (Debian), musl-gcc (gcc {gccv}) -O2 -static"
        glibc = os.confstr("CS_GNU_LIBC_VERSION") if hasattr(os, "confstr") else "glibc"
        v["glibc"] = (f"{glibc}, gcc {gccv} -O2 " +
                      ("-static" if self.glibc_static else "(dynamic: no libc.a)"))
        return v


def build_all(tc, progs):
    os.makedirs(tc.build_dir, exist_ok=True)
    jobs = [(p, v) for p in progs for v in VARIANTS]

    def one(job):
        cmd = tc.compile_cmd(*job)
        r = run_capture(cmd)
        return job, cmd, r

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(one, jobs))
    broken = {}
    for (prog, variant), cmd, r in results:
        if r.returncode != 0:
            errors = [l for l in (r.stdout + r.stderr).splitlines() if "error" in l]
            broken.setdefault(prog, []).append(
                f"{variant}: {(errors or ['exit status %d' % r.returncode])[0].strip()}")
            log(f"build of {prog} ({variant}) failed:\n  {' '.join(cmd)}\n{r.stdout}{r.stderr}")
        elif r.stderr.strip():
            log(f"warnings building {prog} ({variant}):\n{r.stderr}")
    # A program that does not build for one of the libraries is left out of
    # every comparison, and the report says why.
    return {prog: "did not build (" + "; ".join(why) + ")" for prog, why in broken.items()}


def parse_output(text):
    results, skips = {}, {}
    for line in text.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[0] == "RESULT":
            results[parts[1]] = float(parts[2])
        elif len(parts) >= 2 and parts[0] == "SKIP":
            skips[parts[1]] = parts[2] if len(parts) > 2 else ""
    return results, skips


def time_starts(cmds, count):
    """Runs each command of `cmds` `count` times, interleaved (A B C A B C
    ...), from spawn to exit with its output to /dev/null.  Returns for each
    command the median wall time and the median CPU time (user + system, from
    wait4) in ns; the CPU time is not inflated by other processes' load."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        wall = [[] for _ in cmds]
        cpu = [[] for _ in cmds]
        for _ in range(count):
            for i, cmd in enumerate(cmds):
                t0 = time.perf_counter_ns()
                pid = os.posix_spawn(cmd[0], cmd, os.environ,
                                     file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1),
                                                   (os.POSIX_SPAWN_DUP2, devnull, 2)])
                _, status, usage = os.wait4(pid, 0)
                t1 = time.perf_counter_ns()
                code = os.waitstatus_to_exitcode(status)
                if code != 0:
                    raise RuntimeError(f"{' '.join(cmd)} exited with status {code}")
                wall[i].append(t1 - t0)
                cpu[i].append((usage.ru_utime + usage.ru_stime) * 1e9)
        return [(statistics.median(w), statistics.median(c)) for w, c in zip(wall, cpu)]
    finally:
        os.close(devnull)


class Samples:
    def __init__(self):
        self.values = {}      # (case, variant) -> [per-round values]
        self.order = []       # cases in first-seen order, with their group
        self.skips = {}       # case -> reason
        self.failures = []    # (prog, variant, message)

    def add(self, group, case, variant, value):
        if (group, case) not in self.order:
            self.order.append((group, case))
        self.values.setdefault((case, variant), []).append(value)

    def median(self, case, variant):
        v = self.values.get((case, variant))
        return statistics.median(v) if v else None


def run_program(tc, prog, group, variant, scale, samples, sandbox=None, suffix=""):
    cmd = tc.run_cmd(prog, variant, scale, sandbox)
    r = run_capture(cmd, timeout=300)
    results, skips = parse_output(r.stdout)
    if r.returncode != 0:
        msg = (r.stderr.strip() or f"exit status {r.returncode}").splitlines()[-1]
        samples.failures.append((prog, variant + suffix, msg))
        log(f"  FAILED {prog} ({variant}{suffix}): {msg}")
        return
    for case, value in results.items():
        samples.add(group, case + suffix, variant, value)
    for case, why in skips.items():
        samples.skips[case] = why


def check_hello(tc):
    for variant in VARIANTS:
        r = run_capture(tc.run_cmd("hello", variant, 1))
        if r.returncode != 0 or r.stdout != "hello, world\n":
            sys.exit(f"bench.py: hello ({variant}) printed {r.stdout!r}, status {r.returncode}")


def sandbox_support(tc):
    """(supported, note): whether the runtime can run with and without the
    sandbox on this host."""
    help_text = run_capture([tc.runtime, "--help"]).stdout
    if "--no-sandbox" not in help_text:
        return False, "this cloudabi-run has no --no-sandbox option (no sandbox yet)"
    r = run_capture(tc.run_cmd("hello", "ours", 1, sandbox=True))
    if r.returncode != 0:
        return False, "the host cannot confine the runtime (--require-sandbox refused)"
    r = run_capture(tc.run_cmd("hello", "ours", 1, sandbox=False))
    if r.returncode != 0:
        return False, "--no-sandbox did not run"
    return True, ""


def fmt_time(ns):
    if ns is None:
        return "-"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} us"
    return f"{ns:.1f} ns"


def fmt_ratio(a, b):
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}"


def table_rows(samples):
    rows = []
    for group, case in samples.order:
        if group.startswith("runtime"):
            continue
        o, m, g = (samples.median(case, v) for v in VARIANTS)
        rows.append((group, case, UNITS.get(case, "call"), o, m, g))
    return rows


def runtime_rows(samples):
    rows = []
    for group, case in samples.order:
        if not group.startswith("runtime"):
            continue
        rows.append((case, samples.median(case, "sandbox"), samples.median(case, "no-sandbox")))
    return rows


def render_text(samples, sandbox_note):
    lines = []
    head = f"{'group':<14} {'case':<22} {'per':<12} {'ours':>11} {'musl':>11} {'glibc':>11} " \
           f"{'ours/musl':>9} {'ours/glibc':>10}"
    lines.append(head)
    lines.append("-" * len(head))
    for group, case, unit, o, m, g in table_rows(samples):
        lines.append(f"{group:<14} {case:<22} {unit:<12} {fmt_time(o):>11} {fmt_time(m):>11} "
                     f"{fmt_time(g):>11} {fmt_ratio(o, m):>9} {fmt_ratio(o, g):>10}")
    lines.append("")
    lines.append("runtime costs (CloudABI builds only)")
    if sandbox_note:
        lines.append("  " + sandbox_note)
    for case, s, n in runtime_rows(samples):
        lines.append(f"  {case:<26} sandbox {fmt_time(s):>11}  no sandbox {fmt_time(n):>11}  "
                     f"ratio {fmt_ratio(s, n)}")
    for case, why in samples.skips.items():
        lines.append(f"skipped {case}: {why}")
    for prog, variant, msg in samples.failures:
        lines.append(f"FAILED {prog} ({variant}): {msg}")
    return "\n".join(lines)


def render_markdown(samples, sandbox_note, info):
    out = [f"Measured {info['date']} on {info['machine']} (a shared machine: other "
           f"builds ran at the same time; load average {info['load']} at the start), "
           f"{info['rounds']} interleaved rounds, medians. glibc is linked "
           f"{'statically' if info['glibc_static'] else 'dynamically'}, musl statically; "
           f"ratios below 1 mean ours is faster.", "",
           "| case | per | ours | musl | glibc | ours/musl | ours/glibc |",
           "|---|---|---:|---:|---:|---:|---:|"]
    for group, case, unit, o, m, g in table_rows(samples):
        out.append(f"| {case} | {unit} | {fmt_time(o)} | {fmt_time(m)} | {fmt_time(g)} | "
                   f"{fmt_ratio(o, m)} | {fmt_ratio(o, g)} |")
    rt = runtime_rows(samples)
    if rt:
        out += ["", "| runtime cost | sandbox | no sandbox | ratio |", "|---|---:|---:|---:|"]
        for case, s, n in rt:
            out.append(f"| {case} | {fmt_time(s)} | {fmt_time(n)} | {fmt_ratio(s, n)} |")
    if sandbox_note:
        out += ["", f"Runtime costs: {sandbox_note}."]
    for case, why in samples.skips.items():
        out += ["", f"Skipped {case}: {why}."]
    for prog, variant, msg in samples.failures:
        out += ["", f"FAILED {prog} ({variant}): {msg}"]
    return "\n".join(out) + "\n"


def write_csv(samples, path_latest, path_runtime, path_samples):
    with open(path_latest, "w", newline="") as f:
        w = csv.writer(f)
        # Medians, ratios of the medians, then the smallest and largest value
        # of each build over the rounds, to show how noisy a case was.
        w.writerow(["group", "case", "per", "ours_ns", "musl_ns", "glibc_ns", "ours_over_musl",
                    "ours_over_glibc"] + [f"{v}_{e}_ns" for v in VARIANTS for e in ("min", "max")])
        for group, case, unit, o, m, g in table_rows(samples):
            spread = []
            for v in VARIANTS:
                vals = samples.values.get((case, v)) or []
                spread += [f"{min(vals):.3f}", f"{max(vals):.3f}"] if vals else ["", ""]
            w.writerow([group, case, unit] + [f"{x:.3f}" if x is not None else "" for x in (o, m, g)]
                       + [fmt_ratio(o, m).replace("-", ""), fmt_ratio(o, g).replace("-", "")]
                       + spread)
    with open(path_runtime, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case", "sandbox_ns", "no_sandbox_ns", "sandbox_over_no_sandbox"])
        for case, s, n in runtime_rows(samples):
            w.writerow([case] + [f"{x:.3f}" if x is not None else "" for x in (s, n)]
                       + [fmt_ratio(s, n).replace("-", "")])
    with open(path_samples, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case", "variant", "round", "ns"])
        for (case, variant), values in samples.values.items():
            for i, v in enumerate(values):
                w.writerow([case, variant, i + 1, f"{v:.3f}"])


# ---------------------------------------------------------------------------
# The chart: matplotlib when available, otherwise a small renderer of our own.

def chart_data(samples):
    labels, vs_musl, vs_glibc = [], [], []
    for group, case, unit, o, m, g in table_rows(samples):
        if o is None:
            continue
        labels.append(case)
        vs_musl.append(o / m if m else None)
        vs_glibc.append(o / g if g else None)
    for case, s, n in runtime_rows(samples):
        if s is not None and n:
            labels.append("sandbox/no: " + case)
            vs_musl.append(s / n)
            vs_glibc.append(None)
    return labels, vs_musl, vs_glibc


def matplotlib_python(allow_install):
    """An interpreter that can import matplotlib: this one, or Debian's
    /usr/bin/python3 (where python3-matplotlib installs it) when this one is
    another Python; apt-get installs python3-matplotlib when allowed."""
    candidates = [sys.executable]
    if os.path.exists("/usr/bin/python3") and \
            os.path.realpath("/usr/bin/python3") != os.path.realpath(sys.executable):
        candidates.append("/usr/bin/python3")

    def find():
        for py in candidates:
            if subprocess.run([py, "-c", "import matplotlib"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode == 0:
                return py
        return None

    py = find()
    if py or not allow_install or os.geteuid() != 0 or shutil.which("apt-get") is None:
        return py
    log("installing python3-matplotlib (apt-get) for the chart")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "install", "-y", "-q", "python3-matplotlib"], env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return find()


def plot_matplotlib(path, title, labels, vs_musl, vs_glibc):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    n = len(labels)
    fig, ax = plt.subplots(figsize=(9, 0.26 * n + 1.6))
    ys = list(range(n))
    h = 0.4
    ax.barh([y - h / 2 for y in ys], [v or 0 for v in vs_musl], height=h, color="#4c72b0",
            label="ours / musl (runtime rows: sandbox / no sandbox)")
    ax.barh([y + h / 2 for y in ys], [v or 0 for v in vs_glibc], height=h, color="#dd8452",
            label="ours / glibc")
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_xscale("log")
    ax.set_yticks(ys)
    ax.set_yticklabels(labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("time ratio (log scale; < 1: ours faster)")
    ax.set_title(title, fontsize=9)
    ax.legend(fontsize=7, loc="lower right")
    ax.grid(axis="x", which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


# A 5x7 bitmap font for the fallback renderer: each glyph is seven rows of
# five bits, most significant bit on the left.  Lower case only: text is
# drawn lower-cased.
FONT = {
    "0": (14, 17, 19, 21, 25, 17, 14), "1": (4, 12, 4, 4, 4, 4, 14),
    "2": (14, 17, 1, 2, 4, 8, 31), "3": (30, 1, 1, 14, 1, 1, 30),
    "4": (2, 6, 10, 18, 31, 2, 2), "5": (31, 16, 30, 1, 1, 17, 14),
    "6": (6, 8, 16, 30, 17, 17, 14), "7": (31, 1, 2, 4, 8, 8, 8),
    "8": (14, 17, 17, 14, 17, 17, 14), "9": (14, 17, 17, 15, 1, 2, 12),
    "a": (0, 0, 14, 1, 15, 17, 15), "b": (16, 16, 30, 17, 17, 17, 30),
    "c": (0, 0, 14, 16, 16, 17, 14), "d": (1, 1, 15, 17, 17, 17, 15),
    "e": (0, 0, 14, 17, 31, 16, 14), "f": (6, 9, 8, 28, 8, 8, 8),
    "g": (0, 15, 17, 17, 15, 1, 14), "h": (16, 16, 22, 25, 17, 17, 17),
    "i": (4, 0, 12, 4, 4, 4, 14), "j": (2, 0, 6, 2, 2, 18, 12),
    "k": (16, 16, 18, 20, 24, 20, 18), "l": (12, 4, 4, 4, 4, 4, 14),
    "m": (0, 0, 26, 21, 21, 17, 17), "n": (0, 0, 22, 25, 17, 17, 17),
    "o": (0, 0, 14, 17, 17, 17, 14), "p": (0, 0, 30, 17, 30, 16, 16),
    "q": (0, 0, 15, 17, 15, 1, 1), "r": (0, 0, 22, 25, 16, 16, 16),
    "s": (0, 0, 15, 16, 14, 1, 30), "t": (8, 8, 28, 8, 8, 9, 6),
    "u": (0, 0, 17, 17, 17, 19, 13), "v": (0, 0, 17, 17, 17, 10, 4),
    "w": (0, 0, 17, 17, 21, 21, 10), "x": (0, 0, 17, 10, 4, 10, 17),
    "y": (0, 0, 17, 17, 15, 1, 14), "z": (0, 0, 31, 2, 4, 8, 31),
    "_": (0, 0, 0, 0, 0, 0, 31), ".": (0, 0, 0, 0, 0, 12, 12),
    "/": (1, 1, 2, 4, 8, 16, 16), ":": (0, 12, 12, 0, 12, 12, 0),
    "-": (0, 0, 0, 31, 0, 0, 0), "%": (24, 25, 2, 4, 8, 19, 3),
    "<": (2, 4, 8, 16, 8, 4, 2), "=": (0, 0, 31, 0, 31, 0, 0),
    ",": (0, 0, 0, 0, 12, 4, 8), ";": (0, 12, 12, 0, 12, 4, 8),
    "(": (2, 4, 8, 8, 8, 4, 2), ")": (8, 4, 2, 2, 2, 4, 8), " ": (0,) * 7,
}


class Canvas:
    def __init__(self, width, height):
        self.w, self.h = width, height
        self.px = bytearray(b"\xff" * (width * height * 3))

    def rect(self, x0, y0, x1, y1, color):
        x0, x1 = max(0, int(x0)), min(self.w, int(x1))
        y0, y1 = max(0, int(y0)), min(self.h, int(y1))
        row = bytes(color) * max(0, x1 - x0)
        for y in range(y0, y1):
            i = (y * self.w + x0) * 3
            self.px[i:i + len(row)] = row

    def text(self, x, y, s, color=(0, 0, 0)):
        for ch in s:
            glyph = FONT.get(ch.lower(), FONT["-"])
            for r, bits in enumerate(glyph):
                for c in range(5):
                    if bits & (16 >> c):
                        self.rect(x + c, y + r, x + c + 1, y + r + 1, color)
            x += 6

    def save(self, path):
        raw = b"".join(b"\x00" + bytes(self.px[y * self.w * 3:(y + 1) * self.w * 3])
                       for y in range(self.h))

        def chunk(kind, data):
            c = struct.pack(">I", len(data)) + kind + data
            return c + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)

        png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", self.w, self.h, 8, 2,
                                                               0, 0, 0))
        png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
        with open(path, "wb") as f:
            f.write(png)


def plot_builtin(path, title, labels, vs_musl, vs_glibc):
    """Horizontal bars of log2(ratio) around a line at 1, with labels."""
    import math
    row, left, right, top = 14, 180, 60, 40
    plot_w = 520
    canvas = Canvas(left + plot_w + right, top + row * len(labels) + 40)
    lo, hi = 1 / 16, 16
    span = math.log2(hi) - math.log2(lo)

    def xpos(v):
        v = min(max(v, lo), hi)
        return left + (math.log2(v) - math.log2(lo)) / span * plot_w

    canvas.text(8, 8, title[:110])
    canvas.rect(8, 22, 16, 28, (76, 114, 176))
    canvas.text(20, 22, "ours/musl (runtime rows: sandbox/no sandbox)")
    canvas.rect(300, 22, 308, 28, (221, 132, 82))
    canvas.text(312, 22, "ours/glibc")
    for tick in (1 / 16, 1 / 4, 1, 4, 16):
        x = xpos(tick)
        canvas.rect(x, top - 2, x + 1, top + row * len(labels), (200, 200, 200))
        label = f"{tick:g}" if tick >= 1 else f"1/{int(1 / tick)}"
        canvas.text(x - 3 * len(label), top + row * len(labels) + 6, label)
    one = xpos(1)
    for i, name in enumerate(labels):
        y = top + i * row
        canvas.text(4, y + 3, name[:29])
        for j, (v, color) in enumerate(((vs_musl[i], (76, 114, 176)),
                                        (vs_glibc[i], (221, 132, 82)))):
            if v is None:
                continue
            x = xpos(v)
            canvas.rect(min(x, one), y + 1 + j * 6, max(x, one) + 1, y + 6 + j * 6, color)
    canvas.rect(one, top - 4, one + 1, top + row * len(labels) + 2, (0, 0, 0))
    canvas.text(left, top + row * len(labels) + 20,
                "time ratio, log scale, clipped to 1/16..16; < 1: ours faster")
    canvas.save(path)


def plot(path, title, samples, allow_install, how):
    labels, vs_musl, vs_glibc = chart_data(samples)
    py = matplotlib_python(allow_install) if how != "builtin" else None
    if py is not None:
        data = json.dumps({"path": path, "title": title, "labels": labels,
                           "vs_musl": vs_musl, "vs_glibc": vs_glibc})
        r = subprocess.run([py, os.path.abspath(__file__), "--plot-stdin"], input=data,
                           text=True)
        if r.returncode == 0:
            return "matplotlib"
        log("matplotlib failed; drawing the chart with the built-in PNG writer")
    plot_builtin(path, title, labels, vs_musl, vs_glibc)
    return "built-in PNG writer"


def replot(results, allow_install, how):
    """latest.png from the medians in latest.csv and runtime.csv."""
    samples = Samples()
    with open(os.path.join(results, "latest.csv"), newline="") as f:
        for row in csv.DictReader(f):
            for v in VARIANTS:
                if row[f"{v}_ns"]:
                    samples.add(row["group"], row["case"], v, float(row[f"{v}_ns"]))
    runtime = os.path.join(results, "runtime.csv")
    if os.path.exists(runtime):
        with open(runtime, newline="") as f:
            for row in csv.DictReader(f):
                for label in ("sandbox", "no_sandbox"):
                    if row[f"{label}_ns"]:
                        samples.add("runtime", row["case"], label.replace("_", "-"),
                                    float(row[f"{label}_ns"]))
    with open(os.path.join(results, "latest.md")) as f:
        m = re.search(r"Measured (.+? UTC) on (.+?) \(", f.read())
    when, machine = (m.group(1), m.group(2)) if m else ("date unknown", "machine unknown")
    title = f"CloudABI SDK vs musl vs glibc, {when}, {machine} (from latest.csv)"
    chart = plot(os.path.join(results, "latest.png"), title, samples, allow_install, how)
    log(f"wrote {os.path.relpath(results, ROOT)}/latest.png ({chart}) from latest.csv")
    return 0


# ---------------------------------------------------------------------------

def machine_info():
    model = platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Linux {platform.release()}"


def main():
    if sys.argv[1:] == ["--plot-stdin"]:
        # Internal: draw the chart in an interpreter that has matplotlib.
        d = json.load(sys.stdin)
        plot_matplotlib(d["path"], d["title"], d["labels"], d["vs_musl"], d["vs_glibc"])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sdk", default=None, help="the SDK (default: out/sdk if present, "
                    "else build/sdk)")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="scale the iteration counts (e.g. 0.1 for a smoke run)")
    ap.add_argument("--starts", type=int, default=20,
                    help="process starts per round and build for the start-up times")
    ap.add_argument("--only", default=None, help="regular expression: programs to run")
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build-bench", "bench"),
                    help="where the benchmark binaries go (default build-bench/bench)")
    ap.add_argument("--results", default=os.path.join(ROOT, "bench", "results"),
                    help="where the CSV, Markdown and PNG go (default bench/results)")
    ap.add_argument("--chart", choices=("auto", "builtin"), default="auto",
                    help="builtin: draw the PNG without matplotlib")
    ap.add_argument("--no-install", action="store_true",
                    help="do not apt-get install python3-matplotlib for the chart")
    ap.add_argument("--replot", action="store_true",
                    help="run nothing: draw latest.png from the CSV files in --results")
    args = ap.parse_args()
    if args.replot:
        return replot(args.results, not args.no_install, args.chart)
    sdk = args.sdk or default_sdk()
    tc = Toolchains(sdk, os.path.abspath(args.build_dir))
    progs = [(p, g) for p, g in PROGRAMS if not args.only or re.search(args.only, p)]
    if not progs:
        sys.exit("bench.py: --only matches no program")

    started = time.monotonic()
    info = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine_info(),
        "load": "%.1f" % os.getloadavg()[0],
        "rounds": args.rounds,
        "glibc_static": tc.glibc_static,
    }
    versions = tc.versions()
    log(f"SDK: {tc.sdk}")
    for v in VARIANTS:
        log(f"  {v:<6} {versions[v]}")
    log(f"building {len(progs)} programs x 3 into {tc.build_dir}")
    broken = build_all(tc, [p for p, _ in progs])
    progs = [(p, g) for p, g in progs if p not in broken]
    names = [p for p, _ in progs]
    if "hello" in names:
        check_hello(tc)
        sandbox_ok, sandbox_note = sandbox_support(tc)
    else:
        sandbox_ok, sandbox_note = False, "not measured (hello was not run)"
    if not sandbox_ok:
        log(f"runtime costs: {sandbox_note}")

    samples = Samples()
    for prog, why in broken.items():
        samples.failures.append((prog, "build", why))
    for rnd in range(args.rounds):
        log(f"round {rnd + 1}/{args.rounds}")
        order = VARIANTS[rnd % 3:] + VARIANTS[:rnd % 3]
        for prog, group in progs:
            if prog == "hello":
                try:
                    times = time_starts([tc.run_cmd("hello", v, args.scale) for v in order],
                                        args.starts)
                    for variant, (wall, cpu) in zip(order, times):
                        samples.add(group, "hello_start", variant, wall)
                        samples.add(group, "hello_start_cpu", variant, cpu)
                except RuntimeError as e:
                    samples.failures.append(("hello", "start", str(e)))
            else:
                for variant in order:
                    run_program(tc, prog, group, variant, args.scale, samples)
            if sandbox_ok and prog in ("hello", "syscall"):
                modes = [(True, "sandbox"), (False, "no-sandbox")]
                if rnd % 2:
                    modes.reverse()
                if prog == "hello":
                    cmds = [tc.run_cmd("hello", "ours", args.scale, sandbox=flag)
                            for flag, _ in modes]
                    for (_, label), (wall, cpu) in zip(modes, time_starts(cmds, args.starts)):
                        samples.add("runtime", "hello_start", label, wall)
                        samples.add("runtime", "hello_start_cpu", label, cpu)
                    continue
                for flag, label in modes:
                    cmd = tc.run_cmd("syscall", "ours", args.scale, sandbox=flag)
                    r = run_capture(cmd, timeout=300)
                    results, _ = parse_output(r.stdout)
                    if r.returncode != 0:
                        samples.failures.append(("syscall", "ours, " + label,
                                                 r.stderr.strip()[-200:]))
                    for case, value in results.items():
                        samples.add("runtime", case, label, value)

    elapsed = time.monotonic() - started
    text = render_text(samples, sandbox_note if not sandbox_ok else "")
    log("")
    log(text)
    log(f"\n{args.rounds} rounds in {elapsed:.0f} s; medians over rounds; "
        f"glibc {'static' if tc.glibc_static else 'dynamic'}")

    os.makedirs(args.results, exist_ok=True)
    write_csv(samples, os.path.join(args.results, "latest.csv"),
              os.path.join(args.results, "runtime.csv"),
              os.path.join(args.results, "samples.csv"))
    md = render_markdown(samples, sandbox_note if not sandbox_ok else "", info)
    md += "\nBuilds: " + "; ".join(f"{v}: {versions[v]}" for v in VARIANTS) + ".\n"
    with open(os.path.join(args.results, "latest.md"), "w") as f:
        f.write(md)
    title = f"CloudABI SDK vs musl vs glibc, {info['date']}, {info['machine']}"
    how = plot(os.path.join(args.results, "latest.png"), title, samples, not args.no_install,
               args.chart)
    log(f"wrote {os.path.relpath(args.results, ROOT)}/latest.csv, runtime.csv, samples.csv, "
        f"latest.md, "
        f"latest.png ({how})")
    return 1 if samples.failures else 0


if __name__ == "__main__":
    sys.exit(main())
