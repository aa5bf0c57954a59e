# On class attribute lookup, a data descriptor on the metaclass beats the class __dict__.
class Meta(type):
    @property
    def prop(cls):
        return "meta property"
class Shadow(metaclass=Meta):
    prop = "class attr"
print(Shadow.prop, Shadow().prop)
