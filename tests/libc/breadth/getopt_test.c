#include <getopt.h>
#include <string.h>

#include "harness.h"


TEST(short_options) {
  char *v[] = {"prog", "-ab", "-c", "carg", "-dval", "--", "-e", NULL};
  int argc = 7;
  optind = 0;
  opterr = 0;
  ASSERT_EQ(getopt(argc, v, "abc:d:e"), 'a');
  ASSERT_EQ(getopt(argc, v, "abc:d:e"), 'b');
  ASSERT_EQ(optind, 2);
  ASSERT_EQ(getopt(argc, v, "abc:d:e"), 'c');
  ASSERT_STREQ(optarg, "carg");
  ASSERT_EQ(getopt(argc, v, "abc:d:e"), 'd');
  ASSERT_STREQ(optarg, "val");
  ASSERT_EQ(getopt(argc, v, "abc:d:e"), -1);
  ASSERT_EQ(optind, 6);  // after "--"
  ASSERT_STREQ(v[optind], "-e");
}

TEST(operands_and_errors) {
  char *v[] = {"prog", "-x", "file", "-a", NULL};
  optind = 0;
  opterr = 0;
  ASSERT_EQ(getopt(4, v, "a"), '?');
  ASSERT_EQ(optopt, 'x');
  ASSERT_EQ(getopt(4, v, "a"), -1);  // stops at the first operand
  ASSERT_EQ(optind, 2);
  char *w[] = {"prog", "-c", NULL};
  optind = 0;
  ASSERT_EQ(getopt(2, w, "c:"), '?');
  ASSERT_EQ(optopt, 'c');
  optind = 0;
  ASSERT_EQ(getopt(2, w, ":c:"), ':');
  char *o[] = {"prog", "-oX", "-o", "rest", NULL};
  optind = 0;
  ASSERT_EQ(getopt(4, o, "o::"), 'o');
  ASSERT_STREQ(optarg, "X");
  ASSERT_EQ(getopt(4, o, "o::"), 'o');
  ASSERT_TRUE(optarg == NULL);
  ASSERT_EQ(getopt(4, o, "o::"), -1);
  ASSERT_EQ(optind, 3);
  // '-' first in optstring: operands come back as option 1.
  char *p[] = {"prog", "in", "-a", "-", NULL};
  optind = 0;
  ASSERT_EQ(getopt(4, p, "-a"), 1);
  ASSERT_STREQ(optarg, "in");
  ASSERT_EQ(getopt(4, p, "-a"), 'a');
  ASSERT_EQ(getopt(4, p, "-a"), 1);
  ASSERT_STREQ(optarg, "-");
  ASSERT_EQ(getopt(4, p, "-a"), -1);
}

TEST(long_options) {
  int flag = 0, idx = -1;
  const struct option opts[] = {
      {"verbose", no_argument, &flag, 7},
      {"output", required_argument, NULL, 'o'},
      {"color", optional_argument, NULL, 'C'},
      {"colour", optional_argument, NULL, 'C'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0},
  };
  char *v[] = {"prog", "--verbose", "--output=a.out", "--output", "b.out",
               "--col", "--color=always", "--out", "x", "-vo", "y",
               "--bogus", "--vers", "--ver", NULL};
  int argc = 14;
  optind = 0;
  opterr = 0;
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), 0);
  ASSERT_EQ(flag, 7);
  ASSERT_EQ(idx, 0);
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), 'o');
  ASSERT_STREQ(optarg, "a.out");
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), 'o');
  ASSERT_STREQ(optarg, "b.out");
  // "--col" abbreviates two entries that mean the same thing.
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), 'C');
  ASSERT_TRUE(optarg == NULL);
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), 'C');
  ASSERT_STREQ(optarg, "always");
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), 'o');
  ASSERT_STREQ(optarg, "x");
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), 'v');
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), 'o');
  ASSERT_STREQ(optarg, "y");
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), '?');  // --bogus
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), 'V');  // --vers
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), '?');  // --ver: ambiguous
  ASSERT_EQ(getopt_long(argc, v, "vo:", opts, &idx), -1);
  ASSERT_EQ(optind, argc);
}

TEST(long_only) {
  const struct option opts[] = {
      {"name", required_argument, NULL, 'n'},
      {NULL, 0, NULL, 0},
  };
  char *v[] = {"prog", "-name", "x", "-nv", "-q", NULL};
  optind = 0;
  opterr = 0;
  ASSERT_EQ(getopt_long_only(5, v, "n:q", opts, NULL), 'n');
  ASSERT_STREQ(optarg, "x");
  // "-nv" is not a long option prefix: short -n with argument "v".
  ASSERT_EQ(getopt_long_only(5, v, "n:q", opts, NULL), 'n');
  ASSERT_STREQ(optarg, "v");
  ASSERT_EQ(getopt_long_only(5, v, "n:q", opts, NULL), 'q');
  ASSERT_EQ(getopt_long_only(5, v, "n:q", opts, NULL), -1);
}
