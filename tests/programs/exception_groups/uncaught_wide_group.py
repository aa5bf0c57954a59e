# An uncaught group wider than CPython draws (max_group_width).

raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
