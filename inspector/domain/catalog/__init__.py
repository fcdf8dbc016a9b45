"""The known-cookie catalog: what widely seen cookies are for, from our own entries and the Open Cookie Database."""
