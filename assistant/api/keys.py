"""API keys: only their SHA-256 hashes are stored, in `api_keys.json` in the data folder.

The file is re-read when it changes, so `spinewise keys revoke` takes effect on a running server.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.errors import ConfigError

KEYS_FILE = "api_keys.json"
KEY_PREFIX = "sw-"


@dataclass(frozen=True)
class ApiKey:
    name: str
    sha256: str
    admin: bool
    created: str


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class KeyStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / KEYS_FILE
        self._seen: tuple[int, int] | None = None
        self._keys: list[ApiKey] = []

    def entries(self) -> list[ApiKey]:
        """The stored keys, read again only when the file's size or time changed."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._seen, self._keys = None, []
            return []
        if self._seen != (stat.st_mtime_ns, stat.st_size):
            self._keys = self._read()
            self._seen = (stat.st_mtime_ns, stat.st_size)
        return list(self._keys)

    def find(self, key: str) -> ApiKey | None:
        """The stored key matching `key`, compared in constant time."""
        digest = hash_key(key)
        found = None
        for stored in self.entries():
            if hmac.compare_digest(stored.sha256, digest):
                found = stored
        return found

    def create(self, name: str, admin: bool = False) -> str:
        """Store a new key under `name` and return it: the only time it is ever shown."""
        name = name.strip()
        if not name or any(k.name == name for k in self.entries()):
            raise ConfigError(f"a key name must be new and not empty; {name!r} is not")
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self._write([*self.entries(), ApiKey(name, hash_key(key), admin, created)])
        return key

    def revoke(self, name: str) -> None:
        kept = [k for k in self.entries() if k.name != name]
        if len(kept) == len(self.entries()):
            raise ConfigError(f"there is no key named {name!r}; `spinewise keys list` shows them")
        self._write(kept)

    def _read(self) -> list[ApiKey]:
        try:
            return [ApiKey(**entry) for entry in json.loads(self.path.read_text(encoding="utf-8"))]
        except (ValueError, TypeError) as error:
            raise ConfigError(f"{self.path} is not a valid keys file ({error}); fix or delete it") from error

    def _write(self, keys: list[ApiKey]) -> None:
        """Write a new file and swap it in, so a crash never leaves the keys half written."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".new")
        with temporary.open("w", encoding="utf-8") as out:
            json.dump([asdict(k) for k in keys], out, indent=2)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, self.path)
