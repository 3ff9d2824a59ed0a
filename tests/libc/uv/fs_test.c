// uv_fs_* on a file in the test's directory, synchronous (no callback)
// and through the thread pool.
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include "harness.h"

static int open_tmp(const char *name) {
  return openat(test_tmpdir(), name, O_RDWR | O_CREAT | O_TRUNC, 0644);
}

TEST(fs_sync) {
  uv_loop_t loop;
  uv_fs_t req;
  ASSERT_EQ(uv_loop_init(&loop), 0);
  int fd = open_tmp("sync");
  ASSERT_TRUE(fd >= 0);

  char a[] = "hello ", b[] = "world";
  uv_buf_t w[2] = {uv_buf_init(a, 6), uv_buf_init(b, 5)};
  ASSERT_EQ(uv_fs_write(&loop, &req, fd, w, 2, -1, NULL), 11);
  ASSERT_EQ(req.result, 11);
  ASSERT_EQ(req.fs_type, UV_FS_WRITE);
  ASSERT_EQ(req.type, UV_FS);
  uv_fs_req_cleanup(&req);
  // Positioned write, then positioned and sequential reads.
  uv_buf_t w2 = uv_buf_init("W", 1);
  ASSERT_EQ(uv_fs_write(&loop, &req, fd, &w2, 1, 6, NULL), 1);
  uv_fs_req_cleanup(&req);
  char buf[32];
  memset(buf, 0, sizeof(buf));
  uv_buf_t r = uv_buf_init(buf, sizeof(buf));
  ASSERT_EQ(uv_fs_read(&loop, &req, fd, &r, 1, 0, NULL), 11);
  ASSERT_STREQ(buf, "hello World");
  uv_fs_req_cleanup(&req);
  ASSERT_EQ(uv_fs_read(&loop, &req, fd, &r, 1, -1, NULL), 0);  // at the end
  uv_fs_req_cleanup(&req);

  ASSERT_EQ(uv_fs_fstat(&loop, &req, fd, NULL), 0);
  ASSERT_EQ(req.statbuf.st_size, 11);
  ASSERT_TRUE(S_ISREG(req.statbuf.st_mode));
  uv_fs_req_cleanup(&req);
  ASSERT_EQ(uv_fs_ftruncate(&loop, &req, fd, 5, NULL), 0);
  uv_fs_req_cleanup(&req);
  ASSERT_EQ(uv_fs_fstat(&loop, &req, fd, NULL), 0);
  ASSERT_EQ(req.statbuf.st_size, 5);
  uv_fs_req_cleanup(&req);
  ASSERT_EQ(uv_fs_fsync(&loop, &req, fd, NULL), 0);
  uv_fs_req_cleanup(&req);
  ASSERT_EQ(uv_fs_fdatasync(&loop, &req, fd, NULL), 0);
  uv_fs_req_cleanup(&req);

  ASSERT_EQ(uv_fs_futime(&loop, &req, fd, 1000000.25, 2000000.5, NULL), 0);
  uv_fs_req_cleanup(&req);
  ASSERT_EQ(uv_fs_fstat(&loop, &req, fd, NULL), 0);
  ASSERT_EQ(req.statbuf.st_atim.tv_sec, 1000000);
  ASSERT_EQ(req.statbuf.st_mtim.tv_sec, 2000000);
  ASSERT_EQ(req.statbuf.st_mtim.tv_nsec, 500000000);
  uv_fs_req_cleanup(&req);

  // sendfile copies from an offset of the input to the output's position.
  int out = open_tmp("sync-copy");
  ASSERT_TRUE(out >= 0);
  ASSERT_EQ(uv_fs_sendfile(&loop, &req, out, fd, 1, 100, NULL), 4);
  uv_fs_req_cleanup(&req);
  memset(buf, 0, sizeof(buf));
  ASSERT_EQ(pread(out, buf, sizeof(buf), 0), 4);
  ASSERT_STREQ(buf, "ello");

  ASSERT_EQ(uv_fs_close(&loop, &req, out, NULL), 0);
  uv_fs_req_cleanup(&req);
  // Errors are negative UV_E* codes, in the result too.
  ASSERT_EQ(uv_fs_close(&loop, &req, out, NULL), UV_EBADF);
  ASSERT_EQ(req.result, UV_EBADF);
  uv_fs_req_cleanup(&req);
  ASSERT_EQ(uv_fs_read(&loop, &req, fd, NULL, 0, 0, NULL), UV_EINVAL);
  ASSERT_EQ(uv_fs_close(&loop, &req, fd, NULL), 0);
  uv_fs_req_cleanup(&req);
  ASSERT_FALSE(uv_loop_alive(&loop));
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

static char step_trace[64];
static int the_fd, the_out;
static char rbuf[64];
static uv_buf_t many[6];
static char pieces[6][4] = {"a", "bb", "ccc", "dd", "e", "ff"};

static void step(uv_fs_t *req);

static void next(uv_loop_t *loop, uv_fs_t *req, int n) {
  int r = 0;
  switch (n) {
    case 1:  // six buffers: more than fit in the request itself
      for (int i = 0; i < 6; ++i)
        many[i] = uv_buf_init(pieces[i], (unsigned int)strlen(pieces[i]));
      r = uv_fs_write(loop, req, the_fd, many, 6, 0, step);
      break;
    case 2:
      r = uv_fs_fsync(loop, req, the_fd, step);
      break;
    case 3: {
      uv_buf_t b = uv_buf_init(rbuf, sizeof(rbuf));
      r = uv_fs_read(loop, req, the_fd, &b, 1, 0, step);
      break;
    }
    case 4:
      r = uv_fs_ftruncate(loop, req, the_fd, 3, step);
      break;
    case 5:
      r = uv_fs_fstat(loop, req, the_fd, step);
      break;
    case 6:
      r = uv_fs_sendfile(loop, req, the_out, the_fd, 0, 3, step);
      break;
    case 7:
      r = uv_fs_futime(loop, req, the_fd, 10.0, 20.0, step);
      break;
    case 8:
      r = uv_fs_fdatasync(loop, req, the_fd, step);
      break;
    case 9:
      r = uv_fs_close(loop, req, the_out, step);
      break;
    case 10:
      r = uv_fs_close(loop, req, the_out, step);  // already closed
      break;
    default:
      return;
  }
  ASSERT_EQ(r, 0);  // queued
}

static int steps;
static void step(uv_fs_t *req) {
  char s[16];
  int n = (int)req->result;
  if (req->fs_type == UV_FS_FSTAT)
    n = (int)req->statbuf.st_size;
  snprintf(s, sizeof(s), "%d:%d ", req->fs_type, n);
  strncat(step_trace, s, sizeof(step_trace) - strlen(step_trace) - 1);
  uv_fs_req_cleanup(req);
  next(req->loop, req, ++steps);
}

TEST(fs_async_chain) {
  uv_loop_t loop;
  uv_fs_t req;
  ASSERT_EQ(uv_loop_init(&loop), 0);
  the_fd = open_tmp("async");
  the_out = open_tmp("async-copy");
  ASSERT_TRUE(the_fd >= 0 && the_out >= 0);
  step_trace[0] = '\0';
  steps = 1;
  next(&loop, &req, 1);
  ASSERT_TRUE(uv_loop_alive(&loop));  // the request keeps it alive
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  char expect[64];
  snprintf(expect, sizeof(expect), "%d:11 %d:0 %d:11 %d:0 %d:3 %d:3 %d:0 %d:0 %d:0 %d:%d ",
           UV_FS_WRITE, UV_FS_FSYNC, UV_FS_READ, UV_FS_FTRUNCATE, UV_FS_FSTAT,
           UV_FS_SENDFILE, UV_FS_FUTIME, UV_FS_FDATASYNC, UV_FS_CLOSE,
           UV_FS_CLOSE, UV_EBADF);
  ASSERT_STREQ(step_trace, expect);
  ASSERT_MEMEQ(rbuf, "abbcccddeff", 11);
  struct stat st;
  ASSERT_EQ(fstat(the_fd, &st), 0);
  ASSERT_EQ(st.st_mtim.tv_sec, 20);
  char buf[8] = {0};
  int copy = openat(test_tmpdir(), "async-copy", O_RDONLY);
  ASSERT_EQ(read(copy, buf, sizeof(buf)), 3);
  ASSERT_STREQ(buf, "abb");
  close(copy);
  close(the_fd);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

TEST(fs_write_many_buffers) {
  uv_loop_t loop;
  uv_fs_t req;
  ASSERT_EQ(uv_loop_init(&loop), 0);
  int fd = open_tmp("many");
  ASSERT_TRUE(fd >= 0);
  // More buffers than one writev takes here: all of them are written.
  static char bytes[100];
  uv_buf_t bufs[100];
  for (int i = 0; i < 100; ++i) {
    bytes[i] = (char)('0' + i % 10);
    bufs[i] = uv_buf_init(&bytes[i], i == 50 ? 0 : 1);
  }
  ASSERT_EQ(uv_fs_write(&loop, &req, fd, bufs, 100, 0, NULL), 99);
  uv_fs_req_cleanup(&req);
  char back[128];
  ASSERT_EQ(pread(fd, back, sizeof(back), 0), 99);
  ASSERT_MEMEQ(back, bytes, 50);
  ASSERT_MEMEQ(back + 50, bytes + 51, 49);
  // Reads fill at most one call's worth of buffers.
  char small[100];
  for (int i = 0; i < 100; ++i)
    bufs[i] = uv_buf_init(&small[i], 1);
  ssize_t r = uv_fs_read(&loop, &req, fd, bufs, 100, 0, NULL);
  ASSERT_TRUE(r >= 16 && r <= 99);
  ASSERT_MEMEQ(small, back, (size_t)r);
  uv_fs_req_cleanup(&req);
  close(fd);
  ASSERT_EQ(uv_loop_close(&loop), 0);
}
