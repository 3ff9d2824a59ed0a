// System calls not implemented yet: they fail honestly with ENOSYS.
// (Temporary file; each call moves to its family's file when implemented.)
#include "syscalls.h"

cloudabi_errno_t sys_proc_exec(cloudabi_fd_t fd, const void *data, size_t data_len, const cloudabi_fd_t *fds, size_t fds_len) { (void)fd; (void)data; (void)data_len; (void)fds; (void)fds_len; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_proc_fork(cloudabi_fd_t *fd, cloudabi_tid_t *tid) { (void)fd; (void)tid; return CLOUDABI_ENOSYS; }
