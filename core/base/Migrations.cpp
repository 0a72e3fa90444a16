#include "base/Migrations.h"

#include "base/SqlStatement.h"

#include <QCoreApplication>

#include <array>
#include <span>

namespace taller::migrations {

namespace {

using namespace Qt::StringLiterals;

// Step N takes a file from user_version N-1 to N. Never edit a released step:
// add a new one.
const char *const step1[] = {
    R"(CREATE TABLE event (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL DEFAULT '',
        organiser TEXT NOT NULL DEFAULT '',
        venue TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT '',
        start_time TEXT NOT NULL DEFAULT '08:30',
        end_time TEXT NOT NULL DEFAULT '14:00',
        general_objective TEXT NOT NULL DEFAULT '',
        specific_objectives TEXT NOT NULL DEFAULT '',
        expected_participants INTEGER NOT NULL DEFAULT 0 CHECK (expected_participants >= 0),
        audience TEXT NOT NULL DEFAULT ''))",
    "INSERT INTO event (id) VALUES (1)",
    R"(CREATE TABLE mesa (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        code TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL DEFAULT '',
        theme TEXT NOT NULL DEFAULT '',
        moderator TEXT NOT NULL DEFAULT '',
        rapporteur TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE agenda_item (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        minutes INTEGER NOT NULL,
        responsible_name TEXT NOT NULL DEFAULT '',
        responsible_role TEXT NOT NULL DEFAULT '',
        responsible_organisation TEXT NOT NULL DEFAULT '',
        exposition_minutes INTEGER,
        questions_minutes INTEGER,
        notes TEXT NOT NULL DEFAULT '',
        actual_start TEXT,
        actual_end TEXT))",
    R"(CREATE TABLE agenda_item_mesa (
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        mesa_id INTEGER NOT NULL REFERENCES mesa(id) ON DELETE CASCADE,
        PRIMARY KEY (agenda_item_id, mesa_id)))",
};

const char *const step2[] = {
    R"(CREATE TABLE attendee (
        id INTEGER PRIMARY KEY,
        given_names TEXT NOT NULL,
        surnames TEXT NOT NULL DEFAULT '',
        document_type TEXT NOT NULL CHECK (document_type IN ('dni', 'ce', 'passport')),
        document_number TEXT NOT NULL UNIQUE,
        organisation TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        sector TEXT NOT NULL DEFAULT 'other',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        data_consent_at TEXT,
        photo_consent INTEGER NOT NULL DEFAULT 0,
        walk_in INTEGER NOT NULL DEFAULT 0,
        preferred_mesa_id INTEGER REFERENCES mesa(id) ON DELETE SET NULL,
        registered_at TEXT NOT NULL,
        CHECK (data_consent_at IS NOT NULL OR (email = '' AND phone = ''))))",
    "CREATE INDEX attendee_by_surname ON attendee(surnames COLLATE NOCASE, given_names COLLATE NOCASE)",
    R"(CREATE TABLE checkin_event (
        id INTEGER PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendee(id),
        action TEXT NOT NULL CHECK (action IN ('check_in', 'undo')),
        at TEXT NOT NULL,
        desk TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX checkin_event_by_attendee ON checkin_event(attendee_id, id)",
    R"(CREATE VIRTUAL TABLE attendee_search USING fts5(
        given_names, surnames, document_number, organisation,
        content = 'attendee', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'))",
    R"(CREATE TRIGGER attendee_search_insert AFTER INSERT ON attendee BEGIN
        INSERT INTO attendee_search (rowid, given_names, surnames, document_number, organisation)
        VALUES (new.id, new.given_names, new.surnames, new.document_number, new.organisation);
       END)",
    R"(CREATE TRIGGER attendee_search_delete AFTER DELETE ON attendee BEGIN
        INSERT INTO attendee_search (attendee_search, rowid, given_names, surnames, document_number, organisation)
        VALUES ('delete', old.id, old.given_names, old.surnames, old.document_number, old.organisation);
       END)",
    R"(CREATE TRIGGER attendee_search_update AFTER UPDATE OF given_names, surnames, document_number, organisation ON attendee BEGIN
        INSERT INTO attendee_search (attendee_search, rowid, given_names, surnames, document_number, organisation)
        VALUES ('delete', old.id, old.given_names, old.surnames, old.document_number, old.organisation);
        INSERT INTO attendee_search (rowid, given_names, surnames, document_number, organisation)
        VALUES (new.id, new.given_names, new.surnames, new.document_number, new.organisation);
       END)",
};

