#include <arpa/inet.h>
#include <errno.h>
#include <locale.h>
#include <net/if.h>
#include <netdb.h>
#include <string.h>

#include "harness.h"

TEST(numeric_hosts) {
  struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res;
  ASSERT_EQ(getaddrinfo("192.0.2.7", "80", &hints, &res), 0);
  ASSERT_EQ(res->ai_family, AF_INET);
  ASSERT_EQ(res->ai_socktype, SOCK_STREAM);
  ASSERT_EQ(res->ai_protocol, IPPROTO_TCP);
  ASSERT_EQ(res->ai_addrlen, sizeof(struct sockaddr_in));
  struct sockaddr_in *in = (struct sockaddr_in *)res->ai_addr;
  ASSERT_EQ(in->sin_family, AF_INET);
  ASSERT_EQ(ntohs(in->sin_port), 80);
  ASSERT_EQ(ntohl(in->sin_addr.s_addr), 0xc0000207);
  ASSERT_TRUE(res->ai_next == NULL);
  freeaddrinfo(res);

  ASSERT_EQ(getaddrinfo("2001:db8::1", "https", NULL, &res), 0);
  // No socket type given: one entry per type that has the service.
  ASSERT_EQ(res->ai_family, AF_INET6);
  ASSERT_EQ(res->ai_socktype, SOCK_STREAM);
  ASSERT_TRUE(res->ai_next != NULL);
  ASSERT_EQ(res->ai_next->ai_socktype, SOCK_DGRAM);
  struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)res->ai_addr;
  ASSERT_EQ(ntohs(in6->sin6_port), 443);
  ASSERT_EQ(in6->sin6_addr.s6_addr[0], 0x20);
  ASSERT_EQ(in6->sin6_addr.s6_addr[15], 1);
  freeaddrinfo(res);

  // Canonical name of a numeric host is the host.
  hints = (struct addrinfo){.ai_flags = AI_CANONNAME, .ai_socktype = SOCK_DGRAM};
  ASSERT_EQ(getaddrinfo("10.1.2.3", NULL, &hints, &res), 0);
  ASSERT_STREQ(res->ai_canonname, "10.1.2.3");
  freeaddrinfo(res);
}

TEST(names_fail) {
  struct addrinfo *res;
  ASSERT_EQ(getaddrinfo("localhost", "80", NULL, &res), EAI_NONAME);
  ASSERT_EQ(getaddrinfo("example.org", NULL, NULL, &res), EAI_NONAME);
  ASSERT_EQ(getaddrinfo(NULL, NULL, NULL, &res), EAI_NONAME);
  struct addrinfo hints = {.ai_flags = AI_NUMERICSERV};
  ASSERT_EQ(getaddrinfo("1.2.3.4", "http", &hints, &res), EAI_NONAME);
  ASSERT_EQ(getaddrinfo("1.2.3.4", "no-such-service", NULL, &res), EAI_SERVICE);
  ASSERT_EQ(getaddrinfo("1.2.3.4", "70000", NULL, &res), EAI_SERVICE);
  hints = (struct addrinfo){.ai_family = AF_UNIX};
  ASSERT_EQ(getaddrinfo("1.2.3.4", "1", &hints, &res), EAI_FAMILY);
  hints = (struct addrinfo){.ai_family = AF_INET6};
  ASSERT_EQ(getaddrinfo("1.2.3.4", "1", &hints, &res), EAI_NONAME);
  hints = (struct addrinfo){.ai_flags = 0x4000};
  ASSERT_EQ(getaddrinfo("1.2.3.4", "1", &hints, &res), EAI_BADFLAGS);
  hints = (struct addrinfo){.ai_socktype = 12345};
  ASSERT_EQ(getaddrinfo("1.2.3.4", "1", &hints, &res), EAI_SOCKTYPE);
  ASSERT_TRUE(strstr(gai_strerror(EAI_NONAME), "numeric") != NULL);
  ASSERT_TRUE(gai_strerror_l(EAI_MEMORY, LC_C_LOCALE) == gai_strerror(EAI_MEMORY));
  ASSERT_STREQ(gai_strerror(9999), "Unknown error");
}

