"""Consent Inspector: which cookies the browsers hold, what each is for by the site's policy, and their safe deletion."""
