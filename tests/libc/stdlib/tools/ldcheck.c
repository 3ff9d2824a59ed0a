#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
long double my_strtold(const char *, char **);
int main(void) { static char buf[40000]; FILE *o = fopen("ld_fail.txt", "w");
  while (fgets(buf, sizeof buf, stdin)) { buf[strcspn(buf, "\n")] = 0; char *e1, *e2; errno = 0; long double a = strtold(buf, &e1); int r1 = errno; errno = 0; long double b = my_strtold(buf, &e2); int r2 = errno;
    if (memcmp(&a, &b, 10) || r1 != r2) fprintf(o, "%s\n", buf); } fclose(o); }
