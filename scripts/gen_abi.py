#!/usr/bin/env python3
"""Generate the CloudABI C headers from headers/abi/cloudabi_v1.abi.

Outputs (all into --outdir):
  cloudabi_types_common.h   scalar types, constants, pointer-free structs
  cloudabi_types.h          pointer-bearing structs and function types
  cloudabi_syscalls.h       prototypes of the cloudabi_sys_* functions
  cloudabi_syscalls_info.h  X-macro tables describing the system calls
  cloudabi_syscalls_table.h the dispatch table type shared by libc and runtime
and, with --libc-syscalls FILE, the libc's dispatching wrappers.

The generator computes every struct layout itself (x86_64 LP64 rules) and
emits _Static_assert checks so that the compiler confirms each offset, size
and alignment.
"""

import argparse
import os
import sys

BASE_TYPES = {
    "uint8": ("uint8_t", 1),
    "uint16": ("uint16_t", 2),
    "uint32": ("uint32_t", 4),
    "uint64": ("uint64_t", 8),
    "int64": ("int64_t", 8),
}
POINTER_SIZE = 8


class AbiError(Exception):
    pass


class Scalar:
    def __init__(self, kind, name, base, prefix):
        self.kind, self.name, self.base, self.prefix = kind, name, base, prefix
        self.values = []  # (value text, constant name)
        self.size = BASE_TYPES[base][1]
        self.align = self.size

    @property
    def ctype(self):
        return "cloudabi_%s_t" % self.name


class Member:
    """One C member (or parameter): name, C declarator pieces, layout."""

    def __init__(self, name, ctype, size, align, array=None):
        self.name, self.ctype, self.size, self.align = name, ctype, size, align
        self.array = array
        self.offset = None

    def decl(self):
        if self.array is not None:
            return "%s %s[%d]" % (self.ctype, self.name, self.array)
        sep = "" if self.ctype.endswith("*") else " "
        return "%s%s%s" % (self.ctype, sep, self.name)


class Aggregate:
    def __init__(self, kind, name):
        self.kind, self.name = kind, name  # kind: struct or union
        self.items = []  # Member or Aggregate
        self.pointers = False
        self.size = self.align = None

    @property
    def ctype(self):
        return "cloudabi_%s_t" % self.name


class Function:
    def __init__(self, name):
        self.name = name
        self.params = []


class Syscall:
    def __init__(self, name, noreturn):
        self.name, self.noreturn = name, noreturn
        self.params = []  # Member (as C parameters)


class Abi:
    def __init__(self):
        self.scalars = {}
        self.order = []  # scalars, structs, functions in file order
        self.structs = {}
        self.functions = {}
        self.syscalls = []

    # -- type resolution ---------------------------------------------------
    def pointee(self, tname, const=False):
        if tname in ("void", "char"):
            c = tname
        elif tname in self.scalars or tname in self.structs or tname in self.functions:
            c = "cloudabi_%s_t" % tname
        else:
            raise AbiError("unknown pointee type %r" % tname)
        return ("const " + c) if const else c

    def value_type(self, tname):
        if tname in BASE_TYPES:
            c, s = BASE_TYPES[tname]
            return c, s, s
        if tname in self.scalars:
            sc = self.scalars[tname]
            return sc.ctype, sc.size, sc.align
        if tname in self.structs:
            st = self.structs[tname]
            return st.ctype, st.size, st.align
        raise AbiError("unknown type %r" % tname)

    def members(self, words, lineno):
        """Translate one member description into one or two C members."""
        kind = words[0]
        P = POINTER_SIZE
        if kind.startswith("char[") and kind.endswith("]"):
            return [Member(words[1], "char", int(kind[5:-1]), 1, int(kind[5:-1]))]
        if kind == "size":
            return [Member(words[1], "size_t", P, P)]
        if kind in ("ptr", "cptr"):
            return [Member(words[2], self.pointee(words[1], kind == "cptr") + " *", P, P)]
        if kind == "atomicptr":
            return [Member(words[2], "_Atomic(%s) *" % self.pointee(words[1]), P, P)]
        if kind == "fnptr":
            return [Member(words[2], self.pointee(words[1]) + " *", P, P)]
        if kind in ("range", "crange"):
            name = words[2]
            return [Member(name, self.pointee(words[1], kind == "crange") + " *", P, P),
                    Member(name + "_len", "size_t", P, P)]
        if len(words) != 2:
            raise AbiError("line %d: cannot parse member %r" % (lineno, " ".join(words)))
        c, s, a = self.value_type(kind)
        return [Member(words[1], c, s, a)]


