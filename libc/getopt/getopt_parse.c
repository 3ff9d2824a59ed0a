// The option parser behind getopt, getopt_long and getopt_long_only.
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "getopt_impl.h"

static void complain(const char *optstring, char *const argv[],
                     const char *what, const char *name, size_t len) {
  if (!opterr || optstring[0] == ':')
    return;
  fprintf(stderr, "%s: %s -- %.*s\n", argv[0] != NULL ? argv[0] : "", what,
          (int)len, name);
}

// Parses argv[optind] + 2 (after "--", or after "-" for long_only) as a
// long option.  Returns the result, or -2 if long_only and no long option
// matches (the caller then tries short options).
static int parse_long(int argc, char *const argv[], const char *optstring,
                      const struct option *longopts, int *longindex,
                      const char *text, bool long_only) {
  const char *eq = strchr(text, '=');
  size_t len = eq != NULL ? (size_t)(eq - text) : strlen(text);
  int match = -1;
  bool ambiguous = false;
  for (int i = 0; longopts[i].name != NULL; i++) {
    if (strncmp(longopts[i].name, text, len) != 0)
      continue;
    if (strlen(longopts[i].name) == len) {
      match = i;
      ambiguous = false;
      break;
    }
    if (match < 0) {
      match = i;
    } else if (longopts[match].has_arg != longopts[i].has_arg ||
               longopts[match].flag != longopts[i].flag ||
               longopts[match].val != longopts[i].val) {
      ambiguous = true;
    }
  }
  if (match < 0 && long_only)
    return -2;
  optind++;
  const char *ret_fmt = optstring[0] == ':' ? ":" : "?";
  if (match < 0 || ambiguous) {
    complain(optstring, argv,
             ambiguous ? "ambiguous option" : "unrecognized option", text, len);
    optopt = 0;
    return '?';
  }
  const struct option *o = &longopts[match];
  optarg = NULL;
  if (eq != NULL) {
    if (o->has_arg == no_argument) {
      complain(optstring, argv, "option does not take an argument", text, len);
      optopt = o->flag == NULL ? o->val : 0;
      return '?';
    }
    optarg = (char *)eq + 1;
  } else if (o->has_arg == required_argument) {
    if (optind >= argc) {
      complain(optstring, argv, "option requires an argument", text, len);
      optopt = o->flag == NULL ? o->val : 0;
      return ret_fmt[0];
    }
    optarg = argv[optind++];
  }
  if (longindex != NULL)
    *longindex = match;
  if (o->flag != NULL) {
    *o->flag = o->val;
    return 0;
  }
  return o->val;
}

int __getopt_parse(int argc, char *const argv[], const char *optstring,
                   const struct option *longopts, int *longindex,
                   bool long_only) {
  if (optind == 0) {
    optind = 1;
    __getopt_pos = 0;
  }
  bool operands_as_options = false;
  if (optstring[0] == '+' || optstring[0] == '-') {
    operands_as_options = optstring[0] == '-';
    optstring++;
  }
  optarg = NULL;
  if (__getopt_pos == 0) {
    if (optind >= argc || argv[optind] == NULL)
      return -1;
    const char *arg = argv[optind];
    if (arg[0] != '-' || arg[1] == '\0') {
      if (operands_as_options) {
        optarg = argv[optind++];
        return 1;
      }
      return -1;
    }
    if (arg[1] == '-' && arg[2] == '\0') {
      optind++;
      return -1;
    }
    if (longopts != NULL && arg[1] == '-')
      return parse_long(argc, argv, optstring, longopts, longindex, arg + 2,
                        false);
    if (longopts != NULL && long_only) {
      int r = parse_long(argc, argv, optstring, longopts, longindex, arg + 1,
                         true);
      if (r != -2)
        return r;
    }
    __getopt_pos = 1;
  }
  const char *arg = argv[optind];
  char c = arg[__getopt_pos++];
  const char *spec = c != ':' ? strchr(optstring, c) : NULL;
  bool last = arg[__getopt_pos] == '\0';
  if (spec == NULL) {
    optopt = (unsigned char)c;
    if (last) {
      optind++;
      __getopt_pos = 0;
    }
    complain(optstring, argv, "illegal option", &c, 1);
    return '?';
  }
  if (spec[1] == ':') {
    if (!last) {
      // Attached argument ("-ovalue").
      optarg = (char *)arg + __getopt_pos;
      optind++;
      __getopt_pos = 0;
    } else if (spec[2] == ':') {
      // Optional argument, not attached: none.
      optind++;
      __getopt_pos = 0;
    } else {
      optind++;
      __getopt_pos = 0;
      if (optind >= argc) {
        optopt = (unsigned char)c;
        complain(optstring, argv, "option requires an argument", &c, 1);
        return optstring[0] == ':' ? ':' : '?';
      }
      optarg = argv[optind++];
    }
    return (unsigned char)c;
  }
  if (last) {
    optind++;
    __getopt_pos = 0;
  }
  return (unsigned char)c;
}
