// Command-line configuration (wasmtime style) -> the same launch_config as
// a YAML file.  The tree is the map our libc's program entry reads:
//   stdin, stdout, stderr (--stdio), args, argv0 (--argv0), env,
//   then every named grant in command-line order.
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "argdata_builder.h"
#include "config.h"
#include "grants.h"

enum option_kind {
  OPT_STDIO,
  OPT_ARG,
  OPT_ARGV0,
  OPT_ENV,
  OPT_DIR,  // the named grants, kept in command-line order
  OPT_FILE,
  OPT_FD,
  OPT_LISTEN,
  OPT_CONNECT,
};

static const struct option_name {
  const char *name;
  enum option_kind kind;
  bool has_value;
} option_names[] = {
    {"--stdio", OPT_STDIO, false}, {"--arg", OPT_ARG, true},
    {"--argv0", OPT_ARGV0, true},  {"--env", OPT_ENV, true},
    {"--dir", OPT_DIR, true},      {"--file", OPT_FILE, true},
    {"--fd", OPT_FD, true},        {"--listen", OPT_LISTEN, true},
    {"--connect", OPT_CONNECT, true},
};

// One option occurrence; for KEY=VALUE options `key` is split off.
struct option {
  enum option_kind kind;
  const char *spelling;  // "--dir", for messages
  const char *value;     // whole value as given
  char *key;             // KEY / NAME before '=' (owned)
  const char *rest;      // after '='
};

struct cli {
  struct option *options;
  size_t count;
  bool stdio;
  const char *argv0;
  char *err;
  size_t errlen;
};

static int fail(struct cli *c, const struct option *o, const char *fmt, ...) {
  int n = 0;
  if (o != NULL)
    n = snprintf(c->err, c->errlen, "%s %s: ", o->spelling, o->value);
  if (n >= 0 && (size_t)n < c->errlen) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err + n, c->errlen - (size_t)n, fmt, ap);
    va_end(ap);
  }
  return -1;
}

static const char *const reserved_keys[] = {"stdin", "stdout", "stderr",
                                            "args",  "argv0",  "env"};

// Splits KEY=VALUE and checks the key (unique among keys of the same map).
static int split_key(struct cli *c, struct option *o) {
  const char *eq = strchr(o->value, '=');
  if (eq == NULL || eq == o->value)
    return fail(c, o, "expected %s=%s", o->kind == OPT_ENV ? "KEY" : "NAME",
                o->kind == OPT_ENV      ? "VALUE"
                : o->kind == OPT_DIR    ? "PATH[:ro]"
                : o->kind == OPT_FILE   ? "PATH[:rw]"
                : o->kind == OPT_FD     ? "N|stdin|stdout|stderr"
                                        : "ADDRESS");
  o->key = strndup(o->value, (size_t)(eq - o->value));
  if (o->key == NULL)
    return fail(c, o, "out of memory");
  o->rest = eq + 1;
  bool is_env = o->kind == OPT_ENV;
  for (size_t i = 0; !is_env && i < sizeof(reserved_keys) / sizeof(*reserved_keys);
       ++i)
    if (strcmp(o->key, reserved_keys[i]) == 0)
      return fail(c, o, "the name %s is reserved", o->key);
  for (struct option *prev = c->options; prev < o; ++prev)
    if (prev->key != NULL && (prev->kind == OPT_ENV) == is_env &&
        strcmp(prev->key, o->key) == 0)
      return fail(c, o, "%s %s given twice", is_env ? "variable" : "name",
                  o->key);
  return 0;
}

