#!/usr/bin/env python3
"""Checks the actas of a .taller file as docs/verificar.md specifies them,
without the program: python3 verificar.py EVENT.taller [--ca ISSUER.pem].

Exit 0 and "OK" lines when every closed version checks; exit 1 and one line
per difference otherwise. Written from docs/verificar.md alone."""

import hashlib
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            i += 1
            out.append("\n" if value[i] == "n" else value[i])
        else:
            out.append(c)
        i += 1
    return "".join(out)


def parse(text: str):
    """Section 2: the header and the key: value lines, in order."""
    if not text.endswith("\n"):
        raise ValueError("the text does not end with LF")
    lines = text[:-1].split("\n")
    kind, _, fmt = lines[0].partition(": ")
    fields = {}
    for line in lines[1:]:
        key, sep, value = line.partition(": ")
        if not sep:
            raise ValueError(f"a line without ': ': {line[:60]}")
        fields[key] = unescape(value)
    return kind, int(fmt), fields


def key_id(public_key_hex: str) -> str:
    """Section 4: the identifier of the key that sealed."""
    raw = bytes.fromhex(public_key_hex)
    if len(public_key_hex) == 64:
        return "ed25519:" + sha256(raw)[:16]
    return "x509:" + sha256(raw)[:16]


def seal_verifies(public_key_hex: str, seal_hex: str, message: bytes, ca: str | None) -> bool:
    """Section 4: Ed25519, or a detached DER CMS checked with openssl."""
    if not seal_hex:
        return False
    if len(public_key_hex) == 64:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(bytes.fromhex(seal_hex), message)
            return True
        except (InvalidSignature, ValueError):
            return False
    with tempfile.TemporaryDirectory() as d:
        content, seal, cert = Path(d, "texto.txt"), Path(d, "sello.p7s"), Path(d, "cert.der")
        content.write_bytes(message)
        seal.write_bytes(bytes.fromhex(seal_hex))
        cert.write_bytes(bytes.fromhex(public_key_hex))
        pem = subprocess.run(["openssl", "x509", "-inform", "DER", "-in", str(cert)], capture_output=True).stdout
        Path(d, "cert.pem").write_bytes(pem)
        args = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(seal), "-content", str(content),
                "-certfile", str(Path(d, "cert.pem")), "-out", "/dev/null"]
        args += ["-CAfile", ca] if ca else ["-noverify"]
        return subprocess.run(args, capture_output=True).returncode == 0


