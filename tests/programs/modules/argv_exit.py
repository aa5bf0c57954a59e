# sys.argv and sys.exit with a status code after output.
import sys
print(sys.argv, len(sys.argv))
print("about to exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.exit(3)
print("not reached")
