// Internal: unique names from a template ending in "XXXXXX", for mkstempat
// and mkdtempat.
#ifndef LIBC_INTERNAL_TEMPNAME_H
#define LIBC_INTERNAL_TEMPNAME_H

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define TEMPNAME_SUFFIX_LEN 6
// EEXIST this often in a row means something other than chance (62^6
// names): give up.
#define TEMPNAME_ATTEMPTS 100

// Calls create(dirfd, template) with the template's last six characters,
// which must be "XXXXXX" (else EINVAL), replaced by random letters and
// digits, trying new ones while create fails with EEXIST.  Returns what
// create returned: a result >= 0 on success, or -1 with errno set and the
// template as it was.
static inline int tempname_create(int dirfd, char *template,
                                  int (*create)(int, const char *)) {
  size_t len = strlen(template);
  if (len < TEMPNAME_SUFFIX_LEN ||
      strcmp(template + len - TEMPNAME_SUFFIX_LEN, "XXXXXX") != 0) {
    errno = EINVAL;
    return -1;
  }
  static const char chars[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  char *suffix = template + len - TEMPNAME_SUFFIX_LEN;
  for (int attempt = 0; attempt < TEMPNAME_ATTEMPTS; ++attempt) {
    for (size_t i = 0; i < TEMPNAME_SUFFIX_LEN; ++i)
      suffix[i] = chars[arc4random_uniform(sizeof(chars) - 1)];
    int result = create(dirfd, template);
    if (result >= 0)
      return result;
    if (errno != EEXIST)
      break;
  }
  int error = errno;
  memcpy(suffix, "XXXXXX", TEMPNAME_SUFFIX_LEN);
  errno = error;
  return -1;
}

#endif