def align_up(v, a):
    return (v + a - 1) // a * a


def layout(agg):
    off, align = 0, 1
    for it in agg.items:
        if isinstance(it, Aggregate):
            layout(it)
        if agg.kind == "union":
            it.offset = 0
            off = max(off, it.size)
        else:
            off = align_up(off, it.align)
            it.offset = off
            off += it.size
        align = max(align, it.align)
    agg.size = align_up(off, align)
    agg.align = align


def parse(path):
    abi = Abi()
    with open(path) as f:
        lines = f.read().split("\n")
    stack = []  # (indent, object)
    for lineno, raw in enumerate(lines, 1):
        text = raw.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        indent = len(text) - len(text.lstrip(" "))
        if indent % 2:
            raise AbiError("%s:%d: odd indentation" % (path, lineno))
        depth = indent // 2
        words = text.split()
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack else None
        if depth == 0:
            kw = words[0]
            if kw in ("enum", "flags", "opaque"):
                prefix = words[3] if len(words) > 3 else ""
                sc = Scalar(kw, words[1], words[2], prefix)
                abi.scalars[sc.name] = sc
                abi.order.append(sc)
                stack.append((0, sc))
            elif kw == "alias":
                sc = Scalar("alias", words[1], words[2], "")
                abi.scalars[sc.name] = sc
                abi.order.append(sc)
            elif kw == "struct":
                st = Aggregate("struct", words[1])
                st.pointers = "pointers" in words[2:]
                abi.structs[st.name] = st
                abi.order.append(st)
                stack.append((0, st))
            elif kw == "function":
                fn = Function(words[1])
                abi.functions[fn.name] = fn
                abi.order.append(fn)
                stack.append((0, fn))
            elif kw == "syscall":
                sc = Syscall(words[1], "noreturn" in words[2:])
                abi.syscalls.append(sc)
                stack.append((0, sc))
            else:
                raise AbiError("%s:%d: unknown keyword %r" % (path, lineno, kw))
            continue
        if isinstance(parent, Scalar):
            parent.values.append((words[0], words[1]))
        elif isinstance(parent, Aggregate):
            if words[0] == "union":
                u = Aggregate("union", None)
                parent.items.append(u)
                stack.append((depth, u))
            elif words[0] == "struct":
                s = Aggregate("struct", words[1])
                parent.items.append(s)
                stack.append((depth, s))
            else:
                parent.items.extend(abi.members(words, lineno))
        elif isinstance(parent, Function):
            parent.params.extend(abi.members(words[1:], lineno))
        elif isinstance(parent, Syscall):
            direction, rest = words[0], words[1:]
            if direction == "in":
                if rest[0] == "lookup" or rest[0] in abi.scalars:
                    c, s, a = abi.value_type(rest[0])
                    parent.params.append(Member(rest[1], c, s, a))
                else:
                    parent.params.extend(abi.members(rest, lineno))
            elif direction == "out":
                if rest[0] == "size":
                    parent.params.append(Member(rest[1], "size_t *", 8, 8))
                elif rest[0] == "ptr":
                    parent.params.append(Member(rest[2], abi.pointee(rest[1]) + " **", 8, 8))
                else:
                    parent.params.append(Member(rest[1], abi.pointee(rest[0]) + " *", 8, 8))
            else:
                raise AbiError("%s:%d: expected in/out" % (path, lineno))
        else:
            raise AbiError("%s:%d: unexpected indentation" % (path, lineno))
        if isinstance(parent, Aggregate) and parent in abi.structs.values():
            pass
    for st in abi.structs.values():
        layout(st)
    return abi


HEADER_TOP = """// Generated by scripts/gen_abi.py from headers/abi/cloudabi_v1.abi.
// Do not edit: change the description and regenerate.
"""

COMPAT = """#ifdef __cplusplus
#define _CLOUDABI_STATIC_ASSERT(e, m) static_assert(e, m)
#ifndef _Atomic
#define _Atomic(t) t
#endif
#define _CLOUDABI_NORETURN [[noreturn]]
#else
#define _CLOUDABI_STATIC_ASSERT(e, m) _Static_assert(e, m)
#define _CLOUDABI_NORETURN _Noreturn
#endif
"""


