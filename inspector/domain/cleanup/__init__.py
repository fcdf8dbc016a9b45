"""Clean up in one step: every cookie that named rules choose, across every site and store, minus the keep list.

    from inspector.domain.cleanup.rules import Rule, load_rules, save_rules
    from inspector.domain.cleanup.plan import plan_cleanup, run_cleanup

    plan = plan_cleanup(result, [Rule("trackers", categories=("marketing",))], keep, describe)
        plan.deletion   a deletion.Plan over the closed stores only (execute it, or run_cleanup(plan))
        plan.kept       [(cookie, KeepEntry)]: chosen, but the keep list keeps them
        plan.skipped    [Skipped]: stores left alone, and why (open profile, unwritable store)
        plan.sign_in_sites   the sites whose sign-in cookies would go
    report = run_cleanup(plan)   one backup for every store: one undo restores the whole clean-up
"""
