configuration = {"debug": True}
def show():
    return configuraton["debug"]
show()
