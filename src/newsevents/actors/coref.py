"""What an article has said so far about who is who: the memory of within-article coreference.

Rule-based and left to right, no model: a later bare surname ("Horne") takes the actor of the
earlier full name ("Emily Horne"); `he`/`she` as a subject take the most recent person;
`they` the most recent group or organisation; a definite title without a name ("the Russian
leader", "the president") the most recent person with that country and office.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsevents.actors.aliases import normalize_name
from newsevents.records import Actor

# how far back (in sentences) a pronoun or a bare title looks for the actor it refers to
MAX_SENTENCES_BACK = 4
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"they"})


@dataclass(frozen=True, slots=True)
class Antecedent:
    sentence: int
    actor: Actor
    person: str | None  # knowledge-base person id, when known
    kind: str  # person | group | other


@dataclass(slots=True)
class Memory:
    names: dict[str, Antecedent] = field(default_factory=dict)
    history: list[Antecedent] = field(default_factory=list)

    def remember(self, antecedent: Antecedent, name: str | None = None, aliases: tuple[str, ...] = ()) -> None:
        """Record a resolved mention; a named person also under its full name and surname."""
        self.history.append(antecedent)
        for text in (name, *aliases):
            if text:
                self.names[normalize_name(text)] = antecedent
                self.names[normalize_name(text.split()[-1])] = antecedent

    def by_name(self, text: str) -> Antecedent | None:
        """Return the earlier person called `text` (full name first, then surname)."""
        return self.names.get(normalize_name(text)) or self.names.get(normalize_name(text.split()[-1]))

    def by_pronoun(self, pronoun: str, sentence: int) -> Antecedent | None:
        """Return the most recent fitting actor for a subject pronoun, or None."""
        kinds = {"person"} if pronoun in PERSON_PRONOUNS else {"group"}
        return self._recent(sentence, lambda a: a.kind in kinds)

    def by_title(self, country: str | None, role: str | None, office: str, sentence: int) -> Antecedent | None:
        """Return the most recent person holding `office` (and of `country`, when given)."""
        office = office.lower()

        def fits(a: Antecedent) -> bool:
            if a.kind != "person" or (country and a.actor.country != country):
                return False
            held = (a.actor.office or "").lower()
            return held.endswith(office) if not country else (held.endswith(office) or a.actor.role == role)

        return self._recent(sentence, fits)

    def _recent(self, sentence: int, fits) -> Antecedent | None:
        for antecedent in reversed(self.history):
            if sentence - antecedent.sentence > MAX_SENTENCES_BACK:
                return None
            if fits(antecedent):
                return antecedent
        return None
