#include <uv.h>

// Nothing to do: a child receives only the descriptors its argdata names.
void uv_disable_stdio_inheritance(void) {
}
