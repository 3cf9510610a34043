"""The headline and article paragraph the dateline tests put their lines between."""

TITLE = "Floods Cut Off Mountain Village"
BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."
