// Host check: this libc's strptime_l (compiled for the host under another
// name) against glibc's strptime on a list of inputs; prints the cases
// whose results differ.  The differences left are deliberate:
//   "%G %V %u": this libc also sets the date from an ISO week (glibc only
//     parses the fields);
//   "%M" on "60": out of range fails (glibc reads "6" and stops);
//   "%Y" with a sign: accepted (as musl does; glibc refuses);
//   "%Ey": the C locale has no eras, so %Ey is %y (glibc computes -1876).
//
//   I=../../../../libc/internal
//   cc -O1 -std=gnu11 -I$I -Dstrptime_l=my_strptime_l -c ../../../../libc/time/strptime_l.c
//   cc -O1 -std=gnu11 -I$I -c ../../../../libc/time/time_calendar.c
//   cc -O1 -I$I strptime_vs_glibc.c strptime_l.o time_calendar.o -o strptime_vs_glibc
//   TZ=UTC0 ./strptime_vs_glibc
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <locale.h>
#include "tz_impl.h"
char *my_strptime_l(const char *restrict s, const char *restrict f, struct tm *restrict tm, locale_t l);
const struct tz_rule __tz_utc = {.std_name = "UTC"};
void __tz_current(struct tz_rule *r) { *r = __tz_utc; }
static const char *inputs[][2] = {
  {"%Y-%m-%d", "2024-7-4"}, {"%Y-%m-%d", " 2024- 07-04"}, {"%d/%m/%Y", "4/7/2024x"},
  {"%a %b %d", "Thu Jul 04"}, {"%A %B %d %Y", "thursday JULY 4 2024"}, {"%b %d %Y", "Sept 4 2024"},
  {"%H:%M:%S", "23:59:60"}, {"%H:%M:%S", "24:00:00"}, {"%I:%M %p", "12:30 am"}, {"%I:%M %p", "12:30 PM"},
  {"%j %Y", "366 2024"}, {"%j %Y", "60 2023"}, {"%y", "68"}, {"%y", "69"}, {"%C%y", "1969"}, {"%C", "20"},
  {"%Y %U %w", "2024 10 3"}, {"%Y %W %w", "2024 10 3"}, {"%Y %U %a", "2024 0 Mon"}, {"%G %V %u", "2020 53 5"},
  {"%e", " 7"}, {"%D", "12/31/99"}, {"%T", "1:2:3"}, {"%R", "10:5"}, {"%r", "01:02:03 PM"},
  {"%Y%m%d", "20240704"}, {"%Y%m%d%H%M%S", "20240704120000"}, {"%n%Y", "   2024"}, {"%t%Y%%", "2024%"},
  {"%m", "0"}, {"%d", "0"}, {"%M", "60"}, {"%Y", "-44"}, {"%Y", "+2024"}, {"%Y", "12345"},
  {"%z", "+0530"}, {"%z", "-08:00"}, {"%z", "Z"}, {"%z", "+5"}, {"%Z", "UTC"}, {"%s", "86400"},
  {"%Ey %EY %Od", "24 2024 04"}, {"%c", "Thu Jul  4 09:05:03 2024"}, {"%x", "07/04/24"}, {"%X", "9:05:03"},
  {"%F", "2024-07-04"}, {"%Y-%m-%dT%H:%M:%S", "2024-07-04T09:05:03"}, {"%h %e", "jan 5"}, {"%k:%M", " 9:05"}, {"%l %p", " 9 pm"},
  {"%m/%d", "2/29"}, {"%u", "7"}, {"%w", "7"}, {"%V", "0"}, {"%g", "24"}, {"%d%m", "0101"},
};
static void show(const char *who, const char *end, const char *in, const struct tm *t) {
  printf("  %-6s end=%-3ld %d-%d-%d %d:%d:%d w%d y%d off%ld\n", who, end ? (long)(end - in) : -1L,
         t->tm_year, t->tm_mon, t->tm_mday, t->tm_hour, t->tm_min, t->tm_sec, t->tm_wday, t->tm_yday, t->tm_gmtoff);
}
int main(void) {
  for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    struct tm a, b;
    memset(&a, 0, sizeof a); memset(&b, 0, sizeof b);
    a.tm_year = b.tm_year = 100; a.tm_mday = b.tm_mday = 1;
    char *ea = strptime(inputs[i][1], inputs[i][0], &a);
    char *eb = my_strptime_l(inputs[i][1], inputs[i][0], &b, 0);
    int same = ea == NULL ? eb == NULL : (eb != NULL && ea - inputs[i][1] == eb - inputs[i][1] &&
      a.tm_year == b.tm_year && a.tm_mon == b.tm_mon && a.tm_mday == b.tm_mday && a.tm_hour == b.tm_hour &&
      a.tm_min == b.tm_min && a.tm_sec == b.tm_sec && a.tm_wday == b.tm_wday && a.tm_yday == b.tm_yday && a.tm_gmtoff == b.tm_gmtoff);
    if (!same) {
      printf("\"%s\" on \"%s\"\n", inputs[i][0], inputs[i][1]);
      show("glibc", ea, inputs[i][1], &a); show("mine", eb, inputs[i][1], &b);
    }
  }
}
