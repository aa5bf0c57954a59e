loaded = True
raise ValueError("module failed while importing")
