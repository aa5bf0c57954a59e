# Calling a non-callable attribute inside a method.
class Report:
    title = "Summary"
    def render(self):
        return self.title()
Report().render()
