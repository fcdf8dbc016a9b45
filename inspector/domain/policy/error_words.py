"""The words of a YAML file the app cannot use (PolicyError.why, InvalidValue.why): policy, catalog, keep list, rules."""
from __future__ import annotations

from inspector.domain import problem_words
from inspector.domain.wording import QT_TRANSLATE_NOOP, N, Say, english, translate

# A PolicyError carries `why`, a key of PROBLEMS, and `params`; the sentence is made here in
# the language of the `say` it is given (see wording.py for the marks and the placeholders).
# What comes from the user's file stays a parameter: keys, ids, names, hosts, line numbers,
# YAML snippets, and PyYAML's own account of a syntax error, which no catalogue holds.
#
# Three parameters are not shown as they are:
# - `what`, where in the file the problem is: a tuple of steps, each a YAML key as written
#   (a str, never translated) or a (code, value) pair of WHERE ("site 'shop'", "rule 2");
# - `expected`, `got`, `file_kind`: codes of EXPECTED, GOT and FILE_KINDS;
# - a list or tuple (the keys a mapping allows, the ids a file defines): joined with ", ".

CONTEXT = "PolicyError"

PROBLEMS = {
    # --- any YAML file: the shape of its values -------------------------------------------
    "wrong-type": QT_TRANSLATE_NOOP("PolicyError", "expected {expected}, got {got}"),
    "wrong-type-quote": QT_TRANSLATE_NOOP("PolicyError", "expected {expected}, got {got} (write \"{value}\" in "
                                                         "quotes if you mean it as text)"),
    "key-not-plain": QT_TRANSLATE_NOOP("PolicyError", "keys must be plain names, not {got}"),
    "duplicate-key": QT_TRANSLATE_NOOP("PolicyError", "duplicate key '{key}' (first on line {first})"),
    "unknown-key-close": QT_TRANSLATE_NOOP("PolicyError", "unknown key '{key}' (did you mean '{close}'?)"),
    "unknown-key": QT_TRANSLATE_NOOP("PolicyError", "unknown key '{key}' (allowed: {allowed})"),
    "missing-key": QT_TRANSLATE_NOOP("PolicyError", "missing required key '{key}'"),
    "empty": QT_TRANSLATE_NOOP("PolicyError", "must not be empty"),
    "number-too-long": translate("PolicyError", "a number of %n character(s) is far too long", None, N),
    "bad-id": QT_TRANSLATE_NOOP("PolicyError", "'{value}' is not a valid id (lower-case letters, digits, '-', '_' "
                                               "and '.')"),
    "bad-language": QT_TRANSLATE_NOOP("PolicyError", "'{value}' is not a language code such as en or fr"),
    "language-twice": QT_TRANSLATE_NOOP("PolicyError", "language '{lang}' appears twice"),
    "missing-english": QT_TRANSLATE_NOOP("PolicyError", "missing English text: add an 'en' entry (it is the "
                                                        "fallback for every other language)"),
    "not-one-of": QT_TRANSLATE_NOOP("PolicyError", "'{value}' is not one of {known}"),
    "version-read": QT_TRANSLATE_NOOP("PolicyError", "this program reads version {supported}"),
    # --- the file itself ---------------------------------------------------------------
    "file-not-found": QT_TRANSLATE_NOOP("PolicyError", "file not found"),
    "is-directory": QT_TRANSLATE_NOOP("PolicyError", "is a directory, not a policy file"),
    "not-regular": QT_TRANSLATE_NOOP("PolicyError", "not a regular file ({file_kind}); a policy is a small YAML "
                                                    "file"),
    "too-big": QT_TRANSLATE_NOOP("PolicyError", "the file is more than the {megabytes} MB this app reads; a "
                                                "policy is a small YAML file"),
    "unreadable": QT_TRANSLATE_NOOP("PolicyError", "cannot read the file: {error}"),
    "not-utf8": QT_TRANSLATE_NOOP("PolicyError", "not UTF-8 text (byte 0x{byte}); save the file as UTF-8"),
    "yaml": QT_TRANSLATE_NOOP("PolicyError", "invalid YAML: {problem}"),
    "yaml-context": QT_TRANSLATE_NOOP("PolicyError", "invalid YAML: {problem} ({context})"),
    "yaml-character": QT_TRANSLATE_NOOP("PolicyError", "invalid YAML: character {char} (U+{code}) is not allowed "
                                                       "in YAML"),
    "yaml-deep": QT_TRANSLATE_NOOP("PolicyError", "invalid YAML: nested too deeply"),
    # --- a policy ------------------------------------------------------------------------
    "policy-empty": QT_TRANSLATE_NOOP("PolicyError", "the file is empty; expected a mapping with version, name, "
                                                     "categories, providers and sites"),
    "policy-version": QT_TRANSLATE_NOOP("PolicyError", "unsupported policy version {version} (this app reads "
                                                       "version {supported})"),
    "duplicate-site": QT_TRANSLATE_NOOP("PolicyError", "duplicate site id '{id}' (first on line {first})"),
    "duplicate-cookie": QT_TRANSLATE_NOOP("PolicyError", "duplicate cookie '{name}' (first declared on line "
                                                         "{first})"),
    "host-twice": QT_TRANSLATE_NOOP("PolicyError", "'{host}' is listed twice"),
    "hosts-empty": QT_TRANSLATE_NOOP("PolicyError", "list at least one host"),
    "name-and-pattern": QT_TRANSLATE_NOOP("PolicyError", "give either 'name' or 'pattern', not both"),
    "missing-name": QT_TRANSLATE_NOOP("PolicyError", "missing required key 'name' (or 'pattern' for a wildcard)"),
    "unknown-category": QT_TRANSLATE_NOOP("PolicyError", "unknown category '{key}' (known: {known})"),
    "unknown-provider": QT_TRANSLATE_NOOP("PolicyError", "unknown provider '{key}' (known: {known})"),
    "no-categories": QT_TRANSLATE_NOOP("PolicyError", "unknown category '{key}' (none are defined: add it under "
                                                      "'{section}:')"),
    "no-providers": QT_TRANSLATE_NOOP("PolicyError", "unknown provider '{key}' (none are defined: add it under "
                                                     "'{section}:')"),
    # --- values checked on their own (InvalidValue) ---------------------------------------
    "lifetime": QT_TRANSLATE_NOOP("PolicyError", "unparsable lifetime '{text}': write a whole number and a unit "
                                                 "({units}), e.g. '{example}', or 'session'"),
    "name-empty": QT_TRANSLATE_NOOP("PolicyError", "empty cookie name"),
    "name-character": QT_TRANSLATE_NOOP("PolicyError", "{name} contains {char}, which cannot occur in cookie names"),
    "name-wildcard": QT_TRANSLATE_NOOP("PolicyError", "'{name}' contains a wildcard: write it as '{fix}'"),
    "pattern-class": QT_TRANSLATE_NOOP("PolicyError", "'{name}': character classes ('[...]') are not supported; "
                                                      "use '*' or '?'"),
    "pattern-no-wildcard": QT_TRANSLATE_NOOP("PolicyError", "pattern '{name}' has no '*' or '?': write it as "
                                                            "'{fix}'"),
    "pattern-everything": QT_TRANSLATE_NOOP("PolicyError", "pattern '{name}' has no literal characters and would "
                                                           "match every cookie"),
    "host-url": QT_TRANSLATE_NOOP("PolicyError", "'{entry}' is a URL; write the host name alone, e.g. "
                                                 "'www.example.com'"),
    "host-dot": QT_TRANSLATE_NOOP("PolicyError", "'{entry}': a leading '.' is cookie syntax; write '{fix}' for "
                                                 "{domain} and all its subdomains"),
    "host-ip-wildcard": QT_TRANSLATE_NOOP("PolicyError", "'{entry}': '*.' cannot precede an IP address"),
    "host-idna": QT_TRANSLATE_NOOP("PolicyError", "'{entry}' is not a valid host name"),
    "host-invalid": QT_TRANSLATE_NOOP("PolicyError", "'{entry}' is not a valid host name (dot-separated labels of "
                                                     "letters, digits, '-' and '_'; '*' only as a leading '*.')"),
    "host-public-suffix": QT_TRANSLATE_NOOP("PolicyError", "'{entry}' would cover every site under the public "
                                                           "suffix '{suffix}'"),
    "url": QT_TRANSLATE_NOOP("PolicyError", "'{url}' is not an http(s) URL such as '{example}'"),
    "instant": QT_TRANSLATE_NOOP("PolicyError", "'{text}' is not a date and time such as '{example}'"),
    "instant-zone": QT_TRANSLATE_NOOP("PolicyError", "'{text}' has no time zone: end it with 'Z' for UTC"),
    # --- the catalog ---------------------------------------------------------------------
    "catalog-empty": QT_TRANSLATE_NOOP("PolicyError", "the file is empty; expected version, providers and cookies"),
    "catalog-version": QT_TRANSLATE_NOOP("PolicyError", "unsupported catalog version {version} (this app reads "
                                                        "version {supported})"),
    "catalog-duplicate": QT_TRANSLATE_NOOP("PolicyError", "duplicate cookie '{name}' (first on line {first})"),
    "catalog-duplicate-on": QT_TRANSLATE_NOOP("PolicyError", "duplicate cookie '{name}' on {domain} (first on line "
                                                             "{first})"),
    "catalog-provider": QT_TRANSLATE_NOOP("PolicyError", "unknown provider '{key}' (add it under '{section}:')"),
    "domains-empty": QT_TRANSLATE_NOOP("PolicyError", "list at least one domain, or leave 'domains' out"),
    "domain-wildcard": QT_TRANSLATE_NOOP("PolicyError", "write '{domain}': a domain hint already covers its "
                                                        "subdomains"),
    # --- the keep list -------------------------------------------------------------------
    "keep-not-a-site": QT_TRANSLATE_NOOP("PolicyError", "site '{site}' is not a site's registrable domain (did "
                                                        "you mean '{suggested}'? name a single host with 'host')"),
    "keep-host-elsewhere": QT_TRANSLATE_NOOP("PolicyError", "host '{host}' is not on the site '{site}'"),
    "keep-exact-alone": QT_TRANSLATE_NOOP("PolicyError", "'{key}' narrows one exact cookie: give its 'host' and "
                                                         "'name' too"),
    # --- clean-up rules ------------------------------------------------------------------
    "rules-empty": QT_TRANSLATE_NOOP("PolicyError", "the file holds no rules"),
    "rule-name-used": QT_TRANSLATE_NOOP("PolicyError", "the name '{name}' is already used on line {first}"),
    "rule-status": QT_TRANSLATE_NOOP("PolicyError", "unknown status '{value}' (known: {known})"),
    "rule-finding": QT_TRANSLATE_NOOP("PolicyError", "unknown finding '{value}' (known: {known})"),
    "rule-unused-days": QT_TRANSLATE_NOOP("PolicyError", "unused-days must be 1 or more"),
    "rule-chooses-nothing": QT_TRANSLATE_NOOP("PolicyError", "chooses nothing: give a category, status, finding, "
                                                             "third-party, expired or unused-days"),
}
COUNTS = {"number-too-long": "digits"}  # the parameter a counted phrase takes for its %n

