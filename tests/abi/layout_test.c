// Struct layouts and constants of the generated headers, compared with the
// numbers of the CloudABI v1 specification typed in by hand (not derived
// from the ABI description the headers come from).
#include <cloudabi_syscalls_info.h>
#include <cloudabi_types.h>
#include <stddef.h>

#include "harness.h"

#define LAYOUT(type, size, align) \
  ASSERT_EQ(sizeof(type), size);  \
  ASSERT_EQ(_Alignof(type), align)

TEST(struct_sizes) {
  LAYOUT(cloudabi_auxv_t, 16, 8);
  LAYOUT(cloudabi_ciovec_t, 16, 8);
  LAYOUT(cloudabi_iovec_t, 16, 8);
  LAYOUT(cloudabi_dirent_t, 24, 8);
  LAYOUT(cloudabi_event_t, 32, 8);
  LAYOUT(cloudabi_fdstat_t, 24, 8);
  LAYOUT(cloudabi_filestat_t, 56, 8);
  LAYOUT(cloudabi_lookup_t, 8, 4);
  LAYOUT(cloudabi_recv_in_t, 40, 8);
  LAYOUT(cloudabi_recv_out_t, 64, 8);
  LAYOUT(cloudabi_send_in_t, 40, 8);
  LAYOUT(cloudabi_send_out_t, 8, 8);
  LAYOUT(cloudabi_subscription_t, 56, 8);
  LAYOUT(cloudabi_tcb_t, 8, 8);
  LAYOUT(cloudabi_threadattr_t, 32, 8);
}

TEST(struct_offsets) {
  ASSERT_EQ(offsetof(cloudabi_auxv_t, a_val), 8);
  ASSERT_EQ(offsetof(cloudabi_dirent_t, d_namlen), 16);
  ASSERT_EQ(offsetof(cloudabi_dirent_t, d_type), 20);
  ASSERT_EQ(offsetof(cloudabi_event_t, error), 8);
  ASSERT_EQ(offsetof(cloudabi_event_t, type), 10);
  ASSERT_EQ(offsetof(cloudabi_event_t, fd_readwrite.nbytes), 16);
  ASSERT_EQ(offsetof(cloudabi_event_t, fd_readwrite.flags), 28);
  ASSERT_EQ(offsetof(cloudabi_event_t, proc_terminate.signal), 20);
  ASSERT_EQ(offsetof(cloudabi_event_t, proc_terminate.exitcode), 24);
  ASSERT_EQ(offsetof(cloudabi_fdstat_t, fs_flags), 2);
  ASSERT_EQ(offsetof(cloudabi_fdstat_t, fs_rights_base), 8);
  ASSERT_EQ(offsetof(cloudabi_fdstat_t, fs_rights_inheriting), 16);
  ASSERT_EQ(offsetof(cloudabi_filestat_t, st_filetype), 16);
  ASSERT_EQ(offsetof(cloudabi_filestat_t, st_nlink), 20);
  ASSERT_EQ(offsetof(cloudabi_filestat_t, st_size), 24);
  ASSERT_EQ(offsetof(cloudabi_filestat_t, st_ctim), 48);
  ASSERT_EQ(offsetof(cloudabi_lookup_t, flags), 4);
  ASSERT_EQ(offsetof(cloudabi_recv_in_t, ri_fds), 16);
  ASSERT_EQ(offsetof(cloudabi_recv_in_t, ri_flags), 32);
  ASSERT_EQ(offsetof(cloudabi_recv_out_t, ro_fdslen), 8);
  ASSERT_EQ(offsetof(cloudabi_recv_out_t, ro_flags), 56);
  ASSERT_EQ(offsetof(cloudabi_send_in_t, si_fds_len), 24);
  ASSERT_EQ(offsetof(cloudabi_send_in_t, si_flags), 32);
  ASSERT_EQ(offsetof(cloudabi_subscription_t, type), 10);
  ASSERT_EQ(offsetof(cloudabi_subscription_t, clock.identifier), 16);
  ASSERT_EQ(offsetof(cloudabi_subscription_t, clock.clock_id), 24);
  ASSERT_EQ(offsetof(cloudabi_subscription_t, clock.timeout), 32);
  ASSERT_EQ(offsetof(cloudabi_subscription_t, clock.precision), 40);
  ASSERT_EQ(offsetof(cloudabi_subscription_t, clock.flags), 48);
  ASSERT_EQ(offsetof(cloudabi_subscription_t, condvar.lock), 24);
  ASSERT_EQ(offsetof(cloudabi_subscription_t, condvar.condvar_scope), 32);
  ASSERT_EQ(offsetof(cloudabi_subscription_t, condvar.lock_scope), 33);
  ASSERT_EQ(offsetof(cloudabi_subscription_t, fd_readwrite.flags), 20);
  ASSERT_EQ(offsetof(cloudabi_subscription_t, lock.lock_scope), 24);
  ASSERT_EQ(offsetof(cloudabi_threadattr_t, stack), 8);
  ASSERT_EQ(offsetof(cloudabi_threadattr_t, stack_len), 16);
  ASSERT_EQ(offsetof(cloudabi_threadattr_t, argument), 24);
}

