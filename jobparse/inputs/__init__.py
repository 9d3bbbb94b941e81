"""Inputs: files, directories and standard input, read and decoded into the text jobparse parses.

`files` expands the command line's inputs and reads each into adverts or an error; `reading`
turns a file's bytes into records; `source` decodes and normalises text; `pages` reads saved HTML
pages and the NHS Jobs search feed as advert text.
"""
