"""`python -m crisislens` runs the command line."""

from crisislens.cli import main

main()
