# A few stdlib modules under cloudabi-run, checked against values known
# independently of the port (computed by hand or fixed by the formats).  Run
# from a `cwd` grant (ports.py test cpython): it writes files there.
import base64
import collections
import datetime
import decimal
import errno
import hashlib
import io
import itertools
import json
import math
import os
import random
import re
import struct
import sys
import tempfile
import threading
import zlib

checks = 0


def check(got, want):
    global checks
    checks += 1
    if got != want:
        raise AssertionError(f"check {checks}: got {got!r}, want {want!r}")


# Numbers.
check(sum(range(10)), 45)
check(math.factorial(20), 2432902008176640000)
check(math.isclose(math.sqrt(2) ** 2, 2.0), True)
check(math.gcd(84, 36), 12)
check(math.comb(10, 3), 120)
check(repr(0.1 + 0.2), "0.30000000000000004")
check(float("1e308") * 10, math.inf)
check(math.isnan(math.inf - math.inf), True)
check(decimal.Decimal("1.10") + decimal.Decimal("2.20"), decimal.Decimal("3.30"))
check(str(decimal.Decimal(1) / decimal.Decimal(7)), "0.1428571428571428571428571429")
check(2 ** 100, 1267650600228229401496703205376)
check(struct.pack("<iHd", -2, 7, 1.5).hex(), "feffffff0700000000000000f83f")
check(struct.unpack(">I", b"\x01\x02\x03\x04"), (16909060,))

# Text and data formats.
check(re.findall(r"\d+", "a1b22c333"), ["1", "22", "333"])
check(re.sub(r"(\w)(\d)", r"\2\1", "a1b2"), "1a2b")
check(json.dumps({"b": [1, 2.5, None], "a": True}, sort_keys=True),
      '{"a": true, "b": [1, 2.5, null]}')
check(json.loads('{"x": [1, "\\u00e9"]}'), {"x": [1, "\u00e9"]})
check(base64.b64encode(b"CloudABI"), b"Q2xvdWRBQkk=")
check("Stra\u00dfe".upper(), "STRASSE")
check("\u00e9".encode("utf-8"), b"\xc3\xa9")
check(hashlib.sha256(b"abc").hexdigest(),
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
check(hashlib.md5(b"").hexdigest(), "d41d8cd98f00b204e9800998ecf8427e")
data = b"hello " * 100
packed = zlib.compress(data)
check(zlib.decompress(packed), data)
check(len(packed) < 40, True)
check(zlib.crc32(b"hello"), 907060870)

# Collections and iteration.
check(collections.Counter("abracadabra").most_common(2), [("a", 5), ("b", 2)])
check(list(itertools.islice(itertools.count(3, 2), 4)), [3, 5, 7, 9])
check(list(itertools.permutations("ab")), [("a", "b"), ("b", "a")])
Point = collections.namedtuple("Point", "x y")
check(Point(1, 2)._replace(y=5), Point(1, 5))

# Dates: pure arithmetic, no time zone database needed.
check(datetime.date(2024, 2, 28) + datetime.timedelta(days=1), datetime.date(2024, 2, 29))
check(datetime.datetime(2020, 1, 1, 12, 30).isoformat(), "2020-01-01T12:30:00")
check(datetime.datetime.fromtimestamp(0, datetime.timezone.utc).year, 1970)
check(datetime.datetime.now().year >= 2024, True)

# Random numbers: seeded generators are reproducible; the unseeded one
# is seeded from the libc (getentropy).
r1, r2 = random.Random(42), random.Random(42)
check([r1.random() for _ in range(3)], [r2.random() for _ in range(3)])
check(len({random.random() for _ in range(100)}), 100)
check(len(os.urandom(16)), 16)

# Files in the `cwd` grant.
with open("data.txt", "w") as f:
    f.write("line 1\nline 2\n")
with open("data.txt") as f:
    check(f.read().splitlines(), ["line 1", "line 2"])
check(os.path.getsize("data.txt"), 14)
os.mkdir("sub")
os.rename("data.txt", os.path.join("sub", "moved.txt"))
check(sorted(os.listdir("sub")), ["moved.txt"])
check([e.name for e in os.scandir(".") if e.is_dir()], ["sub"])
with open("sub/moved.txt", "ab") as f:
    f.write(b"\x00\xff")
check(os.stat("sub/moved.txt").st_size, 16)
os.remove("sub/moved.txt")
os.rmdir("sub")
check(os.path.exists("sub"), False)

# The cwd grant is named /cwd: getcwd, abspath and imports from it work.
check(os.getcwd(), "/cwd")
check(os.path.abspath("a/../b"), "/cwd/b")
sys.dont_write_bytecode = True
with open("port_helper.py", "w") as f:
    f.write("X = 7\n")
import port_helper
check(port_helper.X, 7)
os.remove("port_helper.py")
os.chdir("/python/lib/python3.11")
check((os.getcwd(), os.path.isfile("os.py")), ("/python/lib/python3.11", True))
os.chdir("/cwd")

# tempfile: names from a generator that checks os.getpid, in a directory
# of the grant.
with tempfile.TemporaryDirectory(dir=".") as tmp:
    with tempfile.NamedTemporaryFile("w+", dir=tmp, delete=False) as f:
        f.write("temp")
    check(os.path.dirname(f.name), os.path.abspath(tmp))
    check(tmp.startswith("/cwd/tmp") or tmp.startswith("./tmp"), True)
    check(open(f.name).read(), "temp")
check(os.path.exists(tmp), False)
check(os.getpid() > 0 and os.getpid() == os.getpid(), True)

# No processes (patch 04): subprocess imports, and refuses to start one.
import subprocess
try:
    subprocess.run(["true"])
except OSError as e:
    check(e.errno, errno.ENOTSUP)
else:
    check("started a process", "refused")

# Names outside the grants are refused, not resolved on the host.
try:
    open("/etc/hostname")
except OSError as e:
    check(e.errno, errno.ENOTCAPABLE)
else:
    check("opened /etc/hostname", "refused")

# The environment is this process's copy.
os.environ["CPYTHON_PORT_TEST"] = "yes"
check(os.environ.get("CPYTHON_PORT_TEST"), "yes")
del os.environ["CPYTHON_PORT_TEST"]
check("CPYTHON_PORT_TEST" in os.environ, False)

# Threads (pthreads in the libc).
results = []
workers = [threading.Thread(target=lambda i=i: results.append(i * i)) for i in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
check(sorted(results), [0, 1, 4, 9])

# Standard streams.
buf = io.StringIO()
print("x", 1, sep="=", file=buf)
check(buf.getvalue(), "x=1\n")
check(sys.platform, "cloudabi")

print(f"stdlib_test: all {checks} checks passed")
