"""Print the Unicode 14 tables of string_literal/unicode_name.rs from CPython 3.11's unicodedata."""
import glob, sys, unicodedata
assert unicodedata.unidata_version == "14.0.0"

ranges = []
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), "")
    if not n or n.startswith(("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")):
        continue
    if ranges and ranges[-1][1] == cp - 1:
        ranges[-1][1] = cp
    else:
        ranges.append([cp, cp])

aliases = []
path = glob.glob("/root/.cargo/registry/src/*/unicode_names2-4.0.0/data/NameAliases.txt")[0]
for line in open(path):
    if line.startswith("#") or not line.strip():
        continue
    cp, alias, _kind = line.strip().split(";")
    try:
        c = unicodedata.lookup(alias)
    except KeyError:
        continue  # added after Unicode 14
    assert ord(c) == int(cp, 16)
    aliases.append((alias, int(cp, 16)))
aliases.sort()

cjk = []
for cp in range(0x110000):
    if unicodedata.name(chr(cp), "").startswith("CJK UNIFIED IDEOGRAPH-"):
        if cjk and cjk[-1][1] == cp - 1:
            cjk[-1][1] = cp
        else:
            cjk.append([cp, cp])

def pack(items, width=96, indent="    "):
    lines, cur = [], indent
    for it in items:
        if len(cur) + len(it) + 1 > width and cur.strip():
            lines.append(cur.rstrip())
            cur = indent
        cur += it + " "
    if cur.strip():
        lines.append(cur.rstrip())
    return "\n".join(lines)

out = []
out.append("/// CJK unified ideograph blocks of Unicode 14.0, as CPython 3.11's `is_unified_ideograph`.")
out.append("#[rustfmt::skip]")
out.append("const UNIFIED_IDEOGRAPHS: &[(u32, u32)] = &[")
out.append(pack([f"(0x{a:X}, 0x{b:X})," for a, b in cjk]))
out.append("];\n")
out.append("/// Code points that have a name in Unicode 14.0 (CPython 3.11's database), apart from")
out.append("/// CJK unified ideographs and Hangul syllables, whose names are computed.")
out.append("#[rustfmt::skip]")
out.append("const NAMED_RANGES: &[(u32, u32)] = &[")
out.append(pack([f"(0x{a:X}, 0x{b:X})," for a, b in ranges]))
out.append("];\n")
out.append("/// The name aliases of Unicode 14.0 (NameAliases.txt), sorted by alias.")
out.append("#[rustfmt::skip]")
out.append("const ALIASES: &[(&str, u32)] = &[")
out.append(pack([f'("{a}", 0x{c:X}),' for a, c in aliases]))
out.append("];")
print("\n".join(out))
