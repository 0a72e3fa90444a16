#pragma once

#include "base/EventFile.h"
#include "process/Initiative.h"

namespace taller {

// The initiatives (fichas) of the process: their fields, the Gerencia that
// submitted them, where each stands. Each one enters at the process's entry
// stage with a decision that says so.
class InitiativeRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::InitiativeRepository)
public:
    explicit InitiativeRepository(EventFile &file) : m_file(file) {}

    Result<QList<Initiative>> initiatives() const;
    Result<std::optional<Initiative>> initiative(qint64 id) const;
    // Adds (id 0: entering at the process's entry stage, with its record)
    // or updates the ficha's fields.
    Result<Initiative> saveInitiative(const Initiative &initiative);
    Status addInitiatives(QList<Initiative> &initiatives);

private:
    // Where initiatives added now enter the process: its entry stage, and
    // the batch their "entered" decisions share.
    struct Entry
    {
        int stage = 0;
        qint64 batch = 0;
    };
    Result<Entry> nextEntry() const;
    Status insertInitiative(Initiative &initiative, const Entry &entry);

    EventFile &m_file;
};

} // namespace taller
