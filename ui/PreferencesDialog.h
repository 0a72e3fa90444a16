#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace taller {

// Preferences: the institution's key that seals the acta when it is closed,
// and the certificate (.p12) that signs the exported PDFs — its path
// remembered, never its password, which is asked at each signing.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QString sealKeyFile() const;
    QString signingCertificateFile() const;

    void accept() override;

private:
    void chooseKey();
    void makeKey();
    void describeKey();
    void chooseCertificate();

    QLineEdit *m_keyFile;
    QLabel *m_keyInfo;
    QLineEdit *m_certificateFile;
};

} // namespace taller