TEST(null_host) {
  struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res;
  ASSERT_EQ(getaddrinfo(NULL, "8080", &hints, &res), 0);
  ASSERT_EQ(res->ai_family, AF_INET);
  ASSERT_EQ(ntohl(((struct sockaddr_in *)res->ai_addr)->sin_addr.s_addr),
            INADDR_LOOPBACK);
  ASSERT_TRUE(res->ai_next != NULL);
  ASSERT_EQ(res->ai_next->ai_family, AF_INET6);
  ASSERT_TRUE(memcmp(&((struct sockaddr_in6 *)res->ai_next->ai_addr)->sin6_addr,
                     &in6addr_loopback, 16) == 0);
  freeaddrinfo(res);
  hints.ai_flags = AI_PASSIVE;
  hints.ai_family = AF_INET;
  ASSERT_EQ(getaddrinfo(NULL, "8080", &hints, &res), 0);
  ASSERT_EQ(((struct sockaddr_in *)res->ai_addr)->sin_addr.s_addr, 0);
  ASSERT_TRUE(res->ai_next == NULL);
  freeaddrinfo(res);
}

TEST(name_info) {
  struct sockaddr_in in = {.sin_family = AF_INET, .sin_port = htons(22)};
  in.sin_addr.s_addr = htonl(0x7f000001);
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  ASSERT_EQ(getnameinfo((struct sockaddr *)&in, sizeof(in), host, sizeof(host),
                        serv, sizeof(serv), 0), 0);
  ASSERT_STREQ(host, "127.0.0.1");
  ASSERT_STREQ(serv, "ssh");
  ASSERT_EQ(getnameinfo((struct sockaddr *)&in, sizeof(in), host, sizeof(host),
                        serv, sizeof(serv), NI_NUMERICSERV), 0);
  ASSERT_STREQ(serv, "22");
  in.sin_port = htons(123);
  ASSERT_EQ(getnameinfo((struct sockaddr *)&in, sizeof(in), NULL, 0, serv,
                        sizeof(serv), NI_DGRAM), 0);
  ASSERT_STREQ(serv, "ntp");
  ASSERT_EQ(getnameinfo((struct sockaddr *)&in, sizeof(in), host, 5, NULL, 0, 0),
            EAI_OVERFLOW);
  struct sockaddr_in6 in6 = {.sin6_family = AF_INET6, .sin6_port = htons(9999)};
  in6.sin6_addr.s6_addr[15] = 1;
  in6.sin6_scope_id = 3;
  ASSERT_EQ(getnameinfo((struct sockaddr *)&in6, sizeof(in6), host, sizeof(host),
                        serv, sizeof(serv), NI_NUMERICHOST), 0);
  ASSERT_STREQ(host, "::1%3");
  ASSERT_STREQ(serv, "9999");
  ASSERT_EQ(getnameinfo((struct sockaddr *)&in6, sizeof(in), host, sizeof(host),
                        NULL, 0, 0), EAI_FAMILY);
}

TEST(databases) {
  struct servent *s = getservbyname("http", "tcp");
  ASSERT_TRUE(s != NULL);
  ASSERT_EQ(ntohs((uint16_t)s->s_port), 80);
  ASSERT_STREQ(s->s_proto, "tcp");
  ASSERT_TRUE(getservbyname("http", "udp") == NULL);
  s = getservbyname("domain", NULL);
  ASSERT_TRUE(s != NULL);
  ASSERT_EQ(ntohs((uint16_t)s->s_port), 53);
  s = getservbyport(htons(123), NULL);
  ASSERT_TRUE(s != NULL);
  ASSERT_STREQ(s->s_name, "ntp");
  ASSERT_STREQ(s->s_proto, "udp");
  ASSERT_TRUE(getservbyport(htons(1), "tcp") == NULL);
  struct protoent *p = getprotobyname("udp");
  ASSERT_TRUE(p != NULL);
  ASSERT_EQ(p->p_proto, IPPROTO_UDP);
  ASSERT_TRUE(getprotobyname("TCP") == getprotobynumber(IPPROTO_TCP));
  ASSERT_TRUE(getprotobynumber(250) == NULL);
  setservent(1);
  endservent();
  setprotoent(0);
  endprotoent();
  ASSERT_TRUE(getprotobyname("icmp") != NULL);
}

TEST(interfaces) {
  errno = 0;
  ASSERT_EQ(if_nametoindex("lo"), 0);
  ASSERT_EQ(errno, ENXIO);
  char name[IF_NAMESIZE];
  ASSERT_TRUE(if_indextoname(1, name) == NULL);
  ASSERT_EQ(errno, ENXIO);
}