class Verifier:
    def __init__(self, path: str, ca: str | None):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.ca = ca
        self.problems = []

    def problem(self, where: str, what: str):
        self.problems.append(f"{where}: {what}")

    def run(self):
        meetings = [r[0] for r in self.db.execute(
            "SELECT DISTINCT meeting_id FROM acta WHERE closed_at IS NOT NULL ORDER BY meeting_id")]
        for meeting in meetings:
            self.meeting(meeting)
        return meetings

    def meeting(self, meeting: int):
        rows = self.db.execute(
            "SELECT version, replaces, closed_at, canonical_text, fingerprint, canonical_format, seal_public_key, seal "
            "FROM acta WHERE meeting_id = ? ORDER BY version", (meeting,)).fetchall()
        previous = None
        for version, replaces, closed_at, text, fingerprint, fmt, key, seal in rows:
            where = f"meeting {meeting}, version {version}"
            if closed_at is None:
                continue
            data = text.encode("utf-8")
            # Section 3.
            if sha256(data) != fingerprint:
                self.problem(where, "the fingerprint is not the SHA-256 of the text")
            # Section 2.
            try:
                kind, text_format, fields = parse(text)
            except ValueError as e:
                self.problem(where, f"the text does not follow the grammar ({e})")
                previous = (version, fingerprint)
                continue
            if kind != ("acta-de-compromisos" if meeting == 1 else "acta-de-reunion"):
                self.problem(where, f"the header names {kind}")
            if text_format != fmt:
                self.problem(where, "the header's format is not canonical_format")
            if nfc(text) != text:
                self.problem(where, "the text is not NFC")
            if fields.get("version") != str(version):
                self.problem(where, "the text names another version")
            if fields.get("replaces", "") != ("" if replaces is None else str(replaces)):
                self.problem(where, "the text replaces another version")
            if text_format >= 2:
                if fields.get("closed_at") != closed_at:
                    self.problem(where, "the text was closed at another time")
                expected = previous[1] if previous else ""
                if fields.get("replaces.fingerprint", "") != expected:
                    self.problem(where, "replaces.fingerprint is not the previous version's fingerprint")
                if fields.get("seal.key", "") != (key_id(key) if key else ""):
                    self.problem(where, "seal.key does not name the key that sealed it")
            # Section 4.
            if key and not seal_verifies(key, seal, data, self.ca):
                self.problem(where, "the seal does not verify")
            if self.ca and not key:
                self.problem(where, "not sealed")
            # Section 5.
            self.records(meeting, version, fingerprint, key)
            previous = (version, fingerprint)
        # Section 6: the rows of the version in force against its text.
        last = rows[-1] if rows else None
        if last and last[2] is not None:
            try:
                self.rows(meeting, last[0], *parse(last[3])[1:])
            except ValueError:
                pass

    def records(self, meeting, version, fingerprint, key):
        rows = self.db.execute(
            "SELECT sequence, record, record_hash, seal FROM acta_signature "
            "WHERE meeting_id = ? AND acta_version = ? ORDER BY sequence", (meeting, version)).fetchall()
        previous = fingerprint
        for expected, (sequence, record, record_hash, seal) in enumerate(rows, start=1):
            where = f"meeting {meeting}, version {version}, signature record {sequence}"
            data = record.encode("utf-8")
            if sequence != expected:
                self.problem(where, "the sequence has a gap")
            if sha256(data) != record_hash:
                self.problem(where, "record_hash is not the SHA-256 of the record")
            try:
                kind, _, fields = parse(record)
            except ValueError as e:
                self.problem(where, f"the record does not follow the grammar ({e})")
                continue
            if f"{kind}: {_}" != "acta-signature: 1":
                self.problem(where, "unknown record header")
            if fields.get("acta.version") != str(version) or fields.get("acta.fingerprint") != fingerprint:
                self.problem(where, "the record names another acta")
            if fields.get("sequence") != str(sequence):
                self.problem(where, "the record names another sequence")
            if fields.get("previous") != previous:
                self.problem(where, "the chain is broken")
            if key and not seal_verifies(key, seal or "", data, self.ca):
                self.problem(where, "the record's seal does not verify")
            previous = record_hash

    def rows(self, meeting, version, text_format, fields):
        where = f"meeting {meeting}, version {version} (in force)"

        def listed(count_key, each, names):
            n = int(fields.get(count_key, "0"))
            return [tuple(fields.get(f"{each}.{i}.{name}", "") for name in names) for i in range(1, n + 1)]

        def compare(what, in_text, in_rows):
            if [tuple(map(nfc, r)) for r in in_text] != [tuple(nfc(str(v)) for v in r) for r in in_rows]:
                self.problem(where, f"the {what} in the file are not those of the text")

        names = ("id", "name", "document", "position", "organisation", "side")
        compare("signatories", listed("signatories", "signatory", names), self.db.execute(
            "SELECT id, name, document, role, organisation, side FROM signatory "
            "WHERE meeting_id = ? AND acta_version = ? ORDER BY position, id", (meeting, version)).fetchall())
        if meeting != 1:
            compare("agreements", listed("agreements", "agreement", ("id", "text", "responsible", "due")),
                    self.db.execute("SELECT id, text, responsible, due FROM agreement WHERE meeting_id = ? "
                                    "ORDER BY position, id", (meeting,)).fetchall())
            return
        columns = ["id", "title", "problem", "description", "actions", "responsible", "participants", "resources",
                   "deadline", "indicator", "origin", "source"]
        if text_format >= 2:
            columns.append("status")
        if text_format >= 3:
            columns.append("plenary_note")
        in_text = sorted(listed("commitments", "commitment", columns), key=lambda r: int(r[0]))
        frozen = [r[0] for r in self.db.execute(
            "SELECT commitment_id FROM acta_commitment WHERE meeting_id = ? AND acta_version = ? "
            "ORDER BY commitment_id", (meeting, version))]
        # Format >= 4: the plenary's account, each commitment it merged or
        # withdrew, frozen beside the approved ones.
        account_columns = ("id", "mesa", "title", "status", "merged_into", "plenary_note")
        account = listed("decisions", "decision", account_columns) if text_format >= 4 else []
        if sorted([int(r[0]) for r in in_text] + [int(r[0]) for r in account]) != frozen:
            self.problem(where, "acta_commitment does not list the commitments of the text")
        account_rows = []
        for entry in account:
            row = self.db.execute(
                "SELECT c.id, coalesce(m.code, ''), c.title, c.status, coalesce(c.merged_into, ''), c.plenary_note "
                "FROM commitment c LEFT JOIN mesa m ON m.id = c.mesa_id WHERE c.id = ?", (int(entry[0]),)).fetchone()
            account_rows.append(row if row else tuple("" for _ in account_columns))
        compare("commitments merged or withdrawn", account, account_rows)
        in_rows = []
        for commitment in (int(r[0]) for r in in_text):
            row = self.db.execute(f"SELECT {', '.join(columns)} FROM commitment WHERE id = ?", (commitment,)).fetchone()
            in_rows.append(row if row else tuple("" for _ in columns))
        compare("commitments", in_text, in_rows)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    ca = argv[argv.index("--ca") + 1] if "--ca" in argv else None
    verifier = Verifier(argv[1], ca)
    meetings = verifier.run()
    if not meetings:
        print("no closed acta in the file")
        return 1
    if verifier.problems:
        for p in verifier.problems:
            print("- " + p)
        return 1
    print(f"OK: {len(meetings)} acta(s) checked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
