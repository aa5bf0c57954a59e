"""The eight queens puzzle: every way to place N queens on an N x N board
so that no two attack each other, found by backtracking with generators."""

import sys


def solutions(n, placed=()):
    """Yield each solution as a tuple of column numbers, one per row."""
    row = len(placed)
    if row == n:
        yield placed
        return
    for column in range(n):
        if all(column != c and abs(column - c) != row - r for r, c in enumerate(placed)):
            yield from solutions(n, placed + (column,))


def draw(solution):
    n = len(solution)
    return "\n".join(" ".join("Q" if c == column else "." for c in range(n)) for column in solution)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    found = list(solutions(n))
    print(f"{len(found)} solutions for {n} queens; the first:")
    print(draw(found[0]) if found else "(none)")


if __name__ == "__main__":
    main()
