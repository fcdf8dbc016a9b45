"""Policy import: the seed page round-trips to policy.yaml; HTML tables, French headings, review marks."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import shared_file

from inspector.cli.main import main
from inspector.domain.policy.loader import load_policy
from inspector.domain.policy.importer import REVIEW, check_yaml, import_policy, import_policy_file, site_id_for

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
LILLE = "opendata.lillemetropole.fr"


def seed_page() -> Path:
    """The published policy page in ../shared/seeds; skipped with a reason where ../shared is absent."""
    return shared_file("seeds/000_4f00e5d35564493a.txt")


def rules_of(policy, site_id="opendata-lillemetropole"):
    site = next(s for s in policy.sites if s.id == site_id)
    return site, [(r.name, r.is_pattern, r.provider.name, r.category.id, r.function.get("en"), r.purpose.get("en"),
                   r.section.get("en") if r.section else None, r.lifetime_text) for r in site.rules]


def assert_reproduces_bundled(imported, bundled_policy):
    site, rules = rules_of(imported)
    bundled_site, bundled_rules = rules_of(bundled_policy)
    assert rules == bundled_rules
    assert (site.id, site.name, site.hosts, site.source_url) == (
        bundled_site.id, bundled_site.name, bundled_site.hosts, bundled_site.source_url)
    assert all(r.category.needs_consent is False for r in site.rules)


@pytest.mark.parametrize("source", ["seed", "data"])
def test_import_round_trips_to_the_bundled_lillemetropole_entries(source, bundled_policy, tmp_path):
    path = seed_page() if source == "seed" else DATA / "lillemetropole_cookie_table.txt"
    result = import_policy_file(path, LILLE)
    assert result.reviews == []
    out = tmp_path / "policy.yaml"
    out.write_text(result.to_yaml(), encoding="utf-8")
    assert_reproduces_bundled(load_policy(out), bundled_policy)


def test_cli_import_policy_writes_a_loadable_file(tmp_path, capsys, bundled_policy):
    out = tmp_path / "imported.yaml"
    code = main(["import-policy", str(DATA / "lillemetropole_cookie_table.txt"), "--site", LILLE, "-o", str(out)])
    assert code == 0
    assert "imported 4 cookies for opendata.lillemetropole.fr" in capsys.readouterr().err
    assert_reproduces_bundled(load_policy(out), bundled_policy)


def test_cli_import_policy_to_stdout_and_usage_errors(tmp_path, capsys):
    assert main(["import-policy", str(DATA / "lillemetropole_cookie_table.txt"), "--site", LILLE]) == 0
    assert "- name: \"csrftoken\"" in capsys.readouterr().out
    assert main(["import-policy", str(tmp_path / "missing.html"), "--site", LILLE]) == 2
    assert "file not found" in capsys.readouterr().err
    assert main(["import-policy", str(DATA / "lillemetropole_cookie_table.txt"), "--site", "https://x.org/"]) == 2
    assert "is a URL" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["import-policy", str(DATA / "lillemetropole_cookie_table.txt")])  # --site is required


def test_imported_policy_classifies_the_real_cookies(real_stores, tmp_path, capsys):
    out = tmp_path / "imported.yaml"
    main(["import-policy", str(DATA / "lillemetropole_cookie_table.txt"), "--site", LILLE, "-o", str(out)])
    main(["scan", "--policy", str(out), "--store", f"chromium:{real_stores.chromium_user_data()}",
          "--format", "csv"])
    rows = csv.DictReader(io.StringIO(capsys.readouterr().out))  # cells are quoted (OWASP), so parse them
    declared = {row["name"] for row in rows if row["status"] == "declared"}
    assert declared == {"sessionid", "django_language", "csrftoken", "cookies_preferences"}


FRENCH_HTML = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cookies</title>
<style>h2 { color: red }</style><script>var x = "<table><tr><td>nope</td></tr></table>";</script></head>
<body><div id="page"><h1>Politique de gestion des cookies</h1>
<p>Ce site dépose des traceurs. Voici la liste complète, classée par finalité.</p>
<h2>Cookies strictement nécessaires</h2>
<table><thead><tr><th>Nom du cookie</th><th>Fournisseur</th><th>Finalité</th><th>Durée de conservation</th></tr></thead>
<tbody>
<tr><td>PHPSESSID</td><td>Notre site</td><td>Garder votre session ouverte</td><td>Session</td></tr>
<tr><td>tarteaucitron</td><td>tarteaucitron.js</td><td>Mémoriser vos choix de cookies</td><td>1 an</td></tr>
</tbody></table>
<p><strong>Cookies de mesure d’audience</strong></p>
<table><tr><th>Nom</th><th>Éditeur</th><th>Description</th><th>Finalité</th><th>Durée</th></tr>
<tr><td>_pk_id.&lt;id&gt;, _pk_ses.*</td><td>Matomo</td><td>Statistiques de visite</td><td>Compter les visites</td>
<td>13 mois</td></tr></table>
<h2>Cookies publicitaires et réseaux sociaux</h2>
<table><tr><th>Cookie</th><th>Service</th><th>Finalité</th><th>Expiration</th></tr>
<tr><td>_fbp<br>fr</td><td>Meta</td><td>Publicité ciblée</td><td>3 mois</td></tr></table>
<h2>Autres traceurs</h2>
<table><tr><th>Cookie</th><th>Service</th><th>Usage</th><th>Expiration</th></tr>
<tr><td>mystery_id</td><td>Inconnu</td><td>Non précisé</td><td>pour toujours</td></tr></table>
</div></body></html>"""


