// Runs cloudabi-run as if the kernel had no openat2: a seccomp filter
// makes openat2 fail with the errno named by NO_OPENAT2_ERRNO (ENOSYS by
// default, as on kernels before 5.6; EPERM to prove a resolver never calls
// it).  Usage: no_openat2 PROGRAM CONFIG.yaml  (the run_test.cmake RUN
// interface); the runtime's path is built in.
#define _GNU_SOURCE
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_openat2
#define SYS_openat2 437
#endif

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: no_openat2 PROGRAM CONFIG.yaml\n");
    return 2;
  }
  const char *which = getenv("NO_OPENAT2_ERRNO");
  unsigned err = which != NULL && strcmp(which, "EPERM") == 0 ? EPERM : ENOSYS;
  struct sock_filter filter[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_openat2, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | err),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog prog = {.len = sizeof(filter) / sizeof(filter[0]), .filter = filter};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
      prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0) {
    perror("no_openat2: seccomp");
    return 2;
  }
  execl(CLOUDABI_RUN_PATH, "cloudabi-run", argv[1], argv[2], (char *)NULL);
  perror("no_openat2: exec");
  return 2;
}
