#include <cloudabi_syscalls.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>

// There are no permission bits: access is a matter of the rights the
// directory passes on to descriptors opened beneath it.
int faccessat(int fd, const char *path, int amode, int flag) {
  if ((amode & ~(R_OK | W_OK | X_OK)) != 0 ||
      (flag & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW)) != 0) {
    errno = EINVAL;
    return -1;
  }
  cloudabi_fdstat_t dir;
  cloudabi_errno_t error = cloudabi_sys_fd_stat_get((cloudabi_fd_t)fd, &dir);
  if (error != 0) {
    errno = error;
    return -1;
  }
  cloudabi_lookup_t lookup = {
      .fd = (cloudabi_fd_t)fd,
      .flags = (flag & AT_SYMLINK_NOFOLLOW) ? 0 : CLOUDABI_LOOKUP_SYMLINK_FOLLOW,
  };
  cloudabi_filestat_t fs;
  error = cloudabi_sys_file_stat_get(lookup, path, strlen(path), &fs);
  if (error != 0) {
    errno = error;
    return -1;
  }
  bool directory = fs.st_filetype == CLOUDABI_FILETYPE_DIRECTORY;
  cloudabi_rights_t need = 0;
  if (amode & R_OK)
    need |= directory ? CLOUDABI_RIGHT_FILE_READDIR : CLOUDABI_RIGHT_FD_READ;
  if (amode & W_OK)
    need |= directory ? CLOUDABI_RIGHT_FILE_CREATE_FILE : CLOUDABI_RIGHT_FD_WRITE;
  if (amode & X_OK)
    need |= directory ? CLOUDABI_RIGHT_FILE_OPEN : CLOUDABI_RIGHT_PROC_EXEC;
  if ((dir.fs_rights_inheriting & need) != need) {
    errno = EACCES;
    return -1;
  }
  return 0;
}
