#!/usr/bin/env python3
"""Generates the Unicode property tables of the C library.

    python3 scripts/gen_unicode_tables.py [--ucd DIR] [--compare GLIBC_DUMP]

Reads the Unicode Character Database as installed by Debian's `unicode-data`
package (/usr/share/unicode) and writes

    libc/internal/unicode_tables.h   declarations and the inline lookup
    libc/wctype/unicode_tables.c     the data

Both files are committed, so building the library does not need the UCD.

What is derived for every code point 0..0x10FFFF (the definitions of the
<wctype.h> classes, chosen here and documented for users in <wctype.h>):

  alpha   Alphabetic (DerivedCoreProperties: L*, Nl, Other_Alphabetic), plus
          the decimal digits (Nd) other than ASCII 0-9.  C restricts `digit`
          to 0-9, and without this rule a Devanagari or fullwidth digit would
          be neither alnum nor punct.
  upper   Uppercase (Lu, Other_Uppercase), or has a simple lowercase mapping
          (so the titlecase digraphs such as U+01C5 are both upper and lower).
  lower   Lowercase (Ll, Other_Lowercase), or has a simple uppercase mapping.
  digit   0-9 only (C11 7.30.2.1.5).      xdigit  0-9, A-F, a-f only.
  space   White_Space minus the no-break spaces U+00A0, U+2007, U+202F
          (they must not split words).
  blank   U+0009 and the Zs spaces minus the same no-break spaces.
  cntrl   Cc, plus U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
  print   every assigned code point that is not Cc, Cs, Zl or Zp.  Private
          use (Co) and format characters (Cf) are printable.
  graph   print and not space.
  punct   graph and not alnum (so symbols, marks and Cf count as punct).
  alnum   alpha or digit.

Case mapping is the simple (1:1) mapping of UnicodeData.txt fields 12/13.

wcwidth:  0 for U+0000, the nonspacing and enclosing marks (Mn, Me), the
format characters (Cf), the Hangul jungseong/jongseong conjoining jamo
(U+1160-U+11FF, U+D7B0-U+D7FF) and U+200B ZERO WIDTH SPACE; 1 for U+00AD
SOFT HYPHEN (shown where a line breaks) and for the Cf characters with the
Prepended_Concatenation_Mark property (U+0600 ARABIC NUMBER SIGN and
friends, which are drawn); 2 for East Asian Width W and F, and for
U+3248-U+324F and the Yijing hexagrams U+4DC0-U+4DFF (which Unicode 16
makes W, and which terminals following glibc draw wide); -1 for code points
that are not printable (controls, surrogates, unassigned, U+2028/U+2029);
1 otherwise (including East Asian Width A, ambiguous).

Comparison with glibc 2.36's C.UTF-8 locale, every code point 0..0x10FFFF,
all 12 classes, towlower, towupper and wcwidth (--compare with the dump
written by tests/libc/wchar/host/glibc_dump.c).  glibc 2.36's tables come
from Unicode 14.0.0, these from the version printed below (15.0.0 at the
time of writing).  Result of the last run:

  alpha/alnum  4389 differences: 4384 are code points new in Unicode 15.0
               (glibc: unassigned); 5 are characters that became
               Other_Alphabetic in 15.0 (U+0C04, U+0F82, U+0F83, U+11080,
               U+11081), so they move from punct to alpha here.
  lower          73 differences: 68 new in 15.0; U+10FC, U+A7F2-U+A7F4,
               U+AB69 became Other_Lowercase in 15.0.
  space           1 difference: U+0085 NEXT LINE is White_Space in
               Unicode and a line terminator, so it is space here; glibc
               leaves it out.
  punct         110 differences: 105 new in 15.0, the 5 alpha changes above.
  graph/print  4489 differences, all code points new in Unicode 15.0.
  wcwidth      4489 differences, all code points new in Unicode 15.0
               (glibc: -1).
  upper, digit, xdigit, blank, cntrl, towlower, towupper: identical.
"""

