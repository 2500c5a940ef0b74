"""The documents: Perjanjian Kinerja and the LKjIP skeleton as Word files rendered from
templates an office can change (docxtpl), every number recomputed from the workbook.

``buat_dokumen("pk" | "lkjip", inputs, ...)`` is the entry point (see :mod:`.run`);
:func:`.check.check_numbers` reads a generated document back and compares its numbers.
"""
