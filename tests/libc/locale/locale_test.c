// <locale.h> and <langinfo.h>: the C, POSIX and C.UTF-8 locales.
#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

TEST(setlocale_names) {
  ASSERT_STREQ(setlocale(LC_ALL, NULL), "C");  // the initial locale
  ASSERT_STREQ(setlocale(LC_CTYPE, NULL), "C");
  ASSERT_STREQ(setlocale(LC_ALL, ""), "C.UTF-8");
  ASSERT_STREQ(setlocale(LC_ALL, NULL), "C.UTF-8");
  ASSERT_STREQ(setlocale(LC_TIME, NULL), "C.UTF-8");
  ASSERT_STREQ(setlocale(LC_ALL, "POSIX"), "C");
  ASSERT_STREQ(setlocale(LC_ALL, "C.utf8"), "C.UTF-8");
  ASSERT_STREQ(setlocale(LC_ALL, "C.UTF8"), "C.UTF-8");
  ASSERT_STREQ(setlocale(LC_ALL, "C.utf-8"), "C.UTF-8");
  ASSERT_STREQ(setlocale(LC_ALL, "C"), "C");
  // Unknown names fail and change nothing.
  ASSERT_TRUE(setlocale(LC_ALL, "en_US.UTF-8") == NULL);
  ASSERT_TRUE(setlocale(LC_CTYPE, "de_DE") == NULL);
  ASSERT_TRUE(setlocale(LC_ALL, "C.UTF-16") == NULL);
  ASSERT_TRUE(setlocale(LC_ALL, "c") == NULL);
  ASSERT_TRUE(setlocale(LC_ALL, "C.") == NULL);
  ASSERT_TRUE(setlocale(LC_ALL, "C.utf") == NULL);
  ASSERT_TRUE(setlocale(LC_ALL, "C.utf88") == NULL);
  ASSERT_TRUE(setlocale(LC_ALL, "POSIX.UTF-8") == NULL);
  ASSERT_TRUE(setlocale(-1, "C") == NULL);
  ASSERT_TRUE(setlocale(LC_ALL + 1, NULL) == NULL);
  ASSERT_STREQ(setlocale(LC_ALL, NULL), "C");
}

TEST(setlocale_mixed) {
  ASSERT_STREQ(setlocale(LC_ALL, "C"), "C");
  ASSERT_STREQ(setlocale(LC_CTYPE, "C.UTF-8"), "C.UTF-8");
  ASSERT_STREQ(setlocale(LC_CTYPE, NULL), "C.UTF-8");
  ASSERT_STREQ(setlocale(LC_NUMERIC, NULL), "C");
  const char *all = setlocale(LC_ALL, NULL);
  ASSERT_TRUE(all != NULL);
  ASSERT_STREQ(all,
               "LC_COLLATE=C;LC_CTYPE=C.UTF-8;LC_MESSAGES=C;LC_MONETARY=C;"
               "LC_NUMERIC=C;LC_TIME=C");
  // The composite name restores the same state.
  char saved[256];
  ASSERT_TRUE(strlen(all) < sizeof(saved));
  strcpy(saved, all);
  ASSERT_STREQ(setlocale(LC_ALL, "C"), "C");
  ASSERT_STREQ(setlocale(LC_ALL, saved), saved);
  ASSERT_STREQ(setlocale(LC_CTYPE, NULL), "C.UTF-8");
  ASSERT_STREQ(setlocale(LC_COLLATE, NULL), "C");
  // Malformed composites are rejected.
  ASSERT_TRUE(setlocale(LC_ALL, "LC_CTYPE=C.UTF-8") == NULL);
  ASSERT_TRUE(setlocale(LC_ALL, "LC_CTYPE=C;LC_CTYPE=C") == NULL);
  ASSERT_TRUE(setlocale(LC_CTYPE, saved) == NULL);
  ASSERT_STREQ(setlocale(LC_ALL, "C"), "C");
}

TEST(newlocale_and_friends) {
  locale_t l = newlocale(LC_ALL_MASK, "C.UTF-8", NULL);
  ASSERT_TRUE(l != NULL);
  locale_t c = newlocale(LC_CTYPE_MASK, "C", l);
  ASSERT_TRUE(c != NULL);
  locale_t d = duplocale(c);
  ASSERT_TRUE(d != NULL);
  freelocale(d);
  errno = 0;
  ASSERT_TRUE(newlocale(LC_ALL_MASK, "xx_YY", NULL) == NULL);
  ASSERT_EQ(errno, ENOENT);
  errno = 0;
  ASSERT_TRUE(newlocale(1 << 20, "C", NULL) == NULL);
  ASSERT_EQ(errno, EINVAL);
  errno = 0;
  ASSERT_TRUE(newlocale(LC_ALL_MASK, NULL, NULL) == NULL);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_TRUE(newlocale(0, "xx_YY", NULL) == NULL);  // still a bad name
  ASSERT_TRUE(newlocale(0, "C", NULL) != NULL);
  ASSERT_TRUE(LC_C_LOCALE != NULL && LC_C_UNICODE_LOCALE != NULL);
  ASSERT_TRUE(newlocale(LC_ALL_MASK, "C", NULL) == LC_C_LOCALE);
  ASSERT_TRUE(newlocale(LC_ALL_MASK, "", NULL) == LC_C_UNICODE_LOCALE);
  ASSERT_EQ(MB_CUR_MAX_L(l), 4);
  freelocale(c);
  freelocale(l);
}

