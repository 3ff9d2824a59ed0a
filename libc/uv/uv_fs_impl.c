#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "uv_impl.h"

#define MAX_IOV 64

static ssize_t result(ssize_t r) {
  return r < 0 ? __uv_error(errno) : r;
}

static int fill_iov(const uv_buf_t *bufs, unsigned int nbufs,
                    struct iovec *iov) {
  int n = nbufs < MAX_IOV ? (int)nbufs : MAX_IOV;
  for (int i = 0; i < n; ++i)
    iov[i] = (struct iovec){.iov_base = bufs[i].base, .iov_len = bufs[i].len};
  return n;
}

// A negative offset means the descriptor's current position.  Reads are
// one call (at most MAX_IOV buffers), as in libuv.
static ssize_t do_read(uv_fs_t *req) {
  struct iovec iov[MAX_IOV];
  int n = fill_iov(req->__bufs, req->__nbufs, iov);
  off_t off = req->__offset;
  return result(off < 0 ? readv(req->__file, iov, n)
                        : preadv(req->__file, iov, n, off));
}

// Writes go on after short writes until every buffer is out, as in libuv;
// the request's copy of the buffers is consumed on the way.
static ssize_t do_write(uv_fs_t *req) {
  uv_buf_t *bufs = req->__bufs;
  unsigned int nbufs = req->__nbufs;
  off_t off = req->__offset;
  ssize_t total = 0;
  while (nbufs > 0) {
    struct iovec iov[MAX_IOV];
    int n = fill_iov(bufs, nbufs, iov);
    ssize_t r = off < 0 ? writev(req->__file, iov, n)
                        : pwritev(req->__file, iov, n, off + total);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      return total > 0 ? total : result(r);
    total += r;
    for (size_t left = (size_t)r; left > 0 || (nbufs > 0 && bufs->len == 0);) {
      if (left < bufs->len) {
        bufs->base += left;
        bufs->len -= left;
        break;
      }
      left -= bufs->len;
      ++bufs;
      --nbufs;
    }
  }
  return total;
}

// Copies through a buffer: reads at the given offset of the input,
// writes at the output's position.
static ssize_t do_sendfile(uv_fs_t *req) {
  char buf[8192];
  size_t done = 0;
  while (done < req->__length) {
    size_t want = req->__length - done < sizeof(buf) ? req->__length - done
                                                     : sizeof(buf);
    ssize_t n = pread(req->__file, buf, want, req->__offset + (off_t)done);
    if (n < 0)
      return done > 0 ? (ssize_t)done : result(n);
    if (n == 0)
      break;
    for (ssize_t w = 0; w < n;) {
      ssize_t m = write(req->__out, buf + w, (size_t)(n - w));
      if (m < 0)
        return done > 0 ? (ssize_t)(done + (size_t)w) : result(m);
      w += m;
    }
    done += (size_t)n;
  }
  return (ssize_t)done;
}

static uv_timespec_t timespec_of(struct timespec ts) {
  return (uv_timespec_t){.tv_sec = ts.tv_sec, .tv_nsec = ts.tv_nsec};
}

static ssize_t do_fstat(uv_fs_t *req) {
  struct stat st;
  if (fstat(req->__file, &st) != 0)
    return result(-1);
  memset(&req->statbuf, 0, sizeof(req->statbuf));
  req->statbuf.st_dev = st.st_dev;
  req->statbuf.st_mode = st.st_mode;
  req->statbuf.st_nlink = st.st_nlink;
  req->statbuf.st_ino = st.st_ino;
  req->statbuf.st_size = (uint64_t)st.st_size;
  req->statbuf.st_atim = timespec_of(st.st_atim);
  req->statbuf.st_mtim = timespec_of(st.st_mtim);
  req->statbuf.st_ctim = timespec_of(st.st_ctim);
  req->statbuf.st_birthtim = timespec_of(st.st_ctim);
  return 0;
}

static struct timespec timespec_from(double t) {
  struct timespec ts;
  ts.tv_sec = (time_t)t;
  ts.tv_nsec = (long)((t - (double)ts.tv_sec) * 1e9);
  if (ts.tv_nsec < 0) {
    --ts.tv_sec;
    ts.tv_nsec += 1000000000;
  }
  return ts;
}

static ssize_t execute(uv_fs_t *req) {
  switch (req->fs_type) {
    case UV_FS_READ:
      return do_read(req);
    case UV_FS_WRITE:
      return do_write(req);
    case UV_FS_SENDFILE:
      return do_sendfile(req);
    case UV_FS_FSTAT:
      return do_fstat(req);
    case UV_FS_FTRUNCATE:
      return result(ftruncate(req->__file, req->__offset));
    case UV_FS_FUTIME: {
      struct timespec ts[2] = {timespec_from(req->__atime),
                               timespec_from(req->__mtime)};
      return result(futimens(req->__file, ts));
    }
    case UV_FS_FSYNC:
      return result(fsync(req->__file));
    case UV_FS_FDATASYNC:
      return result(fdatasync(req->__file));
    case UV_FS_CLOSE:
      return result(close(req->__file));
    default:
      return UV_ENOSYS;
  }
}

static void work(struct __uv_work *w) {
  uv_fs_t *req = __uv_container(w, uv_fs_t, __work);
  req->result = execute(req);
}

static void done(struct __uv_work *w, int status) {
  uv_fs_t *req = __uv_container(w, uv_fs_t, __work);
  __uv_req_unregister(req->loop);
  if (status != 0)
    req->result = status;
  req->cb(req);
}

int __uv_fs_submit_bufs(uv_loop_t *loop, uv_fs_t *req, uv_fs_type type,
                        uv_file file, const uv_buf_t *bufs, unsigned int nbufs,
                        int64_t offset, uv_fs_cb cb) {
  if (bufs == NULL || nbufs == 0)
    return UV_EINVAL;
  req->__bufs = req->__small;
  if (nbufs > sizeof(req->__small) / sizeof(req->__small[0])) {
    req->__bufs = malloc(nbufs * sizeof(*bufs));
    if (req->__bufs == NULL)
      return UV_ENOMEM;
  }
  memcpy(req->__bufs, bufs, nbufs * sizeof(*bufs));
  req->__nbufs = nbufs;
  req->__offset = offset;
  return __uv_fs_submit(loop, req, type, file, cb);
}

// The caller has filled in the operation's arguments.
int __uv_fs_submit(uv_loop_t *loop, uv_fs_t *req, uv_fs_type type,
                   uv_file file, uv_fs_cb cb) {
  req->type = UV_FS;
  req->fs_type = type;
  req->loop = loop;
  req->cb = cb;
  req->__file = file;
  req->__work.__state = 0;
  if (cb == NULL) {
    req->result = execute(req);
    return (int)req->result;
  }
  req->result = 0;
  __uv_req_register(loop, (uv_req_t *)req, UV_FS);
  __uv_work_submit(loop, &req->__work, work, done);
  return 0;
}
