"""A brief quotes, under "Contributions", the first sentences a speaker said in the transcript
when nothing was written of their contribution and no summary paragraph names them."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from speaker_helpers import spoken_session
from webinar_archive.domain.model import TranscriptCue
from webinar_archive.domain.speakers import first_sentences, summary_names
from webinar_archive.services.sessions import draft_from_session


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


def test_the_speaker_the_summary_is_silent_on_is_quoted_with_the_minute(
    archive, tmp_path: Path
) -> None:
    """The summary names Le Corvec, not Tokarski: Tokarski's first two sentences are quoted,
    marked as the transcript's at 0:02; Le Corvec is not quoted."""
    spoken = spoken_session(archive, tmp_path)
    pdf = tmp_path / "brief.pdf"
    archive.briefs.brief(spoken.session_id, pdf)
    text = _text(pdf)
    assert (
        "Marek Tokarski (Jagiellonian University), in the transcript at 0:02: "
        "“Thank you. Our clusters grew in Lapland last year!”"
    ) in text
    assert "Ten firms joined" not in text  # two sentences at most
    assert "Welcome everyone" not in text


def test_a_written_contribution_is_kept_and_nothing_is_quoted(archive, tmp_path: Path) -> None:
    spoken = spoken_session(archive, tmp_path)
    session = archive.sessions.get(spoken.session_id)
    assert archive.briefs.quotes_for(session).keys() == {spoken.tokarski}
    edited = draft_from_session(session)
    for speaker in edited.speakers:
        speaker.contribution = "Clusters in Lapland."
    session = archive.sessions.update(spoken.session_id, edited, session.version)
    assert archive.briefs.quotes_for(session) == {}


def test_without_speaker_chapters_there_is_no_quote(archive, tmp_path: Path) -> None:
    spoken = spoken_session(archive, tmp_path, chapters=False)
    pdf = tmp_path / "brief.pdf"
    archive.briefs.brief(spoken.session_id, pdf)
    assert "in the transcript at" not in _text(pdf)


def test_a_paragraph_names_a_speaker_by_full_or_family_name() -> None:
    assert summary_names("Intro.\n\nAs LE CORVEC said, clusters matter.", "Anaïs Le Corvec")
    assert summary_names("Marek Tokarski spoke.", "Marek Tokarski")
    assert not summary_names("Anaïs opened it; Corvecs were there.", "Anaïs Le Corvec")


def test_first_sentences_of_a_machine_transcript_are_cut_between_words() -> None:
    """Pocketsphinx writes no punctuation: the quote stops between words, with "…"."""
    cues = [
        TranscriptCue(i * 1000, i * 1000 + 900, "and so we built the cluster") for i in range(40)
    ]
    quote = first_sentences(cues)
    assert quote.endswith("…") and len(quote) <= 301
    assert not quote[:-1].endswith(" ")
