"""The selects of ``plain_reads.py``, compiled for SQLite from the Core statements of
``repos/query.py``, ``repos/reads.py`` and ``repos/settings.py``.

Written by ``python -m webinar_archive.storage.plain_sql_gen``; do not edit by hand
(``tests/test_plain_reads.py`` compiles the statements again and compares).
"""

from __future__ import annotations

from typing import NamedTuple


class Statement(NamedTuple):
    """One compiled select: its text (named parameters), the constants among its parameters,
    which argument each other parameter takes (``expanding``: a list, for ``IN``), and the
    names of its columns with how SQLAlchemy converts each (``date``, ``datetime``, ``time``,
    ``bool``; ``""``: as the driver gives it)."""

    sql: str
    params: dict[str, int | str]
    inputs: tuple[tuple[str, str], ...]
    expanding: tuple[str, ...]
    columns: tuple[str, ...]
    kinds: tuple[str, ...]


STATEMENTS: dict[str, Statement] = {
    "ids_title_desc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY session.title_folded DESC NULLS LAST, "
            "session.id DESC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_title_asc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY session.title_folded ASC NULLS LAST, "
            "session.id ASC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_series_desc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY (SELECT series.name_folded \n"
            "FROM series \n"
            "WHERE series.id = session.series_id) DESC NULLS LAST, session.id DESC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_series_asc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY (SELECT series.name_folded \n"
            "FROM series \n"
            "WHERE series.id = session.series_id) ASC NULLS LAST, session.id ASC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_date_desc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY session.date DESC NULLS LAST, "
            "session.id DESC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_date_asc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY session.date ASC NULLS LAST, "
            "session.id ASC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_speakers_desc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY (SELECT person.sort_name \n"
            "FROM person JOIN appearance ON appearance.person_id = person.id \n"
            "WHERE appearance.session_id = session.id ORDER BY appearance.ord\n"
            " LIMIT :param_1 OFFSET :param_2) DESC NULLS LAST, session.id DESC\n"
            " LIMIT :param_3 OFFSET :param_4"
        ),
        params={"param_1": 1, "param_2": 0, "param_4": 0},
        inputs=(("limit", "param_3"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_speakers_asc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY (SELECT person.sort_name \n"
            "FROM person JOIN appearance ON appearance.person_id = person.id \n"
            "WHERE appearance.session_id = session.id ORDER BY appearance.ord\n"
            " LIMIT :param_1 OFFSET :param_2) ASC NULLS LAST, session.id ASC\n"
            " LIMIT :param_3 OFFSET :param_4"
        ),
        params={"param_1": 1, "param_2": 0, "param_4": 0},
        inputs=(("limit", "param_3"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_theme_desc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY session.theme DESC NULLS LAST, "
            "session.id DESC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_theme_asc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY session.theme ASC NULLS LAST, "
            "session.id ASC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_materials_desc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY (SELECT count(material.id) AS count_1 "
            "\n"
            "FROM material \n"
            "WHERE material.session_id = session.id) DESC NULLS LAST, session.id DESC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_materials_asc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY (SELECT count(material.id) AS count_1 "
            "\n"
            "FROM material \n"
            "WHERE material.session_id = session.id) ASC NULLS LAST, session.id ASC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_duration_desc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY (SELECT sum(recording.duration_ms) AS "
            "sum_1 \n"
            "FROM recording \n"
            "WHERE recording.session_id = session.id) DESC NULLS LAST, session.id DESC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_duration_asc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY (SELECT sum(recording.duration_ms) AS "
            "sum_1 \n"
            "FROM recording \n"
            "WHERE recording.session_id = session.id) ASC NULLS LAST, session.id ASC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_status_desc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY session.status DESC NULLS LAST, "
            "session.id DESC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_status_asc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY session.status ASC NULLS LAST, "
            "session.id ASC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_updated_desc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY session.updated_at DESC NULLS LAST, "
            "session.id DESC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "ids_updated_asc": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY session.updated_at ASC NULLS LAST, "
            "session.id ASC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_2": 0},
        inputs=(("limit", "param_1"),),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "rows": Statement(
        sql=(
            "SELECT session.id, session.title, series.name, session.date, session.theme, "
            "(SELECT count(material.id) AS count_1 \n"
            "FROM material \n"
            "WHERE material.session_id = session.id) AS anon_1, (SELECT "
            "sum(recording.duration_ms) AS sum_1 \n"
            "FROM recording \n"
            "WHERE recording.session_id = session.id) AS anon_2, session.status, "
            "session.updated_at \n"
            "FROM session LEFT OUTER JOIN series ON series.id = session.series_id \n"
            "WHERE session.id IN (__[POSTCOMPILE_id_1])"
        ),
        params={},
        inputs=(("ids", "id_1"),),
        expanding=("id_1",),
        columns=(
            "id",
            "title",
            "name",
            "date",
            "theme",
            "_no_label",
            "_no_label_1",
            "status",
            "updated_at",
        ),
        kinds=("", "", "", "date", "", "", "", "", "datetime"),
    ),
    "speakers": Statement(
        sql=(
            "SELECT appearance.session_id, person.display_name \n"
            "FROM appearance JOIN person ON person.id = appearance.person_id \n"
            "WHERE appearance.session_id IN (__[POSTCOMPILE_session_id_1]) ORDER BY "
            "appearance.session_id, appearance.ord"
        ),
        params={},
        inputs=(("ids", "session_id_1"),),
        expanding=("session_id_1",),
        columns=("session_id", "display_name"),
        kinds=("", ""),
    ),
    "latest_id": Statement(
        sql=(
            "SELECT session.id \n"
            "FROM session \n"
            "WHERE session.deleted_at IS NULL ORDER BY session.created_at DESC, session.id "
            "DESC\n"
            " LIMIT :param_1 OFFSET :param_2"
        ),
        params={"param_1": 1, "param_2": 0},
        inputs=(),
        expanding=(),
        columns=("id",),
        kinds=("",),
    ),
    "session": Statement(
        sql=(
            "SELECT session.id, session.title, session.title_folded, session.series_id, "
            "session.theme, session.date, session.start_time, session.timezone, "
            "session.duration_minutes, session.language, session.summary, "
            "session.source_url, session.retrieved_at, session.notes, session.status, "
            "session.rights, session.created_at, session.updated_at, session.deleted_at, "
            "session.version, series.name AS series_name \n"
            "FROM session LEFT OUTER JOIN series ON series.id = session.series_id \n"
            "WHERE session.id = :id_1"
        ),
        params={},
        inputs=(("id", "id_1"),),
        expanding=(),
        columns=(
            "id",
            "title",
            "title_folded",
            "series_id",
            "theme",
            "date",
            "start_time",
            "timezone",
            "duration_minutes",
            "language",
            "summary",
            "source_url",
            "retrieved_at",
            "notes",
            "status",
            "rights",
            "created_at",
            "updated_at",
            "deleted_at",
            "version",
            "series_name",
        ),
        kinds=(
            "",
            "",
            "",
            "",
            "",
            "date",
            "time",
            "",
            "",
            "",
            "",
            "",
            "datetime",
            "",
            "",
            "",
            "datetime",
            "datetime",
            "datetime",
            "",
            "",
        ),
    ),
    "appearances": Statement(
        sql=(
            "SELECT appearance.id, appearance.session_id, appearance.person_id, "
            "appearance.organisation_id, appearance.role, appearance.position, "
            "appearance.ord, appearance.contribution, person.display_name AS person_name, "
            "organisation.name AS organisation_name \n"
            "FROM appearance JOIN person ON person.id = appearance.person_id LEFT OUTER JOIN "
            "organisation ON organisation.id = appearance.organisation_id \n"
            "WHERE appearance.session_id = :session_id_1 ORDER BY appearance.ord, "
            "appearance.id"
        ),
        params={},
        inputs=(("id", "session_id_1"),),
        expanding=(),
        columns=(
            "id",
            "session_id",
            "person_id",
            "organisation_id",
            "role",
            "position",
            "ord",
            "contribution",
            "person_name",
            "organisation_name",
        ),
        kinds=("", "", "", "", "", "", "", "", "", ""),
    ),
    "materials": Statement(
        sql=(
            "SELECT material.id, material.session_id, material.title, "
            "material.original_name, material.media_type, material.kind, material.size, "
            "material.sha256, material.stored_path, material.linked, material.page_count, "
            "material.extraction_warning, material.appearance_id, material.recording_id, "
            "material.shown_at_ms, material.added_at \n"
            "FROM material \n"
            "WHERE material.session_id = :session_id_1 ORDER BY material.id, material.id"
        ),
        params={},
        inputs=(("id", "session_id_1"),),
        expanding=(),
        columns=(
            "id",
            "session_id",
            "title",
            "original_name",
            "media_type",
            "kind",
            "size",
            "sha256",
            "stored_path",
            "linked",
            "page_count",
            "extraction_warning",
            "appearance_id",
            "recording_id",
            "shown_at_ms",
            "added_at",
        ),
        kinds=("", "", "", "", "", "", "", "", "", "bool", "", "", "", "", "", "datetime"),
    ),
    "recordings": Statement(
        sql=(
            "SELECT recording.id, recording.session_id, recording.original_name, "
            "recording.media_type, recording.size, recording.sha256, recording.stored_path, "
            "recording.linked, recording.duration_ms, recording.container, "
            "recording.video_codec, recording.audio_codec, recording.width, "
            "recording.height, recording.resume_ms, recording.watched, "
            "recording.probe_warning, recording.added_at \n"
            "FROM recording \n"
            "WHERE recording.session_id = :session_id_1 ORDER BY recording.id, recording.id"
        ),
        params={},
        inputs=(("id", "session_id_1"),),
        expanding=(),
        columns=(
            "id",
            "session_id",
            "original_name",
            "media_type",
            "size",
            "sha256",
            "stored_path",
            "linked",
            "duration_ms",
            "container",
            "video_codec",
            "audio_codec",
            "width",
            "height",
            "resume_ms",
            "watched",
            "probe_warning",
            "added_at",
        ),
        kinds=(
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "bool",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "bool",
            "",
            "datetime",
        ),
    ),
    "links": Statement(
        sql=(
            "SELECT link.id, link.session_id, link.kind, link.url, link.label, link.ord \n"
            "FROM link \n"
            "WHERE link.session_id = :session_id_1 ORDER BY link.ord, link.id"
        ),
        params={},
        inputs=(("id", "session_id_1"),),
        expanding=(),
        columns=("id", "session_id", "kind", "url", "label", "ord"),
        kinds=("", "", "", "", "", ""),
    ),
    "chapters": Statement(
        sql=(
            "SELECT chapter.id, chapter.recording_id, chapter.start_ms, chapter.end_ms, "
            "chapter.title, chapter.appearance_id \n"
            "FROM chapter \n"
            "WHERE chapter.recording_id IN (__[POSTCOMPILE_recording_id_1]) ORDER BY "
            "chapter.recording_id, chapter.start_ms, chapter.id"
        ),
        params={},
        inputs=(("ids", "recording_id_1"),),
        expanding=("recording_id_1",),
        columns=("id", "recording_id", "start_ms", "end_ms", "title", "appearance_id"),
        kinds=("", "", "", "", "", ""),
    ),
    "notes": Statement(
        sql=(
            "SELECT note.id, note.recording_id, note.at_ms, note.text, note.created_at \n"
            "FROM note \n"
            "WHERE note.recording_id IN (__[POSTCOMPILE_recording_id_1]) ORDER BY "
            "note.recording_id, note.at_ms, note.id"
        ),
        params={},
        inputs=(("ids", "recording_id_1"),),
        expanding=("recording_id_1",),
        columns=("id", "recording_id", "at_ms", "text", "created_at"),
        kinds=("", "", "", "", "datetime"),
    ),
    "tracks": Statement(
        sql=(
            "SELECT subtitle_track.id, subtitle_track.recording_id, "
            "subtitle_track.original_name, subtitle_track.stored_path, "
            "subtitle_track.sha256, subtitle_track.language, subtitle_track.label, "
            "subtitle_track.engine, subtitle_track.engine_model, subtitle_track.made_at, "
            "subtitle_track.chosen \n"
            "FROM subtitle_track \n"
            "WHERE subtitle_track.recording_id IN (__[POSTCOMPILE_recording_id_1]) ORDER BY "
            "subtitle_track.recording_id, subtitle_track.id, subtitle_track.id"
        ),
        params={},
        inputs=(("ids", "recording_id_1"),),
        expanding=("recording_id_1",),
        columns=(
            "id",
            "recording_id",
            "original_name",
            "stored_path",
            "sha256",
            "language",
            "label",
            "engine",
            "engine_model",
            "made_at",
            "chosen",
        ),
        kinds=("", "", "", "", "", "", "", "", "", "datetime", "bool"),
    ),
    "cue_counts": Statement(
        sql=(
            "SELECT transcript_cue.track_id, count(*) AS count_1 \n"
            "FROM transcript_cue \n"
            "WHERE transcript_cue.track_id IN (__[POSTCOMPILE_track_id_1]) GROUP BY "
            "transcript_cue.track_id"
        ),
        params={},
        inputs=(("ids", "track_id_1"),),
        expanding=("track_id_1",),
        columns=("track_id", "count"),
        kinds=("", ""),
    ),
    "tags": Statement(
        sql=(
            "SELECT tag.name \n"
            "FROM tag JOIN session_tag ON session_tag.tag_id = tag.id \n"
            "WHERE session_tag.session_id = :session_id_1 ORDER BY tag.name"
        ),
        params={},
        inputs=(("id", "session_id_1"),),
        expanding=(),
        columns=("name",),
        kinds=("",),
    ),
    "setting": Statement(
        sql=('SELECT setting.value \nFROM setting \nWHERE setting."key" = :key_1'),
        params={},
        inputs=(("key", "key_1"),),
        expanding=(),
        columns=("value",),
        kinds=("",),
    ),
}
