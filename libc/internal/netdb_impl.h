// Internal: the built-in services and protocols tables of <netdb.h>.
#ifndef LIBC_INTERNAL_NETDB_IMPL_H
#define LIBC_INTERNAL_NETDB_IMPL_H

#include <netdb.h>
#include <stdbool.h>

// Entries are constant; the pointers in the returned structures are not
// const only because the traditional structure types say so.
struct netdb_service {
  struct servent tcp, udp;  // s_name NULL: not defined for that protocol
};

extern const struct netdb_service __netdb_services[];
extern const unsigned __netdb_nservices;
extern const struct protoent __netdb_protoents[];
extern const unsigned __netdb_nprotoents;

// Finds a service by name (or, with name NULL, by port in network byte
// order) for protocol "tcp", "udp" or NULL (either, TCP first).
const struct servent *__netdb_find_service(const char *name, int port,
                                           const char *proto);

#endif
