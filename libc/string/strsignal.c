#include <string.h>

// Descriptions indexed by CloudABI signal number (cloudabi_signal_t).  The
// numbers are spelled out because <signal.h> is not available to every
// translation unit of the library: SIGABRT = 1 ... SIGXFSZ = 26.
static const char *const descriptions[27] = {
    [1] = "Aborted",                    // SIGABRT
    [2] = "Alarm clock",                // SIGALRM
    [3] = "Bus error",                  // SIGBUS
    [4] = "Child process status",       // SIGCHLD
    [5] = "Continued",                  // SIGCONT
    [6] = "Floating point exception",   // SIGFPE
    [7] = "Hangup",                     // SIGHUP
    [8] = "Illegal instruction",        // SIGILL
    [9] = "Interrupt",                  // SIGINT
    [10] = "Killed",                    // SIGKILL
    [11] = "Broken pipe",               // SIGPIPE
    [12] = "Quit",                      // SIGQUIT
    [13] = "Segmentation fault",        // SIGSEGV
    [14] = "Stopped (signal)",          // SIGSTOP
    [15] = "Bad system call",           // SIGSYS
    [16] = "Terminated",                // SIGTERM
    [17] = "Trace/breakpoint trap",     // SIGTRAP
    [18] = "Stopped",                   // SIGTSTP
    [19] = "Stopped (tty input)",       // SIGTTIN
    [20] = "Stopped (tty output)",      // SIGTTOU
    [21] = "Urgent I/O condition",      // SIGURG
    [22] = "User defined signal 1",     // SIGUSR1
    [23] = "User defined signal 2",     // SIGUSR2
    [24] = "Virtual timer expired",     // SIGVTALRM
    [25] = "CPU time limit exceeded",   // SIGXCPU
    [26] = "File size limit exceeded",  // SIGXFSZ
};

// Other numbers get "Unknown signal N", built in a per-thread buffer.
char *strsignal(int signum) {
  if (signum > 0 && signum < 27)
    return (char *)descriptions[signum];

  static _Thread_local char buf[sizeof("Unknown signal -2147483648")];
  static const char prefix[] = "Unknown signal ";
  char digits[12];
  size_t nd = 0;
  unsigned int v = signum < 0 ? 0u - (unsigned int)signum : (unsigned int)signum;
  do {
    digits[nd++] = (char)('0' + v % 10);
    v /= 10;
  } while (v != 0);
  char *p = buf;
  for (size_t i = 0; i < sizeof(prefix) - 1; ++i)
    *p++ = prefix[i];
  if (signum < 0)
    *p++ = '-';
  while (nd > 0)
    *p++ = digits[--nd];
  *p = '\0';
  return buf;
}
