"""The routes: each one translates HTTP to a call on the assistant or a plain function, and back."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from assistant.api import openai_compat, views
from assistant.api.access import Caller, check_rate, identify, require_admin
from assistant.api.errors import V1_ERROR_RESPONSES
from assistant.api.events import answer_events
from assistant.api.models import (
    AnswerOut,
    ArticleOut,
    ArticlePage,
    AskRequest,
    ErrorResponse,
    FeedbackExport,
    FeedbackIn,
    FeedbackRecord,
    FiltersIn,
    Health,
    Readiness,
    SearchOut,
    SearchRequest,
)
from assistant.api.services import Services
from assistant.domain import Answer
from assistant.serialize import answer_to_dict, search_to_dict


class EventStream(StreamingResponse):
    media_type = "text/event-stream"


# Before OpenAPI 3.2 the schema of an event stream describes each event, not the whole stream.
SSE_EVENT_SCHEMA = {
    "type": "object",
    "properties": {"event": {"type": "string"}, "data": {"type": "string"}, "id": {"type": "string"}},
}
EVENT_STREAM_DOC = {"text/event-stream": {"schema": SSE_EVENT_SCHEMA}}


def v1_router(services: Services) -> APIRouter:
    assistant = services.assistant
    bearer = HTTPBearer(auto_error=False, description="An API key from `spinewise keys create NAME`.")

    def caller(
        request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
    ) -> Caller:
        who = identify(services.keys, credentials.credentials if credentials else None)
        check_rate(services.limiter, who, request.client.host if request.client else "unknown")
        return who

    def ask(question: str, history: list[str], filters: FiltersIn | None = None) -> Answer:
        answer = assistant.ask(question, filters=filters.to_filters() if filters else None, history=history)
        services.metrics.count_answer(answer)
        return answer

    router = APIRouter(
        prefix="/v1",
        dependencies=[Depends(caller)],
        responses=V1_ERROR_RESPONSES,
    )
    CallerDep = Annotated[Caller, Depends(caller)]

    @router.post("/ask", response_model=AnswerOut, tags=["answers"])
    def ask_route(body: AskRequest) -> dict[str, Any]:
        """Answer a question with quoted, cited passages; the same object as `spinewise ask --json`."""
        return answer_to_dict(ask(body.question, body.user_turns(), body.filters))

    @router.post(
        "/ask/stream",
        response_model=None,
        responses={200: {"content": EVENT_STREAM_DOC, "description": "sources, delta…, done events"}},
        tags=["answers"],
    )
    def ask_stream_route(body: AskRequest) -> EventStream:
        """Server-sent events: `sources` (the citations), `delta` (answer text pieces), `done` (the
        whole answer object, disclaimer included)."""
        return EventStream(answer_events(ask(body.question, body.user_turns(), body.filters)))

    @router.post("/search", response_model=SearchOut, tags=["answers"])
    def search_route(body: SearchRequest) -> dict[str, Any]:
        """The best passages for a query, as `spinewise search --json` gives them."""
        filters = body.filters.to_filters() if body.filters else None
        return search_to_dict(body.query, assistant.search(body.query, body.k, filters))

    @router.get("/articles", tags=["articles"])
    def articles_route(
        limit: Annotated[int, Query(ge=1, le=100)] = 20, offset: Annotated[int, Query(ge=0)] = 0
    ) -> ArticlePage:
        """The articles in the store, a page at a time."""
        return views.article_page(services.articles, limit, offset)

    @router.get(
        "/articles/{article_id}",
        tags=["articles"],
        responses={404: {"model": ErrorResponse, "description": "No article has that id."}},
    )
    def article_route(article_id: str) -> ArticleOut:
        """One article with its sections, so a cited passage can be shown in context (`url#anchor`)."""
        return views.article_view(services.articles, article_id)

    @router.post("/feedback", status_code=201, tags=["feedback"])
    def feedback_route(body: FeedbackIn, who: CallerDep) -> FeedbackRecord:
        """Rate an answer up or down; stored durably in the data folder."""
        return services.feedback.append(body, who.name)

    @router.get(
        "/feedback",
        tags=["feedback"],
        responses={403: {"model": ErrorResponse, "description": "The key is not an admin key."}},
    )
    def feedback_export_route(who: CallerDep) -> FeedbackExport:
        """Every feedback entry, oldest first (admin keys only)."""
        require_admin(who)
        return FeedbackExport(items=services.feedback.records())

    @router.post(
        "/chat/completions",
        response_model=None,
        responses={200: {"model": openai_compat.ChatCompletion, "content": EVENT_STREAM_DOC}},
        tags=["openai"],
    )
    def chat_completions_route(body: openai_compat.ChatCompletionRequest) -> Response:
        """OpenAI-compatible: the last user message is the question, earlier user messages the history."""
        question, history = body.question_and_history()
        answer = ask(question, history)
        if body.stream:
            return EventStream(openai_compat.completion_chunks(answer))
        return JSONResponse(openai_compat.completion(answer).model_dump())

    @router.get("/models", tags=["openai"])
    def models_route() -> openai_compat.ModelList:
        """The one model, `spinewise`, for OpenAI clients that list models first."""
        return openai_compat.model_list()

    return router


def system_router(services: Services) -> APIRouter:
    router = APIRouter(tags=["operations"])

    @router.get("/healthz")
    def health() -> Health:
        """The process is up."""
        return Health()

    @router.get("/readyz", responses={503: {"model": Readiness, "description": "Not ready."}})
    def ready(response: Response) -> Readiness:
        """The keyword index is loaded and the vector store answers with a count above zero."""
        state = views.readiness(services.assistant)
        response.status_code = 200 if state.status == "ready" else 503
        return state

    @router.get(
        "/metrics",
        response_class=Response,
        responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}},
    )
    def metrics() -> Response:
        """Prometheus text format."""
        return Response(services.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")

    return router
