s = f"a{x!r:>{width}} b {y=}"
t = f'{z}' "plain"
