"""Walks over one sentence's parse that the coder needs: clauses, conjuncts, who says so.

`SentenceView` wraps the article's tokens with the mention index, so that every question
("whose actor is this token?", "which verb reports this clause?") is answered in one place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsevents.events.data import load_slot_prepositions
from newsevents.nlp.tokens import DependencyTree
from newsevents.records import Actor, Mention, Token

# dependents that open a clause of their own: a time or status word below them is not ours
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "conj", "xcomp", "csubj"})
# dependents that introduce a prepositional phrase
PREPOSITION_DEPS = frozenset({"prep", "agent", "dative"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# entity labels of a number, share or span that measures out its "of" phrase ("hundreds of
# rebels", "ten days of naval drills"), as the nouns of measure_nouns.tsv do by their lemma
MEASURE_LABELS = frozenset({"CARDINAL", "PERCENT", "QUANTITY", "DATE", "TIME"})  # "four hours of talks"
# how far `reporting_verb_above` climbs from an event word to the verb that reports it
MAX_REPORT_CLIMB = 6
# how a noun event hangs on the verb that carries it: "imposed *sanctions*", "*sanctions* were imposed"
CARRIED_DEPS = ("dobj", "nsubjpass")
# prepositions whose object says whose a phrase is ("by", "of", "from") or whom it serves
OWNER_PREPOSITIONS = ("by", "of", "from")
# how the parser may hang a name of a list of names on the name before it: as its apposition
# ("Chile, Peru and Bolivia" read as "Chile, [Peru and Bolivia]") or its modifier
LIST_MISPARSE_DEPS = frozenset({"appos", "nmod", "compound"})
# how a mention names a town, a region or a seat of power: never a member of a list of names
NAME_PLACE_MENTIONS = ("place:", "province:", "capital:")


def of_country(actor: Actor, country: str) -> Actor:
    """Return the actor as the same role of `country` ("police" of Egypt: EGYCOP)."""
    return Actor(country + (actor.role or ""), country, actor.role, actor.name, actor.office)


@dataclass(frozen=True, slots=True)
class SentenceView:
    tree: DependencyTree
    mention_at: dict[int, Mention]
    reporting_verbs: frozenset[str]
    support_verbs: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    condition_marks: frozenset[str] = frozenset()  # words that open a threat's condition ("if", "unless")
    relational_nouns: frozenset[str] = frozenset()  # nouns whose possessor is someone else ("ally")
    measure_nouns: frozenset[str] = frozenset()  # nouns that stand for their "of" phrase ("a wave of")
    particle_words: frozenset[str] = frozenset()  # particles the parser may take for prepositions ("out")
    journey_verbs: frozenset[str] = frozenset()  # verbs whose "for" carries a noun event ("arrived for talks")
    carrier_prepositions: frozenset[str] = frozenset()  # by which any verb carries one ("placed under arrest")
    causative_verbs: frozenset[str] = frozenset()  # verbs whose object is let or made to act ("let")
    ethnic_markers: frozenset[str] = frozenset()  # adjectives of an ethnicity ("ethnic Albanians")
    refusal_auxiliaries: frozenset[str] = frozenset()  # whose negation is a refusal ("will not")
    actor_pronouns: frozenset[str] = frozenset()  # pronouns that may stand for the speaker ("it", "we")
    place_prepositions: frozenset[str] = frozenset()  # where an event happens ("in", "at")
    locating_prepositions: frozenset[str] = frozenset()  # those and what it is near ("near", "outside")
    cargo_verbs: frozenset[str] = frozenset()  # by which a vehicle carries its load ("a ship *carrying* aid")
    own_act_nouns: frozenset[str] = frozenset()  # whose possessor does the infinitive's act ("Finland's *decision* to close")
    # a mention's first word -> the further actors it names (a dictionary entry's compound code)
    fellows: Mapping[int, tuple[Actor, ...]] = field(default_factory=dict)
    # prepositions of the parse walks by kind ("accused Y *of* shelling": gerund), slot_prepositions.tsv
    slot_prepositions: Mapping[str, tuple[str, ...]] = field(default_factory=load_slot_prepositions)

    @property
    def tokens(self) -> Sequence[Token]:
        return self.tree.tokens

    def actor_of(self, token: Token) -> Actor | None:
        """Return the actor of the mention that covers `token` ("Russian troops" -> RUSMIL)."""
        mention = self.mention_at.get(token.i)
        return mention.actor if mention else None

    def actors_of(self, token: Token) -> list[Actor]:
        """Return the actors of the mention that covers `token`: one, or each of a dictionary
        entry's compound code ("the Shire" of THE_SHIRE [FRO/BIL/SAM] names three)."""
        mention = self.mention_at.get(token.i)
        if mention is None or mention.actor is None:
            return []
        return [mention.actor, *self.fellows.get(mention.first_token, ())]

    def actors_in(self, head: Token, exclude: set[str], deep: bool = False) -> list[Actor]:
        """Return the actors of `head` and its conjuncts; with `deep`, else the first one inside
        its phrase ("near the border with Ukraine" -> UKR), which "Russian demands" is not."""
        found = [a for t in self.conjuncts(head) for a in self.actors_of(t) if a.code not in exclude]
        found += [a for t in self.conjuncts(head) for a in self._coordinated_owners(t) if a.code not in exclude]
        if found or not deep:
            return found
        for token in self._phrase_words(head):
            mention = self.mention_at.get(token.i)
            if mention and mention.actor and mention.actor.code not in exclude:
                return [a for a in self.actors_of(token) if a.code not in exclude]
        return []

    def _phrase_words(self, head: Token) -> list[Token]:
        """Return the words of a phrase without its relative clauses: what "a bill *that critics
        say mirrors a Russian law*" says of the bill names no party to the event."""
        found, frontier = [head], [head]
        while frontier:
            below = [c for c in self.tree.children(frontier.pop()) if c.dep != "relcl"]
            found += below
            frontier += below
        return sorted(found, key=lambda t: t.i)

    def _coordinated_owners(self, head: Token) -> list[Actor]:
        """Return the other countries' groups a coordinated modifier names: "*U.S.* and Russian
        negotiators" are American negotiators too, "French and *Egyptian* warships" Egyptian ones,
        and so are those of an "of" phrase: "the navies of Chile and *Peru*"."""
        group = self.actor_of(head)
        if group is None or not group.role or not group.country:
            return []
        found = []
        of_object = self.prep_object(head, "of")
        modifiers = [m for m in self.tree.children(head) if m.dep in ("amod", "nmod", "compound")]
        for modifier in modifiers + ([of_object] if of_object is not None else []):
            if not any(c.dep == "conj" for c in self.tree.children(modifier)):
                continue
            for word in self.conjuncts(modifier):
                owner = self.actor_of(word)
                if owner and owner.country and owner.country != group.country and not owner.role:
                    found.append(of_country(group, owner.country))
        return found

    def conjuncts(self, token: Token) -> list[Token]:
        """Return `token` and the words coordinated with it ("Biden and Putin"), reading two
        misparses of a list of names as the list they are (`_listed_in`, `_stranded`)."""
        found, frontier = [token], [token]
        while frontier:
            node = frontier.pop()
            words = [c for c in self.tree.children(node) if c.dep == "conj" and not self._hung_on_role(c)]
            for word in words + self._listed_in(node) + self._stranded(node):
                if all(word.i != f.i for f in found):
                    found.append(word)
                    frontier.append(word)
        return found

    def _bare_name(self, token: Token) -> Actor | None:
        """Return the actor of a name that stands for a whole country or body ("Chile", "NATO"),
        not a role ("police"), a person's office or a town."""
        mention = self.mention_at.get(token.i)
        actor = mention.actor if mention else None
        if actor is None or actor.role or mention.how.startswith(NAME_PLACE_MENTIONS):
            return None
        return actor if actor.country is not None or actor.code else None

    def _bare_role(self, token: Token) -> bool:
        """Whether the word is a role noun of no known country ("police", "lawmakers")."""
        actor = self.actor_of(token)
        return actor is not None and actor.country is None and bool(actor.role) and actor.code == actor.role

    def _listed_in(self, token: Token) -> list[Token]:
        """Return the names the parser hung on a name as its apposition or modifier, in a list
        of names joined by "and": in "Chile, Peru, Bolivia and Ecuador" read as "Chile, [Peru,
        Bolivia and Ecuador]" or "Chile and the [neighbouring] Peru" read as "[Chile and the
        neighbouring] Peru", each name is a member. An apposition naming the same actor
        ("Myanmar, Burma") or a role, office or town ("Kyiv, the capital") is no member."""
        actor = self._bare_name(token)
        if actor is None:
            return []
        listed = []
        for child in self.tree.children(token):
            other = self._bare_name(child) if child.dep in LIST_MISPARSE_DEPS else None
            if other is None or other.code == actor.code or self.mention_at[child.i] is self.mention_at[token.i]:
                continue
            below = self.tree.children(child)
            if child.dep == "appos":
                joined = any(c.dep == "conj" for c in below) or any(
                    c.dep == "conj" and c.i > child.i for c in self.tree.children(token))
            else:
                joined = any(c.dep in ("cc", "conj") for c in below)
            if joined:
                listed.append(child)
        return listed

    def _place_objects(self, holder: Token) -> list[Token]:
        """Return the countries of the place or owner phrases of a role noun and of the role
        nouns coordinated with it: "lawmakers and officials *in Chile*"."""
        roles = [holder] + [c for c in self.tree.children(holder) if c.dep == "conj" and self._bare_role(c)]
        return [o for r in roles for p in self.tree.children(r)
                if p.dep == "prep" and (p.text.lower() in self.place_prepositions or p.text.lower() in OWNER_PREPOSITIONS)
                for o in self.tree.children(p) if o.dep == "pobj" and self._bare_name(o) is not None]

    def _hung_on_role(self, conj: Token) -> bool:
        """Whether a country the parser coordinated with a role noun belongs to the role's place
        phrase before it: in "police in Kenya and Uganda", read as "[police in Kenya] and
        Uganda", Uganda is where police also act, not a party of its own."""
        holder = self.tokens[conj.head]
        if conj.head == conj.i or self._bare_name(conj) is None or not self._bare_role(holder):
            return False
        return any(o.i < conj.i for o in self._place_objects(holder))

    def _stranded(self, token: Token) -> list[Token]:
        """Return the countries `_hung_on_role` moves to this place phrase's object ("Kenya")."""
        if token.dep != "pobj" or token.head == token.i:
            return []
        prep = self.tokens[token.head]
        holder = self.tokens[prep.head]
        while holder.dep == "conj" and holder.head != holder.i:
            holder = self.tokens[holder.head]
        if prep.head == prep.i or not self._bare_role(holder):
            return []
        return [c for c in self.tree.children(holder) if c.dep == "conj" and c.i > token.i and self._hung_on_role(c)]

    def child(self, token: Token, dep: str, text: str | None = None) -> Token | None:
        for c in self.tree.children(token):
            if c.dep == dep and (text is None or c.text.lower() == text):
                return c
        return None

    def prep_object(self, token: Token, preposition: str) -> Token | None:
        """Return the object of `token`'s preposition ("spoke *with* Zelenskiy" -> Zelenskiy).

        A time is never the object looked for ("sanctions on Iran on Friday"), but a span of time
        of something is ("bowed to *months* of protests"); a gerund is
        ("accused Ukraine *of shelling*"); "to" tagged as a dative counts ("gave aid to Chad").
        """
        for prep in self.tree.children(token):
            if prep.dep not in PREPOSITION_DEPS or prep.text.lower() != preposition:
                continue
            objects = [c for c in self.tree.children(prep) if c.dep in ("pobj", "pcomp")] or self._stranded_object(prep)
            for obj in objects:
                # a span of time with an "of" phrase measures what it is of: "yielded to *weeks*
                # of protests" yields to the protests, not to a time
                if obj.ent_type not in TIME_LABELS or self.prep_object(obj, "of") is not None:
                    return obj
        for clause in self.tree.children(token):  # "called *for Israel* to withdraw": a clause's subject
            if self.is_subject_infinitive(clause, preposition):
                return self.tree.subject_of(clause)
        return None

    def is_subject_infinitive(self, clause: Token, preposition: str | None = None) -> bool:
        """Whether `clause` is an infinitive with a subject of its own that the parser opened with
        the preposition ("called *for Israel to withdraw*", "pushing for the US [to] support ...")
        as its marker; the subject is that preposition's object (any preposition if None)."""
        if clause.dep != "advcl" or clause.tag != "VB" or self.tree.subject_of(clause) is None:
            return False
        marks = [c for c in self.tree.children(clause) if c.dep == "mark"]
        return bool(marks) and marks[0].tag == "IN" and (
            preposition is None or marks[0].text.lower() == preposition)

    def particles(self, verb: Token) -> list[Token]:
        """Return the particles of a phrasal verb: those the parser tags so ("carried *out*"),
        and a word of particles.tsv the parser took for a preposition, whose object hangs on a
        preposition of its own ("forced the agency *out* of the country"; "according to" is none),
        or an adverb right after the verb ("the premier stepped *down* on Sunday"), which may carry
        the verb's own phrase ("workers stayed *away from* their jobs")."""
        found = []
        for child in self.tree.children(verb):
            below = {c.dep for c in self.tree.children(child)}
            stranded = child.dep == "prep" and "prep" in below and "pobj" not in below
            adverb = child.dep == "advmod" and child.i == verb.i + 1 and below <= {"prep"}
            if child.dep == "prt" or ((stranded or adverb) and child.text.lower() in self.particle_words):
                found.append(child)
        return found

    def _stranded_object(self, prep: Token) -> list[Token]:
        """Return the object of a preposition the parser left empty, read as the subject of the
        clause that follows it: "granted asylum to *ministers* hiding in ..."."""
        if prep.i + 1 >= len(self.tokens) or self.tokens[prep.i + 1].sentence != prep.sentence:
            return []
        following = self.tokens[prep.i + 1]
        while following.head != following.i and following.dep not in ("nsubj", *CLAUSE_DEPS):
            following = self.tokens[following.head]
        return [following] if following.dep == "nsubj" else []

    def cargo(self, token: Token) -> list[Token]:
        """Return what a vehicle or convoy is said to carry: "a ship *carrying relief supplies*",
        "planes *loaded with aid*" (the object, else the "with" object, of a carrying participle)."""
        loads = []
        for verb in self.tree.children(token):
            if verb.dep == "acl" and verb.lemma in self.cargo_verbs:
                objects = [c for c in self.tree.children(verb) if c.dep == "dobj"]
                loads += objects or [o for o in (self.prep_object(verb, "with"),) if o is not None]
        return loads

    def whole(self, token: Token) -> Token:
        """Return what a measure, number or part is of, which is what the text is about: "a wave
        *of airstrikes*", "ten days *of naval drills*", "dozens *of protesters*"; else the token."""
        measures = token.ent_type in MEASURE_LABELS or token.lemma in self.measure_nouns
        if measures and self.mention_at.get(token.i) is None:
            return self.prep_object(token, "of") or token
        return token

    def _measure(self, noun: Token) -> Token:
        """Return the measure whose "of" phrase `noun` is ("launched *a wave* of airstrikes"): it
        stands in the clause for the noun; else the noun itself."""
        preposition = self.tokens[noun.head]
        if noun.dep != "pobj" or preposition.text.lower() != "of" or preposition.head == preposition.i:
            return noun
        measure = self.tokens[preposition.head]
        return measure if self.whole(measure).i == noun.i else noun

    def event_noun(self, trigger: Token) -> Token:
        """Return the noun that stands for a noun event in its clause: the noun it modifies ("a
        *mediation* effort" acts as "effort"), the first of the nouns it is coordinated with
        ("launched artillery and rocket *fire*" acts as "artillery"), the measure it is the "of"
        phrase of ("began *a round* of talks"); else the trigger."""
        noun = trigger
        if noun.pos == "NOUN" and noun.dep == "compound" and self.tokens[noun.head].pos == "NOUN":
            noun = self.tokens[noun.head]
        while noun.pos == "NOUN" and noun.dep == "conj" and self.tokens[noun.head].pos == "NOUN":
            noun = self.tokens[noun.head]
        return self._measure(noun) if noun.pos == "NOUN" else noun

    def event_verb(self, trigger: Token) -> Token:
        """Return the verb that carries a noun event ("*imposed* sanctions", "*arrived* for
        talks", "*launched* a mediation effort", "*placed* under arrest"), else the trigger."""
        noun = self.event_noun(trigger)
        if noun.pos != "NOUN" or noun.head == noun.i:
            return trigger
        head = self.tokens[noun.head]
        if noun.dep in CARRIED_DEPS:
            return head
        if noun.dep == "pobj" and head.text.lower() == "for" and self.tokens[head.head].lemma in self.journey_verbs:
            return self.tokens[head.head]
        if noun.dep == "pobj" and head.text.lower() in self.carrier_prepositions and self.tokens[head.head].pos == "VERB":
            return self.tokens[head.head]  # "*put* under investigation", "*placed* under arrest"
        return trigger

    def is_infinitive_complement(self, token: Token) -> bool:
        """Whether `token` heads an infinitive its governor controls: an xcomp, or a "to"
        clause of no subject the small model calls an adverbial ("have sworn *to fight*")."""
        if token.dep == "xcomp":
            return True
        children = self.tree.children(token)
        return (token.dep == "advcl" and any(c.dep == "aux" and c.text.lower() == "to" for c in children)
                and not any(c.dep in ("nsubj", "nsubjpass") for c in children))

    def carrying_verb(self, trigger: Token) -> Token | None:
        """Return the verb whose subject and place a noun event shares: a support verb ("*the
        EU* imposed sanctions *in May*"), or one it is not the object of ("put under
        investigation *in Morocco*"); a verb with a meaning of its own shares none ("Russia
        condemned the attack")."""
        verb = self.event_verb(trigger)
        if verb is trigger:
            return None
        if self.event_noun(trigger).dep in CARRIED_DEPS and (
                verb.lemma not in self.support_verbs or self.names_its_object(verb)):
            return None
        return verb

    def is_object_of_other_act(self, trigger: Token) -> bool:
        """Whether a noun event is the object of a verb with a meaning of its own, which speaks
        about it rather than doing it ("Japan will *raise* the detention of its nationals")."""
        verb = self.event_verb(trigger)
        return verb is not trigger and self.event_noun(trigger).dep in CARRIED_DEPS and self.carrying_verb(trigger) is None

    def names_its_object(self, verb: Token) -> bool:
        """Whether `verb` says what its object is rather than doing it: an object predicate
        ("Pyongyang called *the drills* a rehearsal") turns a support verb into one of naming."""
        return any(child.dep == "oprd" for child in self.tree.children(verb))

    def clause_root(self, trigger: Token) -> Token:
        """Return the verb whose clause a trigger belongs to (an adjective's copula: "is ready")."""
        if trigger.pos == "ADJ" and trigger.dep in ("acomp", "attr") and trigger.head != trigger.i:
            return self.tokens[trigger.head]
        return trigger

    def own_clause(self, trigger: Token) -> list[Token]:
        """Return the trigger's clause without the clauses embedded in it."""
        root = self.clause_root(trigger)
        excluded: set[int] = set()
        whole = self.tree.subtree(root)
        for token in whole:
            if token.i != root.i and token.dep in CLAUSE_DEPS and token.i not in excluded:
                excluded.update(t.i for t in self.tree.subtree(token))
        return [t for t in whole if t.i not in excluded]

    def is_passive(self, trigger: Token, subject: Token) -> bool:
        """Whether `subject` is the passive subject of the trigger's own clause ("Ukraine was
        attacked"), not of a verb it hangs from ("Japan is expected to meet ...")."""
        return subject.dep == "nsubjpass" and subject.head == self.clause_root(trigger).i

    def subject(self, trigger: Token) -> Token | None:
        """Return who acts in the trigger's clause; in "urged the West to meet", the object
        of the governing verb acts in the infinitive (object control)."""
        root = self.clause_root(trigger)
        if root.dep == "xcomp" and root.head != root.i:
            controller = self.child(self.tokens[root.head], "dobj")
            if controller is not None:
                return controller
        if root.dep == "acl" and root.tag == "VBG":
            return self._participle_agent(root)
        if root.dep == "acl" and any(c.dep == "aux" and c.text.lower() == "to" for c in self.tree.children(root)):
            return self._purpose_agent(root)
        own = self.tree.subject_of(root)
        if own is not None and own.tag in ("WP", "WDT") and own.dep == "nsubj" and root.dep == "relcl" and root.head != root.i:
            # a relative pronoun that acts stands for the noun its clause describes: "Erdogan, *who*
            # spoke with Putin", "Japan, *which* froze its aid" (the parser tags "who", "which",
            # "that" WP/WDT); one that undergoes a passive stays unresolved ("workers who were seized")
            return self.tokens[root.head]
        if own is None and root.dep == "ccomp" and root.head != root.i:
            # "Gunmen *believed to belong* to the group kidnapped two priests": the parser makes the
            # participle of a reduced relative the main verb and the act its complement
            governor = self.tokens[root.head]
            if governor.tag in ("VBN", "VBD") and any(c.dep == "xcomp" and governor.i < c.i < root.i
                                                      for c in self.tree.children(governor)):
                return self.tree.subject_of(governor)
        return own

    def gerund_governor(self, gerund: Token) -> Token | None:
        """Return the verb a gerund after "of", "for" or "from" says what it is about ("*accused*
        Ethiopia of bombing"), else None."""
        if gerund.dep != "pcomp" or gerund.head == gerund.i:
            return None
        preposition = self.tokens[gerund.head]
        if preposition.text.lower() not in self.slot_prepositions["gerund"] or preposition.head == preposition.i:
            return None
        verb = self.tokens[preposition.head]
        if verb.dep == "dobj" and verb.head != verb.i:  # the parser hung it on the object: "accused [troops of killing]"
            verb = self.tokens[verb.head]
        return verb if verb.pos == "VERB" else None

    def _purpose_agent(self, infinitive: Token) -> Token | None:
        """Return who acts in an infinitive that says what an object is for: its own subject
        ("a deadline for *Iraq* to withdraw"), else whom the object is addressed to ("an
        ultimatum to *Syria* to stop the shelling"), else whoever took it ("*the king* has taken
        steps to expand freedoms"); an object of no verb ("a plan to expand ...") names no one."""
        own = self.tree.subject_of(infinitive)
        if own is not None:
            return own
        noun = self.tokens[infinitive.head]
        possessor = self.child(noun, "poss") if noun.lemma in self.own_act_nouns else None
        if possessor is not None and possessor.pos != "PRON":  # "*Finland's* decision to close the border"
            return possessor
        if noun.dep != "dobj" or noun.head == noun.i:
            return None
        return self.prep_object(noun, "to") or self.tree.subject_of(self.tokens[noun.head])

    def _participle_agent(self, participle: Token) -> Token | None:
        """Return who acts in a participle modifying a noun: the noun when it is an actor
        ("protesters *demanding* reforms"), else whoever issued it ("the PKK issued a
        declaration *demanding* ...")."""
        noun = self.tokens[participle.head]
        if self.actor_of(noun) is not None or noun.dep != "dobj":
            return noun
        return self.tree.subject_of(self.tokens[noun.head])

    def reporting_verb_above(self, trigger: Token) -> Token | None:
        """Return the verb that reports the trigger's clause ("X said Y met Z"; "Y met Z, X said")."""
        node = self.clause_root(trigger)
        for _ in range(MAX_REPORT_CLIMB):
            for c in self.tree.children(node):
                if c.dep == "parataxis" and c.lemma in self.reporting_verbs:
                    return c
            if node.head == node.i:
                return None
            node = self.tokens[node.head]
            if node.lemma in self.reporting_verbs and node.pos == "VERB":
                return node
        return None

    def according_to(self, trigger: Token) -> Token | None:
        """Return the object of "according to" in the trigger's sentence."""
        for token in self.tree.sentence_of(trigger):
            if token.text.lower() == "according":
                to = self.child(token, "prep", "to")
                return self.child(to, "pobj") if to else None
        return None
