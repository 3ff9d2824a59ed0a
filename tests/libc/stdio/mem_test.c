// fmemopen and open_memstream.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

TEST(fmemopen_read) {
  char data[] = "12 34 abc";
  FILE *f = fmemopen(data, strlen(data), "r");
  ASSERT_TRUE(f != NULL);
  int a, b;
  char w[8];
  ASSERT_EQ(fscanf(f, "%d %d %7s", &a, &b, w), 3);
  ASSERT_EQ(a, 12);
  ASSERT_EQ(b, 34);
  ASSERT_STREQ(w, "abc");
  ASSERT_EQ(fgetc(f), EOF);
  ASSERT_TRUE(feof(f));
  ASSERT_EQ(fseek(f, 3, SEEK_SET), 0);
  ASSERT_EQ(fgetc(f), '3');
  errno = 0;
  ASSERT_EQ(fputc('x', f), EOF);  // read-only
  ASSERT_EQ(errno, EBADF);
  ASSERT_EQ(fclose(f), 0);
  errno = 0;
  ASSERT_TRUE(fmemopen(data, 0, "r") == NULL);
  ASSERT_EQ(errno, EINVAL);
}

TEST(fmemopen_write_terminates_and_limits) {
  char data[8];
  memset(data, 'x', sizeof(data));
  FILE *f = fmemopen(data, sizeof(data), "w");
  ASSERT_TRUE(f != NULL);
  ASSERT_EQ(data[0], '\0');  // "w" empties the buffer
  ASSERT_EQ(fprintf(f, "%d", 42), 2);
  ASSERT_EQ(fflush(f), 0);
  ASSERT_STREQ(data, "42");
  ASSERT_EQ(ftell(f), 2);
  // More than fits: the excess is refused.
  ASSERT_EQ(fputs("abcdefgh", f), 0);
  ASSERT_EQ(fflush(f), EOF);
  ASSERT_EQ(errno, ENOSPC);
  ASSERT_TRUE(memcmp(data, "42abcdef", 8) == 0);
  ASSERT_EQ(fseek(f, 1, SEEK_SET), 0);
  fputc('Z', f);
  fflush(f);
  ASSERT_TRUE(memcmp(data, "4Zabcdef", 8) == 0);
  errno = 0;
  ASSERT_EQ(fseek(f, 9, SEEK_SET), -1);
  ASSERT_EQ(errno, EINVAL);
  fclose(f);
}

TEST(fmemopen_append_and_update) {
  char data[16] = "hi";
  FILE *f = fmemopen(data, sizeof(data), "a+");
  ASSERT_TRUE(f != NULL);
  ASSERT_EQ(ftell(f), 2);
  fputs(" there", f);
  fflush(f);
  ASSERT_STREQ(data, "hi there");
  rewind(f);
  char line[16];
  ASSERT_TRUE(fgets(line, sizeof(line), f) != NULL);
  ASSERT_STREQ(line, "hi there");
  fclose(f);

  f = fmemopen(NULL, 10, "w+");  // a private buffer
  ASSERT_TRUE(f != NULL);
  fputs("private", f);
  rewind(f);
  ASSERT_TRUE(fgets(line, sizeof(line), f) != NULL);
  ASSERT_STREQ(line, "private");
  fclose(f);
}

TEST(open_memstream_grows) {
  char *p = NULL;
  size_t n = 99;
  FILE *f = open_memstream(&p, &n);
  ASSERT_TRUE(f != NULL);
  ASSERT_TRUE(p != NULL);
  ASSERT_EQ(n, 0);
  for (int i = 0; i < 10000; i++)
    fprintf(f, "%04d", i);
  ASSERT_EQ(fflush(f), 0);
  ASSERT_EQ(n, 40000);
  ASSERT_EQ(strlen(p), 40000);
  ASSERT_TRUE(memcmp(p + 39996, "9999", 4) == 0);
  // Seeking back shortens the reported size; seeking past the end and
  // writing fills with zeros.
  ASSERT_EQ(fseek(f, 4, SEEK_SET), 0);
  ASSERT_EQ(fflush(f), 0);
  ASSERT_EQ(n, 4);
  ASSERT_EQ(fseek(f, 40002, SEEK_SET), 0);
  fputc('!', f);
  ASSERT_EQ(fclose(f), 0);
  ASSERT_EQ(n, 40003);
  ASSERT_EQ(p[40000], '\0');
  ASSERT_EQ(p[40001], '\0');
  ASSERT_EQ(p[40002], '!');
  ASSERT_EQ(p[40003], '\0');
  free(p);
  errno = 0;
  ASSERT_TRUE(open_memstream(NULL, &n) == NULL);
  ASSERT_EQ(errno, EINVAL);
}