const char *const step3[] = {
    // One seat per person: an attendee sits at one mesa at a time.
    R"(CREATE TABLE mesa_member (
        attendee_id INTEGER PRIMARY KEY REFERENCES attendee(id) ON DELETE CASCADE,
        mesa_id INTEGER NOT NULL REFERENCES mesa(id) ON DELETE CASCADE,
        assigned_at TEXT NOT NULL))",
    "CREATE INDEX mesa_member_by_mesa ON mesa_member(mesa_id)",
    R"(CREATE TABLE commitment (
        id INTEGER PRIMARY KEY,
        mesa_id INTEGER REFERENCES mesa(id) ON DELETE SET NULL,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL DEFAULT '',
        problem TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        actions TEXT NOT NULL DEFAULT '',
        responsible TEXT NOT NULL DEFAULT '',
        participants TEXT NOT NULL DEFAULT '',
        resources TEXT NOT NULL DEFAULT '',
        deadline TEXT NOT NULL DEFAULT '',
        indicator TEXT NOT NULL DEFAULT '',
        ogp_values TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT 'proposed' CHECK (origin IN ('input', 'proposed', 'amended')),
        source TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'presented', 'approved', 'merged', 'withdrawn')),
        merged_into INTEGER REFERENCES commitment(id) ON DELETE SET NULL,
        plenary_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX commitment_by_mesa ON commitment(mesa_id, position)",
};

const char *const step4[] = {
    R"(CREATE TABLE plenary_slot (
        mesa_id INTEGER PRIMARY KEY REFERENCES mesa(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        minutes INTEGER,
        started_at TEXT,
        ended_at TEXT))",
    // Each version of the acta; once closed, canonical_text and fingerprint
    // never change, and a correction is a new version.
    R"(CREATE TABLE acta (
        version INTEGER PRIMARY KEY,
        replaces INTEGER REFERENCES acta(version),
        correction_reason TEXT NOT NULL DEFAULT '',
        preamble TEXT NOT NULL DEFAULT '',
        closing TEXT NOT NULL DEFAULT '',
        closed_at TEXT,
        canonical_text TEXT,
        fingerprint TEXT))",
    R"(CREATE TABLE acta_commitment (
        acta_version INTEGER NOT NULL REFERENCES acta(version),
        commitment_id INTEGER NOT NULL,
        PRIMARY KEY (acta_version, commitment_id)))",
    R"(CREATE TABLE signatory (
        id INTEGER PRIMARY KEY,
        acta_version INTEGER NOT NULL REFERENCES acta(version),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        document TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        side TEXT NOT NULL CHECK (side IN ('government', 'civil_society')),
        signed_at TEXT,
        signature_kind TEXT CHECK (signature_kind IN ('paper', 'drawn')),
        drawing TEXT))",
    "CREATE INDEX signatory_by_version ON signatory(acta_version, position)",
};

const char *const step5[] = {
    // What remains of the attendance once personal data is purged.
    R"(CREATE TABLE participation_summary (
        sector TEXT PRIMARY KEY,
        registered INTEGER NOT NULL,
        attended INTEGER NOT NULL,
        walk_ins INTEGER NOT NULL DEFAULT 0,
        purged_at TEXT NOT NULL))",
};

const char *const step6[] = {
    // Every stored time is UTC. Versions up to 0.1.0 wrote the programme's
    // actual times as naive local time; SQLite's 'utc' modifier reads them in
    // the local time zone of the machine doing the upgrade, the one they
    // were written on.
    R"(UPDATE agenda_item SET actual_start = strftime('%Y-%m-%dT%H:%M:%fZ', actual_start, 'utc')
        WHERE actual_start IS NOT NULL AND actual_start <> '' AND actual_start NOT LIKE '%Z'
          AND actual_start NOT GLOB '*[+-][0-9][0-9]:[0-9][0-9]')",
    R"(UPDATE agenda_item SET actual_end = strftime('%Y-%m-%dT%H:%M:%fZ', actual_end, 'utc')
        WHERE actual_end IS NOT NULL AND actual_end <> '' AND actual_end NOT LIKE '%Z'
          AND actual_end NOT GLOB '*[+-][0-9][0-9]:[0-9][0-9]')",
};

// The acta proves itself. It reads and writes only the acta's tables.
//  - Each closed version keeps the format of its canonical text (1: as
//    version 0.1.0 wrote it; new closes write format 2, which also covers
//    when it was closed, the version it replaces and the sealing key).
//  - An institution's Ed25519 key may seal a version: its public key and the
//    signature of the canonical text.
//  - Signatures made after closing are records chained to the fingerprint,
//    each naming the hash of the one before.
const char *const step7[] = {
    "ALTER TABLE acta ADD COLUMN canonical_format INTEGER",
    "UPDATE acta SET canonical_format = 1 WHERE closed_at IS NOT NULL",
    "ALTER TABLE acta ADD COLUMN seal_public_key TEXT",
    "ALTER TABLE acta ADD COLUMN seal TEXT",
    R"(CREATE TABLE acta_signature (
        id INTEGER PRIMARY KEY,
        acta_version INTEGER NOT NULL REFERENCES acta(version),
        sequence INTEGER NOT NULL,
        signatory_id INTEGER NOT NULL,
        record TEXT NOT NULL,
        record_hash TEXT NOT NULL,
        seal TEXT,
        UNIQUE (acta_version, sequence)))",
};

