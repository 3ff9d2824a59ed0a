// Internal: thread-local storage (x86_64 variant II, CloudABI's %fs:0
// convention).  The word at %fs:0 holds the thread pointer TP, the address
// of the thread's cloudabi_tcb_t; the TLS block sits directly below TP.
// Switching threads' TLS is a plain store to %fs:0, no system call.
#ifndef LIBC_INTERNAL_TLS_H
#define LIBC_INTERNAL_TLS_H

#include <cloudabi_types.h>
#include <stddef.h>
#include <stdint.h>

// The PT_TLS image of the executable, recorded by crt0.
struct tls_image {
  const void *init;    // p_vaddr relocated: the initialised part
  size_t init_size;    // p_filesz
  size_t block_size;   // p_memsz rounded up to align
  size_t align;        // max(p_align, alignof(cloudabi_tcb_t))
};

extern struct tls_image __tls_image;

// Bytes an area must have to hold one thread's TLS block and TCB at any
// placement.
static inline size_t tls_area_size(const struct tls_image *img) {
  return img->block_size + sizeof(cloudabi_tcb_t) + img->align - 1;
}

static inline cloudabi_tcb_t *tls_get_tcb(void) {
  cloudabi_tcb_t *tcb;
  __asm__ volatile("mov %%fs:0, %0" : "=r"(tcb));
  return tcb;
}

static inline void tls_set_tcb(cloudabi_tcb_t *tcb) {
  __asm__ volatile("mov %0, %%fs:0" : : "r"(tcb) : "memory");
}

// Lays out a TLS block and TCB in `area` (tls_area_size bytes, any
// alignment) and returns the new TCB.  The area must be zero-filled (fresh
// anonymous memory is); only the initialised image is copied.  Plain loops:
// crt0 runs this before the rest of the libc may be used.
static inline cloudabi_tcb_t *tls_layout(const struct tls_image *img, void *area) {
  uintptr_t tp = ((uintptr_t)area + img->block_size + img->align - 1) & ~(uintptr_t)(img->align - 1);
  volatile unsigned char *dst = (volatile unsigned char *)(tp - img->block_size);
  const unsigned char *src = img->init;
  for (size_t i = 0; i < img->init_size; i++)
    dst[i] = src[i];
  return (cloudabi_tcb_t *)tp;
}

#endif
