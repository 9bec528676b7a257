from nnviz.core import tr


def test_translate_is_the_source_text_until_a_lookup_is_installed():
    assert tr.translate("Ctx", "Epoch {0}") == "Epoch {0}"
    tr.set_translator(lambda context, text: f"[{context}] {text}")
    try:
        assert tr.translate("Ctx", "Epoch {0}") == "[Ctx] Epoch {0}"
    finally:
        tr.set_translator(None)
    assert tr.translate("Ctx", "Epoch {0}") == "Epoch {0}"
