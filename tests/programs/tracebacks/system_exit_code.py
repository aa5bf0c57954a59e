# raise SystemExit with a code: no traceback, just the status.
import sys
print("working")
raise SystemExit(7)
