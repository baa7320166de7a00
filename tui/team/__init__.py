"""Team review: structured diff, semantic three-way merge, conflict resolution and git glue.

Pure Python on top of :mod:`tui.core` (no Textual, no Rich): ``diff`` compares two briefings
item by item, ``merge`` combines two analysts' copies against their common ancestor and records
what cannot be combined as conflicts in the file, ``resolve`` settles those conflicts, and
``gitdriver`` registers ``briefing merge`` as git's merge driver for briefings.
"""
