// Opening granted resources and assembling the launch configuration.
#define _GNU_SOURCE  // O_CLOEXEC/SOCK_CLOEXEC spellings under -std=c11
#include "grants.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

static void say(char *why, size_t whylen, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(why, whylen, fmt, ap);
  va_end(ap);
}

static char *format_origin(const char *what, const char *detail) {
  size_t len = strlen(what) + 1 + strlen(detail) + 1;
  char *origin = malloc(len);
  if (origin != NULL)
    snprintf(origin, len, "%s%s%s", what, *detail != '\0' ? " " : "", detail);
  return origin;
}

// Fills *out for a freshly obtained descriptor; on allocation failure the
// descriptor is closed if it is ours.
static int fill_grant(struct grant *out, int fd, enum grant_kind kind,
                      bool read_only, bool owned, const char *what,
                      const char *detail, char *why, size_t whylen) {
  char *origin = format_origin(what, detail);
  if (origin == NULL) {
    if (owned)
      close(fd);
    say(why, whylen, "out of memory");
    return -1;
  }
  *out = (struct grant){.host_fd = fd, .read_only = read_only,
                        .origin = origin, .kind = kind, .owned = owned};
  return 0;
}

int grant_inherited(int fd, const char *label, int config_fd,
                    struct grant *out, char *why, size_t whylen) {
  if (fd == config_fd) {
    say(why, whylen, "cannot grant %s: the configuration is read from it",
        label);
    return -1;
  }
  int flags = fd < 0 ? -1 : fcntl(fd, F_GETFL);
  struct stat st;
  if (flags < 0 || fstat(fd, &st) != 0) {
    say(why, whylen, "cannot grant %s: %s", label,
        strerror(fd < 0 ? EBADF : errno));
    return -1;
  }
  // Directories are always open O_RDONLY; that says nothing about whether
  // the program may change what lies beneath, so they stay writable.
  bool read_only = (flags & O_ACCMODE) == O_RDONLY && !S_ISDIR(st.st_mode);
  return fill_grant(out, fd, GRANT_INHERITED, read_only, false, label, "",
                    why, whylen);
}

int grant_open_path(const char *path, enum path_want want, enum path_mode mode,
                    struct grant *out, char *why, size_t whylen) {
  const int common = O_CLOEXEC | O_NOCTTY;
  int fd;
  if (want == WANT_DIRECTORY) {
    // Directories are read (readdir, openat), never opened for writing.
    fd = open(path, O_RDONLY | O_DIRECTORY | common);
  } else if (mode == MODE_RW) {
    fd = open(path, O_RDWR | common);
    if (fd < 0 && errno == EISDIR && want == WANT_ANY)
      fd = open(path, O_RDONLY | O_DIRECTORY | common);
  } else {
    fd = open(path, O_RDONLY | common);
  }
  if (fd < 0) {
    say(why, whylen, "cannot open \"%s\": %s", path, strerror(errno));
    return -1;
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    say(why, whylen, "cannot open \"%s\": %s", path, strerror(errno));
    close(fd);
    return -1;
  }
  bool is_dir = S_ISDIR(st.st_mode);
  if (is_dir && want == WANT_FILE) {
    say(why, whylen, "cannot open \"%s\": %s", path, strerror(EISDIR));
    close(fd);
    return -1;
  }
  bool read_only = is_dir ? mode == MODE_RO : mode != MODE_RW;
  return fill_grant(out, fd, is_dir ? GRANT_DIRECTORY : GRANT_FILE, read_only,
                    true, is_dir ? "directory" : "file", path, why, whylen);
}

// A parsed socket address: either a UNIX path or a host/port pair.
struct socket_address {
  bool is_unix;
  struct sockaddr_un sun;
  char *host;  // NULL for "any" (empty host)
  char *port;
};

