// crt0 start-up: relocated data, TLS images, constructors, the stack
// protector guard, the SafeStack unsafe stack and the process identity.
#include <cloudabi_syscalls.h>
#include <program.h>
#include <stdint.h>
#include <string.h>

#include "harness.h"

// Pointers in initialised data are only right after R_X86_64_RELATIVE
// relocation.
static const char greeting[] = "relocated";
static const char *const string_table[] = {greeting, "second", "third"};
static int add_one(int x) { return x + 1; }
static int (*const function_table[])(int) = {add_one};
static const char *const *const nested = string_table;

TEST(relocated_pointers) {
  ASSERT_STREQ(string_table[0], "relocated");
  ASSERT_STREQ(string_table[2], "third");
  ASSERT_TRUE(string_table[0] == greeting);
  ASSERT_EQ(function_table[0](41), 42);
  ASSERT_STREQ(nested[1], "second");
}

// TLS: initialised data, zero-filled data and over-aligned variables.
static _Thread_local int tls_int = 1234;
static _Thread_local char tls_text[32] = "thread-local text";
static _Thread_local long tls_zero[64];
static _Thread_local _Alignas(64) char tls_aligned[64] = {7};
static _Thread_local const char *tls_pointer = greeting;

TEST(tls_initial_values) {
  volatile int *p = &tls_int;
  ASSERT_EQ(*p, 1234);
  ASSERT_STREQ(tls_text, "thread-local text");
  for (int i = 0; i < 64; i++)
    ASSERT_EQ(tls_zero[i], 0);
  ASSERT_EQ((uintptr_t)tls_aligned % 64, 0);
  ASSERT_EQ(tls_aligned[0], 7);
  ASSERT_TRUE(tls_pointer == greeting);
  *p = 99;
  ASSERT_EQ(tls_int, 99);
}

TEST(tls_lies_below_the_thread_pointer) {
  uintptr_t tp;
  __asm__("mov %%fs:0, %0" : "=r"(tp));
  uintptr_t var = (uintptr_t)&tls_int;
  ASSERT_TRUE(var < tp);
  ASSERT_TRUE(tp - var < 4096);
}

static int constructor_order[3], constructor_count;
__attribute__((constructor(101))) static void early(void) {
  constructor_order[constructor_count++] = 101;
}
__attribute__((constructor(102))) static void late(void) {
  constructor_order[constructor_count++] = 102;
}

TEST(constructors_ran_in_priority_order) {
  // The harness's own registrations run as constructors too; these two
  // have explicit priorities and therefore run first, in order.
  ASSERT_EQ(constructor_count, 2);
  ASSERT_EQ(constructor_order[0], 101);
  ASSERT_EQ(constructor_order[1], 102);
}

extern unsigned long __stack_chk_guard;

TEST(stack_protector_guard_is_random) {
  // 64 random bits are never all zero in practice; zero means unseeded.
  ASSERT_NE(__stack_chk_guard, 0);
}

extern _Thread_local void *__safestack_unsafe_stack_ptr;

static void escape(char *p) { __asm__ volatile("" : : "r"(p) : "memory"); }

TEST(safestack_keeps_buffers_off_the_call_stack) {
  char buffer[256];
  escape(buffer);
  uintptr_t frame = (uintptr_t)__builtin_frame_address(0);
  uintptr_t unsafe = (uintptr_t)__safestack_unsafe_stack_ptr;
  ASSERT_NE(unsafe, 0);
  // The buffer lives on the unsafe stack, just above its current pointer,
  // and far from the machine stack.
  ASSERT_TRUE((uintptr_t)buffer >= unsafe);
  ASSERT_TRUE((uintptr_t)buffer - unsafe < 4096);
  ASSERT_TRUE((uintptr_t)buffer > frame + (1 << 20) || frame > (uintptr_t)buffer + (1 << 20));
}

TEST(program_getpid_is_a_version_4_uuid) {
  const char *pid = program_getpid();
  ASSERT_EQ(strlen(pid), 36);
  for (int i = 0; i < 36; i++) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      ASSERT_EQ(pid[i], '-');
    } else {
      ASSERT_TRUE((pid[i] >= '0' && pid[i] <= '9') || (pid[i] >= 'a' && pid[i] <= 'f'));
    }
  }
  ASSERT_EQ(pid[14], '4');
  ASSERT_TRUE(strchr("89ab", pid[19]) != NULL);
  ASSERT_TRUE(program_getpid() == pid);
}

TEST(raw_argdata_is_the_configuration) {
  const void *buf;
  size_t len;
  program_get_raw_argdata(&buf, &len);
  ASSERT_TRUE(len > 0);
  ASSERT_EQ(((const unsigned char *)buf)[0], 6);  // a map
}

TEST(syscalls_are_bound) {
  cloudabi_timestamp_t t1, t2;
  ASSERT_EQ(cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_MONOTONIC, 1, &t1), 0);
  ASSERT_EQ(cloudabi_sys_clock_time_get(CLOUDABI_CLOCK_MONOTONIC, 1, &t2), 0);
  ASSERT_TRUE(t2 >= t1);
  ASSERT_EQ(cloudabi_sys_clock_time_get(999, 1, &t1), CLOUDABI_EINVAL);
}
