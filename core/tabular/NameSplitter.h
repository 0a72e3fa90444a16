#pragma once

#include <QCoreApplication>
#include <QString>

namespace taller {

// Splits one "full name" cell into given names and surnames, the way names
// are written in Peru and the rest of the Spanish- and Portuguese-speaking
// world: "Apellidos, Nombres" when there is a comma; otherwise two surnames
// at the end ("José Luis Muñoz Peña"), particles kept with the word they
// precede ("María del Carmen de la Cruz Quispe"), and surnames in capitals
// taken as such ("Rosa QUISPE MAMANI"). Where the split is a guess, it says so.
class NameSplitter
{
    Q_DECLARE_TR_FUNCTIONS(taller::NameSplitter)

public:
    enum class Order { GivenFirst, SurnamesFirst };

    struct Split
    {
        QString givenNames;
        QString surnames;
        // Empty when sure; otherwise why it is a guess.
        QString doubt;

        bool unsure() const { return !doubt.isEmpty(); }
    };

    static Split split(const QString &fullName, Order order = Order::GivenFirst);
};

} // namespace taller