// The co-creation process the workshop belongs to: its stages, the
// initiatives (fichas) and every decision on them, the criteria and the
// scores, and which commitments came from which fichas. Empty until the
// process is first used: a one-workshop file shows nothing of it.
const char *const step8[] = {
    R"(CREATE TABLE process (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        institution TEXT NOT NULL DEFAULT '',
        entry_stage INTEGER NOT NULL DEFAULT 2,
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE process_stage (
        number INTEGER PRIMARY KEY CHECK (number >= 1),
        name TEXT NOT NULL DEFAULT '',
        starts TEXT NOT NULL DEFAULT '',
        ends TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL DEFAULT 'scores' CHECK (method IN ('scores', 'dots')),
        dots_per_scorer INTEGER NOT NULL DEFAULT 5 CHECK (dots_per_scorer >= 1)))",
    R"(CREATE TABLE initiative (
        id INTEGER PRIMARY KEY,
        organisation TEXT NOT NULL DEFAULT '',
        activity TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        scope TEXT NOT NULL DEFAULT '',
        expected_results TEXT NOT NULL DEFAULT '',
        development_plan_objective TEXT NOT NULL DEFAULT '',
        institutional_plan_objective TEXT NOT NULL DEFAULT '',
        indicator TEXT NOT NULL DEFAULT '',
        beneficiaries TEXT NOT NULL DEFAULT '',
        budget TEXT NOT NULL DEFAULT '',
        physical_target_2016 TEXT NOT NULL DEFAULT '',
        physical_target_2017 TEXT NOT NULL DEFAULT '',
        socio_economic_impact TEXT NOT NULL DEFAULT '',
        open_government_component TEXT NOT NULL DEFAULT '',
        stage INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'proposed'
            CHECK (status IN ('proposed', 'advanced', 'not_advanced', 'merged', 'selected')),
        merged_into INTEGER REFERENCES initiative(id),
        source TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))",
    "CREATE INDEX initiative_by_stage ON initiative(stage, status)",
    R"(CREATE TABLE criterion (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        weight REAL NOT NULL CHECK (weight > 0)))",
    R"(CREATE TABLE initiative_score (
        initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        stage INTEGER NOT NULL,
        criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
        scorer TEXT NOT NULL,
        value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
        at TEXT NOT NULL,
        PRIMARY KEY (stage, initiative_id, criterion_id, scorer)))",
    R"(CREATE TABLE initiative_vote (
        initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        stage INTEGER NOT NULL,
        scorer TEXT NOT NULL,
        dots INTEGER NOT NULL CHECK (dots >= 0),
        at TEXT NOT NULL,
        PRIMARY KEY (stage, initiative_id, scorer)))",
    // Each decision remembers what it changed, so that undo can put it back.
    R"(CREATE TABLE initiative_decision (
        id INTEGER PRIMARY KEY,
        batch INTEGER NOT NULL,
        initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        stage INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('entered', 'advanced', 'not_advanced', 'merged', 'selected')),
        reason TEXT NOT NULL DEFAULT '',
        score REAL,
        rank INTEGER NOT NULL DEFAULT 0,
        of_count INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL,
        merged_into INTEGER REFERENCES initiative(id),
        commitment_id INTEGER,
        previous_stage INTEGER NOT NULL,
        previous_status TEXT NOT NULL,
        previous_merged_into INTEGER))",
    "CREATE INDEX initiative_decision_by_initiative ON initiative_decision(initiative_id, id)",
    "CREATE INDEX initiative_decision_by_batch ON initiative_decision(batch)",
    R"(CREATE TABLE commitment_initiative (
        commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
        initiative_id INTEGER NOT NULL REFERENCES initiative(id),
        PRIMARY KEY (commitment_id, initiative_id)))",
    "CREATE INDEX commitment_initiative_by_initiative ON commitment_initiative(initiative_id)",
};


