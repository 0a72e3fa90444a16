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
{
    setWindowTitle(tr("Share on the local network"));

    // The QR on the left, black on white whatever the theme, so that a
    // camera reads it.
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setFixedSize(QrSide + 8, QrSide + 8);
    m_qr->setStyleSheet(u"background: white;"_s);
    m_qr->setAccessibleName(tr("Pairing code as a QR code"));
    auto *scan = new QLabel(tr("On the other laptop: Archivo → Unirse a un evento, then paste the code (or read this QR "
                               "with its camera)."));
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

    auto *right = new QVBoxLayout;
    right->addWidget(m_address);
    right->addWidget(addressNote);
    right->addSpacing(6);
    right->addWidget(codeLabel);
    right->addLayout(codeRow);
    right->addWidget(m_codeNote);
    right->addSpacing(6);
    right->addWidget(devicesLabel);
    right->addWidget(m_devices, 1);
    right->addLayout(withdrawRow);

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

void ShareDialog::showCode(const QString &text)
{
    m_code->setText(text);
    m_code->setCursorPosition(0);
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
