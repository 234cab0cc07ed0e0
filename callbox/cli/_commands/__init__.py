"""The commands of ``callbox``, one module per group (listed in ``callbox.cli._root``)."""
