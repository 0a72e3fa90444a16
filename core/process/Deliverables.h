#pragma once

#include "base/EnumTable.h"
#include "base/EventFile.h"
#include "printing/PrintedDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace taller {

// Where the board reads whether a deliverable has arrived: ticked by hand,
// or counted from the fichas and the signed minutes the file already holds.
enum class DeliverableSource { Manual, Fichas, Minutes };

// What each participating organisation owes at a stage ("05 Fichas de
// actividades propuestas", "01 Acta de Acuerdos firmada").
struct Deliverable
{
    qint64 id = 0;
    int stage = 0;
    QString name;
    int expected = 1;
    DeliverableSource source = DeliverableSource::Manual;
};

struct DeliverableCell
{
    int received = 0;
    int expected = 1;
    QDate lastReceived;
    QString note;
    bool isComplete() const { return received >= expected; }
    int missing() const { return std::max(0, expected - received); }
};

// Organisations × deliverables: one row per organisation, its cells in the
// order of deliverables.
struct DeliverableBoard
{
    struct Row
    {
        QString organisation;
        QList<DeliverableCell> cells;
        int missing() const;
    };
    QList<Deliverable> deliverables;
    QList<Row> rows;
};

class Deliverables
{
    Q_DECLARE_TR_FUNCTIONS(taller::Deliverables)
public:
    // Seed plan's defaults for the stage fichas are formulated at: per
    // organisation an acta signed with its civil-society counterpart and
    // five fichas.
    static QList<Deliverable> defaults(int formulationStage);
    // "5 de 5", "3 de 5 (faltan 2)"
    static QString cellText(const DeliverableCell &cell);
};

// The board of deliverables and the list of the process's organisations.
class DeliverableRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::DeliverableRepository)
public:
    explicit DeliverableRepository(EventFile &file) : m_file(file) {}

    Result<QList<Deliverable>> deliverables() const;
    Result<Deliverable> addDeliverable(const Deliverable &deliverable);
    Status addDefaults(int formulationStage);

    // The organisations named by hand, then those the fichas and meetings
    // name, once each (accents and case ignored).
    Result<QStringList> organisations() const;
    Status addOrganisation(const QString &name);

    // Ticks a deliverable counted by hand as received (received = how many).
    Status receive(qint64 deliverableId, const QString &organisation, int received, const QDate &on, const QString &note);

    // stage 0: every stage.
    Result<DeliverableBoard> board(int stage = 0) const;

private:
    // What has arrived of d, per organisation (by its name folded for matching).
    Result<QHash<QString, DeliverableCell>> received(const Deliverable &d) const;

    EventFile &m_file;
};

// The board printed, and the reminders: per organisation, what it still owes.
class DeliverableDocument
{
    Q_DECLARE_TR_FUNCTIONS(taller::DeliverableDocument)
public:
    static PrintedDocument board(const DeliverableBoard &board, const QString &institution);
    static PrintedDocument reminders(const DeliverableBoard &board, const QString &institution);
};

// The words of this enumeration: core/vocabulary/Vocabulary.cpp.
const EnumTable<DeliverableSource> &enumTable(DeliverableSource);

} // namespace taller
