#include <locale_impl.h>

// The constant locale objects (see locale_impl.h) and the current locales.

const struct __locale __locale_c = {0};
const struct __locale __locale_c_utf8 = {LC_ALL_MASK};

const struct __locale __locales[1 << LOCALE_CATEGORIES] = {
#define L4(b) {(b)}, {(b) + 1}, {(b) + 2}, {(b) + 3}
#define L16(b) L4(b), L4((b) + 4), L4((b) + 8), L4((b) + 12)
    L16(0), L16(16), L16(32), L16(48),
#undef L16
#undef L4
};

locale_t __locale_global = (locale_t)&__locale_c;
_Thread_local locale_t __locale_thread;

const char *const __locale_category_names[LOCALE_CATEGORIES] = {
    [LC_COLLATE] = "LC_COLLATE", [LC_CTYPE] = "LC_CTYPE",
    [LC_MESSAGES] = "LC_MESSAGES", [LC_MONETARY] = "LC_MONETARY",
    [LC_NUMERIC] = "LC_NUMERIC", [LC_TIME] = "LC_TIME",
};
