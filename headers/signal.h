// <signal.h>: signals.
//
// CloudABI delivers no signals to handlers: a signal sent by the system or
// another process terminates the process, or is ignored if its default
// action is to be ignored.  What remains are the signal numbers
// (CloudABI's, alphabetical: SIGABRT = 1 ... SIGXFSZ = 26), psignal,
// signal sets, and signals the program raises itself: sig_atomic_t,
// SIG_DFL, SIG_ERR, SIG_IGN, signal(), raise(), and the signal mask.
//
// A handler installed with signal() runs when the thread raises that
// signal with raise() (or abort(), for SIGABRT); the signal is blocked
// while its handler runs (BSD and glibc semantics).  SIG_IGN makes raise()
// return without effect.  Faults (SIGSEGV, SIGFPE, ...) and signals from
// outside never reach a handler.  SIGKILL and SIGSTOP cannot be caught,
// ignored or blocked.
//
// sigprocmask and pthread_sigmask set the calling thread's mask (as on
// Linux, sigprocmask acts on the thread); a new thread starts with its
// creator's mask.  raise() of a blocked signal makes it pending for the
// thread (sigpending reports it), and unblocking it delivers it before the
// call returns, lowest signal number first.  Installing SIG_IGN, or SIG_DFL
// for a signal ignored by default (SIGCHLD, SIGCONT, SIGPIPE, SIGURG),
// discards it where it is pending.  abort() ignores the mask, as POSIX
// requires.  sigsetjmp with a non-zero savemask saves the mask and
// siglongjmp restores it.
//
// Omitted, and why:
//   pid_t, kill, killpg: other processes are not addressable
//   (global-proc).
//   sigaction, struct sigaction, pthread_kill, sigsuspend, sigwait,
//   sigwaitinfo, sigtimedwait, sigqueue, sigaltstack, siginterrupt,
//   sighold, sigignore, sigpause, sigrelse, sigset, psiginfo, siginfo_t,
//   stack_t, ucontext_t, mcontext_t, union sigval, struct sigevent,
//   SIG_HOLD, SIGRTMIN, SIGRTMAX, SA_*, SS_*, MINSIGSTKSZ, SIGSTKSZ,
//   SIGEV_*, ILL_*, FPE_*, SEGV_*, BUS_*, TRAP_*, CLD_*, SI_*: there is no
//   asynchronous signal delivery, and no signal can arrive while a thread
//   waits for one (no-signals).
//
// Extensions: NSIG (27, one past the last signal number); psignal_l;
// signal, sig_atomic_t, SIG_DFL, SIG_ERR, SIG_IGN, the mask functions and
// SIG_BLOCK/SIG_UNBLOCK/SIG_SETMASK beyond cloudlibc, as described above.
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

#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

_CLOUDLIBC_BEGIN

void psignal(int, const char *);
void psignal_l(int, const char *, locale_t);
int pthread_sigmask(int, const sigset_t *, sigset_t *);
int raise(int);
void (*signal(int, void (*)(int)))(int);
int sigaddset(sigset_t *, int);
int sigdelset(sigset_t *, int);
int sigemptyset(sigset_t *);
int sigfillset(sigset_t *);
int sigismember(const sigset_t *, int);
int sigpending(sigset_t *);
int sigprocmask(int, const sigset_t *, sigset_t *);

_CLOUDLIBC_END

#endif
