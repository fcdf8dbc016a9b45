<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <source>{sites} cookie policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Session cookie: the browser deletes it when it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired {time}: the browser ignores it and removes it on its next clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure: sent over HTTPS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Secure: also sent over plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HttpOnly: hidden from the page&apos;s scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable by the page&apos;s scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SameSite=None: sent with cross-site requests too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SameSite=Lax: sent with top-level navigations from other sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SameSite=Strict: only sent to requests from the same site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SameSite attribute: the browser&apos;s default applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n declared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per catalog</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No policy declares this cookie, and neither catalog knows its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared as: {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s own category: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry: {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own category: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be strictly necessary or a preference: consent is not certain either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load another cookie policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter and show all cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cookie stores again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cookie store found, with its errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the cookie details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to S&amp;ites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Coo&amp;kies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt and show the selected cookie&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Consent Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown cookies&apos; findings as HTML, CSV or JSON (never their values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Cookies (cookies.txt)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown cookies with their values for curl or yt-dlp (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort C&amp;ookies By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort Sit&amp;es By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserOpenDialog</name>
    <message>
        <source>Close the Browser First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers keep their cookies in memory and write them back, so cookies can only be deleted or restored while the browser profile that owns them is closed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close %n browser profile(s) first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close {profile} first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message numerus="yes">
        <source>%n cookies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n explained</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>({percent} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sites</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeclared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookies against the choice</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>policy error (left out): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no browser cookie stores found (try --demo, or --store {store})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns: unknown column {names} (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--site must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--category {category}: the policy has no such category (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) kept by the keep list (see `consent-inspector keep list`)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was deleted: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n store(s) could not be read: {names}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no cookie matched --site {site}; nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cookie matched --site {site} and the other filters; nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a real run would not be complete: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted at the question: nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted during the deletion: each store is either unchanged or fully done, and `consent-inspector undo --list` shows a deletion that was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}; their cookies of --site {site} were not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep list error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was deleted: fix the keep list first (it says what to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to delete without confirmation: standard input is not a terminal (pass --yes to confirm, or --dry-run to only look)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n cookies? A backup is kept for undo. [y/N]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>y/yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dry run: nothing was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n cookie(s). Undo with: consent-inspector undo {undo_id}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>undo: give either --list or an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{browser} · {profile}: restored {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{browser} · {profile}: restored {count}, {present} already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept the newer {name} on {host} ({browser} · {profile}): the browser set it again after the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undone {undo_id}: %n cookie(s) restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No deletions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save-as needs --rules FILE, the file to save the rule in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save-as: give the choices to save (--category, --status, --finding, --third-party, --expired, --unused-days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved the rule &apos;{name}&apos; in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose what to clean: --category, --status, --finding, --third-party, --expired, --unused-days, or --rules FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was deleted: close those profiles and run the clean-up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cookie to clean; nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no cookie to clean (%n kept by the keep list); nothing was deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} on {host}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signed_out}: {sites}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--site {given}: not a site&apos;s registrable domain; did you mean --site {site} --host {host}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host {host} is not on the site {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pattern must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix the file (or remove it); until then no clean-up or bulk deletion runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already kept: {entry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping {entry} ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer keeping {entry} ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keep list has no such entry: {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the keep list {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keep list is empty ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry in {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--keep-days must be between {least} and {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backups are kept %n day(s); {undoable}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) can be undone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>refusing to delete the backups without confirmation: standard input is not a terminal (pass --yes to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every backup? The deletions they belong to can no longer be undone. [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice not readable (run with --read-keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{choices}; vendors {accepted} accepted, {refused} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-policy: {path}: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-policy: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-policy: --hosts: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-policy produced an invalid policy ({error}); please report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page names its {platform} declaration: import it with `consent-inspector import-policy {url} --site {host}`</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %n cookies for {host}; {reviews} to review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n cookies for {host} to {path}; {reviews} to review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saved %n cookies for {host} to {path}; {reviews} to review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>import-policy: {path} exists: give --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-policy: cannot save into the policy library: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: give --format ({formats}) or an -o file ending in one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-cookies writes cookie VALUES (including live sign-in sessions) to {path}; add --yes-include-values to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped {label}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote %n cookies to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n cookies to {path}; skipped {skipped}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value unavailable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cookies.txt cannot carry safely</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CLI table</name>
    <message>
        <source>SITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOSTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINDINGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROWSER · PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEEPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECLARED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COVERED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDO ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COOKIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{browser} · {profile}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none knows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cookie Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 13 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogBox</name>
    <message>
        <source>What the catalog says (not a declaration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy declares this cookie. This is what Consent Inspector&apos;s catalog of widely seen cookies says of its name: a guess, never a declaration by the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>&lt;b&gt;Your choice&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read consent choices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the consent values the system keyring protects (it may ask once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Cookies Against Your Choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete, after confirming, every cookie listed here (your keep list still keeps its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors: {accepted} accepted, {refused} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against your choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clean-up</name>
    <message>
        <source>category {categories}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {statuses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding {findings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not used for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>site {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{browser} · {profile} is open: %n cookie(s) left for later</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{browser} · {profile}: %n cookie(s) in a store that cannot be written ({family})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <source>Clean Up Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete, on every site and in every browser, the cookies that are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared by the site&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept beyond 13 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept longer than declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the consent choice you made on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only third-party cookies (set for other sites&apos; pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies to delete per site and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site · category · cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser · Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the closed ones now; the open ones are left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen site&apos;s sign-in cookies to your keep list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cookie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Cookie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From: {stores}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left for later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>signs you out ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source describes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sign-in cookies of {site} to your keep list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site that would sign you out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the rule:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanupFlow</name>
    <message>
        <source>Nothing is deleted while the keep list cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clean-up could not be planned: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the rule “{name}” in {path}; run it with consent-inspector clean --rules {path} --yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanupPart</name>
    <message>
        <source>C&amp;lean Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every unwanted cookie of every site and browser in one step, keeping your keep list (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep &amp;&amp; Clean Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keep list cannot be read: nothing is deleted until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDeletionDialog</name>
    <message>
        <source>Delete Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cookie(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed from the browsers&apos; cookie stores. A backup is kept: Edit → Undo or View → Deletion History brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {names} on {site}, and delete the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Cookie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes the cookies listed in this dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies to delete per browser profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Store or read information on your device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick ads from limited data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a profile of you for targeted ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick ads for you from that profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a profile of you to tailor content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick content for you from that profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure how well ads work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure how well content works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study audiences with statistics or combined data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build and improve the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick content from limited data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your precise location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify your device by scanning its characteristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAB TCF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Didomi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneTrust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookiebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axeptio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tarteaucitron.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opendatasoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims legitimate interest for profiling (purposes 3–6), which TCF 2.2 no longer allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims legitimate interest for storing on the device (purpose 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was asked under TCF policy rules older than 2.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a global-scope string, retired in 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not say which vendors you were shown (TCF 2.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-stamps your visit finer than the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set before your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid consent value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No choice made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: your {platform} choice refused {what}, yet it is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: your {platform} choice never consented to {what}, yet it is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} (vendor {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing information on your device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was set after your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was set before your choice and not removed when you refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was set is unknown (the browser keeps no creation time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs consent and was set before your choice was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs consent, and this site holds no recorded choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs consent, and the site&apos;s banner was never answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {platform} choice is {days} days old: after {months} months it should be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {platform} consent value cannot be decoded ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {platform} consent value {rules}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice not readable: the value is protected by the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You refused {categories} on {site} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accepted {categories} on {site} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) are here anyway</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them set after your choice</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No cookie here goes against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No choice is recorded on {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentActions</name>
    <message>
        <source>&amp;Read Consent Choices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the consent choices whose values the system keyring protects (the system may ask for its password, once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>Show Only {site}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser · Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrable site the cookie belongs to, as the site list groups it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sets the cookie, according to the site&apos;s cookie policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the cookie is for, according to the site&apos;s cookie policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leading dot marks a domain cookie, which subdomains receive too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the browser deletes the cookie; hover a cell for the exact UTC time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser, profile and container that hold the cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secure, HttpOnly and SameSite attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the site&apos;s cookie policy declares the cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}
Partitioned under {partition}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CookieView</name>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as text (never their values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>deleting from this kind of store is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting from {family} stores is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{browser} · {profile}: {name} on {host} is kept: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deletion is done but its history entry could not be updated ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup {path} could not be marked as undone ({error}); undoing it again changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a previous run was stopped while deleting ({undo_id}); that deletion has now been finished from its backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a previous run was stopped while undoing {undo_id}; that undo has now been finished from its backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a previous run was stopped while deleting ({undo_id}) before anything was deleted; it has been rolled back and its backup removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) older than {days} days deleted (their deletions can no longer be undone)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cookie(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{browser} · {profile}: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n from {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the session store of {folder}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the session store of {folder} (cookies of the open session that Firefox would restore)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Consent Inspector is changing the profile {profile}; nothing was changed: try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: {path} belongs to user {owner}, not to you ({user}), so it may have been planted; nothing was changed. Move it away, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: other users can write to {path} (mode {mode}), so what is inside may have been planted; nothing was changed. Check it, then run `chmod go-w {path}`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: {path} is not a regular file, so it may have been planted; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full ({path}); nothing was changed. Free some space, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full ({path}), so the session store could not be rewritten yet; the next run finishes this once there is space</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A backup is kept for %n day(s): until then this deletion can be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) deleted: those deletions can no longer be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionActions</name>
    <message>
        <source>&amp;Delete Cookies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected cookies from their browsers (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete All Cookies of the Selected &amp;Sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every cookie of the sites chosen in the site list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete U&amp;ndeclared Cookies of This Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the cookies the site&apos;s policy does not declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Cookies of a &amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the cookies of the latest deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past deletions, and restoring any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Cookies of a Category on {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Undeclared Cookie(s) of {site}…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one site first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} ({counts})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie of {site} has a known category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deleted while the keep list cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete All Cookies of {site}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete All Cookies of %n Site(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Undeclared Cookies of {site}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionFlow</name>
    <message>
        <source>Deletion result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these cookies can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n cookie(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n cookie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring deleted cookies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n cookie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) had been set again since the deletion; the newer one was kept:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The cookies could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backups are now kept %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Cookie details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cookie to see what it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the policy says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the details pane (Ctrl+D shows it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{host}{path} · {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Source: none&lt;/b&gt; — no policy, catalog or the Open Cookie Database explains this cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Inspector&apos;s catalog (a guess, not a declaration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Open Cookie Database (a guess, not a declaration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Source: {source}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a domain cookie: its subdomains receive it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not partitioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known cookie policy covers {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} (the policy says “{label}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed before the site may set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed, according to the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;{label}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>per the site&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per the catalog, a guess from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per the Open Cookie Database, a guess from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {provider}, {category} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no source describes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to {path}. It holds no cookie values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netscape cookies.txt (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Cookies With Their Values?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold the values of {n} cookies: session tokens and other secrets that let whoever reads it sign in as you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are written in clear text to a file only you can read. Keep it private and delete it once it is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm exporting cookie values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export With Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {written} cookies to {path}; skipped {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fetch</name>
    <message>
        <source>{url}: only http and https addresses can be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: the host name {host} was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: the secure connection failed ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: the server could not be reached ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: no answer within {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: the server answered HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: too many redirects, or a redirect away from http(s) (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: larger than {limit_mb} MB, not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: the answer is {content_type}, not an HTML page, JSON or JavaScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by site, host, name, provider or purpose  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cookies of one policy category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser and profile filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cookies of one browser profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cookies by what the site&apos;s cookie policy says of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cookies by whose word explains them: the site&apos;s policy, a catalog, or nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show findings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the cookies with a consent finding: undeclared, kept too long, miscategorised or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter and show all cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cookie Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not categorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All browsers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>The {policy} policy covers this site but does not declare this cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy files it as {declared_category} (no consent needed), but the catalog lists {name} as {category} ({provider}), a category that needs consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Declared as a session cookie, but stored for about %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Declared as a session cookie, but stored with at least %n day(s) still to run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored for about %n day(s), more than {tolerance:g}x the {declared} the policy declares.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored with at least %n day(s) still to run, more than {tolerance:g}x the {declared} the policy declares.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored for about %n day(s): longer than the 13 months CNIL recommends for cookies that need consent ({category}, per the {source}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored with at least %n day(s) still to run: longer than the 13 months CNIL recommends for cookies that need consent ({category}, per the {source}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Declared by the {policy} policy, but not in {profiles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy covers this cookie&apos;s site, and neither catalog knows this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs consent ({category}, per the {source}): no policy covers this site to say otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog (not a declaration): {provider}, {category}. {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cookie Database (not a declaration): {provider}, {category}. {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>400 days is the browsers&apos; cap: the site asked for at least that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>per the site&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per the catalog (a guess from the name, not a declaration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per the Open Cookie Database (a guess from the name, not a declaration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared but absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over declared lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond 13 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{label} +%n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsBox</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: nothing here differs from the site&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsColumn</name>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Deleted · can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted · can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing deleted (backup incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Deletion History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen deletion, site or cookie back into its store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s). Expand one to see its cookies; Restore puts back the chosen deletion, site or cookie.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n put back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups are deleted at the next deletion; their deletions can then no longer be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep backups for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete All Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every backup now, with the cookie values it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete All Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every backup now? The deletions they belong to can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie was deleted yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>No table of cookies was found on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {table} (under “{heading}”) names no cookie column: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {table}: the column “{heading}” was not understood and is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {table}: a row without a cookie name was skipped: {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” reads like a sentence, not a cookie name: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” cannot be a cookie name: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is listed twice; the first entry is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the heading “{heading}” names no known category: pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the lifetime “{text}” was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is read as the pattern {pattern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”: the name {name} is kept, “{dropped}” is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifetime on the page is “{text}”: read as “{lead}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page does not say who sets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page does not say what it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page gives no purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifetime “{text}” was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading “{heading}” names no known category: pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heading gives its category: pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPolicyDialog</name>
    <message>
        <source>Add a Site&apos;s Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. www.example.com (taken from the address if left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the page&apos;s cookie table here (copied from the browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://cdn.cookielaw.org/consent/…json, https://consent.cookiebot.com/…/cc.js, or a saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is fetched only when you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page saved from the browser (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent platform&apos;s list of cookies: OneTrust&apos;s JSON or Cookiebot&apos;s cc.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages and declarations (*.html *.htm *.json *.js *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the page to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the site&apos;s host name (e.g. www.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched {kb} kB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts this policy speaks for, comma-separated; *.example.com covers example.com and all its subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries for {host} from {source}. Fix a category by double-clicking it; drop what the page does not really declare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every entry was read without doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page names {platform}&apos;s declaration: import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the saved copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New on the page: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone from the page: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {field} “{old}” → “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Saved Policy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is already in your policy library. Replace it with this import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save into the policy library: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keep</name>
    <message>
        <source>every cookie of {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cookies of {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} on {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names matching {pattern} on {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this {name} cookie of {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept (your sign-in): {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) kept by your keep list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You will be signed out of %n site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keep my sign-ins on this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keep list cannot be read, so nothing is deleted until it is fixed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepActions</name>
    <message>
        <source>&amp;Keep Selected Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected cookies: no clean-up or bulk deletion removes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Chosen &amp;Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every cookie of the sites chosen in the site list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Kept Cookies Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the cookies your keep list keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your keep list keeps, and removing entries from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;Keeping Selected Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Keeping {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop Keeping %n Site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n Site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Kept Cookies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected cookies are on your keep list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clean-ups and bulk deletions never remove them. Delete them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Them Too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepListDialog</name>
    <message>
        <source>Keep List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep list entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop keeping the chosen entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you chose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is kept yet. Choose Keep on cookies or sites; the list is saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the keep list, saved in {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will be in {language} the next time you start Consent Inspector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when you restart Consent Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locks</name>
    <message>
        <source>process {pid} (started with {flag} {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process {pid} (working directory {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process {pid} (has {path} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked by process {pid} on host &apos;{host}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} of process {pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lockfile is held open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{browser} is running with profile &apos;{profile}&apos; ({evidence}): close {browser} (every window of that profile), then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused, nothing was changed: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale lock {path} of {browser} profile &apos;{profile}&apos;: process {pid} no longer runs, so it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sort Cookies By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort Sites By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie policies (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Consent Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Consent Inspector&lt;/h3&gt;&lt;p&gt;Shows which cookies your browsers hold and what each site&apos;s published cookie policy says they are for.&lt;/p&gt;&lt;p&gt;Cookie values stay hidden unless you reveal one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>&lt;b&gt;These are demo cookies&lt;/b&gt;, not your browsers&apos; (the app was started with &lt;code&gt;--demo&lt;/code&gt;). They show the policy&apos;s declared cookies and a few undeclared trackers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;These are demo cookies:&lt;/b&gt; no browser cookie store was found in your home folder. Open a store with &lt;code&gt;--store KIND:PATH&lt;/code&gt; to inspect your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie store(s) could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie store(s) could be read only in part</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{head} — {names}. The other stores are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy in force stays: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your browsers&apos; cookie stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookies match ‘{text}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookies match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie store was found. Start with &lt;code&gt;--store KIND:PATH&lt;/code&gt; to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie store could be read. &lt;a href=&apos;stores&apos;&gt;See why&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browsers hold no cookies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policies</name>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is named by {winner} and {loser}: {winner}, imported later, is in force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliciesDialog</name>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Source Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {file} from your policy library? Its site&apos;s cookies will no longer be matched against it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyActions</name>
    <message>
        <source>&amp;Add a Site&apos;s Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a site&apos;s published cookie policy into your policy library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policies in force, where they came from, what they cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Site&apos;s Policy for {site}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyError</name>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {expected}, got {got} (write &quot;{value}&quot; in quotes if you mean it as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys must be plain names, not {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;{key}&apos; (first on line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (allowed: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a number of %n character(s) is far too long</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid id (lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code such as en or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language &apos;{lang}&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing English text: add an &apos;en&apos; entry (it is the fallback for every other language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program reads version {supported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file ({file_kind}); a policy is a small YAML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is more than the {megabytes} MB this app reads; a policy is a small YAML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: {problem} ({context})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: character {char} (U+{code}) is not allowed in YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a mapping with version, name, categories, providers and sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported policy version {version} (this app reads version {supported})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate site id &apos;{id}&apos; (first on line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate cookie &apos;{name}&apos; (first declared on line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{host}&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list at least one host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either &apos;name&apos; or &apos;pattern&apos;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &apos;name&apos; (or &apos;pattern&apos; for a wildcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &apos;{key}&apos; (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &apos;{key}&apos; (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &apos;{key}&apos; (none are defined: add it under &apos;{section}:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &apos;{key}&apos; (none are defined: add it under &apos;{section}:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unparsable lifetime &apos;{text}&apos;: write a whole number and a unit ({units}), e.g. &apos;{example}&apos;, or &apos;session&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty cookie name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} contains {char}, which cannot occur in cookie names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; contains a wildcard: write it as &apos;{fix}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: character classes (&apos;[...]&apos;) are not supported; use &apos;*&apos; or &apos;?&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &apos;{name}&apos; has no &apos;*&apos; or &apos;?&apos;: write it as &apos;{fix}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &apos;{name}&apos; has no literal characters and would match every cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; is a URL; write the host name alone, e.g. &apos;www.example.com&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{entry}&apos;: a leading &apos;.&apos; is cookie syntax; write &apos;{fix}&apos; for {domain} and all its subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{entry}&apos;: &apos;*.&apos; cannot precede an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; is not a valid host name (dot-separated labels of letters, digits, &apos;-&apos; and &apos;_&apos;; &apos;*&apos; only as a leading &apos;*.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; would cover every site under the public suffix &apos;{suffix}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http(s) URL such as &apos;{example}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time such as &apos;{example}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time zone: end it with &apos;Z&apos; for UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected version, providers and cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported catalog version {version} (this app reads version {supported})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate cookie &apos;{name}&apos; (first on line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate cookie &apos;{name}&apos; on {domain} (first on line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &apos;{key}&apos; (add it under &apos;{section}:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list at least one domain, or leave &apos;domains&apos; out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &apos;{domain}&apos;: a domain hint already covers its subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site &apos;{site}&apos; is not a site&apos;s registrable domain (did you mean &apos;{suggested}&apos;? name a single host with &apos;host&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;{host}&apos; is not on the site &apos;{site}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; narrows one exact cookie: give its &apos;host&apos; and &apos;name&apos; too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is already used on line {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;{value}&apos; (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown finding &apos;{value}&apos; (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused-days must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chooses nothing: give a category, status, finding, third-party, expired or unused-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep entry {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or a mapping such as {en: ..., fr: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping with version, name, categories, providers and sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping with version, providers and cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value tagged {tag}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file ({file_kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size} bytes, more than the {limit} this app reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is more than the {limit} this app reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown browser kind {kind} for {path}: use one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: permission denied: this user cannot open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no {browser} cookie store found there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is locked by a running browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is corrupt or not an SQLite database ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link to a missing file ({target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link loop: it never reaches a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: this user cannot reach the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a cookie database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is {file_kind}, not a cookie database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: this user cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the locked database ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browser changed the database while it was being read; refresh to read it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Firefox cookie database (it has no &apos;moz_cookies&apos; table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cookie schema {version} (this app reads {low} to {high}); expiry units may differ, so it is not guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cookie schema: moz_cookies lacks {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read moz_cookies ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Chromium cookie database (it has no &apos;cookies&apos; table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cookie schema: meta version {version} is older than this app reads ({low})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cookie schema: the cookies table lacks {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the cookies table ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable Safari binarycookies file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown store family &apos;{family}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the store ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a mozLz4 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the session store says it holds {size} bytes, more than the {limit} this app reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: corrupt session store ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: corrupt session store (nested too deeply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot read the session store ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{path}: skipped %n session cookie(s) of a shape Firefox does not write</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: cannot read the container names ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: container names not read ({detail}); containers are shown by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: container names not read (nested too deeply); containers are shown by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the value: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the value: the cookie is no longer in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the value: the encrypted value is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the value: it does not decrypt with Chromium&apos;s built-in key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this value uses Chrome&apos;s app-bound encryption (v20), which only the browser itself can decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decrypt the value: the keyring did not give the right key (is it locked?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot get the browser&apos;s cookie key from the system keyring ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the database is locked by another program (is the browser still running?) ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the store is read-only, nothing can be deleted there ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the database is corrupt ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the store no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the store is on a read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the store is read-only for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the store&apos;s folder is read-only, so SQLite cannot write its journal there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: deleting from {family} stores is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a {family} cookie database (no &apos;{table}&apos; table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the &apos;{table}&apos; table has no unique key, so no cookie can be addressed exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the Chromium store has no readable meta version; refusing to write an unknown schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown Chromium cookie schema (meta version {version}; this app writes {low} to {high}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown Firefox cookie schema {version} (this app writes {low} to {high}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}; that store is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the cookies come from scans of different store layouts; scan again and re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{store}: %n planned session cookie(s) are no longer in the session store; nothing was changed: scan again and re-plan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the store&apos;s unique key changed since the plan ({columns}); scan again and re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n of the {planned} planned cookies are no longer in the store (the browser changed it since the plan); nothing was changed: scan again and re-plan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: {deleted} rows would be deleted instead of the {planned} planned; rolled back, nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store}: the session cookies could not be removed from the session store ({detail}); its database rows were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors} (undo ID {undo_id} restores what the other stores lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no deletion left to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion {undo_id} was already undone ({undone_at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion {undo_id} never started deleting (its backup is incomplete): nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of these cookies is in that deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store}: the profile has no readable session store any more, so its session cookies cannot be put back; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the browser changed the store&apos;s layout since the backup, so its rows cannot be restored exactly; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {inserted} rows were restored instead of {expected}; rolled back, nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store}: the session cookies could not be written back ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder {path}: {detail}; nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder {path}: {detail}; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file of {profile}: {detail}; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup folder {path} is not writable; nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {detail}; nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{undo_id}&apos; is not an undo ID (see `consent-inspector undo --list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup with undo ID {undo_id} in {folder} (see `consent-inspector undo --list`); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup manifest {path} is corrupt ({detail}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved cookies of {undo_id} ({path}) are missing; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the backup {path} ({detail}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup {path} is corrupt: it does not match its checksum; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup {path} is corrupt ({detail}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its saved cookies are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted before anything was deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog (a guess from the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cookie Database (a guess from the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared but absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over declared lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond 13 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Consent report — {generated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated {generated} · policy: {policy}{path} · cookie values are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a policy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declared by policies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct cookie(s) seen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories marked {policy} come from the site&apos;s published policy; {catalog} marks the known-cookie catalog&apos;s guess from the cookie&apos;s name, and {ocd} the Open Cookie Database&apos;s: never a declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptions marked Open Cookie Database: {attribution}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: {name}{link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the policy declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the browsers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent from {profiles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy covers this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the browsers hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host · path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser · profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider · purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy says “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Name or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The stores could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrable domain the cookies belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cookies the browsers hold for the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of them the site&apos;s cookie policy does not declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n undeclared cookie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{explained} of {cookies} explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) the site&apos;s policy does not declare</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show the cookies of every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: cookies here go against the consent choice you made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: covered by the {policy} cookie policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: no known cookie policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSummary</name>
    <message>
        <source>{site} — {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>policy: %n declared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>seen: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>seen: %n distinct ({rows} in all profiles)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeclared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beyond 13 months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over declared lifetime</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category mismatch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declared but absent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteSummaryHeader</name>
    <message>
        <source>Site summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Site&apos;s Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} — no cookie matches the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Declared by the policy but not in these browsers:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteView</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <source>&amp;Descending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cookie Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s cookie policy declares this cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has a cookie policy, but it does not declare this cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known cookie policy covers this site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undeclared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n store(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{explained} explained ({share} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {cookies} of {total} · {sites} · {undeclared} undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing all cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {store}… ({done} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cookie stores again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cookie stores…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreModel</name>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (code: {code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoresDialog</name>
    <message>
        <source>Cookie stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie store was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} stores found; {failed} could not be read. The others are shown as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} stores found and read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueReveal</name>
    <message>
        <source>&amp;Reveal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and decrypt this cookie&apos;s value from the browser&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value could not be read ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