# Where in the file: the named steps of `what` ("site 'shop', cookie 'sid', lifetime").
WHERE = {
    "policy": QT_TRANSLATE_NOOP("PolicyError", "policy"),
    "policy-name": QT_TRANSLATE_NOOP("PolicyError", "policy name"),
    "category": QT_TRANSLATE_NOOP("PolicyError", "category '{value}'"),
    "category-id": QT_TRANSLATE_NOOP("PolicyError", "category id"),
    "provider": QT_TRANSLATE_NOOP("PolicyError", "provider '{value}'"),
    "provider-id": QT_TRANSLATE_NOOP("PolicyError", "provider id"),
    "site-number": QT_TRANSLATE_NOOP("PolicyError", "site {value}"),
    "site": QT_TRANSLATE_NOOP("PolicyError", "site '{value}'"),
    "cookie": QT_TRANSLATE_NOOP("PolicyError", "cookie"),
    "cookie-named": QT_TRANSLATE_NOOP("PolicyError", "cookie '{value}'"),
    "catalog": QT_TRANSLATE_NOOP("PolicyError", "catalog"),
    "keep-list": QT_TRANSLATE_NOOP("PolicyError", "keep list"),
    "keep-entry": QT_TRANSLATE_NOOP("PolicyError", "keep entry {value}"),
    "rules-file": QT_TRANSLATE_NOOP("PolicyError", "rules file"),
    "rule": QT_TRANSLATE_NOOP("PolicyError", "rule {value}"),
}
ASIDE = "aside"  # a step said in brackets after the one before it: a text's language, a rule's name
AT = QT_TRANSLATE_NOOP("PolicyError", "{what}: {problem}")

