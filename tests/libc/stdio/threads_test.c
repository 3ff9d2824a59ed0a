// Streams shared between threads: each fprintf is atomic with respect to
// the others, and flockfile groups several calls.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#define THREADS 4
#define LINES 2000

static FILE *shared;

static void *writer(void *arg) {
  int id = (int)(long)arg;
  for (int i = 0; i < LINES; i++) {
    if (i % 10 == 0) {
      // A group of two calls that must stay together.
      flockfile(shared);
      fprintf(shared, "thread %d line %d ", id, i);
      fputs("grouped\n", shared);
      funlockfile(shared);
    } else {
      fprintf(shared, "thread %d line %d single\n", id, i);
    }
  }
  return NULL;
}

TEST(concurrent_fprintf_lines_stay_whole) {
  char *text = NULL;
  size_t size = 0;
  shared = open_memstream(&text, &size);
  ASSERT_TRUE(shared != NULL);
  pthread_t t[THREADS];
  for (long i = 0; i < THREADS; i++)
    ASSERT_EQ(pthread_create(&t[i], NULL, writer, (void *)i), 0);
  for (int i = 0; i < THREADS; i++)
    ASSERT_EQ(pthread_join(t[i], NULL), 0);
  ASSERT_EQ(fclose(shared), 0);

  // Every line is well formed, and each thread's lines arrive in order.
  int next[THREADS] = {0};
  int lines = 0;
  char *save = NULL;
  for (char *line = strtok_r(text, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
    int id, n;
    char kind[16];
    ASSERT_EQ(sscanf(line, "thread %d line %d %15s", &id, &n, kind), 3);
    ASSERT_TRUE(id >= 0 && id < THREADS);
    ASSERT_EQ(n, next[id]);
    ASSERT_STREQ(kind, n % 10 == 0 ? "grouped" : "single");
    next[id]++;
    lines++;
  }
  ASSERT_EQ(lines, THREADS * LINES);
  free(text);
}
