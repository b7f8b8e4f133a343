"""Platform choices the player needs before QApplication exists (X11 embedding under Wayland)."""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping

log = logging.getLogger(__name__)


def prefer_xcb_on_wayland(environ: MutableMapping[str, str], platform: str | None = None) -> bool:
    """Select Qt's X11 (XWayland) platform on a Wayland session unless the user chose one.

    libvlc can only draw into an X11 window on Linux, so embedding needs a native X11 window id;
    under the Wayland platform plugin there is none. Returns True when it set QT_QPA_PLATFORM.
    Call before creating the QApplication.
    """
    platform = platform or sys.platform
    if not platform.startswith("linux"):
        return False
    if not environ.get("WAYLAND_DISPLAY") or environ.get("QT_QPA_PLATFORM"):
        return False
    environ["QT_QPA_PLATFORM"] = "xcb"
    log.info(
        "Wayland session detected: using Qt's xcb platform (XWayland) so that VLC can draw "
        "video into the player window. Set QT_QPA_PLATFORM to override."
    )
    return True
