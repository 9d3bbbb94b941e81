"""The fixed choices of settings that the configuration, the pay data and the command line share.

A module without imports: the command line lists these in its options at start-up.
"""

NATIONS = ("england", "scotland", "wales", "northern-ireland")
FAIL_LEVELS = ("error", "warning", "info", "never")
COLOR_CHOICES = ("auto", "always", "never")
# Whom an advert is checked for: published (the default) or a draft still being written; the rules
# read it from their context (RuleContext.profile).
PROFILES = ("published", "draft")
