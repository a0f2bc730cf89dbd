"""HTTP endpoints: the claims API and the service endpoints (types, health, readiness)."""
