# sys.exit with a string prints it to stderr and exits with status 1.
import sys
def finish():
    print("finishing")
    sys.exit("fatal: configuration missing")
finish()
print("not reached")