import argparse
import os
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_CP = 0x110000

# Class bits stored in the tables (digit and xdigit are ASCII-only and
# computed in C; alnum, graph and punct are derived from these bits).
ALPHA, UPPER, LOWER, SPACE, BLANK, CNTRL, PRINT = (1 << i for i in range(7))
BIT_NAMES = ['ALPHA', 'UPPER', 'LOWER', 'SPACE', 'BLANK', 'CNTRL', 'PRINT']
NO_BREAK_SPACES = {0x00A0, 0x2007, 0x202F}


def parse_ranges(path, wanted=None):
    """Yields (first, last, value) from a UCD 'range ; value' file."""
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(';')]
            r = fields[0]
            if '..' in r:
                a, b = r.split('..')
                first, last = int(a, 16), int(b, 16)
            else:
                first = last = int(r, 16)
            if wanted is None or fields[1] in wanted:
                yield first, last, fields[1]


def load(ucd):
    category = ['Cn'] * MAX_CP
    upper_map = list(range(MAX_CP))
    lower_map = list(range(MAX_CP))
    with open(os.path.join(ucd, 'UnicodeData.txt'), encoding='utf-8') as f:
        range_start = None
        for line in f:
            fields = line.rstrip('\n').split(';')
            cp = int(fields[0], 16)
            name, cat = fields[1], fields[2]
            if name.endswith(', First>'):
                range_start = cp
                continue
            if name.endswith(', Last>'):
                for c in range(range_start, cp + 1):
                    category[c] = cat
                continue
            category[cp] = cat
            if fields[12]:
                upper_map[cp] = int(fields[12], 16)
            if fields[13]:
                lower_map[cp] = int(fields[13], 16)
    props = {}
    for name in ('Alphabetic', 'Uppercase', 'Lowercase'):
        props[name] = set()
    for first, last, value in parse_ranges(
            os.path.join(ucd, 'DerivedCoreProperties.txt'), props.keys()):
        props[value].update(range(first, last + 1))
    props['White_Space'] = set()
    props['Prepended_Concatenation_Mark'] = set()
    for first, last, value in parse_ranges(
            os.path.join(ucd, 'PropList.txt'),
            {'White_Space', 'Prepended_Concatenation_Mark'}):
        props[value].update(range(first, last + 1))
    eaw = ['N'] * MAX_CP
    for first, last, value in parse_ranges(
            os.path.join(ucd, 'EastAsianWidth.txt')):
        for c in range(first, last + 1):
            eaw[c] = value
    return category, upper_map, lower_map, props, eaw


def unicode_version(ucd):
    with open(os.path.join(ucd, 'DerivedCoreProperties.txt'),
              encoding='utf-8') as f:
        first = f.readline()
    # "# DerivedCoreProperties-15.0.0.txt"
    return first.strip().split('-', 1)[1].rsplit('.txt', 1)[0]


def derive(category, upper_map, lower_map, props, eaw):
    bits = [0] * MAX_CP
    width = [1] * MAX_CP
    alphabetic = props['Alphabetic']
    uppercase = props['Uppercase']
    lowercase = props['Lowercase']
    white = props['White_Space']
    for c in range(MAX_CP):
        cat = category[c]
        b = 0
        if c in alphabetic or (cat == 'Nd' and not 0x30 <= c <= 0x39):
            b |= ALPHA
        if c in uppercase or lower_map[c] != c:
            b |= UPPER
        if c in lowercase or upper_map[c] != c:
            b |= LOWER
        if c in white and c not in NO_BREAK_SPACES:
            b |= SPACE
        if (c == 0x09 or cat == 'Zs') and c not in NO_BREAK_SPACES:
            b |= BLANK
        if cat in ('Cc', 'Zl', 'Zp'):
            b |= CNTRL
        if cat not in ('Cc', 'Cs', 'Zl', 'Zp', 'Cn'):
            b |= PRINT
        bits[c] = b
        if c == 0:
            w = 0
        elif not b & PRINT:
            w = -1
        elif c in props['Prepended_Concatenation_Mark'] or c == 0x00AD:
            w = 1
        elif 0x3248 <= c <= 0x324F or 0x4DC0 <= c <= 0x4DFF:
            w = 2
        elif cat in ('Mn', 'Me', 'Cf'):
            w = 0
        elif 0x1160 <= c <= 0x11FF or 0xD7B0 <= c <= 0xD7FF or c == 0x200B:
            w = 0
        elif eaw[c] in ('W', 'F'):
            w = 2
        else:
            w = 1
        width[c] = w
    return bits, width


