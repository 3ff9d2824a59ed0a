// The confinement sequence (see sandbox.h): descriptors, capabilities,
// no_new_privs, Landlock, seccomp.  Landlock comes before seccomp so the filter need not
// allow the Landlock setup of the first image (it does allow the calls, for
// re-executed images, since they can only narrow).
#define _GNU_SOURCE
#include "sandbox.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "exec_handoff.h"
#include "fd_table.h"
#include "sandbox_caps.h"
#include "sandbox_fds.h"
#include "sandbox_landlock.h"
#include "sandbox_seccomp.h"

// The Landlock ABI that gives everything the sandbox relies on: TCP
// rules (4) and scoping of abstract unix sockets and signals (6).
#define LANDLOCK_FULL_ABI 6

struct collected {
  int *keep;  // host descriptors to keep open
  size_t nkeep;
  struct landlock_rule *rules;
  size_t nrules;
  size_t cap;
  bool failed;
};

static void add(struct collected *c, int keep_fd, int rule_fd, uint64_t access) {
  if (c->nkeep == c->cap || c->nrules == c->cap) {
    size_t cap = c->cap == 0 ? 32 : 2 * c->cap;
    int *k = realloc(c->keep, cap * sizeof(*k));
    if (k != NULL)
      c->keep = k;
    struct landlock_rule *r = realloc(c->rules, cap * sizeof(*r));
    if (r != NULL)
      c->rules = r;
    if (k == NULL || r == NULL) {
      c->failed = true;
      return;
    }
    c->cap = cap;
  }
  if (keep_fd >= 0)
    c->keep[c->nkeep++] = keep_fd;
  if (rule_fd >= 0 && access != 0)
    c->rules[c->nrules++] = (struct landlock_rule){.fd = rule_fd, .access = access};
}

static void collect_grant(cloudabi_fd_t fd, const struct fd_entry *e, void *arg) {
  (void)fd;
  const struct fd_object *o = e->object;
  if (o->host_fd < 0)
    return;
  add(arg, o->host_fd, o->host_fd,
      landlock_access_for_rights(o->type, e->base, e->inheriting));
}

// Descriptors opened only to name a path in a rule; closed afterwards.
struct path_fds {
  int fd[64];
  size_t n;
};

static void add_runtime_path(struct collected *c, struct path_fds *p, const char *path,
                             uint64_t access) {
  if (path == NULL || path[0] != '/' || p->n == sizeof(p->fd) / sizeof(p->fd[0]))
    return;
  int fd = open(path, O_PATH | O_CLOEXEC);
  if (fd < 0)
    return;  // optional (ld.so.cache, sysfs): without it the caller copes
  p->fd[p->n++] = fd;
  add(c, -1, fd, access);
}

struct dso_walk {
  struct collected *c;
  struct path_fds *p;
};

static int add_dso(struct dl_phdr_info *info, size_t size, void *arg) {
  (void)size;
  struct dso_walk *w = arg;
  add_runtime_path(w->c, w->p, info->dlpi_name, LANDLOCK_RUNTIME_EXEC);
  return 0;
}

// What a re-executed runtime needs before it reaches its own sandbox_enter:
// its binary, its loader and libraries (executed or read by the kernel and
// ld.so), and the loader's cache.  Also the online CPU count that
// sysconf() reads for the program's auxiliary vector.
static void add_runtime_files(struct collected *c, struct path_fds *p) {
  // glibc loads libgcc_s on first use to unwind in pthread_exit (the
  // initial thread's thread_exit); loaded now, before it is out of reach.
  dlopen("libgcc_s.so.1", RTLD_NOW | RTLD_NODELETE);
  int self = exec_handoff_self_fd();
  if (self >= 0)
    add(c, self, self, LANDLOCK_RUNTIME_EXEC);
  struct dso_walk w = {c, p};
  dl_iterate_phdr(add_dso, &w);
  add_runtime_path(c, p, "/etc/ld.so.cache", LANDLOCK_RUNTIME_READ);
  add_runtime_path(c, p, "/sys/devices/system/cpu/online", LANDLOCK_RUNTIME_READ);
}

