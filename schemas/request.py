"""Request schemas of POST /v1/claims."""

from __future__ import annotations

from marshmallow import Schema, fields, validate, validates

from .fields import reject


class ClaimsRequestSchema(Schema):
    """A JSON article. Unknown fields are rejected."""

    text = fields.String(required=True, metadata={"description": "The article text."})
    published = fields.Date(
        load_default=None,
        allow_none=True,
        metadata={"description": "The article's date (YYYY-MM-DD), to resolve 'Thursday'."},
    )
    id = fields.String(
        load_default=None, allow_none=True, metadata={"description": "Echoed in the answer."}
    )

    @validates("text")
    def _unicode(self, value: str, **kwargs: object) -> None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            reject(
                f"Contains a lone surrogate (U+{ord(value[error.start]):04X}) at index "
                f"{error.start}: not valid Unicode text."
            )


class PlainTextQuerySchema(Schema):
    """Query parameters that go with a text/plain body."""

    published = fields.Date(load_default=None, metadata={"description": "YYYY-MM-DD"})
    id = fields.String(load_default=None)


class BatchRequestSchema(Schema):
    """Several articles; each is checked on its own, so one bad article fails alone."""

    articles = fields.List(
        fields.Raw(),
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "Article objects as POST /v1/claims takes them."},
    )
