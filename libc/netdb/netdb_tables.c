// The built-in services and protocols tables (well-known IANA numbers).
#include <netdb.h>
#include <netinet/in.h>
#include <string.h>

#include "netdb_impl.h"

// x86-64 is little endian: ports are stored in network byte order.
#define NET(p) ((int)((((p) & 0xff) << 8) | ((p) >> 8)))

static char *no_aliases[] = {NULL};

#define BOTH(name, port)                                      \
  {{(char *)name, no_aliases, NET(port), (char *)"tcp"},      \
   {(char *)name, no_aliases, NET(port), (char *)"udp"}}
#define TCP(name, port)                                       \
  {{(char *)name, no_aliases, NET(port), (char *)"tcp"}, {0}}
#define UDP(name, port)                                       \
  {{0}, {(char *)name, no_aliases, NET(port), (char *)"udp"}}

const struct netdb_service __netdb_services[] = {
    BOTH("echo", 7),        BOTH("discard", 9),     BOTH("daytime", 13),
    TCP("ftp-data", 20),    TCP("ftp", 21),         TCP("ssh", 22),
    TCP("telnet", 23),      TCP("smtp", 25),        BOTH("time", 37),
    BOTH("domain", 53),     UDP("tftp", 69),        TCP("gopher", 70),
    TCP("finger", 79),      TCP("http", 80),        BOTH("kerberos", 88),
    TCP("pop3", 110),       BOTH("sunrpc", 111),    TCP("auth", 113),
    TCP("nntp", 119),       UDP("ntp", 123),        TCP("imap", 143),
    UDP("snmp", 161),       UDP("snmp-trap", 162),  TCP("bgp", 179),
    TCP("irc", 194),        BOTH("ldap", 389),      BOTH("https", 443),
    TCP("submissions", 465), UDP("syslog", 514),    TCP("submission", 587),
    TCP("ldaps", 636),      TCP("rsync", 873),      TCP("imaps", 993),
    TCP("pop3s", 995),      TCP("mysql", 3306),     TCP("postgresql", 5432),
    TCP("http-alt", 8080),
};
const unsigned __netdb_nservices =
    sizeof(__netdb_services) / sizeof(__netdb_services[0]);

static char *ip_aliases[] = {(char *)"IP", NULL};
static char *icmp_aliases[] = {(char *)"ICMP", NULL};
static char *tcp_aliases[] = {(char *)"TCP", NULL};
static char *udp_aliases[] = {(char *)"UDP", NULL};
static char *ipv6_aliases[] = {(char *)"IPv6", NULL};
static char *icmpv6_aliases[] = {(char *)"IPv6-ICMP", NULL};
static char *raw_aliases[] = {(char *)"RAW", NULL};

const struct protoent __netdb_protoents[] = {
    {(char *)"ip", ip_aliases, IPPROTO_IP},
    {(char *)"icmp", icmp_aliases, IPPROTO_ICMP},
    {(char *)"tcp", tcp_aliases, IPPROTO_TCP},
    {(char *)"udp", udp_aliases, IPPROTO_UDP},
    {(char *)"ipv6", ipv6_aliases, IPPROTO_IPV6},
    {(char *)"ipv6-icmp", icmpv6_aliases, 58},
    {(char *)"raw", raw_aliases, IPPROTO_RAW},
};
const unsigned __netdb_nprotoents =
    sizeof(__netdb_protoents) / sizeof(__netdb_protoents[0]);

const struct servent *__netdb_find_service(const char *name, int port,
                                           const char *proto) {
  bool tcp = proto == NULL || strcmp(proto, "tcp") == 0;
  bool udp = proto == NULL || strcmp(proto, "udp") == 0;
  for (unsigned i = 0; i < __netdb_nservices; i++) {
    const struct servent *e[2] = {&__netdb_services[i].tcp,
                                  &__netdb_services[i].udp};
    for (int k = 0; k < 2; k++) {
      if (e[k]->s_name == NULL || !(k == 0 ? tcp : udp))
        continue;
      if (name != NULL ? strcmp(e[k]->s_name, name) == 0 : e[k]->s_port == port)
        return e[k];
    }
  }
  return NULL;
}
