// Streams on descriptors: fopenat in every mode, buffering, seeking,
// ungetc, getline, fswap, tmpfile and rights.
#include <cloudabi_syscalls.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

// The file's bytes, read through a separate descriptor.
static size_t slurp(const char *path, char *out, size_t cap) {
  FILE *f = fopenat(test_tmpdir(), path, "r");
  if (f == NULL)
    return (size_t)-1;
  size_t n = fread(out, 1, cap - 1, f);
  out[n] = '\0';
  fclose(f);
  return n;
}

static void spit(const char *path, const char *text) {
  FILE *f = fopenat(test_tmpdir(), path, "w");
  if (f != NULL) {
    fputs(text, f);
    fclose(f);
  }
}

TEST(fopenat_modes) {
  char b[256];
  int dir = test_tmpdir();
  errno = 0;
  ASSERT_TRUE(fopenat(dir, "missing", "r") == NULL);
  ASSERT_EQ(errno, ENOENT);
  spit("m", "hello");
  ASSERT_EQ(slurp("m", b, sizeof(b)), 5);
  ASSERT_STREQ(b, "hello");
  FILE *f = fopenat(dir, "m", "a");  // append keeps the contents
  ASSERT_TRUE(f != NULL);
  ASSERT_EQ(fputs(" world", f), 0);
  ASSERT_EQ(fclose(f), 0);
  ASSERT_STREQ((slurp("m", b, sizeof(b)), b), "hello world");
  f = fopenat(dir, "m", "r+");  // no truncation, write at the start
  ASSERT_TRUE(f != NULL);
  ASSERT_EQ(fputc('J', f), 'J');
  ASSERT_EQ(fseek(f, 0, SEEK_SET), 0);
  ASSERT_EQ(fgetc(f), 'J');
  ASSERT_EQ(fgetc(f), 'e');
  ASSERT_EQ(fclose(f), 0);
  f = fopenat(dir, "m", "w+");  // truncates
  ASSERT_TRUE(f != NULL);
  ASSERT_EQ(fgetc(f), EOF);
  ASSERT_TRUE(feof(f));
  ASSERT_EQ(fprintf(f, "%d", 12345), 5);
  rewind(f);
  ASSERT_FALSE(feof(f));
  char line[16];
  ASSERT_TRUE(fgets(line, sizeof(line), f) == line);
  ASSERT_STREQ(line, "12345");
  ASSERT_EQ(fclose(f), 0);
  f = fopenat(dir, "m", "a+");  // reads from the start, writes at the end
  ASSERT_TRUE(f != NULL);
  ASSERT_EQ(fgetc(f), '1');
  ASSERT_EQ(fputs("6", f), 0);
  ASSERT_EQ(fseek(f, 0, SEEK_SET), 0);
  ASSERT_TRUE(fgets(line, sizeof(line), f) != NULL);
  ASSERT_STREQ(line, "123456");
  ASSERT_EQ(fclose(f), 0);
  errno = 0;
  ASSERT_TRUE(fopenat(dir, "m", "wx") == NULL);  // exclusive
  ASSERT_EQ(errno, EEXIST);
  f = fopenat(dir, "new", "wxe");
  ASSERT_TRUE(f != NULL);
  ASSERT_EQ(fclose(f), 0);
  errno = 0;
  ASSERT_TRUE(fopenat(dir, "m", "q") == NULL);
  ASSERT_EQ(errno, EINVAL);
}

TEST(write_to_read_only_stream_fails) {
  spit("ro", "data");
  FILE *f = fopenat(test_tmpdir(), "ro", "r");
  ASSERT_TRUE(f != NULL);
  errno = 0;
  ASSERT_EQ(fputc('x', f), EOF);
  ASSERT_EQ(errno, EBADF);
  ASSERT_TRUE(ferror(f));
  clearerr(f);
  ASSERT_FALSE(ferror(f));
  ASSERT_EQ(fgetc(f), 'd');
  fclose(f);
}

TEST(descriptor_without_write_right) {
  // A descriptor whose rights exclude writing: the write reaches the
  // system and fails with ENOTCAPABLE.
  spit("cap", "abc");
  FILE *r = fopenat(test_tmpdir(), "cap", "r");
  ASSERT_TRUE(r != NULL);
  FILE *f = fdopen(fileno(r), "r+");
  ASSERT_TRUE(f != NULL);
  errno = 0;
  ASSERT_EQ(fputs("zz", f), 0);  // buffered
  ASSERT_EQ(fflush(f), EOF);
  ASSERT_EQ(errno, ENOTCAPABLE);
  ASSERT_TRUE(ferror(f));
  fclose(r);
}

