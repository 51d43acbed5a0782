#!/usr/bin/env python3
"""Checks Plenum's Anki exports with real Anki (the `anki` package from PyPI, headless).

Usage: anki_import_check.py APKG TXT EXPECTED_NOTES DECK_NAME

1. Reads APKG as a ZIP and opens its collection with Anki: expects the sort field and checksum
   of every note to be what Anki computes. Imports the package into a fresh collection: expects EXPECTED_NOTES new notes and
   cards in the deck DECK_NAME, the note type "Plenum Basic", the same GUIDs as the text
   export TXT, and a clean database check. Imports APKG again: expects no new notes.
2. Imports the text export TXT into another fresh collection twice: the first import adds
   EXPECTED_NOTES notes, the second adds none (its notes are matched by GUID).

Prints one line per check and exits 0 when all pass, 1 when one fails, 2 on bad usage or
when `anki` cannot be imported.
"""

import csv
import os
import sqlite3
import sys
import tempfile
import zipfile

try:
    from anki.collection import (
        Collection,
        ImportAnkiPackageOptions,
        ImportAnkiPackageRequest,
        ImportCsvRequest,
    )
except ImportError as error:
    print(f"SKIP: the Python module 'anki' is not available ({error}); "
          "install it with 'pip install anki' in a virtual environment.")
    sys.exit(2)

failures = []


def check(label, ok, detail):
    print(f"{'PASS' if ok else 'FAIL'}: {label}: {detail}")
    if not ok:
        failures.append(label)


def text_export_guids(path):
    """The GUID column of an Anki text export (header lines start with '#')."""
    with open(path, encoding="utf-8", newline="") as handle:
        body = [line for line in handle.read().splitlines(keepends=True)
                if not line.startswith("#")]
    return {row[0] for row in csv.reader(body, delimiter="\t") if row}


def log_counts(log):
    return (f"new {len(log.new)}, updated {len(log.updated)}, "
            f"duplicate {len(log.duplicate)}, conflicting {len(log.conflicting)}")


def check_package(folder, apkg, expected, deck_name, guids):
    col = Collection(os.path.join(folder, "package.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=os.path.abspath(apkg),
            options=ImportAnkiPackageOptions(with_scheduling=False))
        log = col.import_anki_package(request).log
        check("package import", len(log.new) == expected,
              f"{log_counts(log)} (expected new {expected})")
        check("package note count", col.note_count() == expected,
              f"{col.note_count()} notes (expected {expected})")
        deck = col.decks.by_name(deck_name)
        check("package deck", deck is not None,
              f"deck {deck_name!r} {'found' if deck else 'missing'}; "
              f"decks: {sorted(d.name for d in col.decks.all_names_and_ids())}")
        if deck is not None:
            cards = col.find_cards(f'"deck:{deck_name}"')
            new_cards = col.find_cards(f'"deck:{deck_name}" is:new')
            check("package cards", len(cards) == expected == len(new_cards),
                  f"{len(cards)} cards in the deck, {len(new_cards)} new (expected {expected})")
        model = col.models.by_name("Plenum Basic")
        fields = [f["name"] for f in model["flds"]] if model else None
        check("package note type", fields == ["Front", "Back"],
              f"'Plenum Basic' fields {fields}")
        imported = {col.get_note(nid).guid for nid in col.find_notes("")}
        check("package GUIDs", imported == guids,
              f"{len(imported & guids)} of {len(guids)} text-export GUIDs found, "
              f"{len(imported - guids)} unexpected")
        problems = integrity_problems(col, folder)
        check("package database check", not problems,
              "no problems" if not problems else "; ".join(problems))
        again = col.import_anki_package(request).log
        check("package re-import", len(again.new) == 0 and col.note_count() == expected,
              f"{log_counts(again)}; {col.note_count()} notes")
    finally:
        col.close()


def integrity_problems(col, folder):
    """What Anki's "Check Database" reports beyond what it says for an empty collection."""
    empty = Collection(os.path.join(folder, "empty.anki2"))
    try:
        baseline = set(empty.fix_integrity()[0].splitlines())
    finally:
        empty.close()
    return [line for line in col.fix_integrity()[0].splitlines()
            if line.strip() and line not in baseline]


def check_stored_columns(folder, apkg):
    """Opens the package's own collection with Anki, lets its database check recompute the
    sort field and checksum of every note, and compares them with what the package stored."""
    path = os.path.join(folder, "stored.anki2")
    with zipfile.ZipFile(apkg) as archive:
        bad = archive.testzip()
        check("package ZIP", bad is None and sorted(archive.namelist()) == [
            "collection.anki2", "media"] and archive.read("media") == b"{}",
            f"entries {sorted(archive.namelist())}, CRC errors in {bad or 'none'}")
        with open(path, "wb") as handle:
            handle.write(archive.read("collection.anki2"))
    with sqlite3.connect(path) as db:
        stored = db.execute("select guid, sfld, csum from notes order by id").fetchall()
    db.close()
    col = Collection(path)
    try:
        col.fix_integrity()
        anki = [tuple(row) for row in col.db.all("select guid, sfld, csum from notes order by id")]
    finally:
        col.close()
    differ = [row for row, again in zip(stored, anki) if row != again]
    check("package sort fields and checksums", len(stored) == len(anki) and not differ,
          f"{len(stored) - len(differ)} of {len(stored)} notes as Anki computes them"
          + (f"; first difference {differ[0]!r}" if differ else ""))


def import_text(col, txt):
    metadata = col.get_csv_metadata(path=os.path.abspath(txt), delimiter=None)
    return col.import_csv(ImportCsvRequest(path=os.path.abspath(txt), metadata=metadata)).log


def check_text(folder, txt, expected, deck_name):
    col = Collection(os.path.join(folder, "text.anki2"))
    try:
        first = import_text(col, txt)
        check("text import", len(first.new) == expected and col.note_count() == expected,
              f"{log_counts(first)}; {col.note_count()} notes (expected {expected})")
        check("text deck", col.decks.by_name(deck_name) is not None,
              f"deck {deck_name!r} {'found' if col.decks.by_name(deck_name) else 'missing'}")
        second = import_text(col, txt)
        matched = len(second.updated) + len(second.duplicate)
        check("text re-import", len(second.new) == 0 and matched == expected
              and col.note_count() == expected,
              f"{log_counts(second)}; {col.note_count()} notes (expected no new notes, "
              f"{expected} matched by GUID)")
    finally:
        col.close()


def main(argv):
    if len(argv) != 5 or not argv[3].isdigit():
        print(__doc__.strip().splitlines()[2])
        return 2
    apkg, txt, expected, deck_name = argv[1], argv[2], int(argv[3]), argv[4]
    guids = text_export_guids(txt)
    check("text export GUIDs", len(guids) == expected,
          f"{len(guids)} distinct GUIDs in {txt} (expected {expected})")
    with tempfile.TemporaryDirectory(prefix="plenum-anki-check-") as folder:
        stages = [
            ("package contents", lambda: check_stored_columns(folder, apkg)),
            ("package import", lambda: check_package(folder, apkg, expected, deck_name, guids)),
            ("text import", lambda: check_text(folder, txt, expected, deck_name)),
        ]
        for name, stage in stages:
            try:
                stage()
            except Exception as error:  # Anki refusing a file is a result, not a crash
                check(name, False, f"stopped by {type(error).__name__}: {error}")
    if failures:
        print(f"FAILED: {len(failures)} check(s): {', '.join(failures)}")
        return 1
    print("OK: Anki imported the package and the text export as expected.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
