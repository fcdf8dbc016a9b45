<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
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
    <message>
        <source>in %n minute(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n hour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n year(s)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
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
        <source>Show Only {site}</source>
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
    <name>Session</name>
    <message>
        <source>The stores could not be read: {error}</source>
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
        <source>{site}: covered by the {policy} cookie policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: no known cookie policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteView</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
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
