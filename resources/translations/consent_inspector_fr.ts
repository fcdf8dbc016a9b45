<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{sites} cookie policy</source>
        <translation>politique de cookies de {sites}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>dans moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>dans %n an</numerusform>
            <numerusform>dans %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Session cookie: the browser deletes it when it closes</source>
        <translation>Cookie de session&#xa0;: le navigateur le supprime à sa fermeture</translation>
    </message>
    <message>
        <source>Expired {time}: the browser ignores it and removes it on its next clean-up</source>
        <translation>Expiré le {time}&#xa0;: le navigateur l’ignore et le supprimera lors de son prochain nettoyage</translation>
    </message>
    <message>
        <source>Expires {time}</source>
        <translation>Expire le {time}</translation>
    </message>
    <message>
        <source>Secure: sent over HTTPS only</source>
        <translation>Secure&#xa0;: envoyé uniquement en HTTPS</translation>
    </message>
    <message>
        <source>Not Secure: also sent over plain HTTP</source>
        <translation>Sans Secure&#xa0;: envoyé aussi en HTTP non chiffré</translation>
    </message>
    <message>
        <source>HttpOnly: hidden from the page&apos;s scripts</source>
        <translation>HttpOnly&#xa0;: invisible pour les scripts de la page</translation>
    </message>
    <message>
        <source>Readable by the page&apos;s scripts</source>
        <translation>Lisible par les scripts de la page</translation>
    </message>
    <message>
        <source>SameSite=None: sent with cross-site requests too</source>
        <translation>SameSite=None&#xa0;: envoyé aussi avec les requêtes intersites</translation>
    </message>
    <message>
        <source>SameSite=Lax: sent with top-level navigations from other sites</source>
        <translation>SameSite=Lax&#xa0;: envoyé lors des navigations principales venant d’autres sites</translation>
    </message>
    <message>
        <source>SameSite=Strict: only sent to requests from the same site</source>
        <translation>SameSite=Strict&#xa0;: envoyé uniquement aux requêtes du même site</translation>
    </message>
    <message>
        <source>No SameSite attribute: the browser&apos;s default applies</source>
        <translation>Pas d’attribut SameSite&#xa0;: le comportement par défaut du navigateur s’applique</translation>
    </message>
    <message numerus="yes">
        <source>%n declared</source>
        <translation>
            <numerusform>%n déclaré</numerusform>
            <numerusform>%n déclarés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per catalog</source>
        <translation>
            <numerusform>%n selon le catalogue</numerusform>
            <numerusform>%n selon le catalogue</numerusform>
        </translation>
    </message>
    <message>
        <source>No policy declares this cookie, and neither catalog knows its name</source>
        <translation>Aucune politique ne déclare ce cookie, et aucun des deux catalogues ne connaît son nom</translation>
    </message>
    <message>
        <source>Declared as: {entry}</source>
        <translation>Déclaré sous&#xa0;: {entry}</translation>
    </message>
    <message>
        <source>The policy&apos;s own category: {label}</source>
        <translation>Catégorie selon la politique&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Entry: {entry}</source>
        <translation>Entrée&#xa0;: {entry}</translation>
    </message>
    <message>
        <source>Its own category: {label}</source>
        <translation>Sa propre catégorie&#xa0;: {label}</translation>
    </message>
    <message>
        <source>May be strictly necessary or a preference: consent is not certain either way</source>
        <translation>Peut être strictement nécessaire ou relever des préférences&#xa0;: le besoin de consentement n’est pas certain</translation>
    </message>
    <message>
        <source>&amp;Open Policy…</source>
        <translation>&amp;Ouvrir une politique…</translation>
    </message>
    <message>
        <source>Load another cookie policy file</source>
        <translation>Charger un autre fichier de politique de cookies</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Filter the cookies</source>
        <translation>Filtrer les cookies</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear every filter and show all cookies</source>
        <translation>Effacer tous les filtres et afficher tous les cookies</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the cookie stores again</source>
        <translation>Relire les bases de cookies</translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translation>&amp;Bases de cookies…</translation>
    </message>
    <message>
        <source>Every cookie store found, with its errors</source>
        <translation>Toutes les bases de cookies trouvées, avec leurs erreurs</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Panneau de &amp;détails</translation>
    </message>
    <message>
        <source>Show or hide the cookie details</source>
        <translation>Afficher ou masquer les détails du cookie</translation>
    </message>
    <message>
        <source>Go to S&amp;ites</source>
        <translation>Aller aux s&amp;ites</translation>
    </message>
    <message>
        <source>Go to Coo&amp;kies</source>
        <translation>Aller aux coo&amp;kies</translation>
    </message>
    <message>
        <source>Go to De&amp;tails</source>
        <translation>Aller aux dé&amp;tails</translation>
    </message>
    <message>
        <source>&amp;Reveal Value</source>
        <translation>&amp;Afficher la valeur</translation>
    </message>
    <message>
        <source>Decrypt and show the selected cookie&apos;s value</source>
        <translation>Déchiffrer et afficher la valeur du cookie sélectionné</translation>
    </message>
    <message>
        <source>&amp;About Consent Inspector</source>
        <translation>À &amp;propos de Consent Inspector</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>E&amp;xporter un rapport…</translation>
    </message>
    <message>
        <source>Save the shown cookies&apos; findings as HTML, CSV or JSON (never their values)</source>
        <translation>Enregistrer les constats des cookies affichés en HTML, CSV ou JSON (jamais leurs valeurs)</translation>
    </message>
    <message>
        <source>Export &amp;Cookies (cookies.txt)…</source>
        <translation>Exporter les &amp;cookies (cookies.txt)…</translation>
    </message>
    <message>
        <source>Save the shown cookies with their values for curl or yt-dlp (asks first)</source>
        <translation>Enregistrer les cookies affichés avec leurs valeurs pour curl ou yt-dlp (demande confirmation)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Sort C&amp;ookies By</source>
        <translation>Trier les c&amp;ookies par</translation>
    </message>
    <message>
        <source>Sort Sit&amp;es By</source>
        <translation>Trier les sit&amp;es par</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>BrowserOpenDialog</name>
    <message>
        <source>Close the Browser First</source>
        <translation>Fermez d’abord le navigateur</translation>
    </message>
    <message>
        <source>Browsers keep their cookies in memory and write them back, so cookies can only be deleted or restored while the browser profile that owns them is closed. Nothing was changed.</source>
        <translation>Les navigateurs gardent leurs cookies en mémoire et les réécrivent&#xa0;: on ne peut donc supprimer ou restaurer des cookies que lorsque le profil de navigateur qui les détient est fermé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Close it, then choose Retry.</source>
        <translation>Fermez-le, puis choisissez Réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Close %n browser profile(s) first</source>
        <translation>
            <numerusform>Fermez d’abord %n profil de navigateur</numerusform>
            <numerusform>Fermez d’abord %n profils de navigateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Close {profile} first</source>
        <translation>Fermez d’abord {profile}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message numerus="yes">
        <source>%n cookies</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n explained</source>
        <translation>
            <numerusform>%n expliqué</numerusform>
            <numerusform>%n expliqués</numerusform>
        </translation>
    </message>
    <message>
        <source>({percent} %)</source>
        <translation>({percent}&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>%n sites</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeclared</source>
        <translation>
            <numerusform>%n non déclaré</numerusform>
            <numerusform>%n non déclarés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stores</source>
        <translation>
            <numerusform>%n magasin</numerusform>
            <numerusform>%n magasins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookies against the choice</source>
        <translation>
            <numerusform>%n cookie contraire au choix</numerusform>
            <numerusform>%n cookies contraires au choix</numerusform>
        </translation>
    </message>
    <message>
        <source>policy error (left out): {error}</source>
        <translation>erreur de politique (écartée)&#xa0;: {error}</translation>
    </message>
    <message>
        <source>policy error: {error}</source>
        <translation>erreur de politique&#xa0;: {error}</translation>
    </message>
    <message>
        <source>no browser cookie stores found (try --demo, or --store {store})</source>
        <translation>aucun magasin de cookies de navigateur trouvé (essayez --demo, ou --store {store})</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} est un dossier&#x202f;; donnez un nom de fichier</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>impossible d’écrire {path}&#xa0;: le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>--columns: unknown column {names} (known: {known})</source>
        <translation>--columns&#xa0;: colonne inconnue {names} (connues&#xa0;: {known})</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d’écrire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>--site must not be empty</source>
        <translation>--site ne doit pas être vide</translation>
    </message>
    <message>
        <source>--category {category}: the policy has no such category (known: {known})</source>
        <translation>--category {category}&#xa0;: la politique n’a pas cette catégorie (connues&#xa0;: {known})</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) kept by the keep list (see `consent-inspector keep list`)</source>
        <translation>
            <numerusform>%n cookie gardé par la liste de conservation (voir `consent-inspector keep list`)</numerusform>
            <numerusform>%n cookies gardés par la liste de conservation (voir `consent-inspector keep list`)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was deleted</source>
        <translation>rien n’a été supprimé</translation>
    </message>
    <message>
        <source>nothing was deleted: {why}</source>
        <translation>rien n’a été supprimé&#xa0;: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n store(s) could not be read: {names}</source>
        <translation>
            <numerusform>%n magasin n’a pas pu être lu&#xa0;: {names}</numerusform>
            <numerusform>%n magasins n’ont pas pu être lus&#xa0;: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>no cookie matched --site {site}; nothing was deleted</source>
        <translation>aucun cookie ne correspond à --site {site}&#x202f;; rien n’a été supprimé</translation>
    </message>
    <message>
        <source>no cookie matched --site {site} and the other filters; nothing was deleted</source>
        <translation>aucun cookie ne correspond à --site {site} et aux autres filtres&#x202f;; rien n’a été supprimé</translation>
    </message>
    <message>
        <source>a real run would not be complete: {why}</source>
        <translation>une vraie exécution ne serait pas complète&#xa0;: {why}</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>interrupted at the question: nothing was deleted</source>
        <translation>interrompu à la question&#xa0;: rien n’a été supprimé</translation>
    </message>
    <message>
        <source>interrupted during the deletion: each store is either unchanged or fully done, and `consent-inspector undo --list` shows a deletion that was recorded</source>
        <translation>interrompu pendant la suppression&#xa0;: chaque magasin est soit inchangé, soit entièrement traité, et `consent-inspector undo --list` montre une suppression qui a été enregistrée</translation>
    </message>
    <message>
        <source>{why}; their cookies of --site {site} were not deleted</source>
        <translation>{why}&#x202f;; leurs cookies de --site {site} n’ont pas été supprimés</translation>
    </message>
    <message>
        <source>keep list error: {error}</source>
        <translation>erreur dans la liste de conservation&#xa0;: {error}</translation>
    </message>
    <message>
        <source>nothing was deleted: fix the keep list first (it says what to keep)</source>
        <translation>rien n’a été supprimé&#xa0;: corrigez d’abord la liste de conservation (elle dit quoi garder)</translation>
    </message>
    <message>
        <source>refusing to delete without confirmation: standard input is not a terminal (pass --yes to confirm, or --dry-run to only look)</source>
        <translation>suppression refusée sans confirmation&#xa0;: l’entrée standard n’est pas un terminal (ajoutez --yes pour confirmer, ou --dry-run pour seulement regarder)</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n cookies? A backup is kept for undo. [y/N]</source>
        <translation>
            <numerusform>Supprimer %n cookie&#x202f;? Une sauvegarde est gardée pour pouvoir annuler. [o/N]</numerusform>
            <numerusform>Supprimer ces %n cookies&#x202f;? Une sauvegarde est gardée pour pouvoir annuler. [o/N]</numerusform>
        </translation>
    </message>
    <message>
        <source>y/yes</source>
        <translation>o/oui</translation>
    </message>
    <message>
        <source>(dry run: nothing was deleted)</source>
        <translation>(simulation&#xa0;: rien n’a été supprimé)</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n cookie(s). Undo with: consent-inspector undo {undo_id}</source>
        <translation>
            <numerusform>%n cookie supprimé. Pour annuler&#xa0;: consent-inspector undo {undo_id}</numerusform>
            <numerusform>%n cookies supprimés. Pour annuler&#xa0;: consent-inspector undo {undo_id}</numerusform>
        </translation>
    </message>
    <message>
        <source>undo: give either --list or an ID</source>
        <translation>undo&#xa0;: donnez soit --list, soit un identifiant</translation>
    </message>
    <message>
        <source>{browser} · {profile}: restored {count}</source>
        <translation>{browser} · {profile}&#xa0;: {count} restauré(s)</translation>
    </message>
    <message>
        <source>{browser} · {profile}: restored {count}, {present} already there</source>
        <translation>{browser} · {profile}&#xa0;: {count} restauré(s), {present} déjà présent(s)</translation>
    </message>
    <message>
        <source>kept the newer {name} on {host} ({browser} · {profile}): the browser set it again after the deletion</source>
        <translation>{name} plus récent gardé sur {host} ({browser} · {profile})&#xa0;: le navigateur l’a redéposé après la suppression</translation>
    </message>
    <message numerus="yes">
        <source>Undone {undo_id}: %n cookie(s) restored.</source>
        <translation>
            <numerusform>{undo_id} annulée&#xa0;: %n cookie restauré.</numerusform>
            <numerusform>{undo_id} annulée&#xa0;: %n cookies restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No deletions yet.</source>
        <translation>Aucune suppression pour l’instant.</translation>
    </message>
    <message>
        <source>--save-as needs --rules FILE, the file to save the rule in</source>
        <translation>--save-as demande --rules FICHIER, le fichier où enregistrer la règle</translation>
    </message>
    <message>
        <source>--save-as: give the choices to save (--category, --status, --finding, --third-party, --expired, --unused-days)</source>
        <translation>--save-as&#xa0;: donnez les choix à enregistrer (--category, --status, --finding, --third-party, --expired, --unused-days)</translation>
    </message>
    <message>
        <source>rules error: {error}</source>
        <translation>erreur dans les règles&#xa0;: {error}</translation>
    </message>
    <message>
        <source>saved the rule &apos;{name}&apos; in {path}</source>
        <translation>règle «&#xa0;{name}&#xa0;» enregistrée dans {path}</translation>
    </message>
    <message>
        <source>choose what to clean: --category, --status, --finding, --third-party, --expired, --unused-days, or --rules FILE</source>
        <translation>choisissez quoi nettoyer&#xa0;: --category, --status, --finding, --third-party, --expired, --unused-days, ou --rules FICHIER</translation>
    </message>
    <message>
        <source>nothing was deleted: close those profiles and run the clean-up again</source>
        <translation>rien n’a été supprimé&#xa0;: fermez ces profils et relancez le nettoyage</translation>
    </message>
    <message>
        <source>no cookie to clean; nothing was deleted</source>
        <translation>aucun cookie à nettoyer&#x202f;; rien n’a été supprimé</translation>
    </message>
    <message numerus="yes">
        <source>no cookie to clean (%n kept by the keep list); nothing was deleted</source>
        <translation>
            <numerusform>aucun cookie à nettoyer (%n gardé par la liste de conservation)&#x202f;; rien n’a été supprimé</numerusform>
            <numerusform>aucun cookie à nettoyer (%n gardés par la liste de conservation)&#x202f;; rien n’a été supprimé</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>{title}&#xa0;:</translation>
    </message>
    <message>
        <source>{name} on {host}: {why}</source>
        <translation>{name} sur {host}&#xa0;: {why}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: {why}</source>
        <translation>laissé de côté&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{signed_out}: {sites}</source>
        <translation>{signed_out}&#xa0;: {sites}</translation>
    </message>
    <message>
        <source>--site {given}: not a site&apos;s registrable domain; did you mean --site {site} --host {host}?</source>
        <translation>--site {given}&#xa0;: ce n’est pas le domaine enregistrable d’un site&#x202f;; vouliez-vous dire --site {site} --host {host}&#x202f;?</translation>
    </message>
    <message>
        <source>--host {host} is not on the site {site}</source>
        <translation>--host {host} n’est pas sur le site {site}</translation>
    </message>
    <message>
        <source>--pattern must not be empty</source>
        <translation>--pattern ne doit pas être vide</translation>
    </message>
    <message>
        <source>fix the file (or remove it); until then no clean-up or bulk deletion runs</source>
        <translation>corrigez le fichier (ou supprimez-le)&#x202f;; d’ici là, aucun nettoyage ni suppression groupée ne s’exécute</translation>
    </message>
    <message>
        <source>Already kept: {entry}.</source>
        <translation>Déjà conservé&#xa0;: {entry}.</translation>
    </message>
    <message>
        <source>Keeping {entry} ({path}).</source>
        <translation>Conservé&#xa0;: {entry} ({path}).</translation>
    </message>
    <message>
        <source>No longer keeping {entry} ({path}).</source>
        <translation>Plus conservé&#xa0;: {entry} ({path}).</translation>
    </message>
    <message>
        <source>the keep list has no such entry: {entry}</source>
        <translation>la liste de conservation n’a pas cette entrée&#xa0;: {entry}</translation>
    </message>
    <message>
        <source>cannot write the keep list {path}: {error}</source>
        <translation>impossible d’écrire la liste de conservation {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The keep list is empty ({path}).</source>
        <translation>La liste de conservation est vide ({path}).</translation>
    </message>
    <message numerus="yes">
        <source>%n entry in {path}</source>
        <translation>
            <numerusform>%n entrée dans {path}</numerusform>
            <numerusform>%n entrées dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>--keep-days must be between {least} and {most}</source>
        <translation>--keep-days doit être entre {least} et {most}</translation>
    </message>
    <message>
        <source>no backup was deleted</source>
        <translation>aucune sauvegarde n’a été supprimée</translation>
    </message>
    <message numerus="yes">
        <source>Backups are kept %n day(s); {undoable}.</source>
        <translation>
            <numerusform>Les sauvegardes sont gardées %n jour&#x202f;; {undoable}.</numerusform>
            <numerusform>Les sauvegardes sont gardées %n jours&#x202f;; {undoable}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) can be undone</source>
        <translation>
            <numerusform>%n suppression peut être annulée</numerusform>
            <numerusform>%n suppressions peuvent être annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>refusing to delete the backups without confirmation: standard input is not a terminal (pass --yes to confirm)</source>
        <translation>suppression des sauvegardes refusée sans confirmation&#xa0;: l’entrée standard n’est pas un terminal (ajoutez --yes pour confirmer)</translation>
    </message>
    <message>
        <source>Delete every backup? The deletions they belong to can no longer be undone. [y/N]</source>
        <translation>Supprimer toutes les sauvegardes&#x202f;? Les suppressions auxquelles elles appartiennent ne pourront plus être annulées. [o/N]</translation>
    </message>
    <message>
        <source>choice not readable (run with --read-keyring)</source>
        <translation>choix illisible (relancez avec --read-keyring)</translation>
    </message>
    <message>
        <source>invalid value ({error})</source>
        <translation>valeur invalide ({error})</translation>
    </message>
    <message>
        <source>{category} {state}</source>
        <translation>{category}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>{choices}; vendors {accepted} accepted, {refused} refused</source>
        <translation>{choices}&#x202f;; partenaires&#xa0;: {accepted} acceptés, {refused} refusés</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>import-policy: {path}: file not found</source>
        <translation>import-policy&#xa0;: {path}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>import-policy: {error}</source>
        <translation>import-policy&#xa0;: {error}</translation>
    </message>
    <message>
        <source>import-policy: --hosts: {error}</source>
        <translation>import-policy&#xa0;: --hosts&#xa0;: {error}</translation>
    </message>
    <message>
        <source>import-policy produced an invalid policy ({error}); please report it</source>
        <translation>import-policy a produit une politique invalide ({error})&#x202f;; merci de le signaler</translation>
    </message>
    <message>
        <source>review: {note}</source>
        <translation>à vérifier&#xa0;: {note}</translation>
    </message>
    <message>
        <source>the page names its {platform} declaration: import it with `consent-inspector import-policy {url} --site {host}`</source>
        <translation>la page indique sa déclaration {platform}&#xa0;: importez-la avec `consent-inspector import-policy {url} --site {host}`</translation>
    </message>
    <message numerus="yes">
        <source>imported %n cookies for {host}; {reviews} to review</source>
        <translation>
            <numerusform>%n cookie importé pour {host}&#x202f;; {reviews} à vérifier</numerusform>
            <numerusform>%n cookies importés pour {host}&#x202f;; {reviews} à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n cookies for {host} to {path}; {reviews} to review</source>
        <translation>
            <numerusform>%n cookie importé pour {host} dans {path}&#x202f;; {reviews} à vérifier</numerusform>
            <numerusform>%n cookies importés pour {host} dans {path}&#x202f;; {reviews} à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saved %n cookies for {host} to {path}; {reviews} to review</source>
        <translation>
            <numerusform>%n cookie enregistré pour {host} dans {path}&#x202f;; {reviews} à vérifier</numerusform>
            <numerusform>%n cookies enregistrés pour {host} dans {path}&#x202f;; {reviews} à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>import-policy: {path} exists: give --force to replace it</source>
        <translation>import-policy&#xa0;: {path} existe&#xa0;: ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>import-policy: cannot save into the policy library: {error}</source>
        <translation>import-policy&#xa0;: impossible d’enregistrer dans la bibliothèque de politiques&#xa0;: {error}</translation>
    </message>
    <message>
        <source>report: give --format ({formats}) or an -o file ending in one of them</source>
        <translation>report&#xa0;: donnez --format ({formats}) ou un fichier -o qui se termine par l’un d’eux</translation>
    </message>
    <message>
        <source>export-cookies writes cookie VALUES (including live sign-in sessions) to {path}; add --yes-include-values to confirm</source>
        <translation>export-cookies écrit les VALEURS des cookies (y compris les sessions de connexion actives) dans {path}&#x202f;; ajoutez --yes-include-values pour confirmer</translation>
    </message>
    <message>
        <source>skipped {label}: {reason}</source>
        <translation>{label} laissé de côté&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n cookies to {path}</source>
        <translation>
            <numerusform>%n cookie écrit dans {path}</numerusform>
            <numerusform>%n cookies écrits dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n cookies to {path}; skipped {skipped}</source>
        <translation>
            <numerusform>%n cookie écrit dans {path}&#x202f;; laissés de côté&#xa0;: {skipped}</numerusform>
            <numerusform>%n cookies écrits dans {path}&#x202f;; laissés de côté&#xa0;: {skipped}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expiré</numerusform>
            <numerusform>%n expirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value unavailable</source>
        <translation>
            <numerusform>%n à la valeur indisponible</numerusform>
            <numerusform>%n aux valeurs indisponibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cookies.txt cannot carry safely</source>
        <translation>
            <numerusform>%n que cookies.txt ne peut pas porter sans risque</numerusform>
            <numerusform>%n que cookies.txt ne peut pas porter sans risque</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CLI table</name>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>HOSTS</source>
        <translation>HÔTES</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRATION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ÉMETTEUR</translation>
    </message>
    <message>
        <source>FINDINGS</source>
        <translation>CONSTATS</translation>
    </message>
    <message>
        <source>BROWSER · PROFILE</source>
        <translation>NAVIGATEUR · PROFIL</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>OÙ</translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <source>KEEPS</source>
        <translation>CONSERVE</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>POURQUOI</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>IMPORTED</source>
        <translation>IMPORTÉE</translation>
    </message>
    <message>
        <source>DECLARED</source>
        <translation>DÉCLARÉS</translation>
    </message>
    <message>
        <source>COVERED</source>
        <translation>COUVERTS</translation>
    </message>
    <message>
        <source>UNDO ID</source>
        <translation>ANNULATION</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>COOKIES</source>
        <translation>COOKIES</translation>
    </message>
    <message>
        <source>{browser} · {profile}: {count}</source>
        <translation>{browser} · {profile}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>expired {date}</source>
        <translation>expiré {date}</translation>
    </message>
    <message>
        <source>none knows it</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>session store</source>
        <translation>session</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>Open Cookie Database</source>
        <translation>Open Cookie Database</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <source>undeclared</source>
        <translation>non déclaré</translation>
    </message>
    <message>
        <source>no-policy</source>
        <translation>sans politique</translation>
    </message>
    <message>
        <source>&gt; declared</source>
        <translation>&gt; durée déclarée</translation>
    </message>
    <message>
        <source>&gt; 13 months</source>
        <translation>&gt; 13 mois</translation>
    </message>
    <message>
        <source>category?</source>
        <translation>catégorie douteuse</translation>
    </message>
    <message>
        <source>needs consent</source>
        <translation>consentement requis</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>done</source>
        <translation>effectuée</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>user</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>url</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
</context>
<context>
    <name>CatalogBox</name>
    <message>
        <source>What the catalog says (not a declaration)</source>
        <translation>Ce que dit le catalogue (pas une déclaration)</translation>
    </message>
    <message>
        <source>Catalog information</source>
        <translation>Informations du catalogue</translation>
    </message>
    <message>
        <source>No policy declares this cookie. This is what Consent Inspector&apos;s catalog of widely seen cookies says of its name: a guess, never a declaration by the site.</source>
        <translation>Aucune politique ne déclare ce cookie. Voici ce que le catalogue des cookies courants de Consent Inspector dit de son nom&#xa0;: une supposition, jamais une déclaration du site.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité&#xa0;:</translation>
    </message>
    <message>
        <source>Typical lifetime:</source>
        <translation>Durée de vie habituelle&#xa0;:</translation>
    </message>
    <message>
        <source>Catalog source:</source>
        <translation>Source du catalogue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Necessary</source>
        <translation>Nécessaires</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Third-party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>&lt;b&gt;Your choice&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre choix&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show vendors</source>
        <translation>Afficher les partenaires</translation>
    </message>
    <message>
        <source>Read consent choices…</source>
        <translation>Lire les choix de consentement…</translation>
    </message>
    <message>
        <source>Read the consent values the system keyring protects (it may ask once)</source>
        <translation>Lire les valeurs de consentement que le trousseau du système protège (il peut le demander une fois)</translation>
    </message>
    <message>
        <source>Delete the Cookies Against Your Choice…</source>
        <translation>Supprimer les cookies contraires à votre choix…</translation>
    </message>
    <message>
        <source>Delete, after confirming, every cookie listed here (your keep list still keeps its own)</source>
        <translation>Supprimer, après confirmation, chaque cookie listé ici (votre liste de conservation garde les siens)</translation>
    </message>
    <message>
        <source>Hide vendors</source>
        <translation>Masquer les partenaires</translation>
    </message>
    <message>
        <source>Vendors: {accepted} accepted, {refused} refused</source>
        <translation>Partenaires&#xa0;: {accepted} acceptés, {refused} refusés</translation>
    </message>
    <message>
        <source>Against your choice</source>
        <translation>Contraire à votre choix</translation>
    </message>
</context>
<context>
    <name>Clean-up</name>
    <message>
        <source>category {categories}</source>
        <translation>catégorie {categories}</translation>
    </message>
    <message>
        <source>status {statuses}</source>
        <translation>statut {statuses}</translation>
    </message>
    <message>
        <source>finding {findings}</source>
        <translation>constat {findings}</translation>
    </message>
    <message>
        <source>third-party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message numerus="yes">
        <source>not used for %n day(s)</source>
        <translation>
            <numerusform>inutilisé depuis %n jour</numerusform>
            <numerusform>inutilisé depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>site {text}</source>
        <translation>site {text}</translation>
    </message>
    <message numerus="yes">
        <source>{browser} · {profile} is open: %n cookie(s) left for later</source>
        <translation>
            <numerusform>{browser} · {profile} est ouvert&#xa0;: %n cookie laissé pour plus tard</numerusform>
            <numerusform>{browser} · {profile} est ouvert&#xa0;: %n cookies laissés pour plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{browser} · {profile}: %n cookie(s) in a store that cannot be written ({family})</source>
        <translation>
            <numerusform>{browser} · {profile}&#xa0;: %n cookie dans une base impossible à modifier ({family})</numerusform>
            <numerusform>{browser} · {profile}&#xa0;: %n cookies dans une base impossible à modifier ({family})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <source>Clean Up Cookies</source>
        <translation>Nettoyer les cookies</translation>
    </message>
    <message>
        <source>Delete, on every site and in every browser, the cookies that are:</source>
        <translation>Supprimer, sur chaque site et dans chaque navigateur, les cookies&#xa0;:</translation>
    </message>
    <message>
        <source>Undeclared by the site&apos;s policy</source>
        <translation>Non déclarés par la politique du site</translation>
    </message>
    <message>
        <source>Kept beyond 13 months</source>
        <translation>Conservés plus de 13 mois</translation>
    </message>
    <message>
        <source>Kept longer than declared</source>
        <translation>Conservés plus longtemps que déclaré</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Not used for</source>
        <translation>Inutilisés depuis</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Against the consent choice you made on the site</source>
        <translation>Contraires au choix de consentement que vous avez fait sur le site</translation>
    </message>
    <message>
        <source>Only third-party cookies (set for other sites&apos; pages)</source>
        <translation>Seulement les cookies tiers (déposés pour les pages d’autres sites)</translation>
    </message>
    <message>
        <source>Cookies to delete per site and category</source>
        <translation>Cookies à supprimer par site et par catégorie</translation>
    </message>
    <message>
        <source>Site · category · cookie</source>
        <translation>Site · catégorie · cookie</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ce que c’est</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Browser · Profile</source>
        <translation>Navigateur · Profil</translation>
    </message>
    <message>
        <source>Delete from the closed ones now; the open ones are left as they are</source>
        <translation>Supprimer dès maintenant dans les profils fermés&#x202f;; les profils ouverts restent tels quels</translation>
    </message>
    <message>
        <source>Add the chosen site&apos;s sign-in cookies to your keep list</source>
        <translation>Ajouter les cookies de connexion du site choisi à votre liste de conservation</translation>
    </message>
    <message>
        <source>Save as &amp;Rule…</source>
        <translation>Enregistrer comme &amp;règle…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>undeclared</source>
        <translation>non déclarés</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>constats</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirés</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>inutilisés</translation>
    </message>
    <message>
        <source>third-party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cookie(s)</source>
        <translation>
            <numerusform>Supprimer %n cookie</numerusform>
            <numerusform>Supprimer %n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n site(s)</source>
        <translation>
            <numerusform>sur %n site</numerusform>
            <numerusform>sur %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Cookie(s)</source>
        <translation>
            <numerusform>Supprimer %n cookie</numerusform>
            <numerusform>Supprimer %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>From: {stores}</source>
        <translation>Depuis&#xa0;: {stores}</translation>
    </message>
    <message>
        <source>Left for later:</source>
        <translation>Laissés pour plus tard&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>signs you out ({names})</source>
        <translation>vous déconnecte ({names})</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>No source describes it</source>
        <translation>Aucune source ne le décrit</translation>
    </message>
    <message>
        <source>Add the sign-in cookies of {site} to your keep list</source>
        <translation>Ajouter les cookies de connexion de {site} à votre liste de conservation</translation>
    </message>
    <message>
        <source>Choose a site that would sign you out</source>
        <translation>Choisissez un site dont vous seriez déconnecté</translation>
    </message>
    <message>
        <source>Save as Rule</source>
        <translation>Enregistrer comme règle</translation>
    </message>
    <message>
        <source>Name of the rule:</source>
        <translation>Nom de la règle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CleanupFlow</name>
    <message>
        <source>Nothing is deleted while the keep list cannot be read.</source>
        <translation>Rien n’est supprimé tant que la liste de conservation est illisible.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>The clean-up could not be planned: {error}</source>
        <translation>Le nettoyage n’a pas pu être préparé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Saved as the rule “{name}” in {path}; run it with consent-inspector clean --rules {path} --yes</source>
        <translation>Enregistré comme la règle «&#xa0;{name}&#xa0;» dans {path}&#x202f;; lancez-la avec consent-inspector clean --rules {path} --yes</translation>
    </message>
</context>
<context>
    <name>CleanupPart</name>
    <message>
        <source>C&amp;lean Up…</source>
        <translation>&amp;Nettoyer…</translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation>Nettoyer</translation>
    </message>
    <message>
        <source>Delete every unwanted cookie of every site and browser in one step, keeping your keep list (asks first)</source>
        <translation>Supprimer en une fois chaque cookie indésirable de chaque site et navigateur, en respectant votre liste de conservation (demande d’abord)</translation>
    </message>
    <message>
        <source>&amp;Keep &amp;&amp; Clean Up</source>
        <translation>&amp;Conserver &amp;&amp; nettoyer</translation>
    </message>
    <message>
        <source>The keep list cannot be read: nothing is deleted until it is fixed.</source>
        <translation>La liste de conservation est illisible&#xa0;: rien n’est supprimé tant qu’elle n’est pas corrigée.</translation>
    </message>
</context>
<context>
    <name>ConfirmDeletionDialog</name>
    <message>
        <source>Delete Cookies</source>
        <translation>Supprimer des cookies</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cookie(s)?</source>
        <translation>
            <numerusform>Supprimer %n cookie&#x202f;?</numerusform>
            <numerusform>Supprimer %n cookies&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed from the browsers&apos; cookie stores. A backup is kept: Edit → Undo or View → Deletion History brings them back.</source>
        <translation>Ils sont retirés des bases de cookies des navigateurs. Une sauvegarde est conservée&#xa0;: Édition → Annuler ou Affichage → Historique des suppressions les restaure.</translation>
    </message>
    <message>
        <source>Keep {names} on {site}, and delete the others</source>
        <translation>Conserver {names} sur {site} et supprimer les autres</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Cookie(s)</source>
        <translation>
            <numerusform>Supprimer %n cookie</numerusform>
            <numerusform>Supprimer %n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes the cookies listed in this dialog</source>
        <translation>Supprime les cookies listés dans cette fenêtre</translation>
    </message>
    <message>
        <source>Cookies to delete per browser profile</source>
        <translation>Cookies à supprimer par profil de navigateur</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Store or read information on your device</source>
        <translation>Stocker ou lire des informations sur votre appareil</translation>
    </message>
    <message>
        <source>Pick ads from limited data</source>
        <translation>Choisir des publicités à partir de données limitées</translation>
    </message>
    <message>
        <source>Build a profile of you for targeted ads</source>
        <translation>Établir votre profil pour des publicités ciblées</translation>
    </message>
    <message>
        <source>Pick ads for you from that profile</source>
        <translation>Choisir des publicités pour vous à partir de ce profil</translation>
    </message>
    <message>
        <source>Build a profile of you to tailor content</source>
        <translation>Établir votre profil pour adapter le contenu</translation>
    </message>
    <message>
        <source>Pick content for you from that profile</source>
        <translation>Choisir du contenu pour vous à partir de ce profil</translation>
    </message>
    <message>
        <source>Measure how well ads work</source>
        <translation>Mesurer l’efficacité des publicités</translation>
    </message>
    <message>
        <source>Measure how well content works</source>
        <translation>Mesurer l’efficacité du contenu</translation>
    </message>
    <message>
        <source>Study audiences with statistics or combined data</source>
        <translation>Étudier les audiences par des statistiques ou des données combinées</translation>
    </message>
    <message>
        <source>Build and improve the services</source>
        <translation>Concevoir et améliorer les services</translation>
    </message>
    <message>
        <source>Pick content from limited data</source>
        <translation>Choisir du contenu à partir de données limitées</translation>
    </message>
    <message>
        <source>Use your precise location</source>
        <translation>Utiliser votre position précise</translation>
    </message>
    <message>
        <source>Identify your device by scanning its characteristics</source>
        <translation>Identifier votre appareil en analysant ses caractéristiques</translation>
    </message>
    <message>
        <source>IAB TCF</source>
        <translation>IAB TCF</translation>
    </message>
    <message>
        <source>Didomi</source>
        <translation>Didomi</translation>
    </message>
    <message>
        <source>OneTrust</source>
        <translation>OneTrust</translation>
    </message>
    <message>
        <source>Cookiebot</source>
        <translation>Cookiebot</translation>
    </message>
    <message>
        <source>Axeptio</source>
        <translation>Axeptio</translation>
    </message>
    <message>
        <source>tarteaucitron.js</source>
        <translation>tarteaucitron.js</translation>
    </message>
    <message>
        <source>Opendatasoft</source>
        <translation>Opendatasoft</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>claims legitimate interest for profiling (purposes 3–6), which TCF 2.2 no longer allows</source>
        <translation>invoque l’intérêt légitime pour le profilage (finalités 3 à 6), ce que TCF 2.2 n’autorise plus</translation>
    </message>
    <message>
        <source>claims legitimate interest for storing on the device (purpose 1)</source>
        <translation>invoque l’intérêt légitime pour stocker sur l’appareil (finalité 1)</translation>
    </message>
    <message>
        <source>was asked under TCF policy rules older than 2.2</source>
        <translation>a été demandé selon des règles TCF antérieures à la version 2.2</translation>
    </message>
    <message>
        <source>is a global-scope string, retired in 2021</source>
        <translation>est une chaîne de portée globale, abandonnée en 2021</translation>
    </message>
    <message>
        <source>does not say which vendors you were shown (TCF 2.3)</source>
        <translation>ne dit pas quels partenaires vous ont été présentés (TCF 2.3)</translation>
    </message>
    <message>
        <source>time-stamps your visit finer than the day</source>
        <translation>horodate votre visite plus finement qu’au jour près</translation>
    </message>
    <message>
        <source>Against your choice</source>
        <translation>Contraire à votre choix</translation>
    </message>
    <message>
        <source>Set before your choice</source>
        <translation>Déposé avant votre choix</translation>
    </message>
    <message>
        <source>No recorded choice</source>
        <translation>Aucun choix enregistré</translation>
    </message>
    <message>
        <source>Old choice</source>
        <translation>Choix ancien</translation>
    </message>
    <message>
        <source>Invalid consent value</source>
        <translation>Valeur de consentement invalide</translation>
    </message>
    <message>
        <source>Against choice</source>
        <translation>Contre le choix</translation>
    </message>
    <message>
        <source>Before choice</source>
        <translation>Avant le choix</translation>
    </message>
    <message>
        <source>No choice made</source>
        <translation>Aucun choix fait</translation>
    </message>
    <message>
        <source>Invalid consent</source>
        <translation>Consentement invalide</translation>
    </message>
    <message>
        <source>{name}: your {platform} choice refused {what}, yet it is here.</source>
        <translation>{name}&#xa0;: votre choix {platform} a refusé {what}, et pourtant il est là.</translation>
    </message>
    <message>
        <source>{name}: your {platform} choice never consented to {what}, yet it is here.</source>
        <translation>{name}&#xa0;: votre choix {platform} n’a jamais consenti à {what}, et pourtant il est là.</translation>
    </message>
    <message>
        <source>{provider} (vendor {id})</source>
        <translation>{provider} (partenaire {id})</translation>
    </message>
    <message>
        <source>storing information on your device</source>
        <translation>le stockage d’informations sur votre appareil</translation>
    </message>
    <message>
        <source>It was set after your choice.</source>
        <translation>Il a été déposé après votre choix.</translation>
    </message>
    <message>
        <source>It was set before your choice and not removed when you refused.</source>
        <translation>Il a été déposé avant votre choix et n’a pas été retiré lors de votre refus.</translation>
    </message>
    <message>
        <source>When it was set is unknown (the browser keeps no creation time).</source>
        <translation>On ignore quand il a été déposé (le navigateur ne garde pas la date de création).</translation>
    </message>
    <message>
        <source>{name} needs consent and was set before your choice was recorded.</source>
        <translation>{name} requiert un consentement et a été déposé avant l’enregistrement de votre choix.</translation>
    </message>
    <message>
        <source>{name} needs consent, and this site holds no recorded choice.</source>
        <translation>{name} requiert un consentement, et ce site n’a enregistré aucun choix.</translation>
    </message>
    <message>
        <source>{name} needs consent, and the site&apos;s banner was never answered.</source>
        <translation>{name} requiert un consentement, et le bandeau du site n’a jamais reçu de réponse.</translation>
    </message>
    <message>
        <source>Your {platform} choice is {days} days old: after {months} months it should be asked again.</source>
        <translation>Votre choix {platform} date de {days} jours&#xa0;: après {months} mois, il devrait vous être redemandé.</translation>
    </message>
    <message>
        <source>The {platform} consent value cannot be decoded ({error}).</source>
        <translation>La valeur de consentement {platform} ne peut pas être décodée ({error}).</translation>
    </message>
    <message>
        <source>The {platform} consent value {rules}.</source>
        <translation>La valeur de consentement {platform} {rules}.</translation>
    </message>
    <message>
        <source>Choice not readable: the value is protected by the system keyring.</source>
        <translation>Choix illisible&#xa0;: la valeur est protégée par le trousseau du système.</translation>
    </message>
    <message>
        <source>You refused {categories} on {site} on {date}.</source>
        <translation>Vous avez refusé {categories} sur {site} le {date}.</translation>
    </message>
    <message>
        <source>You accepted {categories} on {site} on {date}.</source>
        <translation>Vous avez accepté {categories} sur {site} le {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) are here anyway</source>
        <translation>
            <numerusform>%n cookie est là malgré tout</numerusform>
            <numerusform>%n cookies sont là malgré tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them set after your choice</source>
        <translation>
            <numerusform>dont %n déposé après votre choix</numerusform>
            <numerusform>dont %n déposés après votre choix</numerusform>
        </translation>
    </message>
    <message>
        <source>No cookie here goes against it.</source>
        <translation>Aucun cookie ici ne va contre ce choix.</translation>
    </message>
    <message>
        <source>No choice is recorded on {site}.</source>
        <translation>Aucun choix n’est enregistré sur {site}.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
</context>
<context>
    <name>ConsentActions</name>
    <message>
        <source>&amp;Read Consent Choices…</source>
        <translation>&amp;Lire les choix de consentement…</translation>
    </message>
    <message>
        <source>Read the consent choices whose values the system keyring protects (the system may ask for its password, once)</source>
        <translation>Lire les choix de consentement dont le trousseau du système protège les valeurs (le système peut demander son mot de passe, une fois)</translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation>Co&amp;nsentement</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>Show Only {site}</source>
        <translation>Afficher uniquement {site}</translation>
    </message>
</context>
<context>
    <name>CookieModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Browser · Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>The registrable site the cookie belongs to, as the site list groups it</source>
        <translation>Le site enregistrable auquel appartient le cookie, tel que la liste des sites le regroupe</translation>
    </message>
    <message>
        <source>Who sets the cookie, according to the site&apos;s cookie policy</source>
        <translation>Qui dépose le cookie, selon la politique de cookies du site</translation>
    </message>
    <message>
        <source>What the cookie is for, according to the site&apos;s cookie policy</source>
        <translation>À quoi sert le cookie, selon la politique de cookies du site</translation>
    </message>
    <message>
        <source>A leading dot marks a domain cookie, which subdomains receive too</source>
        <translation>Un point initial signale un cookie de domaine, que les sous-domaines reçoivent aussi</translation>
    </message>
    <message>
        <source>When the browser deletes the cookie; hover a cell for the exact UTC time</source>
        <translation>Quand le navigateur supprimera le cookie&#x202f;; survolez une cellule pour l’heure UTC exacte</translation>
    </message>
    <message>
        <source>The browser, profile and container that hold the cookie</source>
        <translation>Le navigateur, le profil et le conteneur qui détiennent le cookie</translation>
    </message>
    <message>
        <source>The Secure, HttpOnly and SameSite attributes</source>
        <translation>Les attributs Secure, HttpOnly et SameSite</translation>
    </message>
    <message>
        <source>Whether the site&apos;s cookie policy declares the cookie</source>
        <translation>Si la politique de cookies du site déclare le cookie</translation>
    </message>
    <message>
        <source>{host}
Partitioned under {partition}</source>
        <translation>{host}
Partitionné sous {partition}</translation>
    </message>
</context>
<context>
    <name>CookieView</name>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows as text (never their values)</source>
        <translation>Copier les lignes sélectionnées en texte (jamais leurs valeurs)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>deleting from this kind of store is not supported yet</source>
        <translation>la suppression dans ce type de base n’est pas encore prise en charge</translation>
    </message>
    <message>
        <source>deleting from {family} stores is not supported</source>
        <translation>la suppression dans les bases {family} n’est pas prise en charge</translation>
    </message>
    <message>
        <source>{browser} · {profile}: {name} on {host} is kept: {reason}</source>
        <translation>{browser} · {profile}&#xa0;: {name} sur {host} est conservé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the deletion is done but its history entry could not be updated ({error})</source>
        <translation>la suppression est faite, mais son entrée d’historique n’a pas pu être mise à jour ({error})</translation>
    </message>
    <message>
        <source>the backup {path} could not be marked as undone ({error}); undoing it again changes nothing</source>
        <translation>la sauvegarde {path} n’a pas pu être marquée comme restaurée ({error})&#x202f;; la restaurer de nouveau ne change rien</translation>
    </message>
    <message>
        <source>a previous run was stopped while deleting ({undo_id}); that deletion has now been finished from its backup</source>
        <translation>une exécution précédente a été interrompue pendant une suppression ({undo_id})&#x202f;; cette suppression a été terminée à partir de sa sauvegarde</translation>
    </message>
    <message>
        <source>a previous run was stopped while undoing {undo_id}; that undo has now been finished from its backup</source>
        <translation>une exécution précédente a été interrompue pendant l’annulation de {undo_id}&#x202f;; cette annulation a été terminée à partir de sa sauvegarde</translation>
    </message>
    <message>
        <source>a previous run was stopped while deleting ({undo_id}) before anything was deleted; it has been rolled back and its backup removed</source>
        <translation>une exécution précédente a été interrompue pendant une suppression ({undo_id}) avant que rien ne soit supprimé&#x202f;; elle a été annulée et sa sauvegarde retirée</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) older than {days} days deleted (their deletions can no longer be undone)</source>
        <translation>
            <numerusform>%n sauvegarde de plus de {days} jours supprimée (sa suppression ne peut plus être annulée)</numerusform>
            <numerusform>%n sauvegardes de plus de {days} jours supprimées (leurs suppressions ne peuvent plus être annulées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cookie(s):</source>
        <translation>
            <numerusform>Supprimer %n cookie&#xa0;:</numerusform>
            <numerusform>Supprimer %n cookies&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>{browser} · {profile}: {parts}</source>
        <translation>{browser} · {profile}&#xa0;: {parts}</translation>
    </message>
    <message numerus="yes">
        <source>%n from {path}</source>
        <translation>
            <numerusform>%n de {path}</numerusform>
            <numerusform>%n de {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the session store of {folder}</source>
        <translation>
            <numerusform>%n de la sauvegarde de session de {folder}</numerusform>
            <numerusform>%n de la sauvegarde de session de {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the session store of {folder} (cookies of the open session that Firefox would restore)</source>
        <translation>
            <numerusform>%n de la sauvegarde de session de {folder} (cookies de la session ouverte que Firefox restaurerait)</numerusform>
            <numerusform>%n de la sauvegarde de session de {folder} (cookies de la session ouverte que Firefox restaurerait)</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>another Consent Inspector is changing the profile {profile}; nothing was changed: try again when it is done</source>
        <translation>une autre instance de Consent Inspector modifie le profil {profile}&#x202f;; rien n’a été modifié&#xa0;: réessayez quand elle aura terminé</translation>
    </message>
    <message>
        <source>refused: {path} belongs to user {owner}, not to you ({user}), so it may have been planted; nothing was changed. Move it away, then try again</source>
        <translation>refusé&#xa0;: {path} appartient à l’utilisateur {owner}, pas à vous ({user}), il a donc pu être déposé par un tiers&#x202f;; rien n’a été modifié. Déplacez-le, puis réessayez</translation>
    </message>
    <message>
        <source>refused: other users can write to {path} (mode {mode}), so what is inside may have been planted; nothing was changed. Check it, then run `chmod go-w {path}`</source>
        <translation>refusé&#xa0;: d’autres utilisateurs peuvent écrire dans {path} (mode {mode}), son contenu a donc pu être déposé par un tiers&#x202f;; rien n’a été modifié. Vérifiez-le, puis lancez `chmod go-w {path}`</translation>
    </message>
    <message>
        <source>refused: {path} is not a regular file, so it may have been planted; nothing was changed</source>
        <translation>refusé&#xa0;: {path} n’est pas un fichier ordinaire, il a donc pu être déposé par un tiers&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the disk is full ({path}); nothing was changed. Free some space, then try again</source>
        <translation>le disque est plein ({path})&#x202f;; rien n’a été modifié. Libérez de la place, puis réessayez</translation>
    </message>
    <message>
        <source>the disk is full ({path}), so the session store could not be rewritten yet; the next run finishes this once there is space</source>
        <translation>le disque est plein ({path}), la session n’a donc pas encore pu être réécrite&#x202f;; la prochaine exécution terminera dès qu’il y aura de la place</translation>
    </message>
    <message numerus="yes">
        <source>A backup is kept for %n day(s): until then this deletion can be undone.</source>
        <translation>
            <numerusform>Une sauvegarde est conservée %n jour&#xa0;: d’ici là, cette suppression peut être annulée.</numerusform>
            <numerusform>Une sauvegarde est conservée %n jours&#xa0;: d’ici là, cette suppression peut être annulée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) deleted: those deletions can no longer be undone.</source>
        <translation>
            <numerusform>%n sauvegarde supprimée&#xa0;: sa suppression ne peut plus être annulée.</numerusform>
            <numerusform>%n sauvegardes supprimées&#xa0;: ces suppressions ne peuvent plus être annulées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionActions</name>
    <message>
        <source>&amp;Delete Cookies…</source>
        <translation>&amp;Supprimer les cookies…</translation>
    </message>
    <message>
        <source>Delete the selected cookies from their browsers (asks first)</source>
        <translation>Supprimer les cookies sélectionnés de leurs navigateurs (demande confirmation)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete All Cookies of the Selected &amp;Sites…</source>
        <translation>Supprimer tous les cookies des &amp;sites sélectionnés…</translation>
    </message>
    <message>
        <source>Delete every cookie of the sites chosen in the site list</source>
        <translation>Supprimer tous les cookies des sites choisis dans la liste des sites</translation>
    </message>
    <message>
        <source>Delete U&amp;ndeclared Cookies of This Site…</source>
        <translation>Supprimer les cookies &amp;non déclarés de ce site…</translation>
    </message>
    <message>
        <source>Delete the cookies the site&apos;s policy does not declare</source>
        <translation>Supprimer les cookies que la politique du site ne déclare pas</translation>
    </message>
    <message>
        <source>Delete Cookies of a &amp;Category</source>
        <translation>Supprimer les cookies d’une &amp;catégorie</translation>
    </message>
    <message>
        <source>&amp;Undo Deletion</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Put back the cookies of the latest deletion</source>
        <translation>Remettre les cookies de la dernière suppression</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Deletion &amp;History…</source>
        <translation>&amp;Historique des suppressions…</translation>
    </message>
    <message>
        <source>Past deletions, and restoring any of them</source>
        <translation>Les suppressions passées, et la restauration de chacune</translation>
    </message>
    <message>
        <source>Delete Cookies of a Category on {site}</source>
        <translation>Supprimer les cookies d’une catégorie sur {site}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Undeclared Cookie(s) of {site}…</source>
        <translation>
            <numerusform>Supprimer %n cookie non déclaré de {site}…</numerusform>
            <numerusform>Supprimer %n cookies non déclarés de {site}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one site first</source>
        <translation>Choisissez d’abord un site</translation>
    </message>
    <message>
        <source>{category} ({counts})…</source>
        <translation>{category} ({counts})…</translation>
    </message>
    <message>
        <source>No cookie of {site} has a known category</source>
        <translation>Aucun cookie de {site} n’a de catégorie connue</translation>
    </message>
    <message>
        <source>Nothing is deleted while the keep list cannot be read.</source>
        <translation>Rien n’est supprimé tant que la liste de conservation est illisible.</translation>
    </message>
    <message>
        <source>Delete All Cookies of {site}…</source>
        <translation>Supprimer tous les cookies de {site}…</translation>
    </message>
    <message numerus="yes">
        <source>Delete All Cookies of %n Site(s)…</source>
        <translation>
            <numerusform>Supprimer tous les cookies de %n site…</numerusform>
            <numerusform>Supprimer tous les cookies de %n sites…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Undeclared Cookies of {site}…</source>
        <translation>Supprimer les cookies non déclarés de {site}…</translation>
    </message>
</context>
<context>
    <name>DeletionFlow</name>
    <message>
        <source>Deletion result</source>
        <translation>Résultat de la suppression</translation>
    </message>
    <message>
        <source>Deletion problem</source>
        <translation>Problème de suppression</translation>
    </message>
    <message>
        <source>None of these cookies can be deleted.</source>
        <translation>Aucun de ces cookies ne peut être supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n cookie(s)…</source>
        <translation>
            <numerusform>Suppression de %n cookie…</numerusform>
            <numerusform>Suppression de %n cookies…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n cookie(s)</source>
        <translation>
            <numerusform>%n cookie supprimé</numerusform>
            <numerusform>%n cookies supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restoring deleted cookies…</source>
        <translation>Restauration des cookies supprimés…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n cookie(s)</source>
        <translation>
            <numerusform>%n cookie restauré</numerusform>
            <numerusform>%n cookies restaurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) had been set again since the deletion; the newer one was kept:</source>
        <translation>
            <numerusform>%n cookie avait été redéposé depuis la suppression&#x202f;; le plus récent a été conservé&#xa0;:</numerusform>
            <numerusform>%n cookies avaient été redéposés depuis la suppression&#x202f;; les plus récents ont été conservés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The cookies could not be changed.</source>
        <translation>Les cookies n’ont pas pu être modifiés.</translation>
    </message>
    <message numerus="yes">
        <source>Backups are now kept %n day(s).</source>
        <translation>
            <numerusform>Les sauvegardes sont désormais conservées %n jour.</numerusform>
            <numerusform>Les sauvegardes sont désormais conservées %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion history could not be read.</source>
        <translation>L’historique des suppressions n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Cookie details</source>
        <translation>Détails du cookie</translation>
    </message>
    <message>
        <source>Select a cookie to see what it is for.</source>
        <translation>Sélectionnez un cookie pour voir à quoi il sert.</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Dernier usage&#xa0;:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributs&#xa0;:</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partition&#xa0;:</translation>
    </message>
    <message>
        <source>Browser:</source>
        <translation>Navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Base&#xa0;:</translation>
    </message>
    <message>
        <source>What the policy says</source>
        <translation>Ce que dit la politique</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Politique&#xa0;:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Declared lifetime:</source>
        <translation>Durée déclarée&#xa0;:</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Section&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Hide the details pane (Ctrl+D shows it again)</source>
        <translation>Masquer le panneau de détails (Ctrl+D le réaffiche)</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) selected.</source>
        <translation>
            <numerusform>%n cookie sélectionné.</numerusform>
            <numerusform>%n cookies sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>{host}{path} · {where}</source>
        <translation>{host}{path} · {where}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source: none&lt;/b&gt; — no policy, catalog or the Open Cookie Database explains this cookie.</source>
        <translation>&lt;b&gt;Source&#xa0;: aucune&lt;/b&gt; — ni politique, ni catalogue, ni l’Open Cookie Database n’explique ce cookie.</translation>
    </message>
    <message>
        <source>the site&apos;s policy</source>
        <translation>la politique du site</translation>
    </message>
    <message>
        <source>Consent Inspector&apos;s catalog (a guess, not a declaration)</source>
        <translation>le catalogue de Consent Inspector (une supposition, pas une déclaration)</translation>
    </message>
    <message>
        <source>the Open Cookie Database (a guess, not a declaration)</source>
        <translation>l’Open Cookie Database (une supposition, pas une déclaration)</translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation>catégorie&#xa0;: {category}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source: {source}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Source&#xa0;: {source}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>this host only</source>
        <translation>cet hôte uniquement</translation>
    </message>
    <message>
        <source>a domain cookie: its subdomains receive it too</source>
        <translation>un cookie de domaine&#xa0;: ses sous-domaines le reçoivent aussi</translation>
    </message>
    <message>
        <source>Not partitioned</source>
        <translation>Non partitionné</translation>
    </message>
    <message>
        <source>No known cookie policy covers {site}.</source>
        <translation>Aucune politique de cookies connue ne couvre {site}.</translation>
    </message>
    <message>
        <source>{category} (the policy says “{label}”)</source>
        <translation>{category} (la politique dit «&#xa0;{label}&#xa0;»)</translation>
    </message>
    <message>
        <source>Needed before the site may set it</source>
        <translation>Requis avant que le site puisse le déposer</translation>
    </message>
    <message>
        <source>Not needed, according to the policy</source>
        <translation>Non requis, selon la politique</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;{label}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;{label}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>per the site&apos;s policy</source>
        <translation>selon la politique du site</translation>
    </message>
    <message>
        <source>per the catalog, a guess from the name</source>
        <translation>selon le catalogue, une supposition d’après le nom</translation>
    </message>
    <message>
        <source>per the Open Cookie Database, a guess from the name</source>
        <translation>selon l’Open Cookie Database, une supposition d’après le nom</translation>
    </message>
    <message>
        <source>{name}: {provider}, {category} ({source})</source>
        <translation>{name}&#xa0;: {provider}, {category} ({source})</translation>
    </message>
    <message>
        <source>{name}: no source describes it</source>
        <translation>{name}&#xa0;: aucune source ne le décrit</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Données JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>The report was saved to {path}. It holds no cookie values.</source>
        <translation>Le rapport a été enregistré dans {path}. Il ne contient aucune valeur de cookie.</translation>
    </message>
    <message>
        <source>Export Cookies</source>
        <translation>Exporter les cookies</translation>
    </message>
    <message>
        <source>Netscape cookies.txt (*.txt);;All files (*)</source>
        <translation>cookies.txt Netscape (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Cookies With Their Values?</source>
        <translation>Exporter les cookies avec leurs valeurs&#x202f;?</translation>
    </message>
    <message>
        <source>The file will hold the values of {n} cookies: session tokens and other secrets that let whoever reads it sign in as you.</source>
        <translation>Le fichier contiendra les valeurs de {n} cookies&#xa0;: des jetons de session et d’autres secrets qui permettent à quiconque le lit de se connecter à votre place.</translation>
    </message>
    <message>
        <source>Values are written in clear text to a file only you can read. Keep it private and delete it once it is imported.</source>
        <translation>Les valeurs sont écrites en clair dans un fichier que vous seul pouvez lire. Gardez-le privé et supprimez-le une fois importé.</translation>
    </message>
    <message>
        <source>Confirm exporting cookie values</source>
        <translation>Confirmer l’export des valeurs de cookies</translation>
    </message>
    <message>
        <source>&amp;Export With Values</source>
        <translation>&amp;Exporter avec les valeurs</translation>
    </message>
    <message>
        <source>Wrote {written} cookies to {path}; skipped {skipped}.</source>
        <translation>{written} cookies écrits dans {path}&#x202f;; {skipped} ignorés.</translation>
    </message>
    <message>
        <source>Cookies exported</source>
        <translation>Cookies exportés</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>L’export a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
<context>
    <name>Fetch</name>
    <message>
        <source>{url}: only http and https addresses can be fetched</source>
        <translation>{url}&#xa0;: seules les adresses http et https peuvent être téléchargées</translation>
    </message>
    <message>
        <source>{url}: the host name {host} was not found</source>
        <translation>{url}&#xa0;: le nom d’hôte {host} est introuvable</translation>
    </message>
    <message>
        <source>{url}: the secure connection failed ({reason})</source>
        <translation>{url}&#xa0;: la connexion sécurisée a échoué ({reason})</translation>
    </message>
    <message>
        <source>{url}: the server could not be reached ({reason})</source>
        <translation>{url}&#xa0;: le serveur est injoignable ({reason})</translation>
    </message>
    <message>
        <source>{url}: no answer within {seconds} seconds</source>
        <translation>{url}&#xa0;: aucune réponse en {seconds} secondes</translation>
    </message>
    <message>
        <source>{url}: the server answered HTTP {status}</source>
        <translation>{url}&#xa0;: le serveur a répondu HTTP {status}</translation>
    </message>
    <message>
        <source>{url}: too many redirects, or a redirect away from http(s) (at most {limit})</source>
        <translation>{url}&#xa0;: trop de redirections, ou une redirection hors de http(s) (au plus {limit})</translation>
    </message>
    <message>
        <source>{url}: larger than {limit_mb} MB, not read</source>
        <translation>{url}&#xa0;: plus de {limit_mb} Mo, non lu</translation>
    </message>
    <message>
        <source>{url}: the answer is {content_type}, not an HTML page, JSON or JavaScript</source>
        <translation>{url}&#xa0;: la réponse est de type {content_type}, ni une page HTML, ni du JSON, ni du JavaScript</translation>
    </message>
    <message>
        <source>{url}: cancelled</source>
        <translation>{url}&#xa0;: annulé</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by site, host, name, provider or purpose  (Ctrl+F)</source>
        <translation>Filtrer par site, hôte, nom, fournisseur ou finalité  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cookies</source>
        <translation>Filtrer les cookies</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>Show cookies of one policy category</source>
        <translation>Afficher les cookies d’une catégorie</translation>
    </message>
    <message>
        <source>Browser and profile filter</source>
        <translation>Filtre de navigateur et de profil</translation>
    </message>
    <message>
        <source>Show the cookies of one browser profile</source>
        <translation>Afficher les cookies d’un profil de navigateur</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Show cookies by what the site&apos;s cookie policy says of them</source>
        <translation>Afficher les cookies selon ce qu’en dit la politique de cookies du site</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <source>Show cookies by whose word explains them: the site&apos;s policy, a catalog, or nobody</source>
        <translation>Afficher les cookies selon qui les explique&#xa0;: la politique du site, un catalogue, ou personne</translation>
    </message>
    <message>
        <source>Show findings only</source>
        <translation>Constats uniquement</translation>
    </message>
    <message>
        <source>Show only the cookies with a consent finding: undeclared, kept too long, miscategorised or unknown</source>
        <translation>Afficher uniquement les cookies qui ont un constat&#xa0;: non déclarés, conservés trop longtemps, mal catégorisés ou inconnus</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear every filter and show all cookies</source>
        <translation>Effacer tous les filtres et afficher tous les cookies</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous statuts</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes sources</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Open Cookie Database</source>
        <translation>Open Cookie Database</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <source>Not categorised</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>All browsers</source>
        <translation>Tous navigateurs</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>The {policy} policy covers this site but does not declare this cookie.</source>
        <translation>La politique {policy} couvre ce site mais ne déclare pas ce cookie.</translation>
    </message>
    <message>
        <source>The policy files it as {declared_category} (no consent needed), but the catalog lists {name} as {category} ({provider}), a category that needs consent.</source>
        <translation>La politique le classe en «&#xa0;{declared_category}&#xa0;» (sans consentement), mais le catalogue range {name} en {category} ({provider}), une catégorie qui exige le consentement.</translation>
    </message>
    <message numerus="yes">
        <source>Declared as a session cookie, but stored for about %n day(s).</source>
        <translation>
            <numerusform>Déclaré comme cookie de session, mais conservé environ %n jour.</numerusform>
            <numerusform>Déclaré comme cookie de session, mais conservé environ %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declared as a session cookie, but stored with at least %n day(s) still to run.</source>
        <translation>
            <numerusform>Déclaré comme cookie de session, mais conservé avec encore au moins %n jour à courir.</numerusform>
            <numerusform>Déclaré comme cookie de session, mais conservé avec encore au moins %n jours à courir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored for about %n day(s), more than {tolerance:g}x the {declared} the policy declares.</source>
        <translation>
            <numerusform>Conservé environ %n jour, plus de {tolerance:g} fois la durée de {declared} que déclare la politique.</numerusform>
            <numerusform>Conservé environ %n jours, plus de {tolerance:g} fois la durée de {declared} que déclare la politique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored with at least %n day(s) still to run, more than {tolerance:g}x the {declared} the policy declares.</source>
        <translation>
            <numerusform>Conservé avec encore au moins %n jour à courir, plus de {tolerance:g} fois la durée de {declared} que déclare la politique.</numerusform>
            <numerusform>Conservé avec encore au moins %n jours à courir, plus de {tolerance:g} fois la durée de {declared} que déclare la politique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored for about %n day(s): longer than the 13 months CNIL recommends for cookies that need consent ({category}, per the {source}).</source>
        <translation>
            <numerusform>Conservé environ %n jour&#xa0;: plus que les 13 mois recommandés par la CNIL pour les cookies soumis au consentement ({category}, selon {source}).</numerusform>
            <numerusform>Conservé environ %n jours&#xa0;: plus que les 13 mois recommandés par la CNIL pour les cookies soumis au consentement ({category}, selon {source}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored with at least %n day(s) still to run: longer than the 13 months CNIL recommends for cookies that need consent ({category}, per the {source}).</source>
        <translation>
            <numerusform>Conservé avec encore au moins %n jour à courir&#xa0;: plus que les 13 mois recommandés par la CNIL pour les cookies soumis au consentement ({category}, selon {source}).</numerusform>
            <numerusform>Conservé avec encore au moins %n jours à courir&#xa0;: plus que les 13 mois recommandés par la CNIL pour les cookies soumis au consentement ({category}, selon {source}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared by the {policy} policy, but not in {profiles}.</source>
        <translation>Déclaré par la politique {policy}, mais absent de {profiles}.</translation>
    </message>
    <message>
        <source>No policy covers this cookie&apos;s site, and neither catalog knows this name.</source>
        <translation>Aucune politique ne couvre le site de ce cookie, et aucun des deux catalogues ne connaît ce nom.</translation>
    </message>
    <message>
        <source>Needs consent ({category}, per the {source}): no policy covers this site to say otherwise.</source>
        <translation>Soumis au consentement ({category}, selon {source})&#xa0;: aucune politique ne couvre ce site pour dire le contraire.</translation>
    </message>
    <message>
        <source>Catalog (not a declaration): {provider}, {category}. {purpose}</source>
        <translation>Catalogue (pas une déclaration)&#xa0;: {provider}, {category}. {purpose}</translation>
    </message>
    <message>
        <source>Open Cookie Database (not a declaration): {provider}, {category}. {purpose}</source>
        <translation>Open Cookie Database (pas une déclaration)&#xa0;: {provider}, {category}. {purpose}</translation>
    </message>
    <message>
        <source>400 days is the browsers&apos; cap: the site asked for at least that.</source>
        <translation>400 jours est le plafond des navigateurs&#xa0;: le site a demandé au moins cette durée.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>per the site&apos;s policy</source>
        <translation>selon la politique du site</translation>
    </message>
    <message>
        <source>per the catalog (a guess from the name, not a declaration)</source>
        <translation>selon le catalogue (une supposition d’après le nom, pas une déclaration)</translation>
    </message>
    <message>
        <source>per the Open Cookie Database (a guess from the name, not a declaration)</source>
        <translation>selon l’Open Cookie Database (une supposition d’après le nom, pas une déclaration)</translation>
    </message>
    <message>
        <source>Undeclared</source>
        <translation>Non déclaré</translation>
    </message>
    <message>
        <source>Category mismatch</source>
        <translation>Catégorie divergente</translation>
    </message>
    <message>
        <source>Declared but absent</source>
        <translation>Déclaré mais absent</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Needs consent</source>
        <translation>Consentement requis</translation>
    </message>
    <message>
        <source>Over declared lifetime</source>
        <translation>Durée déclarée dépassée</translation>
    </message>
    <message>
        <source>Beyond 13 months</source>
        <translation>Au-delà de 13 mois</translation>
    </message>
    <message numerus="yes">
        <source>{label} +%n</source>
        <translation>
            <numerusform>{label} +%n</numerusform>
            <numerusform>{label} +%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsBox</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Consent findings</source>
        <translation>Constats de consentement</translation>
    </message>
    <message>
        <source>None: nothing here differs from the site&apos;s policy.</source>
        <translation>Aucun&#xa0;: rien ici ne s’écarte de la politique du site.</translation>
    </message>
</context>
<context>
    <name>FindingsColumn</name>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: {explanation}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;&#xa0;: {explanation}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Deleted · can be restored</source>
        <translation>Supprimé · restaurable</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Interrupted · can be restored</source>
        <translation>Interrompu · restaurable</translation>
    </message>
    <message>
        <source>Nothing deleted (backup incomplete)</source>
        <translation>Rien de supprimé (sauvegarde incomplète)</translation>
    </message>
    <message>
        <source>Backup unreadable</source>
        <translation>Sauvegarde illisible</translation>
    </message>
    <message>
        <source>Restored {when}</source>
        <translation>Restauré le {when}</translation>
    </message>
    <message>
        <source>Selected cookies</source>
        <translation>Cookies sélectionnés</translation>
    </message>
    <message>
        <source>Clean-up: {rules}</source>
        <translation>Nettoyage&#xa0;: {rules}</translation>
    </message>
    <message>
        <source>delete command</source>
        <translation>commande delete</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Deletion History</source>
        <translation>Historique des suppressions</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rule or action</source>
        <translation>Règle ou action</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Past deletions</source>
        <translation>Suppressions passées</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Put the chosen deletion, site or cookie back into its store</source>
        <translation>Remettre la suppression, le site ou le cookie choisi dans sa base</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep backups for</source>
        <translation>Conserver les sauvegardes pendant</translation>
    </message>
    <message>
        <source>Older backups are deleted at the next deletion; their deletions can then no longer be undone</source>
        <translation>Les sauvegardes plus anciennes sont supprimées à la prochaine suppression&#x202f;; leurs suppressions ne peuvent alors plus être annulées</translation>
    </message>
    <message>
        <source>&amp;Keep backups for:</source>
        <translation>&amp;Conserver les sauvegardes pendant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete All Backups…</source>
        <translation>&amp;Supprimer toutes les sauvegardes…</translation>
    </message>
    <message>
        <source>Delete every backup now, with the cookie values it holds</source>
        <translation>Supprimer maintenant toutes les sauvegardes, avec les valeurs de cookies qu’elles contiennent</translation>
    </message>
    <message>
        <source>Delete All Backups</source>
        <translation>Supprimer toutes les sauvegardes</translation>
    </message>
    <message>
        <source>Delete every backup now? The deletions they belong to can no longer be undone.</source>
        <translation>Supprimer toutes les sauvegardes maintenant&#x202f;? Les suppressions correspondantes ne pourront plus être annulées.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo ID {id}</source>
        <translation>Identifiant d’annulation {id}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>No cookie was deleted yet.</source>
        <translation>Aucun cookie n’a encore été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s). Expand one to see its cookies; Restore puts back the chosen deletion, site or cookie.</source>
        <translation>
            <numerusform>%n suppression. Dépliez-la pour voir ses cookies&#x202f;; Restaurer remet la suppression, le site ou le cookie choisi.</numerusform>
            <numerusform>%n suppressions. Dépliez-en une pour voir ses cookies&#x202f;; Restaurer remet la suppression, le site ou le cookie choisi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n put back</source>
        <translation>
            <numerusform>%n remis</numerusform>
            <numerusform>%n remis</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>&amp;Restore This Site</source>
        <translation>&amp;Restaurer ce site</translation>
    </message>
    <message>
        <source>&amp;Restore This Cookie</source>
        <translation>&amp;Restaurer ce cookie</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>No table of cookies was found on the page</source>
        <translation>Aucun tableau de cookies n’a été trouvé sur la page</translation>
    </message>
    <message>
        <source>Table {table} (under “{heading}”) names no cookie column: skipped</source>
        <translation>Le tableau {table} (sous «&#xa0;{heading}&#xa0;») n’a pas de colonne de noms de cookies&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>Table {table}: the column “{heading}” was not understood and is left out</source>
        <translation>Tableau {table}&#xa0;: la colonne «&#xa0;{heading}&#xa0;» n’a pas été comprise et est écartée</translation>
    </message>
    <message>
        <source>Table {table}: a row without a cookie name was skipped: {row}</source>
        <translation>Tableau {table}&#xa0;: une ligne sans nom de cookie a été ignorée&#xa0;: {row}</translation>
    </message>
    <message>
        <source>“{text}” reads like a sentence, not a cookie name: skipped</source>
        <translation>«&#xa0;{text}&#xa0;» ressemble à une phrase, pas à un nom de cookie&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>“{text}” cannot be a cookie name: skipped</source>
        <translation>«&#xa0;{text}&#xa0;» ne peut pas être un nom de cookie&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>{name} is listed twice; the first entry is kept</source>
        <translation>{name} figure deux fois&#x202f;; la première entrée est gardée</translation>
    </message>
    <message>
        <source>{name}: the heading “{heading}” names no known category: pick one</source>
        <translation>{name}&#xa0;: l’intitulé «&#xa0;{heading}&#xa0;» ne désigne aucune catégorie connue&#xa0;: choisissez-en une</translation>
    </message>
    <message>
        <source>{name}: the lifetime “{text}” was not understood</source>
        <translation>{name}&#xa0;: la durée de vie «&#xa0;{text}&#xa0;» n’a pas été comprise</translation>
    </message>
    <message>
        <source>“{text}” is read as the pattern {pattern}</source>
        <translation>«&#xa0;{text}&#xa0;» est lu comme le motif {pattern}</translation>
    </message>
    <message>
        <source>“{text}”: the name {name} is kept, “{dropped}” is left out</source>
        <translation>«&#xa0;{text}&#xa0;»&#xa0;: le nom {name} est gardé, «&#xa0;{dropped}&#xa0;» est laissé de côté</translation>
    </message>
    <message>
        <source>The lifetime on the page is “{text}”: read as “{lead}”</source>
        <translation>La durée indiquée sur la page est «&#xa0;{text}&#xa0;»&#xa0;: lue comme «&#xa0;{lead}&#xa0;»</translation>
    </message>
    <message>
        <source>The page does not say who sets it</source>
        <translation>La page ne dit pas qui le dépose</translation>
    </message>
    <message>
        <source>The page does not say what it does</source>
        <translation>La page ne dit pas à quoi il sert</translation>
    </message>
    <message>
        <source>The page gives no purpose</source>
        <translation>La page n’indique aucune finalité</translation>
    </message>
    <message>
        <source>The lifetime “{text}” was not understood</source>
        <translation>La durée «&#xa0;{text}&#xa0;» n’a pas été comprise</translation>
    </message>
    <message>
        <source>The heading “{heading}” names no known category: pick one</source>
        <translation>L’intitulé «&#xa0;{heading}&#xa0;» ne nomme aucune catégorie connue&#xa0;: choisissez-en une</translation>
    </message>
    <message>
        <source>No heading gives its category: pick one</source>
        <translation>Aucun intitulé ne donne sa catégorie&#xa0;: choisissez-en une</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non précisé)</translation>
    </message>
</context>
<context>
    <name>ImportPolicyDialog</name>
    <message>
        <source>Add a Site&apos;s Policy</source>
        <translation>Ajouter la politique d’un site</translation>
    </message>
    <message>
        <source>e.g. www.example.com (taken from the address if left empty)</source>
        <translation>p. ex. www.example.com (tiré de l’adresse si laissé vide)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Paste the page&apos;s cookie table here (copied from the browser)</source>
        <translation>Collez ici le tableau des cookies de la page (copié depuis le navigateur)</translation>
    </message>
    <message>
        <source>https://cdn.cookielaw.org/consent/…json, https://consent.cookiebot.com/…/cc.js, or a saved file</source>
        <translation>https://cdn.cookielaw.org/consent/…json, https://consent.cookiebot.com/…/cc.js, ou un fichier enregistré</translation>
    </message>
    <message>
        <source>The page is fetched only when you press Import.</source>
        <translation>La page n’est téléchargée que lorsque vous appuyez sur Importer.</translation>
    </message>
    <message>
        <source>Web Address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>A page saved from the browser (.html)</source>
        <translation>Une page enregistrée depuis le navigateur (.html)</translation>
    </message>
    <message>
        <source>HTML File</source>
        <translation>Fichier HTML</translation>
    </message>
    <message>
        <source>Pasted Text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>The consent platform&apos;s list of cookies: OneTrust&apos;s JSON or Cookiebot&apos;s cc.js</source>
        <translation>La liste des cookies de la plateforme de consentement&#xa0;: le JSON de OneTrust ou le cc.js de Cookiebot</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <source>Saved Page</source>
        <translation>Page enregistrée</translation>
    </message>
    <message>
        <source>Pages and declarations (*.html *.htm *.json *.js *.txt);;All files (*)</source>
        <translation>Pages et déclarations (*.html *.htm *.json *.js *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Give the page to import first.</source>
        <translation>Indiquez d’abord la page à importer.</translation>
    </message>
    <message>
        <source>Give the site&apos;s host name (e.g. www.example.com).</source>
        <translation>Indiquez le nom d’hôte du site (p. ex. www.example.com).</translation>
    </message>
    <message>
        <source>Fetching {url}…</source>
        <translation>Téléchargement de {url}…</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation>Lecture du texte…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Fetched {kb} kB…</source>
        <translation>{kb} ko téléchargés…</translation>
    </message>
    <message>
        <source>{file}: file not found</source>
        <translation>{file}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>The hosts this policy speaks for, comma-separated; *.example.com covers example.com and all its subdomains</source>
        <translation>Les hôtes au nom desquels parle cette politique, séparés par des virgules&#x202f;; *.example.com couvre example.com et tous ses sous-domaines</translation>
    </message>
    <message>
        <source>Drop Row</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Hosts covered:</source>
        <translation>Hôtes couverts&#xa0;:</translation>
    </message>
    <message>
        <source>Needs your decision:</source>
        <translation>À décider par vous&#xa0;:</translation>
    </message>
    <message>
        <source>{count} entries for {host} from {source}. Fix a category by double-clicking it; drop what the page does not really declare.</source>
        <translation>{count} entrées pour {host} depuis {source}. Corrigez une catégorie d’un double-clic&#x202f;; retirez ce que la page ne déclare pas vraiment.</translation>
    </message>
    <message>
        <source>Nothing: every entry was read without doubt.</source>
        <translation>Rien&#xa0;: chaque entrée a été lue sans doute possible.</translation>
    </message>
    <message>
        <source>The page names {platform}&apos;s declaration: import it</source>
        <translation>La page désigne la déclaration de {platform}&#xa0;: importez-la</translation>
    </message>
    <message>
        <source>Nothing changed since the saved copy.</source>
        <translation>Rien n’a changé depuis la copie enregistrée.</translation>
    </message>
    <message>
        <source>New on the page: {names}</source>
        <translation>Nouveau sur la page&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Gone from the page: {names}</source>
        <translation>Disparu de la page&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{name}: {field} “{old}” → “{new}”</source>
        <translation>{name}&#xa0;: {field} «&#xa0;{old}&#xa0;» → «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>the hosts</source>
        <translation>les hôtes</translation>
    </message>
    <message>
        <source>Replace the Saved Policy?</source>
        <translation>Remplacer la politique enregistrée&#x202f;?</translation>
    </message>
    <message>
        <source>{file} is already in your policy library. Replace it with this import?</source>
        <translation>{file} est déjà dans votre bibliothèque de politiques. Le remplacer par cette importation&#x202f;?</translation>
    </message>
    <message>
        <source>Cannot save into the policy library: {error}</source>
        <translation>Impossible d’enregistrer dans la bibliothèque de politiques&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Keep</name>
    <message>
        <source>every cookie of {site}</source>
        <translation>chaque cookie de {site}</translation>
    </message>
    <message>
        <source>the cookies of {host}</source>
        <translation>les cookies de {host}</translation>
    </message>
    <message>
        <source>{name} on {site}</source>
        <translation>{name} sur {site}</translation>
    </message>
    <message>
        <source>names matching {pattern} on {site}</source>
        <translation>les noms correspondant à {pattern} sur {site}</translation>
    </message>
    <message>
        <source>this {name} cookie of {host}</source>
        <translation>ce cookie {name} de {host}</translation>
    </message>
    <message>
        <source>kept: {entry}</source>
        <translation>conservé&#xa0;: {entry}</translation>
    </message>
    <message>
        <source>kept (your sign-in): {entry}</source>
        <translation>conservé (votre connexion)&#xa0;: {entry}</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) kept by your keep list</source>
        <translation>
            <numerusform>%n cookie conservé par votre liste de conservation</numerusform>
            <numerusform>%n cookies conservés par votre liste de conservation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You will be signed out of %n site(s)</source>
        <translation>
            <numerusform>Vous serez déconnecté de %n site</numerusform>
            <numerusform>Vous serez déconnecté de %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep my sign-ins on this site</source>
        <translation>Garder mes connexions sur ce site</translation>
    </message>
    <message>
        <source>The keep list cannot be read, so nothing is deleted until it is fixed: {error}</source>
        <translation>La liste de conservation est illisible, rien n’est donc supprimé tant qu’elle n’est pas corrigée&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>KeepActions</name>
    <message>
        <source>&amp;Keep Selected Cookies</source>
        <translation>&amp;Conserver les cookies sélectionnés</translation>
    </message>
    <message>
        <source>Keep the selected cookies: no clean-up or bulk deletion removes them</source>
        <translation>Conserver les cookies sélectionnés&#xa0;: aucun nettoyage ni aucune suppression groupée ne les retire</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep the Chosen &amp;Sites</source>
        <translation>Conserver les &amp;sites choisis</translation>
    </message>
    <message>
        <source>Keep every cookie of the sites chosen in the site list</source>
        <translation>Conserver chaque cookie des sites choisis dans la liste des sites</translation>
    </message>
    <message>
        <source>Show &amp;Kept Cookies Only</source>
        <translation>Afficher seulement les cookies &amp;conservés</translation>
    </message>
    <message>
        <source>Show only the cookies your keep list keeps</source>
        <translation>Afficher seulement les cookies que votre liste de conservation garde</translation>
    </message>
    <message>
        <source>Keep &amp;List…</source>
        <translation>&amp;Liste de conservation…</translation>
    </message>
    <message>
        <source>What your keep list keeps, and removing entries from it</source>
        <translation>Ce que garde votre liste de conservation, et en retirer des entrées</translation>
    </message>
    <message>
        <source>Stop &amp;Keeping Selected Cookies</source>
        <translation>Ne plus &amp;conserver les cookies sélectionnés</translation>
    </message>
    <message>
        <source>Stop Keeping {site}</source>
        <translation>Ne plus conserver {site}</translation>
    </message>
    <message>
        <source>Keep {site}</source>
        <translation>Conserver {site}</translation>
    </message>
    <message numerus="yes">
        <source>Stop Keeping %n Site(s)</source>
        <translation>
            <numerusform>Ne plus conserver %n site</numerusform>
            <numerusform>Ne plus conserver %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n Site(s)</source>
        <translation>
            <numerusform>Conserver %n site</numerusform>
            <numerusform>Conserver %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Keeping</source>
        <translation>Ne plus conserver</translation>
    </message>
    <message>
        <source>Delete Kept Cookies?</source>
        <translation>Supprimer des cookies conservés&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected cookies are on your keep list.</source>
        <translation>
            <numerusform>%n des cookies sélectionnés est sur votre liste de conservation.</numerusform>
            <numerusform>%n des cookies sélectionnés sont sur votre liste de conservation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clean-ups and bulk deletions never remove them. Delete them anyway?</source>
        <translation>Les nettoyages et les suppressions groupées ne les retirent jamais. Les supprimer quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Leave Them</source>
        <translation>Les laisser</translation>
    </message>
    <message>
        <source>Delete Them Too</source>
        <translation>Les supprimer aussi</translation>
    </message>
</context>
<context>
    <name>KeepListDialog</name>
    <message>
        <source>Keep List</source>
        <translation>Liste de conservation</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Conserve</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Keep list entries</source>
        <translation>Entrées de la liste de conservation</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Stop keeping the chosen entries</source>
        <translation>Ne plus conserver les entrées choisies</translation>
    </message>
    <message>
        <source>your sign-in</source>
        <translation>votre connexion</translation>
    </message>
    <message>
        <source>you chose it</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>Nothing is kept yet. Choose Keep on cookies or sites; the list is saved in {path}.</source>
        <translation>Rien n’est encore conservé. Choisissez Conserver sur des cookies ou des sites&#x202f;; la liste est enregistrée dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the keep list, saved in {path}.</source>
        <translation>
            <numerusform>%n élément sur la liste de conservation, enregistrée dans {path}.</numerusform>
            <numerusform>%n éléments sur la liste de conservation, enregistrée dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time you start Consent Inspector.</source>
        <translation>L’interface sera en {language} au prochain démarrage de Consent Inspector.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Applies when you restart Consent Inspector</source>
        <translation>S’applique au prochain démarrage de Consent Inspector</translation>
    </message>
</context>
<context>
    <name>Locks</name>
    <message>
        <source>process {pid} (started with {flag} {value})</source>
        <translation>processus {pid} (lancé avec {flag} {value})</translation>
    </message>
    <message>
        <source>process {pid} (working directory {path})</source>
        <translation>processus {pid} (répertoire de travail {path})</translation>
    </message>
    <message>
        <source>process {pid} (has {path} open)</source>
        <translation>processus {pid} (a ouvert {path})</translation>
    </message>
    <message>
        <source>locked by process {pid} on host &apos;{host}&apos;</source>
        <translation>verrouillé par le processus {pid} sur l’hôte «&#xa0;{host}&#xa0;»</translation>
    </message>
    <message>
        <source>{file} of process {pid}</source>
        <translation>{file} du processus {pid}</translation>
    </message>
    <message>
        <source>{path} exists</source>
        <translation>{path} existe</translation>
    </message>
    <message>
        <source>its lockfile is held open</source>
        <translation>son fichier de verrou est maintenu ouvert</translation>
    </message>
    <message>
        <source>{path} is locked</source>
        <translation>{path} est verrouillé</translation>
    </message>
    <message>
        <source>{browser} is running with profile &apos;{profile}&apos; ({evidence}): close {browser} (every window of that profile), then try again</source>
        <translation>{browser} est ouvert avec le profil «&#xa0;{profile}&#xa0;» ({evidence})&#xa0;: fermez {browser} (toutes les fenêtres de ce profil), puis réessayez</translation>
    </message>
    <message>
        <source>refused, nothing was changed: {reasons}</source>
        <translation>refusé, rien n’a été modifié&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>stale lock {path} of {browser} profile &apos;{profile}&apos;: process {pid} no longer runs, so it is ignored</source>
        <translation>verrou périmé {path} du profil {browser} «&#xa0;{profile}&#xa0;»&#xa0;: le processus {pid} ne tourne plus, il est donc ignoré</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sort Cookies By</source>
        <translation>Trier les cookies par</translation>
    </message>
    <message>
        <source>Sort Sites By</source>
        <translation>Trier les sites par</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Open Policy</source>
        <translation>Ouvrir une politique</translation>
    </message>
    <message>
        <source>Cookie policies (*.yaml *.yml);;All files (*)</source>
        <translation>Politiques de cookies (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Consent Inspector</source>
        <translation>À propos de Consent Inspector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Consent Inspector&lt;/h3&gt;&lt;p&gt;Shows which cookies your browsers hold and what each site&apos;s published cookie policy says they are for.&lt;/p&gt;&lt;p&gt;Cookie values stay hidden unless you reveal one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Consent Inspector&lt;/h3&gt;&lt;p&gt;Montre les cookies que détiennent vos navigateurs et ce que la politique de cookies publiée par chaque site dit de leur usage.&lt;/p&gt;&lt;p&gt;Les valeurs des cookies restent masquées, sauf si vous en affichez une.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>&lt;b&gt;These are demo cookies&lt;/b&gt;, not your browsers&apos; (the app was started with &lt;code&gt;--demo&lt;/code&gt;). They show the policy&apos;s declared cookies and a few undeclared trackers.</source>
        <translation>&lt;b&gt;Ce sont des cookies de démonstration&lt;/b&gt;, pas ceux de vos navigateurs (l’application a été lancée avec &lt;code&gt;--demo&lt;/code&gt;). Ils montrent les cookies déclarés par la politique et quelques traceurs non déclarés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These are demo cookies:&lt;/b&gt; no browser cookie store was found in your home folder. Open a store with &lt;code&gt;--store KIND:PATH&lt;/code&gt; to inspect your own.</source>
        <translation>&lt;b&gt;Ce sont des cookies de démonstration&#xa0;:&lt;/b&gt; aucune base de cookies de navigateur n’a été trouvée dans votre dossier personnel. Ouvrez une base avec &lt;code&gt;--store TYPE:CHEMIN&lt;/code&gt; pour inspecter les vôtres.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie store(s) could not be read</source>
        <translation>
            <numerusform>%n base de cookies n’a pas pu être lue</numerusform>
            <numerusform>%n bases de cookies n’ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie store(s) could be read only in part</source>
        <translation>
            <numerusform>%n base de cookies n’a pu être lue qu’en partie</numerusform>
            <numerusform>%n bases de cookies n’ont pu être lues qu’en partie</numerusform>
        </translation>
    </message>
    <message>
        <source>{head} — {names}. The other stores are shown.</source>
        <translation>{head} — {names}. Les autres bases sont affichées.</translation>
    </message>
    <message>
        <source>Show Stores</source>
        <translation>Afficher les bases</translation>
    </message>
    <message>
        <source>The policy in force stays: {name}.</source>
        <translation>La politique en vigueur reste&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>No policy is in force.</source>
        <translation>Aucune politique n’est en vigueur.</translation>
    </message>
    <message>
        <source>Policy not loaded</source>
        <translation>Politique non chargée</translation>
    </message>
    <message>
        <source>The policy file could not be loaded.</source>
        <translation>Le fichier de politique n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Reading your browsers&apos; cookie stores…</source>
        <translation>Lecture des bases de cookies de vos navigateurs…</translation>
    </message>
    <message>
        <source>No cookies match ‘{text}’</source>
        <translation>Aucun cookie ne correspond à «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>No cookies match these filters</source>
        <translation>Aucun cookie ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No cookie store was found. Start with &lt;code&gt;--store KIND:PATH&lt;/code&gt; to open one.</source>
        <translation>Aucune base de cookies n’a été trouvée. Lancez l’application avec &lt;code&gt;--store TYPE:CHEMIN&lt;/code&gt; pour en ouvrir une.</translation>
    </message>
    <message>
        <source>No cookie store could be read. &lt;a href=&apos;stores&apos;&gt;See why&lt;/a&gt;</source>
        <translation>Aucune base de cookies n’a pu être lue. &lt;a href=&apos;stores&apos;&gt;Voir pourquoi&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The browsers hold no cookies.</source>
        <translation>Les navigateurs ne détiennent aucun cookie.</translation>
    </message>
</context>
<context>
    <name>Policies</name>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Fournie</translation>
    </message>
    <message>
        <source>{host} is named by {winner} and {loser}: {winner}, imported later, is in force</source>
        <translation>{host} est désigné par {winner} et {loser}&#xa0;: {winner}, importée plus tard, s’applique</translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclarés</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couverts</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Open Source Page</source>
        <translation>Ouvrir la page source</translation>
    </message>
    <message>
        <source>Re-import…</source>
        <translation>Réimporter…</translation>
    </message>
    <message>
        <source>Reveal File</source>
        <translation>Afficher le fichier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Remove Policy</source>
        <translation>Retirer la politique</translation>
    </message>
    <message>
        <source>Remove {file} from your policy library? Its site&apos;s cookies will no longer be matched against it.</source>
        <translation>Retirer {file} de votre bibliothèque de politiques&#x202f;? Les cookies de son site ne seront plus comparés à elle.</translation>
    </message>
</context>
<context>
    <name>PolicyActions</name>
    <message>
        <source>&amp;Add a Site&apos;s Policy…</source>
        <translation>&amp;Ajouter la politique d’un site…</translation>
    </message>
    <message>
        <source>Import a site&apos;s published cookie policy into your policy library</source>
        <translation>Importer la politique de cookies publiée par un site dans votre bibliothèque de politiques</translation>
    </message>
    <message>
        <source>&amp;Policies…</source>
        <translation>&amp;Politiques…</translation>
    </message>
    <message>
        <source>The policies in force, where they came from, what they cover</source>
        <translation>Les politiques en vigueur, leur provenance, ce qu’elles couvrent</translation>
    </message>
    <message>
        <source>Add a Site&apos;s Policy for {site}…</source>
        <translation>Ajouter la politique de {site}…</translation>
    </message>
</context>
<context>
    <name>PolicyError</name>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>il faut {expected}, pas {got}</translation>
    </message>
    <message>
        <source>expected {expected}, got {got} (write &quot;{value}&quot; in quotes if you mean it as text)</source>
        <translation>il faut {expected}, pas {got} (mettez {value} entre guillemets si c’est du texte)</translation>
    </message>
    <message>
        <source>keys must be plain names, not {got}</source>
        <translation>les clés doivent être de simples noms, pas {got}</translation>
    </message>
    <message>
        <source>duplicate key &apos;{key}&apos; (first on line {first})</source>
        <translation>clé «&#xa0;{key}&#xa0;» en double (déjà à la ligne {first})</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation>clé «&#xa0;{key}&#xa0;» inconnue (vouliez-vous dire «&#xa0;{close}&#xa0;»&#x202f;?)</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation>clé «&#xa0;{key}&#xa0;» inconnue (clés permises&#xa0;: {allowed})</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>il manque la clé obligatoire «&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message numerus="yes">
        <source>a number of %n character(s) is far too long</source>
        <translation>
            <numerusform>un nombre de %n caractère est bien trop long</numerusform>
            <numerusform>un nombre de %n caractères est bien trop long</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid id (lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un identifiant valable (lettres minuscules, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;»)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code such as en or fr</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un code de langue comme en ou fr</translation>
    </message>
    <message>
        <source>language &apos;{lang}&apos; appears twice</source>
        <translation>la langue «&#xa0;{lang}&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>missing English text: add an &apos;en&apos; entry (it is the fallback for every other language)</source>
        <translation>il manque le texte anglais&#xa0;: ajoutez une entrée «&#xa0;en&#xa0;» (elle sert à défaut de toute autre langue)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {known}</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas l’une des valeurs permises ({known})</translation>
    </message>
    <message>
        <source>this program reads version {supported}</source>
        <translation>ce programme lit la version {supported}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a directory, not a policy file</source>
        <translation>est un dossier, pas un fichier de politique</translation>
    </message>
    <message>
        <source>not a regular file ({file_kind}); a policy is a small YAML file</source>
        <translation>pas un fichier ordinaire ({file_kind})&#x202f;; une politique est un petit fichier YAML</translation>
    </message>
    <message>
        <source>the file is more than the {megabytes} MB this app reads; a policy is a small YAML file</source>
        <translation>le fichier dépasse les {megabytes}&#xa0;Mo que lit cette application&#x202f;; une politique est un petit fichier YAML</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier&#xa0;: {error}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation>ce n’est pas du texte UTF-8 (octet 0x{byte})&#x202f;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>YAML invalide&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>invalid YAML: {problem} ({context})</source>
        <translation>YAML invalide&#xa0;: {problem} ({context})</translation>
    </message>
    <message>
        <source>invalid YAML: character {char} (U+{code}) is not allowed in YAML</source>
        <translation>YAML invalide&#xa0;: le caractère {char} (U+{code}) n’est pas permis en YAML</translation>
    </message>
    <message>
        <source>invalid YAML: nested too deeply</source>
        <translation>YAML invalide&#xa0;: imbrication trop profonde</translation>
    </message>
    <message>
        <source>the file is empty; expected a mapping with version, name, categories, providers and sites</source>
        <translation>le fichier est vide&#x202f;; il faut un dictionnaire avec version, name, categories, providers et sites</translation>
    </message>
    <message>
        <source>unsupported policy version {version} (this app reads version {supported})</source>
        <translation>version de politique {version} non prise en charge (cette application lit la version {supported})</translation>
    </message>
    <message>
        <source>duplicate site id &apos;{id}&apos; (first on line {first})</source>
        <translation>identifiant de site «&#xa0;{id}&#xa0;» en double (déjà à la ligne {first})</translation>
    </message>
    <message>
        <source>duplicate cookie &apos;{name}&apos; (first declared on line {first})</source>
        <translation>cookie «&#xa0;{name}&#xa0;» en double (déjà déclaré à la ligne {first})</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; is listed twice</source>
        <translation>«&#xa0;{host}&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>list at least one host</source>
        <translation>indiquez au moins un hôte</translation>
    </message>
    <message>
        <source>give either &apos;name&apos; or &apos;pattern&apos;, not both</source>
        <translation>donnez soit «&#xa0;name&#xa0;», soit «&#xa0;pattern&#xa0;», pas les deux</translation>
    </message>
    <message>
        <source>missing required key &apos;name&apos; (or &apos;pattern&apos; for a wildcard)</source>
        <translation>il manque la clé obligatoire «&#xa0;name&#xa0;» (ou «&#xa0;pattern&#xa0;» pour un motif à jokers)</translation>
    </message>
    <message>
        <source>unknown category &apos;{key}&apos; (known: {known})</source>
        <translation>catégorie «&#xa0;{key}&#xa0;» inconnue (connues&#xa0;: {known})</translation>
    </message>
    <message>
        <source>unknown provider &apos;{key}&apos; (known: {known})</source>
        <translation>fournisseur «&#xa0;{key}&#xa0;» inconnu (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>unknown category &apos;{key}&apos; (none are defined: add it under &apos;{section}:&apos;)</source>
        <translation>catégorie «&#xa0;{key}&#xa0;» inconnue (aucune n’est définie&#xa0;: ajoutez-la sous «&#xa0;{section}:&#xa0;»)</translation>
    </message>
    <message>
        <source>unknown provider &apos;{key}&apos; (none are defined: add it under &apos;{section}:&apos;)</source>
        <translation>fournisseur «&#xa0;{key}&#xa0;» inconnu (aucun n’est défini&#xa0;: ajoutez-le sous «&#xa0;{section}:&#xa0;»)</translation>
    </message>
    <message>
        <source>unparsable lifetime &apos;{text}&apos;: write a whole number and a unit ({units}), e.g. &apos;{example}&apos;, or &apos;session&apos;</source>
        <translation>durée de vie «&#xa0;{text}&#xa0;» illisible&#xa0;: écrivez un nombre entier et une unité ({units}), par exemple «&#xa0;{example}&#xa0;», ou «&#xa0;session&#xa0;»</translation>
    </message>
    <message>
        <source>empty cookie name</source>
        <translation>nom de cookie vide</translation>
    </message>
    <message>
        <source>{name} contains {char}, which cannot occur in cookie names</source>
        <translation>{name} contient {char}, qui ne peut pas figurer dans un nom de cookie</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; contains a wildcard: write it as &apos;{fix}&apos;</source>
        <translation>«&#xa0;{name}&#xa0;» contient un joker&#xa0;: écrivez-le «&#xa0;{fix}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: character classes (&apos;[...]&apos;) are not supported; use &apos;*&apos; or &apos;?&apos;</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: les classes de caractères («&#xa0;[...]&#xa0;») ne sont pas prises en charge&#x202f;; utilisez «&#xa0;*&#xa0;» ou «&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>pattern &apos;{name}&apos; has no &apos;*&apos; or &apos;?&apos;: write it as &apos;{fix}&apos;</source>
        <translation>le motif «&#xa0;{name}&#xa0;» n’a ni «&#xa0;*&#xa0;» ni «&#xa0;?&#xa0;»&#xa0;: écrivez-le «&#xa0;{fix}&#xa0;»</translation>
    </message>
    <message>
        <source>pattern &apos;{name}&apos; has no literal characters and would match every cookie</source>
        <translation>le motif «&#xa0;{name}&#xa0;» n’a aucun caractère littéral et couvrirait tous les cookies</translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; is a URL; write the host name alone, e.g. &apos;www.example.com&apos;</source>
        <translation>«&#xa0;{entry}&#xa0;» est une URL&#x202f;; écrivez le nom d’hôte seul, par exemple «&#xa0;www.example.com&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{entry}&apos;: a leading &apos;.&apos; is cookie syntax; write &apos;{fix}&apos; for {domain} and all its subdomains</source>
        <translation>«&#xa0;{entry}&#xa0;»&#xa0;: un «&#xa0;.&#xa0;» initial est la syntaxe des cookies&#x202f;; écrivez «&#xa0;{fix}&#xa0;» pour {domain} et tous ses sous-domaines</translation>
    </message>
    <message>
        <source>&apos;{entry}&apos;: &apos;*.&apos; cannot precede an IP address</source>
        <translation>«&#xa0;{entry}&#xa0;»&#xa0;: «&#xa0;*.&#xa0;» ne peut pas précéder une adresse IP</translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; is not a valid host name</source>
        <translation>«&#xa0;{entry}&#xa0;» n’est pas un nom d’hôte valable</translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; is not a valid host name (dot-separated labels of letters, digits, &apos;-&apos; and &apos;_&apos;; &apos;*&apos; only as a leading &apos;*.&apos;)</source>
        <translation>«&#xa0;{entry}&#xa0;» n’est pas un nom d’hôte valable (des libellés de lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;» séparés par des points&#x202f;; «&#xa0;*&#xa0;» seulement en tête, sous la forme «&#xa0;*.&#xa0;»)</translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; would cover every site under the public suffix &apos;{suffix}&apos;</source>
        <translation>«&#xa0;{entry}&#xa0;» couvrirait tous les sites sous le suffixe public «&#xa0;{suffix}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http(s) URL such as &apos;{example}&apos;</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas une URL http(s) comme «&#xa0;{example}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time such as &apos;{example}&apos;</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date et heure comme «&#xa0;{example}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time zone: end it with &apos;Z&apos; for UTC</source>
        <translation>«&#xa0;{text}&#xa0;» n’a pas de fuseau horaire&#xa0;: terminez-la par «&#xa0;Z&#xa0;» pour UTC</translation>
    </message>
    <message>
        <source>the file is empty; expected version, providers and cookies</source>
        <translation>le fichier est vide&#x202f;; il faut version, providers et cookies</translation>
    </message>
    <message>
        <source>unsupported catalog version {version} (this app reads version {supported})</source>
        <translation>version de catalogue {version} non prise en charge (cette application lit la version {supported})</translation>
    </message>
    <message>
        <source>duplicate cookie &apos;{name}&apos; (first on line {first})</source>
        <translation>cookie «&#xa0;{name}&#xa0;» en double (déjà à la ligne {first})</translation>
    </message>
    <message>
        <source>duplicate cookie &apos;{name}&apos; on {domain} (first on line {first})</source>
        <translation>cookie «&#xa0;{name}&#xa0;» en double sur {domain} (déjà à la ligne {first})</translation>
    </message>
    <message>
        <source>unknown provider &apos;{key}&apos; (add it under &apos;{section}:&apos;)</source>
        <translation>fournisseur «&#xa0;{key}&#xa0;» inconnu (ajoutez-le sous «&#xa0;{section}:&#xa0;»)</translation>
    </message>
    <message>
        <source>list at least one domain, or leave &apos;domains&apos; out</source>
        <translation>indiquez au moins un domaine, ou retirez «&#xa0;domains&#xa0;»</translation>
    </message>
    <message>
        <source>write &apos;{domain}&apos;: a domain hint already covers its subdomains</source>
        <translation>écrivez «&#xa0;{domain}&#xa0;»&#xa0;: une indication de domaine couvre déjà ses sous-domaines</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos; is not a site&apos;s registrable domain (did you mean &apos;{suggested}&apos;? name a single host with &apos;host&apos;)</source>
        <translation>le site «&#xa0;{site}&#xa0;» n’est pas le domaine enregistrable d’un site (vouliez-vous dire «&#xa0;{suggested}&#xa0;»&#x202f;? nommez un seul hôte avec «&#xa0;host&#xa0;»)</translation>
    </message>
    <message>
        <source>host &apos;{host}&apos; is not on the site &apos;{site}&apos;</source>
        <translation>l’hôte «&#xa0;{host}&#xa0;» n’est pas sur le site «&#xa0;{site}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; narrows one exact cookie: give its &apos;host&apos; and &apos;name&apos; too</source>
        <translation>«&#xa0;{key}&#xa0;» désigne un seul cookie exact&#xa0;: donnez aussi son «&#xa0;host&#xa0;» et son «&#xa0;name&#xa0;»</translation>
    </message>
    <message>
        <source>the file holds no rules</source>
        <translation>le fichier ne contient aucune règle</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is already used on line {first}</source>
        <translation>le nom «&#xa0;{name}&#xa0;» est déjà pris à la ligne {first}</translation>
    </message>
    <message>
        <source>unknown status &apos;{value}&apos; (known: {known})</source>
        <translation>statut «&#xa0;{value}&#xa0;» inconnu (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>unknown finding &apos;{value}&apos; (known: {known})</source>
        <translation>constat «&#xa0;{value}&#xa0;» inconnu (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>unused-days must be 1 or more</source>
        <translation>unused-days doit valoir au moins 1</translation>
    </message>
    <message>
        <source>chooses nothing: give a category, status, finding, third-party, expired or unused-days</source>
        <translation>ne choisit rien&#xa0;: donnez category, status, finding, third-party, expired ou unused-days</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <source>policy name</source>
        <translation>nom de la politique</translation>
    </message>
    <message>
        <source>category &apos;{value}&apos;</source>
        <translation>catégorie «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>category id</source>
        <translation>identifiant de catégorie</translation>
    </message>
    <message>
        <source>provider &apos;{value}&apos;</source>
        <translation>fournisseur «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>provider id</source>
        <translation>identifiant de fournisseur</translation>
    </message>
    <message>
        <source>site {value}</source>
        <translation>site n°{value}</translation>
    </message>
    <message>
        <source>site &apos;{value}&apos;</source>
        <translation>site «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <source>cookie &apos;{value}&apos;</source>
        <translation>cookie «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>keep list</source>
        <translation>liste de conservation</translation>
    </message>
    <message>
        <source>keep entry {value}</source>
        <translation>entrée n°{value} de la liste de conservation</translation>
    </message>
    <message>
        <source>rules file</source>
        <translation>fichier de règles</translation>
    </message>
    <message>
        <source>rule {value}</source>
        <translation>règle n°{value}</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>un identifiant</translation>
    </message>
    <message>
        <source>text or a mapping such as {en: ..., fr: ...}</source>
        <translation>du texte ou un dictionnaire tel que {en: ..., fr: ...}</translation>
    </message>
    <message>
        <source>a mapping with version, name, categories, providers and sites</source>
        <translation>un dictionnaire avec version, name, categories, providers et sites</translation>
    </message>
    <message>
        <source>a mapping with version, providers and cookies</source>
        <translation>un dictionnaire avec version, providers et cookies</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>un booléen (true/false)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>a value tagged {tag}</source>
        <translation>une valeur étiquetée {tag}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>not a regular file ({file_kind})</source>
        <translation>ce n’est pas un fichier ordinaire ({file_kind})</translation>
    </message>
    <message>
        <source>the file is {size} bytes, more than the {limit} this app reads</source>
        <translation>le fichier fait {size} octets, plus que les {limit} que cette application lit</translation>
    </message>
    <message>
        <source>the file is more than the {limit} this app reads</source>
        <translation>le fichier dépasse les {limit} que cette application lit</translation>
    </message>
    <message>
        <source>unknown browser kind {kind} for {path}: use one of {kinds}</source>
        <translation>type de navigateur inconnu {kind} pour {path}&#xa0;: utilisez l’un de ceux-ci&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>{path}: no such file or directory</source>
        <translation>{path}&#xa0;: aucun fichier ni dossier de ce nom</translation>
    </message>
    <message>
        <source>{path}: permission denied: this user cannot open the folder</source>
        <translation>{path}&#xa0;: accès refusé&#xa0;: cet utilisateur ne peut pas ouvrir le dossier</translation>
    </message>
    <message>
        <source>{path}: no {browser} cookie store found there</source>
        <translation>{path}&#xa0;: aucun magasin de cookies {browser} trouvé ici</translation>
    </message>
    <message>
        <source>the database is locked by a running browser</source>
        <translation>la base de données est verrouillée par un navigateur ouvert</translation>
    </message>
    <message>
        <source>the file is corrupt or not an SQLite database ({detail})</source>
        <translation>le fichier est endommagé ou n’est pas une base SQLite ({detail})</translation>
    </message>
    <message>
        <source>cannot open the database ({detail})</source>
        <translation>impossible d’ouvrir la base de données ({detail})</translation>
    </message>
    <message>
        <source>a symbolic link to a missing file ({target})</source>
        <translation>un lien symbolique vers un fichier absent ({target})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>a symbolic link loop: it never reaches a file</source>
        <translation>une boucle de liens symboliques&#xa0;: elle n’aboutit à aucun fichier</translation>
    </message>
    <message>
        <source>permission denied: this user cannot reach the file</source>
        <translation>accès refusé&#xa0;: cet utilisateur ne peut pas atteindre le fichier</translation>
    </message>
    <message>
        <source>cannot reach the file ({detail})</source>
        <translation>impossible d’atteindre le fichier ({detail})</translation>
    </message>
    <message>
        <source>this is a folder, not a cookie database</source>
        <translation>c’est un dossier, pas une base de cookies</translation>
    </message>
    <message>
        <source>this is {file_kind}, not a cookie database file</source>
        <translation>c’est {file_kind}, pas un fichier de base de cookies</translation>
    </message>
    <message>
        <source>permission denied: this user cannot read the file</source>
        <translation>accès refusé&#xa0;: cet utilisateur ne peut pas lire le fichier</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>cannot copy the locked database ({detail})</source>
        <translation>impossible de copier la base de données verrouillée ({detail})</translation>
    </message>
    <message>
        <source>the browser changed the database while it was being read; refresh to read it again</source>
        <translation>le navigateur a modifié la base de données pendant sa lecture&#x202f;; actualisez pour la relire</translation>
    </message>
    <message>
        <source>not a Firefox cookie database (it has no &apos;moz_cookies&apos; table)</source>
        <translation>ce n’est pas une base de cookies Firefox (elle n’a pas de table «&#xa0;moz_cookies&#xa0;»)</translation>
    </message>
    <message>
        <source>unknown cookie schema {version} (this app reads {low} to {high}); expiry units may differ, so it is not guessed</source>
        <translation>schéma de cookies inconnu {version} (cette application lit de {low} à {high})&#x202f;; l’unité des dates d’expiration peut différer, elle n’est donc pas devinée</translation>
    </message>
    <message>
        <source>unknown cookie schema: moz_cookies lacks {columns}</source>
        <translation>schéma de cookies inconnu&#xa0;: il manque {columns} à moz_cookies</translation>
    </message>
    <message>
        <source>cannot read moz_cookies ({detail})</source>
        <translation>impossible de lire moz_cookies ({detail})</translation>
    </message>
    <message>
        <source>not a Chromium cookie database (it has no &apos;cookies&apos; table)</source>
        <translation>ce n’est pas une base de cookies Chromium (elle n’a pas de table «&#xa0;cookies&#xa0;»)</translation>
    </message>
    <message>
        <source>unknown cookie schema: meta version {version} is older than this app reads ({low})</source>
        <translation>schéma de cookies inconnu&#xa0;: la version meta {version} est antérieure à celles que lit cette application ({low})</translation>
    </message>
    <message>
        <source>unknown cookie schema: the cookies table lacks {columns}</source>
        <translation>schéma de cookies inconnu&#xa0;: il manque {columns} à la table cookies</translation>
    </message>
    <message>
        <source>cannot read the cookies table ({detail})</source>
        <translation>impossible de lire la table cookies ({detail})</translation>
    </message>
    <message>
        <source>not a readable Safari binarycookies file ({detail})</source>
        <translation>ce n’est pas un fichier binarycookies Safari lisible ({detail})</translation>
    </message>
    <message>
        <source>unknown store family &apos;{family}&apos;</source>
        <translation>famille de magasin inconnue «&#xa0;{family}&#xa0;»</translation>
    </message>
    <message>
        <source>permission denied ({detail})</source>
        <translation>accès refusé ({detail})</translation>
    </message>
    <message>
        <source>cannot read the store ({detail})</source>
        <translation>impossible de lire le magasin ({detail})</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{path}: not a mozLz4 file</source>
        <translation>{path}&#xa0;: ce n’est pas un fichier mozLz4</translation>
    </message>
    <message>
        <source>{path}: the session store says it holds {size} bytes, more than the {limit} this app reads</source>
        <translation>{path}&#xa0;: la sauvegarde de session annonce {size} octets, plus que les {limit} que cette application lit</translation>
    </message>
    <message>
        <source>{path}: corrupt session store ({detail})</source>
        <translation>{path}&#xa0;: sauvegarde de session endommagée ({detail})</translation>
    </message>
    <message>
        <source>{path}: corrupt session store (nested too deeply)</source>
        <translation>{path}&#xa0;: sauvegarde de session endommagée (imbrication trop profonde)</translation>
    </message>
    <message>
        <source>{path}: cannot read the session store ({detail})</source>
        <translation>{path}&#xa0;: impossible de lire la sauvegarde de session ({detail})</translation>
    </message>
    <message numerus="yes">
        <source>{path}: skipped %n session cookie(s) of a shape Firefox does not write</source>
        <translation>
            <numerusform>{path}&#xa0;: %n cookie de session ignoré, d’une forme que Firefox n’écrit pas</numerusform>
            <numerusform>{path}&#xa0;: %n cookies de session ignorés, d’une forme que Firefox n’écrit pas</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: cannot read the container names ({detail})</source>
        <translation>{path}&#xa0;: impossible de lire les noms des conteneurs ({detail})</translation>
    </message>
    <message>
        <source>{path}: container names not read ({detail}); containers are shown by number</source>
        <translation>{path}&#xa0;: noms des conteneurs non lus ({detail})&#x202f;; les conteneurs sont affichés par leur numéro</translation>
    </message>
    <message>
        <source>{path}: container names not read (nested too deeply); containers are shown by number</source>
        <translation>{path}&#xa0;: noms des conteneurs non lus (imbrication trop profonde)&#x202f;; les conteneurs sont affichés par leur numéro</translation>
    </message>
    <message>
        <source>cannot read the value: {error}</source>
        <translation>impossible de lire la valeur&#xa0;: {error}</translation>
    </message>
    <message>
        <source>cannot read the value: the cookie is no longer in the store</source>
        <translation>impossible de lire la valeur&#xa0;: le cookie n’est plus dans le magasin</translation>
    </message>
    <message>
        <source>cannot read the value: the encrypted value is damaged</source>
        <translation>impossible de lire la valeur&#xa0;: la valeur chiffrée est endommagée</translation>
    </message>
    <message>
        <source>cannot read the value: it does not decrypt with Chromium&apos;s built-in key</source>
        <translation>impossible de lire la valeur&#xa0;: elle ne se déchiffre pas avec la clé intégrée de Chromium</translation>
    </message>
    <message>
        <source>this value uses Chrome&apos;s app-bound encryption (v20), which only the browser itself can decrypt</source>
        <translation>cette valeur utilise le chiffrement lié à l’application de Chrome (v20), que seul le navigateur peut déchiffrer</translation>
    </message>
    <message>
        <source>cannot decrypt the value: the keyring did not give the right key (is it locked?)</source>
        <translation>impossible de déchiffrer la valeur&#xa0;: le trousseau n’a pas fourni la bonne clé (est-il verrouillé&#x202f;?)</translation>
    </message>
    <message>
        <source>cannot get the browser&apos;s cookie key from the system keyring ({detail})</source>
        <translation>impossible d’obtenir la clé des cookies du navigateur depuis le trousseau du système ({detail})</translation>
    </message>
    <message>
        <source>{path}: the database is locked by another program (is the browser still running?) ({detail})</source>
        <translation>{path}&#xa0;: la base de données est verrouillée par un autre programme (le navigateur est-il encore ouvert&#x202f;?) ({detail})</translation>
    </message>
    <message>
        <source>{path}: the store is read-only, nothing can be deleted there ({detail})</source>
        <translation>{path}&#xa0;: le magasin est en lecture seule, rien ne peut y être supprimé ({detail})</translation>
    </message>
    <message>
        <source>{path}: the database is corrupt ({detail})</source>
        <translation>{path}&#xa0;: la base de données est endommagée ({detail})</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{path}: the store no longer exists</source>
        <translation>{path}&#xa0;: le magasin n’existe plus</translation>
    </message>
    <message>
        <source>{path}: the store is on a read-only file system</source>
        <translation>{path}&#xa0;: le magasin se trouve sur un système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>{path}: the store is read-only for this user</source>
        <translation>{path}&#xa0;: le magasin est en lecture seule pour cet utilisateur</translation>
    </message>
    <message>
        <source>{path}: the store&apos;s folder is read-only, so SQLite cannot write its journal there</source>
        <translation>{path}&#xa0;: le dossier du magasin est en lecture seule, SQLite ne peut donc pas y écrire son journal</translation>
    </message>
    <message>
        <source>{path}: deleting from {family} stores is not supported</source>
        <translation>{path}&#xa0;: la suppression dans les magasins {family} n’est pas prise en charge</translation>
    </message>
    <message>
        <source>{path}: not a {family} cookie database (no &apos;{table}&apos; table)</source>
        <translation>{path}&#xa0;: ce n’est pas une base de cookies {family} (pas de table «&#xa0;{table}&#xa0;»)</translation>
    </message>
    <message>
        <source>{path}: the &apos;{table}&apos; table has no unique key, so no cookie can be addressed exactly</source>
        <translation>{path}&#xa0;: la table «&#xa0;{table}&#xa0;» n’a pas de clé unique, aucun cookie ne peut donc être désigné exactement</translation>
    </message>
    <message>
        <source>{path}: the Chromium store has no readable meta version; refusing to write an unknown schema</source>
        <translation>{path}&#xa0;: le magasin Chromium n’a pas de version meta lisible&#x202f;; écriture refusée dans un schéma inconnu</translation>
    </message>
    <message>
        <source>{path}: unknown Chromium cookie schema (meta version {version}; this app writes {low} to {high}); nothing was changed</source>
        <translation>{path}&#xa0;: schéma de cookies Chromium inconnu (version meta {version}&#x202f;; cette application écrit de {low} à {high})&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>{path}: unknown Firefox cookie schema {version} (this app writes {low} to {high}); nothing was changed</source>
        <translation>{path}&#xa0;: schéma de cookies Firefox inconnu {version} (cette application écrit de {low} à {high})&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>{error}; that store is unchanged</source>
        <translation>{error}&#x202f;; ce magasin n’a pas été modifié</translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation>rien à supprimer</translation>
    </message>
    <message>
        <source>{path}: the cookies come from scans of different store layouts; scan again and re-plan</source>
        <translation>{path}&#xa0;: les cookies proviennent d’analyses de structures de magasin différentes&#x202f;; relancez l’analyse et préparez à nouveau la suppression</translation>
    </message>
    <message numerus="yes">
        <source>{store}: %n planned session cookie(s) are no longer in the session store; nothing was changed: scan again and re-plan</source>
        <translation>
            <numerusform>{store}&#xa0;: %n cookie de session prévu n’est plus dans la sauvegarde de session&#x202f;; rien n’a été modifié&#xa0;: relancez l’analyse et préparez à nouveau la suppression</numerusform>
            <numerusform>{store}&#xa0;: %n cookies de session prévus ne sont plus dans la sauvegarde de session&#x202f;; rien n’a été modifié&#xa0;: relancez l’analyse et préparez à nouveau la suppression</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the store&apos;s unique key changed since the plan ({columns}); scan again and re-plan</source>
        <translation>{path}&#xa0;: la clé unique du magasin a changé depuis la préparation ({columns})&#x202f;; relancez l’analyse et préparez à nouveau la suppression</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n of the {planned} planned cookies are no longer in the store (the browser changed it since the plan); nothing was changed: scan again and re-plan</source>
        <translation>
            <numerusform>{path}&#xa0;: %n des {planned} cookies prévus n’est plus dans le magasin (le navigateur l’a modifié depuis la préparation)&#x202f;; rien n’a été modifié&#xa0;: relancez l’analyse et préparez à nouveau la suppression</numerusform>
            <numerusform>{path}&#xa0;: %n des {planned} cookies prévus ne sont plus dans le magasin (le navigateur l’a modifié depuis la préparation)&#x202f;; rien n’a été modifié&#xa0;: relancez l’analyse et préparez à nouveau la suppression</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: {deleted} rows would be deleted instead of the {planned} planned; rolled back, nothing was changed</source>
        <translation>{path}&#xa0;: {deleted} lignes auraient été supprimées au lieu des {planned} prévues&#x202f;; annulé, rien n’a été modifié</translation>
    </message>
    <message>
        <source>{store}: the session cookies could not be removed from the session store ({detail}); its database rows were deleted</source>
        <translation>{store}&#xa0;: les cookies de session n’ont pas pu être retirés de la sauvegarde de session ({detail})&#x202f;; ses lignes de la base de données ont été supprimées</translation>
    </message>
    <message>
        <source>{errors} (undo ID {undo_id} restores what the other stores lost)</source>
        <translation>{errors} (l’annulation {undo_id} rétablit ce que les autres magasins ont perdu)</translation>
    </message>
    <message>
        <source>there is no deletion left to undo</source>
        <translation>il ne reste aucune suppression à annuler</translation>
    </message>
    <message>
        <source>deletion {undo_id} was already undone ({undone_at})</source>
        <translation>la suppression {undo_id} a déjà été annulée ({undone_at})</translation>
    </message>
    <message>
        <source>deletion {undo_id} never started deleting (its backup is incomplete): nothing to undo</source>
        <translation>la suppression {undo_id} n’a jamais commencé (sa sauvegarde est incomplète)&#xa0;: rien à annuler</translation>
    </message>
    <message>
        <source>none of these cookies is in that deletion</source>
        <translation>aucun de ces cookies ne fait partie de cette suppression</translation>
    </message>
    <message>
        <source>{store}: the profile has no readable session store any more, so its session cookies cannot be put back; nothing was changed</source>
        <translation>{store}&#xa0;: le profil n’a plus de sauvegarde de session lisible, ses cookies de session ne peuvent donc pas être rétablis&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>{path}: the browser changed the store&apos;s layout since the backup, so its rows cannot be restored exactly; nothing was changed</source>
        <translation>{path}&#xa0;: le navigateur a modifié la structure du magasin depuis la sauvegarde, ses lignes ne peuvent donc pas être rétablies à l’identique&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>{path}: {inserted} rows were restored instead of {expected}; rolled back, nothing was changed</source>
        <translation>{path}&#xa0;: {inserted} lignes ont été rétablies au lieu de {expected}&#x202f;; annulé, rien n’a été modifié</translation>
    </message>
    <message>
        <source>{store}: the session cookies could not be written back ({detail})</source>
        <translation>{store}&#xa0;: les cookies de session n’ont pas pu être réécrits ({detail})</translation>
    </message>
    <message>
        <source>cannot create the backup folder {path}: {detail}; nothing was deleted</source>
        <translation>impossible de créer le dossier des sauvegardes {path}&#xa0;: {detail}&#x202f;; rien n’a été supprimé</translation>
    </message>
    <message>
        <source>cannot create the folder {path}: {detail}; nothing was changed</source>
        <translation>impossible de créer le dossier {path}&#xa0;: {detail}&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>cannot create the lock file of {profile}: {detail}; nothing was changed</source>
        <translation>impossible de créer le fichier de verrou de {profile}&#xa0;: {detail}&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the backup folder {path} is not writable; nothing was deleted</source>
        <translation>le dossier des sauvegardes {path} n’est pas accessible en écriture&#x202f;; rien n’a été supprimé</translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {detail}; nothing was deleted</source>
        <translation>impossible d’écrire la sauvegarde {path}&#xa0;: {detail}&#x202f;; rien n’a été supprimé</translation>
    </message>
    <message>
        <source>&apos;{undo_id}&apos; is not an undo ID (see `consent-inspector undo --list`)</source>
        <translation>«&#xa0;{undo_id}&#xa0;» n’est pas un identifiant d’annulation (voir `consent-inspector undo --list`)</translation>
    </message>
    <message>
        <source>no backup with undo ID {undo_id} in {folder} (see `consent-inspector undo --list`); nothing was changed</source>
        <translation>aucune sauvegarde d’identifiant {undo_id} dans {folder} (voir `consent-inspector undo --list`)&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the backup manifest {path} is corrupt ({detail}); nothing was changed</source>
        <translation>le manifeste de sauvegarde {path} est endommagé ({detail})&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the saved cookies of {undo_id} ({path}) are missing; nothing was changed</source>
        <translation>les cookies sauvegardés de {undo_id} ({path}) sont introuvables&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>cannot read the backup {path} ({detail}); nothing was changed</source>
        <translation>impossible de lire la sauvegarde {path} ({detail})&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the backup {path} is corrupt: it does not match its checksum; nothing was changed</source>
        <translation>la sauvegarde {path} est endommagée&#xa0;: elle ne correspond pas à sa somme de contrôle&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the backup {path} is corrupt ({detail}); nothing was changed</source>
        <translation>la sauvegarde {path} est endommagée ({detail})&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>its saved cookies are missing</source>
        <translation>ses cookies sauvegardés sont introuvables</translation>
    </message>
    <message>
        <source>interrupted before anything was deleted</source>
        <translation>interrompue avant que rien ne soit supprimé</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <source>catalog (a guess from the name)</source>
        <translation>catalogue (supposition d’après le nom)</translation>
    </message>
    <message>
        <source>Open Cookie Database (a guess from the name)</source>
        <translation>Open Cookie Database (supposition d’après le nom)</translation>
    </message>
    <message>
        <source>undeclared</source>
        <translation>non déclarés</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>durée de vie</translation>
    </message>
    <message>
        <source>category mismatch</source>
        <translation>catégorie divergente</translation>
    </message>
    <message>
        <source>declared but absent</source>
        <translation>déclarés mais absents</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnus</translation>
    </message>
    <message>
        <source>needs consent</source>
        <translation>consentement requis</translation>
    </message>
    <message>
        <source>over declared lifetime</source>
        <translation>au-delà de la durée déclarée</translation>
    </message>
    <message>
        <source>beyond 13 months</source>
        <translation>au-delà de 13 mois</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Consent report — {generated}</source>
        <translation>Rapport de consentement — {generated}</translation>
    </message>
    <message>
        <source>Consent report</source>
        <translation>Rapport de consentement</translation>
    </message>
    <message>
        <source>Generated {generated} · policy: {policy}{path} · cookie values are never included.</source>
        <translation>Généré le {generated} · politique&#xa0;: {policy}{path} · les valeurs des cookies n’y figurent jamais.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a policy</source>
        <translation>
            <numerusform>%n avec une politique</numerusform>
            <numerusform>%n avec une politique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declared by policies</source>
        <translation>
            <numerusform>%n déclaré par les politiques</numerusform>
            <numerusform>%n déclarés par les politiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct cookie(s) seen</source>
        <translation>
            <numerusform>%n cookie distinct observé</numerusform>
            <numerusform>%n cookies distincts observés</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Cookies by category</source>
        <translation>Cookies par catégorie</translation>
    </message>
    <message>
        <source>No cookies.</source>
        <translation>Aucun cookie.</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>sans source</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>{category} ({source})</source>
        <translation>{category} ({source})</translation>
    </message>
    <message>
        <source>Categories marked {policy} come from the site&apos;s published policy; {catalog} marks the known-cookie catalog&apos;s guess from the cookie&apos;s name, and {ocd} the Open Cookie Database&apos;s: never a declaration.</source>
        <translation>Les catégories marquées {policy} viennent de la politique publiée par le site&#x202f;; {catalog} signale la supposition du catalogue des cookies connus d’après le nom du cookie, et {ocd} celle de l’Open Cookie Database&#xa0;: jamais une déclaration.</translation>
    </message>
    <message>
        <source>Descriptions marked Open Cookie Database: {attribution}.</source>
        <translation>Descriptions marquées Open Cookie Database&#xa0;: {attribution}.</translation>
    </message>
    <message>
        <source>Policy: {name}{link}</source>
        <translation>Politique&#xa0;: {name}{link}</translation>
    </message>
    <message>
        <source>What the policy declares</source>
        <translation>Ce que déclare la politique</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>In the browsers</source>
        <translation>Dans les navigateurs</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>non observé</translation>
    </message>
    <message>
        <source>absent from {profiles}</source>
        <translation>absent de {profiles}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>No policy covers this site.</source>
        <translation>Aucune politique ne couvre ce site.</translation>
    </message>
    <message>
        <source>What the browsers hold</source>
        <translation>Ce que détiennent les navigateurs</translation>
    </message>
    <message>
        <source>Host · path</source>
        <translation>Hôte · chemin</translation>
    </message>
    <message>
        <source>Browser · profile</source>
        <translation>Navigateur · profil</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Provider · purpose</source>
        <translation>Fournisseur · finalité</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>expired {when}</source>
        <translation>expiré le {when}</translation>
    </message>
    <message>
        <source>the policy says “{label}”</source>
        <translation>la politique dit «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <source>Stores read</source>
        <translation>Bases lues</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Name or pattern</source>
        <translation>Nom ou motif</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The stores could not be read: {error}</source>
        <translation>Les bases n’ont pas pu être lues&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Undeclared</source>
        <translation>Non décl.</translation>
    </message>
    <message>
        <source>The registrable domain the cookies belong to</source>
        <translation>Le domaine enregistrable auquel appartiennent les cookies</translation>
    </message>
    <message>
        <source>How many cookies the browsers hold for the site</source>
        <translation>Combien de cookies les navigateurs détiennent pour ce site</translation>
    </message>
    <message>
        <source>How many of them the site&apos;s cookie policy does not declare</source>
        <translation>Combien d’entre eux la politique de cookies du site ne déclare pas</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message numerus="yes">
        <source>%n undeclared cookie(s)</source>
        <translation>
            <numerusform>%n cookie non déclaré</numerusform>
            <numerusform>%n cookies non déclarés</numerusform>
        </translation>
    </message>
    <message>
        <source>{explained} of {cookies} explained</source>
        <translation>{explained} sur {cookies} expliqués</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) the site&apos;s policy does not declare</source>
        <translation>
            <numerusform>%n cookie que la politique du site ne déclare pas</numerusform>
            <numerusform>%n cookies que la politique du site ne déclare pas</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the cookies of every site</source>
        <translation>Afficher les cookies de tous les sites</translation>
    </message>
    <message>
        <source>{site}: cookies here go against the consent choice you made</source>
        <translation>{site}&#xa0;: des cookies ici vont contre le choix de consentement que vous avez fait</translation>
    </message>
    <message>
        <source>{site}: covered by the {policy} cookie policy</source>
        <translation>{site}&#xa0;: couvert par la politique de cookies {policy}</translation>
    </message>
    <message>
        <source>{site}: no known cookie policy</source>
        <translation>{site}&#xa0;: aucune politique de cookies connue</translation>
    </message>
</context>
<context>
    <name>SiteSummary</name>
    <message>
        <source>{site} — {head}</source>
        <translation>{site} — {head}</translation>
    </message>
    <message numerus="yes">
        <source>policy: %n declared</source>
        <translation>
            <numerusform>politique&#xa0;: %n déclaré</numerusform>
            <numerusform>politique&#xa0;: %n déclarés</numerusform>
        </translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>aucune politique</translation>
    </message>
    <message numerus="yes">
        <source>seen: %n</source>
        <translation>
            <numerusform>observés&#xa0;: %n</numerusform>
            <numerusform>observés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>seen: %n distinct ({rows} in all profiles)</source>
        <translation>
            <numerusform>observés&#xa0;: %n distinct ({rows} dans tous les profils)</numerusform>
            <numerusform>observés&#xa0;: %n distincts ({rows} dans tous les profils)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeclared</source>
        <translation>
            <numerusform>%n non déclaré</numerusform>
            <numerusform>%n non déclarés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beyond 13 months</source>
        <translation>
            <numerusform>%n au-delà de 13 mois</numerusform>
            <numerusform>%n au-delà de 13 mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over declared lifetime</source>
        <translation>
            <numerusform>%n au-delà de la durée déclarée</numerusform>
            <numerusform>%n au-delà de la durée déclarée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category mismatch</source>
        <translation>
            <numerusform>%n catégorie divergente</numerusform>
            <numerusform>%n catégories divergentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n inconnu</numerusform>
            <numerusform>%n inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declared but absent</source>
        <translation>
            <numerusform>%n déclaré mais absent</numerusform>
            <numerusform>%n déclarés mais absents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteSummaryHeader</name>
    <message>
        <source>Site summary</source>
        <translation>Synthèse du site</translation>
    </message>
    <message>
        <source>Add a Site&apos;s Policy…</source>
        <translation>Ajouter la politique du site…</translation>
    </message>
    <message>
        <source>{site} — no cookie matches the filters</source>
        <translation>{site} — aucun cookie ne correspond aux filtres</translation>
    </message>
    <message>
        <source>&lt;p&gt;Declared by the policy but not in these browsers:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Déclarés par la politique mais absents de ces navigateurs&#xa0;:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SiteView</name>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>policy</source>
        <translation>la politique</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>le catalogue</translation>
    </message>
    <message>
        <source>Open Cookie Database</source>
        <translation>l’Open Cookie Database</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Undeclared</source>
        <translation>Non déclaré</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Sans politique</translation>
    </message>
    <message>
        <source>The site&apos;s cookie policy declares this cookie</source>
        <translation>La politique de cookies du site déclare ce cookie</translation>
    </message>
    <message>
        <source>The site has a cookie policy, but it does not declare this cookie</source>
        <translation>Le site a une politique de cookies, mais elle ne déclare pas ce cookie</translation>
    </message>
    <message>
        <source>No known cookie policy covers this site</source>
        <translation>Aucune politique de cookies connue ne couvre ce site</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeclared</source>
        <translation>
            <numerusform>%n non déclaré</numerusform>
            <numerusform>%n non déclarés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n store(s)</source>
        <translation>
            <numerusform>%n base</numerusform>
            <numerusform>%n bases</numerusform>
        </translation>
    </message>
    <message>
        <source>{explained} explained ({share} %)</source>
        <translation>{explained} expliqués ({share}&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {cookies} of {total} · {sites} · {undeclared} undeclared</source>
        <translation>{cookies} affichés sur {total} · {sites} · {undeclared} non déclarés</translation>
    </message>
    <message>
        <source>Showing all cookies</source>
        <translation>Tous les cookies sont affichés</translation>
    </message>
    <message>
        <source>Policy: {name}</source>
        <translation>Politique&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Reading {store}… ({done} of {total})</source>
        <translation>Lecture de {store}… ({done} sur {total})</translation>
    </message>
    <message>
        <source>Applying the policy…</source>
        <translation>Application de la politique…</translation>
    </message>
    <message>
        <source>Reading the cookie stores again…</source>
        <translation>Relecture des bases de cookies…</translation>
    </message>
    <message>
        <source>Reading the cookie stores…</source>
        <translation>Lecture des bases de cookies…</translation>
    </message>
</context>
<context>
    <name>StoreModel</name>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <source>{message} (code: {code})</source>
        <translation>{message} (code&#xa0;: {code})</translation>
    </message>
</context>
<context>
    <name>StoresDialog</name>
    <message>
        <source>Cookie stores</source>
        <translation>Bases de cookies</translation>
    </message>
    <message>
        <source>No cookie store was found.</source>
        <translation>Aucune base de cookies n’a été trouvée.</translation>
    </message>
    <message>
        <source>{found} stores found; {failed} could not be read. The others are shown as usual.</source>
        <translation>{found} bases trouvées&#x202f;; {failed} n’ont pas pu être lues. Les autres sont affichées normalement.</translation>
    </message>
    <message>
        <source>{found} stores found and read.</source>
        <translation>{found} bases trouvées et lues.</translation>
    </message>
</context>
<context>
    <name>ValueReveal</name>
    <message>
        <source>&amp;Reveal value</source>
        <translation>&amp;Afficher la valeur</translation>
    </message>
    <message>
        <source>Read and decrypt this cookie&apos;s value from the browser&apos;s store</source>
        <translation>Lire et déchiffrer la valeur de ce cookie dans la base du navigateur</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Déchiffrement…</translation>
    </message>
    <message>
        <source>Cookie value</source>
        <translation>Valeur du cookie</translation>
    </message>
    <message>
        <source>&amp;Hide value</source>
        <translation>&amp;Masquer la valeur</translation>
    </message>
    <message>
        <source>Cop&amp;y value</source>
        <translation>Cop&amp;ier la valeur</translation>
    </message>
    <message>
        <source>The value could not be read ({kind}).</source>
        <translation>La valeur n’a pas pu être lue ({kind}).</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
</TS>
