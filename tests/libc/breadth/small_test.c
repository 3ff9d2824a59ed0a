#include <libgen.h>
#include <libintl.h>
#include <string.h>
#include <sys/utsname.h>

#include "harness.h"

static const char *base(const char *in) {
  static char buf[64];
  strcpy(buf, in);
  return basename(buf);
}

static const char *dir(const char *in) {
  static char buf[64];
  strcpy(buf, in);
  return dirname(buf);
}

TEST(basename_cases) {
  ASSERT_STREQ(basename(NULL), ".");
  ASSERT_STREQ(base(""), ".");
  ASSERT_STREQ(base("/"), "/");
  ASSERT_STREQ(base("///"), "/");
  ASSERT_STREQ(base("a"), "a");
  ASSERT_STREQ(base("/usr/lib"), "lib");
  ASSERT_STREQ(base("/usr/lib/"), "lib");
  ASSERT_STREQ(base("usr//lib//"), "lib");
  ASSERT_STREQ(base("//x"), "x");
  ASSERT_STREQ(base("."), ".");
  ASSERT_STREQ(base(".."), "..");
}

TEST(dirname_cases) {
  ASSERT_STREQ(dirname(NULL), ".");
  ASSERT_STREQ(dir(""), ".");
  ASSERT_STREQ(dir("/"), "/");
  ASSERT_STREQ(dir("//"), "/");
  ASSERT_STREQ(dir("a"), ".");
  ASSERT_STREQ(dir("a/"), ".");
  ASSERT_STREQ(dir("/a"), "/");
  ASSERT_STREQ(dir("/usr/lib"), "/usr");
  ASSERT_STREQ(dir("/usr/lib/"), "/usr");
  ASSERT_STREQ(dir("usr//lib//"), "usr");
  ASSERT_STREQ(dir("//a//b//"), "//a");
  ASSERT_STREQ(dir("a/b"), "a");
  ASSERT_STREQ(dir(".."), ".");
}

TEST(uname_fixed) {
  struct utsname u;
  memset(&u, 0x55, sizeof(u));
  ASSERT_EQ(uname(&u), 0);
  ASSERT_STREQ(u.sysname, "CloudABI");
  ASSERT_STREQ(u.machine, "x86_64");
  ASSERT_STREQ(u.release, "1");
  ASSERT_TRUE(memchr(u.version, '\0', sizeof(u.version)) != NULL);
  ASSERT_TRUE(u.version[0] != '\0');
}

TEST(gettext_passthrough) {
  const char *m = "hello";
  ASSERT_TRUE(gettext(m) == m);
  ASSERT_TRUE(dgettext("dom", m) == m);
  ASSERT_TRUE(dcgettext("dom", m, 5) == m);
  const char *s = "one file", *p = "%lu files";
  ASSERT_TRUE(ngettext(s, p, 1) == s);
  ASSERT_TRUE(ngettext(s, p, 0) == p);
  ASSERT_TRUE(ngettext(s, p, 2) == p);
  ASSERT_TRUE(dngettext("d", s, p, 1) == s);
  ASSERT_TRUE(dngettext("d", s, p, 3) == p);
  ASSERT_TRUE(dcngettext("d", s, p, 1, 5) == s);
  ASSERT_TRUE(dcngettext("d", s, p, 11, 5) == p);
}
