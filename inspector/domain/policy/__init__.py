"""Cookie policies: the model and its matching, the file loader (file:line:col errors), and the importer of published pages.

The model (model.py) is the published cookie policy: sites, categories, providers, rules,
and cookie classification. The loader (loader.py) reads policy.yaml safely, validates it
and builds the model; the model never imports the loader. This package offers both:

    policy = load_policy("policy.yaml")            # any problem: one PolicyError (file:line:column)
    policy = parse_policy(text, "<imported>")      # the same for YAML in memory

The loader's pieces are public for the catalog, whose file shares this format (providers,
cookie names and patterns, lifetimes, URLs): read_text + compose give the node tree, a
PolicyReader gives typed access to it with errors of the caller's class. An error's problem
is a phrase of error_words.py and its parameters: str() is English, text(say) the user's language.

The importer (importer.py) turns a published cookie-policy page (saved HTML, or copied
text with tab-separated rows) into policy YAML:

    from inspector.domain.policy.importer import import_policy_file

    result = import_policy_file("page.html", "opendata.lillemetropole.fr")
    result.cookies        # ImportedCookie per cookie name, in page order
    result.reviews        # what a person must check: unmapped headings, odd cells...
    result.to_yaml()      # a policy file our loader accepts (check_yaml() proves it)

Section headings give the category through English and French keywords. A heading
that maps to no category gets the `to-review` category and a `# REVIEW` comment on each
of its cookies: nothing is guessed silently. A cell naming several cookies ("_pk_id,
_pk_ses") gives one entry per name; `*` and `?` wildcards are kept as patterns.
"""
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
