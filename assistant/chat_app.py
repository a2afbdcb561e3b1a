"""The Gradio chat: a banner with the disclaimer, a streaming chat, sources, examples, feedback."""

from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.chat import EXAMPLE_QUESTIONS, record_feedback, stream_reply
from assistant.core import Assistant, build_assistant
from assistant.settings import Settings
from assistant.texts import DISCLAIMER

TITLE = "Spinewise"
INTRO = (
    "Ask about back, neck and spine conditions and their treatments. "
    "Answers quote our articles and cite them."
)
CSS = """
#disclaimer-banner { position: sticky; top: 0; z-index: 10; background: #fff8e1;
  border: 1px solid #f0c36d; border-radius: 6px; padding: 0 12px; }
"""


def build_ui(assistant: Assistant, settings: Settings) -> gr.Blocks:
    feedback_file = settings.data_dir / "feedback.jsonl"

    def respond(message: str, history: list[Any]) -> Iterator[str]:
        yield from stream_reply(assistant, message, history, settings.site_url)

    def on_like(history: list[Any], event: gr.LikeData) -> None:
        record_feedback(feedback_file, history, event.index, event.liked)

    with gr.Blocks(title=TITLE) as ui:
        gr.Markdown(f"# {TITLE}\n{INTRO}")
        gr.Markdown(f"**Not medical advice.** {DISCLAIMER}", elem_id="disclaimer-banner")
        chatbot = gr.Chatbot(height=520, label="Spinewise", elem_id="chat", sanitize_html=True)
        gr.ChatInterface(respond, chatbot=chatbot, examples=EXAMPLE_QUESTIONS, cache_examples=False)
        chatbot.like(on_like, inputs=[chatbot], outputs=None)
    return ui  # type: ignore[no-any-return]


def launch(
    settings: Settings, host: str | None = None, port: int | None = None, allow_public: bool = False
) -> None:
    """Serve the HTTP API with the chat mounted at `/`, after warming the model so the first
    question is quick. Refuses a network address while the API has no keys, unless allowed."""
    from assistant.api.app import build_api
    from assistant.api.server import check_bind, run

    host = host or settings.host
    port = port or settings.port
    check_bind(host, settings, allow_public)
    assistant = build_assistant(settings)
    assistant.embedder.embed(["warm-up"])
    app = build_api(assistant, settings)
    ui = build_ui(assistant, settings).queue()
    gr.mount_gradio_app(
        app, ui, path="/", server_name=host, server_port=port, css=CSS, footer_links=[], show_error=False
    )
    run(app, host, port)