# What a value should have been, and what YAML read it as.
EXPECTED = {
    "mapping": QT_TRANSLATE_NOOP("PolicyError", "a mapping"),
    "list": QT_TRANSLATE_NOOP("PolicyError", "a list"),
    "text": QT_TRANSLATE_NOOP("PolicyError", "text"),
    "bool": QT_TRANSLATE_NOOP("PolicyError", "true or false"),
    "int": QT_TRANSLATE_NOOP("PolicyError", "a whole number"),
    "id": QT_TRANSLATE_NOOP("PolicyError", "an id"),
    "text-or-languages": QT_TRANSLATE_NOOP("PolicyError", "text or a mapping such as {en: ..., fr: ...}"),
    "policy": QT_TRANSLATE_NOOP("PolicyError", "a mapping with version, name, categories, providers and sites"),
    "catalog": QT_TRANSLATE_NOOP("PolicyError", "a mapping with version, providers and cookies"),
}
GOT = {
    "mapping": QT_TRANSLATE_NOOP("PolicyError", "a mapping"),
    "list": QT_TRANSLATE_NOOP("PolicyError", "a list"),
    "text": QT_TRANSLATE_NOOP("PolicyError", "text"),
    "bool": QT_TRANSLATE_NOOP("PolicyError", "true/false"),
    "number": QT_TRANSLATE_NOOP("PolicyError", "a number"),
    "nothing": QT_TRANSLATE_NOOP("PolicyError", "nothing"),
    "date": QT_TRANSLATE_NOOP("PolicyError", "a date"),
    "tagged": QT_TRANSLATE_NOOP("PolicyError", "a value tagged {tag}"),
}
# What a path that is not a regular file is: bounded_read.kind_of's codes, worded once for every reader.
FILE_KINDS = problem_words.FILE_KINDS
_CODED = {"expected": EXPECTED, "got": GOT, "file_kind": FILE_KINDS}


