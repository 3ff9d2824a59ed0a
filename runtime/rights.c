#include "rights.h"

void rights_max_for_type(cloudabi_filetype_t type, bool tty, cloudabi_rights_t *base,
                         cloudabi_rights_t *inheriting) {
  switch (type) {
    case CLOUDABI_FILETYPE_REGULAR_FILE:
      *base = RIGHTS_REGULAR_FILE_BASE;
      *inheriting = 0;
      return;
    case CLOUDABI_FILETYPE_DIRECTORY:
      *base = RIGHTS_DIRECTORY_BASE;
      *inheriting = RIGHTS_DIRECTORY_INHERITING;
      return;
    case CLOUDABI_FILETYPE_CHARACTER_DEVICE:
      if (tty) {
        *base = RIGHTS_TTY_BASE;
        *inheriting = 0;
        return;
      }
      *base = *inheriting = RIGHTS_ALL;
      return;
    case CLOUDABI_FILETYPE_BLOCK_DEVICE:
      *base = *inheriting = RIGHTS_ALL;
      return;
    case CLOUDABI_FILETYPE_SOCKET_DGRAM:
    case CLOUDABI_FILETYPE_SOCKET_STREAM:
      *base = RIGHTS_SOCKET_BASE;
      *inheriting = RIGHTS_ALL;
      return;
    case CLOUDABI_FILETYPE_SHARED_MEMORY:
      *base = RIGHTS_SHARED_MEMORY_BASE;
      *inheriting = 0;
      return;
    case CLOUDABI_FILETYPE_PROCESS:
      *base = RIGHTS_PROCESS_BASE;
      *inheriting = 0;
      return;
    default:
      *base = *inheriting = 0;
      return;
  }
}
