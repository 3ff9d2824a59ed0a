// pthread_atfork: the handlers run around the fork inside program_spawn,
// prepare handlers newest first, parent and child handlers oldest first;
// a mutex locked by a prepare handler can be unlocked by the child handler
// in the child and by the parent handler in the parent.
#include <argdata.h>
#include <errno.h>
#include <program.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "harness.h"
#include "util.h"

static char parent_log[64];
static size_t parent_len;
static int report_fd = -1;  // the child's handlers write here

static void note(const char *s) {
  size_t n = strlen(s);
  memcpy(parent_log + parent_len, s, n);
  parent_len += n;
}

static void prepare1(void) { note("P1 "); }
static void prepare2(void) { note("P2 "); }
static void prepare3(void) { note("P3 "); }
static void parent1(void) { note("p1 "); }
static void parent2(void) { note("p2 "); }
static void parent3(void) { note("p3 "); }
static void child1(void) { write(report_fd, "c1 ", 3); }
static void child2(void) { write(report_fd, "c2 ", 3); }
static void child3(void) { write(report_fd, "c3 ", 3); }

// The usual pattern: hold a lock across the fork so that no other thread
// is half-way through changing what it protects.
static pthread_mutex_t guarded = PTHREAD_MUTEX_INITIALIZER;
static pthread_t waiter;
static int contend;  // start a thread that sleeps on `guarded` during the fork
static volatile int waiter_started;

static void *wait_for_guarded(void *arg) {
  (void)arg;
  waiter_started = 1;
  pthread_mutex_lock(&guarded);
  pthread_mutex_unlock(&guarded);
  return NULL;
}

static void lock_guarded(void) {
  pthread_mutex_lock(&guarded);
  if (contend) {
    waiter_started = 0;
    if (pthread_create(&waiter, NULL, wait_for_guarded, NULL) != 0) {
      note("create-failed ");
      return;
    }
    while (!waiter_started)
      sleep_ms(1);
    sleep_ms(20);  // long enough to go to sleep in the runtime
  }
}
static void unlock_guarded_parent(void) {
  if (pthread_mutex_unlock(&guarded) != 0)
    note("parent-unlock-failed ");
}
static void unlock_guarded_child(void) {
  char msg[32];
  int error = pthread_mutex_unlock(&guarded);
  // Usable afterwards, too.
  int again = pthread_mutex_lock(&guarded);
  int after = pthread_mutex_unlock(&guarded);
  size_t n = (size_t)snprintf(msg, sizeof(msg), "u%d/%d/%d ", error, again, after);
  write(report_fd, msg, n);
}

// Spawns a "program" that cannot be executed (a directory): the fork and
// all handlers happen, then the child reports EACCES and exits.  Returns
// what the child's handlers wrote.
static int spawn_and_collect(char *buf, size_t size) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
    return -1;
  report_fd = sv[1];
  argdata_t *ad = argdata_create_str_c("unused");
  int proc = -1;
  int error = program_spawn(test_tmpdir(), ad, &proc);
  argdata_free(ad);
  close(sv[1]);
  size_t total = 0;
  ssize_t n;
  while (total < size - 1 && (n = read(sv[0], buf + total, size - 1 - total)) > 0)
    total += (size_t)n;
  buf[total] = '\0';
  close(sv[0]);
  return error;
}

// One fork; the handlers' logs in parent and child must be as given.
static void fork_and_check(const char *parent_want, const char *child_want) {
  char child[128];
  parent_len = 0;
  ASSERT_EQ(spawn_and_collect(child, sizeof(child)), EACCES);
  parent_log[parent_len] = '\0';
  ASSERT_STREQ(parent_log, parent_want);
  ASSERT_STREQ(child, child_want);
}

TEST(handlers_run_in_posix_order) {
  ASSERT_EQ(pthread_atfork(prepare1, parent1, child1), 0);
  ASSERT_EQ(pthread_atfork(prepare2, NULL, child2), 0);
  ASSERT_EQ(pthread_atfork(NULL, parent2, NULL), 0);
  ASSERT_EQ(pthread_atfork(prepare3, parent3, child3), 0);
  fork_and_check("P3 P2 P1 p1 p2 p3 ", "c1 c2 c3 ");
  // Every fork runs them again.
  fork_and_check("P3 P2 P1 p1 p2 p3 ", "c1 c2 c3 ");
}

TEST(many_registrations) {
  // Past the table's first growth steps; earlier handlers keep their place.
  for (int i = 0; i < 100; i++)
    ASSERT_EQ(pthread_atfork(NULL, NULL, NULL), 0);
  ASSERT_EQ(pthread_atfork(prepare1, parent1, child1), 0);
  fork_and_check("P1 P3 P2 P1 p1 p2 p3 p1 ", "c1 c2 c3 c1 ");
}

TEST(mutex_held_across_the_fork) {
  ASSERT_EQ(pthread_atfork(lock_guarded, unlock_guarded_parent, unlock_guarded_child), 0);
  char child[128];
  parent_len = 0;
  ASSERT_EQ(spawn_and_collect(child, sizeof(child)), EACCES);
  parent_log[parent_len] = '\0';
  ASSERT_TRUE(strstr(parent_log, "failed") == NULL);
  ASSERT_TRUE(strstr(child, "u0/0/0 ") != NULL);
  // The guarded mutex is free in the parent again.
  ASSERT_EQ(pthread_mutex_trylock(&guarded), 0);
  ASSERT_EQ(pthread_mutex_unlock(&guarded), 0);
}

TEST(mutex_contended_during_the_fork) {
  // Another thread sleeps on the guarded mutex while the prepare handler
  // holds it, so its lock word is kernel-managed when the fork copies it:
  // the child's unlock goes through the runtime, which must accept it.
  char child[128];
  contend = 1;
  parent_len = 0;
  ASSERT_EQ(spawn_and_collect(child, sizeof(child)), EACCES);
  contend = 0;
  parent_log[parent_len] = '\0';
  ASSERT_TRUE(strstr(parent_log, "failed") == NULL);
  ASSERT_TRUE(strstr(child, "u0/0/0 ") != NULL);
  // The waiter got the mutex from the parent handler's unlock.
  ASSERT_EQ(pthread_join(waiter, NULL), 0);
  ASSERT_EQ(pthread_mutex_trylock(&guarded), 0);
  ASSERT_EQ(pthread_mutex_unlock(&guarded), 0);
}
