def helper():
    alpha = 1
    return zzz_unrelated + alpha
helper()
