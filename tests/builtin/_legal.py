"""The article paragraphs the legal-line tests put their lines after."""
from . import SENTENCES


BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


BODIES = SENTENCES
