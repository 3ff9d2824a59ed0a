#!/usr/bin/env python3
"""Build third-party libraries for CloudABI from the recipes in ports/.

    ports.py list                  every recipe, its version and dependencies
    ports.py build NAME...         fetch, verify, patch, build, stage, install
                                   into the SDK sysroot (dependencies first)
    ports.py test NAME...          run the port's upstream tests under
                                   cloudabi-run (builds it first if needed)
    ports.py clean [NAME...]       remove build trees (not the downloads)

A recipe is ports/NAME/recipe.toml:

    version = "1.2.13"
    url = "https://..."            upstream tarball
    sha256 = "..."                 of the upstream tarball
    depends = ["zlib"]             other ports, built first
    patches = ["x.patch"]          in ports/NAME/patches/, applied with -p1

    [debian]                       fallback source when url is unreachable
    package = "zlib"               Debian source package
    version = "1:1.2.13.dfsg-1"    tried first; any revision of the same
    orig = "zlib_1.2.13.dfsg.orig.tar.bz2"   upstream version has this orig
    sha256 = "..."                 only when the orig differs from upstream

    [build]
    system = "autoconf" | "cmake" | "make"
    subdir = "expat"               where the build system lives in the tree
    configure_args / cmake_args / make_args = [...]   ($VARS expanded)
    pre = ["..."]                  shell commands run first, in the build dir
    post = ["..."]                 shell commands run after building (before
                                   installing), e.g. to build test programs
    commands = ["make ..."]        system "make": run in the build directory
    install = ["make ..."]         system "make": install into $STAGE
    cflags, cppflags, libs         CFLAGS (default -O2 -g), CPPFLAGS, LIBS

    [[test]]                       each runs with bash in the build directory
    name = "example"
    run = "..."                    may use $RUN, $SRC, $BUILD, $STAGE, $SYSROOT,
                                   $PORT (ports/NAME), $COMMON (ports/common: glue
                                   shared by ports), $TESTTMP (empty scratch dir)

Every step writes a log; a failing step prints its last lines and the log's
path.  Downloads are cached in build/ports/downloads (or
$CLOUDABI_PORTS_CACHE, or --cache), build trees live in build/ports (or
$CLOUDABI_PORTS_WORK, or --work).
"""

import argparse
import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORTS = os.path.join(ROOT, "ports")
TRIPLE = "x86_64-unknown-cloudabi"
DEB_SRC_LIST = "/etc/apt/sources.list.d/cloudabi-sdk-src.list"


class PortError(Exception):
    pass


def load(name):
    path = os.path.join(PORTS, name, "recipe.toml")
    if not os.path.isfile(path):
        raise PortError(f"no recipe ports/{name}/recipe.toml")
    with open(path, "rb") as f:
        r = tomllib.load(f)
    r["name"] = name
    r.setdefault("depends", [])
    r.setdefault("patches", [])
    r.setdefault("build", {})
    r.setdefault("test", [])
    for key in ("version", "url", "sha256"):
        if key not in r:
            raise PortError(f"ports/{name}/recipe.toml: missing {key}")
    return r


def all_names():
    return sorted(d for d in os.listdir(PORTS)
                  if os.path.isfile(os.path.join(PORTS, d, "recipe.toml")))


def ordered(names):
    """The ports named and their dependencies, dependencies first."""
    out, active = [], set()

    def visit(n):
        if n in out:
            return
        if n in active:
            raise PortError(f"dependency cycle through {n}")
        active.add(n)
        for d in load(n)["depends"]:
            visit(d)
        active.discard(n)
        out.append(n)

    for n in names:
        visit(n)
    return out


class Ctx:
    def __init__(self, args):
        self.sdk = os.path.abspath(args.sdk) if args.sdk else default_sdk()
        self.sysroot = os.path.join(self.sdk, TRIPLE)
        self.run = os.path.join(self.sdk, "bin", "cloudabi-run")
        self.work = os.path.abspath(args.work or os.environ.get("CLOUDABI_PORTS_WORK")
                                    or os.path.join(ROOT, "build", "ports"))
        self.cache = os.path.abspath(args.cache or os.environ.get("CLOUDABI_PORTS_CACHE")
                                     or os.path.join(self.work, "downloads"))
        self.jobs = args.jobs or os.cpu_count() or 2
        for tool in (os.path.join(self.sdk, "bin", TRIPLE + "-cc"), self.run):
            if not os.access(tool, os.X_OK):
                raise PortError(f"{tool} missing: build the SDK first "
                                "(python3 scripts/bootstrap.py) or pass --sdk")


