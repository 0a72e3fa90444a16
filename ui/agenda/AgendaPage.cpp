#include "AgendaPage.h"

#include "AgendaTableModel.h"
#include "DocumentPrinter.h"
#include "EventDocument.h"
#include "documents/AgendaDocument.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

AgendaPage::AgendaPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new AgendaTableModel(this))
    , m_view(new QTableView)
    , m_summary(new QLabel)
{
    auto *heading = new QLabel(tr("Programme"));
    heading->setObjectName(u"pageHeading"_s);
    m_summary->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AgendaTableModel::ActivityColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AgendaTableModel::ResponsibleColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(AgendaTableModel::ResponsibleColumn, 280);

    auto *print = new QPushButton(tr("&Print programme…"));
    auto *preview = new QPushButton(tr("Pre&view"));
    auto *exportPdf = new QPushButton(tr("E&xport PDF…"));
    connect(print, &QPushButton::clicked, this, &AgendaPage::printProgramme);
    connect(preview, &QPushButton::clicked, this, &AgendaPage::previewProgramme);
    connect(exportPdf, &QPushButton::clicked, this, &AgendaPage::exportProgramme);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(preview);
    buttons->addWidget(exportPdf);
    buttons->addWidget(print);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    setEnabled(false);
}

void AgendaPage::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (document) {
        connect(document, &EventDocument::agendaChanged, this, &AgendaPage::refresh);
        connect(document, &EventDocument::detailsChanged, this, &AgendaPage::refresh);
    }
    refresh();
}

void AgendaPage::refresh()
{
    if (!m_document) {
        m_model->setAgenda({}, {}, {});
        m_summary->clear();
        return;
    }
    const EventDetails &details = m_document->details();
    m_model->setAgenda(m_document->agenda(), details.start, m_document->mesas());
    m_view->resizeColumnToContents(AgendaTableModel::TimeColumn);
    m_view->resizeColumnToContents(AgendaTableModel::DurationColumn);
    m_view->resizeColumnToContents(AgendaTableModel::KindColumn);

    const QTime end = m_model->projectedEnd();
    const int activities = m_model->rowCount();
    QString summary = tr("%n activities from %1 to %2.", nullptr, activities)
                          .arg(details.start.toString(u"HH:mm"_s), end.toString(u"HH:mm"_s));
    const int overrun = int(details.end.secsTo(end) / 60);
    if (overrun > 0)
        summary += u' ' + tr("<b>The programme runs %1 past the event's end (%2).</b>")
                              .arg(EventHeader::durationText(overrun), details.end.toString(u"HH:mm"_s));
    else if (overrun < 0)
        summary += u' ' + tr("%1 free before the event's end (%2).")
                              .arg(EventHeader::durationText(-overrun), details.end.toString(u"HH:mm"_s));
    m_summary->setText(summary);
}

void AgendaPage::printProgramme()
{
    if (m_document)
        DocumentPrinter::print(this, AgendaDocument::build(m_document->details(), m_document->agenda(), m_document->mesas()));
}

void AgendaPage::previewProgramme()
{
    if (m_document)
        DocumentPrinter::preview(this, AgendaDocument::build(m_document->details(), m_document->agenda(), m_document->mesas()));
}

void AgendaPage::exportProgramme()
{
    if (!m_document)
        return;
    const QFileInfo event(m_document->path());
    DocumentPrinter::exportPdf(this, AgendaDocument::build(m_document->details(), m_document->agenda(), m_document->mesas()),
                               event.absolutePath() + u'/' + event.completeBaseName() + tr("-programme") + u".pdf"_s);
}

} // namespace taller
