"""The floor of the benchmark: what any consolidation of these inputs must at least do.

Reads every sheet of every input with python-calamine (as rkt_xl does), then writes an output
of the same size as the real one with XlsxWriter in constant_memory mode: per sheet the same
number of rows, cells and formula cells (given in a JSON spec measured from the real output),
values taken from the inputs, blank cells with one format, formulas with a cached value. No
validation, no merging, no planning, no per-cell formatting decisions.

    python benchmarks/floor.py SPEC.json OUT.xlsx INPUT.xlsx...
"""

from __future__ import annotations

import itertools
import json
import sys


def main(spec_path: str, out: str, *inputs: str) -> None:
    import python_calamine as pc
    import xlsxwriter

    pool: list[object] = []
    for path in inputs:
        wb = pc.CalamineWorkbook.from_path(path)
        for name in wb.sheet_names:
            for row in wb.get_sheet_by_name(name).to_python():
                if len(pool) < 20_000:
                    pool.extend(v for v in row if v != "")
        wb.close()
    values = itertools.cycle(pool or ["x"])
    with open(spec_path, encoding="utf-8") as fh:
        spec = json.load(fh)
    book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                     "strings_to_numbers": False, "strings_to_urls": False})
    fmt = book.add_format({"border": 1, "text_wrap": True, "num_format": "#,##0"})
    for sheet in spec:
        ws = book.add_worksheet(sheet["name"])
        rows, cells, formulas, blanks = sheet["rows"], sheet["cells"], sheet["formulas"], sheet["blanks"]
        width = max(1, -(-cells // max(rows, 1)))
        written = f_done = b_done = 0
        for r in range(rows):
            for c in range(width):
                if written == cells:
                    break
                if f_done < formulas and c == width - 1:
                    ws.write_formula(r, c, f"=SUM(A{r + 1}:B{r + 1})", fmt, 1)
                    f_done += 1
                elif b_done < blanks and c < width - 1 and (r + c) % 2:
                    ws.write_blank(r, c, None, fmt)
                    b_done += 1
                else:
                    ws.write(r, c, next(values), fmt)
                written += 1
    book.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
