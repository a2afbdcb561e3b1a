"""`python -m assistant` runs the `spinewise` command."""

from assistant.cli import main

main()
