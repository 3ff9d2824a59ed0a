// <time.h>: clocks and sleeping.
//
// This part of <time.h> covers the clocks; calendar time (struct tm,
// gmtime_r, mktime, strftime, ...) is described in the block further down.
//
// Omitted, and why:
//   clock_getcpuclockid: other processes' clocks are not reachable
//   (global-proc).
//   clock_settime: setting the clock needs privileges (privileged).
//   timer_create, timer_delete, timer_gettime, timer_settime,
//   timer_getoverrun, struct itimerspec: timers that deliver signals
//   (no-signals).
//
// Notes:
//   clockid_t values are CloudABI's clock ids.  CLOCK_REALTIME counts from
//   1970-01-01T00:00:00Z; CLOCK_MONOTONIC never goes back;
//   CLOCK_PROCESS_CPUTIME_ID and CLOCK_THREAD_CPUTIME_ID are the CPU time of
//   this process and the calling thread.
//   nanosleep() and clock_nanosleep() wait with a CloudABI poll on a clock
//   subscription (nanosleep() uses CLOCK_MONOTONIC, so changes of the wall
//   clock do not shorten or lengthen it).  There are no signals, so they
//   are never interrupted: the remaining time, when asked for, is zero.
//   Sleeping on the process CPU-time clock is not supported (ENOTSUP); on
//   the calling thread's, which cannot advance while it sleeps, EINVAL.
//   clock_nanosleep() returns an error number instead of setting errno.
//   clock() is the process CPU time in units of CLOCKS_PER_SEC.
#ifndef _TIME_H_
#define _TIME_H_

#include <_/posix_types.h>
#include <_/struct_timespec.h>

#ifndef _CLOCK_T_DECLARED
#define _CLOCK_T_DECLARED
typedef __clock_t clock_t;
#endif
#ifndef _CLOCKID_T_DECLARED
#define _CLOCKID_T_DECLARED
typedef __clockid_t clockid_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#define CLOCKS_PER_SEC ((clock_t)1000000)

#define CLOCK_MONOTONIC ((clockid_t)1)
#define CLOCK_PROCESS_CPUTIME_ID ((clockid_t)2)
#define CLOCK_REALTIME ((clockid_t)3)
#define CLOCK_THREAD_CPUTIME_ID ((clockid_t)4)

#define TIMER_ABSTIME 0x1
#define TIME_UTC 1

_CLOUDLIBC_BEGIN
clock_t clock(void);
int clock_getres(clockid_t, struct timespec *);
int clock_gettime(clockid_t, struct timespec *);
int clock_nanosleep(clockid_t, int, const struct timespec *, struct timespec *);
int nanosleep(const struct timespec *, struct timespec *);
time_t time(time_t *);
int timespec_get(struct timespec *, int);
_CLOUDLIBC_END

