// Opening what configuration tags and options grant (files, directories,
// sockets, inherited descriptors) and collecting the results into the
// launch_config handed to the runtime.  Shared by config_yaml.c and
// config_cli.c; messages carry no position, the caller adds it.
#ifndef RUNTIME_GRANTS_H
#define RUNTIME_GRANTS_H

#include <stdbool.h>
#include <stddef.h>

#include "argdata_builder.h"
#include "config.h"

// Largest serialized configuration accepted: aliases can multiply the
// size of a small YAML file, and the program gets the bytes in memory.
#define CONFIG_MAX_ARGDATA_LEN ((size_t)64 << 20)

enum path_want { WANT_ANY, WANT_DIRECTORY, WANT_FILE };
enum path_mode { MODE_DEFAULT, MODE_RO, MODE_RW };

// Each opener fills *out (origin malloc'ed) and returns 0, or returns -1
// with a message in why[whylen] and nothing left open.

// A descriptor the launcher already has.  `label` names it in the origin
// ("stdout", "fd 5").  Refused when it is not open or is `config_fd`, the
// descriptor the configuration is being read from.
int grant_inherited(int fd, const char *label, int config_fd,
                    struct grant *out, char *why, size_t whylen);

// Opens `path` relative to the working directory, read-only unless mode is
// MODE_RW (directories are always opened O_RDONLY|O_DIRECTORY; MODE_RW
// leaves them writable beneath, MODE_RO does not, MODE_DEFAULT means RO
// for files and RW for directories).
int grant_open_path(const char *path, enum path_want want, enum path_mode mode,
                    struct grant *out, char *why, size_t whylen);

// ADDRESS is HOST:PORT, [IPV6]:PORT, unix:PATH or /PATH.  socktype is
// SOCK_STREAM or SOCK_DGRAM.
int grant_connect(const char *address, int socktype, struct grant *out,
                  char *why, size_t whylen);
// Binds and (for streams) listens; an empty HOST binds every address.
int grant_listen(const char *address, int socktype, struct grant *out,
                 char *why, size_t whylen);

// Closes an owned descriptor and frees the origin.
void grant_release(struct grant *);

// The grants opened while building one configuration, in opening order.
struct grant_table {
  struct grant *items;
  size_t count, cap;
};

// Takes over *g.  A host fd that is already present is kept once (the
// first entry wins).  Returns 0, or ENOMEM after releasing *g.
int grant_table_add(struct grant_table *, struct grant *g);
// True when the configuration itself opened `fd` (it is not inherited).
bool grant_table_opened(const struct grant_table *, int fd);
// Releases every entry (error paths).
void grant_table_release(struct grant_table *);

// Serializes `root` with fd renumbering and moves the grants of `table`
// into out->grants in program fd order.  The table is emptied either way
// (on failure its descriptors are closed).  Returns 0 or -1 with why set.
int grants_finish_config(struct adb_node *root, struct grant_table *table,
                         struct launch_config *out, char *why, size_t whylen);

#endif
