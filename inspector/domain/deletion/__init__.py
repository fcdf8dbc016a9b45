"""Safe deletion: plan, preview, backup, one transaction per store, and an exact undo.

The API the window and the CLI call. It is Qt-free and blocking: run it on a worker.

    from inspector.domain.deletion.plan import execute, plan_deletion

    plan = plan_deletion(cookies, stores=None)
        cookies: InspectedCookie or CookieRecord items (what the user selected);
        stores: the StoreRefs of the scan, so each record finds its browser/profile/lock dir.
        plan.count, plan.counts() -> {(browser, profile): n}, plan.stores, plan.lines() -> [Note]
        check = plan.lock_check()         one look at the profiles (one process scan each)
        check.blockers -> [LockStatus]    open browser profiles; check again for "Retry"
        plan.notes(check) -> [Note]       stale locks of that check, cookies that cannot be deleted (Safari)
    report = execute(plan)                -> Report(undo_id, deleted records, per-store results)

    from inspector.domain.deletion.undo import history, undo

    result = undo(undo_id=None)           -> UndoReport (None: the latest deletion not undone yet)
    entries = history()                   -> [Entry(undo_id, created, status, counts, total, ...)]

Lines, notes and lock states are codes with parameters (domain/codes.py); inspector/domain/wording.py
words them. Every failure before a change raises DeletionError (`code`, `message`) and leaves every
store as it was: BrowserRunning (code "running", with `.blockers`), "changed" (the store
changed since the plan: plan again), "schema", "read-only", "backup", "missing",
"corrupt", "failed". An undo fails the same way (BrowserRunning while a profile is open).
Backups live in backup.backup_dir() (CONSENT_INSPECTOR_DATA_DIR overrides the per-user data
dir); each holds every column of every deleted row.

Which cookies the window's "Delete…" commands cover (a site, a category on a site, the
undeclared ones) are filters over InspectedCookie fields in choice.py, kept here so that
the UI holds no rule of its own and the CLI could share them.
"""
