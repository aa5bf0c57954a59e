# SystemExit with an int code raised deep in calls ends the program quietly.
import sys
def check(value):
    if value < 0:
        sys.exit(3)
def run():
    for v in [1, -1, 2]:
        print("checking", v)
        check(v)
run()
