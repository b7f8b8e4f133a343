"""Speech-to-text accuracy and speed on recordings of real people, per engine.

    python -m benchmarks.bench_speech [--data DIR] [--sets librivox,cards]
                                      [--engines pocketsphinx,faster-whisper]

The recordings are not part of the project: they come with Debian's ``pocketsphinx-testdata``
package (``sudo apt install pocketsphinx-testdata``; BSD-licensed test data of CMU Sphinx), in
``/usr/share/pocketsphinx/test/data``:

- ``librivox/``: five sentences of *Sense and Sensibility* read by a LibriVox volunteer (public
  domain), 25 s, 71 words, with their transcription;
- ``cards/``: five short phrases naming playing cards ("ten of clubs"), 10 s, 21 words.

Each recording goes through what ``webinar-archive transcribe`` runs: ffmpeg decodes it to
16 kHz mono in chunks, the engine turns the chunks into cues. Prints JSON: per engine and per
set, the words spoken, the words recognised of them (word recall, from the alignment that gives
the word error rate), the WER itself and the real-time factor (seconds of work per second of
sound, by the wall clock and by CPU time); an engine that cannot run here is listed with the
reason, never left out.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from webinar_archive.domain.errors import ArchiveError
from webinar_archive.domain.query import tokens
from webinar_archive.media.transcribe import ENGINES, TranscriptionUnavailable
from webinar_archive.media.transcribe.audio import BYTES_PER_MS, pcm_chunks

DEFAULT_DATA = Path("/usr/share/pocketsphinx/test/data")
SETS = ("librivox", "cards")
ENGINE_NAMES = ("pocketsphinx", "faster-whisper")
# "<s> words </s> (file id)": the Sphinx transcription format.
_LINE = re.compile(r"^\s*(?:<s>)?(?P<words>.*?)(?:</s>)?\s*\((?P<id>[^()]+)\)\s*$")


def references(folder: Path) -> list[tuple[Path, list[str]]]:
    """(recording, words spoken) of a set, from its ``*transcription`` file."""
    [listing] = sorted(folder.glob("*transcription"))
    pairs = []
    for line in listing.read_text(encoding="utf-8").splitlines():
        match = _LINE.match(line)
        if match is None:
            continue
        wav = folder / f"{match['id'].strip()}.wav"
        if wav.is_file():
            pairs.append((wav, tokens(match["words"])))
    return pairs


def alignment(spoken: Sequence[str], heard: Sequence[str]) -> tuple[int, int]:
    """(words recognised, word errors) of the best alignment of ``heard`` to ``spoken``:
    the matches, and the substitutions, deletions and insertions (Levenshtein over words)."""
    # Each cell holds (errors, matches); fewer errors first, then more matches.
    previous = [(j, 0) for j in range(len(heard) + 1)]
    for i, word in enumerate(spoken, start=1):
        current = [(i, 0)]
        for j, guess in enumerate(heard, start=1):
            errors, matches = previous[j - 1]
            same = word == guess
            diagonal = (errors + (not same), matches + same)
            deleted = (previous[j][0] + 1, previous[j][1])
            inserted = (current[j - 1][0] + 1, current[j - 1][1])
            current.append(min(diagonal, deleted, inserted, key=lambda c: (c[0], -c[1])))
        previous = current
    errors, matches = previous[-1]
    return matches, errors


def measure(engine_name: str, pairs: list[tuple[Path, list[str]]]) -> dict[str, Any]:
    """Transcribe each recording with the engine; its accuracy and speed over the set."""
    from webinar_archive.media.transcribe import engine_named

    engine = engine_named(engine_name)
    model = engine.model_name("en")
    spoken = recognised = errors = 0
    audio_ms = 0
    work_s = cpu_s = 0.0
    samples = []
    for wav, words in pairs:
        size = 0

        def chunks(path: Path = wav) -> Any:
            nonlocal size
            for chunk in pcm_chunks(path):
                size += len(chunk)
                yield chunk

        started, cpu = time.perf_counter(), time.process_time()
        cues = engine.transcribe(chunks(), "en", lambda _ms: None)
        work_s += time.perf_counter() - started
        cpu_s += time.process_time() - cpu
        audio_ms += size // BYTES_PER_MS
        heard = tokens(" ".join(c.text for c in cues))
        matches, wrong = alignment(words, heard)
        spoken += len(words)
        recognised += matches
        errors += wrong
        samples.append({"file": wav.name, "spoken": " ".join(words), "heard": " ".join(heard)})
    return {
        "measured": True,
        "model": model,
        "recordings": len(pairs),
        "audio_s": round(audio_ms / 1000, 1),
        "words_spoken": spoken,
        "words_recognised": recognised,
        "word_recall": round(recognised / spoken, 3) if spoken else None,
        "wer": round(errors / spoken, 3) if spoken else None,
        # Wall clock (what a user waits, on a machine others may share) and this process's
        # CPU time (the engine's own work, without ffmpeg), each per second of sound; both
        # include loading the model, as each transcription in the app does.
        "real_time_factor": round(work_s / (audio_ms / 1000), 3) if audio_ms else None,
        "cpu_real_time_factor": round(cpu_s / (audio_ms / 1000), 3) if audio_ms else None,
        "samples": samples,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--engines", default=",".join(ENGINE_NAMES))
    args = parser.parse_args(argv)
    wanted = [name.strip() for name in args.sets.split(",") if name.strip()]
    sets = {name: args.data / name for name in wanted if (args.data / name).is_dir()}
    if not sets:
        print(
            json.dumps(
                {
                    "error": f"no recordings of real speech in {args.data}: install them with "
                    "`sudo apt install pocketsphinx-testdata` (or give --data)"
                }
            )
        )
        return 0
    corpus = {name: references(folder) for name, folder in sets.items()}
    report: dict[str, Any] = {
        "data": str(args.data),
        "sets": {name: len(pairs) for name, pairs in corpus.items()},
        "engines": {},
    }
    for engine_name in [e.strip() for e in args.engines.split(",") if e.strip()]:
        if engine_name not in ENGINES:
            report["engines"][engine_name] = {
                "measured": False,
                "reason": "not one of this build's engines (" + ", ".join(sorted(ENGINES)) + ")",
            }
            continue
        try:
            report["engines"][engine_name] = {
                name: measure(engine_name, pairs) for name, pairs in corpus.items()
            }
        except TranscriptionUnavailable as exc:
            report["engines"][engine_name] = {"measured": False, "reason": str(exc)}
        except Exception as exc:  # any engine's failure is a figure's reason, not a crash
            kind = "" if isinstance(exc, ArchiveError | OSError) else f"{type(exc).__name__}: "
            report["engines"][engine_name] = {"measured": False, "reason": f"failed: {kind}{exc}"}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
