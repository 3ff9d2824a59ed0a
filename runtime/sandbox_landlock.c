// Landlock ruleset construction and enforcement (see sandbox_landlock.h).
#define _GNU_SOURCE
#include "sandbox_landlock.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_add_rule 445
#define SYS_landlock_restrict_self 446
#endif

// Filesystem access rights, by the ABI version that introduced them.
#define FS_EXECUTE ((uint64_t)1 << 0)
#define FS_WRITE_FILE ((uint64_t)1 << 1)
#define FS_READ_FILE ((uint64_t)1 << 2)
#define FS_READ_DIR ((uint64_t)1 << 3)
#define FS_REMOVE_DIR ((uint64_t)1 << 4)
#define FS_REMOVE_FILE ((uint64_t)1 << 5)
#define FS_MAKE_CHAR ((uint64_t)1 << 6)
#define FS_MAKE_DIR ((uint64_t)1 << 7)
#define FS_MAKE_REG ((uint64_t)1 << 8)
#define FS_MAKE_SOCK ((uint64_t)1 << 9)
#define FS_MAKE_FIFO ((uint64_t)1 << 10)
#define FS_MAKE_BLOCK ((uint64_t)1 << 11)
#define FS_MAKE_SYM ((uint64_t)1 << 12)
#define FS_REFER ((uint64_t)1 << 13)     // ABI 2
#define FS_TRUNCATE ((uint64_t)1 << 14)  // ABI 3
#define FS_IOCTL_DEV ((uint64_t)1 << 15) // ABI 5
#define NET_BIND_TCP ((uint64_t)1 << 0)    // ABI 4
#define NET_CONNECT_TCP ((uint64_t)1 << 1) // ABI 4
#define SCOPE_ABSTRACT_UNIX ((uint64_t)1 << 0) // ABI 6
#define SCOPE_SIGNAL ((uint64_t)1 << 1)        // ABI 6

// Rights that may be attached to a rule on a file (not a directory).
#define FS_FILE_RIGHTS (FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV)

#define CREATE_RULESET_VERSION 1u
#define RULE_PATH_BENEATH 1
#define HIGHEST_KNOWN_ABI 7

struct ruleset_attr {
  uint64_t handled_access_fs;
  uint64_t handled_access_net;  // ABI 4
  uint64_t scoped;              // ABI 6
};

struct path_beneath_attr {
  uint64_t allowed_access;
  int32_t parent_fd;
} __attribute__((packed));

int landlock_abi(void) {
  long v = syscall(SYS_landlock_create_ruleset, NULL, 0, CREATE_RULESET_VERSION);
  if (v <= 0)
    return 0;
  return v > HIGHEST_KNOWN_ABI ? HIGHEST_KNOWN_ABI : (int)v;
}

static uint64_t fs_rights_of_abi(int abi) {
  uint64_t r = ((uint64_t)1 << 13) - 1;
  if (abi >= 2)
    r |= FS_REFER;
  if (abi >= 3)
    r |= FS_TRUNCATE;
  if (abi >= 5)
    r |= FS_IOCTL_DEV;
  return r;
}

