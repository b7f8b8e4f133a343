"""schema.org Event data a page embeds as JSON-LD: title, start, series, performers, recording."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from webinar_archive.domain.model import LinkDraft, LinkKind, SpeakerDraft


@dataclass(slots=True)
class EventData:
    title: str | None = None
    date: dt.date | None = None
    start_time: dt.time | None = None
    timezone: str | None = None
    series: str | None = None
    language: str | None = None
    url: str | None = None  # the event page's own web address
    speakers: list[SpeakerDraft] = field(default_factory=list)
    links: list[LinkDraft] = field(default_factory=list)


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list) and value:
        return _text(value[0])
    return None


def _is_event(item: dict[str, object]) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.endswith("Event") for k in kinds)


def _people(value: Any) -> list[SpeakerDraft]:
    people = value if isinstance(value, list) else [value]
    found = []
    for person in people[:200]:
        if isinstance(person, str):
            name, org, position = person, None, None
        elif isinstance(person, dict):
            name = _text(person.get("name")) or ""
            org = _text(person.get("affiliation")) or _text(person.get("worksFor"))
            position = _text(person.get("jobTitle"))
        else:
            continue
        if name.strip():
            found.append(SpeakerDraft(name=name.strip(), organisation=org, position=position))
    return found


def event_data(items: list[dict[str, object]]) -> EventData | None:
    """The first Event among ``items``, or None; malformed values are skipped."""
    event = next((item for item in items if _is_event(item)), None)
    if event is None:
        return None
    data = EventData(title=_text(event.get("name")), language=_text(event.get("inLanguage")))
    url = _text(event.get("url"))
    if url and url.lower().startswith(("http://", "https://")):
        data.url = url
    start = _text(event.get("startDate"))
    if start:
        try:
            moment = dt.datetime.fromisoformat(start.replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is not None:
            data.date = moment.date()
            if "T" in start:
                data.start_time = moment.time().replace(tzinfo=None)
                offset = moment.strftime("%z")
                data.timezone = f"UTC{offset[:3]}:{offset[3:]}" if offset else None
    data.series = _text(event.get("superEvent"))
    for key in ("performer", "performers"):
        if key in event:
            data.speakers = _people(event[key])
    for key in ("recordedIn", "video"):
        recorded = event.get(key)
        url = (
            recorded.get("url") or recorded.get("contentUrl")
            if isinstance(recorded, dict)
            else None
        )
        if isinstance(url, str) and url:
            data.links.append(LinkDraft(LinkKind.RECORDING, url, _text(recorded) or "recording"))
    return data
