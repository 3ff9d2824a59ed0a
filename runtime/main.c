// cloudabi-run: runs a CloudABI executable inside this process.
//
//   cloudabi-run [OPTIONS] PROGRAM [CONFIG.yaml]
//
// Order of work: options, then the executable is opened and mapped (so a
// bad program is reported before any configuration is read), then the
// configuration is built (YAML from the file or stdin, or the --dir/--file/
// --arg/--env/--stdio options), the granted descriptors are installed, and
// the program starts.  Any failure before that is one line on stderr and
// exit status 127.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "diag.h"
#include "elf_loader.h"
#include "exec_handoff.h"
#include "guest_mem.h"
#include "path_resolve.h"
#include "launch.h"
#include "sandbox.h"
#include "start.h"
#include "tls_switch.h"
#include "vdso.h"

#ifndef CLOUDABI_RUN_VERSION
#define CLOUDABI_RUN_VERSION "0.1.0"
#endif

static const char usage_text[] =
    "usage: cloudabi-run [OPTIONS] PROGRAM [CONFIG.yaml]\n"
    "Runs the CloudABI executable PROGRAM.  Its configuration (argdata and the\n"
    "descriptors it may use) comes from CONFIG.yaml, from standard input when no\n"
    "file is named, or from these options:\n"
    "  --dir NAME=PATH[:ro]  grant directory PATH (read-only with :ro)\n"
    "  --file NAME=PATH[:rw] grant file PATH (read-only unless :rw)\n"
    "  --arg X               append X to the program's arguments\n"
    "  --env K=V             set K to V in the program's environment\n"
    "  --argv0 X             the program's name in its arguments\n"
    "  --fd NAME=N           grant the launcher's descriptor N\n"
    "  --listen NAME=ADDR    grant a socket listening on ADDR (host:port)\n"
    "  --connect NAME=ADDR   grant a socket connected to ADDR\n"
    "  --stdio               grant standard input, output and error\n"
    "(see cloudabi-run(1) for the details)\nOther options:\n"
    "  --no-sandbox          do not confine the runtime process\n"
    "  --require-sandbox     refuse to run unless the process can be confined\n"
    "  --help                show this text\n"
    "  --version             show the version\n"
    "Errors of the launcher exit with status 127.\n";

// Configuration options that take a value.
static bool is_config_option(const char *arg, bool *takes_value) {
  static const char *const valued[] = {"--dir", "--file", "--arg",    "--argv0",
                                       "--env", "--fd",   "--listen", "--connect"};
  for (size_t i = 0; i < sizeof(valued) / sizeof(valued[0]); i++) {
    size_t n = strlen(valued[i]);
    if (strncmp(arg, valued[i], n) == 0 && (arg[n] == '\0' || arg[n] == '=')) {
      *takes_value = arg[n] == '\0';
      return true;
    }
  }
  *takes_value = false;
  return strcmp(arg, "--stdio") == 0;
}

struct invocation {
  const char *program;
  const char *config_path;  // NULL: stdin (unless options configure)
  char **config_argv;       // the configuration options, for config_from_options
  int config_argc;
  enum sandbox_mode sandbox;
};

static void parse_arguments(int argc, char **argv, struct invocation *inv) {
  inv->config_argv = calloc((size_t)argc + 1, sizeof(char *));
  if (inv->config_argv == NULL)
    launch_fail("out of memory");
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    bool takes_value;
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (a[0] != '-' || a[1] == '\0')
      break;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      fputs(usage_text, stdout);
      exit(0);
    }
    if (strcmp(a, "--version") == 0) {
      printf("cloudabi-run %s\n", CLOUDABI_RUN_VERSION);
      exit(0);
    }
    if (strcmp(a, "--no-sandbox") == 0) {
      inv->sandbox = SANDBOX_NONE;
    } else if (strcmp(a, "--require-sandbox") == 0) {
      inv->sandbox = SANDBOX_REQUIRED;
    } else if (is_config_option(a, &takes_value)) {
      inv->config_argv[inv->config_argc++] = argv[i];
      if (takes_value) {
        if (i + 1 >= argc)
          launch_fail("option %s needs a value (see --help)", a);
        inv->config_argv[inv->config_argc++] = argv[++i];
      }
    } else {
      launch_fail("unknown option %s (see --help)", a);
    }
  }
  if (i >= argc)
    launch_fail("no program given (usage: cloudabi-run [OPTIONS] PROGRAM [CONFIG.yaml])");
  inv->program = argv[i++];
  diag_set_subject(inv->program);
  if (i < argc)
    inv->config_path = argv[i++];
  if (i < argc)
    launch_fail("too many arguments (usage: cloudabi-run [OPTIONS] PROGRAM [CONFIG.yaml])");
  if (inv->config_path != NULL && inv->config_argc > 0)
    launch_fail("configuration options and a configuration file cannot be combined");
}

static void read_configuration(const struct invocation *inv, int exe_fd,
                               struct launch_config *config) {
  char err[1024] = "";
  int r;
  if (inv->config_argc > 0) {
    r = config_from_options(inv->config_argc, inv->config_argv, config, err, sizeof(err));
  } else if (inv->config_path != NULL) {
    FILE *f = fopen(inv->config_path, "re");
    if (f == NULL)
      launch_fail("cannot open configuration %s: %s", inv->config_path, strerror(errno));
    r = config_from_yaml_exec(f, inv->config_path, exe_fd, config, err, sizeof(err));
    fclose(f);
  } else {
    r = config_from_yaml_exec(stdin, "stdin", exe_fd, config, err, sizeof(err));
  }
  if (r != 0)
    launch_fail("%s", err[0] != '\0' ? err : "invalid configuration");
}

int main(int argc, char **argv) {
  // A program's proc_exec re-executes the runtime (exec_handoff.h).
  size_t hl = strlen(EXEC_HANDOFF_OPTION);
  if (argc == 2 && strncmp(argv[1], EXEC_HANDOFF_OPTION, hl) == 0)
    exec_handoff_resume(argv[1] + hl);

  struct invocation inv = {.sandbox = SANDBOX_DEFAULT};
  parse_arguments(argc, argv, &inv);

  // Guest code owns the word at %fs:0 while it runs; the entry points put
  // glibc's value back from its self pointer, so both must agree here.
  if (!tls_layout_supported())
    launch_fail("the host C library keeps no thread pointer at %%fs:0x10; "
                "cannot switch between program and runtime");

  int exe = open(inv.program, O_RDONLY | O_CLOEXEC);
  if (exe < 0)
    launch_fail("cannot open: %s", strerror(errno));
  struct loaded_program prog;
  char err[512];
  if (elf_load(exe, &prog, err, sizeof(err)) != 0)
    launch_fail("%s", err);

  // The executable stays open: `!executable` may grant it to the program.
  struct launch_config config = {0};
  read_configuration(&inv, exe, &config);
  launch_install_grants(&config);

  exec_handoff_init(inv.sandbox);
  path_resolve_init();
  const void *vdso = vdso_build();
  if (vdso == NULL)
    launch_fail("out of memory");
  if (guest_mem_init() != 0)
    launch_fail("cannot install the fault handler: %s", strerror(errno));
  if (sandbox_enter(inv.sandbox, err, sizeof(err)) != 0)
    launch_fail("%s", err);
  fflush(NULL);
  start_program(&prog, vdso, config.argdata, config.argdata_len);
}
