# Generates the single-byte codec tables and aliases of lexer/src/encoding/tables.rs
# from Python 3.11's own codecs: `python3 scripts/encoding/gen_codec_tables.py`.
# The CJK *_FIXES come from cjk_truth.py (what Python decodes each sequence to)
# compared with encoding_rs by cjk_fixes.rs.txt (run it as a cargo example
# depending on encoding_rs).
import encodings, encodings.aliases as A, os, importlib, unicodedata

d = os.path.dirname(encodings.__file__)
mods = sorted(f[:-3] for f in os.listdir(d) if f.endswith('.py') and f not in ('__init__.py', 'aliases.py'))
charmaps = []
importable = []
for m in mods:
    try:
        mod = importlib.import_module('encodings.' + m)
    except ImportError:
        continue
    importable.append(m)
    t = getattr(mod, 'decoding_table', None)
    if t is not None and all(t[i] == chr(i) for i in range(128)):
        charmaps.append((m, t[128:]))

def esc(ch):
    cp = ord(ch)
    if cp == 0xFFFE:
        return '\\u{FFFE}'
    cat = unicodedata.category(ch)
    bidi = unicodedata.bidirectional(ch)
    if cat[0] in 'CMZ' or bidi in ('R', 'AL', 'AN') or ch in '\\"':
        return '\\u{%X}' % cp
    return ch

print("/// The upper halves (bytes 0x80..=0xFF) of Python's single-byte codecs whose")
print("/// lower half is ASCII, from their `decoding_table`s; U+FFFE marks an undefined byte.")
print("#[rustfmt::skip]")
print("const CHARMAPS: &[(&str, &str)] = &[")
for m, t in charmaps:
    print('    ("%s", "%s"),' % (m, ''.join(esc(c) for c in t)))
print("];")
print()
print("/// `encodings.aliases.aliases`: normalised alias → codec module.")
print("#[rustfmt::skip]")
print("const ALIASES: &[(&str, &str)] = &[")
items = sorted(A.aliases.items())
line = "   "
for k, v in items:
    piece = ' ("%s", "%s"),' % (k, v)
    if len(line) + len(piece) > 99:
        print(line); line = "   "
    line += piece
print(line)
print("];")
print()
print("/// The codec modules of `encodings` that import on Linux (not `mbcs`, `oem`).")
print("#[rustfmt::skip]")
print("const MODULES: &[&str] = &[")
line = "   "
for m in importable:
    piece = ' "%s",' % m
    if len(line) + len(piece) > 99:
        print(line); line = "   "
    line += piece
print(line)
print("];")
