#include <uv.h>

// errno values become negative; codes that already are pass through.
int uv_translate_sys_error(int sys_errno) {
  return sys_errno <= 0 ? sys_errno : -sys_errno;
}
