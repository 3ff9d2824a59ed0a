#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void cstr(const char *s) {
  putchar('"'); int col = 0;
  for (; *s; s++, col++) {
    if (col >= 70) { printf("\"\n     \""); col = 0; }
    if (*s == '\t') printf("\\t"); else if (*s == '"' || *s == '\\') printf("\\%c", *s); else putchar(*s);
  }
  putchar('"');
}
int main(void) {
  static char buf[40000]; int n = 0;
  printf("// Generated with glibc %s strtod/strtof/strtold on x86_64 by\n// tests/libc/stdlib/tools/gen_strtod_cases.c; do not edit.\n", "2.36");
  printf("// {input, double bits, float bits, long double significand, sign+exponent,\n//  ERANGE flags (1 double, 2 float, 4 long double), end offset}\n");
  while (fgets(buf, sizeof buf, stdin)) {
    buf[strcspn(buf, "\n")] = 0;
    char *e1, *e2, *e3; int fl = 0;
    errno = 0; double d = strtod(buf, &e1); if (errno == ERANGE) fl |= 1;
    errno = 0; float f = strtof(buf, &e2); if (errno == ERANGE) fl |= 2;
    errno = 0; long double ld = strtold(buf, &e3); if (errno == ERANGE) fl |= 4;
    if (e1 != e2 || e1 != e3) { fprintf(stderr, "end mismatch %s\n", buf); return 1; }
    uint64_t db, lm; uint32_t fb; uint16_t lse; memcpy(&db, &d, 8); memcpy(&fb, &f, 4); memcpy(&lm, &ld, 8); memcpy(&lse, (char *)&ld + 8, 2);
    printf("    {"); cstr(buf); printf(",\n     0x%016llx, 0x%08x, 0x%016llx, 0x%04x, %d, %ld},\n", (unsigned long long)db, fb, (unsigned long long)lm, lse, fl, (long)(e1 - buf)); n++;
  }
  fprintf(stderr, "%d cases\n", n);
  return 0;
}