def constant_literal(sc, value):
    v = int(value, 0)
    suffix = {1: "", 2: "", 4: "U", 8: "ULL"}[sc.size]
    if sc.base == "int64":
        suffix = "LL"
    text = ("0x%0*x" % (sc.size * 2, v)) if value.startswith("0x") else str(v)
    return "%s%s" % (text, suffix)


def emit_aggregate(out, agg, indent):
    pad = "  " * indent
    for it in agg.items:
        if isinstance(it, Aggregate):
            out.append("%s%s {" % (pad, it.kind))
            emit_aggregate(out, it, indent + 1)
            out.append("%s}%s;" % (pad, (" " + it.name) if it.name else ""))
        else:
            out.append("%s%s;" % (pad, it.decl()))


def asserts(out, agg, ctype, prefix=""):
    for it in agg.items:
        if isinstance(it, Aggregate):
            sub = prefix + (it.name + "." if it.name else "")
            asserts_nested(out, it, ctype, sub, it.offset)
        else:
            out.append('_CLOUDABI_STATIC_ASSERT(offsetof(%s, %s%s) == %d, "offset of %s%s");'
                       % (ctype, prefix, it.name, it.offset, prefix, it.name))


def asserts_nested(out, agg, ctype, prefix, base):
    for it in agg.items:
        if isinstance(it, Aggregate):
            sub = prefix + (it.name + "." if it.name else "")
            asserts_nested(out, it, ctype, sub, base + it.offset)
        else:
            out.append('_CLOUDABI_STATIC_ASSERT(offsetof(%s, %s%s) == %d, "offset of %s%s");'
                       % (ctype, prefix, it.name, base + it.offset, prefix, it.name))


def emit_struct(out, st):
    out.append("typedef struct {")
    emit_aggregate(out, st, 1)
    out.append("} %s;" % st.ctype)
    asserts(out, st, st.ctype)
    out.append('_CLOUDABI_STATIC_ASSERT(sizeof(%s) == %d, "size of %s");' % (st.ctype, st.size, st.ctype))
    out.append('_CLOUDABI_STATIC_ASSERT(_Alignof(%s) == %d, "alignment of %s");'
               % (st.ctype, st.align, st.ctype))
    out.append("")


def param_list(params):
    return ", ".join(p.decl() for p in params) if params else "void"


def gen_types_common(abi):
    out = [HEADER_TOP, "#ifndef CLOUDABI_TYPES_COMMON_H", "#define CLOUDABI_TYPES_COMMON_H", "",
           "#include <stddef.h>", "#include <stdint.h>", "", COMPAT]
    for obj in abi.order:
        if isinstance(obj, Scalar):
            out.append("typedef %s %s;" % (BASE_TYPES[obj.base][0], obj.ctype))
            for value, name in obj.values:
                out.append("#define CLOUDABI_%s%s %s" % (obj.prefix, name, constant_literal(obj, value)))
            out.append("")
    for obj in abi.order:
        if isinstance(obj, Aggregate) and not obj.pointers:
            emit_struct(out, obj)
    out.append("#endif")
    return "\n".join(out) + "\n"


def gen_types(abi):
    out = [HEADER_TOP, "#ifndef CLOUDABI_TYPES_H", "#define CLOUDABI_TYPES_H", "",
           "#include \"cloudabi_types_common.h\"", ""]
    for obj in abi.order:
        if isinstance(obj, Function):
            out.append("typedef void %s(%s);" % ("cloudabi_%s_t" % obj.name, param_list(obj.params)))
            out.append("")
        elif isinstance(obj, Aggregate) and obj.pointers:
            emit_struct(out, obj)
    out.append("#endif")
    return "\n".join(out) + "\n"


def proto(sc, name_prefix="cloudabi_sys_"):
    ret = "_CLOUDABI_NORETURN void" if sc.noreturn else "cloudabi_errno_t"
    return "%s %s%s(%s)" % (ret, name_prefix, sc.name, param_list(sc.params))


def gen_syscalls(abi):
    out = [HEADER_TOP, "#ifndef CLOUDABI_SYSCALLS_H", "#define CLOUDABI_SYSCALLS_H", "",
           "#include \"cloudabi_types.h\"", "",
           "#ifdef __cplusplus", "extern \"C\" {", "#endif", ""]
    for sc in abi.syscalls:
        out.append(proto(sc) + ";")
    out += ["", "#ifdef __cplusplus", "}", "#endif", "", "#endif"]
    return "\n".join(out) + "\n"


