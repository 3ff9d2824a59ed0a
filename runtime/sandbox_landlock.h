// Landlock: the kernel's path-based access control, usable without
// privileges.  The system headers on build machines may predate the ABI
// versions used here, so the constants are spelled out in
// sandbox_landlock.c.
#ifndef RUNTIME_SANDBOX_LANDLOCK_H
#define RUNTIME_SANDBOX_LANDLOCK_H

#include <cloudabi_types.h>
#include <stddef.h>
#include <stdint.h>

// Highest ABI version offered by the kernel, capped at the highest this
// file knows (7); 0 when Landlock is absent or disabled.
int landlock_abi(void);

// Access rights a descriptor of this type and these CloudABI rights needs
// for what may be opened through it (the whole hierarchy beneath a
// directory, or a file itself), before masking to an ABI.
uint64_t landlock_access_for_rights(cloudabi_filetype_t type, cloudabi_rights_t base,
                                    cloudabi_rights_t inheriting);

// What the runtime itself must reach after confinement: executing and
// reading its own binary and shared objects (proc_exec re-executes it).
#define LANDLOCK_RUNTIME_EXEC ((uint64_t)1 << 0 | (uint64_t)1 << 2)
#define LANDLOCK_RUNTIME_READ ((uint64_t)1 << 2)

struct landlock_rule {
  int fd;           // a file or directory (any open mode, O_PATH is fine)
  uint64_t access;  // LANDLOCK_ACCESS_FS_* bits
};

// Builds a ruleset for `abi` (handling every filesystem right the ABI
// knows, TCP bind/connect from ABI 4, abstract unix socket and signal
// scoping from ABI 6), adds the rules (their access masked to the ABI)
// and enforces it on the calling thread (the caller has set
// no_new_privs).  Returns 0 or -1 with a reason in why.
int landlock_confine(int abi, const struct landlock_rule *rules, size_t n, char *why,
                     size_t whylen);

// For the child of proc_fork: a further Landlock layer that handles no
// access right and only scopes (ABI 6), so the child can no longer signal
// its parent or reach its abstract unix sockets, while the parent can
// still signal (kill) the child.  Returns 0 or -1 (errno set; E2BIG once
// 16 layers exist).
int landlock_scope_child(void);

#endif
