"""The article paragraph the calls-to-action tests put their lines after."""

BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."