// The meetings of the process. Meeting 1 is the workshop the file has always
// held (its details stay in `event`); the others are meetings with their
// tabla, desarrollo and agreements. Attendance, the acta (minutes, for a
// meeting) and what is kept after a purge belong to a meeting; the acta's
// tables are rebuilt to be keyed by meeting and version, their rows moving to
// meeting 1 unchanged. Deliverables: what each organisation owes per stage.
const char *const step9[] = {
    R"(CREATE TABLE meeting (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('workshop', 'meeting')),
        stage INTEGER CHECK (stage >= 1),
        title TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT '',
        start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))",
    "INSERT INTO meeting (id, kind, created_at) VALUES (1, 'workshop', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
    R"(CREATE TABLE meeting_item (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        development TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX meeting_item_by_meeting ON meeting_item(meeting_id, position)",
    R"(CREATE TABLE agreement (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        responsible TEXT NOT NULL DEFAULT '',
        due TEXT NOT NULL DEFAULT '',
        done_on TEXT,
        done_note TEXT NOT NULL DEFAULT '',
        reviewed_in INTEGER REFERENCES meeting(id) ON DELETE SET NULL))",
    "CREATE INDEX agreement_by_meeting ON agreement(meeting_id, position)",
    "ALTER TABLE checkin_event ADD COLUMN meeting_id INTEGER NOT NULL DEFAULT 1",
    "CREATE INDEX checkin_event_by_meeting ON checkin_event(meeting_id, attendee_id, id)",

    "ALTER TABLE acta_signature RENAME TO old_acta_signature",
    "ALTER TABLE signatory RENAME TO old_signatory",
    "ALTER TABLE acta_commitment RENAME TO old_acta_commitment",
    "ALTER TABLE acta RENAME TO old_acta",
    "ALTER TABLE participation_summary RENAME TO old_participation_summary",
    R"(CREATE TABLE acta (
        meeting_id INTEGER NOT NULL DEFAULT 1 REFERENCES meeting(id),
        version INTEGER NOT NULL,
        replaces INTEGER,
        correction_reason TEXT NOT NULL DEFAULT '',
        preamble TEXT NOT NULL DEFAULT '',
        closing TEXT NOT NULL DEFAULT '',
        closed_at TEXT,
        canonical_text TEXT,
        fingerprint TEXT,
        canonical_format INTEGER,
        seal_public_key TEXT,
        seal TEXT,
        PRIMARY KEY (meeting_id, version)))",
    R"(CREATE TABLE acta_commitment (
        meeting_id INTEGER NOT NULL DEFAULT 1,
        acta_version INTEGER NOT NULL,
        commitment_id INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, acta_version, commitment_id),
        FOREIGN KEY (meeting_id, acta_version) REFERENCES acta(meeting_id, version)))",
    R"(CREATE TABLE signatory (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL DEFAULT 1,
        acta_version INTEGER NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        document TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        side TEXT NOT NULL CHECK (side IN ('government', 'civil_society')),
        signed_at TEXT,
        signature_kind TEXT CHECK (signature_kind IN ('paper', 'drawn')),
        drawing TEXT,
        FOREIGN KEY (meeting_id, acta_version) REFERENCES acta(meeting_id, version)))",
    R"(CREATE TABLE acta_signature (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL DEFAULT 1,
        acta_version INTEGER NOT NULL,
        sequence INTEGER NOT NULL,
        signatory_id INTEGER NOT NULL,
        record TEXT NOT NULL,
        record_hash TEXT NOT NULL,
        seal TEXT,
        UNIQUE (meeting_id, acta_version, sequence),
        FOREIGN KEY (meeting_id, acta_version) REFERENCES acta(meeting_id, version)))",
    R"(CREATE TABLE participation_summary (
        meeting_id INTEGER NOT NULL DEFAULT 1,
        sector TEXT NOT NULL,
        registered INTEGER NOT NULL,
        attended INTEGER NOT NULL,
        walk_ins INTEGER NOT NULL DEFAULT 0,
        purged_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, sector)))",
    R"(INSERT INTO acta (meeting_id, version, replaces, correction_reason, preamble, closing, closed_at, canonical_text,
                         fingerprint, canonical_format, seal_public_key, seal)
       SELECT 1, version, replaces, correction_reason, preamble, closing, closed_at, canonical_text, fingerprint,
              canonical_format, seal_public_key, seal FROM old_acta)",
    "INSERT INTO acta_commitment (meeting_id, acta_version, commitment_id) SELECT 1, acta_version, commitment_id FROM old_acta_commitment",
    R"(INSERT INTO signatory (id, meeting_id, acta_version, position, name, document, role, organisation, side, signed_at,
                              signature_kind, drawing)
       SELECT id, 1, acta_version, position, name, document, role, organisation, side, signed_at, signature_kind, drawing
       FROM old_signatory)",
    R"(INSERT INTO acta_signature (id, meeting_id, acta_version, sequence, signatory_id, record, record_hash, seal)
       SELECT id, 1, acta_version, sequence, signatory_id, record, record_hash, seal FROM old_acta_signature)",
    R"(INSERT INTO participation_summary (meeting_id, sector, registered, attended, walk_ins, purged_at)
       SELECT 1, sector, registered, attended, walk_ins, purged_at FROM old_participation_summary)",
    "DROP TABLE old_acta_signature",
    "DROP TABLE old_signatory",
    "DROP TABLE old_acta_commitment",
    "DROP TABLE old_acta",
    "DROP TABLE old_participation_summary",
    "CREATE INDEX signatory_by_version ON signatory(meeting_id, acta_version, position)",

    R"(CREATE TABLE process_organisation (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE))",
    // What each organisation owes at a stage. `counts` says where receipt is
    // read from: fichas and signed minutes count themselves.
    R"(CREATE TABLE deliverable (
        id INTEGER PRIMARY KEY,
        stage INTEGER NOT NULL CHECK (stage >= 1),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        expected INTEGER NOT NULL DEFAULT 1 CHECK (expected >= 1),
        counts TEXT NOT NULL DEFAULT 'manual' CHECK (counts IN ('manual', 'fichas', 'minutes'))))",
    R"(CREATE TABLE deliverable_receipt (
        deliverable_id INTEGER NOT NULL REFERENCES deliverable(id) ON DELETE CASCADE,
        organisation TEXT NOT NULL COLLATE NOCASE,
        received INTEGER NOT NULL CHECK (received >= 0),
        received_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (deliverable_id, organisation)))",
    // A process begun before this step gets the plan's defaults at the stage
    // its fichas are formulated in.
    R"(INSERT INTO deliverable (stage, position, name, expected, counts)
       SELECT entry_stage, 1, 'Acta de Acuerdos firmada con la sociedad civil', 1, 'minutes' FROM process)",
    R"(INSERT INTO deliverable (stage, position, name, expected, counts)
       SELECT entry_stage, 2, 'Fichas de actividades propuestas', 5, 'fichas' FROM process)",
};

