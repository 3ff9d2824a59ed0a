// <arpa/inet.h> and <netinet/in.h>.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>

#include "posixtest.h"

#undef htonl
#undef htons
#undef ntohl
#undef ntohs

TEST(byte_order) {
  ASSERT_EQ(htonl(0x01020304), 0x04030201);
  ASSERT_EQ(htons(0x0102), 0x0201);
  ASSERT_EQ(ntohl(0xa0b0c0d0), 0xd0c0b0a0);
  ASSERT_EQ(ntohs(0xabcd), 0xcdab);
  uint32_t n = htonl(0x7f000001);
  ASSERT_MEMEQ(&n, "\x7f\x00\x00\x01", 4);
}

static int pton4(const char *s, const char *expect) {
  struct in_addr a;
  int r = inet_pton(AF_INET, s, &a);
  if (r != 1)
    return r == 0 ? 0 : -1;
  return memcmp(&a, expect, 4) == 0 ? 1 : -2;
}

TEST(pton_ipv4) {
  ASSERT_EQ(pton4("127.0.0.1", "\x7f\0\0\x01"), 1);
  ASSERT_EQ(pton4("255.255.255.255", "\xff\xff\xff\xff"), 1);
  ASSERT_EQ(pton4("0.0.0.0", "\0\0\0\0"), 1);
  ASSERT_EQ(pton4("1.2.3.4", "\x01\x02\x03\x04"), 1);
  static const char *bad[] = {"256.0.0.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.4 ", " 1.2.3.4",
                              "1..2.3", "a.b.c.d", "", "1.2.3.-4", "0x1.2.3.4", "1.2.3.4.",
                              "1234.1.1.1"};
  for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    ASSERT_EQ(pton4(bad[i], "\0\0\0\0"), 0);
  char buf[4];
  errno = 0;
  ASSERT_EQ(inet_pton(12345, "1.2.3.4", buf), -1);
  ASSERT_EQ(errno, EAFNOSUPPORT);
}

// Parses `in`, formats it again and compares with `out`.
static const char *roundtrip6(const char *in, char *buf, size_t size) {
  struct in6_addr a;
  if (inet_pton(AF_INET6, in, &a) != 1)
    return "(rejected)";
  const char *r = inet_ntop(AF_INET6, &a, buf, (socklen_t)size);
  return r == NULL ? "(ntop failed)" : r;
}

