// The matcher behind regexec (see regex_impl.h).
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "regex_impl.h"
#include "unicode_utf8.h"

struct subject {
  const unsigned char *s;
  const wchar_t *ws;
  size_t len;
};

// The character at pos (which is below len) and its length.
static size_t char_at(const struct subject *sub, size_t pos, uint32_t *c) {
  if (sub->ws != NULL) {
    *c = (uint32_t)sub->ws[pos];
    return 1;
  }
  unsigned char b = sub->s[pos];
  if (b < 0x80) {
    *c = b;
    return 1;
  }
  mbstate_t st = {0};
  size_t n = utf8_decode(c, sub->s + pos, sub->len - pos, &st);
  if (n == UTF8_INVALID || n == UTF8_INCOMPLETE) {
    *c = RX_RAW_BYTE + b;
    return 1;
  }
  return n;
}

static uint32_t unit_before(const struct subject *sub, size_t pos) {
  return sub->ws != NULL ? (uint32_t)sub->ws[pos - 1] : sub->s[pos - 1];
}

static bool chars_equal(uint32_t a, uint32_t b, bool icase) {
  if (a == b)
    return true;
  if (!icase || a >= RX_RAW_BYTE || b >= RX_RAW_BYTE)
    return false;
  return towlower((wint_t)a) == towlower((wint_t)b) ||
         towupper((wint_t)a) == towupper((wint_t)b);
}

static bool set_matches(const struct rx_program *prog, const struct rx_set *set,
                        uint32_t c) {
  bool in = rx_set_contains(set, c);
  if (!in && (prog->cflags & REG_ICASE) && c < RX_RAW_BYTE) {
    uint32_t l = (uint32_t)towlower((wint_t)c), u = (uint32_t)towupper((wint_t)c);
    in = (l != c && rx_set_contains(set, l)) || (u != c && rx_set_contains(set, u));
  }
  if (set->negated) {
    if ((prog->cflags & REG_NEWLINE) && c == '\n')
      return false;
    return !in;
  }
  return in;
}

// Whether the consuming instruction in accepts character c.
static bool consumes(const struct rx_program *prog, const struct rx_inst *in,
                     uint32_t c) {
  switch (in->op) {
    case RX_CHAR:
      return chars_equal(c, in->arg, (prog->cflags & REG_ICASE) != 0);
    case RX_ANY:
      return c < RX_RAW_BYTE;
    case RX_ANYNL:
      return c != '\n' && c < RX_RAW_BYTE;
    case RX_SET:
      // A byte that is not part of a valid character is in no set.
      return c < RX_RAW_BYTE && set_matches(prog, &prog->sets[in->arg], c);
  }
  return false;
}

struct context {
  const struct rx_program *prog;
  struct subject sub;
  int eflags;
  size_t ncap;  // slots per thread: 2 * (nsub + 1) captures, then extra
  bool need_caps;  // false: only whether there is a match
};

static bool at_bol(const struct context *cx, size_t pos) {
  if (pos == 0)
    return (cx->eflags & REG_NOTBOL) == 0;
  return (cx->prog->cflags & REG_NEWLINE) && unit_before(&cx->sub, pos) == '\n';
}

static bool at_eol(const struct context *cx, size_t pos) {
  if (pos == cx->sub.len)
    return (cx->eflags & REG_NOTEOL) == 0;
  if (!(cx->prog->cflags & REG_NEWLINE))
    return false;
  uint32_t c;
  char_at(&cx->sub, pos, &c);
  return c == '\n';
}

// The Pike VM.

struct list {
  size_t n;
  uint32_t *pc;       // instructions of the threads, in order of addition
  regoff_t *caps;     // ncap offsets per instruction (indexed by pc)
  size_t *mark;       // generation in which each instruction was added
};

struct vm {
  struct context *cx;
  size_t generation;
};

static void add_thread(struct vm *vm, struct list *l, uint32_t pc,
                       regoff_t *caps, size_t pos) {
  struct context *cx = vm->cx;
  const struct rx_inst *in = &cx->prog->inst[pc];
  // The first thread to reach an instruction has the highest priority.
  if (l->mark[pc] == vm->generation)
    return;
  l->mark[pc] = vm->generation;
  l->pc[l->n++] = pc;
  memcpy(&l->caps[(size_t)pc * cx->ncap], caps, cx->ncap * sizeof(*caps));
  switch (in->op) {
    case RX_JMP:
      add_thread(vm, l, in->x, caps, pos);
      break;
    case RX_SETPOS: {
      regoff_t old = caps[in->arg];
      caps[in->arg] = (regoff_t)pos;
      add_thread(vm, l, pc + 1, caps, pos);
      caps[in->arg] = old;
      break;
    }
    case RX_PROGRESS:
      if (caps[in->arg] != (regoff_t)pos)
        add_thread(vm, l, pc + 1, caps, pos);
      break;
    case RX_SPLIT:
      add_thread(vm, l, in->x, caps, pos);
      add_thread(vm, l, in->y, caps, pos);
      break;
    case RX_SAVE: {
      regoff_t old = caps[in->arg], old_end = 0;
      caps[in->arg] = (regoff_t)pos;
      // A new iteration of a group forgets the end of the previous one.
      if ((in->arg & 1) == 0) {
        old_end = caps[in->arg + 1];
        caps[in->arg + 1] = -1;
      }
      add_thread(vm, l, pc + 1, caps, pos);
      caps[in->arg] = old;
      if ((in->arg & 1) == 0)
        caps[in->arg + 1] = old_end;
      break;
    }
    case RX_BOL:
      if (at_bol(cx, pos))
        add_thread(vm, l, pc + 1, caps, pos);
      break;
    case RX_EOL:
      if (at_eol(cx, pos))
        add_thread(vm, l, pc + 1, caps, pos);
      break;
  }
}

