"""POST /v1/claims: extract the checkable claims of one article."""

from __future__ import annotations

import time

from flask import current_app, g, jsonify
from flask.views import MethodView
from flask.wrappers import Response
from flask_smorest import Blueprint, abort

from schemas.request import BatchRequestSchema, ClaimsRequestSchema
from schemas.response import BatchResponseSchema, ClaimsResponseSchema

from ..analysis import TooManyClaims, analyse
from ..batch import answer_one
from ..metrics import count_answer
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
    def post(self, article: dict) -> Response:
        """Find the checkable claims in an article and check them against each other.

        Send JSON `{"text", "published", "id"}`, or the bare text as
        `text/plain; charset=utf-8` with `?published=YYYY-MM-DD`. An article with more than
        CLAIMDESK_MAX_CLAIMS claims gets a 422 problem: send it in parts.
        """
        limit = current_app.config["CLAIMDESK_MAX_CLAIMS"]
        try:
            answer = analyse(article["text"], article.get("published"), article.get("id"), limit)
        except TooManyClaims as error:
            abort(422, message=f"This article holds {error.found:,} claims; one request answers "
                  f"at most {limit:,} (CLAIMDESK_MAX_CLAIMS). Send the text in parts.")  # fmt: skip
        g.claim_count = len(answer["claims"])
        count_answer(answer)
        # analyse() validated each claim with its schema; dumping the same dicts again would
        # cost a tenth of the request. flask-smorest sends a Response as it is, and the schema
        # above still documents it (tests hold that dumping would change nothing).
        return jsonify(answer)


@blp.route("/claims/batch")
class ClaimsBatch(MethodView):
    @blp.arguments(BatchRequestSchema, location="json", content_type="application/json")
    @blp.response(200, BatchResponseSchema)
    @blp.alt_response(400, description="Malformed JSON or invalid UTF-8")
    @blp.alt_response(413, description="Body larger than CLAIMDESK_MAX_BYTES")
    def post(self, batch: dict) -> Response:
        """Up to CLAIMDESK_MAX_BATCH articles in one request, one answer each.

        An article that is not valid gets its own problem (status 422) in its place in
        `results`; the others are answered as usual. The articles share CLAIMDESK_MAX_CLAIMS:
        one that would take the batch past it gets a 422 problem instead of its answer.
        """
        started = time.perf_counter()
        limit = current_app.config["CLAIMDESK_MAX_BATCH"]
        max_claims = current_app.config["CLAIMDESK_MAX_CLAIMS"]
        if len(batch["articles"]) > limit:
            abort(422, message=f"A batch holds at most {limit} articles (CLAIMDESK_MAX_BATCH); "
                  f"this one has {len(batch['articles'])}.")  # fmt: skip
        results = []
        claims = 0
        for index, payload in enumerate(batch["articles"]):
            status, body = answer_one(payload, max_claims - claims)
            if status == 200:
                count_answer(body)
                claims += len(body["claims"])
                results.append({"index": index, "status": status, "answer": body, "problem": None})
            else:
                results.append({"index": index, "status": status, "answer": None, "problem": body})
        g.claim_count = claims
        failed = sum(r["status"] != 200 for r in results)
        stats = {"articles": len(results), "answered": len(results) - failed, "failed": failed,
                 "elapsed_ms": round((time.perf_counter() - started) * 1000, 3)}  # fmt: skip
        return jsonify({"results": results, "stats": stats})  # answers are ready: see above
