#include "StartPage.h"

#include "Settings.h"
#include "templates/Templates.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget)
{
    auto *heading = new QLabel(tr("Taller Abierto"));
    heading->setObjectName(u"pageHeading"_s);
    auto *intro = new QLabel(tr("Prepare and run an open-government co-creation workshop: programme, registration desk, "
                                "working tables, plenary and the Acta de Compromisos. Everything is saved in one "
                                ".taller file as you work; no internet is needed."));
    intro->setWordWrap(true);

    auto *templates = new QGroupBox(tr("New event"));
    auto *templatesLayout = new QVBoxLayout(templates);
    auto *palacio = new QCommandLinkButton(tr("From the Palacio de Hierro workshop"),
                                           tr("Programme 08:30–14:00, mesas M1–M5, plenary and signing of the acta, "
                                              "ready to adapt."));
    auto *blank = new QCommandLinkButton(tr("Blank event"), tr("Start with nothing but a date."));
    auto *demo = new QCommandLinkButton(tr("Try the demo event"),
                                        tr("The Palacio de Hierro workshop with 50 fictional people, to practise at the "
                                           "registration desk."));
    templatesLayout->addWidget(palacio);
    templatesLayout->addWidget(blank);
    templatesLayout->addWidget(demo);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    templatesLayout->addStretch();
    connect(palacio, &QPushButton::clicked, this, [this] { emit newFromTemplateRequested(EventTemplates::PalacioDeHierro); });
    connect(blank, &QPushButton::clicked, this, [this] { emit newFromTemplateRequested(EventTemplates::Blank); });

    auto *recent = new QGroupBox(tr("Recent events"));
    auto *recentLayout = new QVBoxLayout(recent);
    auto *recentLabel = new QLabel(tr("Double-click or press Enter to open:"));
    recentLabel->setBuddy(m_recent);
    auto *open = new QPushButton(tr("&Open another event…"));
    auto *restore = new QPushButton(tr("&Restore from a backup…"));
    restore->setToolTip(tr("When an event's file is damaged or lost: a copy made while it was in use"));
    recentLayout->addWidget(recentLabel);
    recentLayout->addWidget(m_recent, 1);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(open);
    fileButtons->addWidget(restore);
    fileButtons->addStretch();
    recentLayout->addLayout(fileButtons);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(restore, &QPushButton::clicked, this, &StartPage::restoreRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentFileRequested(item->data(Qt::UserRole).toString());
    });

    auto *columns = new QHBoxLayout;
    columns->addWidget(templates, 1);
    columns->addWidget(recent, 1);

    auto *content = new QWidget;
    content->setMaximumWidth(1000);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addLayout(columns, 1);

    auto *outer = new QHBoxLayout(this);
    outer->addWidget(content);
    refreshRecentFiles();
}

void StartPage::showEvent(QShowEvent *event)
{
    refreshRecentFiles();
    QWidget::showEvent(event);
}

void StartPage::refreshRecentFiles()
{
    m_recent->clear();
    for (const QString &path : Settings::recentFiles()) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(u"%1\n%2"_s.arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())));
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setText(item->text() + u"  "_s + tr("(not found)"));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
        m_recent->addItem(item);
    }
    if (m_recent->count() == 0) {
        auto *none = new QListWidgetItem(tr("No recent events yet."));
        none->setFlags(Qt::NoItemFlags);
        m_recent->addItem(none);
    } else {
        m_recent->setCurrentRow(0);
    }
}

} // namespace taller
