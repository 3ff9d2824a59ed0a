// Error names and messages, uv_translate_sys_error, versions, addresses,
// uv_getaddrinfo/uv_getnameinfo (numeric), uv_os_getenv, uv_getrusage,
// uv_guess_handle, uv_buf_init, uv_process_kill.
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <uv.h>

#include "harness.h"

struct entry {
  int code;
  const char *name;
  const char *message;
};

static const struct entry errors[] = {
#define ENTRY(name, message) {UV_##name, #name, message},
    UV_ERRNO_MAP(ENTRY)
#undef ENTRY
};

TEST(error_names_and_strings) {
  size_t n = sizeof(errors) / sizeof(errors[0]);
  ASSERT_EQ(n, 77);
  for (size_t i = 0; i < n; ++i) {
    ASSERT_TRUE(errors[i].code < 0);
    ASSERT_STREQ(uv_err_name(errors[i].code), errors[i].name);
    ASSERT_STREQ(uv_strerror(errors[i].code), errors[i].message);
    for (size_t j = 0; j < i; ++j)
      ASSERT_NE(errors[i].code, errors[j].code);  // all distinct
  }
  // Codes backed by errno values are their negations.
  ASSERT_EQ(UV_EAGAIN, -EAGAIN);
  ASSERT_EQ(UV_ENOENT, -ENOENT);
  ASSERT_EQ(UV_EBADF, -EBADF);
  ASSERT_EQ(UV_ECANCELED, -ECANCELED);
  ASSERT_STREQ(uv_err_name(UV_EOF), "EOF");
  ASSERT_STREQ(uv_strerror(UV_EOF), "end of file");
  ASSERT_STREQ(uv_err_name(UV_EAI_NONAME), "EAI_NONAME");
  ASSERT_STREQ(uv_err_name(-999999), "Unknown system error -999999");
  ASSERT_STREQ(uv_strerror(12345), "Unknown system error 12345");
  ASSERT_STREQ(uv_err_name(0), "Unknown system error 0");
  ASSERT_EQ(uv_translate_sys_error(EPIPE), UV_EPIPE);
  ASSERT_EQ(uv_translate_sys_error(0), 0);
  ASSERT_EQ(uv_translate_sys_error(UV_EOF), UV_EOF);
}

TEST(versions) {
  ASSERT_EQ(uv_version(), UV_VERSION_HEX);
  ASSERT_EQ(UV_VERSION_HEX >> 16, UV_VERSION_MAJOR);
  ASSERT_EQ(UV_VERSION_MAJOR, 1);
  char expect[32];
  snprintf(expect, sizeof(expect), "%d.%d.%d%s", UV_VERSION_MAJOR,
           UV_VERSION_MINOR, UV_VERSION_PATCH, UV_VERSION_SUFFIX);
  ASSERT_STREQ(uv_version_string(), expect);
}

TEST(addresses) {
  struct sockaddr_in a4;
  struct sockaddr_in6 a6;
  char name[64];
  ASSERT_EQ(uv_ip4_addr("192.168.1.20", 8080, &a4), 0);
  ASSERT_EQ(a4.sin_family, AF_INET);
  ASSERT_EQ(ntohs(a4.sin_port), 8080);
  ASSERT_EQ(uv_ip4_name(&a4, name, sizeof(name)), 0);
  ASSERT_STREQ(name, "192.168.1.20");
  ASSERT_EQ(uv_ip4_name(&a4, name, 5), UV_ENOSPC);
  ASSERT_EQ(uv_ip4_addr("300.1.1.1", 1, &a4), UV_EINVAL);
  ASSERT_EQ(uv_ip6_addr("fe80::1%7", 443, &a6), 0);
  ASSERT_EQ(a6.sin6_scope_id, 7);
  ASSERT_EQ(ntohs(a6.sin6_port), 443);
  ASSERT_EQ(uv_ip6_name(&a6, name, sizeof(name)), 0);
  ASSERT_STREQ(name, "fe80::1");
  unsigned char raw[16];
  ASSERT_EQ(uv_inet_pton(AF_INET6, "::ffff:1.2.3.4", raw), 0);
  ASSERT_EQ(uv_inet_ntop(AF_INET6, raw, name, sizeof(name)), 0);
  ASSERT_STREQ(name, "::ffff:1.2.3.4");
  ASSERT_EQ(uv_inet_pton(AF_UNIX, "x", raw), UV_EAFNOSUPPORT);
  ASSERT_EQ(uv_inet_ntop(AF_UNIX, raw, name, sizeof(name)), UV_EAFNOSUPPORT);
  size_t size = sizeof(name);
  ASSERT_EQ(uv_if_indextoname(1, NULL, &size), UV_EINVAL);
}

static int gai_status = 1;
static void gai_cb(uv_getaddrinfo_t *req, int status, struct addrinfo *res) {
  gai_status = status;
  if (status == 0) {
    ASSERT_TRUE(res == req->addrinfo);
    ASSERT_EQ(res->ai_family, AF_INET6);
    ASSERT_EQ(ntohs(((struct sockaddr_in6 *)res->ai_addr)->sin6_port), 53);
  }
  uv_freeaddrinfo(res);
}

