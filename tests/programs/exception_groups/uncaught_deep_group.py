# An uncaught group nested deeper than CPython draws (max_group_depth).

eg = ValueError("leaf")
for i in range(12):
    eg = ExceptionGroup(f"g{i}", [eg])
raise eg