static int parse_address(const char *address, struct socket_address *a,
                         char *why, size_t whylen) {
  *a = (struct socket_address){0};
  const char *path = NULL;
  if (strncmp(address, "unix:", 5) == 0)
    path = address + 5;
  else if (address[0] == '/')
    path = address;
  if (path != NULL) {
    if (*path == '\0' || strlen(path) >= sizeof(a->sun.sun_path)) {
      say(why, whylen, "invalid address \"%s\": %s", address,
          *path == '\0' ? "empty UNIX socket path" : "UNIX socket path too long");
      return -1;
    }
    a->is_unix = true;
    a->sun.sun_family = AF_UNIX;
    strcpy(a->sun.sun_path, path);
    return 0;
  }
  const char *host = address, *host_end, *colon;
  if (address[0] == '[') {
    ++host;
    host_end = strchr(host, ']');
    colon = host_end != NULL && host_end[1] == ':' ? host_end + 1 : NULL;
  } else {
    colon = strrchr(address, ':');
    host_end = colon;
    if (colon != NULL && memchr(address, ':', (size_t)(colon - address)))
      colon = NULL;  // a bare IPv6 address: the port is ambiguous
  }
  if (colon == NULL || colon[1] == '\0') {
    say(why, whylen,
        "invalid address \"%s\": expected HOST:PORT, [IPV6]:PORT or "
        "unix:PATH", address);
    return -1;
  }
  a->port = strdup(colon + 1);
  if (host_end > host)
    a->host = strndup(host, (size_t)(host_end - host));
  if (a->port == NULL || (host_end > host && a->host == NULL)) {
    free(a->port);
    free(a->host);
    say(why, whylen, "out of memory");
    return -1;
  }
  return 0;
}

// What to do with each candidate socket: connect it, or bind and listen.
typedef int socket_setup(int fd, const struct sockaddr *sa, socklen_t len,
                         int socktype);

static int setup_connect(int fd, const struct sockaddr *sa, socklen_t len,
                         int socktype) {
  (void)socktype;
  return connect(fd, sa, len);
}

static int setup_listen(int fd, const struct sockaddr *sa, socklen_t len,
                        int socktype) {
  int on = 1;
  if (sa->sa_family != AF_UNIX &&
      setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0)
    return -1;
  if (bind(fd, sa, len) != 0)
    return -1;
  return socktype == SOCK_STREAM ? listen(fd, SOMAXCONN) : 0;
}

static int open_socket(const char *address, int socktype, bool passive,
                       socket_setup *setup, const char *verb,
                       const char *what, struct grant *out, char *why,
                       size_t whylen) {
  struct socket_address a;
  if (parse_address(address, &a, why, whylen) != 0)
    return -1;
  int fd = -1, error = 0;
  if (a.is_unix) {
    fd = socket(AF_UNIX, socktype | SOCK_CLOEXEC, 0);
    if (fd < 0 || setup(fd, (struct sockaddr *)&a.sun, sizeof(a.sun),
                        socktype) != 0) {
      error = errno;
      if (fd >= 0)
        close(fd);
      fd = -1;
    }
  } else {
    if (a.host == NULL && !passive) {
      say(why, whylen, "invalid address \"%s\": no host to connect to",
          address);
      free(a.port);
      return -1;
    }
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = socktype,
                             .ai_flags = passive ? AI_PASSIVE : 0};
    struct addrinfo *list;
    int gai = getaddrinfo(a.host, a.port, &hints, &list);
    free(a.host);
    free(a.port);
    if (gai != 0) {
      say(why, whylen, "cannot resolve \"%s\": %s", address,
          gai == EAI_SYSTEM ? strerror(errno) : gai_strerror(gai));
      return -1;
    }
    // Like any client, try every address the name has until one works.
    for (struct addrinfo *ai = list; ai != NULL && fd < 0; ai = ai->ai_next) {
      fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC,
                  ai->ai_protocol);
      if (fd >= 0 && setup(fd, ai->ai_addr, ai->ai_addrlen, socktype) == 0)
        break;
      error = errno;
      if (fd >= 0)
        close(fd);
      fd = -1;
    }
    freeaddrinfo(list);
  }
  if (fd < 0) {
    say(why, whylen, "cannot %s \"%s\": %s", verb, address, strerror(error));
    return -1;
  }
  return fill_grant(out, fd, passive ? GRANT_LISTENER : GRANT_SOCKET, false,
                    true, what, address, why, whylen);
}

