// Standard streams under the default program_main: stdout is granted by
// the test configuration, stdin is not.
#include <errno.h>
#include <stdio.h>

int main(void) {
  printf("hello %d %.2f %c\n", 42, 3.14159, 'x');
  fputs("line ", stdout);
  puts("two");
  int c = getchar();
  if (c == EOF && ferror(stdin) && errno == EBADF)
    printf("stdin: EBADF\n");
  errno = 0;
  if (fscanf(stdin, "%d", &c) == EOF && errno == EBADF)
    printf("unbound ok\n");
  return 0;  // no fflush: exit() must flush stdout
}
