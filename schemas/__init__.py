"""Every marshmallow schema of claimdesk: requests, responses, and one per claim type."""
