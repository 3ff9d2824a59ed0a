/* A SQLite VFS for CloudABI: database, journal and temporary files live in
 * one directory the program was granted.
 *
 * Built with SQLITE_OS_OTHER=1, SQLite has no operating-system layer of its
 * own and calls sqlite3_os_init() here, which registers this VFS ("dirfd")
 * as the default.  Every file name is resolved with openat(), fstatat(),
 * faccessat() and unlinkat() relative to the directory descriptor granted
 * under the argdata key "cwd" (cloudabi-run --dir cwd=PATH), found by
 * ports/common/grantdir.c.  Names are therefore relative; absolute names
 * and ".." escapes are refused by the runtime like any *at() call.
 *
 * Locks are kept in this process only: CloudABI has no advisory file
 * locks, so two programs must not write one database at the same time.
 * Within the process the usual SHARED/RESERVED/PENDING/EXCLUSIVE rules are
 * enforced between connections.  The v1 I/O methods have no shared memory,
 * so journal_mode=WAL is unavailable (SQLite falls back to rollback
 * journals).  Built with SQLITE_THREADSAFE=0. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "sqlite3.h"

int ports_grantdir(void);

/* One entry per open inode: the lock state shared by its connections. */
struct lock_node {
  dev_t dev;
  ino_t ino;
  int shared;         /* connections holding SHARED or more */
  int reserved;       /* a connection holds RESERVED or more */
  int pending;        /* a connection holds PENDING or more */
  int exclusive;      /* a connection holds EXCLUSIVE */
  int refs;
  struct lock_node *next;
};
static struct lock_node *lock_nodes;

struct dirfd_file {
  sqlite3_file base;
  int fd;
  int level;          /* this connection's SQLITE_LOCK_* level */
  struct lock_node *node;
};

static struct lock_node *lock_node_get(int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0)
    return NULL;
  for (struct lock_node *n = lock_nodes; n != NULL; n = n->next)
    if (n->dev == st.st_dev && n->ino == st.st_ino) {
      n->refs++;
      return n;
    }
  struct lock_node *n = calloc(1, sizeof(*n));
  if (n == NULL)
    return NULL;
  n->dev = st.st_dev;
  n->ino = st.st_ino;
  n->refs = 1;
  n->next = lock_nodes;
  lock_nodes = n;
  return n;
}

static void lock_node_put(struct lock_node *n) {
  if (--n->refs > 0)
    return;
  for (struct lock_node **p = &lock_nodes; *p != NULL; p = &(*p)->next)
    if (*p == n) {
      *p = n->next;
      break;
    }
  free(n);
}

static int xClose(sqlite3_file *f) {
  struct dirfd_file *p = (struct dirfd_file *)f;
  if (p->node != NULL)
    lock_node_put(p->node);
  p->node = NULL;
  return close(p->fd) == 0 ? SQLITE_OK : SQLITE_IOERR_CLOSE;
}

static int xRead(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off) {
  struct dirfd_file *p = (struct dirfd_file *)f;
  char *out = buf;
  int got = 0;
  while (got < amt) {
    ssize_t n = pread(p->fd, out + got, (size_t)(amt - got), (off_t)(off + got));
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return SQLITE_IOERR_READ;
    }
    if (n == 0)
      break;
    got += (int)n;
  }
  if (got < amt) {
    /* SQLite requires the unread tail to be zeroed on a short read. */
    memset(out + got, 0, (size_t)(amt - got));
    return SQLITE_IOERR_SHORT_READ;
  }
  return SQLITE_OK;
}

static int xWrite(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off) {
  struct dirfd_file *p = (struct dirfd_file *)f;
  const char *in = buf;
  int done = 0;
  while (done < amt) {
    ssize_t n = pwrite(p->fd, in + done, (size_t)(amt - done), (off_t)(off + done));
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return errno == ENOSPC ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    }
    done += (int)n;
  }
  return SQLITE_OK;
}

static int xTruncate(sqlite3_file *f, sqlite3_int64 size) {
  struct dirfd_file *p = (struct dirfd_file *)f;
  return ftruncate(p->fd, (off_t)size) == 0 ? SQLITE_OK : SQLITE_IOERR_TRUNCATE;
}

static int xSync(sqlite3_file *f, int flags) {
  struct dirfd_file *p = (struct dirfd_file *)f;
  int rc = (flags & SQLITE_SYNC_DATAONLY) ? fdatasync(p->fd) : fsync(p->fd);
  return rc == 0 ? SQLITE_OK : SQLITE_IOERR_FSYNC;
}

