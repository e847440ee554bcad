"""Audio dictation, transcribed on this machine and deleted as soon as the transcript exists."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sealnote.errors import ConfigurationError, InvalidInput

Transcriber = Callable[[Path], str]
MODEL_DIR_ENV = "SEALNOTE_WHISPER_MODEL_DIR"


def whisper_transcriber(model_dir: str | None = None) -> Transcriber:
    """faster-whisper on the CPU, from a model directory already on this machine."""
    model_dir = model_dir or os.environ.get(MODEL_DIR_ENV)
    if not model_dir or not Path(model_dir).is_dir():
        raise ConfigurationError(
            "Audio transcription is not set up on this server.",
            hint=f"Install faster-whisper (pip install faster-whisper), copy a Whisper model "
            f"directory (for example a CTranslate2 'small.en') onto this machine and set "
            f"{MODEL_DIR_ENV} to it. Until then, type or paste the dictation.")
    try:
        from faster_whisper import WhisperModel
    except ImportError as err:
        raise ConfigurationError("faster-whisper is not installed.",
                                 hint="pip install faster-whisper, then try again.") from err
    model = WhisperModel(model_dir, device="cpu", compute_type="int8")

    def transcribe(path: Path) -> str:
        segments, _info = model.transcribe(str(path), vad_filter=True)
        return " ".join(segment.text.strip() for segment in segments)

    return transcribe


def _shred(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.write(b"\0" * size)
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def transcribe_and_delete(path: Path, *, transcriber: Transcriber) -> str:
    """The transcript of an audio file; the audio is overwritten and deleted once it exists.

    If transcription fails the audio is kept, so nothing the clinician recorded is lost.
    """
    if not path.is_file() or path.stat().st_size == 0:
        raise InvalidInput("That audio file is empty or missing.")
    transcript = transcriber(path)
    _shred(path)
    if not transcript.strip():
        raise InvalidInput("No speech was found in the recording.",
                           hint="Record again closer to the microphone, or type the dictation.")
    return transcript
