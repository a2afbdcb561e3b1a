"""The HTTP API for developers: FastAPI routes over the same assistant as the chat and the CLI.

Nothing is imported here, so `assistant.api.keys` stays usable by the CLI without loading FastAPI.
"""