TEST(uselocale_per_thread) {
  ASSERT_STREQ(setlocale(LC_ALL, "C"), "C");
  ASSERT_TRUE(uselocale(NULL) == LC_GLOBAL_LOCALE);
  locale_t l = newlocale(LC_ALL_MASK, "C.UTF-8", NULL);
  ASSERT_TRUE(uselocale(l) == LC_GLOBAL_LOCALE);
  ASSERT_TRUE(uselocale(NULL) == l);
  // setlocale still reports (and changes) the global locale.
  ASSERT_STREQ(setlocale(LC_ALL, NULL), "C");
  ASSERT_TRUE(uselocale(LC_GLOBAL_LOCALE) == l);
  ASSERT_TRUE(uselocale(NULL) == LC_GLOBAL_LOCALE);
  // duplocale(LC_GLOBAL_LOCALE) is a copy of the global locale.
  ASSERT_STREQ(setlocale(LC_ALL, "C.UTF-8"), "C.UTF-8");
  locale_t g = duplocale(LC_GLOBAL_LOCALE);
  ASSERT_TRUE(g == LC_C_UNICODE_LOCALE);
  ASSERT_STREQ(setlocale(LC_ALL, "C"), "C");
  freelocale(g);
  freelocale(l);
}

static void *thread_locale(void *arg) {
  // A new thread starts out following the global locale.
  if (uselocale(NULL) != LC_GLOBAL_LOCALE)
    return NULL;
  locale_t mine = (locale_t)arg;
  uselocale(mine);
  return uselocale(NULL) == mine ? arg : NULL;
}

TEST(uselocale_is_thread_local) {
  locale_t l = newlocale(LC_CTYPE_MASK, "C.UTF-8", NULL);
  locale_t main_locale = newlocale(LC_ALL_MASK, "C", NULL);
  ASSERT_TRUE(l != NULL && main_locale != NULL && l != main_locale);
  uselocale(main_locale);
  pthread_t t;
  ASSERT_EQ(pthread_create(&t, NULL, thread_locale, l), 0);
  void *result = NULL;
  ASSERT_EQ(pthread_join(t, &result), 0);
  ASSERT_TRUE(result == l);
  ASSERT_TRUE(uselocale(NULL) == main_locale);
  uselocale(LC_GLOBAL_LOCALE);
}

TEST(localeconv_values) {
  struct lconv *lc = localeconv();
  ASSERT_STREQ(lc->decimal_point, ".");
  ASSERT_STREQ(lc->thousands_sep, "");
  ASSERT_STREQ(lc->grouping, "");
  ASSERT_STREQ(lc->int_curr_symbol, "");
  ASSERT_STREQ(lc->currency_symbol, "");
  ASSERT_STREQ(lc->mon_decimal_point, "");
  ASSERT_STREQ(lc->positive_sign, "");
  ASSERT_STREQ(lc->negative_sign, "");
  ASSERT_EQ(lc->frac_digits, CHAR_MAX);
  ASSERT_EQ(lc->int_frac_digits, CHAR_MAX);
  ASSERT_EQ(lc->p_cs_precedes, CHAR_MAX);
  ASSERT_EQ(lc->n_sign_posn, CHAR_MAX);
  ASSERT_EQ(lc->int_n_sign_posn, CHAR_MAX);
  ASSERT_TRUE(localeconv_l(LC_C_UNICODE_LOCALE) == lc);
}

TEST(langinfo) {
  ASSERT_STREQ(nl_langinfo(CODESET), "UTF-8");
  ASSERT_STREQ(nl_langinfo(RADIXCHAR), ".");
  ASSERT_STREQ(nl_langinfo(THOUSEP), "");
  ASSERT_STREQ(nl_langinfo(D_T_FMT), "%a %b %e %H:%M:%S %Y");
  ASSERT_STREQ(nl_langinfo(D_FMT), "%m/%d/%y");
  ASSERT_STREQ(nl_langinfo(T_FMT), "%H:%M:%S");
  ASSERT_STREQ(nl_langinfo(T_FMT_AMPM), "%I:%M:%S %p");
  ASSERT_STREQ(nl_langinfo(AM_STR), "AM");
  ASSERT_STREQ(nl_langinfo(PM_STR), "PM");
  ASSERT_STREQ(nl_langinfo(DAY_1), "Sunday");
  ASSERT_STREQ(nl_langinfo(DAY_7), "Saturday");
  ASSERT_STREQ(nl_langinfo(ABDAY_4), "Wed");
  ASSERT_STREQ(nl_langinfo(MON_1), "January");
  ASSERT_STREQ(nl_langinfo(MON_12), "December");
  ASSERT_STREQ(nl_langinfo(ABMON_9), "Sep");
  ASSERT_STREQ(nl_langinfo(YESEXPR), "^[yY]");
  ASSERT_STREQ(nl_langinfo(NOEXPR), "^[nN]");
  ASSERT_STREQ(nl_langinfo(ERA), "");
  ASSERT_STREQ(nl_langinfo(ALT_DIGITS), "");
  ASSERT_STREQ(nl_langinfo(CRNCYSTR), "-");
  ASSERT_STREQ(nl_langinfo(-1), "");
  ASSERT_STREQ(nl_langinfo(100000), "");
  ASSERT_STREQ(nl_langinfo_l(CODESET, LC_C_LOCALE), "UTF-8");
  ASSERT_STREQ(nl_langinfo_l(MON_2, LC_C_UNICODE_LOCALE), "February");
}
