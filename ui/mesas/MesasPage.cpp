#include "MesasPage.h"

#include "EventDocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

MesasPage::MesasPage(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget)
{
    auto *heading = new QLabel(tr("Mesas"));
    heading->setObjectName(u"pageHeading"_s);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Theme"), tr("Moderator"), tr("Rapporteur"), tr("Place")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    setEnabled(false);
}

void MesasPage::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (document)
        connect(document, &EventDocument::agendaChanged, this, &MesasPage::refresh);
    refresh();
}

void MesasPage::refresh()
{
    const QList<Mesa> mesas = m_document ? m_document->mesas() : QList<Mesa>();
    m_table->setRowCount(int(mesas.size()));
    for (int row = 0; row < mesas.size(); ++row) {
        const Mesa &m = mesas.at(row);
        const QStringList values{m.code, m.name, m.theme, m.moderator, m.rapporteur, m.place};
        for (int column = 0; column < values.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(values.at(column)));
    }
    m_table->resizeColumnToContents(0);
}

} // namespace taller
