"""`python -m scanner` is the `privacyscan` command."""

from scanner.cli import main

main()
