#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace taller {

class HubServer;

// Archivo → Compartir en la red local, while the window shares its event:
// where the hub is, the pairing code as a QR and as one line, the devices
// paired (connected now or not, last seen, changes sent) and withdrawing one.
// Closing it leaves the hub running; "Dejar de compartir" asks the window to
// stop it (stopRequested). The dialog never owns the hub: the window does.
class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    // note: said under the address (such as the port that was taken).
    ShareDialog(HubServer &hub, const QString &note, QWidget *parent = nullptr);

    // The pairing code shown now, as one line.
    QString pairingText() const;
    // The QR code as drawn on screen.
    QImage qrImage() const;
    // The paired devices' rows, in the order shown: the device's id.
    qint64 deviceIdAt(int row) const;
    QTableWidget *deviceList() const { return m_devices; }
    // The links of the mesas' pages and the projector's, in the order shown.
    QStringList pageLinks() const;

    // A fresh one-time code, shown as QR and text.
    void newCode();
    void refreshDevices();
    void refreshPages();
    // Replaces the selected page's link, once the person confirms.
    void renewSelectedLink();
    // Withdraws the device selected, once the person confirms.
    void withdrawSelected();

signals:
    void stopRequested();

private:
    void showCode(const QString &text);
    void showQr(const QString &text);
    void updateButtons();

    HubServer &m_hub;
    QLabel *m_address;
    QLabel *m_qr;
    QLineEdit *m_code;
    QLabel *m_codeNote;
    QTableWidget *m_devices;
    QPushButton *m_withdraw;
    QTabWidget *m_tabs;
    QTableWidget *m_pages;
    QString m_scanText;
    QImage m_qrImage;
    int m_knownDevices = -1;
};

} // namespace taller
