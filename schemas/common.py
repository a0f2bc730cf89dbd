"""Schemas shared by every claim: offsets, the quote a claim sits in, a check result."""

from __future__ import annotations

from marshmallow import Schema, fields, validate, validates_schema

from .fields import PlainNested, non_negative_int, reject

CHECK_STATUSES = ("consistent", "inconsistent")


class SpanSchema(Schema):
    start = non_negative_int(required=True)
    end = non_negative_int(required=True)


class QuoteSchema(Schema):
    speaker = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "Who is quoted, where the text says; null when it does not."},
    )


class CheckSchema(Schema):
    check = fields.String(required=True, metadata={"description": "The check's code."})
    status = fields.String(required=True, validate=validate.OneOf(CHECK_STATUSES))
    message = fields.String(required=True, metadata={"description": "What was compared."})
    claims = fields.List(
        fields.String(),
        required=True,
        metadata={"description": "Ids of the claims the check compared."},
    )


class ClaimBaseSchema(Schema):
    """Fields every claim has; each claim type adds `type` and its own `value`."""

    id = fields.String(required=True, validate=validate.Regexp(r"^c[1-9][0-9]*$"))
    text = fields.String(required=True, metadata={"description": "request_text[start:end]"})
    start = non_negative_int(required=True)
    end = non_negative_int(required=True)
    sentence = PlainNested(SpanSchema, required=True)
    quote = PlainNested(
        QuoteSchema,
        required=True,
        allow_none=True,
        metadata={"description": "Set when the claim stands inside a quotation."},
    )
    source = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "Who the text attributes the claim to: the quoted speaker, or the "
            "source a sentence reports ('The ONS said ...'); null when it names none."
        },
    )
    flags = fields.List(fields.Nested(CheckSchema), required=True)

    @validates_schema
    def _offsets(self, data: dict, **kwargs: object) -> None:
        start, end = data.get("start"), data.get("end")
        if start is not None and end is not None and not start < end:
            reject("start must be before end")
        if start is not None and end is not None and len(data.get("text", "")) != end - start:
            reject("text must be exactly request_text[start:end]")
        sentence = data.get("sentence")
        if sentence and start is not None and not sentence["start"] <= start < sentence["end"]:
            reject("the claim must start inside its sentence")


def claim_type_field(name: str) -> fields.String:
    return fields.String(required=True, validate=validate.OneOf([name]))
