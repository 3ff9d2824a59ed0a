#include <cloudabi_syscalls.h>
#include <errno.h>
#include <sys/resource.h>

int getrusage(int who, struct rusage *r_usage) {
  switch (who) {
    case RUSAGE_SELF: {
      cloudabi_timestamp_t cpu;
      cloudabi_errno_t error =
          cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_PROCESS_CPUTIME_ID, 1, &cpu);
      if (error != 0) {
        errno = error;
        return -1;
      }
      *r_usage = (struct rusage){
          .ru_utime = {.tv_sec = (time_t)(cpu / 1000000000),
                       .tv_usec = (suseconds_t)(cpu % 1000000000 / 1000)}};
      return 0;
    }
    case RUSAGE_CHILDREN:
      // Terminated children's CPU time is not reported to the parent.
      *r_usage = (struct rusage){0};
      return 0;
    default:
      errno = EINVAL;
      return -1;
  }
}
