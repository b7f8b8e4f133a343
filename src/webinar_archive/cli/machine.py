"""Commands about this machine: ``path-map`` (roots of files linked in place on other machines)
``install-desktop`` (the launcher in the desktop's application menu) and ``about`` (versions,
and whether playback works here)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..domain.messages import _t
from .common import CliError, Subparsers, print_json, say

if TYPE_CHECKING:
    from ..services.archive import Archive


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "path-map",
        help="where files linked in place on another machine are on this one "
        "(RECORDED=LOCAL, e.g. 'Z:\\archive=/mnt/archive'); lists the mappings",
    )
    p.add_argument("--add", metavar="RECORDED=LOCAL", action="append", default=[])
    p.add_argument("--remove", metavar="RECORDED", action="append", default=[])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_path_map)

    p = sub.add_parser(
        "install-desktop",
        help="add Webinar Archive to the desktop's application menu (a .desktop entry, its "
        "AppStream metadata and icon in your data folder); --uninstall removes them",
    )
    p.add_argument("--uninstall", action="store_true", help="remove what an install wrote")
    p.add_argument("--json", action="store_true")
    p.set_defaults(standalone=_cmd_install_desktop)

    p = sub.add_parser(
        "about",
        help="versions of the app and its parts, and whether playback (libvlc) works here",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(standalone=_cmd_about)


def _cmd_path_map(_archive: Archive, args: argparse.Namespace) -> int:
    from ..domain.path_mapping import PathMapping
    from ..services.machine import load_path_mappings, machine_file, save_path_mappings

    mappings = list(load_path_mappings())
    if args.add or args.remove:
        try:
            added = [PathMapping.parse(text) for text in args.add]
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        unknown = [r for r in args.remove if r not in {x.recorded for x in mappings}]
        if unknown:
            raise CliError(
                _t("No path mapping for {unknown!r}; nothing was changed.").format(
                    unknown=unknown[0]
                )
            )
        replaced = set(args.remove) | {x.recorded for x in added}
        mappings = [x for x in mappings if x.recorded not in replaced] + added
        save_path_mappings(mappings)
    if args.json:
        print_json([{"recorded": x.recorded, "local": x.local} for x in mappings])
    elif mappings:
        for x in mappings:
            say(f"{x.recorded} -> {x.local}")
    else:
        say(
            _t("No path mappings on this machine ({machine_file}).").format(
                machine_file=machine_file()
            )
        )
    return 0


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    from ..services.launcher import install_launcher, uninstall_launcher

    if args.uninstall:
        removed = uninstall_launcher()
        if args.json:
            print_json({"removed": [str(p) for p in removed]})
        elif removed:
            for path in removed:
                say(_t("removed {path}").format(path=path))
        else:
            say(_t("No launcher was installed; nothing to remove."))
        return 0
    files = install_launcher()
    if args.json:
        print_json({"installed": [str(p) for p in files.all()]})
    else:
        for path in files.all():
            say(_t("wrote {path}").format(path=path))
        say(_t("Webinar Archive is in the application menu (log out and in if it does not show)."))
    return 0


def _cmd_about(args: argparse.Namespace) -> int:
    import platform
    import shutil
    import sys
    from importlib import metadata

    from .. import APP_ID, __version__
    from ..playback.vlc_backend import probe_vlc
    from ..services.paths import default_library_dir

    def version_of(name: str) -> str | None:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    status = probe_vlc()
    loaded = sys.modules.get("vlc")
    dll = getattr(getattr(loaded, "dll", None), "_name", None)
    facts = {
        "version": __version__,
        "application_id": APP_ID,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "bundled": bool(getattr(sys, "frozen", False)),
        "pyside6": version_of("PySide6"),
        "sqlalchemy": version_of("SQLAlchemy"),
        "reportlab": version_of("reportlab"),
        "libvlc": {
            "available": status.available,
            "version": status.version,
            "library": dll,
            "reason": status.reason,
        },
        "ffprobe": shutil.which("ffprobe"),
        "default_library": str(default_library_dir()),
    }
    if args.json:
        print_json(facts)
        return 0
    say(
        (
            _t("Webinar Archive {version} ({app_id}), bundled")
            if facts["bundled"]
            else _t("Webinar Archive {version} ({app_id})")
        ).format(version=__version__, app_id=APP_ID)
    )
    say(
        _t("Python {version} on {platform}").format(
            version=facts["python"], platform=facts["platform"]
        )
    )
    parts = ("PySide6", "SQLAlchemy", "reportlab")
    say(", ".join(f"{name} {facts[name.lower()]}" for name in parts))
    if status.available:
        where = dll or _t("found by python-vlc")
        say(_t("libvlc {version} ({library})").format(version=status.version, library=where))
    else:
        say(_t("libvlc: not usable: {reason}").format(reason=status.reason))
    ffprobe = facts["ffprobe"] or _t("not found (libvlc reads durations instead)")
    say(_t("ffprobe: {path}").format(path=ffprobe))
    say(_t("default library: {path}").format(path=facts["default_library"]))
    return 0
