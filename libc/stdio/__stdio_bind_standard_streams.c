// The standard streams.  They exist in every program that names them, but
// are connected to a descriptor only when program_main was given one
// (see <program.h>); until then they fail every operation with EBADF.
#include <cloudabi_syscalls.h>

#include "stdio_impl.h"

static unsigned char stdin_buf[BUFSIZ];
static unsigned char stdout_buf[BUFSIZ];

#define STD_FILE(name, flag, mode, b, size)                              \
  FILE name = {.s = {.fd = -1, .flags = flag, .bufmode = mode, .buf = b, \
                     .bufsize = size, .ops = &__stdio_fd_ops},           \
               .is_static = true}

// Until bound, neither readable nor writable: every operation fails.
STD_FILE(__stdio_stdin_file, F_NORD | F_NOWR, _IOFBF, stdin_buf, sizeof(stdin_buf));
STD_FILE(__stdio_stdout_file, F_NORD | F_NOWR, _IOFBF, stdout_buf, sizeof(stdout_buf));
STD_FILE(__stdio_stderr_file, F_NORD | F_NOWR, _IONBF, NULL, 0);

// A program that uses only the standard streams must still flush them at
// exit: this reference links in __stdio_exit, which exit() finds weakly.
void __stdio_exit(void);
__attribute__((used)) static void (*const link_exit_flush)(void) = __stdio_exit;

FILE *const stdin = &__stdio_stdin_file;
FILE *const stdout = &__stdio_stdout_file;
FILE *const stderr = &__stdio_stderr_file;

void __stdio_bind_standard_streams(int in, int out, int err) {
  if (in >= 0) {
    __stdio_stdin_file.s.fd = in;
    __stdio_stdin_file.s.flags = F_NOWR;
  }
  if (out >= 0) {
    __stdio_stdout_file.s.fd = out;
    __stdio_stdout_file.s.flags = F_NORD;
  }
  if (err >= 0) {
    __stdio_stderr_file.s.fd = err;
    __stdio_stderr_file.s.flags = F_NORD;
  }
  cloudabi_fdstat_t st;
  if (out >= 0 && cloudabi_sys_fd_stat_get((cloudabi_fd_t)out, &st) == 0 &&
      st.fs_filetype == CLOUDABI_FILETYPE_CHARACTER_DEVICE)
    __stdio_stdout_file.s.bufmode = _IOLBF;
}
