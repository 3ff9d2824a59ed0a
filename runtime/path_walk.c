// The path resolver for kernels without openat2 (before Linux 5.6), also
// selected with CLOUDABI_RUN_NO_OPENAT2=1.  It gives the same answers as the
// openat2 resolver (cloudabi-abi.md §6) by never letting the kernel look at
// more than one component: every directory on the way is opened with
// O_PATH|O_NOFOLLOW, symlinks are read and spliced into the rest of the
// path here, and ".." pops a stack of the directories already opened, so
// it can never climb above the starting directory.
//
// Unlike openat2's RESOLVE_BENEATH this cannot notice a directory being
// moved out of the tree while it is being walked through; it is a
// fallback, and says so.
#define _GNU_SOURCE
#include "path_walk.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "errno_map.h"
#include "path_resolve.h"

#define MAX_EXPANSIONS 128
#define MAX_DEPTH 128

struct walk {
  int stack[MAX_DEPTH + 1];  // stack[0] is the caller's directory
  size_t depth;
  char *rest;                // the path still to resolve (owned)
  unsigned expansions;
};

static int top(const struct walk *w) { return w->stack[w->depth]; }

static void walk_free(struct walk *w) {
  while (w->depth > 0)
    close(w->stack[w->depth--]);
  free(w->rest);
}

// Replaces the consumed part of the path and the symlink at its end by the
// link's contents: rest becomes target + tail.
static cloudabi_errno_t splice_link(struct walk *w, const char *target, size_t tlen,
                                    const char *tail) {
  if (++w->expansions > MAX_EXPANSIONS)
    return CLOUDABI_ELOOP;
  if (tlen == 0)
    return CLOUDABI_ENOENT;
  if (target[0] == '/')
    return CLOUDABI_ENOTCAPABLE;
  size_t taillen = strlen(tail);
  if (tlen + taillen >= PATH_BUFFER_SIZE)
    return CLOUDABI_ENAMETOOLONG;
  char *n = malloc(tlen + taillen + 1);
  if (n == NULL)
    return CLOUDABI_ENOMEM;
  memcpy(n, target, tlen);
  memcpy(n + tlen, tail, taillen + 1);
  free(w->rest);
  w->rest = n;
  return 0;
}

// Reads the symlink `name` in the current directory (or the O_PATH
// descriptor fd of one, with name ""), then splices it.
static cloudabi_errno_t expand(struct walk *w, int fd, const char *name, const char *tail) {
  char target[PATH_BUFFER_SIZE];
  ssize_t n = readlinkat(fd, name, target, sizeof(target));
  if (n < 0)
    return errno_current();
  if ((size_t)n >= sizeof(target))
    return CLOUDABI_ENAMETOOLONG;
  // tail points into w->rest, which splice_link frees: copy it first.
  char *t = strdup(tail);
  if (t == NULL)
    return CLOUDABI_ENOMEM;
  cloudabi_errno_t e = splice_link(w, target, (size_t)n, t);
  free(t);
  return e;
}

cloudabi_errno_t path_walk_open(int dirfd, const char *path, int flags, mode_t mode,
                                bool follow, int *fd) {
  if (path[0] == '\0')
    return CLOUDABI_ENOENT;
  if (path[0] == '/')
    return CLOUDABI_ENOTCAPABLE;
  struct walk w = {.stack = {dirfd}, .depth = 0, .rest = strdup(path)};
  if (w.rest == NULL)
    return CLOUDABI_ENOMEM;
  int final_flags = flags | O_NOFOLLOW | O_CLOEXEC | ((flags & O_PATH) ? 0 : O_NOCTTY);
  size_t pos = 0;
  cloudabi_errno_t e = 0;
  for (;;) {
    while (w.rest[pos] == '/')
      pos++;
    if (w.rest[pos] == '\0') {
      // Nothing left ("a/", ".", "a/.."): the object is the directory
      // reached so far.
      int r = openat(top(&w), ".", final_flags, mode);
      if (r < 0)
        e = errno_current();
      else
        *fd = r;
      break;
    }
    const char *comp = w.rest + pos;
    size_t len = strcspn(comp, "/");
    const char *tail = comp + len;
    bool last = *tail == '\0';
    if (len == 1 && comp[0] == '.') {
      pos += len;
      continue;
    }
    if (len == 2 && comp[0] == '.' && comp[1] == '.') {
      if (w.depth == 0) {
        e = CLOUDABI_ENOTCAPABLE;
        break;
      }
      close(w.stack[w.depth--]);
      pos += len;
      continue;
    }
    if (len > NAME_MAX) {
      e = CLOUDABI_ENAMETOOLONG;
      break;
    }
    char name[NAME_MAX + 1];
    memcpy(name, comp, len);
    name[len] = '\0';

    if (!last) {
      int next = openat(top(&w), name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
      struct stat st;
      if (next < 0 || fstat(next, &st) != 0) {
        e = errno_current();
        if (next >= 0)
          close(next);
        break;
      }
      if (S_ISLNK(st.st_mode)) {
        e = expand(&w, next, "", tail);
        close(next);
        if (e != 0)
          break;
        pos = 0;
        continue;
      }
      if (!S_ISDIR(st.st_mode)) {
        close(next);
        e = CLOUDABI_ENOTDIR;
        break;
      }
      if (w.depth == MAX_DEPTH) {
        close(next);
        e = CLOUDABI_ENAMETOOLONG;
        break;
      }
      w.stack[++w.depth] = next;
      pos += len;
      continue;
    }

    // The final component: opened without following; a symlink there is
    // expanded here when the caller follows it.
    int r = openat(top(&w), name, final_flags, mode);
    if (r >= 0 && follow && (flags & O_PATH)) {
      struct stat st;
      if (fstat(r, &st) == 0 && S_ISLNK(st.st_mode)) {
        e = expand(&w, r, "", "");
        close(r);
        if (e != 0)
          break;
        pos = 0;
        continue;
      }
    }
    if (r >= 0) {
      *fd = r;
      break;
    }
    int open_errno = errno;
    // O_NOFOLLOW on a symlink: ELOOP, or ENOTDIR with O_DIRECTORY.
    if (follow && (open_errno == ELOOP || open_errno == ENOTDIR)) {
      e = expand(&w, top(&w), name, "");
      if (e == CLOUDABI_EINVAL)  // not a symlink after all
        e = errno_to_cloudabi(open_errno);
      if (e != 0)
        break;
      pos = 0;
      continue;
    }
    e = errno_to_cloudabi(open_errno);
    break;
  }
  walk_free(&w);
  return e;
}
