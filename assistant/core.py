"""The assistant: one object that every channel (CLI, chat, API) asks, built in one place."""

from __future__ import annotations

import time
from dataclasses import dataclass

from assistant.answer import Answerer, ExtractiveAnswerer
from assistant.cite import render_answer
from assistant.domain import Answer, Passage, Status
from assistant.errors import EmptyIndexError, InvalidQuestionError
from assistant.retrieve import Filters, Retriever
from assistant.settings import Settings
from assistant.texts import DISCLAIMER, MAX_QUESTION_CHARS, NOT_COVERED
from ingest.clean import clean_text
from ingest.embed import Embedder, SentenceTransformerEmbedder
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


@dataclass
class Assistant:
    retriever: Retriever
    answerer: Answerer
    embedder: Embedder
    settings: Settings

    def search(self, query: str, k: int | None = None, filters: Filters | None = None) -> list[Passage]:
        """The best passages for `query`, as the coach's reference lookup shows them."""
        return self.retriever.search(check_question(query), k or self.settings.top_k, filters)

    def ask(self, question: str, filters: Filters | None = None) -> Answer:
        """Answer from the articles, or say plainly that they don't cover the question.

        >>> assistant.ask("Does walking help sciatica?").status  # doctest: +SKIP
        <Status.ANSWERED: 'answered'>
        """
        started = time.perf_counter()
        question = check_question(question)
        vector = self.embedder.embed([question])[0]
        passages = self.retriever.search(question, self.settings.top_k, filters, query_vector=vector)
        retrieved = time.perf_counter()
        covered = [p for p in passages if p.similarity >= self.settings.min_relevance]
        draft = self.answerer.answer(question, vector, covered) if covered else None
        timings = {
            "retrieve": round((retrieved - started) * 1000, 1),
            "answer": round((time.perf_counter() - retrieved) * 1000, 1),
        }
        if draft is None or not draft.sentences:
            return Answer(
                question,
                Status.NOT_COVERED,
                f"{NOT_COVERED}\n\n{DISCLAIMER}",
                (),
                DISCLAIMER,
                timings,
            )
        return Answer(
            question,
            Status.ANSWERED,
            render_answer(draft.sentences),
            draft.citations,
            DISCLAIMER,
            timings,
        )


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
    return Assistant(retriever, answerer, embedder, settings)
