#!/bin/sh
# Re-record the expected output of the lexer's golden tests from CPython 3.11:
# each lexer/tests/golden/NAME.py gets NAME.tokens, what `python3 -m tokenize -e`
# prints for it.
set -eu
cd "$(dirname "$0")/../lexer/tests/golden"
for source in *.py; do
    python3 -m tokenize -e "$source" > "${source%.py}.tokens"
done
