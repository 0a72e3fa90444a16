#pragma once

#include <QWidget>

class QTableWidget;

namespace taller {

class EventDocument;

// "Mesas": the working tables of the event, with what each works on.
class MesasPage : public QWidget
{
    Q_OBJECT

public:
    explicit MesasPage(QWidget *parent = nullptr);
    void setDocument(EventDocument *document);

private:
    void refresh();

    EventDocument *m_document = nullptr;
    QTableWidget *m_table;
};

} // namespace taller
