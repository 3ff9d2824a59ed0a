// System calls not implemented yet: they fail honestly with ENOSYS.
// (Temporary file; each call moves to its family's file when implemented.)
#include "syscalls.h"

cloudabi_errno_t sys_condvar_signal(_Atomic(cloudabi_condvar_t) *condvar, cloudabi_scope_t scope, cloudabi_nthreads_t nwaiters) { (void)condvar; (void)scope; (void)nwaiters; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_advise(cloudabi_fd_t fd, cloudabi_filesize_t offset, cloudabi_filesize_t len, cloudabi_advice_t advice) { (void)fd; (void)offset; (void)len; (void)advice; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_allocate(cloudabi_fd_t fd, cloudabi_filesize_t offset, cloudabi_filesize_t len) { (void)fd; (void)offset; (void)len; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_create(cloudabi_fd_t fd, const char *path, size_t path_len, cloudabi_filetype_t type) { (void)fd; (void)path; (void)path_len; (void)type; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_link(cloudabi_lookup_t fd1, const char *path1, size_t path1_len, cloudabi_fd_t fd2, const char *path2, size_t path2_len) { (void)fd1; (void)path1; (void)path1_len; (void)fd2; (void)path2; (void)path2_len; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_open(cloudabi_lookup_t dirfd, const char *path, size_t path_len, cloudabi_oflags_t oflags, const cloudabi_fdstat_t *fds, cloudabi_fd_t *fd) { (void)dirfd; (void)path; (void)path_len; (void)oflags; (void)fds; (void)fd; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_readdir(cloudabi_fd_t fd, void *buf, size_t buf_len, cloudabi_dircookie_t cookie, size_t *bufused) { (void)fd; (void)buf; (void)buf_len; (void)cookie; (void)bufused; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_readlink(cloudabi_fd_t fd, const char *path, size_t path_len, char *buf, size_t buf_len, size_t *bufused) { (void)fd; (void)path; (void)path_len; (void)buf; (void)buf_len; (void)bufused; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_rename(cloudabi_fd_t fd1, const char *path1, size_t path1_len, cloudabi_fd_t fd2, const char *path2, size_t path2_len) { (void)fd1; (void)path1; (void)path1_len; (void)fd2; (void)path2; (void)path2_len; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_stat_fget(cloudabi_fd_t fd, cloudabi_filestat_t *buf) { (void)fd; (void)buf; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_stat_fput(cloudabi_fd_t fd, const cloudabi_filestat_t *buf, cloudabi_fsflags_t flags) { (void)fd; (void)buf; (void)flags; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_stat_get(cloudabi_lookup_t fd, const char *path, size_t path_len, cloudabi_filestat_t *buf) { (void)fd; (void)path; (void)path_len; (void)buf; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_stat_put(cloudabi_lookup_t fd, const char *path, size_t path_len, const cloudabi_filestat_t *buf, cloudabi_fsflags_t flags) { (void)fd; (void)path; (void)path_len; (void)buf; (void)flags; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_symlink(const char *path1, size_t path1_len, cloudabi_fd_t fd, const char *path2, size_t path2_len) { (void)path1; (void)path1_len; (void)fd; (void)path2; (void)path2_len; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_file_unlink(cloudabi_fd_t fd, const char *path, size_t path_len, cloudabi_ulflags_t flags) { (void)fd; (void)path; (void)path_len; (void)flags; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_lock_unlock(_Atomic(cloudabi_lock_t) *lock, cloudabi_scope_t scope) { (void)lock; (void)scope; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_poll(const cloudabi_subscription_t *in, cloudabi_event_t *out, size_t nsubscriptions, size_t *nevents) { (void)in; (void)out; (void)nsubscriptions; (void)nevents; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_proc_exec(cloudabi_fd_t fd, const void *data, size_t data_len, const cloudabi_fd_t *fds, size_t fds_len) { (void)fd; (void)data; (void)data_len; (void)fds; (void)fds_len; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_proc_fork(cloudabi_fd_t *fd, cloudabi_tid_t *tid) { (void)fd; (void)tid; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_sock_recv(cloudabi_fd_t sock, const cloudabi_recv_in_t *in, cloudabi_recv_out_t *out) { (void)sock; (void)in; (void)out; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_sock_send(cloudabi_fd_t sock, const cloudabi_send_in_t *in, cloudabi_send_out_t *out) { (void)sock; (void)in; (void)out; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_sock_shutdown(cloudabi_fd_t sock, cloudabi_sdflags_t how) { (void)sock; (void)how; return CLOUDABI_ENOSYS; }
cloudabi_errno_t sys_thread_create(cloudabi_threadattr_t *attr, cloudabi_tid_t *tid) { (void)attr; (void)tid; return CLOUDABI_ENOSYS; }