// The freeze of a closed acta, held by the file itself: whatever writes to
// it (this program by any path, a future one, the sqlite3 shell) cannot
// change or remove what a closed acta or minutes froze. Beside the rule in
// code (core/acta/ActaFreeze.h), which says the same for people; each
// trigger's message is a key that SqlStatement's sqlError turns into words
// (ErrorKind::Refused).
//  - A commitment frozen in the version in force of an acta: no change, no
//    deletion (taller.frozen.commitment).
//  - A mesa holding such a commitment: its code and name, which the acta
//    prints, do not change, and it stays (taller.frozen.mesa).
//  - Minutes in force closed: their tabla and desarrollo, and their
//    agreements' text, responsible, due and order, do not change; nothing is
//    added or removed. An agreement's follow-up (done_on, done_note,
//    reviewed_in) may change (taller.frozen.minutes).
//  - The signatories of a closed version: who they are does not change
//    (signing does; the signature records guard it), nobody is added
//    (taller.frozen.signatory).
//  - A closed version, the commitments it froze and the signature records:
//    never changed, never removed, nor the meeting they belong to
//    (taller.frozen.record).
// A correction opens a new draft version: then the version in force is a
// draft, and its commitments, mesas and minutes may change again. A
// correction, once opened, stays (it is closed in turn, never removed), so
// a draft cannot be slipped in and out around a change.
const char *const step10[] = {
    // The signatures an Acta de Compromisos of version 0.1.0 holds unchained
    // (made before signature records existed), as they stand now: the only
    // signatures verify takes without a record. A record removed later does
    // not make another one of them.
    R"(CREATE TABLE acta_unchained_signature (
        meeting_id INTEGER NOT NULL,
        acta_version INTEGER NOT NULL,
        signatory_id INTEGER NOT NULL,
        signed_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, acta_version, signatory_id)))",
    R"(INSERT INTO acta_unchained_signature (meeting_id, acta_version, signatory_id, signed_at)
       SELECT s.meeting_id, s.acta_version, s.id, s.signed_at FROM signatory s
       JOIN acta a ON a.meeting_id = s.meeting_id AND a.version = s.acta_version
       WHERE s.meeting_id = 1 AND a.canonical_format = 1 AND a.closed_at IS NOT NULL AND s.signed_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM acta_signature r WHERE r.meeting_id = s.meeting_id
                         AND r.acta_version = s.acta_version AND r.signatory_id = s.id))",
    R"(CREATE TRIGGER frozen_unchained_signature_insert BEFORE INSERT ON acta_unchained_signature
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.record'); END)",
    R"(CREATE TRIGGER frozen_unchained_signature_update BEFORE UPDATE ON acta_unchained_signature
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.record'); END)",
    R"(CREATE TRIGGER frozen_unchained_signature_delete BEFORE DELETE ON acta_unchained_signature
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.record'); END)",
    R"(CREATE TRIGGER frozen_commitment_update BEFORE UPDATE ON commitment
       WHEN EXISTS (SELECT 1 FROM acta_commitment ac JOIN acta a ON a.meeting_id = ac.meeting_id AND a.version = ac.acta_version
               WHERE ac.commitment_id = old.id AND a.closed_at IS NOT NULL
               AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = a.meeting_id))
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.commitment'); END)",
    R"(CREATE TRIGGER frozen_commitment_delete BEFORE DELETE ON commitment
       WHEN EXISTS (SELECT 1 FROM acta_commitment ac JOIN acta a ON a.meeting_id = ac.meeting_id AND a.version = ac.acta_version
               WHERE ac.commitment_id = old.id AND a.closed_at IS NOT NULL
               AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = a.meeting_id))
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.commitment'); END)",
    R"(CREATE TRIGGER frozen_mesa_update BEFORE UPDATE OF id, code, name ON mesa
       WHEN (new.id IS NOT old.id OR new.code IS NOT old.code COLLATE BINARY OR new.name IS NOT old.name)
        AND EXISTS (SELECT 1 FROM commitment c WHERE c.mesa_id = old.id AND EXISTS (SELECT 1 FROM acta_commitment ac JOIN acta a ON a.meeting_id = ac.meeting_id AND a.version = ac.acta_version
                    WHERE ac.commitment_id = c.id AND a.closed_at IS NOT NULL
                    AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = a.meeting_id)))
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.mesa'); END)",
    R"(CREATE TRIGGER frozen_mesa_delete BEFORE DELETE ON mesa
       WHEN EXISTS (SELECT 1 FROM commitment c WHERE c.mesa_id = old.id AND EXISTS (SELECT 1 FROM acta_commitment ac JOIN acta a ON a.meeting_id = ac.meeting_id AND a.version = ac.acta_version
                    WHERE ac.commitment_id = c.id AND a.closed_at IS NOT NULL
                    AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = a.meeting_id)))
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.mesa'); END)",
    R"(CREATE TRIGGER frozen_minutes_item_insert BEFORE INSERT ON meeting_item
       WHEN EXISTS (SELECT 1 FROM acta a WHERE a.meeting_id = new.meeting_id AND a.closed_at IS NOT NULL
                       AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = new.meeting_id))
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.minutes'); END)",
    R"(CREATE TRIGGER frozen_minutes_item_update BEFORE UPDATE ON meeting_item
       WHEN (EXISTS (SELECT 1 FROM acta a WHERE a.meeting_id = old.meeting_id AND a.closed_at IS NOT NULL
                       AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = old.meeting_id))
             OR EXISTS (SELECT 1 FROM acta a WHERE a.meeting_id = new.meeting_id AND a.closed_at IS NOT NULL
                       AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = new.meeting_id)))
        AND (new.id IS NOT old.id OR new.meeting_id IS NOT old.meeting_id OR new.position IS NOT old.position OR new.title IS NOT old.title OR new.development IS NOT old.development)
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.minutes'); END)",
    R"(CREATE TRIGGER frozen_minutes_item_delete BEFORE DELETE ON meeting_item
       WHEN EXISTS (SELECT 1 FROM acta a WHERE a.meeting_id = old.meeting_id AND a.closed_at IS NOT NULL
                       AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = old.meeting_id))
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.minutes'); END)",
    R"(CREATE TRIGGER frozen_minutes_agreement_insert BEFORE INSERT ON agreement
       WHEN EXISTS (SELECT 1 FROM acta a WHERE a.meeting_id = new.meeting_id AND a.closed_at IS NOT NULL
                       AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = new.meeting_id))
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.minutes'); END)",
    R"(CREATE TRIGGER frozen_minutes_agreement_update BEFORE UPDATE ON agreement
       WHEN (EXISTS (SELECT 1 FROM acta a WHERE a.meeting_id = old.meeting_id AND a.closed_at IS NOT NULL
                       AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = old.meeting_id))
             OR EXISTS (SELECT 1 FROM acta a WHERE a.meeting_id = new.meeting_id AND a.closed_at IS NOT NULL
                       AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = new.meeting_id)))
        AND (new.id IS NOT old.id OR new.meeting_id IS NOT old.meeting_id OR new.position IS NOT old.position OR new.text IS NOT old.text OR new.responsible IS NOT old.responsible OR new.due IS NOT old.due)
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.minutes'); END)",
    R"(CREATE TRIGGER frozen_minutes_agreement_delete BEFORE DELETE ON agreement
       WHEN EXISTS (SELECT 1 FROM acta a WHERE a.meeting_id = old.meeting_id AND a.closed_at IS NOT NULL
                       AND a.version = (SELECT max(version) FROM acta WHERE meeting_id = old.meeting_id))
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.minutes'); END)",
    R"(CREATE TRIGGER frozen_signatory_insert BEFORE INSERT ON signatory
       WHEN EXISTS (SELECT 1 FROM acta WHERE meeting_id = new.meeting_id AND version = new.acta_version AND closed_at IS NOT NULL)
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.signatory'); END)",
    R"(CREATE TRIGGER frozen_signatory_update BEFORE UPDATE ON signatory
       WHEN EXISTS (SELECT 1 FROM acta WHERE meeting_id = old.meeting_id AND version = old.acta_version AND closed_at IS NOT NULL)
        AND (new.id IS NOT old.id OR new.meeting_id IS NOT old.meeting_id OR new.acta_version IS NOT old.acta_version OR new.position IS NOT old.position OR new.name IS NOT old.name OR new.document IS NOT old.document OR new.role IS NOT old.role OR new.organisation IS NOT old.organisation OR new.side IS NOT old.side)
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.signatory'); END)",
    R"(CREATE TRIGGER frozen_signatory_delete BEFORE DELETE ON signatory
       WHEN EXISTS (SELECT 1 FROM acta WHERE meeting_id = old.meeting_id AND version = old.acta_version AND closed_at IS NOT NULL)
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.record'); END)",
    R"(CREATE TRIGGER frozen_meeting_delete BEFORE DELETE ON meeting
       WHEN EXISTS (SELECT 1 FROM acta WHERE meeting_id = old.id AND closed_at IS NOT NULL)
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.record'); END)",
    R"(CREATE TRIGGER frozen_acta_update BEFORE UPDATE ON acta WHEN old.closed_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.record'); END)",
    R"(CREATE TRIGGER frozen_acta_delete BEFORE DELETE ON acta WHEN old.closed_at IS NOT NULL OR old.replaces IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.record'); END)",
    R"(CREATE TRIGGER frozen_acta_commitment_update BEFORE UPDATE ON acta_commitment
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.record'); END)",
    R"(CREATE TRIGGER frozen_acta_commitment_delete BEFORE DELETE ON acta_commitment
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.record'); END)",
    R"(CREATE TRIGGER frozen_acta_signature_update BEFORE UPDATE ON acta_signature
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.record'); END)",
    R"(CREATE TRIGGER frozen_acta_signature_delete BEFORE DELETE ON acta_signature
       BEGIN SELECT RAISE(ABORT, 'taller.frozen.record'); END)",
    // A merge's target stays while something is merged into it (the rule:
    // CommitmentRepository, which names what points at it): it is not
    // merged, withdrawn or deleted behind it.
    R"(CREATE TRIGGER merge_target_leaves BEFORE UPDATE OF status ON commitment
       WHEN new.status IN ('merged', 'withdrawn')
        AND EXISTS (SELECT 1 FROM commitment m WHERE m.merged_into = old.id AND m.status = 'merged' AND m.id <> old.id)
       BEGIN SELECT RAISE(ABORT, 'taller.rule.merge-target'); END)",
    R"(CREATE TRIGGER merge_target_delete BEFORE DELETE ON commitment
       WHEN EXISTS (SELECT 1 FROM commitment m WHERE m.merged_into = old.id AND m.status = 'merged' AND m.id <> old.id)
       BEGIN SELECT RAISE(ABORT, 'taller.rule.merge-target'); END)",
};

