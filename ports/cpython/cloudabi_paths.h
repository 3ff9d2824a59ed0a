/* CPython port glue: path names resolved in granted directories.
 *
 * CloudABI has no global file system namespace: open(), stat(), lstat()
 * and fopen() do not exist in the libc, only their *at() forms on granted
 * directory descriptors.  CPython calls the global forms in
 * Python/fileutils.c (_Py_open, _Py_stat, _Py_fopen_obj), in getpath (the
 * search for the standard library at start-up) and in posixmodule.c
 * (os.open, os.stat without dir_fd).  These versions map names onto the
 * directories granted in the argdata, in the spirit of WASI's preopens
 * (likewise access, mkdir, rmdir, unlink, rename and opendir, which
 * posixmodule.c calls for the os functions given a name and no dir_fd):
 *
 *   pythonhome: !file {path: ...}   the installation, seen at PREFIX
 *                                   (configure --prefix, "/python"): the
 *                                   stdlib is PREFIX/lib/python3.11
 *   cwd: !file {path: ...}          relative names (as ports/common/grantdir),
 *                                   and the grant seen at "/cwd"
 *
 * cloudabi-run --dir pythonhome=PATH:ro --dir cwd=PATH grants both.  Any
 * other absolute name fails with ENOTCAPABLE; the runtime still refuses
 * ".." escapes from a granted directory.  utimes() (os.utime by name) is
 * utimensat() there.  getcwd() answers "/cwd" (ENOENT without a cwd
 * grant, as for a removed directory); chdir() opens the new directory for
 * relative names and keeps its name for getcwd().
 *
 * setenv(), unsetenv() and putenv() (os.putenv, os.unsetenv and so
 * os.environ's item assignment) change this process's copy of environ, which getenv() reads;
 * the libc omits them because its environment is a read-only view of the
 * argdata, and children get only the environment they are given anyway.
 *
 * getpid() is a number derived from the process's UUID (program_getpid):
 * it names nothing, but tempfile and test.support need some number.
 *
 * Force-included (-include) into every CPython translation unit at make
 * time so that the calls compile unchanged. */
#ifndef CPYTHON_CLOUDABI_PATHS_H
#define CPYTHON_CLOUDABI_PATHS_H
#include <dirent.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/time.h>
#ifdef __cplusplus
extern "C" {
#endif
/* The directory that resolves PATH, and the name to use in it. */
int cloudabi_paths_resolve(const char *path, const char **rel);
int open(const char *, int, ...);
int stat(const char *__restrict, struct stat *__restrict);
int lstat(const char *__restrict, struct stat *__restrict);
FILE *fopen(const char *__restrict, const char *__restrict);
int access(const char *, int);
int mkdir(const char *, mode_t);
int rmdir(const char *);
int unlink(const char *);
int rename(const char *, const char *);
DIR *opendir(const char *);
int utimes(const char *, const struct timeval[2]);
int chdir(const char *);
char *getcwd(char *, size_t);
int setenv(const char *, const char *, int);
int unsetenv(const char *);
int putenv(char *);
int getpid(void);
#ifdef __cplusplus
}
#endif
#endif
