// Internal: the FILE object and the buffering machinery behind <stdio.h>.
//
// A stream is a buffer in front of a backend (`struct stdio_ops`): a
// descriptor, a fixed memory area (fmemopen), a growing heap buffer
// (open_memstream) or a mapped shared-memory object (tmpfile).
//
// Buffer states, at most one active at a time:
//   reading: [rpos, rend) holds bytes read ahead from the backend;
//   writing: [buf, wpos) holds bytes not yet handed to the backend and
//            wpos < wend means putc may store without a call;
//   idle:    all four pointers NULL.
// Pushed-back bytes (ungetc) are stored in place below rpos when there is
// room in the buffer, else in `ungetbuf`, with the real read window saved
// in saved_rpos/saved_rend until the pushback is consumed.
#ifndef LIBC_INTERNAL_STDIO_IMPL_H
#define LIBC_INTERNAL_STDIO_IMPL_H

#include <errno.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "lock.h"

#define STDIO_UNGET 8  // pushback guaranteed beyond the buffered bytes

// Flags in stdio_state.flags.
#define F_EOF 0x01       // end-of-file indicator
#define F_ERR 0x02       // error indicator
#define F_NORD 0x04      // not open for reading
#define F_NOWR 0x08      // not open for writing
#define F_APPEND 0x10    // every write goes to the end
#define F_PUSHBACK 0x20  // reading from ungetbuf; real window saved
#define F_NOSEEK 0x40    // the backend cannot seek (pipes, sockets)

struct stdio_ops {
  // Reads at most n bytes: count, 0 at end of file, -1 with errno set.
  ptrdiff_t (*read)(FILE *, void *, size_t);
  // Writes at most n bytes: count (> 0 unless n == 0), -1 with errno set.
  ptrdiff_t (*write)(FILE *, const void *, size_t);
  // Moves the position (whence: SEEK_*); 0 and *pos, or an errno value.
  int (*seek)(FILE *, off_t, int, off_t *);
  // Releases the backend: 0 or an errno value.
  int (*close)(FILE *);
};

// Everything fswap exchanges.
struct stdio_state {
  unsigned char *rpos, *rend;
  unsigned char *wpos, *wend;
  unsigned char *buf;  // NULL until the first operation allocates it
  size_t bufsize;
  unsigned char *saved_rpos, *saved_rend;
  unsigned flags;
  int bufmode;           // _IOFBF, _IOLBF, _IONBF
  int fd;                // descriptor backends; -1 otherwise
  int orient;            // fwide: < 0 byte, > 0 wide, 0 not yet decided
  const struct stdio_ops *ops;
  void *buf_alloc;       // heap buffer to free on close, or NULL
  union {
    struct {  // fmemopen
      unsigned char *mem;
      size_t cap, size, pos;
      bool owned;
    } mem;
    struct {  // open_memstream
      char **bufp;
      size_t *sizep;
      char *data;
      size_t cap, len, pos;
    } ms;
    struct {  // tmpfile: mapped shared memory
      unsigned char *map;
      size_t maplen, size, pos;
    } shm;
  } u;
  unsigned char ungetbuf[STDIO_UNGET];
  unsigned char tinybuf[1];  // the buffer of an unbuffered stream
};

struct __FILE {
  struct stdio_state s;
  // Not exchanged by fswap: they belong to the object.
  libc_rlock_t lock;
  struct __FILE *prev, *next;  // list of streams to flush at exit
  bool is_static;              // stdin, stdout, stderr: never freed
};

// Recursive stream lock on a CloudABI lock word (libc/internal/lock.h):
// uncontended locking stays in user space, waiters sleep in the runtime.
void __stdio_lock(FILE *);
bool __stdio_trylock(FILE *);
void __stdio_unlock(FILE *);

// Stream list and exit-time flushing.
void __stdio_link(FILE *);
void __stdio_unlink(FILE *);
int __stdio_flush_all(void);

// A new heap FILE with the given backend, linked into the list; flags
// from __stdio_mode.  Returns NULL with errno set.
FILE *__stdio_new(const struct stdio_ops *, int fd, unsigned flags);
// Sets up the state of a FILE object.
void __stdio_init(FILE *, const struct stdio_ops *, int fd, unsigned flags);
// Parses a mode string (r, w, a, optional + b x e in any order after the
// first letter): F_* flags plus open flags for fopenat.  -1 if invalid.
#define MODE_CREAT 0x100
#define MODE_TRUNC 0x200
#define MODE_EXCL 0x400
int __stdio_mode(const char *);

extern const struct stdio_ops __stdio_fd_ops;

// Buffer machinery; callers hold the lock.
void __stdio_buffer(FILE *);        // allocate the buffer on first use
int __stdio_write_all(FILE *, const unsigned char *, size_t);
int __stdio_drain(FILE *);          // write [buf, wpos), stay writing
int __stdio_to_write(FILE *);       // enter the writing state
int __stdio_to_read(FILE *);        // enter the reading state
size_t __stdio_fill(FILE *);        // refill the read buffer
int __stdio_underflow(FILE *);      // next byte or EOF, refilling
int __stdio_overflow(FILE *, int);  // putc slow path
int __stdio_flush(FILE *);          // write pending output, drop read-ahead
size_t __stdio_read(FILE *, void *, size_t);
size_t __stdio_write(FILE *, const void *, size_t);
off_t __stdio_tell(FILE *);         // -1 with errno set on failure
int __stdio_seek(FILE *, off_t, int);  // 0 or -1 with errno set

static inline int stdio_getc(FILE *f) {
  if (f->s.rpos < f->s.rend)
    return *f->s.rpos++;
  return __stdio_underflow(f);
}

static inline int stdio_putc(FILE *f, int c) {
  if (f->s.wpos < f->s.wend && (c != '\n' || f->s.bufmode != _IOLBF))
    return *f->s.wpos++ = (unsigned char)c;
  return __stdio_overflow(f, c);
}

// Stream orientation: entering the reading or writing state without one
// makes the stream byte oriented; the wide functions call __stdio_wide
// first, which makes it wide oriented (0), or fails with EINVAL (-1) on a
// byte-oriented stream.
static inline int __stdio_wide(FILE *f) {
  if (f->s.orient == 0)
    f->s.orient = 1;
  if (f->s.orient > 0)
    return 0;
  errno = EINVAL;
  return -1;
}

// The formatting engine writing into a stream (callers hold the lock).
int __stdio_vfprintf(FILE *, const char *, va_list);

#endif
