"""The words of a generated library: what its summaries, titles, slides and transcripts say.

Real archives are not bags of independent words. What decides search speed is how many sessions a
word is in (its document frequency), and in real text that is shaped by three things this model
keeps:

* **Function words** ("the", "of", "and") are nearly half of all tokens and are in every session.
* **Topics make words bursty.** A session is about one theme (hydrogen, health, textiles ...) and
  its topical words come back again and again in it while most other sessions never use them, so
  "hydrogen" is in a few thousand sessions of 100,000, not in all of them as an independent draw
  from one global distribution would make it. A few domain words ("innovation", "cluster",
  "smart specialisation") are common to the whole archive, as they are on a cluster site.
* **Names are many.** People, organisations and places come from large pools with a skewed
  popularity; a summary names its own speakers and a place, not random ones.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass


def _split(words: str) -> list[str]:
    return words.split()


FUNCTION = _split(
    "the of and to in a for on with as by is are we will this that from at our it be how their "
    "can which about new more also an its has have was were into through between across all "
    "these they there not but or one two first other most such each both than when where"
)
GENERIC = _split(
    "project projects approach experience results support development local national european "
    "public private stakeholders partners actors example examples session webinar presentation "
    "discussion questions challenges opportunities strategy strategies implementation good "
    "practice practices lessons learned tools methods impact evaluation capacity level levels "
    "future needs process processes initiative initiatives programme programmes model models "
    "approaches key role areas area sector sectors companies businesses citizens community "
    "communities services solutions framework frameworks priorities priority actions action "
    "case cases study studies knowledge exchange learning"
)
DOMAIN = _split(
    "innovation cluster clusters region regions regional policy cooperation funding partnership "
    "stakeholders ecosystem investment territorial cohesion governance industry skills research "
    "platform data network transition startups SMEs sustainability interreg"
)
DOMAIN_PHRASES = (
    "smart specialisation",
    "circular economy",
    "digital transformation",
    "interregional cooperation",
    "value chain",
    "regional development",
    "innovation ecosystem",
    "green transition",
)
TOPICS: dict[str, Sequence[str]] = {
    "Hydrogen": _split("hydrogen electrolysers fuel valleys refuelling ammonia pipelines"),
    "Health": _split("health telemedicine hospital patients ageing care diagnostics"),
    "Tourism": _split("tourism visitors hospitality destinations seasonal heritage routes"),
    "Textiles": _split("textile fashion fibres heritage garments dyeing recycling"),
    "Agri-food": _split("agriculture farmers food dairy crops farming nutrition"),
    "Maritime": _split("maritime ports shipping fisheries offshore coastal aquaculture"),
    "Mobility": _split("mobility transport railways electric vehicles logistics charging"),
    "Energy": _split("energy renewables solar wind grids efficiency heating"),
    "Manufacturing": _split("manufacturing factories automation robotics machining suppliers"),
    "Digital": _split("digital software cybersecurity cloud artificial intelligence platforms"),
    "Forestry": _split("forestry timber wood biomass forests bioeconomy pulp"),
    "Space": _split("space satellites earth observation launchers downstream galileo"),
    "Creative industries": _split("creative design music film games festivals artists"),
    "Water": _split("water wastewater drought rivers irrigation utilities flooding"),
    "Construction": _split("construction buildings renovation housing architects materials"),
    "Batteries": _split("batteries lithium cells recycling gigafactory cathode storage"),
    "Mining": _split("mining raw minerals quarries extraction metals tailings"),
    "Education": _split("education universities students schools teachers curricula training"),
    "Biotech": _split("biotech pharmaceuticals genomics vaccines laboratories enzymes"),
    "Climate": _split("climate adaptation emissions carbon resilience mitigation heatwaves"),
    "Microelectronics": _split("microelectronics chips semiconductors photonics sensors wafers"),
    "Aerospace": _split("aerospace aircraft drones aviation airports composites"),
    "Culture": _split("culture museums libraries archives theatres heritage"),
    "Social economy": _split("social cooperatives inclusion volunteers housing welfare"),
}
GIVEN = [
    "Sławomir",
    "Anaïs",
    "Søren",
    "Jürgen",
    "Zoë",
    "Łukasz",
    "Małgorzata",
    "José",
    "Ana",
    "François",
    "Kevin",
    "Ilari",
    "Valentina",
    "Åsa",
    "Göran",
    "Núria",
    "Tomáš",
    "Ewa",
    "Bjørn",
    "Hélène",
    "Đorđe",
    "Mateja",
    "Ciarán",
    "Iñaki",
]
FAMILY = [
    "Tokarski",
    "Le Corvec",
    "Ødegård",
    "Müller",
    "Nowak",
    "Kowalski",
    "Jiménez",
    "Šimić",
    "Pinna",
    "Havukainen",
    "Morgan",
    "Dubois",
    "Łęcki",
    "Grünwald",
    "Åkesson",
    "Ó Briain",
    "Zieliński",
    "Van der Berg",
    "García",
    "Novák",
]
PLACES = ["Łódź", "Kraków", "Gdańsk", "Tromsø", "Málaga", "Zürich", "Köln", "Lapland", "Cluj"]
ORGS = [
    ("European Commission", "EC"),
    ("Cardiff University", None),
    ("SINTEF", None),
    ("Uniwersytet Łódzki", "UŁ"),
    ("Regional Council of Lapland", None),
    ("Fraunhofer-Gesellschaft", "FhG"),
    ("Politecnico di Milano", "PoliMi"),
]
ORG_KINDS = (
    "University",
    "Regional Development Agency",
    "Chamber of Commerce",
    "Innovation Cluster",
    "Technology Park",
    "City Council",
    "Research Institute",
    "Business Support Centre",
)
SERIES_KINDS = ("Webinar Series", "Knowledge Exchange", "Policy Talks", "Peer Learning")
SYLLABLES = _split(
    "ka lo mi ne tru sta vel dor pi ran ska po le qui zen bar ma ri ton ges lu fa nor di "
    "bre sil um cha vor te ak isk ol ven gra mo"
)


def zipf_cumulative(n: int, exponent: float = 1.0, offset: int = 0) -> list[float]:
    """Cumulative Zipf weights; ``offset`` drops the head of the curve (for a long tail whose
    most used words are still rare, the common ones being the other pools)."""
    return list(itertools.accumulate(1.0 / (rank + 1 + offset) ** exponent for rank in range(n)))


class Pool:
    """Words (or names) with Zipf popularity: rank 1 is the most used."""

    def __init__(
        self, rng: random.Random, items: Sequence[str], exponent: float = 1.0, offset: int = 0
    ) -> None:
        self.rng = rng
        self.items = list(items)
        self.cumulative = zipf_cumulative(len(self.items), exponent, offset)

    def take(self, k: int) -> list[str]:
        if k <= 0:
            return []
        return self.rng.choices(self.items, cum_weights=self.cumulative, k=k)

    def one(self) -> str:
        return self.take(1)[0]


def pseudo_words(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """``count`` new made-up words of 2 to 4 syllables, none of them in ``taken``."""
    words: list[str] = []
    while len(words) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in taken:
            taken.add(word)
            words.append(word)
    return words


def mixed_in(rng: random.Random, common: list[str], rare: list[str], every: int) -> list[str]:
    """``rare`` (the listed names) placed one every ``every`` ranks among ``common`` ones."""
    result = list(common)
    for i, item in enumerate(rare):
        result.insert(min(len(result), 2 + i * every + rng.randrange(every)), item)
    return result


@dataclass
class Mix:
    """Shares of the tokens of one kind of text."""

    function: float
    generic: float
    domain: float
    topic: float
    second: float
    tail: float


SUMMARY = Mix(0.42, 0.18, 0.08, 0.20, 0.05, 0.07)
TITLE = Mix(0.10, 0.25, 0.25, 0.30, 0.05, 0.05)
SLIDE = Mix(0.20, 0.25, 0.10, 0.30, 0.05, 0.10)
SPEECH = Mix(0.50, 0.17, 0.07, 0.16, 0.04, 0.06)


class Corpus:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        taken = {w.lower() for w in FUNCTION + GENERIC + DOMAIN}
        for words in TOPICS.values():
            taken |= set(words)
        self.function = Pool(rng, FUNCTION)
        self.generic = Pool(rng, GENERIC)
        self.domain = Pool(rng, DOMAIN)
        self.topics = list(TOPICS)
        self.topic_words = {
            name: Pool(rng, list(words) + pseudo_words(rng, 150, taken), 1.1)
            for name, words in TOPICS.items()
        }
        self.tail = Pool(rng, pseudo_words(rng, 30_000, taken), 1.0, offset=300)
        self.given = Pool(
            rng, mixed_in(rng, [w.capitalize() for w in pseudo_words(rng, 300, taken)], GIVEN, 9)
        )
        self.family = Pool(
            rng,
            mixed_in(rng, [w.capitalize() for w in pseudo_words(rng, 4000, taken)], FAMILY, 40),
        )
        self.places = Pool(
            rng, mixed_in(rng, [w.capitalize() for w in pseudo_words(rng, 400, taken)], PLACES, 12)
        )

    def words(self, n: int, mix: Mix, topic: str, second: str) -> list[str]:
        shares = (
            (self.function, mix.function),
            (self.generic, mix.generic),
            (self.domain, mix.domain),
            (self.topic_words[topic], mix.topic),
            (self.topic_words[second], mix.second),
            (self.tail, mix.tail),
        )
        chosen: list[str] = []
        for pool, share in shares:
            whole = n * share
            count = int(whole) + (self.rng.random() < whole - int(whole))
            chosen += pool.take(count)
        self.rng.shuffle(chosen)
        return chosen

    def sentence(self, n: int, mix: Mix, topic: str, second: str, extra: Sequence[str] = ()) -> str:
        words = self.words(n, mix, topic, second)
        if self.rng.random() < 0.15:
            words.insert(self.rng.randrange(len(words) + 1), self.rng.choice(DOMAIN_PHRASES))
        for item in extra:
            words.insert(self.rng.randrange(len(words) + 1), item)
        text = " ".join(words)
        return text[:1].upper() + text[1:] + "."


def long_tail_words(seed: int, ranks: Sequence[int]) -> list[str]:
    """The made-up words at the given popularity ranks of the long tail of library ``seed``
    (for queries about rare things that exist in the generated library)."""
    corpus = Corpus(random.Random(seed))
    return [corpus.tail.items[r] for r in ranks]
