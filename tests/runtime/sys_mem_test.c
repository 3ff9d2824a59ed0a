// mem_* system calls and memory mappings of descriptors.
#include <harness.h>

#include "sys_test.h"

#define RW (CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE)
#define ANON_PRIVATE (CLOUDABI_MAP_ANON | CLOUDABI_MAP_PRIVATE)

TEST(anonymous_mapping_protect_unmap) {
  void *p;
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 65536, RW, ANON_PRIVATE, CLOUDABI_MAP_ANON_FD, 0, &p), 0);
  unsigned char *c = p;
  ASSERT_EQ(c[0], 0);
  c[65535] = 7;
  ASSERT_EQ(cloudabi_sys_mem_protect(p, 65536, CLOUDABI_PROT_READ), 0);
  ASSERT_EQ(c[65535], 7);
  ASSERT_EQ(cloudabi_sys_mem_advise(p, 65536, CLOUDABI_ADVICE_WILLNEED), 0);
  ASSERT_EQ(cloudabi_sys_mem_advise(p, 65536, CLOUDABI_ADVICE_DONTNEED), 0);
  ASSERT_EQ(c[65535], 7);  // advice never discards data
  ASSERT_EQ(cloudabi_sys_mem_advise(p, 65536, 0), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_mem_unmap(p, 65536), 0);
}

TEST(invalid_mappings) {
  void *p;
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, CLOUDABI_PROT_WRITE | CLOUDABI_PROT_EXEC,
                                 ANON_PRIVATE, CLOUDABI_MAP_ANON_FD, 0, &p),
            CLOUDABI_ENOTSUP);
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, 0x40, ANON_PRIVATE, CLOUDABI_MAP_ANON_FD, 0, &p),
            CLOUDABI_ENOTSUP);
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, RW, CLOUDABI_MAP_ANON, CLOUDABI_MAP_ANON_FD, 0, &p),
            CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, RW,
                                 CLOUDABI_MAP_ANON | CLOUDABI_MAP_PRIVATE | CLOUDABI_MAP_SHARED,
                                 CLOUDABI_MAP_ANON_FD, 0, &p),
            CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, RW, ANON_PRIVATE, 3, 0, &p), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, RW, ANON_PRIVATE, CLOUDABI_MAP_ANON_FD, 4096, &p),
            CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, RW, ANON_PRIVATE, CLOUDABI_MAP_ANON_FD, 0,
                                 (void **)8),
            CLOUDABI_EFAULT);
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, RW, CLOUDABI_MAP_PRIVATE, 4000, 0, &p),
            CLOUDABI_EBADF);
}

TEST(protect_enforces_w_xor_x) {
  void *p;
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, RW, ANON_PRIVATE, CLOUDABI_MAP_ANON_FD, 0, &p), 0);
  ASSERT_EQ(cloudabi_sys_mem_protect(p, 4096, CLOUDABI_PROT_WRITE | CLOUDABI_PROT_EXEC),
            CLOUDABI_ENOTSUP);
  ASSERT_EQ(cloudabi_sys_mem_protect(p, 4096, CLOUDABI_PROT_READ | CLOUDABI_PROT_EXEC), 0);
  ASSERT_EQ(cloudabi_sys_mem_unmap(p, 4096), 0);
}

TEST(sync_flags) {
  void *p;
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, RW, ANON_PRIVATE, CLOUDABI_MAP_ANON_FD, 0, &p), 0);
  ASSERT_EQ(cloudabi_sys_mem_sync(p, 4096, CLOUDABI_MS_SYNC), 0);
  ASSERT_EQ(cloudabi_sys_mem_sync(p, 4096, CLOUDABI_MS_ASYNC | CLOUDABI_MS_INVALIDATE), 0);
  ASSERT_EQ(cloudabi_sys_mem_sync(p, 4096, CLOUDABI_MS_ASYNC | CLOUDABI_MS_SYNC), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_mem_sync(p, 4096, CLOUDABI_MS_INVALIDATE), CLOUDABI_EINVAL);
  ASSERT_EQ(cloudabi_sys_mem_unmap(p, 4096), 0);
}

TEST(shared_memory_object) {
  cloudabi_fd_t shm;
  ASSERT_EQ(cloudabi_sys_fd_create1(CLOUDABI_FILETYPE_SHARED_MEMORY, &shm), 0);
  cloudabi_fdstat_t fst;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(shm, &fst), 0);
  ASSERT_EQ(fst.fs_filetype, CLOUDABI_FILETYPE_SHARED_MEMORY);
  cloudabi_filestat_t st = {.st_size = 8192};
  ASSERT_EQ(cloudabi_sys_file_stat_fput(shm, &st, CLOUDABI_FILESTAT_SIZE), 0);
  void *a, *b;
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 8192, RW, CLOUDABI_MAP_SHARED, shm, 0, &a), 0);
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 8192, CLOUDABI_PROT_READ, CLOUDABI_MAP_SHARED, shm, 0, &b),
            0);
  ((volatile char *)a)[5000] = 42;
  ASSERT_EQ(((volatile char *)b)[5000], 42);
  char c = 0;
  cloudabi_iovec_t iov = {.buf = &c, .buf_len = 1};
  size_t n;
  // Shared memory has no offset, hence no FD_SEEK: positioned reads are
  // not among its rights.
  ASSERT_EQ(cloudabi_sys_fd_pread(shm, &iov, 1, 5000, &n), CLOUDABI_ENOTCAPABLE);
  ASSERT_EQ(cloudabi_sys_file_stat_fget(shm, &st), 0);
  ASSERT_EQ(st.st_filetype, CLOUDABI_FILETYPE_SHARED_MEMORY);
  ASSERT_EQ(st.st_size, 8192);
  ASSERT_EQ(cloudabi_sys_mem_unmap(a, 8192), 0);
  ASSERT_EQ(cloudabi_sys_mem_unmap(b, 8192), 0);
  cloudabi_sys_fd_close(shm);
}

TEST(file_mapping_needs_rights) {
  cloudabi_fd_t f;
  ASSERT_EQ(sys_test_open((cloudabi_fd_t)test_tmpdir(), "mapped", CLOUDABI_O_CREAT,
                          RW_FILE_RIGHTS, 0, &f),
            0);
  size_t n;
  ASSERT_EQ(sys_test_write(f, "mapped contents", &n), 0);
  void *p;
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, CLOUDABI_PROT_READ, CLOUDABI_MAP_PRIVATE, f, 0, &p), 0);
  ASSERT_MEMEQ(p, "mapped contents", 15);
  ASSERT_EQ(cloudabi_sys_mem_unmap(p, 4096), 0);
  // Executable mappings need MEM_MAP_EXEC, which was not requested.
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, CLOUDABI_PROT_READ | CLOUDABI_PROT_EXEC,
                                 CLOUDABI_MAP_PRIVATE, f, 0, &p),
            CLOUDABI_ENOTCAPABLE);
  cloudabi_fdstat_t st;
  ASSERT_EQ(cloudabi_sys_fd_stat_get(f, &st), 0);
  st.fs_rights_base &= ~CLOUDABI_RIGHT_MEM_MAP;
  ASSERT_EQ(cloudabi_sys_fd_stat_put(f, &st, CLOUDABI_FDSTAT_RIGHTS), 0);
  ASSERT_EQ(cloudabi_sys_mem_map(NULL, 4096, CLOUDABI_PROT_READ, CLOUDABI_MAP_PRIVATE, f, 0, &p),
            CLOUDABI_ENOTCAPABLE);
  cloudabi_sys_fd_close(f);
}
