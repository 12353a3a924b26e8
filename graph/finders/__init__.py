"""Event finders: one module per event kind, each registering its kind (``schema.register``) and
its finder (``finder``) when imported. ``schema.event_kinds()`` imports every module here.

A finder is a function of one parsed article returning the mentions it finds, each carrying
its `kind`. Most kinds need no function of their own: a table of trigger words read by
``dateline.graph.frames`` (see any module beside this one).
"""
from __future__ import annotations

from typing import Callable

FINDERS: list[Callable] = []


def finder(find: Callable) -> Callable:
    """Register a finder function (a decorator)."""
    if find not in FINDERS:
        FINDERS.append(find)
    return find
