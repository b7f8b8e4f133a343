"""One archivist in the concurrent-edit test: read, change, save with the version read, retry.

Run as ``python concurrent_edit_worker.py LIBRARY URL|- NAME EDITS ID...``: for each of EDITS
rounds and each session ID, add the tag ``NAME-round`` to what is stored now and save it with
``expected_version``; a ConflictError (someone saved in between) means read again and retry.
Prints the number of conflicts met, so the test can tell that the race really happened.
"""

from __future__ import annotations

import sys
from pathlib import Path

from webinar_archive.domain.errors import ConflictError
from webinar_archive.services.archive import Archive
from webinar_archive.services.sessions import draft_from_session


def main(argv: list[str]) -> int:
    library, url, name, edits, *ids = argv
    conflicts = 0
    with Archive.open(Path(library), None if url == "-" else url) as archive:
        for round_ in range(int(edits)):
            for session_id in map(int, ids):
                while True:
                    session = archive.sessions.get(session_id)
                    draft = draft_from_session(session)
                    draft.tags = [*draft.tags, f"{name}-{round_}"]
                    try:
                        archive.sessions.update(session_id, draft, session.version)
                    except ConflictError:
                        conflicts += 1
                        continue
                    break
    print(conflicts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
