#include "ShareDialog.h"

#include "HubServer.h"
#include "participants/QrCode.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace taller {

namespace {

enum Column { NameColumn, ConnectionColumn, LastSeenColumn, ChangesColumn, ColumnCount };

// The side of the QR on screen, in pixels: large enough for a phone's or a
// laptop's camera across a desk, small enough for a 1024×600 screen.
constexpr int QrSide = 330;

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

QString when(const QDateTime &at)
{
    if (!at.isValid())
        return ShareDialog::tr("never");
    const QDateTime local = at.toLocalTime();
    return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), u"HH:mm"_s)
                                                : QLocale().toString(local, u"dd/MM HH:mm"_s);
}

} // namespace

ShareDialog::ShareDialog(HubServer &hub, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_hub(hub)
    , m_address(new QLabel)
    , m_qr(new QLabel)
    , m_code(new QLineEdit)
    , m_codeNote(new QLabel)
    , m_devices(new QTableWidget)
    , m_withdraw(new QPushButton(tr("&Withdraw device…")))
    , m_tabs(new QTabWidget)
    , m_pages(new QTableWidget)
{
    setWindowTitle(tr("Share on the local network"));

    // The QR on the left, black on white whatever the theme, so that a
    // camera reads it.
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setFixedSize(QrSide + 8, QrSide + 8);
    m_qr->setStyleSheet(u"background: white;"_s);
    m_qr->setAccessibleName(tr("Pairing code as a QR code"));
    m_scanText = tr("On the other laptop: Archivo → Unirse a un evento, then paste the code (or read this QR "
                    "with its camera).");
    auto *scan = new QLabel(m_scanText);
    scan->setWordWrap(true);
    scan->setMaximumWidth(QrSide + 8);
    auto *left = new QVBoxLayout;
    left->addWidget(m_qr);
    left->addWidget(scan);
    left->addStretch(1);

    QFont big = m_address->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_address->setFont(big);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setText(tr("Sharing at %1:%2").arg(hub.host()).arg(hub.port()));
    auto *addressNote = new QLabel(note.isEmpty() ? tr("The laptops that join must be on the same network (the venue's "
                                                       "Wi-Fi or this computer's hotspot).")
                                                  : note);
    addressNote->setWordWrap(true);

    m_code->setReadOnly(true);
    m_code->setAccessibleName(tr("Pairing code"));
    auto *codeLabel = new QLabel(tr("Pairing &code (serves one device, once):"));
    codeLabel->setBuddy(m_code);
    auto *copy = new QPushButton(tr("Cop&y"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_code->text());
        m_codeNote->setText(tr("Copied. Paste it on the other laptop."));
    });
    auto *fresh = new QPushButton(tr("&New code"));
    fresh->setAutoDefault(false);
    connect(fresh, &QPushButton::clicked, this, [this] {
        newCode();
        if (!m_code->text().isEmpty())
            m_codeNote->setText(tr("A new code for the next device. Each code pairs one device, once."));
    });
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(copy);
    codeRow->addWidget(fresh);
    m_codeNote->setWordWrap(true);
    m_codeNote->setStyleSheet(u"color: #555;"_s);

    m_devices->setColumnCount(ColumnCount);
    m_devices->setHorizontalHeaderLabels({tr("Device"), tr("Connection"), tr("Last seen"), tr("Changes sent")});
    m_devices->verticalHeader()->setVisible(false);
    m_devices->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column = ConnectionColumn; column < ColumnCount; ++column)
        m_devices->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_devices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_devices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_devices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_devices->setTabKeyNavigation(false);
    m_devices->setAccessibleName(tr("Paired devices"));
    auto *devicesLabel = new QLabel(tr("Paired &devices:"));
    devicesLabel->setBuddy(m_devices);
    m_withdraw->setAutoDefault(false);
    connect(m_withdraw, &QPushButton::clicked, this, &ShareDialog::withdrawSelected);
    connect(m_devices, &QTableWidget::itemSelectionChanged, this, &ShareDialog::updateButtons);
    // Reached by keyboard (Alt+D), the device in hand is the one selected.
    connect(m_devices, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_devices->selectedItems().isEmpty())
            m_devices->selectRow(row);
        updateButtons();
    });
    auto *withdrawRow = new QHBoxLayout;
    withdrawRow->addStretch(1);
    withdrawRow->addWidget(m_withdraw);

    auto *laptops = new QWidget;
    auto *laptopsLayout = new QVBoxLayout(laptops);
    laptopsLayout->addWidget(codeLabel);
    laptopsLayout->addLayout(codeRow);
    laptopsLayout->addWidget(m_codeNote);
    laptopsLayout->addSpacing(6);
    laptopsLayout->addWidget(devicesLabel);
    laptopsLayout->addWidget(m_devices, 1);
    laptopsLayout->addLayout(withdrawRow);

    // Each mesa's page, for its rapporteur's phone or laptop, and the
    // projector's: the QR on the left shows the one chosen.
    m_pages->setColumnCount(2);
    m_pages->setHorizontalHeaderLabels({tr("Page"), tr("Link")});
    m_pages->verticalHeader()->setVisible(false);
    m_pages->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_pages->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_pages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pages->setTabKeyNavigation(false);
    m_pages->setAccessibleName(tr("Pages of the mesas and the projector"));
    auto *pagesLabel = new QLabel(tr("&Pages in a browser (no install, no account):"));
    pagesLabel->setBuddy(m_pages);
    auto *pagesNote = new QLabel(tr("Open the link on the mesa's phone or laptop, or read the QR with its camera. The "
                                    "browser warns once that it does not know the hub's certificate: it is this "
                                    "computer's own; continue to the page."));
    pagesNote->setWordWrap(true);
    pagesNote->setStyleSheet(u"color: #555;"_s);
    auto *copyLink = new QPushButton(tr("Copy &link"));
    copyLink->setAutoDefault(false);
    connect(copyLink, &QPushButton::clicked, this, [this] {
        if (const int row = m_pages->currentRow(); row >= 0)
            QGuiApplication::clipboard()->setText(m_pages->item(row, 1)->text());
    });
    auto *renew = new QPushButton(tr("&Replace link…"));
    renew->setAutoDefault(false);
    renew->setToolTip(tr("A new link for this page; the old one opens nothing from then on."));
    connect(renew, &QPushButton::clicked, this, &ShareDialog::renewSelectedLink);
    auto *pagesRow = new QHBoxLayout;
    pagesRow->addWidget(renew);
    pagesRow->addStretch(1);
    pagesRow->addWidget(copyLink);
    auto *pages = new QWidget;
    auto *pagesLayout = new QVBoxLayout(pages);
    pagesLayout->addWidget(pagesLabel);
    pagesLayout->addWidget(m_pages, 1);
    pagesLayout->addWidget(pagesNote);
    pagesLayout->addLayout(pagesRow);
    connect(m_pages, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_tabs->currentIndex() == 1)
            showQr(m_pages->item(row, 1)->text());
    });

    m_tabs->addTab(laptops, tr("Registration &laptops"));
    m_tabs->addTab(pages, tr("&Mesas' pages"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, scan](int index) {
        if (index == 1 && m_pages->rowCount() > 0) {
            if (m_pages->currentRow() < 0)
                m_pages->selectRow(0);
            showQr(m_pages->item(std::max(0, m_pages->currentRow()), 1)->text());
            scan->setText(tr("The link of the page chosen, for the mesa's phone or laptop."));
        } else {
            showQr(m_code->text());
            scan->setText(m_scanText);
        }
    });

    auto *right = new QVBoxLayout;
    right->addWidget(m_address);
    right->addWidget(addressNote);
    right->addSpacing(6);
    right->addWidget(m_tabs, 1);

    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addLayout(right, 1);

    auto *stop = new QPushButton(tr("&Stop sharing"));
    stop->setAutoDefault(false);
    connect(stop, &QPushButton::clicked, this, [this] {
        emit stopRequested();
        accept();
    });
    auto *close = new QPushButton(tr("C&lose"));
    close->setToolTip(tr("The event stays shared while it is open."));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(stop);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(&m_hub, &HubServer::devicesChanged, this, &ShareDialog::refreshDevices);

    newCode();
    refreshDevices();
    refreshPages();
    // Within a 1024×600 screen, the window's frame and the panel included.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 600);
    resize(std::min(900, available.width() - 40), std::min(520, available.height() - 50));
    close->setDefault(true);
    close->setFocus();
}

