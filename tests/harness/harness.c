#include "harness.h"

#include <argdata.h>
#include <cloudabi_syscalls.h>
#include <program.h>
#include <stdlib.h>

static struct test_case *first, **last = &first;
static struct test_case *current;
static bool current_failed;
static int out_fd = -1, tmpdir_fd = -1;

void test_register(struct test_case *tc) {
  *last = tc;
  last = &tc->next;
}

int test_tmpdir(void) {
  return tmpdir_fd;
}

int test_stdout(void) {
  return out_fd;
}

// Output is assembled in a line buffer and written with one system call.
struct line {
  char buf[4096];
  size_t len;
};

static void put(struct line *l, const char *s) {
  while (*s != '\0' && l->len < sizeof(l->buf) - 1)
    l->buf[l->len++] = *s++;
}

static void put_int(struct line *l, long long v) {
  char digits[24];
  int n = 0;
  unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
  do {
    digits[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (v < 0)
    put(l, "-");
  char s[2] = {0, 0};
  while (n > 0) {
    s[0] = digits[--n];
    put(l, s);
  }
}

static void put_quoted(struct line *l, const char *s) {
  if (s == NULL) {
    put(l, "(null)");
    return;
  }
  put(l, "\"");
  for (; *s != '\0'; s++) {
    char c[2] = {*s, 0};
    if ((unsigned char)*s < 0x20 || *s == 0x7f) {
      static const char hex[] = "0123456789abcdef";
      char esc[5] = {'\\', 'x', hex[(unsigned char)*s >> 4], hex[*s & 0xf], 0};
      put(l, esc);
    } else {
      put(l, c);
    }
  }
  put(l, "\"");
}

static void flush(struct line *l) {
  l->buf[l->len++] = '\n';
  if (out_fd >= 0) {
    cloudabi_ciovec_t iov = {.buf = l->buf, .buf_len = l->len};
    size_t written;
    cloudabi_sys_fd_write((cloudabi_fd_t)out_fd, &iov, 1, &written);
  }
  l->len = 0;
}

void test_log(const char *message) {
  struct line l = {.len = 0};
  put(&l, "# ");
  put(&l, message);
  flush(&l);
}

static void begin_failure(struct line *l, const char *file, int line, const char *expr) {
  current_failed = true;
  l->len = 0;
  put(l, "FAIL ");
  put(l, current->name);
  put(l, ": ");
  put(l, file);
  put(l, ":");
  put_int(l, line);
  put(l, ": ");
  put(l, expr);
}

void test_fail(const char *file, int line, const char *expr, const char *detail) {
  struct line l;
  begin_failure(&l, file, line, expr);
  if (detail != NULL) {
    put(&l, ": ");
    put(&l, detail);
  }
  flush(&l);
}

void test_fail_int(const char *file, int line, const char *expr, long long a, long long b) {
  struct line l;
  begin_failure(&l, file, line, expr);
  put(&l, ": ");
  put_int(&l, a);
  put(&l, " vs ");
  put_int(&l, b);
  flush(&l);
}

void test_fail_str(const char *file, int line, const char *expr, const char *a, const char *b) {
  struct line l;
  begin_failure(&l, file, line, expr);
  put(&l, ": ");
  put_quoted(&l, a);
  put(&l, " vs ");
  put_quoted(&l, b);
  flush(&l);
}

void test_fail_mem(const char *file, int line, const char *expr, const void *a,
                   const void *b, size_t n) {
  struct line l;
  begin_failure(&l, file, line, expr);
  const unsigned char *pa = a, *pb = b;
  for (size_t i = 0; i < n; i++) {
    if (pa[i] != pb[i]) {
      put(&l, ": first difference at byte ");
      put_int(&l, (long long)i);
      put(&l, ": ");
      put_int(&l, pa[i]);
      put(&l, " vs ");
      put_int(&l, pb[i]);
      break;
    }
  }
  flush(&l);
}

// Byte loops, so a broken memcmp/strcmp cannot hide its own failures.
bool test_mem_equal(const void *a, const void *b, size_t n) {
  const unsigned char *pa = a, *pb = b;
  for (size_t i = 0; i < n; i++)
    if (pa[i] != pb[i])
      return false;
  return true;
}

bool test_str_equal(const char *a, const char *b) {
  if (a == NULL || b == NULL)
    return a == b;
  while (*a != '\0' && *a == *b)
    a++, b++;
  return *a == *b;
}

static bool key_is(const argdata_t *key, const char *name) {
  const char *s;
  return argdata_get_str_c(key, &s) == 0 && test_str_equal(s, name);
}

void program_main(const argdata_t *ad) {
  argdata_map_iterator_t it;
  const argdata_t *key, *value;
  for (argdata_map_iterate(ad, &it); argdata_map_get(&it, &key, &value); argdata_map_next(&it)) {
    if (key_is(key, "stdout"))
      argdata_get_fd(value, &out_fd);
    else if (key_is(key, "tmpdir"))
      argdata_get_fd(value, &tmpdir_fd);
  }
  if (out_fd < 0)
    exit(2);  // Nowhere to report to.

  long long passed = 0, failed = 0;
  for (current = first; current != NULL; current = current->next) {
    current_failed = false;
    current->fn();
    struct line l = {.len = 0};
    if (current_failed) {
      failed++;
    } else {
      passed++;
      put(&l, "ok   ");
      put(&l, current->name);
      flush(&l);
    }
  }
  struct line l = {.len = 0};
  put_int(&l, passed);
  put(&l, " passed, ");
  put_int(&l, failed);
  put(&l, " failed");
  flush(&l);
  exit(failed == 0 && passed > 0 ? 0 : 1);
}
