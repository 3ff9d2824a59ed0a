// Internal: the wide-character printf engine.
//
// The narrow engine's number formatters write ASCII bytes into a
// `struct fmt_out`; here that window is a small staging area whose drain
// widens each byte to a wchar_t and appends it to the wide window
// [wbuf, wbuf + wsize).  Wide text (the format's literal characters, %ls,
// converted %s) goes straight to the wide window after the staged bytes.
// One byte is one character, so out.count counts wide characters, which
// is what %n and the return value need.  The owner's `wdrain` empties,
// grows or discards a full wide window, or sets out.error.
#ifndef LIBC_INTERNAL_WFMT_IMPL_H
#define LIBC_INTERNAL_WFMT_IMPL_H

#include <stdarg.h>
#include <stddef.h>
#include <wchar.h>

#include "fmt_impl.h"

struct wfmt_out {
  struct fmt_out out;  // the byte view, first so that a drain can find us
  wchar_t *wbuf;
  size_t wused, wsize;
  void (*wdrain)(struct wfmt_out *);
  void *ctx;           // owner's data
  char stage[64];
};

// Sets up the sink over the wide window [buf, buf + size).
void __wfmt_init(struct wfmt_out *, wchar_t *buf, size_t size,
                 void (*wdrain)(struct wfmt_out *), void *ctx);

// Moves the staged bytes into the wide window.
void __wfmt_flush_stage(struct wfmt_out *);

// Appends wide characters, or n copies of one.
void __wfmt_write(struct wfmt_out *, const wchar_t *, size_t);
void __wfmt_pad(struct wfmt_out *, wchar_t, size_t);

// The wide directive interpreter: 0 or an errno value, like
// __fmt_vprintf.  Everything produced is in the wide window (or drained)
// when it returns.
int __fmt_vwprintf(struct wfmt_out *, const wchar_t *, va_list);

#endif