QString ShareDialog::pairingText() const
{
    return m_code->text();
}

QImage ShareDialog::qrImage() const
{
    return m_qrImage;
}

qint64 ShareDialog::deviceIdAt(int row) const
{
    const QTableWidgetItem *item = m_devices->item(row, NameColumn);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ShareDialog::newCode()
{
    const auto code = m_hub.newPairing();
    if (!code) {
        m_code->clear();
        m_qr->clear();
        m_qrImage = {};
        m_codeNote->setText(code.errorMessage());
        return;
    }
    showCode(code->toText());
    m_codeNote->clear();
}

void ShareDialog::refreshPages()
{
    m_pages->setRowCount(0);
    const auto links = m_hub.mesaLinks();
    const auto projector = m_hub.projectorLink();
    QList<std::pair<QString, QString>> rows;
    if (links) {
        for (const auto &[code, link] : *links)
            rows.append({tr("Mesa %1").arg(code), link});
    }
    if (projector)
        rows.append({tr("Projector"), *projector});
    const int keep = m_pages->currentRow();
    for (const auto &[name, link] : rows) {
        const int row = m_pages->rowCount();
        m_pages->insertRow(row);
        m_pages->setItem(row, 0, cell(name));
        m_pages->setItem(row, 1, cell(link));
    }
    if (links) {
        for (int row = 0; row < links->size(); ++row)
            m_pages->item(row, 0)->setData(Qt::UserRole, links->at(row).first);
    }
    if (keep >= 0 && keep < m_pages->rowCount())
        m_pages->selectRow(keep);
}

void ShareDialog::renewSelectedLink()
{
    const int row = m_pages->currentRow();
    if (row < 0)
        return;
    const QString code = m_pages->item(row, 0)->data(Qt::UserRole).toString();
    const QString name = m_pages->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Replace link"),
                              tr("Replace the link of %1? Whoever has the old link (and its QR) can no longer open the "
                                 "page; give the new one to the mesa.")
                                  .arg(name))
        != QMessageBox::Yes)
        return;
    const auto renewed = m_hub.renewLink(code);
    if (!renewed) {
        QMessageBox::warning(this, tr("Replace link"), renewed.errorMessage());
        return;
    }
    refreshPages();
    if (m_tabs->currentIndex() == 1 && m_pages->currentRow() >= 0)
        showQr(m_pages->item(m_pages->currentRow(), 1)->text());
}

