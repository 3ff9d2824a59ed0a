#include <getopt.h>

#include "getopt_impl.h"

char *optarg;
int optind = 1;
int opterr = 1;
int optopt;
int __getopt_pos;
