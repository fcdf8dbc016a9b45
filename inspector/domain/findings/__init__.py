"""Findings: where the cookies a browser holds differ from what the policy or the catalog says, and per-site summaries."""
