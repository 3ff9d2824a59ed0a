// Giving up every capability: a runtime started as root (or with file
// capabilities) would otherwise carry CAP_DAC_OVERRIDE, CAP_KILL and the
// rest into the sandbox, and a re-executed image would get them back.
#ifndef RUNTIME_SANDBOX_CAPS_H
#define RUNTIME_SANDBOX_CAPS_H

#include <stddef.h>

// Clears the ambient, inheritable, permitted and effective sets and, when
// allowed, locks the securebits so that uid 0 regains nothing on execve
// (no_new_privs, set right after, already guarantees that).  Returns 0 when no capability is left, -1 with a reason.
int sandbox_drop_capabilities(char *why, size_t whylen);

#endif
