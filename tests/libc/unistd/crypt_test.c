// crypt_r: published SHA-crypt vectors (Drepper's specification),
// MD5-crypt ones (as libxcrypt computes them), bcrypt ones, the setting rules, the
// failures, and independent crypt_data objects in concurrent threads.
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

static const char *const vectors[][3] = {
    {"Hello world!", "$5$saltstring", "$5$saltstring$5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5"},
    {"Hello world!", "$5$rounds=10000$saltstringsaltstring",
     "$5$rounds=10000$saltstringsaltst$3xv.VbSHBb41AL9AvLeujZkZRBAwqFMz2.opqey6IcA"},
    {"Hello world!", "$6$saltstring",
     "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1"},
    {"Hello world!", "$6$rounds=10000$saltstringsaltstring",
     "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v."},
    {"This is just a test", "$6$rounds=5000$toolongsaltstring",
     "$6$rounds=5000$toolongsaltstrin$lQ8jolhgVRVhY4b5pZKaysCLi0QBxGoNeKQzQ3glMhwllF7oGDZxUhx1yxdYcz/e1JSbq3y6JMxxl8audkUEm0"},
    {"password", "$1$saltsalt", "$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/"},
    {"", "$1$", "$1$$qRPK7m23GJusamGpoGLby/"},
    {"", "$6$rounds=1000$x",
     "$6$rounds=1000$x$JUgHESfT/mKR2X.Qz/PrkEgBINN.wbH/GsJhhFRcgrb0a4MjVYFixxXtKicccBbv9PSG/n1kVdpVqZiR7Brv1."},
    // bcrypt, with Solar Designer's 8-bit test keys: $2a$'s countermeasure
    // changes the first result only.
    {"\xff\xa3" "34" "\xff\xff\xff\xa3" "345", "$2a$05$/OK.fbVrR/bpIqNJ5ianF.",
     "$2a$05$/OK.fbVrR/bpIqNJ5ianF.ZC1JEJ8Z4gPfpe1JOr/oyPXTWl9EFd."},
    {"\xff\xa3" "34" "\xff\xff\xff\xa3" "345", "$2y$05$/OK.fbVrR/bpIqNJ5ianF.",
     "$2y$05$/OK.fbVrR/bpIqNJ5ianF.o./n25XVfn6oAPaUvHe.Csk4zRfsYPi"},
    {"\xff\xa3" "345", "$2x$05$/OK.fbVrR/bpIqNJ5ianF.",
     "$2x$05$/OK.fbVrR/bpIqNJ5ianF.o./n25XVfn6oAPaUvHe.Csk4zRfsYPi"},
    {"\xff\xa3" "345", "$2b$05$/OK.fbVrR/bpIqNJ5ianF.",
     "$2b$05$/OK.fbVrR/bpIqNJ5ianF.nRht2l/HRhr6zmCp9vYUvvsqynflf9e"},
    {"", "$2b$04$......................", "$2b$04$......................w74bL5gU7LSJClZClCa.Pkz14aTv/XO"},
    {"U*U", "$2b$04$abcdefghijklmnopqrstuv",  // the salt's last character is normalised
     "$2b$04$abcdefghijklmnopqrstuuCFaEytnzrfaPZJKbS76hh9vqd9r8v2S"},
};

TEST(published_vectors) {
  struct crypt_data data = {0};
  for (size_t i = 0; i < sizeof(vectors) / sizeof(vectors[0]); i++) {
    char *r = crypt_r(vectors[i][0], vectors[i][1], &data);
    ASSERT_TRUE(r != NULL);
    ASSERT_STREQ(r, vectors[i][2]);
    ASSERT_TRUE(r >= (char *)&data && r < (char *)(&data + 1));
    // A stored hash is a valid setting: it reproduces itself.
    char stored[256];
    strcpy(stored, r);
    ASSERT_STREQ(crypt_r(vectors[i][0], stored, &data), stored);
    // Any other key does not.
    ASSERT_TRUE(strcmp(crypt_r("Hello world?", stored, &data), stored) != 0);
  }
}

TEST(bcrypt_key_length) {
  // Keys count up to 72 bytes: longer ones hash like their first 72.
  struct crypt_data a, b;
  char key[100];
  for (int i = 0; i < 99; i++)
    key[i] = (char)('a' + i % 26);
  key[99] = '\0';
  const char *setting = "$2b$04$abcdefghijklmnopqrstuu";
  char *whole = crypt_r(key, setting, &a);
  key[72] = '\0';
  ASSERT_STREQ(crypt_r(key, setting, &b), whole);
  ASSERT_STREQ(whole, "$2b$04$abcdefghijklmnopqrstuup5OpK2YVWOf8zhcTL0LOco4/tHSabd2");
  key[71] = '\0';
  ASSERT_STREQ(crypt_r(key, setting, &b),
               "$2b$04$abcdefghijklmnopqrstuuxDP.wA.aIrJK7pxcaUibojxpGMTzKLy");
}