// Calendar time.
//
// Time zones come from a POSIX TZ rule string in the environment (the
// argdata `env` map, see <program.h>), re-read by every conversion that
// depends on it, e.g.
//     TZ=CET-1CEST,M3.5.0,M10.5.0/3    TZ=EST5EDT,M3.2.0,M11.1.0
//     TZ=<+0330>-3:30                  TZ=XST-2XDT,J60/2,300/3
// Names are 3 to 63 letters, or quoted in <> (letters, digits, + and -);
// offsets are [+-]hh[:mm[:ss]] west of Greenwich (hours 0-24); rule dates
// are Mm.w.d, Jn (1-365, February 29 never counted) or n (0-365); rule
// times may be -167 to 167 hours (POSIX.1-2024), 02:00:00 by default.  A
// DST name without a rule uses the US rule M3.2.0,M11.1.0.  There is no
// time zone database (no global filesystem), so the implementation-defined
// forms TZ=:Region/City and TZ=Region/City cannot be resolved: they, an
// unset or empty TZ and any string that does not parse mean UTC, with
// tzname "UTC".  mktime() resolves a wall-clock time that occurs twice
// (tm_isdst -1) to its standard-time occurrence (glibc picks either,
// depending on earlier calls) and a time skipped by a transition with the
// offset in effect before it (02:30 in a spring gap becomes 03:30 DST, as
// in glibc); a positive tm_isdst in a zone without DST means one hour
// ahead (glibc, musl).  DST is in effect from the latest start of DST to the next end
// (the same as glibc's reading of a rule whenever the two dates are not
// days apart; for permanent DST such as EST5EDT4,0/0,J365/25 it stays on
// across New Year).  tm_zone points to storage that stays valid for the
// life of the process.
//
// Extensions: timegm(); struct tm members tm_gmtoff and tm_zone (also in
// POSIX.1-2024); strftime() accepts glibc's flags - _ 0 ^ # and a field
// width on every conversion, padded as glibc pads them, except that %C %F
// %G %Y follow POSIX's rule for widths and the + flag (zeros, and '+' for
// years of more than four digits: %+6Y is +02024, as in musl); %Y is at
// least four digits (0001).  Besides POSIX's conversions it has %k %l %P
// %+ and %s (seconds since the epoch of the time that tm_gmtoff places in
// UTC; glibc calls mktime instead).  An unknown conversion is copied.
// strptime() also accepts %s (into local time) %z %Z %k %l %P %g %G %V %u,
// skips white space before every conversion, and fills in tm_wday and
// tm_yday when the date is known (from month and day, day of the year,
// week and weekday, or ISO week and weekday).
// The _l variants take a locale_t; both locales, "C" and "C.UTF-8", use
// the C conventions for dates.
//
// gmtime(), localtime(), asctime() and ctime() return a per-thread buffer
// (unlike POSIX's process-wide one) so that they are thread-safe; the _r
// variants are preferred.
//
// Omitted, and why:
//   getdate, getdate_err: read templates from the file named by DATEMSK
//   (global-fs).
//
// localtime_l and mktime_l have cloudlibc's signatures (a struct timespec
// for the instant, 0 or an error number returned: EINVAL for tv_nsec
// outside [0, 1e9), EOVERFLOW for a year that does not fit).  In cloudlibc
// the locale object supplies the time zone; locale objects here carry
// none, so they work in the current zone (TZ) exactly as localtime_r and
// mktime do, whatever the locale.  mktime_l does not modify *tm, and
// stores tv_nsec 0 (struct tm has no nanoseconds).
#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

struct tm {
  int tm_sec;
  int tm_min;
  int tm_hour;
  int tm_mday;
  int tm_mon;
  int tm_year;
  int tm_wday;
  int tm_yday;
  int tm_isdst;
  long tm_gmtoff;       // seconds east of UTC
  const char *tm_zone;  // abbreviation of the time zone
};

_CLOUDLIBC_BEGIN
extern char *tzname[2];
extern long timezone;
extern int daylight;

char *asctime(const struct tm *);
char *asctime_r(const struct tm *_CLOUDLIBC_RESTRICT, char *_CLOUDLIBC_RESTRICT);
char *ctime(const time_t *);
char *ctime_r(const time_t *, char *);
double difftime(time_t, time_t);
struct tm *gmtime(const time_t *);
struct tm *gmtime_r(const time_t *_CLOUDLIBC_RESTRICT, struct tm *_CLOUDLIBC_RESTRICT);
struct tm *localtime(const time_t *);
int localtime_l(const struct timespec *_CLOUDLIBC_RESTRICT, struct tm *_CLOUDLIBC_RESTRICT,
                locale_t);
struct tm *localtime_r(const time_t *_CLOUDLIBC_RESTRICT, struct tm *_CLOUDLIBC_RESTRICT);
time_t mktime(struct tm *);
int mktime_l(const struct tm *_CLOUDLIBC_RESTRICT, struct timespec *_CLOUDLIBC_RESTRICT,
             locale_t);
size_t strftime(char *_CLOUDLIBC_RESTRICT, size_t, const char *_CLOUDLIBC_RESTRICT,
                const struct tm *_CLOUDLIBC_RESTRICT);
size_t strftime_l(char *_CLOUDLIBC_RESTRICT, size_t, const char *_CLOUDLIBC_RESTRICT,
                  const struct tm *_CLOUDLIBC_RESTRICT, locale_t);
char *strptime(const char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
               struct tm *_CLOUDLIBC_RESTRICT);
char *strptime_l(const char *_CLOUDLIBC_RESTRICT, const char *_CLOUDLIBC_RESTRICT,
                 struct tm *_CLOUDLIBC_RESTRICT, locale_t);
time_t timegm(struct tm *);
void tzset(void);
_CLOUDLIBC_END

#endif
