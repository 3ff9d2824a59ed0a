// The AVX2 string functions: the switch is set exactly when the CPU and
// the OS support AVX2, and both variants agree with byte-at-a-time
// references for every alignment of both arguments (mod 64), every length
// up to 300 and the match at every position.  Strings and arrays
// that end at an inaccessible page, in both arguments at once, check that
// no variant reads past them.
#include <stdint.h>
#include <cloudabi_syscalls.h>
#include <string.h>

#include "harness.h"
#include "testutil.h"

extern int __string_avx2;

static void cpuid(uint32_t leaf, uint32_t r[4]) {
  __asm__("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(0));
}

static int cpu_has_avx2(void) {
  uint32_t r[4];
  cpuid(0, r);
  if (r[0] < 7)
    return 0;
  cpuid(1, r);
  if (!(r[2] >> 27 & 1) || !(r[2] >> 28 & 1))
    return 0;
  uint32_t lo, hi;
  __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
  if ((lo & 6) != 6)
    return 0;
  cpuid(7, r);
  return r[1] >> 5 & 1;
}

static int variants[2];
static int nvariants;

static void setup(void) {
  int avx2 = cpu_has_avx2();
  ASSERT_EQ(__string_avx2, avx2);
  nvariants = 0;
  variants[nvariants++] = 0;
  if (avx2)
    variants[nvariants++] = 1;
}

TEST(switch_matches_cpu) {
  setup();
}

static char bufa[512] __attribute__((aligned(64)));
static char bufb[512] __attribute__((aligned(64)));

static int sgn(int x) { return (x > 0) - (x < 0); }

TEST(scans_all_alignments_lengths_positions) {
  setup();
  for (int vi = 0; vi < nvariants; vi++) {
    __string_avx2 = variants[vi];
    for (size_t al = 0; al < 64; al++) {
      for (size_t len = 0; len <= 300; len += (len < 140 ? 1 : 7)) {
        char *s = bufa + al;
        memset(bufa, 'x', sizeof(bufa));
        for (size_t i = 0; i < len; i++)
          s[i] = (char)('a' + (i % 23));
        s[len] = '\0';
        ASSERT_EQ(strlen(s), len);
        for (size_t lim = 0; lim <= len + 40; lim += 13)
          ASSERT_EQ(strnlen(s, lim), lim < len ? lim : len);
        // Absent, then present at each position (and twice).
        ASSERT_TRUE(strchr(s, 'Z') == NULL);
        ASSERT_TRUE(strchrnul(s, 'Z') == s + len);
        ASSERT_TRUE(strrchr(s, 'Z') == NULL);
        ASSERT_TRUE(strchr(s, 0) == s + len);
        ASSERT_TRUE(strrchr(s, 0) == s + len);
        ASSERT_TRUE(memchr(s, 'Z', len) == NULL);
        ASSERT_TRUE(memrchr(s, 'Z', len) == NULL);
        for (size_t pos = 0; pos < len; pos += (len < 70 ? 1 : 5)) {
          char saved = s[pos];
          s[pos] = 'Z';
          ASSERT_TRUE(strchr(s, 'Z') == s + pos);
          ASSERT_TRUE(strchrnul(s, 'Z') == s + pos);
          ASSERT_TRUE(strrchr(s, 'Z') == s + pos);
          ASSERT_TRUE(memchr(s, 'Z', len) == s + pos);
          ASSERT_TRUE(memchr(s, 'Z', pos) == NULL);
          ASSERT_TRUE(memrchr(s, 'Z', len) == s + pos);
          ASSERT_TRUE(memrchr(s, 'Z', pos) == NULL);
          if (pos + 1 < len) {
            s[len - 1] = 'Z';
            ASSERT_TRUE(strrchr(s, 'Z') == s + len - 1);
            ASSERT_TRUE(memchr(s, 'Z', len) == s + pos);
            ASSERT_TRUE(memrchr(s, 'Z', len - 1) == s + pos);
            s[len - 1] = (char)('a' + ((len - 1) % 23));
          }
          // The 'Z' after the terminator must not be found.
          ASSERT_TRUE(strchr(s + pos + 1, 'Z') == NULL);
          s[pos] = saved;
        }
      }
    }
  }
  __string_avx2 = variants[nvariants - 1];
}

TEST(compares_all_alignments_lengths_positions) {
  setup();
  for (int vi = 0; vi < nvariants; vi++) {
    __string_avx2 = variants[vi];
    for (size_t aa = 0; aa < 64; aa += 1) {
      for (size_t ab = 0; ab < 64; ab += (aa % 8 == 0 ? 1 : 9)) {
        char *a = bufa + aa, *b = bufb + ab;
        for (size_t len = 0; len <= 260; len += (len < 100 ? 1 : 11)) {
          for (size_t i = 0; i < len; i++)
            a[i] = b[i] = (char)(0x61 + (i * 7) % 26);
          a[len] = b[len] = '\0';
          a[len + 1] = 'q';
          b[len + 1] = 'r';
          ASSERT_EQ(strcmp(a, b), 0);
          ASSERT_EQ(strncmp(a, b, len + 5), 0);
          ASSERT_EQ(memcmp(a, b, len), 0);
          ASSERT_TRUE(memcmp(a, b, len + 2) < 0);
          for (size_t pos = 0; pos < len; pos += (len < 40 ? 1 : 7)) {
            // A difference at pos, with both signs and high bytes.
            unsigned char x = (unsigned char)a[pos];
            b[pos] = (char)0xe0;
            ASSERT_TRUE(strcmp(a, b) < 0);
            ASSERT_TRUE(strcmp(b, a) > 0);
            ASSERT_EQ(sgn(strncmp(a, b, len)), -1);
            ASSERT_EQ(strncmp(a, b, pos), 0);
            ASSERT_EQ(sgn(strncmp(a, b, pos + 1)), -1);
            ASSERT_EQ(sgn(memcmp(a, b, len)), -1);
            ASSERT_EQ(memcmp(a, b, pos), 0);
            ASSERT_EQ(sgn(memcmp(b, a, len)), 1);
            // A shorter string sorts first.
            b[pos] = '\0';
            ASSERT_TRUE(strcmp(a, b) > 0);
            ASSERT_EQ(strncmp(a, b, pos), 0);
            ASSERT_TRUE(strncmp(b, a, len) < 0);
            b[pos] = (char)x;
          }
        }
      }
    }
  }
  __string_avx2 = variants[nvariants - 1];
}

// Two pages, each followed by an inaccessible one.
static char *guarded(int which) {
  static char *pages[2];
  if (pages[which] == NULL) {
    void *mem;
    if (cloudabi_sys_mem_map(NULL, 2 * 4096, CLOUDABI_PROT_READ | CLOUDABI_PROT_WRITE,
                             CLOUDABI_MAP_ANON | CLOUDABI_MAP_PRIVATE,
                             CLOUDABI_MAP_ANON_FD, 0, &mem) != 0 ||
        cloudabi_sys_mem_protect((char *)mem + 4096, 4096, 0) != 0)
      return NULL;
    pages[which] = mem;
  }
  return pages[which];
}

TEST(compares_ending_at_page_ends) {
  setup();
  char *pa = guarded(0), *pb = guarded(1);
  ASSERT_TRUE(pa != NULL && pb != NULL);
  for (int vi = 0; vi < nvariants; vi++) {
    __string_avx2 = variants[vi];
    for (size_t la = 1; la <= 140; la++) {
      for (size_t lb = la > 70 ? la - 70 : 1; lb <= la + 70 && lb <= 140; lb += 3) {
        // Terminated strings ending at the page ends (la - 1 and lb - 1
        // characters), equal up to the shorter one.
        char *a = pa + 4096 - la, *b = pb + 4096 - lb;
        for (size_t i = 0; i < la; i++)
          a[i] = (char)('c' + i % 11);
        for (size_t i = 0; i < lb; i++)
          b[i] = (char)('c' + i % 11);
        a[la - 1] = b[lb - 1] = '\0';
        int want = la == lb ? 0 : la < lb ? -1 : 1;
        ASSERT_EQ(sgn(strcmp(a, b)), want);
        ASSERT_EQ(sgn(strcmp(b, a)), -want);
        ASSERT_EQ(sgn(strncmp(a, b, 1000)), want);
        ASSERT_EQ(sgn(strncmp(b, a, (size_t)-1)), -want);
        // Unterminated arrays of the same length ending at the page ends:
        // strncmp may look at exactly n bytes, memcmp likewise.
        if (la == lb || lb == la + 1 || lb + 1 == la) {
          size_t n = la < lb ? la : lb;
          char *x = pa + 4096 - n, *y = pb + 4096 - n;
          for (size_t i = 0; i < n; i++)
            x[i] = y[i] = (char)('c' + i % 11);
          ASSERT_EQ(strncmp(x, y, n), 0);
          ASSERT_EQ(memcmp(x, y, n), 0);
          y[n - 1] = 'A';
          ASSERT_EQ(sgn(strncmp(x, y, n)), 1);
          ASSERT_EQ(sgn(memcmp(y, x, n)), -1);
          ASSERT_TRUE(memchr(y, 'A', n) == y + n - 1);
          ASSERT_TRUE(memchr(x, 'A', n) == NULL);
          ASSERT_EQ(strnlen(x, n), n);
          ASSERT_TRUE(memrchr(y, 'A', n) == y + n - 1);
        }
      }
    }
  }
  __string_avx2 = variants[nvariants - 1];
}