static int run_pike(struct context *cx, regoff_t *best) {
  const struct rx_program *prog = cx->prog;
  size_t ninst = prog->ninst, ncap = cx->ncap;
  struct list lists[2];
  char *mem = malloc(2 * ninst * (sizeof(uint32_t) + sizeof(size_t) +
                                  ncap * sizeof(regoff_t)) +
                     ncap * sizeof(regoff_t));
  if (mem == NULL)
    return REG_ESPACE;
  char *m = mem;
  for (int i = 0; i < 2; i++) {
    lists[i].caps = (regoff_t *)m;
    m += ninst * ncap * sizeof(regoff_t);
    lists[i].mark = (size_t *)m;
    m += ninst * sizeof(size_t);
  }
  regoff_t *work = (regoff_t *)m;
  m += ncap * sizeof(regoff_t);
  for (int i = 0; i < 2; i++) {
    lists[i].pc = (uint32_t *)m;
    m += ninst * sizeof(uint32_t);
    lists[i].n = 0;
    memset(lists[i].mark, 0, ninst * sizeof(size_t));
  }
  struct vm vm = {.cx = cx, .generation = 1};
  bool found = false;
  bool need_caps = cx->need_caps;
  struct list *cur = &lists[0], *next = &lists[1];
  size_t pos = 0;
  for (size_t i = 0; i < ncap; i++)
    work[i] = -1;
  add_thread(&vm, cur, 0, work, pos);
  for (;;) {
    uint32_t c = 0;
    size_t clen = pos < cx->sub.len ? char_at(&cx->sub, pos, &c) : 0;
    vm.generation++;
    next->n = 0;
    for (size_t i = 0; i < cur->n; i++) {
      uint32_t pc = cur->pc[i];
      const struct rx_inst *in = &prog->inst[pc];
      regoff_t *caps = &cur->caps[(size_t)pc * ncap];
      if (found && caps[0] > best[0])
        continue;
      if (in->op == RX_MATCH) {
        // Threads are in priority order and only one reaches the match
        // per position, so a later match is a longer one.
        if (!found || caps[0] < best[0] ||
            (caps[0] == best[0] && caps[1] > best[1])) {
          memcpy(best, caps, ncap * sizeof(*caps));
          found = true;
          if (!need_caps)
            goto done;
        }
      } else if (clen > 0 && in->op <= RX_SET && consumes(prog, in, c)) {
        memcpy(work, caps, ncap * sizeof(*caps));
        add_thread(&vm, next, pc + 1, work, pos + clen);
      }
    }
    if (clen == 0)
      break;
    pos += clen;
    struct list *t = cur;
    cur = next;
    next = t;
    // A thread starting here joins those that started earlier (which win
    // when both reach the same instruction).
    if (!found) {
      for (size_t i = 0; i < ncap; i++)
        work[i] = -1;
      add_thread(&vm, cur, 0, work, pos);
    } else if (cur->n == 0) {
      break;
    }
  }
done:
  free(mem);
  return found ? 0 : REG_NOMATCH;
}

// Backtracking, for programs with back-references: every path is explored
// from the leftmost start that matches, and the best match by the same
// preference as above is kept.

struct backtrack {
  struct context *cx;
  regoff_t *caps;
  regoff_t *best;
  bool found;
  size_t *entered;  // per instruction: position + 1 at which a fork is active
  unsigned long steps;
  int error;
};

#define RX_MAX_STEPS 20000000ul
#define RX_MAX_DEPTH 20000u

static bool bref_matches(struct backtrack *bt, uint32_t group, size_t pos,
                         size_t *end) {
  struct context *cx = bt->cx;
  regoff_t so = bt->caps[2 * group], eo = bt->caps[2 * group + 1];
  if (so < 0 || eo < so)
    return false;
  bool icase = (cx->prog->cflags & REG_ICASE) != 0;
  size_t a = (size_t)so, b = pos;
  while (a < (size_t)eo) {
    if (b >= cx->sub.len)
      return false;
    uint32_t ca, cb;
    size_t la = char_at(&cx->sub, a, &ca);
    size_t lb = char_at(&cx->sub, b, &cb);
    if (!chars_equal(ca, cb, icase))
      return false;
    a += la;
    b += lb;
  }
  *end = b;
  return true;
}

