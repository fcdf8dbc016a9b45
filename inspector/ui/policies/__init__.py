"""The policy library in the window: adding a site's policy (fetch, review, save) and the Policies view."""
