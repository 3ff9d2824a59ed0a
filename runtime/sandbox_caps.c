#define _GNU_SOURCE
#include "sandbox_caps.h"

#include <errno.h>
#include <linux/capability.h>
#include <linux/securebits.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef PR_CAP_AMBIENT
#define PR_CAP_AMBIENT 47
#define PR_CAP_AMBIENT_CLEAR_ALL 4
#endif

static int capget_v3(struct __user_cap_data_struct data[2]) {
  struct __user_cap_header_struct h = {.version = _LINUX_CAPABILITY_VERSION_3, .pid = 0};
  return (int)syscall(SYS_capget, &h, data);
}

int sandbox_drop_capabilities(char *why, size_t whylen) {
  struct __user_cap_data_struct data[2];
  memset(data, 0, sizeof(data));
  if (capget_v3(data) != 0) {
    snprintf(why, whylen, "capget: %s", strerror(errno));
    return -1;
  }
  int had_setpcap = (data[0].effective >> CAP_SETPCAP) & 1;
  // Ambient capabilities would survive execve of the runtime.
  prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
  // The bounding set is left alone: under no_new_privs an execve never
  // gains a capability its caller lacks in the permitted set, which is
  // emptied below (and dropping 41 bits costs 41 credential commits).
  if (had_setpcap)
    prctl(PR_SET_SECUREBITS,
          SECBIT_NOROOT | SECBIT_NOROOT_LOCKED | SECBIT_NO_SETUID_FIXUP |
              SECBIT_NO_SETUID_FIXUP_LOCKED | SECBIT_KEEP_CAPS_LOCKED,
          0, 0, 0);
  struct __user_cap_header_struct h = {.version = _LINUX_CAPABILITY_VERSION_3, .pid = 0};
  memset(data, 0, sizeof(data));
  if (syscall(SYS_capset, &h, data) != 0) {
    snprintf(why, whylen, "capset: %s", strerror(errno));
    return -1;
  }
  if (capget_v3(data) != 0 || data[0].permitted != 0 || data[1].permitted != 0 ||
      data[0].effective != 0 || data[1].effective != 0) {
    snprintf(why, whylen, "capabilities remain after capset");
    return -1;
  }
  return 0;
}