def default_sdk():
    for d in ("out/sdk", "build/sdk"):
        p = os.path.join(ROOT, d)
        if os.path.isdir(p):
            return p
    return os.path.join(ROOT, "build", "sdk")


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def say(msg):
    print(msg, flush=True)


# ---------------------------------------------------------------- fetching

def fetch(ctx, r):
    """Path of the verified source tarball, downloading it if needed."""
    os.makedirs(ctx.cache, exist_ok=True)
    upstream = os.path.join(ctx.cache, os.path.basename(r["url"]))
    if os.path.isfile(upstream) and sha256_of(upstream) == r["sha256"]:
        return upstream
    deb = r.get("debian")
    if deb:
        orig = os.path.join(ctx.cache, deb["orig"])
        want = deb.get("sha256", r["sha256"])
        if os.path.isfile(orig) and sha256_of(orig) == want:
            return orig
    say(f"  fetch {r['url']}")
    try:
        tmp = upstream + ".part"
        with urllib.request.urlopen(r["url"], timeout=20) as resp, open(tmp, "wb") as f:
            shutil.copyfileobj(resp, f)
        got = sha256_of(tmp)
        if got != r["sha256"]:
            os.unlink(tmp)
            raise PortError(f"{r['url']}: sha256 {got}, recipe says {r['sha256']}: refused")
        os.replace(tmp, upstream)
        return upstream
    except PortError:
        raise
    except Exception as e:  # unreachable: fall back to Debian
        say(f"  upstream unreachable ({e.__class__.__name__}: {e})")
        if os.path.exists(upstream + ".part"):
            os.unlink(upstream + ".part")
    if not deb:
        raise PortError("upstream unreachable and the recipe names no Debian source")
    return fetch_debian(ctx, r, deb)


def ensure_deb_src():
    """Add deb-src lines mirroring the configured deb lines, once."""
    if os.path.exists(DEB_SRC_LIST):
        return
    lines = []
    paths = ["/etc/apt/sources.list"]
    d = "/etc/apt/sources.list.d"
    if os.path.isdir(d):
        paths += [os.path.join(d, f) for f in sorted(os.listdir(d))]
    for p in paths:
        if not os.path.isfile(p):
            continue
        text = open(p).read()
        if p.endswith(".list"):
            for line in text.splitlines():
                w = line.split()
                if w and w[0] == "deb":
                    lines.append("deb-src " + " ".join(w[1:]))
        elif p.endswith(".sources"):  # deb822 stanzas
            for stanza in text.split("\n\n"):
                f = {}
                for line in stanza.splitlines():
                    if ":" in line and not line.startswith((" ", "#")):
                        k, v = line.split(":", 1)
                        f[k.strip()] = v.strip()
                if "deb" not in f.get("Types", "").split():
                    continue
                for uri in f.get("URIs", "").split():
                    for suite in f.get("Suites", "").split():
                        lines.append(f"deb-src {uri} {suite} {f.get('Components', 'main')}")
    if not lines:
        raise PortError("no Debian deb lines found to mirror as deb-src")
    say(f"  adding {DEB_SRC_LIST} and running apt-get update")
    with open(DEB_SRC_LIST, "w") as f:
        f.write("# Added by scripts/ports.py: Debian source packages as a fallback\n"
                "# for port tarballs whose upstream is unreachable.\n")
        f.write("\n".join(dict.fromkeys(lines)) + "\n")
    subprocess.run(["apt-get", "update"], check=True, stdout=subprocess.DEVNULL)


