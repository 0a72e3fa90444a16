#include "PreferencesDialog.h"
#include "FileDialogs.h"

#include "Settings.h"
#include "ActaService.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_keyFile(new QLineEdit(Settings::sealKeyFile()))
    , m_keyInfo(new QLabel)
    , m_certificateFile(new QLineEdit(Settings::signingCertificateFile()))
{
    setWindowTitle(tr("Preferences"));
    m_keyFile->setPlaceholderText(tr("none: actas are closed without a seal"));
    m_keyFile->setClearButtonEnabled(true);
    m_keyFile->setMinimumWidth(360);
    m_keyInfo->setWordWrap(true);

    auto *choose = new QPushButton(tr("&Choose…"));
    auto *make = new QPushButton(tr("&New key…"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_keyFile, 1);
    row->addWidget(choose);
    row->addWidget(make);

    auto *explanation = new QLabel(tr("With the institution's private key, closing the acta seals it, and each signature on "
                                      "a sealed acta is sealed too. Whoever holds the public key (the same name ending in "
                                      ".pub) can check with \"verify --public-key\" that nobody without the private key has "
                                      "changed it. Keep the private key off the event's USB stick."));
    explanation->setWordWrap(true);

    m_certificateFile->setObjectName(u"signingCertificate"_s);
    m_certificateFile->setPlaceholderText(tr("none: exported PDFs are not signed"));
    m_certificateFile->setClearButtonEnabled(true);
    auto *chooseCertificate = new QPushButton(tr("C&hoose…"));
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificateFile, 1);
    certificateRow->addWidget(chooseCertificate);
    auto *certificateExplanation =
        new QLabel(tr("With the institution's certificate (a .p12 or .pfx file), the PDFs exported of the acta, the "
                      "minutes, the constancias and the reasoned response carry its digital signature, which any PDF "
                      "reader checks. Its password is asked each time and never stored."));
    certificateExplanation->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Acta &signing key:"));
    label->setBuddy(m_keyFile);
    form->addRow(label, row);
    form->addRow(QString(), m_keyInfo);
    auto *certificateLabel = new QLabel(tr("PDF signing cer&tificate:"));
    certificateLabel->setBuddy(m_certificateFile);
    form->addRow(certificateLabel, certificateRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(certificateExplanation);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &PreferencesDialog::chooseKey);
    connect(make, &QPushButton::clicked, this, &PreferencesDialog::makeKey);
    connect(chooseCertificate, &QPushButton::clicked, this, &PreferencesDialog::chooseCertificate);
    connect(m_keyFile, &QLineEdit::textChanged, this, &PreferencesDialog::describeKey);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    describeKey();
}

QString PreferencesDialog::sealKeyFile() const
{
    return m_keyFile->text().trimmed();
}

QString PreferencesDialog::signingCertificateFile() const
{
    return m_certificateFile->text().trimmed();
}

void PreferencesDialog::chooseCertificate()
{
    const QString start = signingCertificateFile().isEmpty() ? QDir::homePath() : signingCertificateFile();
    const QString path = FileDialogs::openFile(this, tr("PDF signing certificate"), start,
                                               tr("Certificates with their key (*.p12 *.pfx)"));
    if (!path.isEmpty())
        m_certificateFile->setText(path);
}

void PreferencesDialog::chooseKey()
{
    const QString start = sealKeyFile().isEmpty() ? QDir::homePath() : sealKeyFile();
    const QString path = FileDialogs::openFile(this, tr("Acta signing key"), start, tr("Private key or certificate (*)"));
    if (!path.isEmpty())
        m_keyFile->setText(path);
}

void PreferencesDialog::makeKey()
{
    const QString path =
        FileDialogs::saveFile(this, tr("New acta signing key"), QDir::homePath() + tr("/institution.key"), {}, nullptr,
                              QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    auto key = ActaService::newKey(path);
    if (!key) {
        QMessageBox::warning(this, tr("New acta signing key"), key.errorMessage());
        return;
    }
    m_keyFile->setText(path);
    QMessageBox::information(this, tr("New acta signing key"),
                             tr("Key %1 made.\nPrivate key: %2 (only you can read it)\nPublic key, for whoever checks: %3")
                                 .arg(key->publicKey().id(), path, SealKey::publicPathFor(path)));
}

void PreferencesDialog::describeKey()
{
    if (sealKeyFile().isEmpty()) {
        m_keyInfo->setText(tr("Actas are closed with a SHA-256 fingerprint only."));
        return;
    }
    if (SealKey::isCertificateFile(sealKeyFile())) {
        m_keyInfo->setText(tr("A certificate: actas closed from now on are sealed with it (CMS), its password asked "
                              "each time."));
        return;
    }
    auto key = ActaService::loadKey(sealKeyFile());
    m_keyInfo->setText(key ? tr("Key %1: actas closed from now on are sealed with it.").arg(key->publicKey().id())
                           : key.errorMessage());
}

void PreferencesDialog::accept()
{
    if (!sealKeyFile().isEmpty() && SealKey::isCertificateFile(sealKeyFile())) {
        if (!QFileInfo(sealKeyFile()).isFile()) {
            QMessageBox::warning(this, tr("Preferences"),
                                 tr("There is no certificate file %1.").arg(QDir::toNativeSeparators(sealKeyFile())));
            return;
        }
    } else if (!sealKeyFile().isEmpty()) {
        if (auto key = ActaService::loadKey(sealKeyFile()); !key) {
            QMessageBox::warning(this, tr("Preferences"), key.errorMessage());
            return;
        }
    }
    if (!signingCertificateFile().isEmpty() && !QFileInfo(signingCertificateFile()).isFile()) {
        QMessageBox::warning(this, tr("Preferences"),
                             tr("There is no certificate file %1.").arg(QDir::toNativeSeparators(signingCertificateFile())));
        return;
    }
    Settings::setSealKeyFile(sealKeyFile());
    Settings::setSigningCertificateFile(signingCertificateFile());
    QDialog::accept();
}

} // namespace taller
