// Parser and code generator behind regcomp (see regex_impl.h).
#include <errno.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "regex_impl.h"

enum {
  N_EMPTY,
  N_CHAR,
  N_ANY,
  N_SET,
  N_CAT,
  N_ALT,
  N_REP,
  N_GROUP,
  N_BOL,
  N_EOL,
  N_BREF,
};

#define RX_INFINITE 0xffffffffu
#define RX_DUP_MAX 255  // RE_DUP_MAX

struct node {
  int type;
  uint32_t value;     // character, set number, group number
  uint32_t min, max;  // N_REP
  size_t left, right; // children (N_CAT, N_ALT, N_REP, N_GROUP)
};

struct parser {
  const uint32_t *pat;
  size_t len, pos;
  int cflags;
  bool extended;
  int error;
  struct node *nodes;
  size_t nnodes, capnodes;
  struct rx_set *sets;
  size_t nsets, capsets;
  size_t nsub;
  unsigned char closed[10];  // groups 1..9 whose end has been parsed
  bool backrefs;
  unsigned depth;
};

static size_t new_node(struct parser *p, int type) {
  if (p->error != 0)
    return 0;
  if (p->nnodes == p->capnodes) {
    size_t cap = p->capnodes == 0 ? 32 : p->capnodes * 2;
    struct node *n = realloc(p->nodes, cap * sizeof(*n));
    if (n == NULL) {
      p->error = REG_ESPACE;
      return 0;
    }
    p->nodes = n;
    p->capnodes = cap;
  }
  p->nodes[p->nnodes] = (struct node){.type = type};
  return p->nnodes++;
}

static size_t new_pair(struct parser *p, int type, size_t l, size_t r) {
  size_t n = new_node(p, type);
  if (p->error == 0) {
    p->nodes[n].left = l;
    p->nodes[n].right = r;
  }
  return n;
}

static bool at(const struct parser *p, size_t off, uint32_t c) {
  return p->pos + off < p->len && p->pat[p->pos + off] == c;
}

static bool at_end(const struct parser *p) {
  return p->pos >= p->len;
}

// Bracket expressions.

static bool set_add_range(struct parser *p, struct rx_set *s, uint32_t lo,
                          uint32_t hi) {
  struct rx_range *r = realloc(s->ranges, (s->nranges + 1) * sizeof(*r));
  if (r == NULL) {
    p->error = REG_ESPACE;
    return false;
  }
  s->ranges = r;
  r[s->nranges++] = (struct rx_range){lo, hi};
  return true;
}

static bool set_add_class(struct parser *p, struct rx_set *s, wctype_t t) {
  wctype_t *c = realloc(s->classes, (s->nclasses + 1) * sizeof(*c));
  if (c == NULL) {
    p->error = REG_ESPACE;
    return false;
  }
  s->classes = c;
  c[s->nclasses++] = t;
  return true;
}

// Reads "[.c.]" or "[=c=]" after the opening "[" and delimiter at p->pos
// (pointing at the delimiter).  Stores the single character in *c.
static bool read_element(struct parser *p, uint32_t delim, uint32_t *c) {
  size_t start = ++p->pos;
  while (p->pos + 1 < p->len &&
         !(p->pat[p->pos] == delim && p->pat[p->pos + 1] == ']'))
    p->pos++;
  if (p->pos + 1 >= p->len) {
    p->error = REG_EBRACK;
    return false;
  }
  if (p->pos - start != 1) {
    p->error = REG_ECOLLATE;
    return false;
  }
  *c = p->pat[start];
  p->pos += 2;
  return true;
}