def gen_info(abi):
    out = [HEADER_TOP, "#ifndef CLOUDABI_SYSCALLS_INFO_H", "#define CLOUDABI_SYSCALLS_INFO_H", "",
           "#define CLOUDABI_SYSCALL_COUNT %d" % len(abi.syscalls), "",
           "#define CLOUDABI_SYSCALL_NAMES(X) \\"]
    out += ["  X(%s) \\" % sc.name for sc in abi.syscalls]
    out.append("")
    for sc in abi.syscalls:
        n = sc.name
        out.append("#define CLOUDABI_SYSCALL_PARAMETERS_%s %s" % (n, ", ".join(p.decl() for p in sc.params)))
        out.append("#define CLOUDABI_SYSCALL_PARAMETER_NAMES_%s %s" % (n, ", ".join(p.name for p in sc.params)))
        out.append("#define CLOUDABI_SYSCALL_HAS_PARAMETERS_%s(yes, no) %s" % (n, "yes" if sc.params else "no"))
        out.append("#define CLOUDABI_SYSCALL_RETURNS_%s(yes, no) %s" % (n, "no" if sc.noreturn else "yes"))
        out.append("")
    out.append("#endif")
    return "\n".join(out) + "\n"


def gen_table(abi):
    out = [HEADER_TOP, "#ifndef CLOUDABI_SYSCALLS_TABLE_H", "#define CLOUDABI_SYSCALLS_TABLE_H", "",
           "#include \"cloudabi_types.h\"", "",
           "// One function pointer per system call, in ABI order.",
           "typedef struct {"]
    for sc in abi.syscalls:
        ret = "void" if sc.noreturn else "cloudabi_errno_t"
        out.append("  %s (*%s)(%s);" % (ret, sc.name, param_list(sc.params)))
    out += ["} cloudabi_syscall_table_t;", "",
            "// Names in the same order, as exported by a vDSO (without the prefix).",
            "#define CLOUDABI_SYSCALL_NAME_LIST \\"]
    out += ['  "%s", \\' % sc.name for sc in abi.syscalls]
    out += ["", "#endif"]
    return "\n".join(out) + "\n"


def gen_libc_syscalls(abi):
    """Wrappers owned by the libc: each calls through the vDSO-filled table."""
    out = [HEADER_TOP,
           "// The libc's cloudabi_sys_* functions.  crt0 points every slot of",
           "// __cloudabi_syscalls at an ENOSYS stub and then binds the vDSO.", "",
           "#include <cloudabi_syscalls.h>", "#include <cloudabi_syscalls_table.h>", "",
           "#include \"syscalls.h\"", ""]
    for sc in abi.syscalls:
        args = ", ".join(p.name for p in sc.params)
        out.append(proto(sc) + " {")
        if sc.noreturn:
            out.append("  __cloudabi_syscalls.%s(%s);" % (sc.name, args))
            out.append("  __builtin_trap();")
        else:
            out.append("  return __cloudabi_syscalls.%s(%s);" % (sc.name, args))
        out.append("}")
        out.append("")
    return "\n".join(out)


def write_if_changed(path, text):
    try:
        with open(path) as f:
            if f.read() == text:
                return
    except OSError:
        pass
    with open(path, "w") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--abi", required=True, help="ABI description file")
    ap.add_argument("--outdir", help="directory for the generated headers")
    ap.add_argument("--libc-syscalls", help="write the libc's syscall wrappers here")
    args = ap.parse_args()
    try:
        abi = parse(args.abi)
    except (AbiError, KeyError, ValueError, IndexError) as e:
        sys.exit("gen_abi.py: %s: %s" % (args.abi, e))
    if len(abi.syscalls) != 49:
        sys.exit("gen_abi.py: expected 49 system calls, found %d" % len(abi.syscalls))
    if args.outdir:
        os.makedirs(args.outdir, exist_ok=True)
        for name, text in (("cloudabi_types_common.h", gen_types_common(abi)),
                           ("cloudabi_types.h", gen_types(abi)),
                           ("cloudabi_syscalls.h", gen_syscalls(abi)),
                           ("cloudabi_syscalls_info.h", gen_info(abi)),
                           ("cloudabi_syscalls_table.h", gen_table(abi))):
            write_if_changed(os.path.join(args.outdir, name), text)
    if args.libc_syscalls:
        write_if_changed(args.libc_syscalls, gen_libc_syscalls(abi))


if __name__ == "__main__":
    main()