def fetch_debian(ctx, r, deb):
    ensure_deb_src()
    want = deb.get("sha256", r["sha256"])
    tmpdir = os.path.join(ctx.cache, "apt-" + r["name"])
    shutil.rmtree(tmpdir, ignore_errors=True)
    os.makedirs(tmpdir)
    # The exact Debian revision first, then whatever revision the archive
    # now has: all revisions of one upstream version share the orig tarball.
    for spec in (f"{deb['package']}={deb['version']}", deb["package"]):
        say(f"  apt-get source --download-only {spec}")
        subprocess.run(["apt-get", "source", "--download-only", spec], cwd=tmpdir,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        got = os.path.join(tmpdir, deb["orig"])
        if os.path.isfile(got):
            break
    else:
        raise PortError(f"Debian source {deb['package']} did not provide {deb['orig']}")
    digest = sha256_of(got)
    if digest != want:
        raise PortError(f"{deb['orig']}: sha256 {digest}, recipe says {want}: refused")
    dest = os.path.join(ctx.cache, deb["orig"])
    os.replace(got, dest)
    shutil.rmtree(tmpdir, ignore_errors=True)
    return dest


# ---------------------------------------------------------------- steps

def step(ctx, r, title, argv, cwd, env, logdir, shell=False):
    os.makedirs(logdir, exist_ok=True)
    idx = len(os.listdir(logdir)) + 1
    log = os.path.join(logdir, f"{idx:02d}-{title.replace(' ', '-')}.log")
    start = time.time()
    print(f"  [{r['name']}] {title} ...", end="", flush=True)
    with open(log, "w") as f:
        f.write(f"# cwd: {cwd}\n# {argv if shell else shlex.join(argv)}\n")
        f.flush()
        rc = subprocess.run(["bash", "-eo", "pipefail", "-c", argv] if shell else argv,
                            cwd=cwd, env=env, stdout=f, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL).returncode
    took = time.time() - start
    if rc != 0:
        print(f" FAILED (exit {rc}, {took:.1f}s)", flush=True)
        with open(log, errors="replace") as f:
            tail = f.read().splitlines()[-25:]
        for line in tail:
            print("    | " + line)
        print(f"    full log: {log}")
        raise PortError(f"{r['name']}: step '{title}' failed")
    print(f" ok ({took:.1f}s)", flush=True)


def dirs(ctx, r):
    base = os.path.join(ctx.work, r["name"])
    return {
        "base": base,
        "src": os.path.join(base, "src"),
        "build": os.path.join(base, "build"),
        "stage": os.path.join(base, "stage"),
        "logs": os.path.join(base, "logs"),
        "stamp": os.path.join(base, "installed.stamp"),
    }


def environ(ctx, r, d):
    env = dict(os.environ)
    bindir = os.path.join(ctx.sdk, "bin")
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    # configure and make find the cross tools under their plain names.
    for var, tool in (("CC", "cc"), ("CXX", "c++"), ("AR", "ar"), ("RANLIB", "ranlib"),
                      ("NM", "nm"), ("STRIP", "strip"), ("OBJDUMP", "objdump"),
                      ("PKG_CONFIG", "pkg-config")):
        env[var] = os.path.join(bindir, f"{TRIPLE}-{tool}")
    env["CONFIG_SITE"] = os.path.join(ctx.sdk, "share", "config.site")
    env["CFLAGS"] = "-O2 -g"
    for k in ("LDFLAGS", "LIBS", "CPATH", "LIBRARY_PATH", "PKG_CONFIG_PATH", "DESTDIR"):
        env.pop(k, None)
    env.update({
        "SDK": ctx.sdk, "SYSROOT": ctx.sysroot, "RUN": ctx.run, "TRIPLE": TRIPLE,
        "SRC": d["src"], "BUILD": d["build"], "STAGE": d["stage"],
        "PORT": os.path.join(PORTS, r["name"]), "COMMON": os.path.join(PORTS, "common"),
        "JOBS": str(ctx.jobs),
    })
    env["CFLAGS"] = expand(r["build"].get("cflags", "-O2 -g"), env)
    env["CPPFLAGS"] = expand(r["build"].get("cppflags", ""), env)
    if "libs" in r["build"]:
        env["LIBS"] = expand(r["build"]["libs"], env)
    return env


def expand(text, env):
    """$VAR and ${VAR} from env (the recipe's variables), like the shell."""
    import string
    return string.Template(text).safe_substitute(env)


def unpack(ctx, r, d, tarball):
    shutil.rmtree(d["src"], ignore_errors=True)
    tmp = d["src"] + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    with tarfile.open(tarball) as t:
        t.extractall(tmp, filter="tar") if hasattr(tarfile, "data_filter") else t.extractall(tmp)
    top = os.listdir(tmp)
    root = os.path.join(tmp, top[0]) if len(top) == 1 else tmp
    os.replace(root, d["src"])
    shutil.rmtree(tmp, ignore_errors=True)


def build(ctx, name, force=False):
    r = load(name)
    d = dirs(ctx, r)
    if not force and os.path.isfile(d["stamp"]):
        with open(d["stamp"]) as f:
            if f.read().strip() == recipe_digest(r):
                say(f"== {name} {r['version']}: up to date")
                return
    say(f"== {name} {r['version']}")
    tarball = fetch(ctx, r)
    for k in ("src", "build", "stage", "logs"):
        shutil.rmtree(d[k], ignore_errors=True)
    os.makedirs(d["build"])
    os.makedirs(d["stage"])
    unpack(ctx, r, d, tarball)
    env = environ(ctx, r, d)
    for p in r["patches"]:
        step(ctx, r, f"patch {p}", ["patch", "-p1", "--forward", "-i",
                                   os.path.join(PORTS, name, "patches", p)],
             d["src"], env, d["logs"])
    b = r["build"]
    system = b.get("system", "make")
    for i, c in enumerate(b.get("pre", [])):
        step(ctx, r, f"pre {i + 1}", c, d["build"], env, d["logs"], shell=True)
    src = os.path.join(d["src"], b.get("subdir", ""))
    make = ["make", f"-j{ctx.jobs}"]
    if system == "autoconf":
        step(ctx, r, "configure", [os.path.join(src, "configure"), f"--host={TRIPLE}",
                                   "--prefix=/", "--disable-shared", "--enable-static"]
             + [expand(a, env) for a in b.get("configure_args", [])], d["build"], env, d["logs"])
        step(ctx, r, "make", make + [expand(a, env) for a in b.get("make_args", [])], d["build"], env, d["logs"])
        post(ctx, r, b, d, env)
        step(ctx, r, "install", ["make", "install", f"DESTDIR={d['stage']}"],
             d["build"], env, d["logs"])
    elif system == "cmake":
        step(ctx, r, "cmake", ["cmake", "-S", src, "-B", d["build"], "-G", "Ninja",
                               "-DCMAKE_TOOLCHAIN_FILE=" + os.path.join(
                                   ctx.sdk, "share", "cmake", TRIPLE + ".cmake"),
                               "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
                               "-DCMAKE_INSTALL_PREFIX=/", "-DBUILD_SHARED_LIBS=OFF",
]
             + [expand(a, env) for a in b.get("cmake_args", [])], d["build"], env, d["logs"])
        step(ctx, r, "build", ["cmake", "--build", d["build"], "-j", str(ctx.jobs)],
             d["build"], env, d["logs"])
        post(ctx, r, b, d, env)
        benv = dict(env, DESTDIR=d["stage"])
        step(ctx, r, "install", ["cmake", "--install", d["build"]], d["build"], benv, d["logs"])
    elif system == "make":
        for i, c in enumerate(b.get("commands", [])):
            step(ctx, r, f"make {i + 1}", c, d["build"], env, d["logs"], shell=isinstance(c, str))
        for i, c in enumerate(b.get("install", [])):
            step(ctx, r, f"install {i + 1}", c, d["build"], env, d["logs"],
                 shell=isinstance(c, str))
    else:
        raise PortError(f"ports/{name}: unknown build system {system}")
    install_into_sysroot(ctx, r, d)
    with open(d["stamp"], "w") as f:
        f.write(recipe_digest(r) + "\n")


def post(ctx, r, b, d, env):
    for i, c in enumerate(b.get("post", [])):
        step(ctx, r, f"post {i + 1}", c, d["build"], env, d["logs"], shell=True)


def recipe_digest(r):
    """Changes when the recipe, its patches or its glue files change."""
    h = hashlib.sha256()
    base = os.path.join(PORTS, r["name"])
    for dirpath, dirnames, files in sorted(os.walk(base)):
        dirnames.sort()
        for f in sorted(files):
            p = os.path.join(dirpath, f)
            h.update(os.path.relpath(p, base).encode() + b"\0")
            with open(p, "rb") as fh:
                h.update(fh.read())
    return h.hexdigest()


def install_into_sysroot(ctx, r, d):
    """Copy the staged tree into the sysroot.  CMake's GNUInstallDirs turns
    the prefix "/" into /usr: such files move to the sysroot's top, and
    their .pc files' variables lose the /usr like everyone else's."""
    n = 0
    for dirpath, _, files in os.walk(d["stage"]):
        rel = os.path.relpath(dirpath, d["stage"])
        if rel == "usr" or rel.startswith("usr" + os.sep):
            rel = os.path.relpath(os.path.join(os.sep, rel), os.path.join(os.sep, "usr"))
        dest = os.path.normpath(os.path.join(ctx.sysroot, rel))
        os.makedirs(dest, exist_ok=True)
        for f in files:
            if f.endswith(".la"):  # libtool archives name build paths; unneeded
                continue
            src = os.path.join(dirpath, f)
            if os.path.islink(src) and os.path.lexists(os.path.join(dest, f)):
                os.remove(os.path.join(dest, f))  # copy2 does not replace links
            shutil.copy2(src, os.path.join(dest, f), follow_symlinks=False)
            # A symlinked .pc (python3.pc -> python-3.11.pc) is rewritten
            # through its target, which may not have been copied yet.
            if f.endswith(".pc") and not os.path.islink(src):
                with open(os.path.join(dest, f)) as fh:
                    text = fh.read()
                text = re.sub(r"(?m)^(\w+=.*?)/usr(/|$)", r"\1\2", text)
                text = re.sub(r"(?m)^(\w+)=$", r"\1=/", text)
                with open(os.path.join(dest, f), "w") as fh:
                    fh.write(text)
            n += 1
    say(f"  [{r['name']}] installed {n} files into {ctx.sysroot}")


def test(ctx, name):
    r = load(name)
    d = dirs(ctx, r)
    if not os.path.isfile(d["stamp"]):
        build(ctx, name)
    if not r["test"]:
        raise PortError(f"{name}: the recipe has no tests")
    say(f"== test {name}")
    env = environ(ctx, r, d)
    failed = []
    for t in r["test"]:
        tmp = os.path.join(d["base"], "testtmp", t["name"])
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        try:
            step(ctx, r, "test " + t["name"], t["run"], d["build"], dict(env, TESTTMP=tmp),
                 os.path.join(d["logs"], "test"), shell=True)
        except PortError:
            failed.append(t["name"])
    n = len(r["test"])
    say(f"  [{name}] {n - len(failed)}/{n} test steps passed")
    if failed:
        raise PortError(f"{name}: failed tests: {', '.join(failed)}")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sdk", help="the SDK (default: out/sdk if present, else build/sdk)")
    p.add_argument("--work", help="build trees (default: build/ports or $CLOUDABI_PORTS_WORK)")
    p.add_argument("--cache", help="downloads (default: WORK/downloads or $CLOUDABI_PORTS_CACHE)")
    p.add_argument("-j", "--jobs", type=int)
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    b = sub.add_parser("build")
    b.add_argument("names", nargs="+")
    b.add_argument("--force", action="store_true", help="rebuild even if up to date")
    t = sub.add_parser("test")
    t.add_argument("names", nargs="+")
    c = sub.add_parser("clean")
    c.add_argument("names", nargs="*")
    a = p.parse_args()
    try:
        if a.cmd == "list":
            for n in all_names():
                r = load(n)
                deps = f"  (needs {', '.join(r['depends'])})" if r["depends"] else ""
                say(f"{n:10} {r['version']:10} {len(r['test'])} tests{deps}")
            return 0
        ctx = Ctx(a)
        if a.cmd == "build":
            for n in ordered(a.names):
                build(ctx, n, force=a.force and n in a.names)
        elif a.cmd == "test":
            for n in ordered(a.names):
                build(ctx, n)
            bad = []
            for n in a.names:
                try:
                    test(ctx, n)
                except PortError as e:
                    say(f"ports.py: {e}")
                    bad.append(n)
            if bad:
                raise PortError("tests failed for " + ", ".join(bad))
        elif a.cmd == "clean":
            for n in a.names or all_names():
                shutil.rmtree(dirs(ctx, load(n))["base"], ignore_errors=True)
        return 0
    except (PortError, subprocess.CalledProcessError) as e:
        print(f"ports.py: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
