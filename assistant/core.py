"""The assistant: one object that every channel (CLI, chat, API) asks, built in one place."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer import Answerer, Draft, ExtractiveAnswerer
from assistant.cite import render_answer
from assistant.domain import Answer, Passage, SafetyDecision, SafetyLabel, Status
from assistant.errors import EmptyIndexError, InvalidQuestionError
from assistant.retrieve import Filters, Retriever
from assistant.safety import (
    check_message,
    mentions_spine,
    starts_new_topic,
    takes_back,
)
from assistant.safety_languages import mentions_spine_in_other_languages
from assistant.safety_model import OVERRULE_ADVICE, SafetyClassifier, decide
from assistant.settings import Settings
from assistant.texts import (
    CRISIS_MESSAGE,
    DISCLAIMER,
    MAX_QUESTION_CHARS,
    NOT_COVERED,
    OFF_TOPIC,
    PERSONAL_ADVICE_MESSAGE,
    PERSONAL_ADVICE_NO_INFO,
    URGENT_MESSAGE,
)
from ingest.clean import clean_text
from ingest.embed import Embedder, SentenceTransformerEmbedder, Vectors
from ingest.keyword import KeywordIndex
from ingest.pipeline import keyword_path
from ingest.store import VectorStore


def check_question(text: str) -> str:
    """The question, cleaned, or an InvalidQuestionError that says what to change."""
    if not isinstance(text, str):
        raise InvalidQuestionError("the question must be text")
    question = clean_text(text)
    if not question:
        raise InvalidQuestionError("the question is empty; type a question about back or neck pain")
    if len(question) > MAX_QUESTION_CHARS:
        raise InvalidQuestionError(
            f"the question is {len(question)} characters long; keep it under {MAX_QUESTION_CHARS}"
        )
    return question


@dataclass(frozen=True)
class Triage:
    """What the safety check made of a message, and the passages found for it."""

    question: str  # cleaned
    safety: SafetyDecision
    query: str  # the question, or the previous turn plus the question for a follow-up
    vector: Vectors
    covered: list[Passage]  # the passages close enough to quote from


@dataclass
class Assistant:
    retriever: Retriever
    answerer: Answerer
    embedder: Embedder
    classifier: SafetyClassifier
    settings: Settings

    def search(self, query: str, k: int | None = None, filters: Filters | None = None) -> list[Passage]:
        """The best passages for `query`, as the coach's reference lookup shows them."""
        return self.retriever.search(check_question(query), k or self.settings.top_k, filters)

    def triage(self, question: str, filters: Filters | None = None, history: Sequence[str] = ()) -> Triage:
        """Class a message (rules and the trained classifier) and find its passages.

        `history` holds the user's earlier messages in the same conversation, oldest first, so
        that a follow-up keeps the urgency of what came before. Off-topic messages stop before
        retrieval.
        """
        question = check_question(question)
        earlier = [turn for turn in (clean_text(t) for t in history) if turn][-3:]
        # A follow-up such as "and what about pillows?" takes its topic from the question before
        # it, both for the classifier and for retrieval.
        follow_up = earlier and not mentions_spine(question) and not starts_new_topic(question)
        query = f"{earlier[-1]} {question}" if follow_up else question
        # Whether the conversation is about the back: "none of those apply to me, what helps?"
        # after "what are the red flags for back pain?" and "which of those mean A&E?" is.
        on_spine = mentions_spine(" ".join([*earlier, question]) if follow_up else question)
        # A turn that takes back the one before ("not literally lol, what heat wraps are good?") is
        # scored on its own: joined to the turn it takes back, it reads as that turn's emergency.
        taking_back = bool(follow_up) and takes_back(question)
        texts = [query, *earlier, question] if taking_back else [query, *earlier]
        vectors = self.embedder.embed(texts)
        vector = vectors[0]
        scores = self.classifier.scores(texts, vectors)
        own_scores = scores[-1] if taking_back else scores[0]
        # An earlier turn counts unless it or a later one takes it back ("scratch that, it was
        # nothing"); the rules still read the turn that takes back, for anything new in it.
        earlier_urgent = max(
            (
                turn_scores[SafetyLabel.URGENT]
                for index, turn_scores in enumerate(scores[1 : len(earlier) + 1])
                if not takes_back("\n".join([*earlier[index:], question]))
            ),
            default=0.0,
        )
        nearest = self.classifier.nearest(vector)
        rules = check_message(question, earlier)
        safety = decide(rules, own_scores, earlier_urgent, nearest)
        # A follow-up takes its topic from a conversation about the back. The classifier has
        # learned few messages outside English, and one that names the back in Polish is about
        # the back whatever its n-grams look like to it.
        back_talk = (follow_up and on_spine) or mentions_spine_in_other_languages(question)
        if back_talk and safety.rule == "classifier" and safety.label is SafetyLabel.OFF_TOPIC:
            safety = rules
        if safety.label is SafetyLabel.OFF_TOPIC:
            return Triage(question, safety, query, vector, [])
        passages = self.retriever.search(query, self.settings.top_k, filters, query_vector=vector)
        covered = [p for p in passages if p.similarity >= self.settings.min_relevance]
        ordinary = own_scores[SafetyLabel.IN_SCOPE] >= OVERRULE_ADVICE
        if safety.label is SafetyLabel.IN_SCOPE and not covered and not on_spine and not ordinary:
            # No back words, nothing in the articles close to it, and the classifier is not sure
            # it is an ordinary question ("what do phase 1, 2 and 3 trials mean?" is).
            best = max((p.similarity for p in passages), default=0.0)
            reason = f"no back or spine words; closest passage {best:.2f}"
            safety = SafetyDecision(SafetyLabel.OFF_TOPIC, "no_spine_topic", reason)
            return Triage(question, safety, query, vector, [])
        return Triage(question, safety, query, vector, covered)

    def ask(self, question: str, filters: Filters | None = None, history: Sequence[str] = ()) -> Answer:
        """Check safety, then answer from the articles or say plainly that they don't cover it.

        >>> assistant.ask("Does walking help sciatica?").status  # doctest: +SKIP
        <Status.ANSWERED: 'answered'>
        """
        started = time.perf_counter()
        triage = self.triage(question, filters, history)
        question, safety = triage.question, triage.safety
        if safety.label is SafetyLabel.OFF_TOPIC:
            return self._reply(question, Status.OFF_TOPIC, OFF_TOPIC, None, safety, started)
        self_harm = safety.rule.endswith("self_harm")
        covered = triage.covered
        draft = (
            self.answerer.answer(triage.query, triage.vector, covered) if covered and not self_harm else None
        )
        if safety.label is SafetyLabel.URGENT:
            lead = CRISIS_MESSAGE if self_harm else URGENT_MESSAGE
            return self._reply(question, Status.URGENT, lead, draft, safety, started)
        if safety.label is SafetyLabel.PERSONAL_ADVICE:
            has_info = draft is not None and bool(draft.sentences)
            lead = PERSONAL_ADVICE_MESSAGE if has_info else PERSONAL_ADVICE_NO_INFO
            return self._reply(question, Status.PERSONAL_ADVICE, lead, draft, safety, started)
        if draft is None or not draft.sentences:
            return self._reply(question, Status.NOT_COVERED, NOT_COVERED, None, safety, started)
        return self._reply(question, Status.ANSWERED, "", draft, safety, started)

    def _reply(
        self,
        question: str,
        status: Status,
        lead: str,
        draft: Draft | None,
        safety: SafetyDecision,
        started: float,
    ) -> Answer:
        sentences = draft.sentences if draft else ()
        citations = draft.citations if draft else ()
        timings = {"total": round((time.perf_counter() - started) * 1000, 1)}
        text = render_answer(sentences, lead)
        return Answer(question, status, text, citations, DISCLAIMER, safety, timings_ms=timings)


def build_assistant(settings: Settings, embedder: Embedder | None = None) -> Assistant:
    """Wire the store, the keyword index, the model and the answer engine together.

    Raises EmptyIndexError when nothing has been ingested into `settings.data_dir` yet.
    """
    keywords_folder = keyword_path(settings)
    if not (keywords_folder / "chunks.jsonl").exists():
        raise EmptyIndexError(f"nothing is ingested in {settings.data_dir}; run `spinewise ingest` first")
    keywords = KeywordIndex.load(keywords_folder)
    if not keywords.chunks:
        raise EmptyIndexError(f"the store in {settings.data_dir} is empty; run `spinewise ingest` first")
    embedder = embedder or SentenceTransformerEmbedder(settings.embedding_model, settings.embed_batch_size)
    retriever = Retriever(VectorStore(settings), keywords, embedder, settings)
    answerer = ExtractiveAnswerer(embedder, settings.answer_sentences)
    classifier = SafetyClassifier.train(embedder, settings.data_dir / "cache")
    return Assistant(retriever, answerer, embedder, classifier, settings)
