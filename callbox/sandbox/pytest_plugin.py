"""pytest plugin: the ``callbox_sandbox`` fixture (filled in by the sandbox)."""
