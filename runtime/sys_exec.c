// proc_exec: checks everything that can be checked while the caller's
// image still exists (rights, descriptors, memory, the executable itself),
// then hands over to a fresh runtime image (exec_handoff.c).
#define _GNU_SOURCE
#include <stdlib.h>
#include <sys/mman.h>

#include "elf_loader.h"
#include "exec_handoff.h"
#include "fd_table.h"
#include "guest_mem.h"
#include "syscalls.h"

// Bounds on what a caller may pass, so the runtime's copies stay sane.
#define MAX_EXEC_DATA ((size_t)1 << 30)
#define MAX_EXEC_FDS ((size_t)1 << 20)

// Loads the image the way the new runtime will, then discards the
// mapping: a bad executable fails here with the caller intact.
static cloudabi_errno_t check_executable(int host_fd) {
  struct loaded_program prog;
  char err[256];
  if (elf_load(host_fd, &prog, err, sizeof(err)) != 0)
    return CLOUDABI_ENOEXEC;
  uintptr_t lo = (uintptr_t)prog.region, ph = (uintptr_t)prog.phdr;
  bool phdr_copied = ph < lo || ph >= lo + prog.region_len;
  munmap(prog.region, prog.region_len);
  if (phdr_copied)
    free((void *)prog.phdr);
  return 0;
}

cloudabi_errno_t sys_proc_exec(cloudabi_fd_t fd, const void *data, size_t data_len,
                               const cloudabi_fd_t *fds, size_t fds_len) {
  if (data_len > MAX_EXEC_DATA)
    return CLOUDABI_E2BIG;
  if (fds_len > MAX_EXEC_FDS)
    return CLOUDABI_EMFILE;
  struct fd_entry exe;
  cloudabi_errno_t e = fd_table_get(fd, CLOUDABI_RIGHT_PROC_EXEC, 0, &exe);
  if (e != 0)
    return e;
  unsigned char *copy = malloc(data_len + 1);
  cloudabi_fd_t *numbers = calloc(fds_len + 1, sizeof(*numbers));
  struct fd_entry *entries = calloc(fds_len + 1, sizeof(*entries));
  size_t held = 0;
  if (copy == NULL || numbers == NULL || entries == NULL) {
    e = CLOUDABI_ENOMEM;
    goto out;
  }
  if ((e = guest_copy_in(copy, data, data_len)) != 0 ||
      (e = guest_copy_in(numbers, fds, fds_len * sizeof(*numbers))) != 0)
    goto out;
  // Every descriptor that survives must exist; no rights are needed to
  // pass one on (they travel unchanged).
  for (; held < fds_len; held++)
    if ((e = fd_table_get(numbers[held], 0, 0, &entries[held])) != 0)
      goto out;
  if (exe.object->type != CLOUDABI_FILETYPE_REGULAR_FILE) {
    e = CLOUDABI_ENOEXEC;
    goto out;
  }
  if ((e = check_executable(exe.object->host_fd)) != 0)
    goto out;
  e = exec_handoff_run(exe.object->host_fd, entries, fds_len, copy, data_len);
out:
  for (size_t i = 0; i < held; i++)
    fd_object_unref(entries[i].object);
  fd_object_unref(exe.object);
  free(entries);
  free(numbers);
  free(copy);
  return e;
}
