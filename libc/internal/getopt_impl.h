// Internal: the parser shared by getopt, getopt_long and getopt_long_only.
#ifndef LIBC_INTERNAL_GETOPT_IMPL_H
#define LIBC_INTERNAL_GETOPT_IMPL_H

#include <getopt.h>
#include <stdbool.h>

// Position within argv[optind] of the next short option in a group
// ("-abc"); 0 when starting a new argument.
extern int __getopt_pos;

int __getopt_parse(int argc, char *const argv[], const char *optstring,
                   const struct option *longopts, int *longindex,
                   bool long_only);

#endif
