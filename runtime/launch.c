#define _GNU_SOURCE
#include "launch.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include "diag.h"
#include "fd_table.h"
#include "rights.h"

void launch_install_grants(const struct launch_config *config) {
  for (size_t i = 0; i < config->ngrants; i++) {
    const struct grant *g = &config->grants[i];
    const char *origin = g->origin != NULL ? g->origin : "descriptor";
    cloudabi_filetype_t type;
    bool tty;
    if (fd_host_type(g->host_fd, &type, &tty) != 0)
      launch_fail("cannot pass %s to the program: %s", origin,
                  errno == EPROTOTYPE ? "unsupported kind of socket" : strerror(errno));
    cloudabi_rights_t base, inheriting;
    rights_max_for_type(type, tty, &base, &inheriting);
    int fl = fcntl(g->host_fd, F_GETFL);
    if (fl < 0)
      launch_fail("cannot pass %s to the program: %s", origin, strerror(errno));
    // The host open mode bounds what the program may do with the object
    // itself; read-only grants also lose what would change a directory.
    int mode = fl & O_ACCMODE;
    if (mode == O_RDONLY && type != CLOUDABI_FILETYPE_DIRECTORY)
      base &= ~RIGHTS_WRITE_FILE;
    if (mode == O_WRONLY)
      base &= ~CLOUDABI_RIGHT_FD_READ;
    if (g->read_only) {
      base &= ~(RIGHTS_WRITE_FILE | RIGHTS_WRITE_DIRECTORY);
      inheriting &= ~(RIGHTS_WRITE_FILE | RIGHTS_WRITE_DIRECTORY);
    }
    // The host descriptor must not leak into anything the runtime starts.
    fcntl(g->host_fd, F_SETFD, FD_CLOEXEC);
    struct fd_object *o = fd_object_new(g->host_fd, type);
    if (o == NULL || fd_table_insert_at((cloudabi_fd_t)i, o, base, inheriting) != 0)
      launch_fail("cannot pass %s to the program: out of memory", origin);
    o->listening = type == CLOUDABI_FILETYPE_SOCKET_STREAM &&
                   (g->kind == GRANT_LISTENER || fd_host_is_listening(g->host_fd));
  }
}
