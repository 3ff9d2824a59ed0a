// <getopt.h>: command-line option parsing.
//
// CloudABI programs receive their arguments as argdata, but ported
// programs that build an argv (the default program_main does, see
// <program.h>) can parse it here.  getopt follows POSIX: options stop at
// the first operand or at "--" (no reordering of argv, as if
// POSIXLY_CORRECT were set; a leading '-' in optstring returns operands as
// option 1 with optarg set, as GNU does); "x::" takes an optional attached
// argument (GNU); a leading ':' reports a missing argument as ':' and
// suppresses messages.  Messages go to standard error when the program was
// granted one.  Setting optind to 0 (GNU) or 1 restarts parsing.
//
// getopt_long and getopt_long_only accept "--name", "--name=value" and
// "--name value", and unambiguous abbreviations; getopt_long_only also
// accepts a single '-' before long names.
//
// The parser's state (optarg, optind, opterr, optopt and the position
// within a grouped option argument) is process-wide, as the interface
// requires: parse from one thread at a time.  <unistd.h> does not declare
// these names (they were left out of cloudlibc for that reason); include
// this header to use them.
#ifndef _GETOPT_H_
#define _GETOPT_H_

#include <_/types.h>

struct option {
  const char *name;
  int has_arg;  // no_argument, required_argument or optional_argument
  int *flag;    // if not NULL, *flag = val and 0 is returned
  int val;
};

#define no_argument 0
#define required_argument 1
#define optional_argument 2

_CLOUDLIBC_BEGIN

extern char *optarg;
extern int optind, opterr, optopt;

int getopt(int, char *const[], const char *);
int getopt_long(int, char *const[], const char *, const struct option *, int *);
int getopt_long_only(int, char *const[], const char *, const struct option *,
                     int *);

_CLOUDLIBC_END

#endif
