"""Capture CPython 3.11's behaviour on string and f-string tokens as Rust test tables.

Reads the tokens in strings.txt and fstrings.txt beside this script and
rewrites the generated data files (only the `CASES` arrays; the types and the
tests using them are hand-written in lexer/tests/string_literal.rs and
lexer/tests/fstring.rs):

    lexer/tests/string_literal/cases.rs
    lexer/tests/fstring/cases.rs

Run from anywhere with CPython 3.11, e.g. from the repository root:

    python3.11 scripts/string_tests/gen_tests.py
"""
import ast, sys, warnings
from pathlib import Path

assert sys.version_info[:2] == (3, 11), sys.version


def rs_str(s):
    # A raw string where that reads better: printable text with backslashes.
    if '\\' in s and all(0x20 <= ord(c) < 0x7f for c in s) and '"#' not in s:
        return 'r"%s"' % s if '"' not in s else 'r#"%s"#' % s
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif 0x20 <= o < 0x7f:
            out.append(ch)
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ch == '\t':
            out.append('\\t')
        elif 0xd800 <= o < 0xe000:
            raise ValueError("surrogate")
        else:
            out.append('\\u{%x}' % o)
    out.append('"')
    return ''.join(out)


def compile_capture(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            tree = compile(src, "<case>", "eval", ast.PyCF_ONLY_AST)
            code = compile(tree, "<case>", "eval")
            try:
                value = eval(code, {})
            except Exception:
                value = None  # f-strings: only the tree matters
            result = ("ok", tree, value)
        except SyntaxError as e:
            result = ("err", e.msg, e.lineno, e.offset)
    return result, [str(x.message) for x in w if issubclass(x.category, DeprecationWarning)]


def value_expr(v):
    if isinstance(v, bytes):
        return "V::Bytes(&[%s])" % ", ".join(str(b) for b in v)
    try:
        return "V::Str(%s)" % rs_str(v)
    except ValueError:
        return "V::Wide(&[%s])" % ", ".join("0x%x" % ord(c) for c in v)


def warnings_expr(ws):
    return "&[%s]" % ", ".join(rs_str(m) for m in ws)


def strings(cases):
    out = []
    out.append("// (token, value or error, warnings): captured from CPython %s." % sys.version.split()[0])
    out.append("// Errors also carry CPython's (lineno, offset) for the token alone on a line;")
    out.append("// they point past the token (at the parser's lookahead), not at the escape.")
    out.append("pub(super) const CASES: &[Case] = &[")
    for tok in cases:
        result, ws = compile_capture(tok)
        if result[0] == "ok":
            out.append("    Case { token: %s, expect: Ok(%s), warnings: %s }," % (
                rs_str(tok), value_expr(result[2]), warnings_expr(ws)))
        else:
            _, msg, line, offset = result
            out.append("    Case { token: %s, expect: Err((%s, %d, %d)), warnings: %s }," % (
                rs_str(tok), rs_str(msg), line, offset, warnings_expr(ws)))
    out.append("];")
    return out



def line_starts(src):
    starts = [0]
    b = src.encode()
    for i, c in enumerate(b):
        if c == ord('\n'):
            starts.append(i + 1)
    return starts


def fparts(node, src, starts):
    items = []
    for v in node.values:
        if isinstance(v, ast.Constant):
            try:
                items.append("P::Lit(%s)" % rs_str(v.value))
            except ValueError:
                items.append("P::Wide(&[%s])" % ", ".join("0x%x" % ord(c) for c in v.value))
        else:
            e = v.value
            start = starts[e.lineno - 1] + e.col_offset
            end = starts[e.end_lineno - 1] + e.end_col_offset
            conv = "None" if v.conversion == -1 else "Some('%s')" % chr(v.conversion)
            spec = "None" if v.format_spec is None else "Some(&[%s])" % fparts(v.format_spec, src, starts)
            items.append("P::Field { node: %d..%d, conversion: %s, spec: %s }" % (start, end, conv, spec))
    return ", ".join(items)


def fstrings(cases):
    out = []
    out.append("// (token, parts or error, warnings): captured from CPython %s." % sys.version.split()[0])
    out.append("// A field's `node` is the byte range of CPython's expression node in the token;")
    out.append("// literal parts are CPython's Constants, debug text merged in as CPython does.")
    out.append("// Errors carry CPython's (lineno, offset) for the token alone on a line; they")
    out.append("// point past the token (at the parser's lookahead), not into it.")
    out.append("pub(super) const CASES: &[Case] = &[")
    for tok in cases:
        result, ws = compile_capture(tok)
        if result[0] == "ok":
            tree = result[1].body
            if isinstance(tree, ast.Constant):
                parts = "P::Lit(%s)" % rs_str(tree.value) if tree.value else ""
            else:
                assert isinstance(tree, ast.JoinedStr), ast.dump(tree)
                parts = fparts(tree, tok, line_starts(tok))
            out.append("    Case { token: %s, expect: Ok(&[%s]), warnings: %s }," % (
                rs_str(tok), parts, warnings_expr(ws)))
        else:
            _, msg, line, offset = result
            out.append("    Case { token: %s, expect: Err((%s, %d, %d)), warnings: %s }," % (
                rs_str(tok), rs_str(msg), line, offset, warnings_expr(ws)))
    out.append("];")
    return out


def single_token(case):
    """Whether `case` is one STRING token (so it can be handed over as one)."""
    import io, tokenize
    try:
        toks = [t for t in tokenize.generate_tokens(io.StringIO(case).readline)
                if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER)]
    except (tokenize.TokenError, SyntaxError):
        return True  # CPython rejects it as a whole; keep it
    return len(toks) == 1 and toks[0].type == tokenize.STRING


HERE = Path(__file__).resolve().parent
TESTS = HERE.parent.parent / "lexer" / "tests"


def load(name):
    text = (HERE / name).read_text(encoding="utf-8")
    cases = [l.replace("\u240d", "\r").replace("\u23ce", "\n") for l in text.split("\n") if l]
    for case in cases:
        if not single_token(case):
            print("skipped, not one token:", repr(case), file=sys.stderr)
    return [case for case in cases if single_token(case)]


def write(path, types, lines):
    header = [
        "//! Generated by scripts/string_tests/gen_tests.py from CPython 3.11's",
        "//! behaviour on each token; do not edit by hand. To change the cases, edit",
        "//! the token lists beside the script and rerun it with python3.11.",
        "",
        "use super::{%s};" % types,
        "",
    ]
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print("wrote", path.relative_to(HERE.parent.parent), file=sys.stderr)


if __name__ == "__main__":
    write(TESTS / "string_literal" / "cases.rs", "Case, V", strings(load("strings.txt")))
    deep = ["f'{" + "(" * 201 + "}'", "f'{" + "(" * 200 + "}'"]
    write(TESTS / "fstring" / "cases.rs", "Case, P", fstrings(load("fstrings.txt") + deep))
