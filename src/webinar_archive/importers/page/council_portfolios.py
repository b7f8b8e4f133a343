"""A councillor's portfolio and town read as a body: "concejala de Deportes de Villanueva",
"assessore alla Cultura di Montecastello", "radna ds. Sportu Gminy Kępice".

A council member holds a portfolio (sport, culture, transport) in a town's council: the
portfolio and the town are the office, no body of their own, so they stay in the role (the
convention of the records, tests/data/pages/README.md: a councillor given with her town names
no body). A body written as one ("Ayuntamiento de X", "Comune di Y", "City Council") is kept."""

from __future__ import annotations

import re
from collections.abc import Iterable

from webinar_archive.domain.model import SpeakerDraft
from webinar_archive.domain.text import fold

from .positions import org_like
from .unit_genitives import as_written

# Folded words for a member of a town's council, with their feminine and plural forms.
_COUNCILLOR = re.compile(
    r"(?:^|\s)(?:concejal(?:a|es|as)?|regidor(?:a|es|as)?|edil|councill?or|assessor[ea]?|"
    r"consigliere|consigliera|adjointe?|conseill(?:er|ere)\s+municipal(?:e)?|stadtr(?:at|atin)|"
    r"beigeordnete?r?|dezernent(?:in)?|radn[ya]|radni|radní|zastupitel(?:ka)?|"
    r"teniente\s+de\s+alcalde)$"
)
# What a portfolio is joined to the office and to its town by.
_JOIN = r"(?:de|del|de la|di|della|del|alla|al|allo|for|of|für|fur|pour|ds\.|pro|à la|au)"


def council_portfolio(position: str | None, org: str | None, text: str) -> str | None:
    """The role as the page writes it when ``org`` is a councillor's portfolio and town
    ("Deportes de Villanueva de Arenales" after "concejala"), else None."""
    if not position or not org or org_like(org):
        return None
    if _COUNCILLOR.search(fold(position).strip(" ,")) is None:
        return None
    pattern = re.escape(position) + rf"\s+{_JOIN}\s+" + re.escape(org)
    found = re.search(pattern, text, re.I)
    return " ".join(found.group(0).split()) if found else as_written(position, org, text)


def settle_council_portfolios(
    speakers: Iterable[SpeakerDraft], text: str, site: Iterable[str] = ()
) -> None:
    """Put each councillor's portfolio and town back in the role, in place; the site's own
    body (``site``: its names) is a body, not a portfolio ("Consigliera" of an Ordine)."""
    own = {fold(name) for name in site}
    for speaker in speakers:
        if speaker.organisation and fold(speaker.organisation) in own:
            continue
        role = council_portfolio(speaker.position, speaker.organisation, text)
        if role is not None:
            speaker.position, speaker.organisation = role, None
