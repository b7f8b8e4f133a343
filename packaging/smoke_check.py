"""Smoke check of a built one-folder app: it runs alone, prints a brief, plays with its own libvlc.

Usage: python packaging/smoke_check.py dist/webinar-archive
Prints the bundle's size and a line per check; exit status 0 when every check passed.
"""

from __future__ import annotations

import glob
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def _run(program: Path, *args: str, env: dict[str, str], hide_vlc: bool = False) -> str:
    argv = [str(program), *args]
    wrapped = _without_system_vlc(argv) if hide_vlc else argv
    options = {"env": env, "capture_output": True, "text": True, "timeout": 180, "check": False}
    done = subprocess.run(wrapped, **options)
    if done.returncode != 0 and wrapped != argv and "mount" in done.stderr:
        # A container may forbid private mounts: check with the system's VLC visible instead.
        print(f"note: could not hide the system's VLC ({done.stderr.strip()[-200:]})")
        done = subprocess.run(argv, **options)
    if done.returncode != 0:
        raise SystemExit(f"FAILED: webinar-archive {' '.join(args)}\n{done.stdout}{done.stderr}")
    return done.stdout


def _without_system_vlc(argv: list[str]) -> list[str]:
    """``argv`` run where the system's libvlc and plugins are hidden (a private mount namespace,
    root on Linux only), so a passing check proves the bundle's own libvlc is enough."""
    unshare, mount = shutil.which("unshare"), shutil.which("mount")
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not unshare or not mount:
        return argv
    hidden = [
        p
        for p in glob.glob("/usr/lib/*/libvlc*.so.*") + glob.glob("/usr/lib/libvlc*.so.*")
        if not os.path.islink(p)
    ]
    folders = [p for p in [*glob.glob("/usr/lib/*/vlc"), "/usr/lib/vlc"] if os.path.isdir(p)]
    mounts = [f"{mount} --bind /dev/null {shlex.quote(p)}" for p in hidden]
    mounts += [f"{mount} -t tmpfs none {shlex.quote(p)}" for p in folders]
    script = " && ".join([*mounts, 'exec "$@"'])
    return [unshare, "-m", "/bin/sh", "-c", script, "sh", *argv]


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else "dist/webinar-archive").resolve()
    program = bundle / ("webinar-archive.exe" if sys.platform == "win32" else "webinar-archive")
    if not program.exists():
        raise SystemExit(f"No built program at {program}: build it with ./scripts/dist first.")
    with tempfile.TemporaryDirectory(prefix="wa-smoke-") as tmp:
        home = Path(tmp)
        # Nothing of the source tree or a virtual environment: the bundle must stand alone.
        (home / "bin").mkdir()
        env = {
            # No ffprobe: the recording's duration must come from the bundled libvlc.
            "PATH": str(home / "bin"),
            "HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": os.environ.get("LANG", "C.UTF-8"),
        }
        library = home / "library"
        _run(program, "--version", env=env)
        _run(program, "--library", str(library), "demo", env=env)
        brief = home / "brief.pdf"
        _run(program, "--library", str(library), "brief", "1", "-o", str(brief), env=env)
        if not brief.read_bytes().startswith(b"%PDF"):
            raise SystemExit(f"FAILED: {brief} is not a PDF")
        print(f"ok: brief written ({brief.stat().st_size} bytes)")
        about = json.loads(_run(program, "about", "--json", env=env))
        vlc = about["libvlc"]
        bundled_vlc = (bundle / "_internal" / "vlc").is_dir()
        if bundled_vlc and not (vlc["available"] and str(bundle) in str(vlc["library"] or "")):
            raise SystemExit(f"FAILED: the bundled libvlc is not the one loaded: {vlc}")
        print(f"ok: libvlc {vlc['version']} from {vlc['library']}")
        sample = Path(__file__).resolve().parent.parent / "tests" / "data" / "media" / "sample.mp4"
        _run(program, "--library", str(library), "attach", "1", str(sample), env=env, hide_vlc=True)
        shown = json.loads(_run(program, "--library", str(library), "show", "1", "--json", env=env))
        # The demo brings its own recording too: check the one attached here.
        recording = next(r for r in shown["recordings"] if r["file_name"] == sample.name)
        if not recording["duration_ms"] or recording["video_codec"] is None:
            raise SystemExit(f"FAILED: libvlc did not read {sample.name}: {recording}")
        print(f"ok: {sample.name} read by the bundled libvlc ({recording['duration_ms']} ms)")
        started = _run(program, "--library", str(library), "gui", "--quit-after-start", env=env)
        if "1 session in the table" not in started:
            raise SystemExit(f"FAILED: the window did not show the demo session: {started}")
        print(f"ok: {started.strip()}")
    size = _size(bundle)
    vlc_dir = bundle / "_internal" / "vlc"
    vlc_size = _size(vlc_dir) if vlc_dir.is_dir() else 0
    print(
        f"bundle: {size / 2**20:.0f} MiB in {bundle} "
        f"(libvlc and plugins: {vlc_size / 2**20:.0f} MiB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
