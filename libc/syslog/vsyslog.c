#include <locale.h>
#include <syslog.h>

void vsyslog(int priority, const char *format, va_list ap) {
  vsyslog_l(priority, LC_C_LOCALE, format, ap);
}
