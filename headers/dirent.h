// <dirent.h>: reading directories through directory descriptors.
//
// Omitted, and why:
//   opendir, scandir: paths are resolved only beneath a directory
//     descriptor; use fdopendir(openat(dir, path, O_RDONLY | O_DIRECTORY))
//     or opendirat() and scandirat() (global-fs).
//
// Notes:
//   readdir() returns a pointer into the DIR; it stays valid until the next
//   readdir(), rewinddir(), seekdir() or closedir() on that DIR.  Names of
//   any length are returned: the DIR's buffer grows to fit them.
//   d_name is declared with NAME_MAX + 1 bytes, so a struct dirent of the
//   caller's own has room for any name of up to NAME_MAX bytes, as
//   readdir_r() needs; it copies the entry there and fails with
//   ENAMETOOLONG rather than overflow it.  A longer name (no filesystem the
//   runtime serves produces one) is still returned by readdir(), in storage
//   that extends past d_name's declared size.
//   telldir() returns CloudABI's directory cookie of the position, which
//   seekdir() accepts for the same directory, also after rewinddir().
//   d_type holds the CloudABI file type; DT_* equal those values.  There is
//   no FIFO type: DT_FIFO is the stream socket type, as pipes are stream
//   sockets, and there is no separate DT_SOCK.  Datagram sockets, shared
//   memory and process descriptors have types without a DT_ name.
//   fdclosedir() frees the DIR and returns its descriptor, still open.
//   opendirat(), scandirat() (beneath a directory descriptor, replacing
//   opendir() and scandir()), fdclosedir() and versionsort() are
//   extensions.
//   The directory descriptor needs the FILE_READDIR right.
#ifndef _DIRENT_H_
#define _DIRENT_H_

#include <_/posix_types.h>

#ifndef _INO_T_DECLARED
#define _INO_T_DECLARED
typedef __ino_t ino_t;
#endif

#define DT_UNKNOWN 0x00
#define DT_BLK 0x10
#define DT_CHR 0x11
#define DT_DIR 0x20
#define DT_REG 0x60
#define DT_FIFO 0x82
#define DT_LNK 0x90

struct dirent {
  ino_t d_ino;
  unsigned char d_type;
  char d_name[255 + 1];
};

typedef struct __dir DIR;

_CLOUDLIBC_BEGIN
int alphasort(const struct dirent **, const struct dirent **);
int closedir(DIR *);
int dirfd(DIR *);
int fdclosedir(DIR *);
DIR *fdopendir(int);
DIR *opendirat(int, const char *);
struct dirent *readdir(DIR *);
int readdir_r(DIR *_CLOUDLIBC_RESTRICT, struct dirent *_CLOUDLIBC_RESTRICT,
              struct dirent **_CLOUDLIBC_RESTRICT);
void rewinddir(DIR *);
int scandirat(int, const char *, struct dirent ***, int (*)(const struct dirent *),
              int (*)(const struct dirent **, const struct dirent **));
void seekdir(DIR *, long);
long telldir(DIR *);
int versionsort(const struct dirent **, const struct dirent **);
_CLOUDLIBC_END

#endif
