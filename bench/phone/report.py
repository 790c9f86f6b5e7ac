#!/usr/bin/env python3
"""Writes the phone-upload section of bench/RESULTS.md from bench/target/phone/results.jsonl.

   report.py <results.jsonl> <load at start> <load at end> <RESULTS.md>

The section sits between two markers and is replaced on every run (appended the first time), so
bench/run.sh can render the rest of the file and then call bench/phone-upload.sh."""
import json
import sys
import time

BEGIN = "<!-- phone-upload: written by bench/phone-upload.sh -->"
END = "<!-- /phone-upload -->"

LABELS = {
    "photo_12mp_before": ("12 MP phone photo (4000 x 3000)", "before: sent as it is, in one request"),
    "photo_12mp_after": ("12 MP phone photo (4000 x 3000)", "after: fitted in the browser, chunked"),
    "photo_1mb_before": ("1 MB phone photo (1600 x 1200)", "before: sent as it is, in one request"),
    "photo_1mb_after": ("1 MB phone photo (1600 x 1200)", "after: fitted in the browser, chunked"),
    "photo_12mp_cut": ("12 MP phone photo, line cut for 5 s halfway", "after"),
}


def mb(n):
    return f"{n / 1e6:.2f} MB"


def verdict(ok):
    return "met" if ok else "**missed**"


def main(results, load0, load1, target):
    rows = {r["id"]: r for r in (json.loads(line) for line in open(results) if line.strip())}
    out = [BEGIN, "", "## Phone uploads on a weak line (`bench/phone-upload.sh`)", ""]
    out.append(
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} through the real documents "
        "step in headless Chromium: 360 px mobile emulation, Good 3G (1.5 Mbit/s down, 750 kbit/s "
        "up, 40 ms), 4x CPU slowdown. Bytes up = every byte Chromium sent to the portal during the "
        "upload (a counting relay on loopback: headers, form fields and retries included); chunk "
        "bytes = the chunks the portal received. Seconds = from choosing the file to the slot's "
        f"answer. Load average at start / end: {load0} / {load1} (the machine is shared with other "
        "engineers' builds and tests, so seconds are pessimistic; bytes do not depend on it).")
    out += ["", "| upload | how | file | answer | seconds | bytes up (share of file) | chunk bytes |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    for key, (what, how) in LABELS.items():
        r = rows.get(key)
        if not r:
            continue
        answer = "stored" if r["stored"] else "refused: " + r["answer"]
        share = r["wire_up_bytes"] / r["file_bytes"]
        out.append(f"| {what} | {how} | {mb(r['file_bytes'])} | {answer} | {r['seconds']:.1f} | "
                   f"{mb(r['wire_up_bytes'])} ({share:.0%}) | {mb(r['chunk_bytes'])} |")
    out += ["", "| target | measured | verdict |", "| --- | --- | --- |"]
    a = rows.get("photo_12mp_after")
    if a:
        share = a["wire_up_bytes"] / a["file_bytes"]
        ok = a["stored"] and a["seconds"] <= 10 and share <= 0.25
        out.append(f"| 12 MP photo stored in <= 10 s with <= 1/4 of its bytes sent | "
                   f"{'stored' if a['stored'] else 'not stored'} in {a['seconds']:.1f} s, "
                   f"{share:.0%} of its bytes | {verdict(ok)} |")
    b = rows.get("photo_1mb_after")
    if b:
        ok = b["stored"] and b["seconds"] <= 5
        out.append(f"| 1 MB photo stored in <= 5 s | {'stored' if b['stored'] else 'not stored'} "
                   f"in {b['seconds']:.1f} s | {verdict(ok)} |")
    c = rows.get("photo_12mp_cut")
    if c and c.get("fitted_bytes"):
        ratio = c["chunk_bytes"] / c["fitted_bytes"]
        wire = c["wire_up_bytes"] / c["fitted_bytes"]
        ok = c["stored"] and ratio <= 1.3
        out.append(f"| cut for 5 s halfway: completes without starting over, bytes sent <= 1.3x | "
                   f"{'stored' if c['stored'] else 'not stored'} in {c['seconds']:.1f} s; chunk "
                   f"bytes {ratio:.2f}x the fitted file ({mb(c['fitted_bytes'])}), all bytes up "
                   f"{wire:.2f}x | {verdict(ok)} |")
    out += ["", END]
    section = "\n".join(out) + "\n"
    try:
        text = open(target).read()
    except FileNotFoundError:
        text = ""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section
    open(target, "w").write(text)


if __name__ == "__main__":
    main(*sys.argv[1:5])
