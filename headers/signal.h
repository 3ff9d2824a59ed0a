// <signal.h>: signals.
//
// CloudABI delivers no signals to handlers and has no signal masks: a
// signal sent by the system or another process terminates the process, or
// is ignored if its default action is to be ignored.  What remains are the
// signal numbers (CloudABI's, alphabetical: SIGABRT = 1 ... SIGXFSZ = 26),
// psignal, signal sets (useful for code that only builds them) and the C
// standard's minimum: sig_atomic_t, SIG_DFL, SIG_ERR, SIG_IGN, signal() and
// raise().  A handler installed with signal() runs when the program raises
// that signal itself with raise() (or abort(), for SIGABRT); SIG_IGN makes
// raise() return without effect.  Faults (SIGSEGV, SIGFPE, ...) and signals
// from outside never reach a handler.  SIGKILL and SIGSTOP cannot be caught.
//
// Omitted, and why:
//   pid_t, kill, killpg: other processes are not addressable
//   (global-proc).
//   sigaction, struct sigaction, sigprocmask, pthread_sigmask,
//   pthread_kill, sigsuspend, sigpending, sigwait, sigwaitinfo,
//   sigtimedwait, sigqueue, sigaltstack, siginterrupt, sighold, sigignore,
//   sigpause, sigrelse, sigset, psiginfo, siginfo_t, stack_t, ucontext_t,
//   mcontext_t, union sigval, struct sigevent, SIG_HOLD, SIG_BLOCK,
//   SIG_UNBLOCK, SIG_SETMASK, SIGRTMIN, SIGRTMAX, SA_*, SS_*, MINSIGSTKSZ,
//   SIGSTKSZ, SIGEV_*, ILL_*, FPE_*, SEGV_*, BUS_*, TRAP_*, CLD_*, SI_*:
//   there is no asynchronous signal delivery (no-signals).
//
// Extensions: NSIG (27, one past the last signal number); psignal_l;
// signal, sig_atomic_t, SIG_DFL, SIG_ERR and SIG_IGN beyond cloudlibc, as
// described above.
#ifndef _SIGNAL_H_
#define _SIGNAL_H_

#include <_/types.h>

#ifndef _LOCALE_T_DECLARED
#define _LOCALE_T_DECLARED
typedef __locale_t locale_t;
#endif

#include <_/sigset.h>

#define SIGABRT 1
#define SIGALRM 2
#define SIGBUS 3
#define SIGCHLD 4
#define SIGCONT 5
#define SIGFPE 6
#define SIGHUP 7
#define SIGILL 8
#define SIGINT 9
#define SIGKILL 10
#define SIGPIPE 11
#define SIGQUIT 12
#define SIGSEGV 13
#define SIGSTOP 14
#define SIGSYS 15
#define SIGTERM 16
#define SIGTRAP 17
#define SIGTSTP 18
#define SIGTTIN 19
#define SIGTTOU 20
#define SIGURG 21
#define SIGUSR1 22
#define SIGUSR2 23
#define SIGVTALRM 24
#define SIGXCPU 25
#define SIGXFSZ 26
#define NSIG 27

typedef int sig_atomic_t;

#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))1)
#define SIG_ERR ((void (*)(int))-1)

_CLOUDLIBC_BEGIN

void psignal(int, const char *);
void psignal_l(int, const char *, locale_t);
int raise(int);
void (*signal(int, void (*)(int)))(int);
int sigaddset(sigset_t *, int);
int sigdelset(sigset_t *, int);
int sigemptyset(sigset_t *);
int sigfillset(sigset_t *);
int sigismember(const sigset_t *, int);

_CLOUDLIBC_END

#endif
