"""Inputs: files, directories and standard input, read and decoded into the text jobparse parses.

`files` expands the command line's inputs and reads standard input; `reading` turns a file's
bytes into records; `source` decodes and normalises text; `pages` reads saved HTML pages and the
NHS Jobs search feed as advert text. (batch.py reads each input into adverts or an error.)
"""

# Standard input on the command line, and the name its records carry unless --stdin-filename
# gives one. Here, in a module without imports, for the modules that only need the names.
STDIN = "-"
STDIN_NAME = "<stdin>"
