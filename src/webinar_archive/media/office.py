"""Office documents to PDF through LibreOffice, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ..domain.errors import ArchiveError
from ..domain.messages import _t

TIMEOUT_S = 300


def office_converter() -> str | None:
    """The LibreOffice command line, when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(source: Path, out_dir: Path, command: str | None = None) -> Path:
    """Convert ``source`` into ``out_dir`` and return the PDF's path."""
    command = command or office_converter()
    if command is None:
        raise ArchiveError(_t("LibreOffice is not installed: install it to preview office files."))
    try:
        subprocess.run(
            [command, "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(source)],
            check=True,
            capture_output=True,
            timeout=TIMEOUT_S,
        )
    except subprocess.CalledProcessError as exc:
        detail = exc.stderr.decode(errors="replace").strip() if exc.stderr else ""
        raise ArchiveError(
            _t("LibreOffice could not convert {name}: {value}").format(
                name=source.name, value=detail or exc
            )
        ) from exc
    except subprocess.TimeoutExpired as exc:
        raise ArchiveError(
            _t("LibreOffice took longer than {seconds} s to convert {name}.").format(
                seconds=TIMEOUT_S, name=source.name
            )
        ) from exc
    result = out_dir / (source.stem + ".pdf")
    if not result.exists():
        raise ArchiveError(_t("LibreOffice produced no PDF from {name}.").format(name=source.name))
    return result