def where(steps, say: Say = english) -> str:
    """The place in the file, worded: keys as written, named steps in the reader's language."""
    text = ""
    for step in steps:
        if isinstance(step, str):
            part, aside = step, False
        else:
            code, *value = step
            aside = code == ASIDE
            part = f"({value[0]})" if aside else say(WHERE[code]).format(value=value[0] if value else "")
        text = f"{text} {part}" if aside else (f"{text}, {part}" if text else part)
    return text


def _shown(params: dict, say: Say) -> dict:
    out = {}
    for key, value in params.items():
        if key in _CODED:
            # Formatted for a tag alone: "{en: ..., fr: ...}" is an example, not a placeholder.
            value = say(_CODED[key][value]).format(tag=params.get("tag")) if value == "tagged" \
                else say(_CODED[key][value])
        elif isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        out[key] = value
    return out


def problem(why: str, params: dict, say: Say = english) -> str:
    """The sentence of a problem (`why` with `params`), with where it is when `params` says."""
    shown = _shown({k: v for k, v in params.items() if k != "what"}, say)
    phrase = PROBLEMS[why]
    text = say(phrase, params[COUNTS[why]]) if phrase.counted else say(phrase)
    text = text.format(**shown)
    what = params.get("what")
    return say(AT).format(what=where(what, say), problem=text) if what else text