def classes_of(bits, c):
    """The 12 <wctype.h> classes, in the order of the glibc dump."""
    b = bits[c]
    digit = 0x30 <= c <= 0x39
    xdigit = digit or 0x41 <= c <= 0x46 or 0x61 <= c <= 0x66
    alpha = bool(b & ALPHA)
    alnum = alpha or digit
    graph = bool(b & PRINT) and not b & SPACE
    punct = graph and not alnum
    return [alpha, bool(b & UPPER), bool(b & LOWER), digit, xdigit,
            bool(b & SPACE), bool(b & BLANK), bool(b & CNTRL), punct, graph,
            bool(b & PRINT), alnum]


CLASS_NAMES = ['alpha', 'upper', 'lower', 'digit', 'xdigit', 'space', 'blank',
               'cntrl', 'punct', 'graph', 'print', 'alnum']


def compare(path, bits, width, upper_map, lower_map, category, age,
            verbose):
    """Prints the differences from a glibc dump (4 uint32 per code point:
    class bits in CLASS_NAMES order, towlower, towupper, wcwidth)."""
    with open(path, 'rb') as f:
        data = f.read()
    newest = max(age, key=lambda v: tuple(int(x) for x in v.split('.')))
    diffs = {n: [] for n in CLASS_NAMES + ['tolower', 'toupper', 'wcwidth']}
    for c in range(MAX_CP):
        gbits, glower, gupper, gwidth = struct.unpack_from('<IIIi', data,
                                                          c * 16)
        mine = classes_of(bits, c)
        for i, name in enumerate(CLASS_NAMES):
            if bool(gbits >> i & 1) != mine[i]:
                diffs[name].append((c, bool(gbits >> i & 1), mine[i]))
        if glower != lower_map[c]:
            diffs['tolower'].append((c, glower, lower_map[c]))
        if gupper != upper_map[c]:
            diffs['toupper'].append((c, gupper, upper_map[c]))
        if gwidth != width[c]:
            diffs['wcwidth'].append((c, gwidth, width[c]))
    for name, lst in diffs.items():
        new = [d for d in lst if age[d[0]] == newest]
        old = [d for d in lst if age[d[0]] != newest]
        print('%-8s %6d differences, %d of them in code points new in '
              'Unicode %s' % (name, len(lst), len(new), newest))
        if verbose:
            for c, theirs, mine in old[:verbose]:
                print('    U+%04X %s glibc=%s here=%s' %
                      (c, category[c], theirs, mine))


def build_trie(values, shift1, shift2):
    """Three-level trie over `values` (a list indexed by code point).
    Returns (stage1, stage2, stage3): value = stage3[(stage2[(stage1[c >>
    shift1] << (shift1 - shift2)) + ((c >> shift2) & m2)] << shift2) +
    (c & m3)]."""
    block3 = 1 << shift2
    blocks3 = {}
    stage3 = []
    ids3 = []
    for start in range(0, MAX_CP, block3):
        chunk = tuple(values[start:start + block3])
        if chunk not in blocks3:
            blocks3[chunk] = len(blocks3)
            stage3.extend(chunk)
        ids3.append(blocks3[chunk])
    per2 = 1 << (shift1 - shift2)
    blocks2 = {}
    stage2 = []
    stage1 = []
    for start in range(0, len(ids3), per2):
        chunk = tuple(ids3[start:start + per2])
        if chunk not in blocks2:
            blocks2[chunk] = len(blocks2)
            stage2.extend(chunk)
        stage1.append(blocks2[chunk])
    return stage1, stage2, stage3


