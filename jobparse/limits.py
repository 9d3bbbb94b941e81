"""Limits shared by the library and the command line (a module with no imports, for fast start-up)."""

# Large enough for any dump of adverts people make by hand (about 10,000 adverts); a larger input
# is refused with a clear message rather than risking memory, and --max-size raises the limit.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
