"""The Qt-free domain: stores, policies, catalogs, scans, findings, deletion and exports, answered in codes."""
