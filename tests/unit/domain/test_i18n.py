"""A Message keeps its German msgid and values, renders German by default and any language on request."""

from __future__ import annotations

from augenhoehe.domain.i18n import Message, german

ENGLISH = {"„%(words)s“ ist zu ungenau.": "“%(words)s” is too vague.",
           "%(code)s: %(title)s": "%(code)s: %(title)s", "Vager Umfang": "Vague amount"}


def test_a_message_renders_german_by_default_and_translates_with_a_catalogue():
    message = Message.of("„%(words)s“ ist zu ungenau.", words="regelmäßig")
    assert str(message) == "„regelmäßig“ ist zu ungenau."
    assert message.render(lambda m: ENGLISH.get(m, m)) == "“regelmäßig” is too vague."


def test_nested_messages_are_translated_too():
    message = Message.of("%(code)s: %(title)s", code="AF103", title=Message("Vager Umfang"))
    assert str(message) == "AF103: Vager Umfang"
    assert message.render(lambda m: ENGLISH.get(m, m)) == "AF103: Vague amount"


def test_a_message_without_values_may_contain_a_percent_sign():
    assert str(Message("30 % weniger")) == "30 % weniger"


def test_the_json_form_reads_back_to_the_same_message():
    message = Message.of("%(code)s: %(title)s", code="AF103", title=Message("Vager Umfang"))
    assert Message.from_dict(message.to_dict()) == message
    assert message.to_dict() == {"msgid": "%(code)s: %(title)s",
                                 "params": {"code": "AF103", "title": {"msgid": "Vager Umfang", "params": {}}}}


def test_german_is_the_msgid_itself():
    assert german("Ziel") == "Ziel"