static size_t parse_bracket(struct parser *p) {
  // p->pos is just past '['.
  struct rx_set set = {0};
  if (at(p, 0, '^')) {
    set.negated = true;
    p->pos++;
  }
  bool first = true;
  for (;;) {
    if (at_end(p)) {
      p->error = REG_EBRACK;
      break;
    }
    uint32_t c = p->pat[p->pos];
    if (c == ']' && !first) {
      p->pos++;
      break;
    }
    first = false;
    uint32_t lo;
    if (c == '[' && at(p, 1, ':')) {
      size_t start = p->pos + 2, end = start;
      while (end + 1 < p->len && !(p->pat[end] == ':' && p->pat[end + 1] == ']'))
        end++;
      if (end + 1 >= p->len) {
        p->error = REG_EBRACK;
        break;
      }
      char name[16];
      size_t n = end - start;
      wctype_t t = 0;
      if (n < sizeof(name)) {
        for (size_t i = 0; i < n; i++)
          name[i] = p->pat[start + i] < 0x80 ? (char)p->pat[start + i] : '?';
        name[n] = '\0';
        t = wctype(name);
      }
      if (t == 0) {
        p->error = REG_ECTYPE;
        break;
      }
      p->pos = end + 2;
      // Under REG_ICASE, [[:upper:]] and [[:lower:]] both mean letters.
      if ((p->cflags & REG_ICASE) &&
          (strcmp(name, "upper") == 0 || strcmp(name, "lower") == 0))
        t = wctype("alpha");
      if (!set_add_class(p, &set, t))
        break;
      // A class is not a range endpoint.
      if (at(p, 0, '-') && p->pos + 1 < p->len && p->pat[p->pos + 1] != ']') {
        p->error = REG_ERANGE;
        break;
      }
      continue;
    }
    if (c == '[' && (at(p, 1, '.') || at(p, 1, '='))) {
      uint32_t delim = p->pat[p->pos + 1];
      p->pos++;
      if (!read_element(p, delim, &lo))
        break;
      if (delim == '=') {
        // An equivalence class is not a range endpoint.
        if (!set_add_range(p, &set, lo, lo))
          break;
        continue;
      }
    } else {
      lo = c;
      p->pos++;
    }
    // A range?
    if (at(p, 0, '-') && p->pos + 1 < p->len && p->pat[p->pos + 1] != ']') {
      p->pos++;
      uint32_t hi;
      if (at(p, 0, '[') && at(p, 1, '.')) {
        p->pos++;
        if (!read_element(p, '.', &hi))
          break;
      } else if (at(p, 0, '[') && (at(p, 1, '=') || at(p, 1, ':'))) {
        p->error = REG_ERANGE;
        break;
      } else {
        hi = p->pat[p->pos++];
      }
      if (hi < lo) {
        p->error = REG_ERANGE;
        break;
      }
      if (!set_add_range(p, &set, lo, hi))
        break;
      // A range endpoint cannot start another range ("a-c-e").
      if (at(p, 0, '-') && p->pos + 1 < p->len && p->pat[p->pos + 1] != ']') {
        p->error = REG_ERANGE;
        break;
      }
    } else if (!set_add_range(p, &set, lo, lo)) {
      break;
    }
  }
  if (p->error == 0 && p->nsets == p->capsets) {
    size_t cap = p->capsets == 0 ? 4 : p->capsets * 2;
    struct rx_set *s = realloc(p->sets, cap * sizeof(*s));
    if (s == NULL) {
      p->error = REG_ESPACE;
    } else {
      p->sets = s;
      p->capsets = cap;
    }
  }
  if (p->error != 0) {
    free(set.ranges);
    free(set.classes);
    return 0;
  }
  p->sets[p->nsets] = set;
  size_t n = new_node(p, N_SET);
  if (p->error == 0)
    p->nodes[n].value = (uint32_t)p->nsets;
  p->nsets++;
  return n;
}

// Interval "{m}", "{m,}", "{m,n}"; p->pos is past the opening brace.
static bool parse_interval(struct parser *p, uint32_t *min, uint32_t *max) {
  uint32_t v[2] = {0, 0};
  bool have[2] = {false, false};
  bool comma = false;
  for (int i = 0; i < 2; i++) {
    while (!at_end(p) && p->pat[p->pos] >= '0' && p->pat[p->pos] <= '9') {
      v[i] = v[i] * 10 + (p->pat[p->pos] - '0');
      if (v[i] > 1000)
        v[i] = 1000;
      have[i] = true;
      p->pos++;
    }
    if (i == 0 && at(p, 0, ',')) {
      comma = true;
      p->pos++;
    } else {
      break;
    }
  }
  bool closed = p->extended ? at(p, 0, '}') : at(p, 0, '\\') && at(p, 1, '}');
  if (!closed) {
    p->error = at_end(p) || (!p->extended && p->pos + 1 >= p->len) ? REG_EBRACE
                                                                     : REG_BADBR;
    return false;
  }
  p->pos += p->extended ? 1 : 2;
  if (!have[0]) {
    p->error = REG_BADBR;
    return false;
  }
  *min = v[0];
  *max = !comma ? v[0] : have[1] ? v[1] : RX_INFINITE;
  if (*min > RX_DUP_MAX || (*max != RX_INFINITE && (*max > RX_DUP_MAX || *max < *min))) {
    p->error = REG_BADBR;
    return false;
  }
  return true;
}

static size_t parse_alternation(struct parser *p);

// Whether the BRE text at p->pos closes a group or alternative, or ends
// the pattern (where '$' is an anchor).
static bool bre_at_branch_end(const struct parser *p, size_t off) {
  return p->pos + off >= p->len ||
         (at(p, off, '\\') && (at(p, off + 1, ')') || at(p, off + 1, '|')));
}