// In the child of proc_fork (glibc runs fork handlers in the child): a
// child cannot signal the process that made it, as in CloudABI, where only
// the holder of a process descriptor can end a process.  Beyond Landlock's
// 16 layers a child stays in its parent's domain.
static void fork_child_scope(void) { landlock_scope_child(); }

static void warn_once(const char *what) {
  fprintf(stderr, "cloudabi-run: warning: %s\n", what);
}

// Appends one missing layer to the list shown in the warning.
static void note_gap(char *gaps, size_t len, const char *what) {
  size_t used = strlen(gaps);
  snprintf(gaps + used, len - used, "%s%s", used > 0 ? "; " : "", what);
}

int sandbox_enter(enum sandbox_mode mode, char *err, unsigned long errlen) {
  if (mode == SANDBOX_NONE) {
    warn_once("--no-sandbox: the kernel does not confine this program; "
              "only the runtime's own capability checks apply");
    return 0;
  }
  // A re-executed image (proc_exec) inherits the filter, the Landlock
  // domain, no_new_privs and the dropped capabilities of the image before
  // it; only its descriptors and a narrower Landlock layer are new.
  bool inherited = seccomp_already_confined();
  int abi = landlock_abi();
  char gaps[512] = "", why[256] = "";
  if (abi == 0)
    note_gap(gaps, sizeof(gaps), "the kernel offers no Landlock: the filesystem, TCP and "
             "signals are not confined");
  else if (abi < LANDLOCK_FULL_ABI)
    note_gap(gaps, sizeof(gaps), abi < 4 ? "the kernel's Landlock ABI is older than 6: TCP "
             "bind/connect, abstract unix sockets and signals are not confined"
             : "the kernel's Landlock ABI is older than 6: abstract unix sockets and "
             "signals are not scoped");

  struct collected c = {0};
  struct path_fds paths = {.n = 0};
  fd_table_visit(collect_grant, &c);
  add_runtime_files(&c, &paths);
  for (size_t i = 0; i < paths.n; i++)
    add(&c, paths.fd[i], -1, 0);  // the rule descriptors survive until used
  int r = 0;
  if (c.failed) {
    snprintf(err, errlen, "sandbox: out of memory");
    r = -1;
  }
  if (r == 0)
    r = sandbox_close_other_fds(c.keep, c.nkeep, !inherited, err, errlen);
  if (r == 0 && !inherited && sandbox_drop_capabilities(why, sizeof(why)) != 0)
    note_gap(gaps, sizeof(gaps), why);
  if (r == 0 && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
    snprintf(err, errlen, "sandbox: PR_SET_NO_NEW_PRIVS: %s", strerror(errno));
    r = -1;
  }
  bool landlocked = false;
  if (r == 0 && abi > 0) {
    landlocked = landlock_confine(abi, c.rules, c.nrules, why, sizeof(why)) == 0;
    // Layers are limited (16): a long chain of proc_exec keeps the
    // domains it has, which are already no wider than this one.
    if (!landlocked && !(inherited && errno == E2BIG))
      note_gap(gaps, sizeof(gaps), why);
  }
  static bool atfork_registered;
  if (r == 0 && (landlocked || inherited) && abi >= LANDLOCK_FULL_ABI && !atfork_registered) {
    atfork_registered = true;
    pthread_atfork(NULL, NULL, fork_child_scope);
  }
  for (size_t i = 0; i < paths.n; i++)
    close(paths.fd[i]);
  free(c.keep);
  free(c.rules);
  if (r != 0)
    return -1;

  if (!inherited && seccomp_confine(why, sizeof(why)) != 0) {
    note_gap(gaps, sizeof(gaps), why);
    note_gap(gaps, sizeof(gaps), "system calls are not filtered");
  }
  // An inherited image was judged (and warned about) by the first one.
  if (gaps[0] == '\0' || inherited)
    return 0;
  if (mode == SANDBOX_REQUIRED) {
    snprintf(err, errlen, "--require-sandbox: %s", gaps);
    return -1;
  }
  warn_once(gaps);
  return 0;
}
