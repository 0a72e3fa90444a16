#pragma once

#include "base/Result.h"
#include "programme/Agenda.h"
#include "event/EventDetails.h"
#include "mesas/Mesa.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace taller {


// What a new event starts from.
struct EventTemplate
{
    QString key;
    QString displayName;
    EventDetails details;
    QList<Mesa> mesas;
    QList<AgendaItem> agenda;
};

class EventTemplates
{
    Q_DECLARE_TR_FUNCTIONS(taller::EventTemplates)
public:
    static inline const QString PalacioDeHierro = QStringLiteral("palacio-de-hierro");
    static inline const QString Blank = QStringLiteral("blank");

    static QStringList keys();
    // The template for key, dated on date; nullopt for an unknown key.
    static std::optional<EventTemplate> byKey(const QString &key, QDate date);

    static EventTemplate palacioDeHierro(QDate date);
    static EventTemplate blank(QDate date);

};

} // namespace taller
