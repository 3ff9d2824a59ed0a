#include "start.h"

#include <cloudabi_types.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <linux/futex.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "diag.h"
#include "fd_table.h"
#include "guest_thread.h"

#define CANARY_LEN 64
#define PID_LEN 16

// The program keeps pointers to these for its whole life.
static unsigned char process_canary[CANARY_LEN];
static unsigned char process_uuid[PID_LEN];
static struct guest_thread initial_thread;

static void fill_random(void *buf, size_t len) {
  unsigned char *p = buf;
  while (len > 0) {
    ssize_t n = getrandom(p, len, 0);
    if (n < 0)
      launch_fail("cannot obtain random bytes");
    p += n;
    len -= (size_t)n;
  }
}

void start_renew_process_id(void) {
  fill_random(process_uuid, sizeof(process_uuid));
  process_uuid[6] = (process_uuid[6] & 0x0f) | 0x40;  // RFC 4122 version 4
  process_uuid[8] = (process_uuid[8] & 0x3f) | 0x80;  // RFC 4122 variant
}

void start_program(const struct loaded_program *prog, const void *vdso, const void *argdata,
                   size_t argdata_len) {
  fill_random(process_canary, sizeof(process_canary));
  start_renew_process_id();

  long ncpus = sysconf(_SC_NPROCESSORS_ONLN);
  long pagesz = sysconf(_SC_PAGESIZE);
  cloudabi_tid_t tid = guest_tid_self();
  initial_thread.tid = tid;

  static cloudabi_auxv_t auxv[13];
  size_t n = 0;
#define AUX_VAL(t, v) auxv[n].a_type = (t), auxv[n++].a_val = (size_t)(v)
#define AUX_PTR(t, p) auxv[n].a_type = (t), auxv[n++].a_ptr = (void *)(p)
  AUX_PTR(CLOUDABI_AT_ARGDATA, argdata);
  AUX_VAL(CLOUDABI_AT_ARGDATALEN, argdata_len);
  AUX_PTR(CLOUDABI_AT_BASE, prog->base);
  AUX_PTR(CLOUDABI_AT_CANARY, process_canary);
  AUX_VAL(CLOUDABI_AT_CANARYLEN, sizeof(process_canary));
  AUX_VAL(CLOUDABI_AT_NCPUS, ncpus > 0 ? ncpus : 1);
  AUX_VAL(CLOUDABI_AT_PAGESZ, pagesz > 0 ? pagesz : 4096);
  AUX_PTR(CLOUDABI_AT_PHDR, prog->phdr);
  AUX_VAL(CLOUDABI_AT_PHNUM, prog->phnum);
  AUX_PTR(CLOUDABI_AT_PID, process_uuid);
  AUX_PTR(CLOUDABI_AT_SYSINFO_EHDR, vdso);
  AUX_VAL(CLOUDABI_AT_TID, tid);
  AUX_VAL(CLOUDABI_AT_NULL, 0);
#undef AUX_VAL
#undef AUX_PTR

  // CloudABI's fixed signal actions: SIGPIPE is ignored (writes report
  // EPIPE), SIGCHLD and SIGURG are ignored by default anyway.  Nothing the
  // launcher inherited stays blocked.
  signal(SIGPIPE, SIG_IGN);
  // Children made by proc_fork are reaped through their process
  // descriptors; an inherited SIG_IGN would have the kernel reap them.
  signal(SIGCHLD, SIG_DFL);
  sigset_t none;
  sigemptyset(&none);
  pthread_sigmask(SIG_SETMASK, &none, NULL);

  // When the last thread leaves, glibc's exit runs this: the descriptors
  // close, and with them the children they still name.
  atexit(fd_table_kill_children);

  // thread_exit on the initial thread lands here: the process lives on
  // while other threads run, and ends with status 0 after the last one
  // (guest_thread_gone).  This host thread stays parked meanwhile.
  if (setjmp(initial_thread.exit_to) != 0) {
    guest_thread_gone();
    // A futex wait that nothing wakes (the sandbox's filter allows futex,
    // not pause).
    static uint32_t parked;
    for (;;)
      syscall(SYS_futex, &parked, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
  }
  guest_enter(prog->entry, (uintptr_t)auxv, 0, &initial_thread);
}
