#!/usr/bin/env python3
"""Checks an SVG made by `beatpaxos diagram` against the recording it was drawn from.

Usage: check-diagram.py DIAGRAM.svg RECORDING.jsonl (--round R | --from SECONDS --to SECONDS)
The SVG must be well-formed XML with exactly one element per message sent in the stretch, in the order sent,
whose data attributes (type, ballot, from, to, sent, delivered or lost) match the recording's lines.
Prints one line saying what matched, or what did not, and exits 1 on a mismatch.
"""
import json
import sys
import xml.etree.ElementTree as ElementTree


def stretch(events, args):
    if args[0] == "--round":
        round_number = int(args[1])
        start = next(e["t"] for e in events if e["ev"] == "round_start" and e["round"] == round_number)
        end = next(e["t"] for e in events if e["ev"] == "round_end" and e["round"] == round_number)
        return start, end
    return float(args[1]), float(args[3])


def identity(event):
    return tuple(event.get(key) for key in ("from", "to", "type", "ballot", "value", "acc_ballot", "acc_value"))


def expected_messages(events, start, end):
    """Each send in the stretch with its landing (deliver or drop), first sent first landed; a new round empties
    the network."""
    flying = {}
    expected = []
    for event in events:
        kind = event["ev"]
        if kind == "send":
            entry = None
            if start <= event["t"] <= end:
                entry = {"send": event, "landed": None}
                expected.append(entry)
            flying.setdefault(identity(event), []).append(entry)
        elif kind in ("deliver", "drop"):
            copies = flying.get(identity(event))
            if copies:
                entry = copies.pop(0)
                if entry is not None:
                    entry["landed"] = event
        elif kind == "round_start":
            flying = {}
    return expected


def seconds(value):
    return "%.3f" % value


def main():
    svg_path, recording_path, *args = sys.argv[1:]
    events = [json.loads(line) for line in open(recording_path) if line.strip()]
    start, end = stretch(events, args)
    root = ElementTree.parse(svg_path).getroot()
    drawn = [element for element in root.iter() if "data-type" in element.attrib]
    expected = expected_messages(events, start, end)
    problems = []
    if len(drawn) != len(expected):
        problems.append("%d message elements for %d messages sent" % (len(drawn), len(expected)))
    for element, entry in zip(drawn, expected):
        send, landed = entry["send"], entry["landed"]
        want = {"data-type": send["type"], "data-ballot": str(send["ballot"]), "data-from": send["from"],
                "data-to": send["to"], "data-sent": seconds(send["t"])}
        if landed is not None and landed["ev"] == "deliver":
            want["data-delivered"] = seconds(landed["t"])
        if landed is not None and landed["ev"] == "drop":
            want["data-lost"] = seconds(landed["t"])
        for key, value in want.items():
            if element.attrib.get(key) != value:
                problems.append("%s sent at %s: %s is %r, the recording says %r"
                                % (send["type"], send["t"], key, element.attrib.get(key), value))
    if problems:
        print("mismatch: " + "; ".join(problems[:3]))
        return 1
    lost = sum(1 for entry in expected if entry["landed"] is not None and entry["landed"]["ev"] == "drop")
    print("%d message elements match the recording (%d lost at a down node), %s s to %s s"
          % (len(drawn), lost, start, end))
    return 0


if __name__ == "__main__":
    sys.exit(main())