static int xFileSize(sqlite3_file *f, sqlite3_int64 *size) {
  struct dirfd_file *p = (struct dirfd_file *)f;
  struct stat st;
  if (fstat(p->fd, &st) != 0)
    return SQLITE_IOERR_FSTAT;
  *size = st.st_size;
  return SQLITE_OK;
}

/* The lock rules of SQLite's os.h, between the connections of this
 * process that share the inode. */
static int xLock(sqlite3_file *f, int level) {
  struct dirfd_file *p = (struct dirfd_file *)f;
  struct lock_node *n = p->node;
  if (p->level >= level)
    return SQLITE_OK;
  switch (level) {
  case SQLITE_LOCK_SHARED:
    if (n->pending)
      return SQLITE_BUSY;
    n->shared++;
    break;
  case SQLITE_LOCK_RESERVED:
    if (n->reserved)
      return SQLITE_BUSY;
    n->reserved = 1;
    break;
  case SQLITE_LOCK_EXCLUSIVE:
    /* Through RESERVED and PENDING (no new readers), then wait until
       this connection is the only reader left. */
    if (p->level < SQLITE_LOCK_RESERVED) {
      if (n->reserved)
        return SQLITE_BUSY;
      n->reserved = 1;
    }
    n->pending = 1;
    p->level = SQLITE_LOCK_PENDING;
    if (n->shared > 1)
      return SQLITE_BUSY;
    n->exclusive = 1;
    break;
  default:
    return SQLITE_MISUSE;
  }
  p->level = level;
  return SQLITE_OK;
}

static int xUnlock(sqlite3_file *f, int level) {
  struct dirfd_file *p = (struct dirfd_file *)f;
  struct lock_node *n = p->node;
  if (p->level <= level)
    return SQLITE_OK;
  if (p->level >= SQLITE_LOCK_RESERVED) {
    n->exclusive = 0;
    n->pending = 0;
    n->reserved = 0;
  }
  if (level == SQLITE_LOCK_NONE && p->level >= SQLITE_LOCK_SHARED)
    n->shared--;
  p->level = level;
  return SQLITE_OK;
}

static int xCheckReservedLock(sqlite3_file *f, int *out) {
  struct dirfd_file *p = (struct dirfd_file *)f;
  *out = p->node->reserved;
  return SQLITE_OK;
}

static int xFileControl(sqlite3_file *f, int op, void *arg) {
  (void)f;
  (void)op;
  (void)arg;
  return SQLITE_NOTFOUND;
}

static int xSectorSize(sqlite3_file *f) {
  (void)f;
  return 4096;
}

static int xDeviceCharacteristics(sqlite3_file *f) {
  (void)f;
  return 0;
}

static const sqlite3_io_methods io_methods = {
    1,         xClose,    xRead,       xWrite,
    xTruncate, xSync,     xFileSize,   xLock,
    xUnlock,   xCheckReservedLock,     xFileControl,
    xSectorSize,          xDeviceCharacteristics,
};

static int xOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags,
                 int *out_flags) {
  (void)vfs;
  struct dirfd_file *p = (struct dirfd_file *)f;
  memset(p, 0, sizeof(*p));
  p->fd = -1;
  int dir = ports_grantdir();
  if (dir < 0)
    return SQLITE_CANTOPEN;
  int oflags = (flags & SQLITE_OPEN_READWRITE) ? O_RDWR : O_RDONLY;
  if (flags & SQLITE_OPEN_CREATE)
    oflags |= O_CREAT;
  if (flags & SQLITE_OPEN_EXCLUSIVE)
    oflags |= O_EXCL;
  char tmpname[32];
  if (name == NULL) {
    /* A temporary file: a fresh random name, removed right away. */
    unsigned char r[8];
    sqlite3_randomness(sizeof(r), r);
    static const char hex[] = "0123456789abcdef";
    memcpy(tmpname, "etilqs_", 7);
    for (int i = 0; i < 8; i++) {
      tmpname[7 + 2 * i] = hex[r[i] >> 4];
      tmpname[8 + 2 * i] = hex[r[i] & 15];
    }
    tmpname[23] = '\0';
    name = tmpname;
    oflags |= O_CREAT | O_EXCL;
    flags |= SQLITE_OPEN_DELETEONCLOSE;
  }
  p->fd = openat(dir, name, oflags, 0644);
  if (p->fd < 0 && (flags & SQLITE_OPEN_READWRITE) && errno != ENOENT &&
      errno != EEXIST && !(flags & SQLITE_OPEN_MAIN_JOURNAL)) {
    /* Read-only file or directory grant: fall back to reading. */
    flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
    p->fd = openat(dir, name, O_RDONLY);
  }
  if (p->fd < 0)
    return SQLITE_CANTOPEN;
  if (flags & SQLITE_OPEN_DELETEONCLOSE)
    unlinkat(dir, name, 0); /* the open descriptor keeps the data */
  p->node = lock_node_get(p->fd);
  if (p->node == NULL) {
    close(p->fd);
    return SQLITE_NOMEM;
  }
  if (out_flags != NULL)
    *out_flags = flags;
  p->base.pMethods = &io_methods;
  return SQLITE_OK;
}

