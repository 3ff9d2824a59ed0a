#!/usr/bin/env python3
"""Set up a Debian 12 machine, build the CloudABI SDK, and run or test it.

  python3 scripts/bootstrap.py          install packages, build the SDK into
                                        build/, install it into out/sdk, and
                                        run the example program under
                                        cloudabi-run
  python3 scripts/bootstrap.py test     the same build, then the whole test
                                        suite with ctest (2 jobs)

Options: --build-dir DIR (default build), --prefix DIR (default out/sdk),
--no-install-packages (skip apt-get).
"""

import argparse
import os
import resource
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Debian packages the SDK needs to build and test, by the command or file
# that shows each one is present.
PACKAGES = {
    "clang-14": "/usr/bin/clang-14",
    "lld-14": "/usr/bin/ld.lld-14",
    "llvm-14": "/usr/bin/llvm-ar-14",
    "libclang-rt-14-dev": "/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.builtins-x86_64.a",
    "libyaml-dev": "/usr/include/yaml.h",
    "cmake": "/usr/bin/cmake",
    "ninja-build": "/usr/bin/ninja",
    "pkg-config": "/usr/bin/pkg-config",
    "gcc": "/usr/bin/gcc",
    "musl-tools": "/usr/bin/musl-gcc",
    # Reference implementations the tests compare with: libuv for
    # uv_native_order, libxcrypt for reference_crypt; MPFR for the libm
    # accuracy report (tests/libm/accuracy/run.sh).
    "libuv1-dev": "/usr/include/uv.h",
    "libcrypt-dev": "/usr/include/crypt.h",
    "libmpfr-dev": "/usr/include/mpfr.h",
}


def run(cmd, **kwargs):
    print("+ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)


def install_packages():
    missing = [p for p, path in PACKAGES.items() if not os.path.exists(path)]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(sudo + ["apt-get", "update", "-q"], env=env)
    run(sudo + ["apt-get", "install", "-y", "-q", "--no-install-recommends"] + missing, env=env)


def build(build_dir):
    gen = ["-G", "Ninja"] if shutil.which("ninja") else []
    run(["cmake", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=RelWithDebInfo"] + gen)
    run(["cmake", "--build", build_dir, "--parallel", str(os.cpu_count() or 2)])


def run_example(build_dir, prefix):
    run(["cmake", "--install", build_dir, "--prefix", prefix])
    example = os.path.join(build_dir, "target", "examples", "hello", "hello")
    config = os.path.join(ROOT, "examples", "hello", "hello.yaml")
    cloudabi_run = os.path.join(prefix, "bin", "cloudabi-run")
    print("\nRunning the example CloudABI program under the runtime:", flush=True)
    run([cloudabi_run, example, config])


def run_tests(build_dir):
    # Several tests end a program by a signal on purpose (stack smashing,
    # guard pages, proc_raise): no core files for those.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    run(["ctest", "--test-dir", build_dir, "-j", "2", "--output-on-failure"])


def main():
    ap = argparse.ArgumentParser(description="Build the CloudABI SDK.")
    ap.add_argument("action", nargs="?", default="sdk", choices=["sdk", "test"])
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build"))
    ap.add_argument("--prefix", default=os.path.join(ROOT, "out", "sdk"))
    ap.add_argument("--no-install-packages", action="store_true")
    args = ap.parse_args()
    try:
        if not args.no_install_packages:
            install_packages()
        build(args.build_dir)
        if args.action == "sdk":
            run_example(args.build_dir, args.prefix)
        else:
            run_tests(args.build_dir)
    except subprocess.CalledProcessError as e:
        sys.exit("bootstrap.py: command failed with status %d: %s" % (e.returncode, " ".join(e.cmd)))


if __name__ == "__main__":
    main()