def test_html_tables_with_french_headings():
    result = import_policy(FRENCH_HTML, "www.exemple.fr")
    got = {(c.name, c.is_pattern): (c.provider, c.category, c.lifetime, c.section) for c in result.cookies}
    assert got == {
        ("PHPSESSID", False): ("Notre site", "necessary", "session", "Cookies strictement nécessaires"),
        ("tarteaucitron", False): ("tarteaucitron.js", "necessary", "1 year", "Cookies strictement nécessaires"),
        ("_pk_id.*", True): ("Matomo", "statistics", "13 months", "Cookies de mesure d’audience"),
        ("_pk_ses.*", True): ("Matomo", "statistics", "13 months", "Cookies de mesure d’audience"),
        ("_fbp", False): ("Meta", "marketing", "3 months", "Cookies publicitaires et réseaux sociaux"),
        ("fr", False): ("Meta", "marketing", "3 months", "Cookies publicitaires et réseaux sociaux"),
        ("mystery_id", False): ("Inconnu", REVIEW, None, "Autres traceurs"),
    }
    pk = next(c for c in result.cookies if c.name == "_pk_id.*")
    assert pk.function == "Statistiques de visite" and pk.purpose == "Compter les visites"
    assert any("'_pk_id.<id>' read as the pattern '_pk_id.*'" in r for r in result.reviews)
    assert any("mystery_id: category not found" in r for r in result.reviews)
    assert any("'pour toujours': not understood" in r for r in result.reviews)
    policy = check_yaml(result.to_yaml())
    site = policy.sites[0]
    assert site.id == "exemple" and site.hosts == ("www.exemple.fr",)
    assert policy.categories[REVIEW].needs_consent is True  # an unmapped heading is never filed as necessary
    assert site.rule_for("_pk_id.42.abcd").name == "_pk_id.*"


def test_unmapped_headings_are_marked_for_review_in_the_yaml():
    text = import_policy(FRENCH_HTML, "www.exemple.fr").to_yaml()
    block = text[text.index("      # REVIEW: category not found"):].splitlines()
    assert block[:5] == [
        "      # REVIEW: category not found (the heading 'Autres traceurs' names no known category)",
        "      # REVIEW: no function on the page",
        "      # REVIEW: lifetime on the page is 'pour toujours': not understood, left out",
        '      - name: "mystery_id"',
        "        provider: inconnu",
    ]
    assert block[5] == "        category: to-review"


