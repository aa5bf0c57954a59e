class Settings:
    TIMEOUT = 30
    RETRIES = 3
print(Settings.TIMEOUT)
print(Settings.RETRIS)
