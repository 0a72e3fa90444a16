#!/usr/bin/env python3
"""CTest: makes event files with taller-abierto-cli (an acta corrected once,
minutes sealed with an Ed25519 key and with a certificate), then checks them with verificar.py — the verifier written
from docs/verificar.md alone, which never calls the program — untouched and
after tampering with the sqlite3 shell the way an adversary would (the
freeze triggers dropped, the change made, the triggers put back).

usage: test_verifier.py CLI FIXTURE.taller"""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLI, FIXTURE = sys.argv[1], sys.argv[2]
failures = []


def cli(*args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en", QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(work / "data"))
    done = subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        sys.exit(f"{' '.join(map(str, args))} failed: {done.stderr}")
    return done.stdout.strip()


def verifier(path, *extra):
    return subprocess.run([sys.executable, str(HERE / "verificar.py"), str(path), *extra], capture_output=True, text=True)


def expect(name, path, ok, *extra):
    done = verifier(path, *extra)
    if (done.returncode == 0) != ok:
        failures.append(f"{name}: expected {'OK' if ok else 'a rejection'}, got {done.returncode}\n{done.stdout}{done.stderr}")
    else:
        print(f"{name}: {'verified' if ok else 'rejected'}" + ("" if ok else "\n  " + done.stdout.strip().replace("\n", "\n  ")))


def agree(name, path, ok):
    """The verifier and the program's own verify give the same answer."""
    expect(name, path, ok)
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en", QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(work / "data"))
    done = subprocess.run([CLI, "verify", str(path)], capture_output=True, text=True, env=env)
    if (done.returncode == 0) != ok:
        failures.append(f"{name}: the program's verify expected {'OK' if ok else 'a rejection'}, got {done.returncode}\n"
                        f"{done.stdout}{done.stderr}")


def tamper(path, sql):
    """As tests/TestSupport's test::tamper: the frozen_* triggers dropped, sql
    run, and the triggers put back, in one transaction, with the sqlite3 shell."""
    db = sqlite3.connect(path)
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'frozen_*'").fetchall()
    db.close()
    script = "BEGIN;\n" + "".join(f"DROP TRIGGER {name};\n" for name, _ in triggers) + sql + ";\n"
    script += "".join(f"{create};\n" for _, create in triggers) + "COMMIT;\n"
    done = subprocess.run(["sqlite3", str(path)], input=script, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"sqlite3 failed: {done.stderr}")


with tempfile.TemporaryDirectory() as d:
    work = Path(d)
    # The Acta de Compromisos closed by 0.1.0, corrected once and closed again.
    acta = work / "acta.taller"
    shutil.copy(FIXTURE, acta)
    cli("acta", "correct", acta, "--reason", "Un compromiso mal transcrito")
    cli("acta", "close", acta)
    expect("corrected acta", acta, True)

    # Minutes sealed with the institution's Ed25519 key and signed.
    minutes = work / "reunion.taller"
    cli("new", minutes)
    cli("process", minutes, "--start")
    meeting = cli("meeting", "add", minutes, "--stage", "2", "--kind", "meeting", "--title", "Reunión con la Gerencia",
                  "--date", "2026-11-20", "--time", "16:00")
    cli("agreement", "add", minutes, "--meeting", meeting, "--text", "Enviar formulario\ny planificación",
        "--responsible", "Comisión", "--due", "2099-01-15")
    cli("agreement", "add", minutes, "--meeting", meeting, "--text", "Validar la urgencia \\ colaborar",
        "--responsible", "Laboratorio", "--due", "A la brevedad")
    signatory = cli("signatory", "add", minutes, "--meeting", meeting, "--name", "Román Yosif", "--side", "government")
    cli("key", "new", work / "institucion.key")
    cli("acta", "close", minutes, "--meeting", meeting, "--seal", work / "institucion.key")
    cli("acta", "sign", minutes, "--meeting", meeting, signatory, "--paper", "--seal", work / "institucion.key")
    expect("sealed minutes", minutes, True)

    # Minutes sealed with a certificate (a test CA made with openssl), checked
    # against the CA.
    def openssl(*args):
        done = subprocess.run(["openssl", *map(str, args)], capture_output=True, text=True, cwd=work)
        if done.returncode != 0:
            sys.exit(f"openssl {' '.join(map(str, args))} failed: {done.stderr}")

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "30",
            "-subj", "/CN=CA de prueba", "-addext", "basicConstraints=critical,CA:true")
    (work / "firma.ext").write_text("keyUsage=critical,digitalSignature\n")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "firma.key", "-out", "firma.csr", "-subj", "/CN=Ana Quispe")
    openssl("x509", "-req", "-in", "firma.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial", "2", "-days", "10",
            "-extfile", "firma.ext", "-out", "firma.pem")
    openssl("pkcs12", "-export", "-inkey", "firma.key", "-in", "firma.pem", "-out", "firma.p12", "-passout", "pass:clave")
    (work / "clave.txt").write_text("clave\n")
    certified = work / "certificada.taller"
    cli("new", certified)
    cli("process", certified, "--start")
    other = cli("meeting", "add", certified, "--stage", "2", "--kind", "meeting", "--title", "Reunión", "--date",
                "2026-11-21", "--time", "10:00")
    cli("agreement", "add", certified, "--meeting", other, "--text", "Publicar el plan", "--responsible", "Comisión", "--due", "2099-01-15")
    cli("signatory", "add", certified, "--meeting", other, "--name", "Ana Quispe", "--side", "government")
    cli("acta", "close", certified, "--meeting", other, "--seal", work / "firma.p12", "--password-file", work / "clave.txt")
    expect("minutes sealed with a certificate", certified, True, "--ca", str(work / "ca.pem"))
    t = work / "certificada-alterada.taller"
    shutil.copy(certified, t)
    db = sqlite3.connect(t)
    text = db.execute(f"SELECT canonical_text FROM acta WHERE meeting_id = {other}").fetchone()[0]
    db.close()
    forged = text.replace("Publicar", "Archivar")
    tamper(t, f"UPDATE agreement SET text = 'Archivar el plan' WHERE meeting_id = {other}; "
              f"UPDATE acta SET canonical_text = '{forged}', fingerprint = '{hashlib.sha256(forged.encode()).hexdigest()}' "
              f"WHERE meeting_id = {other}")
    expect("certificate-sealed minutes forged consistently", t, False, "--ca", str(work / "ca.pem"))

    # Tampered copies.
    def copy(source, name):
        target = work / name
        shutil.copy(source, target)
        return target

    t = copy(minutes, "acuerdo.taller")
    tamper(t, f"UPDATE agreement SET text = 'Nada' WHERE meeting_id = {meeting} AND position = "
              f"(SELECT min(position) FROM agreement WHERE meeting_id = {meeting})")
    expect("an agreement's text changed", t, False)

    t = copy(minutes, "firma.taller")
    tamper(t, "UPDATE signatory SET name = 'Otro' WHERE id = " + signatory)
    expect("a signatory renamed", t, False)

    t = copy(acta, "compromiso.taller")
    tamper(t, "UPDATE commitment SET title = 'Otro título' WHERE id = (SELECT min(commitment_id) FROM acta_commitment "
              "WHERE acta_version = 2)")
    expect("a commitment of the acta in force retitled", t, False)

    # The acta in force (format 4) gives the plenary's account: commitment 6
    # merged into 1, commitment 5 withdrawn; both frozen beside the approved.
    db = sqlite3.connect(acta)
    text, fmt = db.execute("SELECT canonical_text, canonical_format FROM acta WHERE version = 2").fetchone()
    frozen = [r[0] for r in db.execute("SELECT commitment_id FROM acta_commitment WHERE acta_version = 2 ORDER BY 1")]
    db.close()
    if fmt < 4 or "decision.1.status: merged\ndecision.1.merged_into: 1\n" not in text \
            or "decision.2.status: withdrawn\n" not in text or frozen != [1, 2, 3, 4, 5, 6]:
        failures.append(f"the corrected acta lacks the plenary's account (format {fmt}, frozen {frozen})")
    t = copy(acta, "fusion.taller")
    tamper(t, "UPDATE commitment SET status = 'approved', merged_into = NULL WHERE id = 6")
    agree("a merge undone after closing", t, False)
    t = copy(acta, "fusion-destino.taller")
    tamper(t, "UPDATE commitment SET merged_into = 2 WHERE id = 6")
    agree("a merge moved to another commitment", t, False)
    t = copy(acta, "retiro.taller")
    tamper(t, "UPDATE commitment SET plenary_note = 'Otra razón' WHERE id = 5")
    agree("a withdrawal's note changed", t, False)
    t = copy(acta, "retiro-borrado.taller")
    tamper(t, "DELETE FROM commitment WHERE id = 5")
    agree("a withdrawn commitment deleted", t, False)
    # The same acta as format 3 wrote it (no account, acta_commitment listing
    # only the approved): it verifies by its own format's rules.
    t = copy(acta, "formato-3.taller")
    old = "\n".join(line for line in text.split("\n") if not line.startswith("decision")).replace(
        "acta-de-compromisos: 4\n", "acta-de-compromisos: 3\n", 1)
    quoted = old.replace("'", "''")
    tamper(t, f"UPDATE acta SET canonical_text = '{quoted}', canonical_format = 3, "
              f"fingerprint = '{hashlib.sha256(old.encode()).hexdigest()}' WHERE version = 2; "
              "DELETE FROM acta_commitment WHERE acta_version = 2 AND commitment_id IN (5, 6)")
    agree("the acta in force closed in format 3", t, True)

    t = copy(acta, "texto.taller")
    tamper(t, "UPDATE acta SET canonical_text = replace(canonical_text, 'Portal', 'Portón') WHERE version = 2")
    expect("the canonical text changed", t, False)

    t = copy(minutes, "sello.taller")
    # Text and fingerprint rewritten consistently: only the seal can tell.
    db = sqlite3.connect(t)
    text = db.execute(f"SELECT canonical_text FROM acta WHERE meeting_id = {meeting}").fetchone()[0]
    db.close()
    forged = text.replace("Comisión", "Gerencia")
    fingerprint = hashlib.sha256(forged.encode()).hexdigest()
    quoted = forged.replace("'", "''")
    tamper(t, f"UPDATE agreement SET responsible = 'Gerencia' WHERE responsible = 'Comisión'; "
              f"UPDATE acta SET canonical_text = '{quoted}', fingerprint = '{fingerprint}' WHERE meeting_id = {meeting}")
    expect("minutes forged consistently, their seal kept", t, False)

if failures:
    print("\n".join(failures))
    sys.exit(1)
