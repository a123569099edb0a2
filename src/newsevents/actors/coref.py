"""What an article has said so far about who is who: the memory of within-article coreference.

Rule-based and left to right, no model: a later bare surname ("Horne") takes the actor of the
earlier full name ("Emily Horne"); `he`/`she` as a subject take the most recent person;
`they` the most recent group or organisation named as a subject, else the most recent one; a
definite title without a name ("the Russian leader", "the president") the most recent person
with that country and office.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsevents.actors.aliases import normalize_name
from newsevents.actors.data import load_pronouns
from newsevents.records import Actor

# how far back (in sentences) a pronoun or a bare title looks for the actor it refers to
MAX_SENTENCES_BACK = 4



def is_coreferent_pronoun(word: str) -> bool:
    """Return True for a subject pronoun that refers back to a person or group named before:
    "he", "she", "they" (pronouns.tsv, kinds person and group)."""
    pronouns, word = load_pronouns(), word.lower()
    return word in pronouns["person"] or word in pronouns["group"]

@dataclass(frozen=True, slots=True)
class Antecedent:
    sentence: int
    actor: Actor
    person: str | None  # knowledge-base person id, when known
    kind: str  # person | group | other
    subject: bool = False  # named as a clause's subject: the likelier antecedent of "they"


@dataclass(slots=True)
class Memory:
    names: dict[str, Antecedent] = field(default_factory=dict)
    history: list[Antecedent] = field(default_factory=list)
    unknown: set[str] = field(default_factory=set)  # surnames of the latest people no rule resolved

    def remember(self, antecedent: Antecedent, name: str | None = None, aliases: tuple[str, ...] = ()) -> None:
        """Record a resolved mention; a named person also under its full name and surname."""
        self.history.append(antecedent)
        for text in (name, *aliases):
            if text:
                self.names[normalize_name(text)] = antecedent
                self.names[normalize_name(text.split()[-1])] = antecedent
                self.unknown.discard(normalize_name(text.split()[-1]))

    def remember_unknown(self, name: str) -> None:
        """Record a full name nothing resolves ("Bill Gates"): a later bare "Gates" is that
        person, not a namesake in the knowledge base."""
        surname = normalize_name(name.split()[-1])
        self.names.pop(surname, None)
        self.unknown.add(surname)

    def is_unknown(self, text: str) -> bool:
        """Return True when the latest person called `text` was one nothing resolved."""
        return normalize_name(text.split()[-1]) in self.unknown

    def by_name(self, text: str) -> Antecedent | None:
        """Return the earlier person called `text` (full name first, then surname)."""
        return self.names.get(normalize_name(text)) or self.names.get(normalize_name(text.split()[-1]))

    def by_pronoun(self, pronoun: str, sentence: int) -> Antecedent | None:
        """Return the most recent fitting actor for a subject pronoun, or None."""
        if pronoun in load_pronouns()["person"]:
            return self._recent(sentence, lambda a: a.kind == "person")
        # "Two bombers killed 23 people when *they* blew themselves up": the group acting, first
        return self._recent(sentence, lambda a: a.kind == "group" and a.subject) or self._recent(
            sentence, lambda a: a.kind == "group")

    def by_title(
        self, country: str | None, role: str | None, titles: tuple[str, ...], sentence: int
    ) -> Antecedent | None:
        """Return the most recent person holding one of `titles` (and of `country`, when given).

        `titles` are the names of one role row, so "the foreign secretary" finds a "Foreign
        Minister" and "the chancellor" a "Prime Minister" or "Chancellor".
        """
        wanted = tuple(t.lower() for t in titles)

        def fits(a: Antecedent) -> bool:
            if a.kind != "person" or (country and a.actor.country != country):
                return False
            held = (a.actor.office or "").lower()
            return held.endswith(wanted) or (country is not None and a.actor.role == role)

        return self._recent(sentence, fits)

    def _recent(self, sentence: int, fits) -> Antecedent | None:
        for antecedent in reversed(self.history):
            if sentence - antecedent.sentence > MAX_SENTENCES_BACK:
                return None
            if fits(antecedent):
                return antecedent
        return None