static int xDelete(sqlite3_vfs *vfs, const char *name, int sync_dir) {
  (void)vfs;
  (void)sync_dir;
  int dir = ports_grantdir();
  if (dir < 0)
    return SQLITE_IOERR_DELETE;
  if (unlinkat(dir, name, 0) != 0)
    return errno == ENOENT ? SQLITE_IOERR_DELETE_NOENT : SQLITE_IOERR_DELETE;
  return SQLITE_OK;
}

static int xAccess(sqlite3_vfs *vfs, const char *name, int what, int *out) {
  (void)vfs;
  int dir = ports_grantdir();
  struct stat st;
  *out = 0;
  if (dir < 0)
    return SQLITE_OK;
  if (what == SQLITE_ACCESS_READWRITE)
    *out = faccessat(dir, name, R_OK | W_OK, 0) == 0;
  else if (fstatat(dir, name, &st, 0) == 0)
    /* An empty regular file counts as absent, as for SQLite's unix VFS
       (a journal truncated to nothing is no journal). */
    *out = what != SQLITE_ACCESS_EXISTS || !S_ISREG(st.st_mode) || st.st_size > 0;
  return SQLITE_OK;
}

/* Names are already relative to the granted directory. */
static int xFullPathname(sqlite3_vfs *vfs, const char *name, int n, char *out) {
  (void)vfs;
  size_t len = strlen(name);
  if (len + 1 > (size_t)n)
    return SQLITE_CANTOPEN;
  memcpy(out, name, len + 1);
  return SQLITE_OK;
}

static int xRandomness(sqlite3_vfs *vfs, int n, char *out) {
  (void)vfs;
  arc4random_buf(out, (size_t)n);
  return n;
}

static int xSleep(sqlite3_vfs *vfs, int us) {
  (void)vfs;
  struct timespec ts = {us / 1000000, (long)(us % 1000000) * 1000};
  nanosleep(&ts, NULL);
  return us;
}

/* Milliseconds since the Julian day epoch (noon, 24 November 4714 BC). */
static int xCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out) {
  (void)vfs;
  struct timespec ts;
  if (clock_gettime(CLOCK_REALTIME, &ts) != 0)
    return SQLITE_ERROR;
  *out = (sqlite3_int64)210866760000000 + (sqlite3_int64)ts.tv_sec * 1000 +
         ts.tv_nsec / 1000000;
  return SQLITE_OK;
}

static int xCurrentTime(sqlite3_vfs *vfs, double *out) {
  sqlite3_int64 ms;
  int rc = xCurrentTimeInt64(vfs, &ms);
  *out = (double)ms / 86400000.0;
  return rc;
}

static int xGetLastError(sqlite3_vfs *vfs, int n, char *out) {
  (void)vfs;
  if (n > 0)
    out[0] = '\0';
  return 0;
}

static sqlite3_vfs dirfd_vfs = {
    2,                          /* iVersion */
    sizeof(struct dirfd_file),  /* szOsFile */
    512,                        /* mxPathname */
    NULL,                       /* pNext */
    "dirfd",                    /* zName */
    NULL,                       /* pAppData */
    xOpen,
    xDelete,
    xAccess,
    xFullPathname,
    NULL, NULL, NULL, NULL,     /* no loadable extensions */
    xRandomness,
    xSleep,
    xCurrentTime,
    xGetLastError,
    xCurrentTimeInt64,
    NULL, NULL, NULL,
};

int sqlite3_os_init(void) {
  return sqlite3_vfs_register(&dirfd_vfs, 1);
}

int sqlite3_os_end(void) {
  return SQLITE_OK;
}
