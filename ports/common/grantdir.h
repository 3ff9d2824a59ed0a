/* Port glue for programs that open files by name (test drivers, shells).
 *
 * CloudABI has no global file system namespace, so fopen(), freopen(),
 * remove(), rename(), unlink() and access() do not exist in the libc.
 * These versions resolve a name with the *at() calls against the
 * directory the program was granted under the argdata key "cwd"
 * (cloudabi-run --dir cwd=PATH).  Without that grant every name fails
 * with ENOTCAPABLE; the runtime still refuses absolute paths and ".."
 * escapes like for any *at() call.  Ports compile it into their programs
 * (with -include grantdir.h), and into liblua.a and libsqlite3.a, whose
 * io library and VFS name files the same way. */
#ifndef PORTS_GRANTDIR_H
#define PORTS_GRANTDIR_H
#include <stdio.h>
#ifdef __cplusplus
extern "C" {
#endif
int ports_grantdir(void);
FILE *fopen(const char *, const char *);
FILE *freopen(const char *, const char *, FILE *);
int remove(const char *);
int rename(const char *, const char *);
int unlink(const char *);
int access(const char *, int);
#ifdef __cplusplus
}
#endif
#endif