TEST(pton_ntop_ipv6) {
  static const char *cases[][2] = {
      {"::", "::"},
      {"::1", "::1"},
      {"1::", "1::"},
      {"2001:db8::1", "2001:db8::1"},
      {"2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"},
      {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"},     // first of equal runs
      {"2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"},  // a single zero stays
      {"2001:0:0:1:0:0:0:1", "2001:0:0:1::1"},            // the longest run
      {"fe80::1:2:3:4", "fe80::1:2:3:4"},
      {"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"},
      {"::ffff:192.0.2.1", "::ffff:192.0.2.1"},
      {"::FFFF:c000:0201", "::ffff:192.0.2.1"},
      {"::192.0.2.1", "::c000:201"},
      {"64:ff9b::192.0.2.33", "64:ff9b::c000:221"},
      {"1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304"},
      {"0:0:0:0:0:0:0:0", "::"},
      {"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"},
      {"::ffff:0.0.0.0", "::ffff:0.0.0.0"},
      {"0:0:1::", "0:0:1::"},
      {"1:0:0:2::3", "1:0:0:2::3"},
      {"::ffff:0:192.0.2.1", "::ffff:0:192.0.2.1"},    // IPv4-translated
      {"0:0:0:0:ffff:0:0:0", "::ffff:0:0.0.0.0"},
      {"::ffff:0:0:0:1", "::ffff:0:0:0:1"},            // no embedded IPv4
      {"::1:0:0:0", "::1:0:0:0"},
      {"1:0:0:0:1:0:0:0", "1::1:0:0:0"},
  };
  char buf[INET6_ADDRSTRLEN];
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    ASSERT_STREQ(roundtrip6(cases[i][0], buf, sizeof(buf)), cases[i][1]);
  static const char *bad[] = {"", ":", ":::", "1:::2", "1::2::3", "1:2:3:4:5:6:7:8:9",
                              "12345::", "1:2:3:4:5:6:7", "::g", "1:", ":1",
                              "1:2:3:4:5:6:7:8::", "::1.2.3", "::1.2.3.4.5", "1.2.3.4",
                              "::ffff:1.2.3.04", "1:2:3:4:5:6:7:1.2.3.4", "1::2:3:4:5:6:7:8"};
  struct in6_addr a;
  for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    ASSERT_EQ(inet_pton(AF_INET6, bad[i], &a), 0);
  // Longest output fits INET6_ADDRSTRLEN exactly.
  ASSERT_EQ(inet_pton(AF_INET6, "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255", &a), 1);
  ASSERT_TRUE(inet_ntop(AF_INET6, &a, buf, sizeof(buf)) != NULL);
  ASSERT_EQ(strlen(buf), 39);
  uint8_t mapped[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 255, 255, 255, 255};
  ASSERT_STREQ(inet_ntop(AF_INET6, mapped, buf, sizeof(buf)), "::ffff:255.255.255.255");
  ASSERT_TRUE(IN6_IS_ADDR_V4MAPPED((struct in6_addr *)mapped));
}

TEST(ntop_ipv4_and_errors) {
  char buf[INET_ADDRSTRLEN];
  uint8_t a[4] = {192, 168, 0, 255};
  ASSERT_STREQ(inet_ntop(AF_INET, a, buf, sizeof(buf)), "192.168.0.255");
  uint8_t m[4] = {255, 255, 255, 255};
  ASSERT_STREQ(inet_ntop(AF_INET, m, buf, sizeof(buf)), "255.255.255.255");
  errno = 0;
  ASSERT_TRUE(inet_ntop(AF_INET, m, buf, 15) == NULL);
  ASSERT_EQ(errno, ENOSPC);
  errno = 0;
  ASSERT_TRUE(inet_ntop(AF_INET6, &in6addr_loopback, buf, 3) == NULL);
  ASSERT_EQ(errno, ENOSPC);
  ASSERT_STREQ(inet_ntop(AF_INET6, &in6addr_loopback, buf, 4), "::1");
  errno = 0;
  ASSERT_TRUE(inet_ntop(AF_UNIX, a, buf, sizeof(buf)) == NULL);
  ASSERT_EQ(errno, EAFNOSUPPORT);
}

TEST(aton_forms) {
  struct in_addr a;
  ASSERT_EQ(inet_aton("1.2.3.4", &a), 1);
  ASSERT_EQ(a.s_addr, htonl(0x01020304));
  ASSERT_EQ(inet_aton("0x7f.1", &a), 1);
  ASSERT_EQ(a.s_addr, htonl(0x7f000001));
  ASSERT_EQ(inet_aton("10.0x10203", &a), 1);
  ASSERT_EQ(a.s_addr, htonl(0x0a010203));
  ASSERT_EQ(inet_aton("1.2.772", &a), 1);
  ASSERT_EQ(a.s_addr, htonl(0x01020304));
  ASSERT_EQ(inet_aton("017.0.0.1", &a), 1);  // octal
  ASSERT_EQ(a.s_addr, htonl(0x0f000001));
  ASSERT_EQ(inet_aton("4294967295", &a), 1);
  ASSERT_EQ(a.s_addr, 0xffffffff);
  ASSERT_EQ(inet_aton("255.255.255.255", NULL), 1);
  // Parsing stops at white space.
  ASSERT_EQ(inet_aton("10.1 trailing", &a), 1);
  ASSERT_EQ(a.s_addr, htonl(0x0a000001));
  ASSERT_EQ(inet_aton("10.1\n", &a), 1);
  static const char *bad[] = {"", "1.2.3.4.5", "256.1.1.1", "1.2.3.256", "1.2.65536", "08",
                              "0x", "1..2", "4294967296", "1.2.3.4x", "x"};
  for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    ASSERT_EQ(inet_aton(bad[i], &a), 0);
}

TEST(in6_address_tests) {
  struct in6_addr any = IN6ADDR_ANY_INIT, lo = IN6ADDR_LOOPBACK_INIT;
  ASSERT_MEMEQ(&any, &in6addr_any, 16);
  ASSERT_MEMEQ(&lo, &in6addr_loopback, 16);
  ASSERT_TRUE(IN6_IS_ADDR_UNSPECIFIED(&any));
  ASSERT_FALSE(IN6_IS_ADDR_UNSPECIFIED(&lo));
  ASSERT_TRUE(IN6_IS_ADDR_LOOPBACK(&lo));
  ASSERT_FALSE(IN6_IS_ADDR_V4COMPAT(&lo));
  struct in6_addr a;
  ASSERT_EQ(inet_pton(AF_INET6, "fe80::1", &a), 1);
  ASSERT_TRUE(IN6_IS_ADDR_LINKLOCAL(&a));
  ASSERT_FALSE(IN6_IS_ADDR_SITELOCAL(&a));
  ASSERT_EQ(inet_pton(AF_INET6, "fec0::1", &a), 1);
  ASSERT_TRUE(IN6_IS_ADDR_SITELOCAL(&a));
  ASSERT_EQ(inet_pton(AF_INET6, "ff02::1", &a), 1);
  ASSERT_TRUE(IN6_IS_ADDR_MULTICAST(&a));
  ASSERT_TRUE(IN6_IS_ADDR_MC_LINKLOCAL(&a));
  ASSERT_FALSE(IN6_IS_ADDR_MC_GLOBAL(&a));
  ASSERT_EQ(inet_pton(AF_INET6, "ff0e::1", &a), 1);
  ASSERT_TRUE(IN6_IS_ADDR_MC_GLOBAL(&a));
  ASSERT_EQ(inet_pton(AF_INET6, "::1.2.3.4", &a), 1);
  ASSERT_TRUE(IN6_IS_ADDR_V4COMPAT(&a));
  struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = htons(80)};
  ASSERT_EQ(sin.sin_port, 0x5000);
  ASSERT_EQ(sizeof(struct sockaddr_storage) >= sizeof(struct sockaddr_in6), 1);
}
