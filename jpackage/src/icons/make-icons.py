#!/usr/bin/env python3
"""Rebuilds osprey.ico (Windows) and osprey.icns (macOS) from the PNG icons in resources/, by wrapping the PNGs:
both formats accept PNG data as it is. Run it after changing the PNGs; the results are committed."""
import pathlib
import struct

here = pathlib.Path(__file__).resolve().parent
pngs = here.parents[2] / "resources/src/main/resources/osprey/icons"
png = {size: (pngs / f"osprey-{size}.png").read_bytes() for size in (32, 64, 256)}

# ICO: one 256x256 entry (width/height 0 mean 256), PNG-compressed, as Windows Vista and later read it
ico = struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", 0, 0, 0, 0, 1, 32, len(png[256]), 22) + png[256]
(here / "osprey.ico").write_bytes(ico)

# ICNS: PNG entries icp5 (32), icp6 (64), ic08 (256)
entries = b"".join(kind + struct.pack(">I", 8 + len(data)) + data
                   for kind, data in ((b"icp5", png[32]), (b"icp6", png[64]), (b"ic08", png[256])))
(here / "osprey.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)
