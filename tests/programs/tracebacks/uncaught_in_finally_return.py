def risky():
    try:
        return 1 / 0
    finally:
        print("cleanup runs first")
risky()
