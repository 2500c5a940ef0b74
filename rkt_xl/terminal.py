"""Text from files, made safe for a terminal: control characters (ESC of CSI/OSC sequences,
C1 controls, BEL...) shown as escapes (``\\x1b``) instead of acting on the screen."""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """``text`` with every control character except tab and newline as ``\\xNN``."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
