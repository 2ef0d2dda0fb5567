"""Marks German texts of the domain for translation without importing Django.

`gettext_noop` returns its argument unchanged; `make messages` (xgettext) finds every call and
puts the text into the web's catalogues, and the web translates it where it is shown
(`{% translate value %}`, `gettext(value)`). The PDF letters keep the German text.

A text with values in it (a quoted word, a date, a number) is a `Message`: the marked German
template and its values. The lower layers keep its German rendering (`str(message)`); the web renders
it in the reader's language (`message.render(gettext)`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Union

Param = Union[str, int, float, "Message"]
"""A value in a message; a nested Message (e.g. a rule's title) is translated too."""


def gettext_noop(message: str) -> str:
    """Return the German message unchanged; the call marks it for the translation catalogues."""
    return message


def german(msgid: str) -> str:
    """The translation into German: the msgid itself (German is the source language)."""
    return msgid


@dataclass(frozen=True)
class Message:
    """A German msgid template with named placeholders (`%(word)s`) and the values to fill in."""

    msgid: str
    params: tuple[tuple[str, Param], ...] = ()

    @classmethod
    def of(cls, msgid: str, **params: Param) -> Message:
        """The message MSGID (marked with gettext_noop where it is written) with its values."""
        return cls(msgid, tuple(params.items()))

    def render(self, translate: Callable[[str], str] = german) -> str:
        """The text in the language of TRANSLATE (default: German), nested messages translated too."""
        text = translate(self.msgid)
        if not self.params:
            return text
        return text % {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params}

    def __str__(self) -> str:
        return self.render()

    def to_dict(self) -> dict[str, Any]:
        """JSON form: {"msgid": …, "params": {name: value or nested JSON form}}."""
        return {"msgid": self.msgid,
                "params": {k: v.to_dict() if isinstance(v, Message) else v for k, v in self.params}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Message:
        """Read the JSON form back."""
        params = data.get("params") or {}
        return cls(str(data["msgid"]), tuple((str(k), cls.from_dict(v) if isinstance(v, Mapping) else v)
                                             for k, v in params.items()))