def ctype_for(values):
    m = max(values)
    if m < 256:
        return 'uint8_t', 1
    if m < 65536:
        return 'uint16_t', 2
    return 'uint32_t', 4


def trie_size(trie):
    return sum(len(t) * ctype_for(t)[1] for t in trie)


def emit_array(out, ctype, name, values, per_line=16):
    out.append('const %s %s[%d] = {' % (ctype, name, len(values)))
    for i in range(0, len(values), per_line):
        out.append('    ' + ', '.join(str(v) for v in
                                      values[i:i + per_line]) + ',')
    out.append('};')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ucd', default='/usr/share/unicode')
    ap.add_argument('--compare', help='glibc dump to compare against')
    ap.add_argument('--verbose', type=int, default=0,
                    help='differences to list per class with --compare')
    ap.add_argument('--no-write', action='store_true')
    ap.add_argument('--check', action='store_true',
                    help='compare with the committed files instead of '
                         'writing them (exit 1 if stale, 77 without a UCD)')
    args = ap.parse_args()
    if args.check and not os.path.exists(
            os.path.join(args.ucd, 'UnicodeData.txt')):
        print('no Unicode Character Database in %s' % args.ucd,
              file=sys.stderr)
        sys.exit(77)

    version = unicode_version(args.ucd)
    if args.check:
        with open(os.path.join(ROOT, 'libc/internal/unicode_tables.h'),
                  encoding='utf-8') as f:
            committed = f.read().split('#define UNICODE_VERSION "', 1)[1]
        committed = committed.split('"', 1)[0]
        if committed != version:
            print('the UCD in %s is version %s, the tables are %s: '
                  'regenerate them to update' % (args.ucd, version,
                                                 committed), file=sys.stderr)
            sys.exit(77)
    category, upper_map, lower_map, props, eaw = load(args.ucd)
    bits, width = derive(category, upper_map, lower_map, props, eaw)

    if args.compare:
        age = ['0'] * MAX_CP
        for first, last, value in parse_ranges(
                os.path.join(args.ucd, 'DerivedAge.txt')):
            for c in range(first, last + 1):
                age[c] = value
        compare(args.compare, bits, width, upper_map, lower_map, category,
                age, args.verbose)

    # One record per distinct (class bits, width, lower delta, upper delta).
    records = {}
    record_list = []
    per_cp = []
    for c in range(MAX_CP):
        rec = (bits[c], width[c], lower_map[c] - c, upper_map[c] - c)
        if rec not in records:
            records[rec] = len(record_list)
            record_list.append(rec)
        per_cp.append(records[rec])
    # The record of unassigned code points must be record 0: it is what the
    # lookup answers for values outside 0..0x10FFFF.
    unassigned = records[(0, -1, 0, 0)]
    if unassigned != 0:
        a, b = record_list[0], record_list[unassigned]
        record_list[0], record_list[unassigned] = b, a
        per_cp = [unassigned if r == 0 else 0 if r == unassigned else r
                  for r in per_cp]

    best = None
    for s1 in range(8, 14):
        for s2 in range(3, s1):
            trie = build_trie(per_cp, s1, s2)
            size = trie_size(trie)
            if best is None or size < best[0]:
                best = (size, s1, s2, trie)
    size, shift1, shift2, (stage1, stage2, stage3) = best
    # Verify the trie.
    m2 = (1 << (shift1 - shift2)) - 1
    m3 = (1 << shift2) - 1
    for c in range(MAX_CP):
        i2 = stage2[(stage1[c >> shift1] << (shift1 - shift2)) +
                    ((c >> shift2) & m2)]
        assert stage3[(i2 << shift2) + (c & m3)] == per_cp[c]
    print('Unicode %s: %d records, trie shifts %d/%d, %d + %d bytes' %
          (version, len(record_list), shift1, shift2, size,
           len(record_list) * 12), file=sys.stderr)
    if args.no_write:
        return

    t1, _ = ctype_for(stage1)
    t2, _ = ctype_for(stage2)
    t3, _ = ctype_for(stage3)
    header = []
    header.append('''\
// Internal: Unicode character properties for <wctype.h>, wcwidth() and the
// case mappings.  GENERATED by scripts/gen_unicode_tables.py from the
// Unicode Character Database %(v)s; do not edit.
//
// Every code point maps, through a three-level trie, to one record holding
// its class bits, its display width and the offsets of its simple
// lowercase and uppercase mappings.  Code points outside 0..0x10FFFF (and
// WEOF) get record 0, the record of unassigned code points.
#ifndef LIBC_INTERNAL_UNICODE_TABLES_H
#define LIBC_INTERNAL_UNICODE_TABLES_H

#include <stdint.h>

#define UNICODE_VERSION "%(v)s"

#define UNICODE_ALPHA 0x01
#define UNICODE_UPPER 0x02
#define UNICODE_LOWER 0x04
#define UNICODE_SPACE 0x08
#define UNICODE_BLANK 0x10
#define UNICODE_CNTRL 0x20
#define UNICODE_PRINT 0x40

struct unicode_record {
  int32_t lower;  // towlower(c) - c
  int32_t upper;  // towupper(c) - c
  uint8_t bits;   // UNICODE_* class bits
  int8_t width;   // wcwidth(c)
};

extern const struct unicode_record __unicode_records[%(nrec)d];
extern const %(t1)s __unicode_stage1[%(n1)d];
extern const %(t2)s __unicode_stage2[%(n2)d];
extern const %(t3)s __unicode_stage3[%(n3)d];

static inline const struct unicode_record *unicode_lookup(uint32_t c) {
  if (c >= 0x110000)
    return &__unicode_records[0];
  uint32_t i = __unicode_stage1[c >> %(s1)d];
  i = __unicode_stage2[(i << %(s12)d) + ((c >> %(s2)d) & %(m2)d)];
  return &__unicode_records[__unicode_stage3[(i << %(s2)d) + (c & %(m3)d)]];
}

#endif''' % {'v': version, 'nrec': len(record_list), 't1': t1, 't2': t2,
             't3': t3, 'n1': len(stage1), 'n2': len(stage2),
             'n3': len(stage3), 's1': shift1, 's2': shift2,
             's12': shift1 - shift2, 'm2': m2, 'm3': m3})

    data = []
    data.append('''\
// Unicode %s character property tables.  GENERATED by
// scripts/gen_unicode_tables.py; do not edit.  See
// libc/internal/unicode_tables.h.
#include <unicode_tables.h>
''' % version)
    data.append('const struct unicode_record __unicode_records[%d] = {' %
                len(record_list))
    for b, w, lo, up in record_list:
        data.append('    {%d, %d, 0x%02x, %d},' % (lo, up, b, w))
    data.append('};')
    emit_array(data, t1, '__unicode_stage1', stage1)
    emit_array(data, t2, '__unicode_stage2', stage2)
    emit_array(data, t3, '__unicode_stage3', stage3, 32)

    outputs = {
        'libc/internal/unicode_tables.h': '\n'.join(header) + '\n',
        'libc/wctype/unicode_tables.c': '\n'.join(data) + '\n',
    }
    for path, text in outputs.items():
        full = os.path.join(ROOT, path)
        if args.check:
            with open(full, encoding='utf-8') as f:
                if f.read() != text:
                    print('%s is not what the UCD in %s gives' %
                          (path, args.ucd), file=sys.stderr)
                    sys.exit(1)
        else:
            with open(full, 'w', encoding='utf-8') as f:
                f.write(text)


if __name__ == '__main__':
    main()