@pytest.mark.parametrize("heading,category", [
    ("Cookies necessary for the platform to function properly/functionality cookies", "necessary"),
    ("Strictly necessary cookies", "necessary"),
    ("Cookies nécessaires au bon fonctionnement", "necessary"),
    ("Cookies techniques", "necessary"),
    ("Statistical cookies", "statistics"),
    ("Cookies statistiques", "statistics"),
    ("Cookies de mesure d'audience", "statistics"),
    ("Analytics", "statistics"),
    ("Advertising cookies", "marketing"),
    ("Cookies de publicité", "marketing"),
    ("Cookies publicitaires", "marketing"),
    ("Third-party cookies", "third-party"),
    ("Cookies tiers", "third-party"),
    ("Préférences", "preferences"),
    ("Functionality cookies", "preferences"),
    ("Autres", REVIEW),
])
def test_headings_map_to_categories_by_keywords(heading, category):
    text = f"#### {heading}\n\nCookie name\tProvider\tPurpose\nsome_cookie\tAcme\tSomething\n"
    (cookie,) = import_policy(text, "example.org").cookies
    assert cookie.category == category


def test_copied_text_without_markdown_and_several_names_per_cell():
    text = ("Our cookies\n\nWe use the cookies below, grouped by purpose.\n\nAudience measurement\n"
            "Name\tProvider\tPurpose\tLifetime\n"
            "_pk_id.*, _pk_ses.*\tMatomo\tCount visits\t13 months\n"
            "_ga and _ga_*\tGoogle\tCount visits\t2 years\n"
            "_ga\tGoogle\tAgain\t2 years\n"
            "bad name\tNobody\tBroken\t1 day\n")
    result = import_policy(text, "example.org")
    assert [(c.name, c.is_pattern, c.category, c.lifetime) for c in result.cookies] == [
        ("_pk_id.*", True, "statistics", "13 months"), ("_pk_ses.*", True, "statistics", "13 months"),
        ("_ga", False, "statistics", "2 years"), ("_ga_*", True, "statistics", "2 years")]
    assert "'_ga' is listed twice on the page; the first entry is kept" in result.reviews
    assert any("skipped 'bad name'" in r for r in result.reviews)
    check_yaml(result.to_yaml())


def test_a_table_without_a_cookie_column_is_skipped_with_a_review():
    text = "# Cookies\n\nFoo\tBar\tBaz\n1\t2\t3\n"
    result = import_policy(text, "example.org")
    assert result.cookies == [] and "no header row naming the cookie column" in result.reviews[0]
    assert check_yaml(result.to_yaml()).sites[0].rules == ()
    assert import_policy("Nothing here.", "example.org").reviews == ["no table of cookies found on the page"]


@pytest.mark.parametrize("host,site_id", [
    ("opendata.lillemetropole.fr", "opendata-lillemetropole"), ("www.example.co.uk", "example"),
    ("example.org", "example"), ("127.0.0.1", "127-0-0-1"),
])
def test_site_ids(host, site_id):
    assert site_id_for(host) == site_id


def test_a_lifetime_cell_with_a_line_break_stays_inside_its_review_comment(tmp_path, capsys):
    # Issue 15, item 16: "13 mois<br>(renouvelé…)" put a line break into a `# REVIEW:` comment,
    # and the rest of the cell became YAML: "import-policy produced an invalid policy".
    page = tmp_path / "page.html"
    page.write_text("<h2>Cookies de mesure d'audience</h2><table><tr><th>Nom du cookie</th><th>Finalité</th>"
                    "<th>Durée de conservation</th></tr><tr><td>_pk_id</td><td>Mesure</td>"
                    "<td>13 mois<br>(renouvelé: à chaque visite)</td></tr></table>", encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert main(["import-policy", str(page), "--site", "x.example", "-o", str(out)]) == 0
    policy = load_policy(out)
    [rule] = policy.sites[0].rules
    assert rule.lifetime_text == "13 months"
    comments = [line for line in out.read_text(encoding="utf-8").splitlines() if "renouvel" in line]
    assert comments and all(line.lstrip().startswith("# REVIEW:") for line in comments)
