# SystemExit runs finally blocks; raise SystemExit directly; exit(None) is 0 but here we use 2.
def work():
    try:
        raise SystemExit(2)
    finally:
        print("finally runs during exit")
try:
    work()
except Exception:
    print("SystemExit is not an Exception")
finally:
    print("outer finally")
