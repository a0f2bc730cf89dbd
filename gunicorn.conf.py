"""gunicorn loads this file from the working directory: claimdesk's settings, kept in the
package (service/gunicorn_settings.py) so that `claimdesk serve` uses the same ones."""

from service.gunicorn_settings import *  # noqa: F403
