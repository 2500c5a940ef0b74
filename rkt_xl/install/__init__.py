"""Installing rkt_xl on an office PC: the working folder (`rkt pasang`), the provenance of
the running build (`rkt --versi`)."""
