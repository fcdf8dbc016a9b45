"""Consent records: one decoder per consent platform, each turning stored consent cookies into a normalised record."""
