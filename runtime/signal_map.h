// CloudABI signal numbers <-> Linux signal numbers.
#ifndef RUNTIME_SIGNAL_MAP_H
#define RUNTIME_SIGNAL_MAP_H

#include <cloudabi_types.h>

// 0 when sig is not a CloudABI signal.
int signal_to_host(cloudabi_signal_t sig);
// 0 when the host signal has no CloudABI counterpart.
cloudabi_signal_t signal_from_host(int host_sig);

#endif
