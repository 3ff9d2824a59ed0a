// mmap() of anonymous memory, files and shared memory objects.
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "posixtest.h"

TEST(mmap_anonymous) {
  long page = sysconf(_SC_PAGESIZE);
  char *p = mmap(NULL, (size_t)page * 4, PROT_READ | PROT_WRITE, MAP_ANON | MAP_PRIVATE, -1, 0);
  ASSERT_TRUE(p != MAP_FAILED);
  ASSERT_EQ((unsigned long)p % (unsigned long)page, 0);
  for (long i = 0; i < page * 4; i++)
    ASSERT_EQ(p[i], 0);
  memset(p, 0x5a, (size_t)page * 4);
  ASSERT_EQ(mprotect(p, (size_t)page, PROT_READ), 0);
  ASSERT_EQ(p[10], 0x5a);
  // W^X.
  ASSERT_ERRNO(mprotect(p, (size_t)page, PROT_WRITE | PROT_EXEC), ENOTSUP);
  ASSERT_ERRNO(mprotect(p, (size_t)page, 0x80), EINVAL);
  ASSERT_EQ(madvise(p, (size_t)page * 4, MADV_SEQUENTIAL), 0);
  ASSERT_EQ(posix_madvise(p, (size_t)page * 4, POSIX_MADV_WILLNEED), 0);
  ASSERT_EQ(posix_madvise(p, (size_t)page, 42), EINVAL);
  ASSERT_ERRNO(madvise(p, (size_t)page, 42), EINVAL);
  // MAP_FIXED over part of it.
  char *q = mmap(p + page * 2, (size_t)page, PROT_READ | PROT_WRITE,
                 MAP_ANONYMOUS | MAP_PRIVATE | MAP_FIXED, -1, 0);
  ASSERT_TRUE(q == p + page * 2);
  ASSERT_EQ(q[0], 0);
  ASSERT_EQ(p[page * 3], 0x5a);
  ASSERT_EQ(munmap(p, (size_t)page * 4), 0);
  // Errors.
  ASSERT_ERRNO(munmap(p + 1, (size_t)page), EINVAL);
  ASSERT_TRUE(mmap(NULL, 0, PROT_READ, MAP_ANON | MAP_PRIVATE, -1, 0) == MAP_FAILED);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_TRUE(mmap(NULL, 4096, PROT_READ, MAP_ANON, -1, 0) == MAP_FAILED);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_TRUE(mmap(NULL, 4096, PROT_READ, MAP_ANON | MAP_PRIVATE | MAP_SHARED, -1, 0) ==
              MAP_FAILED);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_TRUE(mmap(NULL, 4096, PROT_READ, MAP_ANON | MAP_PRIVATE, -1, 4096) == MAP_FAILED);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_TRUE(mmap(NULL, 4096, PROT_WRITE | PROT_EXEC, MAP_ANON | MAP_PRIVATE, -1, 0) ==
              MAP_FAILED);
  ASSERT_EQ(errno, ENOTSUP);
}

