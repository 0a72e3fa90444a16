#pragma once

#include "base/Result.h"
#include "registration/Attendee.h"
#include "tabular/CsvReader.h"

#include <QCoreApplication>
#include <QSet>

namespace taller {

class EventFile;

// Attendees from a registration form's CSV export. Preparing reads and checks
// every row without writing anything, so the window can show what will be
// imported and what rejected; committing writes all accepted rows in one
// transaction, or none.
class AttendeeImport
{
    Q_DECLARE_TR_FUNCTIONS(taller::AttendeeImport)

public:
    enum class Column {
        GivenNames, Surnames, PaternalSurname, MaternalSurname, FullName, DocumentType, DocumentNumber,
        Organisation, Position, Sector, Email, Phone, DataConsent, PhotoConsent, Mesa,
    };

    enum class ProblemKind { Rejected, Duplicate, Warning };
    struct Problem
    {
        int line = 0;
        ProblemKind kind = ProblemKind::Rejected;
        QString reason;
    };

    struct Row
    {
        int line = 0;
        Attendee attendee;
    };

    struct Plan
    {
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QChar delimiter;
        // Which CSV column feeds which field, for the preview.
        QList<std::pair<Column, QString>> recognisedColumns;
        QStringList ignoredColumns;
        QList<Row> accepted;
        QList<Problem> problems;

        int count(ProblemKind kind) const;
    };

    struct Report
    {
        int imported = 0;
        int duplicates = 0;
        int rejected = 0;
        int warnings = 0;
        QList<Problem> problems;
    };

    // existingDocuments: the document numbers the event already has.
    static Result<Plan> prepare(const QByteArray &csv, const QSet<QString> &existingDocuments);
    static Result<Plan> prepare(EventFile &file, const QByteArray &csv);
    static Result<Report> commit(EventFile &file, const Plan &plan);

    static QString columnName(Column column);
    // "imported 3, duplicates 1, rejected 2" then one line per problem.
    static QString reportText(const Report &report);
};

} // namespace taller