TEST(buffering_modes) {
  char b[64];
  FILE *f = fopenat(test_tmpdir(), "buf", "w");
  ASSERT_TRUE(f != NULL);
  ASSERT_EQ(setvbuf(f, NULL, _IOFBF, 0), 0);
  fputs("full", f);
  ASSERT_EQ(slurp("buf", b, sizeof(b)), 0);  // still in the buffer
  fflush(f);
  ASSERT_EQ(slurp("buf", b, sizeof(b)), 4);
  fclose(f);

  f = fopenat(test_tmpdir(), "buf", "w");
  char mine[32];
  ASSERT_EQ(setvbuf(f, mine, _IOLBF, sizeof(mine)), 0);
  fputs("one", f);
  ASSERT_EQ(slurp("buf", b, sizeof(b)), 0);
  fputs(" two\nthr", f);
  ASSERT_EQ(slurp("buf", b, sizeof(b)), 8);  // flushed up to the newline
  fclose(f);
  ASSERT_STREQ((slurp("buf", b, sizeof(b)), b), "one two\nthr");

  f = fopenat(test_tmpdir(), "buf", "w");
  ASSERT_EQ(setvbuf(f, NULL, _IONBF, 0), 0);
  fputc('a', f);
  ASSERT_EQ(slurp("buf", b, sizeof(b)), 1);
  fprintf(f, "%s", "bc");
  ASSERT_EQ(slurp("buf", b, sizeof(b)), 3);
  ASSERT_EQ(setvbuf(f, NULL, 42, 0), -1);
  fclose(f);
}

TEST(large_writes_and_reads) {
  static char big[100000], back[100001];
  for (size_t i = 0; i < sizeof(big); i++)
    big[i] = (char)('a' + i % 26);
  FILE *f = fopenat(test_tmpdir(), "big", "w+");
  ASSERT_TRUE(f != NULL);
  fputc('<', f);
  ASSERT_EQ(fwrite(big, 1, sizeof(big), f), sizeof(big));
  ASSERT_EQ(ftell(f), 100001);
  rewind(f);
  ASSERT_EQ(fgetc(f), '<');
  ASSERT_EQ(fread(back, 1, sizeof(back), f), sizeof(big));
  ASSERT_TRUE(memcmp(back, big, sizeof(big)) == 0);
  ASSERT_TRUE(feof(f));
  ASSERT_EQ(fread(back, 1, 1, f), 0);  // end of file is sticky
  ASSERT_EQ(fread(back, 3, 0, f), 0);
  fclose(f);
}

TEST(seek_tell_and_ungetc) {
  FILE *f = fopenat(test_tmpdir(), "seek", "w+");
  ASSERT_TRUE(f != NULL);
  fputs("0123456789", f);
  ASSERT_EQ(ftell(f), 10);
  ASSERT_EQ(fseek(f, -3, SEEK_END), 0);
  ASSERT_EQ(fgetc(f), '7');
  ASSERT_EQ(ftell(f), 8);
  ASSERT_EQ(fseek(f, -5, SEEK_CUR), 0);
  ASSERT_EQ(fgetc(f), '3');
  ASSERT_EQ(ungetc('X', f), 'X');
  ASSERT_EQ(ftell(f), 3);
  ASSERT_EQ(fgetc(f), 'X');
  ASSERT_EQ(fgetc(f), '4');
  // Several pushed-back bytes come back in reverse order.
  ASSERT_EQ(ungetc('a', f), 'a');
  ASSERT_EQ(ungetc('b', f), 'b');
  ASSERT_EQ(ungetc('c', f), 'c');
  ASSERT_EQ(fgetc(f), 'c');
  ASSERT_EQ(fgetc(f), 'b');
  ASSERT_EQ(fgetc(f), 'a');
  ASSERT_EQ(fgetc(f), '5');
  ASSERT_EQ(ungetc(EOF, f), EOF);
  fpos_t pos;
  ASSERT_EQ(fgetpos(f, &pos), 0);
  ASSERT_EQ(fgetc(f), '6');
  ASSERT_EQ(fsetpos(f, &pos), 0);
  ASSERT_EQ(fgetc(f), '6');
  errno = 0;
  ASSERT_EQ(fseek(f, -100, SEEK_SET), -1);
  ASSERT_EQ(errno, EINVAL);
  ASSERT_EQ(fseek(f, 0, 99), -1);
  // ungetc at end of file clears the indicator.
  ASSERT_EQ(fseek(f, 0, SEEK_END), 0);
  ASSERT_EQ(fgetc(f), EOF);
  ASSERT_TRUE(feof(f));
  ASSERT_EQ(ungetc('z', f), 'z');
  ASSERT_FALSE(feof(f));
  ASSERT_EQ(fgetc(f), 'z');
  fclose(f);
}

TEST(getline_long_lines) {
  FILE *f = fopenat(test_tmpdir(), "lines", "w+");
  ASSERT_TRUE(f != NULL);
  for (int i = 0; i < 50000; i++)
    fputc('a' + i % 26, f);
  fputs("\nshort\n\nlast", f);
  rewind(f);
  char *line = NULL;
  size_t cap = 0;
  ASSERT_EQ(getline(&line, &cap, f), 50001);
  ASSERT_EQ(strlen(line), 50001);
  ASSERT_EQ(line[49999], 'a' + 49999 % 26);
  ASSERT_TRUE(cap > 50001);
  ASSERT_EQ(getline(&line, &cap, f), 6);
  ASSERT_STREQ(line, "short\n");
  ASSERT_EQ(getline(&line, &cap, f), 1);
  ASSERT_EQ(getdelim(&line, &cap, 'x', f), 4);
  ASSERT_STREQ(line, "last");
  ASSERT_EQ(getline(&line, &cap, f), -1);
  ASSERT_TRUE(feof(f));
  free(line);
  errno = 0;
  ASSERT_EQ(getline(NULL, &cap, f), -1);
  ASSERT_EQ(errno, EINVAL);
  fclose(f);
}

