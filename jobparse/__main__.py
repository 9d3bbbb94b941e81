"""`python -m jobparse`: the same command line as `jobparse`."""

from jobparse.cli import main

main()
