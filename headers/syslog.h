// <syslog.h>: system log.
//
// There is no log daemon to talk to: syslog writes each message that
// passes the log mask as one line to standard error (when the program was
// granted one, see <stdio.h>), as "ident: message" (just the message
// without an identifier), where %m in the format stands for
// strerror(errno).  openlog sets the identifier, closelog forgets it and
// setlogmask filters priorities, for the whole process.  Processes have no
// numeric IDs, so LOG_PID is accepted and has no effect; the facility is
// not printed.
//
// Extensions: LOG_UPTO; vsyslog; syslog_l and vsyslog_l.
#ifndef _SYSLOG_H_
#define _SYSLOG_H_

#include <_/types.h>
#include <stdarg.h>

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

// Options.
#define LOG_PID 0x01
#define LOG_CONS 0x02
#define LOG_ODELAY 0x04
#define LOG_NDELAY 0x08
#define LOG_NOWAIT 0x10

// Facilities.
#define LOG_KERN (0 << 3)
#define LOG_USER (1 << 3)
#define LOG_MAIL (2 << 3)
#define LOG_DAEMON (3 << 3)
#define LOG_AUTH (4 << 3)
#define LOG_LPR (6 << 3)
#define LOG_NEWS (7 << 3)
#define LOG_UUCP (8 << 3)
#define LOG_CRON (9 << 3)
#define LOG_LOCAL0 (16 << 3)
#define LOG_LOCAL1 (17 << 3)
#define LOG_LOCAL2 (18 << 3)
#define LOG_LOCAL3 (19 << 3)
#define LOG_LOCAL4 (20 << 3)
#define LOG_LOCAL5 (21 << 3)
#define LOG_LOCAL6 (22 << 3)
#define LOG_LOCAL7 (23 << 3)

// Priorities.
#define LOG_EMERG 0
#define LOG_ALERT 1
#define LOG_CRIT 2
#define LOG_ERR 3
#define LOG_WARNING 4
#define LOG_NOTICE 5
#define LOG_INFO 6
#define LOG_DEBUG 7

#define LOG_MASK(pri) (1 << (pri))
#define LOG_UPTO(pri) ((1 << ((pri) + 1)) - 1)

_CLOUDLIBC_BEGIN

void closelog(void);
void openlog(const char *, int, int);
int setlogmask(int);
void syslog(int, const char *, ...) __attribute__((__format__(__printf__, 2, 3)));
void syslog_l(int, locale_t, const char *, ...)
    __attribute__((__format__(__printf__, 3, 4)));
void vsyslog(int, const char *, va_list);
void vsyslog_l(int, locale_t, const char *, va_list);

_CLOUDLIBC_END

#endif
