// Linked into the *_sse2 variants of the string tests: clears the libc's
// AVX2 switch (libc/internal/string_avx2.h) before main, so the same tests
// exercise the SSE2 code.  The libc's constructors run before the
// program's, so the libc's detection cannot set it again afterwards.
extern int __string_avx2;

__attribute__((constructor)) static void force_sse2(void) {
  __string_avx2 = 0;
}
