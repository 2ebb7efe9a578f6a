"""``python -m detente.cli`` runs the ``detente`` command."""

from detente.cli import main

main()
