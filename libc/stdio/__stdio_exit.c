// The list of streams opened by the program, and flushing all of them:
// fflush(NULL) and exit().  The standard streams are not on the list; they
// are flushed through weak references, so a program that never names them
// does not link them in.
#include <cloudabi_syscalls.h>
#include <stdatomic.h>

#include "stdio_impl.h"

static FILE *head;
static atomic_flag list_lock = ATOMIC_FLAG_INIT;

extern FILE __stdio_stdin_file __attribute__((weak));
extern FILE __stdio_stdout_file __attribute__((weak));
extern FILE __stdio_stderr_file __attribute__((weak));

static void list_acquire(void) {
  while (atomic_flag_test_and_set_explicit(&list_lock, memory_order_acquire))
    cloudabi_sys_thread_yield();
}

static void list_release(void) {
  atomic_flag_clear_explicit(&list_lock, memory_order_release);
}

void __stdio_link(FILE *f) {
  list_acquire();
  f->prev = NULL;
  f->next = head;
  if (head != NULL)
    head->prev = f;
  head = f;
  list_release();
}

void __stdio_unlink(FILE *f) {
  list_acquire();
  if (f->prev != NULL)
    f->prev->next = f->next;
  else
    head = f->next;
  if (f->next != NULL)
    f->next->prev = f->prev;
  list_release();
}

static int flush_one(FILE *f) {
  __stdio_lock(f);
  int r = 0;
  if (f->s.wpos != NULL && f->s.wpos > f->s.buf)
    r = __stdio_flush(f);
  __stdio_unlock(f);
  return r;
}

int __stdio_flush_all(void) {
  int r = 0;
  FILE *std[3] = {&__stdio_stdin_file, &__stdio_stdout_file, &__stdio_stderr_file};
  for (int i = 0; i < 3; i++)
    if (std[i] != NULL && flush_one(std[i]) != 0)
      r = EOF;
  // Streams are not closed while this runs (that would be a use after
  // close by the program), so the list can be walked without its lock
  // held across the flushes.
  list_acquire();
  FILE *f = head;
  list_release();
  for (; f != NULL; f = f->next)
    if (flush_one(f) != 0)
      r = EOF;
  return r;
}

void __stdio_exit(void) {
  __stdio_flush_all();
}