// The team on one event (core/sharing/). A hub's own records: the devices
// paired with it, the one-time pairing keys it handed out (only their
// hashes), every change a device sent and what became of it. A desk's copy:
// the hub it is bound to, and the changes made at the desk that the hub has
// not yet taken. Neither is ever sent to another device (hub_ and desk_
// tables are left out of every change and snapshot a hub sends).
const char *const step11[] = {
    R"(CREATE TABLE hub_device (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        secret_sha256 TEXT NOT NULL,
        paired_at TEXT NOT NULL,
        revoked_at TEXT,
        last_seen_at TEXT))",
    R"(CREATE TABLE hub_pairing (
        token_sha256 TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        used_at TEXT,
        device_id INTEGER REFERENCES hub_device(id)))",
    R"(CREATE TABLE hub_operation (
        op_id TEXT PRIMARY KEY,
        device_id INTEGER NOT NULL REFERENCES hub_device(id),
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        device_time TEXT NOT NULL,
        received_at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        message TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE hub_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        address TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        since TEXT NOT NULL,
        pid INTEGER NOT NULL))",
    R"(CREATE TABLE desk_link (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        hub_address TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        device_id INTEGER NOT NULL,
        secret TEXT NOT NULL,
        device_name TEXT NOT NULL,
        run TEXT NOT NULL DEFAULT '',
        seq INTEGER NOT NULL DEFAULT 0,
        joined_at TEXT NOT NULL,
        last_contact_at TEXT))",
    R"(CREATE TABLE desk_outbox (
        position INTEGER PRIMARY KEY,
        op_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        device_time TEXT NOT NULL,
        changeset BLOB NOT NULL))",
    R"(CREATE TABLE desk_notice (
        id INTEGER PRIMARY KEY,
        op_id TEXT NOT NULL,
        at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        message TEXT NOT NULL))",
};