QStringList ShareDialog::pageLinks() const
{
    QStringList links;
    for (int row = 0; row < m_pages->rowCount(); ++row)
        links.append(m_pages->item(row, 1)->text());
    return links;
}

void ShareDialog::showCode(const QString &text)
{
    m_code->setText(text);
    m_code->setCursorPosition(0);
    if (m_tabs->currentIndex() == 0)
        showQr(text);
}

void ShareDialog::showQr(const QString &text)
{
    const auto qr = QrCode::encode(text);
    if (!qr) {
        m_qr->setText(qr.errorMessage());
        m_qrImage = {};
        return;
    }
    // Each module a whole number of device pixels, scaled without
    // smoothing: sharp edges for the camera.
    const QImage modules = qr->image();
    const qreal ratio = devicePixelRatioF();
    const int scale = std::max(1, int(QrSide * ratio) / modules.width());
    m_qrImage = modules.convertToFormat(QImage::Format_RGB32)
                    .scaled(modules.width() * scale, modules.height() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    QPixmap pixmap = QPixmap::fromImage(m_qrImage);
    pixmap.setDevicePixelRatio(ratio);
    m_qr->setPixmap(pixmap);
}

void ShareDialog::refreshDevices()
{
    const qint64 selected = m_devices->currentRow() >= 0 ? deviceIdAt(m_devices->currentRow()) : 0;
    const auto devices = m_hub.devices();
    const auto counts = m_hub.operationCounts();
    m_devices->setRowCount(0);
    if (!devices) {
        m_codeNote->setText(devices.errorMessage());
        return;
    }
    int paired = 0;
    for (const PairedDevice &device : *devices) {
        const int row = m_devices->rowCount();
        m_devices->insertRow(row);
        auto *name = cell(device.name);
        name->setData(Qt::UserRole, device.id);
        m_devices->setItem(row, NameColumn, name);
        QString connection;
        if (device.isRevoked())
            connection = tr("withdrawn %1").arg(when(device.revokedAt));
        else if (m_hub.isConnected(device.id))
            connection = tr("connected now");
        else
            connection = tr("not connected");
        m_devices->setItem(row, ConnectionColumn, cell(connection));
        m_devices->setItem(row, LastSeenColumn, cell(when(device.lastSeenAt)));
        m_devices->setItem(row, ChangesColumn,
                           cell(QLocale().toString(counts ? counts->value(device.id) : 0), Qt::AlignRight | Qt::AlignVCenter));
        if (device.isRevoked()) {
            for (int column = 0; column < ColumnCount; ++column)
                m_devices->item(row, column)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (device.id == selected)
            m_devices->selectRow(row);
        ++paired;
    }
    // The code shown has just paired a device: the next one needs another.
    if (m_knownDevices >= 0 && paired > m_knownDevices) {
        newCode();
        m_codeNote->setText(tr("\"%1\" joined with the code shown; this is a new one for the next device.")
                                .arg(devices->isEmpty() ? QString() : devices->last().name));
    }
    m_knownDevices = paired;
    updateButtons();
}

void ShareDialog::updateButtons()
{
    const int row = m_devices->currentRow();
    const bool chosen = row >= 0 && !m_devices->selectedItems().isEmpty();
    bool revoked = false;
    if (chosen) {
        const auto devices = m_hub.devices();
        if (devices) {
            for (const PairedDevice &device : *devices)
                if (device.id == deviceIdAt(row))
                    revoked = device.isRevoked();
        }
    }
    m_withdraw->setEnabled(chosen && !revoked);
}

void ShareDialog::withdrawSelected()
{
    const int row = m_devices->currentRow();
    const qint64 id = row >= 0 ? deviceIdAt(row) : 0;
    if (id == 0)
        return;
    const QString name = m_devices->item(row, NameColumn)->text();
    QMessageBox ask(QMessageBox::Warning, tr("Withdraw device"),
                    tr("Withdraw \"%1\" from this event? It is disconnected at once and refused from then on; what it "
                       "sent stays. To come back it has to join again with a new code.")
                        .arg(name),
                    QMessageBox::Cancel, this);
    QPushButton *withdraw = ask.addButton(tr("&Withdraw"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != withdraw)
        return;
    if (const Status done = m_hub.revoke(id); !done) {
        QMessageBox::warning(this, tr("Withdraw device"), done.errorMessage());
        return;
    }
    refreshDevices();
    m_codeNote->setText(tr("\"%1\" was withdrawn.").arg(name));
}

} // namespace taller
