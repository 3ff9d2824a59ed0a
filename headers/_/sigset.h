// Internal: sigset_t, shared by <signal.h> and <sys/select.h> (pselect).
#ifndef ___SIGSET_H_
#define ___SIGSET_H_

typedef struct {
  unsigned long __mask;  // bit n: signal n
} sigset_t;

#endif
