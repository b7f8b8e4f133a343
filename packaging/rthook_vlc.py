"""PyInstaller runtime hook: point python-vlc at the libvlc and plugins inside the bundle.

Runs before the application's code. When the bundle carries no libvlc (VLC was absent where it
was built) nothing is set, and python-vlc looks for a system VLC as it does outside a bundle.
"""

import ctypes
import os
import sys

_base = os.path.join(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)), "vlc")
_names = {"win32": ("libvlc.dll", "libvlccore.dll"), "darwin": ("libvlc.dylib", "libvlccore.dylib")}
_lib_name, _core_name = _names.get(sys.platform, ("libvlc.so.5", "libvlccore.so.9"))
_lib = os.path.join(_base, _lib_name)
_plugins = os.path.join(_base, "plugins")
if os.path.isfile(_lib) and os.path.isdir(_plugins):
    _core = os.path.join(_base, _core_name)
    if os.path.isfile(_core) and sys.platform.startswith("linux"):
        # libvlc finds libvlccore by its soname; loaded first and global, it is already there.
        ctypes.CDLL(_core, mode=ctypes.RTLD_GLOBAL)
    if sys.platform == "win32":
        os.add_dll_directory(_base)
    os.environ["PYTHON_VLC_LIB_PATH"] = _lib
    os.environ["PYTHON_VLC_MODULE_PATH"] = _plugins
    os.environ["VLC_PLUGIN_PATH"] = _plugins