int grant_connect(const char *address, int socktype, struct grant *out,
                  char *why, size_t whylen) {
  return open_socket(address, socktype, false, setup_connect, "connect to",
                     "socket", out, why, whylen);
}

int grant_listen(const char *address, int socktype, struct grant *out,
                 char *why, size_t whylen) {
  return open_socket(address, socktype, true, setup_listen, "listen on",
                     "listen", out, why, whylen);
}

void grant_release(struct grant *g) {
  if (g->owned && g->host_fd >= 0)
    close(g->host_fd);
  free(g->origin);
  *g = (struct grant){.host_fd = -1};
}

int grant_table_add(struct grant_table *t, struct grant *g) {
  for (size_t i = 0; i < t->count; ++i) {
    if (t->items[i].host_fd == g->host_fd) {
      // Same descriptor named again (e.g. `!fd stderr` twice).  Only
      // inherited or executable fds can repeat: ours are fresh.
      free(g->origin);
      return 0;
    }
  }
  if (t->count == t->cap) {
    size_t cap = t->cap == 0 ? 8 : 2 * t->cap;
    struct grant *items = realloc(t->items, cap * sizeof(*items));
    if (items == NULL) {
      grant_release(g);
      return ENOMEM;
    }
    t->items = items;
    t->cap = cap;
  }
  t->items[t->count++] = *g;
  return 0;
}

bool grant_table_opened(const struct grant_table *t, int fd) {
  for (size_t i = 0; i < t->count; ++i)
    if (t->items[i].host_fd == fd && t->items[i].owned)
      return true;
  return false;
}

void grant_table_release(struct grant_table *t) {
  for (size_t i = 0; i < t->count; ++i)
    grant_release(&t->items[i]);
  free(t->items);
  *t = (struct grant_table){0};
}

int grants_finish_config(struct adb_node *root, struct grant_table *table,
                         struct launch_config *out, char *why, size_t whylen) {
  unsigned char *bytes;
  size_t len, nfds;
  int *host_fds;
  int error =
      adb_serialize(root, CONFIG_MAX_ARGDATA_LEN, &bytes, &len, &host_fds, &nfds);
  if (error != 0) {
    if (error == EOVERFLOW)
      say(why, whylen,
          "configuration too large: more than %zu bytes once aliases are "
          "expanded", CONFIG_MAX_ARGDATA_LEN);
    else
      say(why, whylen, "out of memory");
    grant_table_release(table);
    return -1;
  }
  struct grant *grants = calloc(nfds + 1, sizeof(*grants));
  if (grants == NULL) {
    free(bytes);
    free(host_fds);
    say(why, whylen, "out of memory");
    grant_table_release(table);
    return -1;
  }
  // Program fd i is host_fds[i]; every fd node was registered in the table
  // when it was created, so each lookup succeeds.
  for (size_t i = 0; i < nfds; ++i) {
    for (size_t k = 0; k < table->count; ++k) {
      if (table->items[k].origin != NULL &&
          table->items[k].host_fd == host_fds[i]) {
        grants[i] = table->items[k];
        table->items[k] = (struct grant){.host_fd = -1};
        break;
      }
    }
  }
  free(host_fds);
  grant_table_release(table);  // anything left was not in the tree
  *out = (struct launch_config){.argdata = bytes, .argdata_len = len,
                                .grants = grants, .ngrants = nfds};
  return 0;
}

void config_free(struct launch_config *config) {
  for (size_t i = 0; i < config->ngrants; ++i)
    grant_release(&config->grants[i]);
  free(config->grants);
  free(config->argdata);
  *config = (struct launch_config){0};
}