static int parse_options(struct cli *c, int argc, char **argv) {
  c->options = calloc((size_t)argc + 1, sizeof(*c->options));
  if (c->options == NULL)
    return fail(c, NULL, "out of memory");
  for (int i = 0; i < argc; ++i) {
    const char *arg = argv[i];
    const char *eq = strchr(arg, '=');
    size_t name_len = eq != NULL ? (size_t)(eq - arg) : strlen(arg);
    const struct option_name *known = NULL;
    for (size_t k = 0; k < sizeof(option_names) / sizeof(*option_names); ++k)
      if (strlen(option_names[k].name) == name_len &&
          strncmp(arg, option_names[k].name, name_len) == 0)
        known = &option_names[k];
    if (known == NULL)
      return fail(c, NULL, arg[0] == '-' ? "unknown option %s"
                                         : "unexpected argument %s", arg);
    struct option *o = &c->options[c->count++];
    o->kind = known->kind;
    o->spelling = known->name;
    if (!known->has_value) {
      if (eq != NULL)
        return fail(c, NULL, "%s takes no value", known->name);
      o->value = "";
      c->stdio = true;
      continue;
    }
    if (eq != NULL) {
      o->value = eq + 1;  // --dir=NAME=PATH
    } else if (i + 1 < argc) {
      o->value = argv[++i];
    } else {
      return fail(c, NULL, "%s needs a value", known->name);
    }
    if (o->kind == OPT_ARGV0) {
      if (c->argv0 != NULL)
        return fail(c, o, "--argv0 given twice");
      c->argv0 = o->value;
    } else if (o->kind != OPT_ARG && split_key(c, o) != 0) {
      return -1;
    }
  }
  return 0;
}

static int append_pair(struct cli *c, const struct option *o,
                       struct adb_node *map, const char *key,
                       struct adb_node *value) {
  if (value == NULL)
    return fail(c, o, "out of memory");
  struct adb_node *k = adb_str(key, strlen(key));
  if (k == NULL) {
    adb_unref(value);
    return fail(c, o, errno == EILSEQ ? "%s is not valid UTF-8"
                                      : "out of memory", key);
  }
  if (adb_map_append(map, k, value) != 0)
    return fail(c, o, "out of memory");
  return 0;
}

static struct adb_node *string_value(struct cli *c, const struct option *o,
                                     const char *text) {
  struct adb_node *node = adb_str(text, strlen(text));
  if (node == NULL)
    fail(c, o, errno == EILSEQ ? "not valid UTF-8" : "out of memory");
  return node;
}

// Strips a trailing ":ro" or ":rw" from PATH into *mode.
static char *split_mode(const char *path, enum path_mode *mode) {
  size_t len = strlen(path);
  *mode = MODE_DEFAULT;
  if (len > 3 && (strcmp(path + len - 3, ":ro") == 0 ||
                  strcmp(path + len - 3, ":rw") == 0)) {
    *mode = path[len - 1] == 'o' ? MODE_RO : MODE_RW;
    len -= 3;
  }
  return strndup(path, len);
}

static int open_named(struct cli *c, const struct option *o,
                      struct grant *g) {
  char why[512];
  int rc;
  if (o->kind == OPT_DIR || o->kind == OPT_FILE) {
    enum path_mode mode;
    char *path = split_mode(o->rest, &mode);
    if (path == NULL)
      return fail(c, o, "out of memory");
    rc = grant_open_path(path, o->kind == OPT_DIR ? WANT_DIRECTORY : WANT_FILE,
                         mode, g, why, sizeof(why));
    free(path);
  } else if (o->kind == OPT_FD) {
    static const char *const names[] = {"stdin", "stdout", "stderr"};
    int fd = -1;
    for (int i = 0; i < 3; ++i)
      if (strcmp(o->rest, names[i]) == 0)
        fd = i;
    if (fd < 0) {
      char *end;
      errno = 0;
      long n = strtol(o->rest, &end, 10);
      if (o->rest[0] < '0' || o->rest[0] > '9' || *end != '\0' ||
          errno != 0 || n > INT_MAX)
        return fail(c, o, "expected a descriptor number or stdin, stdout, "
                          "stderr");
      fd = (int)n;
    }
    char label[32];
    snprintf(label, sizeof(label), fd <= 2 ? "%s" : "fd %s",
             fd <= 2 ? names[fd] : o->rest);
    rc = grant_inherited(fd, label, -1, g, why, sizeof(why));
  } else {
    rc = o->kind == OPT_LISTEN
             ? grant_listen(o->rest, SOCK_STREAM, g, why, sizeof(why))
             : grant_connect(o->rest, SOCK_STREAM, g, why, sizeof(why));
  }
  return rc != 0 ? fail(c, o, "%s", why) : 0;
}

