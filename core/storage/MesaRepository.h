#pragma once

#include "EventFile.h"
#include "domain/Mesa.h"

#include <QList>

namespace taller {

// The working tables, in the order they are listed and present.
class MesaRepository
{
public:
    explicit MesaRepository(EventFile &file) : m_file(file) {}

    Result<QList<Mesa>> load() const;
    // Appends a mesa after the existing ones and returns it with its id.
    Result<Mesa> add(const Mesa &mesa);

private:
    EventFile &m_file;
};

} // namespace taller
