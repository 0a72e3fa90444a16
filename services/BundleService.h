#pragma once

#include "EventSession.h"

#include <QCoreApplication>

namespace taller {

// What an OGP member publishes of its co-creation (the repository the
// Participation and Co-creation Standard asks for), made in one step: every
// closed acta and minutes as PDF/A, the reasoned response, the attendance by
// meeting and sector, the initiatives and commitments as .xlsx and CSV, and
// an index of it all with each file's SHA-256.
class BundleService
{
    Q_DECLARE_TR_FUNCTIONS(taller::BundleService)
public:
    struct File
    {
        QString name;
        QString description;
        QString sha256;
    };
    struct Report
    {
        QString folder;
        QList<File> files;
    };

    explicit BundleService(EventSession &session) : m_session(session) {}

    // Writes the bundle into folder, which must not exist yet or be empty.
    // It is written whole beside it and renamed into place: a failure leaves
    // no folder and no half of one.
    Result<Report> write(const QString &folder) const;

    static constexpr auto IndexName = "INDICE.txt";

private:
    EventSession &m_session;
};

} // namespace taller
