"""The installed package's version."""

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("claimdesk")
except PackageNotFoundError:  # running from a source tree that was not installed
    VERSION = "0.0.0+source"
