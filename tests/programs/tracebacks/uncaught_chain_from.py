class ConfigError(Exception):
    pass
def read_port(config):
    try:
        return int(config["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError(f"bad port in {config}") from e
print(read_port({"port": "80"}))
read_port({"port": "eighty"})
