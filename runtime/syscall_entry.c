// vDSO entry points: one small assembly function per system call.
//
//   entry:  push %rbx                    (callee-saved: holds guest TP)
//           mov  %fs:0, %rbx             guest thread pointer
//           mov  %fs:0x10, %rax          glibc's self pointer ...
//           mov  %rax, %fs:0             ... restores the host word
//           call sys_<name>              arguments are still in place
//           movzwl %ax, %eax             errno is 16 bits; return all of rax
//           mov  %rbx, %fs:0             back to the guest word
//           pop  %rbx
//           ret
//
// push %rbx also realigns the stack for the call.  mem_map has a seventh
// argument on the stack, which is copied below the return address so that
// sys_mem_map finds it where the ABI says.  The host word is taken from
// glibc's self pointer, never from guest memory.
#include "syscall_entry.h"

#include <cloudabi_syscalls_info.h>

#include "syscalls.h"

#define ENTRY_PROLOGUE(name)                   \
  ".text\n"                                    \
  ".p2align 4\n"                               \
  ".globl vdso_entry_" #name "\n"              \
  ".hidden vdso_entry_" #name "\n"             \
  ".type vdso_entry_" #name ",@function\n"     \
  "vdso_entry_" #name ":\n"                    \
  "  push %rbx\n"                              \
  "  mov %fs:0, %rbx\n"                        \
  "  mov %fs:0x10, %rax\n"                     \
  "  mov %rax, %fs:0\n"

#define ENTRY_EPILOGUE(name)                   \
  "  movzwl %ax, %eax\n"                       \
  "  mov %rbx, %fs:0\n"                        \
  "  pop %rbx\n"                               \
  "  ret\n"                                    \
  ".size vdso_entry_" #name ", . - vdso_entry_" #name "\n"

#define REGISTER_ARGS_ENTRY(name) \
  __asm__(ENTRY_PROLOGUE(name) "  call sys_" #name "\n" ENTRY_EPILOGUE(name));

// Entry:       rsp -> [ret][arg7]          (rsp = 8 mod 16)
// after push:  rsp -> [rbx][ret][arg7]
// sub 8, push: rsp -> [arg7][pad][rbx][ret][arg7]   (rsp = 0 mod 16)
#define STACK_ARG_ENTRY(name)                                        \
  __asm__(ENTRY_PROLOGUE(name)                                       \
          "  sub $8, %rsp\n"                                         \
          "  pushq 24(%rsp)\n"                                       \
          "  call sys_" #name "\n"                                   \
          "  add $16, %rsp\n" ENTRY_EPILOGUE(name));

// Chooses the entry kind from the ABI's parameter list: a call with more
// than six parameters has its seventh on the stack.
#define EIGHTH_ARG(a1, a2, a3, a4, a5, a6, a7, a8, ...) a8
#define ENTRY_KIND_FOR_ARGS(...)                                        \
  EIGHTH_ARG(__VA_ARGS__, STACK_ARG_ENTRY, REGISTER_ARGS_ENTRY,         \
             REGISTER_ARGS_ENTRY, REGISTER_ARGS_ENTRY, REGISTER_ARGS_ENTRY, \
             REGISTER_ARGS_ENTRY, REGISTER_ARGS_ENTRY, REGISTER_ARGS_ENTRY)
#define ENTRY_KIND(args) ENTRY_KIND_FOR_ARGS(args)
#define DEFINE_ENTRY(name) ENTRY_KIND(CLOUDABI_SYSCALL_PARAMETER_NAMES_##name)(name)
CLOUDABI_SYSCALL_NAMES(DEFINE_ENTRY)

#define DECLARE_ENTRY(name) void vdso_entry_##name(void) __attribute__((visibility("hidden")));
CLOUDABI_SYSCALL_NAMES(DECLARE_ENTRY)

#define ENTRY_ADDRESS(name) &vdso_entry_##name,
void (*const vdso_entry_points[CLOUDABI_SYSCALL_COUNT])(void) = {
    CLOUDABI_SYSCALL_NAMES(ENTRY_ADDRESS)};
