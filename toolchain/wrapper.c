// x86_64-unknown-cloudabi-{cc,c++,ar,nm,...}: one program for every tool.
//
// The tool is chosen by the suffix of argv[0].  Compiler invocations get the
// target, lld, and the SDK's sysroot, found relative to this executable so
// an installed SDK can be moved.  clang 14 ignores --sysroot for this target,
// so headers and libraries are passed explicitly.
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PREFIX CLOUDABI_TRIPLE "-"

struct tool {
  const char *name;     // suffix after the triple
  const char *program;  // host program to run
  bool compiler;
  bool cxx;
};

static const struct tool tools[] = {
    {"cc", "clang-14", true, false},       {"clang", "clang-14", true, false},
    {"cpp", "clang-14", true, false},      {"c++", "clang++-14", true, true},
    {"clang++", "clang++-14", true, true}, {"ar", "llvm-ar-14", false, false},
    {"ranlib", "llvm-ranlib-14", false, false},
    {"nm", "llvm-nm-14", false, false},    {"objdump", "llvm-objdump-14", false, false},
    {"objcopy", "llvm-objcopy-14", false, false},
    {"readelf", "llvm-readelf-14", false, false},
    {"strip", "llvm-strip-14", false, false},
    {"size", "llvm-size-14", false, false},
    {"strings", "llvm-strings-14", false, false},
    {"ld", "ld.lld-14", false, false},
    {"pkg-config", "pkg-config", false, false},
};

static void die(const char *what) {
  fprintf(stderr, PREFIX "wrapper: %s: %s\n", what, strerror(errno));
  exit(127);
}

// Directory holding the SDK: the parent of the directory of this program.
static void sdk_prefix(char *buf, size_t size) {
  ssize_t n = readlink("/proc/self/exe", buf, size - 1);
  if (n < 0)
    die("cannot locate myself through /proc/self/exe");
  buf[n] = '\0';
  for (int i = 0; i < 2; i++) {
    char *slash = strrchr(buf, '/');
    if (slash == NULL) {
      errno = ENOENT;
      die("unexpected executable path");
    }
    *slash = '\0';
  }
}

// Whether the arguments ask for compilation only, so linker flags would be
// reported as unused.
static bool links(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-c") == 0 || strcmp(a, "-S") == 0 || strcmp(a, "-E") == 0 ||
        strcmp(a, "-M") == 0 || strcmp(a, "-MM") == 0 ||
        strcmp(a, "-fsyntax-only") == 0 || strcmp(a, "--version") == 0 ||
        strncmp(a, "-print-", 7) == 0 || strncmp(a, "--print-", 8) == 0)
      return false;
  }
  return true;
}

// Whether the arguments contain something to compile or preprocess; when
// only linking objects, include options would be reported as unused.
static bool compiles(int argc, char **argv) {
  static const char *const suffixes[] = {".c", ".cc", ".cpp", ".cxx", ".C", ".c++",
                                         ".S", ".s", ".i", ".ii", ".h", ".hpp"};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-x") == 0 || strncmp(a, "-x", 2) == 0 || strcmp(a, "-") == 0 ||
        strcmp(a, "--version") == 0 || strncmp(a, "-print-", 7) == 0)
      return true;
    const char *dot = strrchr(a, '.');
    if (a[0] != '-' && dot != NULL)
      for (size_t j = 0; j < sizeof(suffixes) / sizeof(suffixes[0]); j++)
        if (strcmp(dot, suffixes[j]) == 0)
          return true;
  }
  return false;
}

int main(int argc, char **argv) {
  const char *base = strrchr(argv[0], '/');
  base = base != NULL ? base + 1 : argv[0];
  const char *suffix = strncmp(base, PREFIX, strlen(PREFIX)) == 0 ? base + strlen(PREFIX) : base;
  const struct tool *tool = NULL;
  for (size_t i = 0; i < sizeof(tools) / sizeof(tools[0]); i++)
    if (strcmp(suffix, tools[i].name) == 0)
      tool = &tools[i];
  if (tool == NULL) {
    fprintf(stderr, PREFIX "wrapper: unknown tool name \"%s\"\n", base);
    return 127;
  }

  // Host search paths must never leak into target builds.
  unsetenv("LIBRARY_PATH");
  unsetenv("CPATH");
  unsetenv("C_INCLUDE_PATH");
  unsetenv("CPLUS_INCLUDE_PATH");

  // pkg-config sees only the sysroot's .pc files, and the paths it prints
  // are prefixed with the sysroot (the .pc files say prefix=/).
  if (strcmp(tool->name, "pkg-config") == 0) {
    char prefix[PATH_MAX];
    sdk_prefix(prefix, sizeof(prefix));
    char *sysroot, *libdir;
    if (asprintf(&sysroot, "%s/" CLOUDABI_TRIPLE, prefix) < 0 ||
        asprintf(&libdir, "%s/lib/pkgconfig:%s/share/pkgconfig", sysroot, sysroot) < 0)
      die("asprintf");
    if (setenv("PKG_CONFIG_SYSROOT_DIR", sysroot, 1) != 0 ||
        setenv("PKG_CONFIG_LIBDIR", libdir, 1) != 0 || unsetenv("PKG_CONFIG_PATH") != 0)
      die("setenv");
  }

  char **args = calloc((size_t)argc + 32, sizeof(char *));
  if (args == NULL)
    die("calloc");
  int n = 0;
  args[n++] = (char *)tool->program;
  if (tool->compiler) {
    char prefix[PATH_MAX];
    sdk_prefix(prefix, sizeof(prefix));
    char *sysinc, *sysinc_cxx, *libdir, *bdir;
    if (asprintf(&sysinc, "%s/" CLOUDABI_TRIPLE "/include", prefix) < 0 ||
        asprintf(&sysinc_cxx, "%s/" CLOUDABI_TRIPLE "/include/c++/v1", prefix) < 0 ||
        asprintf(&libdir, "-L%s/" CLOUDABI_TRIPLE "/lib", prefix) < 0 ||
        asprintf(&bdir, "-B%s/" CLOUDABI_TRIPLE "/lib", prefix) < 0)
      die("asprintf");
    args[n++] = "--target=" CLOUDABI_TRIPLE;
    if (compiles(argc, argv) || strcmp(tool->name, "cpp") == 0) {
      args[n++] = "-nostdinc";
      if (tool->cxx) {
        args[n++] = "-nostdinc++";
        args[n++] = "-isystem";
        args[n++] = sysinc_cxx;
      }
      args[n++] = "-isystem";
      args[n++] = sysinc;
      args[n++] = "-isystem";
      args[n++] = CLANG_RESOURCE_DIR "/include";
    }
    if (strcmp(tool->name, "cpp") == 0)
      args[n++] = "-E";
    else if (links(argc, argv)) {
      args[n++] = "-fuse-ld=lld";
      args[n++] = bdir;
      args[n++] = libdir;
      // Page-aligned segments keep binaries loadable by every CloudABI
      // loader, including ones that refuse unaligned PT_LOADs.
      args[n++] = "-Wl,-z,separate-loadable-segments";
    }
  }
  for (int i = 1; i < argc; i++)
    args[n++] = argv[i];
  args[n] = NULL;
  execvp(args[0], args);
  fprintf(stderr, PREFIX "wrapper: cannot run %s: %s\n", args[0], strerror(errno));
  return 127;
}