TEST(scalar_widths) {
  ASSERT_EQ(sizeof(cloudabi_errno_t), 2);
  ASSERT_EQ(sizeof(cloudabi_rights_t), 8);
  ASSERT_EQ(sizeof(cloudabi_filetype_t), 1);
  ASSERT_EQ(sizeof(cloudabi_lookupflags_t), 4);
  ASSERT_EQ(sizeof(cloudabi_mflags_t), 1);
  ASSERT_EQ(sizeof(cloudabi_filedelta_t), 8);
  ASSERT_TRUE((cloudabi_filedelta_t)-1 < 0);
}

TEST(constants) {
  ASSERT_EQ(CLOUDABI_ENOTCAPABLE, 76);
  ASSERT_EQ(CLOUDABI_EXDEV, 75);
  ASSERT_EQ(CLOUDABI_E2BIG, 1);
  ASSERT_EQ(CLOUDABI_ENOSYS, 52);
  ASSERT_EQ(CLOUDABI_AT_SYSINFO_EHDR, 262);
  ASSERT_EQ(CLOUDABI_AT_PID, 263);
  ASSERT_EQ(CLOUDABI_FILETYPE_SOCKET_STREAM, 0x82);
  ASSERT_EQ(CLOUDABI_FILETYPE_SYMBOLIC_LINK, 0x90);
  ASSERT_EQ(CLOUDABI_LOCK_WRLOCKED, 0x40000000);
  ASSERT_EQ(CLOUDABI_LOCK_KERNEL_MANAGED, 0x80000000);
  ASSERT_EQ(CLOUDABI_WHENCE_SET, 3);
  ASSERT_EQ(CLOUDABI_SIGXFSZ, 26);
  ASSERT_EQ(CLOUDABI_PROCESS_CHILD, 0xffffffff);
  ASSERT_EQ(CLOUDABI_RIGHT_SOCK_SHUTDOWN, 0x0000008000000000ULL);
  ASSERT_EQ(CLOUDABI_RIGHT_PROC_EXEC, 0x0000000100000000ULL);
  ASSERT_EQ(CLOUDABI_RIGHT_POLL_PROC_TERMINATE, 0x40000000);
  ASSERT_EQ(CLOUDABI_SUBSCRIPTION_CLOCK_ABSTIME, 1);
  ASSERT_EQ(CLOUDABI_SCOPE_SHARED, 8);
}

TEST(all_rights_together) {
  cloudabi_rights_t all =
      CLOUDABI_RIGHT_FD_DATASYNC | CLOUDABI_RIGHT_FD_READ | CLOUDABI_RIGHT_FD_SEEK |
      CLOUDABI_RIGHT_FD_STAT_PUT_FLAGS | CLOUDABI_RIGHT_FD_SYNC | CLOUDABI_RIGHT_FD_TELL |
      CLOUDABI_RIGHT_FD_WRITE | CLOUDABI_RIGHT_FILE_ADVISE | CLOUDABI_RIGHT_FILE_ALLOCATE |
      CLOUDABI_RIGHT_FILE_CREATE_DIRECTORY | CLOUDABI_RIGHT_FILE_CREATE_FILE |
      CLOUDABI_RIGHT_FILE_LINK_SOURCE | CLOUDABI_RIGHT_FILE_LINK_TARGET |
      CLOUDABI_RIGHT_FILE_OPEN | CLOUDABI_RIGHT_FILE_READDIR | CLOUDABI_RIGHT_FILE_READLINK |
      CLOUDABI_RIGHT_FILE_RENAME_SOURCE | CLOUDABI_RIGHT_FILE_RENAME_TARGET |
      CLOUDABI_RIGHT_FILE_STAT_FGET | CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE |
      CLOUDABI_RIGHT_FILE_STAT_FPUT_TIMES | CLOUDABI_RIGHT_FILE_STAT_GET |
      CLOUDABI_RIGHT_FILE_STAT_PUT_TIMES | CLOUDABI_RIGHT_FILE_SYMLINK |
      CLOUDABI_RIGHT_FILE_UNLINK | CLOUDABI_RIGHT_MEM_MAP | CLOUDABI_RIGHT_MEM_MAP_EXEC |
      CLOUDABI_RIGHT_POLL_FD_READWRITE | CLOUDABI_RIGHT_POLL_PROC_TERMINATE |
      CLOUDABI_RIGHT_PROC_EXEC | CLOUDABI_RIGHT_SOCK_SHUTDOWN;
  ASSERT_EQ(all, 0x000000815ffff7ffULL);
}

#define COUNT_ONE(name) +1
TEST(forty_nine_syscalls) {
  ASSERT_EQ(0 CLOUDABI_SYSCALL_NAMES(COUNT_ONE), 49);
  ASSERT_EQ(CLOUDABI_SYSCALL_COUNT, 49);
}
