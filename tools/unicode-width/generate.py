#!/usr/bin/env python3
"""Prints the table of wide characters in Sources/TextFormats/DisplayWidth.swift.

Wide means East Asian Width W or F in the Unicode Character Database that Python's unicodedata carries
(emoji with default emoji presentation are W). Unassigned code points are left out of the decision, so that
neighbouring ranges merge: a terminal draws nothing there anyway.

Usage: python3 tools/unicode-width/generate.py   (then paste the output over `wideRanges`)
"""
import unicodedata

ranges = []
start = last = None
for code in range(0x110000):
    character = chr(code)
    if unicodedata.category(character) == "Cn":
        continue
    if unicodedata.east_asian_width(character) in ("W", "F"):
        if start is None:
            start = code
        last = code
    elif start is not None:
        ranges.append((start, last))
        start = None
if start is not None:
    ranges.append((start, last))

print(f"    // East Asian Width W or F, Unicode {unicodedata.unidata_version} (tools/unicode-width/generate.py).")
print("    private static let wideRanges: [ClosedRange<UInt32>] = [")
line = "       "
for low, high in ranges:
    item = f" 0x{low:X}...0x{high:X},"
    if len(line) + len(item) > 116:
        print(line)
        line = "       "
    line += item
print(line)
print("    ]")
