#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "harness.h"
static struct test_case *head, **tail = &head; static int failed_now, nfail, npass;
void test_register(struct test_case *t) { *tail = t; tail = &t->next; }
void test_fail(const char *f, int l, const char *e, const char *d) { printf("  FAIL %s:%d %s %s\n", f, l, e, d ? d : ""); failed_now = 1; }
void test_fail_int(const char *f, int l, const char *e, long long a, long long b) { printf("  FAIL %s:%d %s: %lld vs %lld\n", f, l, e, a, b); failed_now = 1; }
void test_fail_str(const char *f, int l, const char *e, const char *a, const char *b) { printf("  FAIL %s:%d %s: '%s' vs '%s'\n", f, l, e, a ? a : "(null)", b ? b : "(null)"); failed_now = 1; }
void test_fail_mem(const char *f, int l, const char *e, const void *a, const void *b, size_t n) { printf("  FAIL %s:%d %s\n", f, l, e); failed_now = 1; }
bool test_mem_equal(const void *a, const void *b, size_t n) { return memcmp(a, b, n) == 0; }
bool test_str_equal(const char *a, const char *b) { return a && b ? strcmp(a, b) == 0 : a == b; }
int test_tmpdir(void) { return -1; } int test_stdout(void) { return 1; }
void test_log(const char *m) { printf("  log: %.100s\n", m); }
int main(void) { for (struct test_case *t = head; t; t = t->next) { failed_now = 0; t->fn(); printf("%s %s\n", failed_now ? "FAIL" : "ok  ", t->name); failed_now ? nfail++ : npass++; } printf("%d passed, %d failed\n", npass, nfail); return nfail != 0; }