static size_t parse_atom(struct parser *p, bool branch_start) {
  uint32_t c = p->pat[p->pos];
  size_t n;
  if (p->extended) {
    switch (c) {
      case '(':
        p->pos++;
        goto group;
      case '|':
      case ')':
        // Handled by the callers.
        return new_node(p, N_EMPTY);
      case '*':
      case '+':
      case '?':
        p->error = REG_BADRPT;
        return 0;
      case '{':
        if (p->pos + 1 < p->len && p->pat[p->pos + 1] >= '0' &&
            p->pat[p->pos + 1] <= '9') {
          p->error = REG_BADRPT;
          return 0;
        }
        break;
      case '^':
        p->pos++;
        return new_node(p, N_BOL);
      case '$':
        p->pos++;
        return new_node(p, N_EOL);
    }
  } else {
    if (c == '^' && branch_start) {
      p->pos++;
      return new_node(p, N_BOL);
    }
    if (c == '$' && bre_at_branch_end(p, 1)) {
      p->pos++;
      return new_node(p, N_EOL);
    }
    if (c == '\\' && at(p, 1, '(')) {
      p->pos += 2;
      goto group;
    }
  }
  if (c == '.') {
    p->pos++;
    return new_node(p, N_ANY);
  }
  if (c == '[') {
    p->pos++;
    return parse_bracket(p);
  }
  if (c == '\\') {
    if (p->pos + 1 >= p->len) {
      p->error = REG_EESCAPE;
      return 0;
    }
    c = p->pat[p->pos + 1];
    p->pos += 2;
    if (c >= '1' && c <= '9') {
      if ((size_t)(c - '0') > p->nsub || !p->closed[c - '0']) {
        p->error = REG_ESUBREG;
        return 0;
      }
      p->backrefs = true;
      n = new_node(p, N_BREF);
      if (p->error == 0)
        p->nodes[n].value = c - '0';
      return n;
    }
    if (!p->extended && (c == '{' || c == ')' || c == '|' || c == '}')) {
      p->error = c == '{' ? REG_BADRPT : c == ')' ? REG_EPAREN : REG_BADPAT;
      return 0;
    }
  } else {
    p->pos++;
  }
  n = new_node(p, N_CHAR);
  if (p->error == 0)
    p->nodes[n].value = c;
  return n;

group:;
  if (++p->depth > 200) {
    p->error = REG_ESPACE;
    return 0;
  }
  size_t index = ++p->nsub;
  size_t inner = parse_alternation(p);
  if (p->error != 0)
    return 0;
  if (p->extended ? !at(p, 0, ')') : !(at(p, 0, '\\') && at(p, 1, ')'))) {
    p->error = REG_EPAREN;
    return 0;
  }
  p->pos += p->extended ? 1 : 2;
  p->depth--;
  if (index < 10)
    p->closed[index] = 1;
  n = new_pair(p, N_GROUP, inner, 0);
  if (p->error == 0)
    p->nodes[n].value = (uint32_t)index;
  return n;
}

// Whether the text at p->pos ends the current branch.
static bool at_branch_end(const struct parser *p) {
  if (at_end(p))
    return true;
  if (p->extended)
    return at(p, 0, '|') || (at(p, 0, ')') && p->depth > 0);
  return at(p, 0, '\\') && (at(p, 1, '|') || (at(p, 1, ')') && p->depth > 0));
}

