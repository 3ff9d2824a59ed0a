// The default program_main: argv from `argv0` and `args`, environment from
// `env`.  Exit status 0 only if everything arrived as configured.
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv) {
  if (argc != 4)
    return 10;
  if (strcmp(argv[0], "prog") != 0 || strcmp(argv[1], "first") != 0 ||
      strcmp(argv[2], "second arg") != 0 || strcmp(argv[3], "") != 0 || argv[4] != NULL)
    return 11;
  const char *home = getenv("HOME"), *empty = getenv("EMPTY");
  if (home == NULL || strcmp(home, "/home/x") != 0)
    return 12;
  if (empty == NULL || *empty != '\0')
    return 13;
  if (getenv("PATH") != NULL || getenv("HOM") != NULL || getenv("") != NULL)
    return 14;
  int n = 0;
  for (char **e = environ; *e != NULL; e++)
    n++;
  if (n != 3)
    return 15;
  return 0;
}
