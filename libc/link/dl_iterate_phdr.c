#include <link.h>

#include "startup.h"
#include "tls.h"

int dl_iterate_phdr(int (*callback)(struct dl_phdr_info *, size_t, void *),
                    void *data) {
  // The executable is the only object.
  struct dl_phdr_info info = {
      .dlpi_addr = __startup.base,
      .dlpi_name = "",
      .dlpi_phdr = __startup.phdr,
      .dlpi_phnum = (ElfW(Half))__startup.phnum,
      .dlpi_adds = 1,
      .dlpi_subs = 0,
  };
  if (__tls_image.block_size > 0) {
    // Variant II: the block ends at the thread pointer.
    info.dlpi_tls_modid = 1;
    info.dlpi_tls_data = (char *)tls_get_tcb() - __tls_image.block_size;
  }
  return callback(&info, sizeof(info), data);
}
