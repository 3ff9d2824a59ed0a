#include <execinfo.h>
#include <stdint.h>

// Each frame starts with the caller's frame pointer, followed by the
// return address.
struct frame {
  const struct frame *next;
  void *ret;
};

int backtrace(void **buffer, int size) {
  // Asking for the frame address makes this function keep a frame pointer.
  const struct frame *f = __builtin_frame_address(0);
  int n = 0;
  while (n < size && f != NULL) {
    if (f->ret == NULL)
      break;
    buffer[n++] = f->ret;
    const struct frame *next = f->next;
    // The chain must go up the stack, in small steps, with aligned frames.
    if ((uintptr_t)next <= (uintptr_t)f ||
        (uintptr_t)next - (uintptr_t)f > (1u << 20) ||
        ((uintptr_t)next & 7) != 0)
      break;
    f = next;
  }
  return n;
}
