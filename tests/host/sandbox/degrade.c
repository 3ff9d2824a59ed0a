// Runs a command as if the kernel lacked a sandbox feature, to test the
// runtime's warning and --require-sandbox refusal:
//   degrade landlock|seccomp COMMAND...
// landlock: landlock_create_ruleset fails with ENOSYS (kernel before 5.13
// or Landlock disabled); seccomp: the seccomp system call fails with
// EINVAL (no filter mode).  Done with a seccomp filter of its own, which
// the runtime's later one stacks on.
#define _GNU_SOURCE
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#endif

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: degrade landlock|seccomp COMMAND...\n");
    return 2;
  }
  unsigned nr, err;
  if (strcmp(argv[1], "landlock") == 0) {
    nr = SYS_landlock_create_ruleset;
    err = ENOSYS;
  } else if (strcmp(argv[1], "seccomp") == 0) {
    nr = SYS_seccomp;
    err = EINVAL;
  } else {
    fprintf(stderr, "degrade: unknown feature %s\n", argv[1]);
    return 2;
  }
  struct sock_filter filter[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nr, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | err),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog prog = {.len = sizeof(filter) / sizeof(filter[0]), .filter = filter};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
      prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0) {
    perror("degrade: seccomp");
    return 2;
  }
  execv(argv[2], argv + 2);
  perror("degrade: exec");
  return 2;
}
