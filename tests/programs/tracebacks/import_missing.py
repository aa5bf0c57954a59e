# Importing a module that does not exist.
import _missing_helper_module