static int add_grant(struct cli *c, const struct option *o,
                     struct grant_table *grants, struct adb_node *map,
                     const char *key, struct grant *g) {
  int fd = g->host_fd;
  if (grant_table_add(grants, g) != 0)
    return fail(c, o, "out of memory");
  return append_pair(c, o, map, key, adb_fd(fd));
}

static int build_tree(struct cli *c, struct adb_node *root,
                      struct grant_table *grants) {
  if (c->stdio) {
    static const char *const names[] = {"stdin", "stdout", "stderr"};
    for (int fd = 0; fd < 3; ++fd) {
      struct grant g;
      char why[256];
      if (grant_inherited(fd, names[fd], -1, &g, why, sizeof(why)) != 0)
        return fail(c, NULL, "--stdio: %s", why);
      if (add_grant(c, NULL, grants, root, names[fd], &g) != 0)
        return -1;
    }
  }
  struct adb_node *args = adb_seq(), *env = adb_map();
  int rc = args != NULL && env != NULL ? 0 : fail(c, NULL, "out of memory");
  for (size_t i = 0; rc == 0 && i < c->count; ++i) {
    const struct option *o = &c->options[i];
    if (o->kind == OPT_ARG) {
      struct adb_node *value = string_value(c, o, o->value);
      rc = value == NULL ? -1
           : adb_seq_append(args, value) != 0 ? fail(c, o, "out of memory")
                                              : 0;
    } else if (o->kind == OPT_ENV) {
      struct adb_node *value = string_value(c, o, o->rest);
      rc = value == NULL ? -1 : append_pair(c, o, env, o->key, value);
    }
  }
  if (rc == 0)
    rc = append_pair(c, NULL, root, "args", args);
  else
    adb_unref(args);
  args = NULL;
  if (rc == 0 && c->argv0 != NULL) {
    const struct option *o = NULL;
    for (size_t i = 0; i < c->count; ++i)
      if (c->options[i].kind == OPT_ARGV0)
        o = &c->options[i];
    struct adb_node *value = string_value(c, o, c->argv0);
    rc = value == NULL ? -1 : append_pair(c, o, root, "argv0", value);
  }
  if (rc == 0)
    rc = append_pair(c, NULL, root, "env", env);
  else
    adb_unref(env);
  for (size_t i = 0; rc == 0 && i < c->count; ++i) {
    const struct option *o = &c->options[i];
    if (o->kind < OPT_DIR)
      continue;
    struct grant g;
    rc = open_named(c, o, &g);
    if (rc == 0)
      rc = add_grant(c, o, grants, root, o->key, &g);
  }
  return rc;
}

int config_from_options(int argc, char **argv, struct launch_config *out,
                        char *err, size_t errlen) {
  struct cli c = {.err = err, .errlen = errlen};
  struct grant_table grants = {0};
  struct adb_node *root = NULL;
  int rc = parse_options(&c, argc, argv);
  if (rc == 0) {
    root = adb_map();
    rc = root == NULL ? fail(&c, NULL, "out of memory")
                      : build_tree(&c, root, &grants);
  }
  if (rc == 0) {
    char why[256];
    rc = grants_finish_config(root, &grants, out, why, sizeof(why));
    if (rc != 0)
      fail(&c, NULL, "%s", why);
  } else {
    grant_table_release(&grants);
  }
  adb_unref(root);
  for (size_t i = 0; i < c.count; ++i)
    free(c.options[i].key);
  free(c.options);
  return rc;
}
