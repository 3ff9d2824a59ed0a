// A write-only, wide-oriented stream into a growing heap array of wchar_t.
// The stream layer hands the backend UTF-8 bytes, which it decodes back
// into characters (a character may arrive in pieces).  After each fflush
// and fclose, *bufp points to the characters, terminated by a null wide
// character, and *sizep is the smaller of their number and the position.
// Positions count wide characters; the stream is unbuffered so that
// ftell and fseek see every character written so far.
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "stdio_impl.h"
#include "unicode_utf8.h"

struct wms {
  wchar_t **bufp;
  size_t *sizep;
  wchar_t *data;
  size_t cap, len, pos;  // in wide characters
  mbstate_t st;          // a character whose bytes are still arriving
};

// The backend state lives behind the u.ms.data pointer.
static struct wms *state(FILE *f) {
  return (struct wms *)(void *)f->s.u.ms.data;
}

static void publish(struct wms *w) {
  *w->bufp = w->data;
  *w->sizep = w->pos < w->len ? w->pos : w->len;
}

static bool put_char(struct wms *w, wchar_t wc) {
  if (w->pos + 1 >= w->cap) {
    if (w->cap > SIZE_MAX / sizeof(wchar_t) / 4) {
      errno = EFBIG;
      return false;
    }
    size_t cap = w->cap * 2;
    if (cap < w->pos + 2)
      cap = w->pos + 2;
    wchar_t *d = realloc(w->data, cap * sizeof(wchar_t));
    if (d == NULL)
      return false;
    w->data = d;
    w->cap = cap;
  }
  if (w->pos > w->len)
    wmemset(w->data + w->len, L'\0', w->pos - w->len);
  w->data[w->pos++] = wc;
  if (w->pos > w->len) {
    w->len = w->pos;
    w->data[w->len] = L'\0';
  }
  return true;
}

static ptrdiff_t wms_write(FILE *f, const void *buf, size_t n) {
  struct wms *w = state(f);
  const unsigned char *p = buf;
  for (size_t i = 0; i < n; i++) {
    uint32_t wc;
    size_t r = utf8_decode(&wc, p + i, 1, &w->st);
    if (r == UTF8_INVALID)
      return -1;  // only byte-oriented writes can get here
    if (r == 1 && !put_char(w, (wchar_t)wc))
      return -1;
  }
  publish(w);
  return (ptrdiff_t)n;
}

static int wms_seek(FILE *f, off_t offset, int whence, off_t *pos) {
  struct wms *w = state(f);
  off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)w->pos : (off_t)w->len;
  if ((offset < 0 && -offset > base) || (offset > 0 && offset > INT64_MAX / 16 - base))
    return EINVAL;
  w->pos = (size_t)(base + offset);
  w->st = (mbstate_t){0};
  *pos = (off_t)w->pos;
  publish(w);
  return 0;
}

static ptrdiff_t wms_read(FILE *f, void *buf, size_t n) {
  errno = EBADF;
  return -1;
}

static int wms_close(FILE *f) {
  struct wms *w = state(f);
  publish(w);  // the array now belongs to the caller
  free(w);
  return 0;
}

static const struct stdio_ops wms_ops = {wms_read, wms_write, wms_seek, wms_close};

FILE *open_wmemstream(wchar_t **bufp, size_t *sizep) {
  if (bufp == NULL || sizep == NULL) {
    errno = EINVAL;
    return NULL;
  }
  struct wms *w = malloc(sizeof(*w));
  if (w == NULL)
    return NULL;
  *w = (struct wms){.bufp = bufp, .sizep = sizep, .cap = 16};
  w->data = malloc(w->cap * sizeof(wchar_t));
  if (w->data == NULL) {
    free(w);
    return NULL;
  }
  w->data[0] = L'\0';
  FILE *f = __stdio_new(&wms_ops, -1, F_NORD);
  if (f == NULL) {
    free(w->data);
    free(w);
    return NULL;
  }
  f->s.u.ms.data = (char *)(void *)w;
  f->s.bufmode = _IONBF;
  f->s.orient = 1;
  publish(w);
  return f;
}
