#include <getopt.h>

#include "getopt_impl.h"

int getopt(int argc, char *const argv[], const char *optstring) {
  return __getopt_parse(argc, argv, optstring, NULL, NULL, false);
}