// Five mesas typing at once (network/WebServer). A commitment's revision
// counts its changes, whoever makes them (a mesa's browser, the window, the
// command line): a save made from an older revision is refused, not applied
// over the newer one (CommitmentRepository). The hub's tokens for the mesa
// and projector pages, and the keys browsers send with a new commitment so
// that a create sent twice makes one.
const char *const step12[] = {
    "ALTER TABLE commitment ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    R"(CREATE TRIGGER commitment_revision AFTER UPDATE ON commitment WHEN new.revision = old.revision
       BEGIN UPDATE commitment SET revision = old.revision + 1 WHERE id = new.id; END)",
    R"(CREATE TABLE hub_web_token (
        token TEXT PRIMARY KEY,
        page TEXT NOT NULL CHECK (page IN ('mesa', 'projector')),
        mesa_id INTEGER REFERENCES mesa(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        revoked_at TEXT))",
    "ALTER TABLE hub_state ADD COLUMN web TEXT NOT NULL DEFAULT ''",
    // In a copy of the event made by `backup` (for a mesa that works with no
    // network): each commitment's revision when the copy was made, so that
    // taking the copy's commitments back tells who changed what since.
    R"(CREATE TABLE copy_base (
        commitment_id INTEGER PRIMARY KEY,
        revision INTEGER NOT NULL,
        made_at TEXT NOT NULL))",
    // Each person's place in the people's order (registration/Attendee.h,
    // peopleKey): a page of a long list is read in order through its index
    // instead of sorting every name. A name changed by any means, the
    // sqlite3 shell included, leaves the key empty, and an empty key is
    // never trusted: the program fills it at its next write, and reads
    // sort the names themselves meanwhile.
    "ALTER TABLE attendee ADD COLUMN people_key TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX attendee_by_people_key ON attendee(people_key, id)",
    R"(CREATE TRIGGER attendee_people_key_stale AFTER UPDATE OF surnames, given_names ON attendee
       WHEN new.people_key <> '' AND (new.surnames IS NOT old.surnames OR new.given_names IS NOT old.given_names)
        AND new.people_key = old.people_key
       BEGIN UPDATE attendee SET people_key = '' WHERE id = new.id; END)",
    R"(CREATE TABLE hub_web_create (
        client_key TEXT PRIMARY KEY,
        commitment_id INTEGER NOT NULL,
        created_at TEXT NOT NULL))",
};