TEST(fgets_edges) {
  FILE *f = fopenat(test_tmpdir(), "fg", "w+");
  fputs("abcdef\ng", f);
  rewind(f);
  char s[4];
  ASSERT_TRUE(fgets(s, sizeof(s), f) == s);
  ASSERT_STREQ(s, "abc");
  ASSERT_TRUE(fgets(s, sizeof(s), f) == s);
  ASSERT_STREQ(s, "def");
  ASSERT_TRUE(fgets(s, sizeof(s), f) == s);
  ASSERT_STREQ(s, "\n");
  ASSERT_TRUE(fgets(s, sizeof(s), f) == s);
  ASSERT_STREQ(s, "g");
  ASSERT_TRUE(fgets(s, sizeof(s), f) == NULL);
  ASSERT_TRUE(fgets(s, 0, f) == NULL);
  fclose(f);
}

TEST(fswap_exchanges_streams) {
  char b[64];
  FILE *a = fopenat(test_tmpdir(), "swap_a", "w");
  FILE *c = fopenat(test_tmpdir(), "swap_b", "w");
  ASSERT_TRUE(a != NULL && c != NULL);
  fputs("to-a ", a);
  fswap(a, c);
  fputs("to-b", a);  // `a` is now the stream on swap_b
  ASSERT_EQ(fclose(a), 0);
  ASSERT_EQ(fclose(c), 0);
  ASSERT_STREQ((slurp("swap_a", b, sizeof(b)), b), "to-a ");
  ASSERT_STREQ((slurp("swap_b", b, sizeof(b)), b), "to-b");
  // Installing a real stream as stderr.
  FILE *log = fopenat(test_tmpdir(), "err", "w");
  ASSERT_TRUE(log != NULL);
  errno = 0;
  ASSERT_EQ(fputs("lost", stderr), EOF);  // not granted to this program
  ASSERT_EQ(errno, EBADF);
  fswap(stderr, log);
  errno = ENOENT;
  perror("oops");
  fswap(stderr, log);
  fclose(log);
  ASSERT_STREQ((slurp("err", b, sizeof(b)), b), "oops: No such file or directory\n");
}

TEST(tmpfile_reads_back) {
  FILE *f = tmpfile();
  ASSERT_TRUE(f != NULL);
  ASSERT_TRUE(fileno(f) >= 0);
  for (int i = 0; i < 30000; i++)
    fprintf(f, "%d,", i);
  long end = ftell(f);
  ASSERT_TRUE(end > 100000);
  ASSERT_EQ(fseek(f, 0, SEEK_SET), 0);
  int v = -1;
  for (int i = 0; i < 30000; i++) {
    ASSERT_EQ(fscanf(f, "%d,", &v), 1);
    ASSERT_EQ(v, i);
  }
  ASSERT_EQ(fgetc(f), EOF);
  ASSERT_EQ(fseek(f, 2, SEEK_SET), 0);
  fputs("ZZ", f);
  rewind(f);
  char b[8];
  ASSERT_EQ(fread(b, 1, 6, f), 6);
  ASSERT_TRUE(memcmp(b, "0,ZZ2,", 6) == 0);
  ASSERT_EQ(fclose(f), 0);
}

TEST(locking_is_recursive) {
  FILE *f = tmpfile();
  ASSERT_TRUE(f != NULL);
  flockfile(f);
  ASSERT_EQ(ftrylockfile(f), 0);
  ASSERT_EQ(putc_unlocked('a', f), 'a');
  ASSERT_EQ(fputc('b', f), 'b');  // takes the lock again
  ASSERT_EQ(fwrite_unlocked("cd", 1, 2, f), 2);
  funlockfile(f);
  funlockfile(f);
  rewind(f);
  ASSERT_EQ(getc_unlocked(f), 'a');
  ASSERT_EQ(getc(f), 'b');
  ASSERT_EQ(fgetc_unlocked(f), 'c');
  ASSERT_EQ(ftrylockfile(f), 0);
  funlockfile(f);
  fclose(f);
}

TEST(fflush_null_flushes_every_stream) {
  char b[16];
  FILE *f = fopenat(test_tmpdir(), "fl", "w");
  fputs("pending", f);
  ASSERT_EQ(slurp("fl", b, sizeof(b)), 0);
  ASSERT_EQ(fflush(NULL), 0);
  ASSERT_EQ(slurp("fl", b, sizeof(b)), 7);
  fclose(f);
}
