"""The site list and the summary bar of the selected site."""
