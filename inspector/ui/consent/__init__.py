"""The window's consent part: each site's recorded choice, the cookies against it, and reading protected choices."""