TEST(salt_rules) {
  struct crypt_data a = {0}, b = {0};
  // The salt ends at '$' and is cut to 16 (SHA) or 8 (MD5) characters.
  ASSERT_STREQ(crypt_r("k", "$5$abc$whatever", &a), crypt_r("k", "$5$abc", &b));
  ASSERT_STREQ(crypt_r("k", "$5$0123456789abcdefXYZ", &a), crypt_r("k", "$5$0123456789abcdef", &b));
  ASSERT_STREQ(crypt_r("k", "$1$0123456789", &a), crypt_r("k", "$1$01234567", &b));
  ASSERT_TRUE(strncmp(a.__output, "$1$01234567$", 12) == 0);
  // rounds=5000 is the default, but stays in the result when given.
  char *r = crypt_r("k", "$6$rounds=5000$s", &a);
  ASSERT_TRUE(strncmp(r, "$6$rounds=5000$s$", 17) == 0);
  ASSERT_STREQ(r + 15, crypt_r("k", "$6$s", &b) + 3);
  // MD5-crypt knows no rounds=: it is salt.
  ASSERT_TRUE(strncmp(crypt_r("k", "$1$rounds=1000$", &a), "$1$rounds=1$", 12) == 0);
}

static void assert_fails(const char *key, const char *setting, int error) {
  struct crypt_data data;
  errno = 0;
  ASSERT_TRUE(crypt_r(key, setting, &data) == NULL);
  ASSERT_EQ(errno, error);
}

TEST(failures) {
  // Malformed rounds=.
  const char *rounds[] = {"$5$rounds=999$s", "$5$rounds=0$s", "$6$rounds=01000$s",
                          "$6$rounds=$s", "$5$rounds=1000", "$5$rounds=1000x$s",
                          "$5$rounds=+1000$s", "$5$rounds=1000000000$s",
                          "$5$rounds=18446744073709552616$s"};
  for (size_t i = 0; i < sizeof(rounds) / sizeof(rounds[0]); i++)
    assert_fails("k", rounds[i], EINVAL);
  // Characters that cannot appear in a stored hash, anywhere.
  const char *chars[] = {"$5$a b", "$5$a*b", "$1$a:b", "$6$ab$c;d", "$5$ab\\", "$1$a\nb",
                         "$6$\xc3\xa9", "$5$a!", "$5$abc$\x7f"};
  for (size_t i = 0; i < sizeof(chars) / sizeof(chars[0]); i++)
    assert_fails("k", chars[i], EINVAL);
  // Unknown or unsupported schemes: DES, BSDi DES, yescrypt, scrypt,
  // SHA-1, NT, Sun MD5; and malformed bcrypt settings.
  const char *schemes[] = {"ab", "_J9..abcd", "$2b$03$abcdefghijklmnopqrstuu",
                           "$2b$32$abcdefghijklmnopqrstuu", "$2c$05$abcdefghijklmnopqrstuu",
                           "$2b$05$abcdefghijklmnopqrstu", "$2b$5$abcdefghijklmnopqrstuu",
                           "$2b$05$abcdefghijklmnopqrst_u", "$y$j9T$abc", "$7$abc", "$sha1$1000$abc", "$3$", "$md5$abc",
                           "", "$", "$5", "$15$abc", "1$abc$"};
  for (size_t i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++)
    assert_fails("k", schemes[i], EINVAL);
  // Keys of 512 bytes or more.
  static char key[600];
  memset(key, 'k', 511);
  struct crypt_data data;
  ASSERT_TRUE(crypt_r(key, "$5$rounds=1000$s", &data) != NULL);
  memset(key, 'k', 512);
  assert_fails(key, "$5$rounds=1000$s", ERANGE);
  assert_fails(key, "$1$s", ERANGE);
}

// Two threads, each with its own crypt_data, get the same results as one.
static void *hash_many(void *arg) {
  struct crypt_data data;
  intptr_t bad = 0;
  for (int round = 0; round < 5; round++)
    for (size_t i = 0; i < sizeof(vectors) / sizeof(vectors[0]); i++)
      if (strstr(vectors[i][1], "rounds=10000") == NULL &&
          strcmp(crypt_r(vectors[i][0], vectors[i][1], &data), vectors[i][2]) != 0)
        bad++;
  return (void *)bad;
}

TEST(threads_with_their_own_data) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, hash_many, NULL), 0);
  for (int i = 0; i < 2; i++) {
    void *bad;
    ASSERT_EQ(pthread_join(t[i], &bad), 0);
    ASSERT_TRUE(bad == NULL);
  }
}
