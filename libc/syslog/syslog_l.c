#include <syslog.h>

void syslog_l(int priority, locale_t locale, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  vsyslog_l(priority, locale, format, ap);
  va_end(ap);
}
