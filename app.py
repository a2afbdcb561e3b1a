"""Serve the Spinewise chat: `python app.py` (the same as `spinewise serve`)."""

from assistant.chat_app import launch
from assistant.settings import Settings

if __name__ == "__main__":
    launch(Settings())
