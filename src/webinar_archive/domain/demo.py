"""The demo session: the EU webinar 'S3: International and territorial cooperation' (2020)."""

from __future__ import annotations

import datetime as dt

from .model import AppearanceRole, LinkDraft, LinkKind, SessionDraft, SessionStatus, SpeakerDraft

DEMO_TITLE = "S3: International and territorial cooperation"
DEMO_SERIES = "European Alliance Against Coronavirus Daily Webinar"

_SUMMARY = """\
Regional innovation strategies set high ambitions, and cooperation between territories is still \
the weakest part of them.

**Kevin Morgan** (Cardiff University) opened the session by weighing what smart specialisation \
has achieved so far and where it falls short: partnerships across borders too often stay on \
paper, and industry should lead alliances that make regions stronger.

**Anaïs Le Corvec** (CEBR) presented three cooperation projects as examples of working together \
at several levels:

- Boost4Health
- CE4BIG
- SIGs

In her view the pandemic made the case for closer collaboration between sectors and territories, \
better aligned EU funding and digital tools that serve every field.

**Valentina Pinna** (DG GROW) introduced the *Interregional Innovation Instruments* (I3): money \
and advice for mature partnerships that invest in interregional projects, and capacity building \
for value chains in less developed regions. Partners should be chosen along the value chain, she \
stressed, not because they are neighbours.

**Ilari Havukainen** (Regional Council of Lapland) described how the regions of East and Northern \
Finland work together, with shared priorities in clean and low-carbon technologies, the circular \
economy and digitisation.

**Slawomir Tokarski**, Director F – Industrial Policy and Innovation of DG GROW, closed the \
session. Clusters, he said, are central to a smarter Europe: they raise research and innovation \
capacity, spread advanced and digital technologies, build skills, support industrial transition \
and help small and medium-sized companies grow.
"""

_UPLOADS = "https://ce4big.lifescience.pl/wp-content/uploads/2020/09/"


def demo_session() -> SessionDraft:
    """The demo session as a draft, ready for ``SessionService.create``."""
    return SessionDraft(
        title=DEMO_TITLE,
        series=DEMO_SERIES,
        theme="Smart specialisation (S3)",
        date=dt.date(2020, 9, 11),
        start_time=None,
        timezone="Europe/Brussels",
        language="en",
        summary=_SUMMARY,
        source_url="https://ce4big.lifescience.pl/s3-international-and-territorial-cooperation/",
        status=SessionStatus.CATALOGUED,
        rights="Summary written for the archive; slides and recording © their authors.",
        speakers=[
            SpeakerDraft(
                "Kevin Morgan",
                "Cardiff University",
                AppearanceRole.OPENING,
                contribution=(
                    "What smart specialisation achieved and where cooperation falls short."
                ),
            ),
            SpeakerDraft(
                "Anaïs Le Corvec",
                "CEBR",
                AppearanceRole.SPEAKER,
                contribution=(
                    "Boost4Health, CE4BIG and SIGs as examples of multi-level cooperation."
                ),
            ),
            SpeakerDraft(
                "Valentina Pinna",
                "DG GROW",
                AppearanceRole.SPEAKER,
                contribution="The Interregional Innovation Instruments (I3).",
            ),
            SpeakerDraft(
                "Ilari Havukainen",
                "Regional Council of Lapland",
                AppearanceRole.SPEAKER,
                contribution="Cooperation of the regions of East and Northern Finland.",
            ),
            SpeakerDraft(
                "Slawomir Tokarski",
                "DG GROW",
                AppearanceRole.CLOSING,
                position="Director F – Industrial Policy and Innovation",
                contribution="Clusters at the heart of a smarter Europe.",
            ),
        ],
        links=[
            LinkDraft(
                LinkKind.RECORDING, "https://www.youtube.com/watch?v=Qm7f2XkLr9E", "Recording"
            ),
            LinkDraft(
                LinkKind.PRESENTATIONS,
                _UPLOADS + "EAAC_2020-09-11_Morgan_Cardiff-University.pdf",
                "Slides: Kevin Morgan, Cardiff University",
            ),
            LinkDraft(
                LinkKind.PRESENTATIONS,
                _UPLOADS + "EAAC_2020-09-11_LeCorvec_CEBR.pdf",
                "Slides: Anaïs Le Corvec, CEBR",
            ),
            LinkDraft(
                LinkKind.PRESENTATIONS,
                _UPLOADS + "EAAC_2020-09-11_Pinna_DG-GROW_I3.pdf",
                "Slides: Valentina Pinna, DG GROW",
            ),
            LinkDraft(
                LinkKind.PRESENTATIONS,
                _UPLOADS + "EAAC_2020-09-11_Havukainen_Lapland.pdf",
                "Slides: Ilari Havukainen, Regional Council of Lapland",
            ),
            LinkDraft(
                LinkKind.AGENDA,
                "https://clustercollaboration.eu/eu-cluster-alliance-upcoming-webinars",
                "Programme of the next webinars",
            ),
            LinkDraft(
                LinkKind.MORE_INFO,
                "https://ec.europa.eu/regional_policy/en/policy/themes/research-innovation/i3",
                "Interregional Innovation Instruments (I3)",
            ),
        ],
        tags=["smart specialisation", "interregional cooperation", "clusters"],
    )
