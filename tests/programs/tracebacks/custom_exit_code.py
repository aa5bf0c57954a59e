# raise SystemExit with a non-int, non-None code prints it and exits 1.
def shutdown(reason):
    raise SystemExit(["stopped", reason])
print("start")
shutdown("maintenance")
