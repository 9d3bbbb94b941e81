"""Pure parsers for the values found in adverts: dates, money, bands, postcodes, contracts."""

from functools import lru_cache

# Memoises a parser of one string (its result immutable). Adverts repeat their values: contract
# types, working patterns, bands, scale-point salaries, closing dates in the same weeks. An
# archive run then parses each distinct value once. Bounded, so memory stays flat.
memo = lru_cache(maxsize=4096)
