"""POST /v1/claims: extract the checkable claims of one article."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from schemas.request import ClaimsRequestSchema
from schemas.response import ClaimsResponseSchema

from ..analysis import analyse
from ..request_parser import ArticleParser


class ArticleBlueprint(Blueprint):
    ARGUMENTS_PARSER = ArticleParser()


blp = ArticleBlueprint("claims", __name__, url_prefix="/v1", description="Claim extraction")

_PLAIN_TEXT_BODY = {
    "requestBody": {
        "content": {
            "text/plain": {
                "schema": {"type": "string", "description": "The article text (UTF-8)."},
            }
        }
    },
    "parameters": [
        {
            "in": "query",
            "name": "published",
            "required": False,
            "schema": {"type": "string", "format": "date"},
            "description": "With a text/plain body only: the article's date (YYYY-MM-DD).",
        },
        {
            "in": "query",
            "name": "id",
            "required": False,
            "schema": {"type": "string"},
            "description": "With a text/plain body only: echoed in the answer.",
        },
    ],
}


@blp.route("/claims")
class Claims(MethodView):
    @blp.arguments(ClaimsRequestSchema, location="json", content_type="application/json")
    @blp.response(200, ClaimsResponseSchema)
    @blp.alt_response(400, description="Malformed JSON or invalid UTF-8")
    @blp.alt_response(413, description="Body larger than CLAIMDESK_MAX_BYTES")
    @blp.alt_response(415, description="Unsupported content type or charset")
    @blp.doc(**_PLAIN_TEXT_BODY)
    def post(self, article: dict) -> dict:
        """Find the checkable claims in an article and check them against each other.

        Send JSON `{"text", "published", "id"}`, or the bare text as
        `text/plain; charset=utf-8` with `?published=YYYY-MM-DD`.
        """
        return analyse(article["text"], article.get("published"), article.get("id"))
