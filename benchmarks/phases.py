"""Where the time and memory of one ``konsolidasi()`` call go: wraps the phase functions,
records wall time and the peak RSS reached by the end of each phase, prints JSON.

    python benchmarks/phases.py OUT.xlsx INPUT...
"""

from __future__ import annotations

import json
import resource
import sys
import time
import warnings
from collections import defaultdict


def main(out: str, *inputs: str) -> None:
    import rkt_xl.consolidation.run as k
    import rkt_xl.xlsx.consolidated as ow

    seconds: dict[str, float] = defaultdict(float)
    peak_after: dict[str, float] = {}

    def peak() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def wrap(module: object, name: str, label: str) -> None:
        original = getattr(module, name)

        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                seconds[label] += time.perf_counter() - start
                peak_after[label] = peak()

        setattr(module, name, timed)

    # reading and checking run in a helper process for many large files (validation/readers.py),
    # overlapped with the bidang sheets written here
    wrap(k, "judge", "judge (sniff, wait for the helper, merge, bidang sheets)")
    wrap(ow, "write_bidang_sheet", "bidang sheets")
    wrap(k, "plan_rkt", "plan")
    wrap(ow, "write_rkt_sheet", "RKT sheet")
    wrap(ow, "write_ringkasan_sheet", "Ringkasan sheet")
    wrap(ow, "_write_validasi", "Validasi sheet")
    wrap(ow.OutputWorkbook, "close", "zip (XlsxWriter close)")
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # XlsxWriter warns once per link beyond 65,530
        result = k.konsolidasi(list(inputs), out, paksa=True)
    total = time.perf_counter() - start
    helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"total": total, "peak": peak(), "helper_peak": helper, "seconds": seconds, "peak_after": peak_after,
                      "findings": len(result.report.findings)}))


if __name__ == "__main__":
    main(*sys.argv[1:])