static int gni_status = 1;
static char gni_host[64], gni_service[32];
static void gni_cb(uv_getnameinfo_t *req, int status, const char *host,
                   const char *service) {
  gni_status = status;
  if (status == 0) {
    strcpy(gni_host, host);
    strcpy(gni_service, service);
  }
}

TEST(getaddrinfo_numeric) {
  uv_loop_t loop;
  uv_getaddrinfo_t req;
  ASSERT_EQ(uv_loop_init(&loop), 0);
  struct addrinfo hints;
  memset(&hints, 0, sizeof(hints));
  hints.ai_socktype = SOCK_STREAM;
  ASSERT_EQ(uv_getaddrinfo(&loop, &req, NULL, "127.0.0.1", "80", &hints), 0);
  ASSERT_TRUE(req.addrinfo != NULL);
  ASSERT_EQ(req.addrinfo->ai_family, AF_INET);
  ASSERT_EQ(ntohs(((struct sockaddr_in *)req.addrinfo->ai_addr)->sin_port), 80);
  uv_freeaddrinfo(req.addrinfo);
  // Names cannot be resolved.
  ASSERT_EQ(uv_getaddrinfo(&loop, &req, NULL, "example.com", NULL, NULL),
            UV_EAI_NONAME);
  ASSERT_EQ(uv_getaddrinfo(&loop, &req, NULL, NULL, NULL, NULL), UV_EINVAL);

  ASSERT_EQ(uv_getaddrinfo(&loop, &req, gai_cb, "::1", "53", NULL), 0);
  ASSERT_EQ(req.type, UV_GETADDRINFO);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(gai_status, 0);
  ASSERT_EQ(uv_getaddrinfo(&loop, &req, gai_cb, "no.such.name", NULL, NULL), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(gai_status, UV_EAI_NONAME);

  struct sockaddr_in a4;
  ASSERT_EQ(uv_ip4_addr("10.0.0.7", 4242, &a4), 0);
  uv_getnameinfo_t nreq;
  ASSERT_EQ(uv_getnameinfo(&loop, &nreq, NULL, (struct sockaddr *)&a4,
                           NI_NUMERICHOST | NI_NUMERICSERV), 0);
  ASSERT_STREQ(nreq.host, "10.0.0.7");
  ASSERT_STREQ(nreq.service, "4242");
  ASSERT_EQ(uv_getnameinfo(&loop, &nreq, gni_cb, (struct sockaddr *)&a4,
                           NI_NUMERICHOST | NI_NUMERICSERV), 0);
  ASSERT_EQ(uv_run(&loop, UV_RUN_DEFAULT), 0);
  ASSERT_EQ(gni_status, 0);
  ASSERT_STREQ(gni_host, "10.0.0.7");
  ASSERT_STREQ(gni_service, "4242");
  ASSERT_EQ(uv_loop_close(&loop), 0);
}

TEST(getenv_rusage_guess) {
  char buf[8];
  size_t size = sizeof(buf);
  ASSERT_EQ(uv_os_getenv("UV_TEST_NOT_SET", buf, &size), UV_ENOENT);
  ASSERT_EQ(uv_os_getenv("X", NULL, &size), UV_EINVAL);
  uv_rusage_t ru;
  ASSERT_EQ(uv_getrusage(&ru), 0);
  ASSERT_TRUE(ru.ru_utime.tv_sec >= 0);
  ASSERT_EQ(ru.ru_maxrss, 0);

  int s[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, s), 0);
  ASSERT_EQ(uv_guess_handle(s[0]), UV_NAMED_PIPE);
  int d[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_DGRAM, 0, d), 0);
  ASSERT_EQ(uv_guess_handle(d[0]), UV_UDP);
  int f = openat(test_tmpdir(), "guess", O_RDWR | O_CREAT, 0644);
  ASSERT_EQ(uv_guess_handle(f), UV_FILE);
  ASSERT_EQ(uv_guess_handle(test_tmpdir()), UV_UNKNOWN_HANDLE);  // directory
  close(f);
  ASSERT_EQ(uv_guess_handle(f), UV_UNKNOWN_HANDLE);
  ASSERT_EQ(uv_get_osfhandle(s[1]), s[1]);
  close(d[0]);
  close(d[1]);

  uv_buf_t b = uv_buf_init(buf, 5);
  ASSERT_TRUE(b.base == buf);
  ASSERT_EQ(b.len, 5);

  // uv_process_kill closes the handle's process descriptor (here a
  // stand-in descriptor); a second kill finds nothing.
  uv_process_t p;
  memset(&p, 0, sizeof(p));
  p.procfd = s[0];
  ASSERT_EQ(uv_process_kill(&p, 15), 0);
  ASSERT_EQ(p.procfd, -1);
  ASSERT_EQ(uv_process_kill(&p, 15), UV_ESRCH);
  char c;
  ASSERT_EQ(read(s[1], &c, 1), 0);  // the other end sees it closed
  close(s[1]);
  uv_disable_stdio_inheritance();
  ASSERT_EQ(uv_tty_reset_mode(), 0);
}