static size_t parse_branch(struct parser *p) {
  size_t result = new_node(p, N_EMPTY);
  bool start = true;
  while (p->error == 0 && !at_branch_end(p)) {
    size_t atom;
    // In a BRE a leading '*' (after an optional '^') is an ordinary
    // character.
    if (!p->extended && at(p, 0, '*') && start) {
      p->pos++;
      atom = new_node(p, N_CHAR);
      if (p->error == 0)
        p->nodes[atom].value = '*';
    } else {
      if (p->extended && at(p, 0, ')')) {
        p->error = REG_EPAREN;
        break;
      }
      atom = parse_atom(p, start);
    }
    if (p->error != 0)
      break;
    bool anchor = p->nodes[atom].type == N_BOL;
    // Repetition operators.
    for (;;) {
      uint32_t min, max;
      if (at(p, 0, '*')) {
        p->pos++;
        min = 0, max = RX_INFINITE;
      } else if (p->extended && at(p, 0, '+')) {
        p->pos++;
        min = 1, max = RX_INFINITE;
      } else if (p->extended && at(p, 0, '?')) {
        p->pos++;
        min = 0, max = 1;
      } else if (!p->extended && at(p, 0, '\\') && at(p, 1, '+')) {
        p->pos += 2;
        min = 1, max = RX_INFINITE;
      } else if (!p->extended && at(p, 0, '\\') && at(p, 1, '?')) {
        p->pos += 2;
        min = 0, max = 1;
      } else if (p->extended && at(p, 0, '{') && p->pos + 1 < p->len &&
                 ((p->pat[p->pos + 1] >= '0' && p->pat[p->pos + 1] <= '9') ||
                  p->pat[p->pos + 1] == ',')) {
        p->pos++;
        if (!parse_interval(p, &min, &max))
          break;
      } else if (!p->extended && at(p, 0, '\\') && at(p, 1, '{')) {
        p->pos += 2;
        if (!parse_interval(p, &min, &max))
          break;
      } else {
        break;
      }
      if (anchor && !p->extended) {
        // "^*": the star is literal.
        size_t lit = new_node(p, N_CHAR);
        if (p->error == 0)
          p->nodes[lit].value = '*';
        atom = new_pair(p, N_CAT, atom, lit);
        anchor = false;
        continue;
      }
      size_t rep = new_pair(p, N_REP, atom, 0);
      if (p->error != 0)
        break;
      p->nodes[rep].min = min;
      p->nodes[rep].max = max;
      atom = rep;
    }
    if (p->error != 0)
      break;
    result = new_pair(p, N_CAT, result, atom);
    start = anchor && !p->extended;
  }
  return result;
}

static size_t parse_alternation(struct parser *p) {
  size_t result = parse_branch(p);
  while (p->error == 0 && !at_end(p)) {
    if (p->extended ? at(p, 0, '|') : at(p, 0, '\\') && at(p, 1, '|')) {
      p->pos += p->extended ? 1 : 2;
      size_t right = parse_branch(p);
      result = new_pair(p, N_ALT, result, right);
    } else {
      break;
    }
  }
  return result;
}

// Code generation.

struct emitter {
  struct rx_inst *inst;
  size_t n, cap;
  int error;
  uint32_t nslots;
};

// Whether node n can match the empty string.
static bool nullable(const struct parser *p, size_t n) {
  const struct node *nd = &p->nodes[n];
  switch (nd->type) {
    case N_CHAR:
    case N_ANY:
    case N_SET:
      return false;
    case N_CAT:
      return nullable(p, nd->left) && nullable(p, nd->right);
    case N_ALT:
      return nullable(p, nd->left) || nullable(p, nd->right);
    case N_REP:
      return nd->min == 0 || nullable(p, nd->left);
    case N_GROUP:
      return nullable(p, nd->left);
    default:
      // Empty, anchors, back-references (which may refer to an empty
      // capture).
      return true;
  }
}

static size_t emit(struct emitter *e, uint8_t op, uint32_t arg) {
  if (e->error != 0)
    return 0;
  if (e->n == e->cap) {
    if (e->cap >= RX_MAX_INST) {
      e->error = REG_ESPACE;
      return 0;
    }
    size_t cap = e->cap == 0 ? 64 : e->cap * 2;
    if (cap > RX_MAX_INST)
      cap = RX_MAX_INST;
    struct rx_inst *i = realloc(e->inst, cap * sizeof(*i));
    if (i == NULL) {
      e->error = REG_ESPACE;
      return 0;
    }
    e->inst = i;
    e->cap = cap;
  }
  e->inst[e->n] = (struct rx_inst){.op = op, .arg = arg};
  return e->n++;
}