static void explore(struct backtrack *bt, uint32_t pc, size_t pos,
                    unsigned depth) {
  struct context *cx = bt->cx;
  const struct rx_program *prog = cx->prog;
  for (;;) {
    if (bt->error != 0)
      return;
    if (++bt->steps > RX_MAX_STEPS || depth > RX_MAX_DEPTH) {
      bt->error = REG_ESPACE;
      return;
    }
    const struct rx_inst *in = &prog->inst[pc];
    switch (in->op) {
      case RX_CHAR:
      case RX_ANY:
      case RX_ANYNL:
      case RX_SET: {
        uint32_t c;
        if (pos >= cx->sub.len)
          return;
        size_t n = char_at(&cx->sub, pos, &c);
        if (!consumes(prog, in, c))
          return;
        pos += n;
        pc++;
        break;
      }
      case RX_JMP:
        pc = in->x;
        break;
      case RX_SPLIT: {
        if (bt->entered[pc] == pos + 1)
          return;  // round a loop without consuming anything
        size_t old = bt->entered[pc];
        bt->entered[pc] = pos + 1;
        explore(bt, in->x, pos, depth + 1);
        explore(bt, in->y, pos, depth + 1);
        bt->entered[pc] = old;
        return;
      }
      case RX_SAVE: {
        regoff_t old = bt->caps[in->arg], old_end = 0;
        bt->caps[in->arg] = (regoff_t)pos;
        if ((in->arg & 1) == 0) {
          old_end = bt->caps[in->arg + 1];
          bt->caps[in->arg + 1] = -1;
        }
        explore(bt, pc + 1, pos, depth + 1);
        bt->caps[in->arg] = old;
        if ((in->arg & 1) == 0)
          bt->caps[in->arg + 1] = old_end;
        return;
      }
      case RX_BOL:
        if (!at_bol(cx, pos))
          return;
        pc++;
        break;
      case RX_EOL:
        if (!at_eol(cx, pos))
          return;
        pc++;
        break;
      case RX_SETPOS: {
        regoff_t old = bt->caps[in->arg];
        bt->caps[in->arg] = (regoff_t)pos;
        explore(bt, pc + 1, pos, depth + 1);
        bt->caps[in->arg] = old;
        return;
      }
      case RX_PROGRESS:
        if (bt->caps[in->arg] == (regoff_t)pos)
          return;
        pc++;
        break;
      case RX_BREF: {
        size_t end;
        if (!bref_matches(bt, in->arg, pos, &end))
          return;
        pos = end;
        pc++;
        break;
      }
      case RX_MATCH:
        // Paths are explored in priority order: keep the first of the
        // longest.
        if (!bt->found || bt->caps[1] > bt->best[1]) {
          memcpy(bt->best, bt->caps, cx->ncap * sizeof(*bt->caps));
          bt->found = true;
        }
        return;
    }
  }
}

static int run_backtrack(struct context *cx, regoff_t *best) {
  size_t ninst = cx->prog->ninst;
  regoff_t *caps = malloc(cx->ncap * sizeof(*caps));
  size_t *entered = calloc(ninst, sizeof(*entered));
  if (caps == NULL || entered == NULL) {
    free(caps);
    free(entered);
    return REG_ESPACE;
  }
  struct backtrack bt = {
      .cx = cx, .caps = caps, .best = best, .entered = entered};
  size_t pos = 0;
  for (;;) {
    for (size_t i = 0; i < cx->ncap; i++)
      caps[i] = -1;
    explore(&bt, 0, pos, 0);
    if (bt.found || bt.error != 0 || pos >= cx->sub.len)
      break;
    uint32_t c;
    pos += char_at(&cx->sub, pos, &c);
  }
  free(caps);
  free(entered);
  if (bt.error != 0)
    return bt.error;
  return bt.found ? 0 : REG_NOMATCH;
}

int __regex_match(const regex_t *preg, const char *s, const wchar_t *ws,
                  size_t len, size_t nmatch, regmatch_t *pmatch, int eflags) {
  const struct rx_program *prog = preg->__program;
  if (prog == NULL)
    return REG_BADPAT;
  if (prog->cflags & REG_NOSUB)
    nmatch = 0;
  struct context cx = {
      .prog = prog,
      .sub = {.s = (const unsigned char *)s, .ws = ws, .len = len},
      .eflags = eflags,
      .ncap = prog->nslots,
      .need_caps = nmatch > 0,
  };
  regoff_t small[32];
  regoff_t *best = cx.ncap <= 32 ? small : malloc(cx.ncap * sizeof(*best));
  if (best == NULL)
    return REG_ESPACE;
  int error = prog->backrefs ? run_backtrack(&cx, best) : run_pike(&cx, best);
  if (error == 0) {
    for (size_t i = 0; i < nmatch; i++) {
      if (i <= prog->nsub && best[2 * i] >= 0 && best[2 * i + 1] >= 0) {
        pmatch[i].rm_so = best[2 * i];
        pmatch[i].rm_eo = best[2 * i + 1];
      } else {
        pmatch[i].rm_so = -1;
        pmatch[i].rm_eo = -1;
      }
    }
  }
  if (best != small)
    free(best);
  return error;
}