uint64_t landlock_access_for_rights(cloudabi_filetype_t type, cloudabi_rights_t base,
                                    cloudabi_rights_t inheriting) {
  cloudabi_rights_t r = base | inheriting;
  if (type == CLOUDABI_FILETYPE_REGULAR_FILE) {
    // The grant is already open; a rule only matters if the same file is
    // reached again by path, and then it allows no more than the grant.
    uint64_t a = FS_READ_FILE;
    if (base & CLOUDABI_RIGHT_FD_WRITE)
      a |= FS_WRITE_FILE;
    if (base & (CLOUDABI_RIGHT_FD_WRITE | CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE))
      a |= FS_TRUNCATE;
    return a;
  }
  if (type != CLOUDABI_FILETYPE_DIRECTORY)
    return 0;
  // Every file_open beneath opens at least read-only (sys_file.c), and
  // directories are always opened O_RDONLY, so reading is the floor.
  uint64_t a = FS_READ_FILE | FS_READ_DIR;
  if (inheriting & CLOUDABI_RIGHT_FD_WRITE)
    a |= FS_WRITE_FILE | FS_TRUNCATE;
  if (inheriting & CLOUDABI_RIGHT_FILE_STAT_FPUT_SIZE)
    a |= FS_TRUNCATE;
  if (r & CLOUDABI_RIGHT_FILE_CREATE_FILE)
    a |= FS_MAKE_REG;
  if (r & CLOUDABI_RIGHT_FILE_CREATE_DIRECTORY)
    a |= FS_MAKE_DIR;
  if (r & CLOUDABI_RIGHT_FILE_SYMLINK)
    a |= FS_MAKE_SYM;
  if (r & CLOUDABI_RIGHT_FILE_UNLINK)
    a |= FS_REMOVE_FILE | FS_REMOVE_DIR;
  // A rename removes a name in one place and makes one (maybe replacing
  // another) in the other; across directories Landlock also wants REFER.
  if (r & CLOUDABI_RIGHT_FILE_RENAME_SOURCE)
    a |= FS_REFER | FS_REMOVE_FILE | FS_REMOVE_DIR;
  if (r & CLOUDABI_RIGHT_FILE_RENAME_TARGET)
    a |= FS_REFER | FS_MAKE_REG | FS_MAKE_DIR | FS_MAKE_SYM | FS_REMOVE_FILE | FS_REMOVE_DIR;
  if (r & CLOUDABI_RIGHT_FILE_LINK_SOURCE)
    a |= FS_REFER;
  if (r & CLOUDABI_RIGHT_FILE_LINK_TARGET)
    a |= FS_REFER | FS_MAKE_REG | FS_MAKE_SYM;
  return a;
}

int landlock_confine(int abi, const struct landlock_rule *rules, size_t n, char *why,
                     size_t whylen) {
  struct ruleset_attr attr = {.handled_access_fs = fs_rights_of_abi(abi)};
  size_t attr_size = sizeof(attr.handled_access_fs);
  if (abi >= 4) {
    // Handled with no rule: no TCP port can be bound or connected to.
    attr.handled_access_net = NET_BIND_TCP | NET_CONNECT_TCP;
    attr_size = offsetof(struct ruleset_attr, scoped);
  }
  if (abi >= 6) {
    attr.scoped = SCOPE_ABSTRACT_UNIX | SCOPE_SIGNAL;
    attr_size = sizeof(attr);
  }
  int ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr, attr_size, 0);
  if (ruleset < 0) {
    snprintf(why, whylen, "landlock_create_ruleset: %s", strerror(errno));
    return -1;
  }
  for (size_t i = 0; i < n; i++) {
    uint64_t access = rules[i].access & attr.handled_access_fs;
    struct path_beneath_attr pb = {.allowed_access = access, .parent_fd = rules[i].fd};
    if (access == 0)
      continue;
    if (syscall(SYS_landlock_add_rule, ruleset, RULE_PATH_BENEATH, &pb, 0) == 0)
      continue;
    // A non-directory takes only file rights: retry with those.
    if (errno == EINVAL && (access & ~FS_FILE_RIGHTS) != 0) {
      pb.allowed_access = access & FS_FILE_RIGHTS;
      if (pb.allowed_access == 0 ||
          syscall(SYS_landlock_add_rule, ruleset, RULE_PATH_BENEATH, &pb, 0) == 0)
        continue;
    }
    snprintf(why, whylen, "landlock_add_rule (fd %d): %s", rules[i].fd, strerror(errno));
    close(ruleset);
    return -1;
  }
  int r = (int)syscall(SYS_landlock_restrict_self, ruleset, 0);
  int saved = errno;
  close(ruleset);
  if (r != 0) {
    snprintf(why, whylen, "landlock_restrict_self: %s", strerror(saved));
    errno = saved;
    return -1;
  }
  return 0;
}

int landlock_scope_child(void) {
  struct ruleset_attr attr = {.scoped = SCOPE_ABSTRACT_UNIX | SCOPE_SIGNAL};
  int ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr, sizeof(attr), 0);
  if (ruleset < 0)
    return -1;
  int r = (int)syscall(SYS_landlock_restrict_self, ruleset, 0);
  int saved = errno;
  close(ruleset);
  errno = saved;
  return r;
}
