try:
    f()
except (A, B) as e:
    raise C from e
except:
    pass
else:
    g()
finally:
    h()