TEST(mmap_file) {
  int dir = test_tmpdir();
  long page = sysconf(_SC_PAGESIZE);
  int fd = openat(dir, "mapped", O_RDWR | O_CREAT | O_TRUNC, 0600);
  ASSERT_TRUE(fd >= 0);
  ASSERT_EQ(ftruncate(fd, page * 2), 0);
  ASSERT_EQ(pwrite(fd, "first page", 10, 0), 10);
  ASSERT_EQ(pwrite(fd, "second", 6, page), 6);
  // Shared: writes reach the file.
  char *m = mmap(NULL, (size_t)page * 2, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  ASSERT_TRUE(m != MAP_FAILED);
  ASSERT_MEMEQ(m, "first page", 10);
  ASSERT_MEMEQ(m + page, "second", 6);
  memcpy(m + 100, "via memory", 10);
  ASSERT_EQ(msync(m, (size_t)page * 2, MS_SYNC), 0);
  ASSERT_EQ(msync(m, (size_t)page, MS_ASYNC | MS_INVALIDATE), 0);
  ASSERT_ERRNO(msync(m, (size_t)page, MS_SYNC | MS_ASYNC), EINVAL);
  ASSERT_ERRNO(msync(m, (size_t)page, 0), EINVAL);
  char buf[10];
  ASSERT_EQ(pread(fd, buf, 10, 100), 10);
  ASSERT_MEMEQ(buf, "via memory", 10);
  ASSERT_EQ(munmap(m, (size_t)page * 2), 0);
  // An offset, privately: writes stay in memory.
  char *priv = mmap(NULL, (size_t)page, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, page);
  ASSERT_TRUE(priv != MAP_FAILED);
  ASSERT_MEMEQ(priv, "second", 6);
  priv[0] = 'S';
  ASSERT_EQ(pread(fd, buf, 1, page), 1);
  ASSERT_EQ(buf[0], 's');
  ASSERT_EQ(munmap(priv, (size_t)page), 0);
  close(fd);

  // Read-only descriptor: reading maps, shared writing is refused.
  fd = openat(dir, "mapped", O_RDONLY);
  ASSERT_TRUE(fd >= 0);
  char *ro = mmap(NULL, (size_t)page, PROT_READ, MAP_SHARED, fd, 0);
  ASSERT_TRUE(ro != MAP_FAILED);
  ASSERT_MEMEQ(ro, "first page", 10);
  ASSERT_EQ(munmap(ro, (size_t)page), 0);
  ASSERT_TRUE(mmap(NULL, (size_t)page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) == MAP_FAILED);
  ASSERT_EQ(errno, EACCES);
  // Without MEM_MAP nothing maps.
  ASSERT_EQ(limit_rights(fd, ~CLOUDABI_RIGHT_MEM_MAP, 0), 0);
  ASSERT_TRUE(mmap(NULL, (size_t)page, PROT_READ, MAP_PRIVATE, fd, 0) == MAP_FAILED);
  ASSERT_EQ(errno, EACCES);
  close(fd);
  ASSERT_TRUE(mmap(NULL, (size_t)page, PROT_READ, MAP_PRIVATE, -1, 0) == MAP_FAILED);
  ASSERT_EQ(errno, EBADF);
}

TEST(shm_anon) {
  long page = sysconf(_SC_PAGESIZE);
  int fd = shm_open(SHM_ANON, O_RDWR, 0600);
  ASSERT_TRUE(fd >= 0);
  struct stat st;
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_TRUE(S_TYPEISSHM(&st));
  ASSERT_EQ(st.st_size, 0);
  ASSERT_EQ(ftruncate(fd, page), 0);
  ASSERT_EQ(fstat(fd, &st), 0);
  ASSERT_EQ(st.st_size, page);
  // Two mappings of one object see each other's writes.
  char *a = mmap(NULL, (size_t)page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  char *b = mmap(NULL, (size_t)page, PROT_READ, MAP_SHARED, fd, 0);
  ASSERT_TRUE(a != MAP_FAILED && b != MAP_FAILED && a != b);
  memcpy(a, "shared", 7);
  ASSERT_STREQ(b, "shared");
  ASSERT_EQ(munmap(a, (size_t)page), 0);
  ASSERT_EQ(munmap(b, (size_t)page), 0);
  // The object reads like a file, through any descriptor for it, but has
  // no offset to seek.
  int d = dup(fd);
  char buf[6];
  ASSERT_EQ(read(d, buf, 6), 6);
  ASSERT_MEMEQ(buf, "shared", 6);
  ASSERT_ERRNO(pread(d, buf, 6, 0), ESPIPE);
  close(d);
  close(fd);

  int ro = shm_open(SHM_ANON, O_RDONLY, 0);
  ASSERT_TRUE(ro >= 0);
  ASSERT_FALSE(rights_of(ro) & CLOUDABI_RIGHT_FD_WRITE);
  ASSERT_ERRNO(ftruncate(ro, page), EBADF);
  close(ro);
  // Only anonymous objects.
  ASSERT_ERRNO(shm_open("/name", O_RDWR | O_CREAT, 0600), EINVAL);
  ASSERT_ERRNO(shm_open(SHM_ANON, O_WRONLY, 0), EINVAL);
  ASSERT_ERRNO(shm_open(SHM_ANON, O_RDWR | O_DIRECTORY, 0), EINVAL);
}
