// Internal: the compiled form of a regular expression and the two passes
// that build and run it.
//
// regcomp decodes the pattern into code points and parses it into a tree,
// which is then flattened into a program for a Thompson-style automaton:
// consuming instructions (one character, any character, a bracket set),
// forks, jumps, anchors and SAVE instructions that record where
// subexpressions start and end.  Counted repetition copies its operand.
//
// regexec runs the program as a Pike VM: all alive threads advance in
// lockstep over the subject, at most one per instruction, so the time is
// O(subject length * program length) whatever the nesting of repetitions.
// Threads are kept in priority order (the left branch of an alternation,
// and for a repetition one more iteration, first; threads that started
// earlier before later ones); when two reach the same instruction the
// higher-priority one survives.  The reported match is the leftmost, then
// the longest; among the ways of matching that span, the submatches are
// those of the highest-priority one.  This is what musl (TRE) and glibc
// report in practically all cases, and close to the POSIX rule ("each
// subexpression leftmost, then longest"), which the two libraries also
// implement this way.  An iteration of a repetition after the first may
// not match the empty string (RX_SETPOS/RX_PROGRESS), which keeps
// "(a*)+" from ending with an empty iteration.
//
// Programs with back-references cannot merge threads this way (the future
// of a thread depends on its captures) and are run by a backtracking
// search in the same priority order instead, with a step budget.
#ifndef LIBC_INTERNAL_REGEX_IMPL_H
#define LIBC_INTERNAL_REGEX_IMPL_H

#include <regex.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wctype.h>

enum {
  RX_CHAR,     // one character equal to arg (case-folded under REG_ICASE)
  RX_ANY,      // any character
  RX_ANYNL,    // any character but newline (REG_NEWLINE)
  RX_SET,      // a character in set number arg
  RX_SPLIT,    // continue at x and at y
  RX_JMP,      // continue at x
  RX_SAVE,     // record the position in capture slot arg
  RX_BOL,      // at the beginning of a line
  RX_EOL,      // at the end of a line
  RX_BREF,     // the text captured by group arg again
  RX_SETPOS,   // record the position in extra slot arg (iteration start)
  RX_PROGRESS, // fail unless the position moved past extra slot arg
  RX_MATCH,
};

struct rx_inst {
  uint8_t op;
  uint32_t arg;
  uint32_t x, y;
};

struct rx_range {
  uint32_t lo, hi;
};

struct rx_set {
  bool negated;
  size_t nranges;
  struct rx_range *ranges;
  size_t nclasses;
  wctype_t *classes;
};

struct rx_program {
  size_t ninst;
  struct rx_inst *inst;
  size_t nsets;
  struct rx_set *sets;
  size_t nsub;
  size_t nslots;  // 2 * (nsub + 1) capture slots, then the extra slots
  int cflags;
  bool backrefs;
};

// Characters that are not valid UTF-8 in a pattern or subject stand for
// themselves as RX_RAW_BYTE + byte, outside the range of code points.
#define RX_RAW_BYTE 0x110000u

// Largest program regcomp builds (REG_ESPACE beyond).
#define RX_MAX_INST 20000

// Compiles the pattern pat[0..len) (code points) into preg.
int __regex_compile(regex_t *preg, const uint32_t *pat, size_t len,
                    int cflags);

// Decodes the UTF-8 string s[0..n) into code points; returns NULL if out
// of memory.  *outlen receives the number of code points.
uint32_t *__regex_decode(const char *s, size_t n, size_t *outlen);

// Runs preg on a subject: bytes (UTF-8) when wide is false, wide
// characters otherwise.
int __regex_match(const regex_t *preg, const char *s, const wchar_t *ws,
                  size_t len, size_t nmatch, regmatch_t *pmatch, int eflags);

// Frees the program of a compiled expression.
void __regex_program_free(struct rx_program *prog);

// Whether c belongs to set (before negation and REG_ICASE folding are
// applied by the caller).
static inline bool rx_set_contains(const struct rx_set *set, uint32_t c) {
  for (size_t i = 0; i < set->nranges; i++)
    if (c >= set->ranges[i].lo && c <= set->ranges[i].hi)
      return true;
  if (c < RX_RAW_BYTE)
    for (size_t i = 0; i < set->nclasses; i++)
      if (iswctype((wint_t)c, set->classes[i]))
        return true;
  return false;
}

#endif