const std::array<std::span<const char *const>, 12> steps = {
    std::span(step1), std::span(step2), std::span(step3), std::span(step4), std::span(step5),
    std::span(step6), std::span(step7), std::span(step8), std::span(step9), std::span(step10), std::span(step11),
    std::span(step12)};

} // namespace

int latestVersion()
{
    return int(steps.size());
}

Status migrate(const QSqlDatabase &db, int fromVersion, int targetVersion)
{
    for (int version = fromVersion + 1; version <= targetVersion; ++version) {
        TRY(SqlStatement::run(db, u"BEGIN IMMEDIATE"_s));
        Status status;
        for (const char *sql : steps[version - 1]) {
            status = SqlStatement::run(db, QString::fromUtf8(sql));
            if (!status)
                break;
        }
        if (status && version == 1)
            status = SqlStatement::run(db, u"PRAGMA application_id = %1"_s.arg(ApplicationId));
        if (status)
            status = SqlStatement::run(db, u"PRAGMA user_version = %1"_s.arg(version));
        if (status)
            status = SqlStatement::run(db, u"COMMIT"_s);
        if (!status) {
            (void)SqlStatement::run(db, u"ROLLBACK"_s);
            return Error{QCoreApplication::translate("taller::migrations", "Could not upgrade the event file to schema version %1: %2")
                             .arg(version)
                             .arg(status.errorMessage())};
        }
    }
    return {};
}

} // namespace taller::migrations
