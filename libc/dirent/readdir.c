#include <cloudabi_syscalls.h>
#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "dirent_impl.h"

// Reads records from dirp->cookie on into the buffer, after doubling it
// if `need_grow` (a record does not fit) or, when memory allows,
// `want_grow`.
static cloudabi_errno_t refill(DIR *dirp, bool need_grow, bool want_grow) {
  if (need_grow || want_grow) {
    size_t size = dirp->buffer_size * 2;
    char *buffer = size > dirp->buffer_size ? realloc(dirp->buffer, size) : NULL;
    if (buffer != NULL) {
      dirp->buffer = buffer;
      dirp->buffer_size = size;
    } else if (need_grow) {
      return ENOMEM;
    }
  }
  size_t used;
  cloudabi_errno_t error = cloudabi_sys_file_readdir((cloudabi_fd_t)dirp->fd, dirp->buffer,
                                                     dirp->buffer_size, dirp->cookie, &used);
  if (error != 0)
    return error;
  dirp->buffer_used = used;
  dirp->buffer_pos = 0;
  dirp->buffer_valid = true;
  return 0;
}

struct dirent *readdir(DIR *dirp) {
  for (;;) {
    size_t avail = dirp->buffer_valid ? dirp->buffer_used - dirp->buffer_pos : 0;
    if (avail >= sizeof(cloudabi_dirent_t)) {
      // Records are packed without alignment: copy the header out.
      cloudabi_dirent_t de;
      const char *record = dirp->buffer + dirp->buffer_pos;
      memcpy(&de, record, sizeof(de));
      if (de.d_namlen <= avail - sizeof(de)) {
        const char *name = record + sizeof(de);
        // Entries without a name or with a null byte in it cannot be
        // represented; skip them.
        if (de.d_namlen == 0 || memchr(name, '\0', de.d_namlen) != NULL) {
          dirp->buffer_pos += sizeof(de) + de.d_namlen;
          dirp->cookie = de.d_next;
          continue;
        }
        // Room for the entry first, so that running out of memory loses
        // nothing: the next call returns this entry again.
        size_t need = offsetof(struct dirent, d_name) + (size_t)de.d_namlen + 1;
        if (need < sizeof(struct dirent))
          need = sizeof(struct dirent);
        if (need > dirp->entry_size) {
          struct dirent *entry = realloc(dirp->entry, need);
          if (entry == NULL)
            return NULL;
          dirp->entry = entry;
          dirp->entry_size = need;
        }
        dirp->buffer_pos += sizeof(de) + de.d_namlen;
        dirp->cookie = de.d_next;
        dirp->entry->d_ino = de.d_ino;
        dirp->entry->d_type = de.d_type;
        memcpy(dirp->entry->d_name, name, de.d_namlen);
        dirp->entry->d_name[de.d_namlen] = '\0';
        return dirp->entry;
      }
    }
    // No complete record left.  A call that did not fill the buffer has
    // reached the end of the directory.
    if (dirp->buffer_valid && dirp->buffer_used < dirp->buffer_size)
      return NULL;
    // Otherwise continue after the last complete record.  If even the
    // first record of a full buffer is incomplete, it is larger than the
    // buffer, which must grow.  While a scan goes on, grow it anyway up to
    // DIR_BUFFER_LARGE.
    cloudabi_errno_t error =
        refill(dirp, dirp->buffer_valid && dirp->buffer_pos == 0,
               dirp->buffer_valid && dirp->buffer_size < DIR_BUFFER_LARGE);
    if (error != 0) {
      errno = error;
      return NULL;
    }
  }
}
