// crypt_r against libxcrypt (Debian's libcrypt, the glibc build's column;
// it is given to compare twice, as musl's crypt_r differs from libxcrypt
// on malformed settings): MD5-crypt, SHA-256-crypt, SHA-512-crypt and
// bcrypt ($2a$ $2b$ $2x$ $2y$, including keys built to hit $2a$'s
// countermeasure and keys around bcrypt's 72-byte limit) with
// random keys (any bytes, empty, long, around the length limit), salts (empty to too long, with and
// without a terminating '$', unusual printable characters) and rounds=,
// and settings libxcrypt refuses: bad characters anywhere, malformed or
// out-of-range rounds=, unknown or unsupported schemes.
#include <errno.h>
#ifdef __CloudABI__
#include <unistd.h>
#else
#include <crypt.h>
#endif

#include "ref.h"

static struct crypt_data data;

static const char b64[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
static const char odd_ok[] = "=_#%&-+,?@^~|{}()[]<>'\"`";  // printable, accepted in salts
static const char bad[] = " !*:;\\\x7f\x01\t\n\x80\xc3\xff";

static void one_case(const char *setting, const char *key) {
  ref_puts("crypt_r ");
  ref_quoted(setting, strlen(setting));
  ref_puts(" ");
  ref_quoted(key, strlen(key));
  ref_puts(" -> ");
  errno = 0;
  char *r = crypt_r(key, setting, &data);
  if (r == NULL || r[0] == '*') {
    // libxcrypt returns a failure token ("*0"), this library NULL.
    ref_puts(errno == EINVAL ? "FAIL EINVAL" : errno == ERANGE ? "FAIL ERANGE" : "FAIL other");
  } else {
    ref_puts(r);
  }
  ref_puts("\n");
}

static size_t random_key(char *key, size_t max) {
  size_t len = ref_below(20) == 0 ? 100 + ref_below(max - 100) : ref_below(70);
  if (ref_below(200) == 0)
    len = 505 + ref_below(12);  // around the limit of 511 bytes
  for (size_t i = 0; i < len; i++)
    key[i] = (char)(1 + ref_below(255));
  key[len] = '\0';
  return len;
}

// "$id$" [rounds=N$] salt [$ [junk]]
static void random_setting(char *s, char id) {
  char *p = s;
  *p++ = '$', *p++ = id, *p++ = '$';
  // Without rounds= SHA-crypt does 5000 rounds: keep that to a quarter.
  if (id != '1' && ref_below(4) != 0) {
    unsigned long rounds = ref_below(8) == 0 ? 5000 : 1000 + ref_below(300);
    p += sprintf(p, "rounds=%lu$", rounds);
  }
  size_t salt_len = ref_below(8) == 0 ? 0 : 1 + ref_below(19);
  for (size_t i = 0; i < salt_len; i++)
    *p++ = ref_below(10) == 0 ? odd_ok[ref_below(sizeof(odd_ok) - 1)] : b64[ref_below(64)];
  switch (ref_below(4)) {
    case 0: *p++ = '$'; break;
    case 1: p += sprintf(p, "$%s", "previoushashvalue"); break;
    default: break;
  }
  *p = '\0';
}

int main(int argc, char **argv) {
  long scale = ref_scale(argc, argv);
  static char key[600], setting[128];
  static const char ids[] = "1556";  // SHA-crypt costs more: fewer MD5 cases
  for (long i = 0; i < 1500 * scale; i++) {
    random_setting(setting, ids[ref_below(4)]);
    random_key(key, 400);
    one_case(setting, key);
  }
  // bcrypt: random keys, and keys of 4-byte groups in which every 8-bit
  // byte follows only 0xff bytes (the sign-extended reading then equals
  // the right one, which $2a$ answers by flipping a bit), 4m + 3 long so
  // that the NUL keeps the alignment when the key wraps.
  static const char variants[] = "abxy";
  for (long i = 0; i < 300 * scale; i++) {
    char *p = setting;
    char variant = variants[ref_below(4)];
    int cost = 4 + (int)ref_below(2);
    p += sprintf(p, "$2%c$%02d$", variant, cost);
    for (int j = 0; j < 22; j++)
      *p++ = b64[ref_below(64)];
    if (ref_below(4) == 0)
      p += sprintf(p, "%s", "previoushashvalue01234567890");
    *p = '\0';
    if (ref_below(2) == 0) {
      random_key(key, 100);
    } else {
      size_t m = ref_below(20), len = 0;
      for (size_t g = 0; g <= m; g++) {
        size_t n = g == m ? 3 : 4, ff = ref_below(n + 1);
        for (size_t b = 0; b < n; b++)
          key[len++] = (char)(b < ff ? 0xff : b == ff ? 0x80 + ref_below(127) : 'a' + ref_below(26));
      }
      key[len] = '\0';
    }
    one_case(setting, key);
  }
  // bcrypt settings libxcrypt refuses, and one it accepts with a salt
  // whose last character carries bits that are dropped.
  static const char *const bcrypt_settings[] = {
      "$2b$03$abcdefghijklmnopqrstuu", "$2b$32$abcdefghijklmnopqrstuu", "$2b$4$abcdefghijklmnopqrstuu",
      "$2b$04$abcdefghijklmnopqrstu",  "$2b$04$abcdefghijklmnopqrst_u", "$2c$04$abcdefghijklmnopqrstuu",
      "$2$04$abcdefghijklmnopqrstuu",  "$2b$04abcdefghijklmnopqrstuu",  "$2b$99$abcdefghijklmnopqrstuu",
      "$2b$04$abcdefghijklmnopqrstuv", "$2y$05$/OK.fbVrR/bpIqNJ5ianF.", "$2", "$2b", "$2b$", "$2b$04$"};
  for (size_t i = 0; i < sizeof(bcrypt_settings) / sizeof(bcrypt_settings[0]); i++)
    one_case(bcrypt_settings[i], "U*U");
  // A bad character somewhere in an otherwise good setting.
  for (long i = 0; i < 400 * scale; i++) {
    random_setting(setting, ids[ref_below(4)]);
    size_t len = strlen(setting), at = ref_below(len + 1);
    memmove(setting + at + 1, setting + at, len - at + 1);
    setting[at] = bad[ref_below(sizeof(bad) - 1)];
    random_key(key, 400);
    one_case(setting, key);
  }
  // rounds= in every malformed and boundary shape.
  static const char *const rounds[] = {
      "rounds=999$",        "rounds=1000$",        "rounds=01000$", "rounds=0$",
      "rounds=$",           "rounds=1000",         "rounds=1000x$", "rounds=+1000$",
      "rounds=-1000$",      "rounds= 1000$",       "rounds=1e3$",   "rounds=1000000000$",
      "rounds=4294968296$", "rounds=18446744073709552616$",         "ROUNDS=1000$",
      "rounds=1000$rounds=2000$",                  "rounds1000$",   "rounds=1001$$"};
  for (size_t i = 0; i < sizeof(rounds) / sizeof(rounds[0]); i++) {
    for (const char *id = "156"; *id != '\0'; id++) {
      sprintf(setting, "$%c$%ssaltsalt", *id, rounds[i]);
      one_case(setting, "password");
    }
  }
  // Unknown and truncated schemes, and the supported ones with an empty
  // salt.  (Schemes libxcrypt has and this library lacks, such as DES and
  // yescrypt, cannot be compared: see the crypt test in tests/libc/unistd.)
  static const char *const others[] = {
      "", "$", "$1", "$5", "$6", "$15$abc", "$7$abc", "$y$j9T$abc", "1$abc$", "5$abc",
      "$1$", "$5$", "$6$", "$1$$", "$5$$$", "$6$rounds=1000$", "$5$rounds=1000$$$"};
  for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
    one_case(others[i], "password");
    one_case(others[i], "");
  }
  ref_flush();
  return 0;
}
