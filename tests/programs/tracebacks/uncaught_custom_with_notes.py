class ValidationError(ValueError):
    def __init__(self, field):
        super().__init__(f"invalid field {field!r}")
        self.field = field
err = ValidationError("email")
err.add_note("check the address format")
raise err