static void gen(struct emitter *e, const struct parser *p, size_t n,
                unsigned depth) {
  const struct node *nd = &p->nodes[n];
  if (e->error != 0)
    return;
  if (depth > 2000) {
    e->error = REG_ESPACE;
    return;
  }
  switch (nd->type) {
    case N_EMPTY:
      break;
    case N_CHAR:
      emit(e, RX_CHAR, nd->value);
      break;
    case N_ANY:
      emit(e, (p->cflags & REG_NEWLINE) ? RX_ANYNL : RX_ANY, 0);
      break;
    case N_SET:
      emit(e, RX_SET, nd->value);
      break;
    case N_BOL:
      emit(e, RX_BOL, 0);
      break;
    case N_EOL:
      emit(e, RX_EOL, 0);
      break;
    case N_BREF:
      emit(e, RX_BREF, nd->value);
      break;
    case N_CAT:
      gen(e, p, nd->left, depth + 1);
      gen(e, p, nd->right, depth + 1);
      break;
    case N_GROUP:
      emit(e, RX_SAVE, 2 * nd->value);
      gen(e, p, nd->left, depth + 1);
      emit(e, RX_SAVE, 2 * nd->value + 1);
      break;
    case N_ALT: {
      size_t split = emit(e, RX_SPLIT, 0);
      gen(e, p, nd->left, depth + 1);
      size_t jmp = emit(e, RX_JMP, 0);
      size_t right = e->n;
      gen(e, p, nd->right, depth + 1);
      if (e->error == 0) {
        e->inst[split].x = (uint32_t)(split + 1);
        e->inst[split].y = (uint32_t)right;
        e->inst[jmp].x = (uint32_t)e->n;
      }
      break;
    }
    case N_REP: {
      // Copies after the first must consume something when the operand
      // can match the empty string.
      bool guard = nullable(p, nd->left);
      uint32_t slot = 0;
      if (guard)
        slot = e->nslots++;
      uint32_t copies = 0;
      for (uint32_t i = 0; i < nd->min; i++, copies++)
        gen(e, p, nd->left, depth + 1);
      if (nd->max == RX_INFINITE) {
        // x* with a nullable x: a first iteration that may be empty, then
        // a loop whose iterations may not.
        size_t first = SIZE_MAX;
        if (guard && copies == 0) {
          first = emit(e, RX_SPLIT, 0);
          gen(e, p, nd->left, depth + 1);
          copies++;
        }
        size_t split = emit(e, RX_SPLIT, 1);
        if (guard)
          emit(e, RX_SETPOS, slot);
        gen(e, p, nd->left, depth + 1);
        if (guard)
          emit(e, RX_PROGRESS, slot);
        size_t jmp = emit(e, RX_JMP, 1);
        if (e->error == 0) {
          e->inst[jmp].x = (uint32_t)split;
          e->inst[split].x = (uint32_t)(split + 1);
          e->inst[split].y = (uint32_t)e->n;
          if (first != SIZE_MAX) {
            e->inst[first].x = (uint32_t)(first + 1);
            e->inst[first].y = (uint32_t)e->n;
          }
        }
      } else {
        // Nested optional copies: (x(x(x)?)?)?; every fork skips to the end.
        size_t count = nd->max - nd->min;
        size_t *forks = count > 0 ? malloc(count * sizeof(*forks)) : NULL;
        if (count > 0 && forks == NULL) {
          e->error = REG_ESPACE;
          break;
        }
        for (size_t i = 0; i < count; i++, copies++) {
          forks[i] = emit(e, RX_SPLIT, 0);
          bool check = guard && copies > 0;
          if (check)
            emit(e, RX_SETPOS, slot);
          gen(e, p, nd->left, depth + 1);
          if (check)
            emit(e, RX_PROGRESS, slot);
        }
        if (e->error == 0)
          for (size_t i = 0; i < count; i++) {
            e->inst[forks[i]].x = (uint32_t)(forks[i] + 1);
            e->inst[forks[i]].y = (uint32_t)e->n;
          }
        free(forks);
      }
      break;
    }
  }
}

int __regex_compile(regex_t *preg, const uint32_t *pat, size_t len,
                    int cflags) {
  struct parser p = {
      .pat = pat,
      .len = len,
      .cflags = cflags,
      .extended = (cflags & REG_EXTENDED) != 0,
  };
  size_t root = parse_alternation(&p);
  if (p.error == 0 && !at_end(&p))
    p.error = REG_EPAREN;
  struct emitter e = {.nslots = 2 * ((uint32_t)p.nsub + 1)};
  if (p.error == 0) {
    emit(&e, RX_SAVE, 0);
    gen(&e, &p, root, 0);
    emit(&e, RX_SAVE, 1);
    emit(&e, RX_MATCH, 0);
  }
  free(p.nodes);
  struct rx_program *prog = NULL;
  int error = p.error != 0 ? p.error : e.error;
  if (error == 0) {
    prog = malloc(sizeof(*prog));
    if (prog == NULL)
      error = REG_ESPACE;
  }
  if (error != 0) {
    for (size_t i = 0; i < p.nsets; i++) {
      free(p.sets[i].ranges);
      free(p.sets[i].classes);
    }
    free(p.sets);
    free(e.inst);
    return error;
  }
  *prog = (struct rx_program){
      .ninst = e.n,
      .inst = e.inst,
      .nsets = p.nsets,
      .sets = p.sets,
      .nsub = p.nsub,
      .nslots = e.nslots,
      .cflags = cflags,
      .backrefs = p.backrefs,
  };
  preg->re_nsub = p.nsub;
  preg->__program = prog;
  return 0;
}
