#define _GNU_SOURCE 1
#include <stdlib.h>
char *l64a_r(long, char *, int);
