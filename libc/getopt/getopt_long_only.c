#include <getopt.h>

#include "getopt_impl.h"

int getopt_long_only(int argc, char *const argv[], const char *optstring,
                     const struct option *longopts, int *longindex) {
  return __getopt_parse(argc, argv, optstring, longopts, longindex, true);
}
