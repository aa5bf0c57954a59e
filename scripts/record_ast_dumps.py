#!/usr/bin/env python3
"""Record CPython 3.11's AST dumps of pyvm-ast's test programs.

For each ast/tests/programs/NAME.py (parsed with the options of a first line
`# pyvm-ast: …`, see cpython_ast_json.py), writes into ast/tests/expected/:
  NAME.plain.txt    ast.dump(tree)
  NAME.indent2.txt  ast.dump(tree, indent=2)
  NAME.attrs.txt    ast.dump(tree, include_attributes=True)
  NAME.json         the tree in pyvm-ast's JSON form (pretty-printed)
  NAME.visit.txt    the class names of the nodes in the order ast.NodeVisitor
                    visits them, one per line
  NAME.renamed.txt  ast.dump(tree) after an ast.NodeTransformer upper-cased
                    every Name's id
The Rust tests (ast/tests/programs.rs, ast/tests/hand_built/, ast/tests/visitor.rs) compare
pyvm's dumps with these files. Run from anywhere: python3 scripts/record_ast_dumps.py
"""

import ast
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from cpython_ast_json import parse_options, to_pyvm_json  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "ast" / "tests" / "programs"
EXPECTED = ROOT / "ast" / "tests" / "expected"


class VisitOrder(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def generic_visit(self, node):
        self.names.append(type(node).__name__)
        super().generic_visit(node)


class UpperCaseNames(ast.NodeTransformer):
    def visit_Name(self, node):
        node.id = node.id.upper()
        return node


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"needs CPython 3.11, this is {sys.version.split()[0]}")
    EXPECTED.mkdir(exist_ok=True)
    for program in sorted(PROGRAMS.glob("*.py")):
        source = program.read_text(encoding="utf-8")
        tree = ast.parse(source, **parse_options(source))
        name = program.stem
        order = VisitOrder()
        order.visit(tree)
        outputs = {
            "plain.txt": ast.dump(tree),
            "indent2.txt": ast.dump(tree, indent=2),
            "attrs.txt": ast.dump(tree, include_attributes=True),
            "json": json.dumps(to_pyvm_json(tree, source), indent=1, ensure_ascii=False),
            "visit.txt": "\n".join(order.names),
            # Last: it changes the tree.
            "renamed.txt": ast.dump(UpperCaseNames().visit(tree)),
        }
        for suffix, text in outputs.items():
            (EXPECTED / f"{name}.{suffix}").write_text(text + "\n", encoding="utf-8")
        print(f"recorded {name}")


if __name__ == "__main__":
    main()
