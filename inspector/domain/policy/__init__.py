"""Cookie policies: the model and its matching, the file loader (file:line:col errors), and the importer of published pages."""
# The model first, then the loader that builds it: neither imports this package's names.
from inspector.domain.policy.model import (
    DECLARED, EMPTY_POLICY, NO_POLICY, NO_POLICY_MATCH, SCHEMA_VERSION, UNDECLARED, Category, CookieRule, Match, Policy,
    PolicyError, PolicySite, Provider, Text, default_policy_path,
)
from inspector.domain.policy.loader import (
    check_cookie_name, check_url, load_policy, parse_host, parse_lifetime, parse_policy,
)

__all__ = [
    "SCHEMA_VERSION", "DECLARED", "UNDECLARED", "NO_POLICY", "PolicyError", "Text", "Category", "Provider",
    "CookieRule", "PolicySite", "Match", "Policy", "EMPTY_POLICY", "NO_POLICY_MATCH", "default_policy_path",
    "load_policy", "parse_policy", "parse_lifetime", "parse_host", "check_cookie_name", "check_url",
]
