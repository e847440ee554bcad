"""A recording OpenAI-compatible server on loopback: the only fake, at the outer edge.
The `recording_model` fixture is registered for every test in tests/conftest.py."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class RecordingModel:
    """Records every request body; answers as `mode` says."""

    url: str = ""
    mode: str = "echo"
    reply: str | None = None
    requests: list[dict[str, Any]] = field(default_factory=list)
    raw_bodies: list[bytes] = field(default_factory=list)

    def user_texts(self) -> list[str]:
        return [m["content"] for r in self.requests for m in r["messages"]]

    def everything_sent(self) -> str:
        return "\n".join(body.decode("utf-8", "replace") for body in self.raw_bodies)


def _answer(model: RecordingModel, body: dict[str, Any]) -> tuple[int, bytes]:
    if model.mode == "error":
        return 500, b'{"error": "boom"}'
    if model.mode == "malformed":
        return 200, b'{"choices": "not a list"'
    if model.mode == "slow":
        time.sleep(3)
    user = body["messages"][-1]["content"]
    account = user.split("Session account:\n", 1)[-1]
    content = model.reply if model.reply is not None else (
        "Subjective:\n" + account + "\n\nObjective:\nCalm and engaged.\n\nAssessment:\n"
        "Progressing.\n\nPlan:\nContinue weekly sessions.")
    return 200, json.dumps({"id": "x", "object": "chat.completion", "choices": [
        {"index": 0, "message": {"role": "assistant", "content": content},
         "finish_reason": "stop"}]}).encode()


@pytest.fixture
def recording_model() -> Iterator[RecordingModel]:
    model = RecordingModel()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            model.raw_bodies.append(raw)
            body = json.loads(raw)
            model.requests.append(body)
            status, payload = _answer(model, body)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    model.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield model
    server.shutdown()
    server.server_close()
