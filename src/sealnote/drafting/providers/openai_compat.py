"""Any OpenAI-compatible chat endpoint: Ollama, llama.cpp server, vLLM, LM Studio, Azure…"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from sealnote.boundary.release import ReleasedText, release
from sealnote.drafting.providers import DraftRequest, ProviderError
from sealnote.drafting.providers.offline import split_sentences

SYSTEM = (
    "You write psychotherapy progress notes for a licensed clinician, who will review and sign "
    "them. Use only facts in the session account. Never invent medications, doses, diagnoses, "
    "scores, dates or risk findings. Placeholders in square brackets such as [CLIENT], "
    "[PERSON_1] or [DATE_1] stand for private details: copy them exactly, never expand, alter "
    "or invent them. Do not write a risk level or risk conclusion: the clinician does that. "
    "Write in a professional clinical register."
)
LONG_DICTATION_CHARS = 6000


class OpenAICompatProvider:
    name = "openai"

    def __init__(self, *, base_url: str, model: str, api_key: str | None = None,
                 timeout: float = 60.0, retries: int = 2, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.endpoint = base_url.rstrip("/")
        self.model = model
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._timeout = timeout
        self._retries = retries
        self._backoff = backoff
        self._sleep = sleep

    def _chat(self, released: ReleasedText, instruction: str) -> str:
        payload = {"model": self.model, "temperature": 0.2, "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"{instruction}\n\nSession account:\n{released.text}"},
        ]}
        last_problem = ""
        for attempt in range(self._retries + 1):
            if attempt:
                self._sleep(self._backoff * 2 ** (attempt - 1))
            try:
                response = httpx.post(f"{self.endpoint}/chat/completions", json=payload,
                                      headers=self._headers, timeout=self._timeout)
            except httpx.TimeoutException:
                last_problem = f"the model did not answer within {self._timeout:.0f} seconds"
                continue
            except httpx.HTTPError as err:
                last_problem = f"the model server could not be reached ({type(err).__name__})"
                continue
            if response.status_code >= 500 or response.status_code == 429:
                last_problem = f"the model server answered {response.status_code}"
                continue
            if response.status_code >= 400:
                raise ProviderError(
                    f"The model server refused the request ({response.status_code}).",
                    hint="Check the model name and API key in Settings → Model endpoints.")
            return self._content(response)
        raise ProviderError(f"No draft: {last_problem}.",
                            hint="Your dictation is saved. Try again, or draft with the offline "
                            "provider.")

    @staticmethod
    def _content(response: httpx.Response) -> str:
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as err:
            raise ProviderError("The model's reply was not a chat completion.",
                                hint="Your dictation is saved. Check that the endpoint is "
                                "OpenAI-compatible (…/v1).") from err
        if not isinstance(content, str) or len(content.strip()) < 20:
            raise ProviderError("The model's reply was empty or too short to be a note.",
                                hint="Your dictation is saved. Try again or use another model.")
        return content.strip()

    def draft(self, request: DraftRequest) -> str:
        sections = "\n".join(f"{s.title}: {s.guidance}" for s in request.note_format.sections)
        style = ""
        if request.modality is not None:
            style = (f"\nThe therapy modality is {request.modality.title}; where the account "
                     f"supports it, use its vocabulary ({', '.join(request.modality.terms[:8])})"
                     f" and name its interventions.")
        instruction = (f"Write a {request.note_format.title} note with exactly these sections, "
                       f"each starting with its title and a colon on its own line:\n{sections}"
                       f"{style}")
        released = request.released
        if len(released.text) > LONG_DICTATION_CHARS:
            # Long dictations go in passes: facts from each part, then the note from the facts.
            facts = [self._chat(part, "List every clinically relevant fact in this part of the "
                                "session account as short bullet points. Keep placeholders.")
                     for part in _chunks(released)]
            return self._chat(_joined(facts), instruction)
        return self._chat(released, instruction)


def _chunks(released: ReleasedText) -> list[ReleasedText]:
    parts, current = [], ""
    for sentence in split_sentences(released.text):
        if len(current) + len(sentence) > LONG_DICTATION_CHARS and current:
            parts.append(current)
            current = ""
        current += sentence + " "
    parts.append(current)
    # Each part is a substring of already released text; it is re-released, not trusted.
    return [release(part, practice_known=None) for part in parts if part.strip()]


def _joined(facts: list[str]) -> ReleasedText:
    return release("\n".join(facts), practice_known=None)
