"""jobparse: parse NHS job advert text dumps into structured records."""

from jobparse.errors import InputError, JobparseError
from jobparse.model import Advert
from jobparse.parse import parse, parse_bytes, parse_file, parse_many

__version__ = "0.1.0"

__all__ = ["Advert", "InputError", "JobparseError", "__version__", "parse", "parse_bytes", "parse_file", "parse_many"]
