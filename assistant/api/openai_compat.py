"""The OpenAI-compatible chat completions: request models and the plain functions behind them."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.api.events import answer_pieces
from assistant.domain import Answer
from assistant.errors import InvalidQuestionError
from assistant.serialize import answer_to_dict

MODEL_NAME = "spinewise"


class TextPart(BaseModel):
    type: Literal["text"]
    text: str = Field(max_length=20_000)


class ChatMessage(BaseModel):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: Annotated[str, Field(max_length=20_000)] | list[TextPart] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(part.text for part in self.content)
        return self.content or ""


class ChatCompletionRequest(BaseModel):
    """Options OpenAI clients send that make no sense for quoted answers (temperature, ...) are ignored."""

    model: Literal["spinewise"] = "spinewise"
    messages: list[ChatMessage] = Field(min_length=1, max_length=200)
    stream: bool = False

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"model": MODEL_NAME, "messages": [{"role": "user", "content": "Does heat help back pain?"}]}
            ]
        }
    )

    def question_and_history(self) -> tuple[str, list[str]]:
        """The last user message is the question; the user messages before it are the history."""
        if self.messages[-1].role != "user":
            raise InvalidQuestionError("the last message must be the user's question")
        users = [m.text() for m in self.messages if m.role == "user"]
        return users[-1], [u for u in users[:-1] if u.strip()]


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    finish_reason: Literal["stop"] = "stop"


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str = MODEL_NAME
    choices: list[Choice]
    citations: list[dict[str, Any]] = Field(description="The sources of the [n] markers in the content.")


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "spinewise"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


def completion_id(answer: Answer) -> str:
    """Made from the answer's id, so feedback can name it: strip the `chatcmpl-` prefix."""
    return f"chatcmpl-{answer.id}"


def completion(answer: Answer) -> ChatCompletion:
    return ChatCompletion(
        id=completion_id(answer),
        created=int(time.time()),
        choices=[Choice(message=AssistantMessage(content=answer.answer))],
        citations=answer_to_dict(answer)["citations"],
    )


def completion_chunks(answer: Answer) -> Iterator[str]:
    """The answer as OpenAI stream chunks: role first, text pieces, a final chunk with citations."""
    base: dict[str, Any] = {
        "id": completion_id(answer),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": MODEL_NAME,
    }

    def chunk(delta: dict[str, str], finish: str | None = None, **extra: Any) -> str:
        body = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    for piece in answer_pieces(answer.answer):
        yield chunk({"content": piece})
    yield chunk({}, "stop", citations=answer_to_dict(answer)["citations"])
    yield "data: [DONE]\n\n"


def model_list() -> ModelList:
    return ModelList(data=[ModelCard(id=MODEL_NAME, created=0)])
