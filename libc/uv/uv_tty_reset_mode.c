#include <uv.h>

// No terminal mode is ever changed (uv_tty_set_mode is omitted).
int uv_tty_reset_mode(void) {
  return 0;
}
