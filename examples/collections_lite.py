"""A helper module for inventory.py: grouping items by a key."""


def group_by(items, key):
    """A dict from each key to the list of items that have it, in order."""
    groups = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups
