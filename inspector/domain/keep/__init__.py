"""The keep list: sites, hosts, cookies and name patterns that no bulk deletion removes.

    from inspector.domain.keep.entries import KeepEntry, KeepList
    from inspector.domain.keep.keep_file import load_keep_list, save_keep_list, keep_list_path

    keep = load_keep_list()             -> KeepList (empty when the file does not exist yet)
                                           KeepListError (path, line, column) when it is malformed
    keep.entry_for(cookie)              -> the KeepEntry that keeps this InspectedCookie, or None
    keep.split(cookies)                 -> (the cookies that may go, [(kept cookie, entry)])
    save_keep_list(keep.added(KeepEntry(site="github.com")))

    from inspector.domain.keep.sign_in import is_sign_in, sign_in_sites
"""
