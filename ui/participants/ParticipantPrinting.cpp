#include "ParticipantPrinting.h"
#include "FormDialog.h"
#include "FileDialogs.h"

#include "Settings.h"

#include "ParticipantsService.h"
#include "RegistrationService.h"

#include "DocumentPrinter.h"
#include "EventDocument.h"
#include "participants/BadgeDocument.h"
#include "participants/CertificateDocument.h"

#include <QActionGroup>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

#include <memory>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

void previewBadges(QWidget *parent, EventDocument *event, const BadgeSelection &selection, const BadgeLayout &layout)
{
    if (!event)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto document = ParticipantsService(event->session()).badges(selection, layout);
    QGuiApplication::restoreOverrideCursor();
    if (!document) {
        QMessageBox::information(parent, ParticipantPrinting::tr("Name badges"), document.errorMessage());
        return;
    }
    DocumentPrinter::preview(parent, *document);
}

// Who signs the constancias, asked once and remembered while the window is
// open.
struct SignerChoice
{
    QString name;
    QString position;
    QString imagePath;
};

SignerChoice &rememberedSigner()
{
    static SignerChoice choice;
    return choice;
}

std::optional<CertificateSigner> askSigner(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ParticipantPrinting::tr("Certificates of participation"));
    SignerChoice &choice = rememberedSigner();
    auto *name = new QLineEdit(choice.name);
    auto *position = new QLineEdit(choice.position);
    auto *image = new QLineEdit(choice.imagePath);
    name->setPlaceholderText(ParticipantPrinting::tr("Leave empty to sign over the organiser's name"));
    image->setPlaceholderText(ParticipantPrinting::tr("None: room to sign by hand"));
    auto *browse = new QPushButton(ParticipantPrinting::tr("&Choose…"));
    QObject::connect(browse, &QPushButton::clicked, &dialog, [&dialog, image] {
        const QString path = FileDialogs::openFile(&dialog, ParticipantPrinting::tr("Scanned signature"), image->text(),
                                                   ParticipantPrinting::tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            image->setText(path);
    });
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(image, 1);
    imageRow->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(ParticipantPrinting::tr("Signed by (&name):"), name);
    form->addRow(ParticipantPrinting::tr("&Position:"), position);
    auto *imageLabel = new QLabel(ParticipantPrinting::tr("Scanned &signature:"));
    imageLabel->setBuddy(image);
    form->addRow(imageLabel, imageRow);
    form->addRow(buttons);
    dialog.resize(560, dialog.sizeHint().height());

    CertificateSigner signer;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        signer = CertificateSigner{name->text().trimmed(), position->text().trimmed(), {}};
        if (!image->text().trimmed().isEmpty()) {
            auto read = CertificateSigner::readSignature(image->text().trimmed());
            if (!read) {
                QMessageBox::warning(&dialog, dialog.windowTitle(), read.errorMessage());
                return;
            }
            signer.signature = *read;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    choice = {signer.name, signer.position, image->text().trimmed()};
    return signer;
}

void previewCertificates(QWidget *parent, EventDocument *event)
{
    if (!event)
        return;
    const auto signer = askSigner(parent);
    if (!signer)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto document = ParticipantsService(event->session()).certificates(*signer);
    QGuiApplication::restoreOverrideCursor();
    if (!document) {
        QMessageBox::information(parent, ParticipantPrinting::tr("Certificates of participation"), document.errorMessage());
        return;
    }
    DocumentPrinter::preview(parent, *document);
}

void exportCertificatesEach(QWidget *parent, EventDocument *event)
{
    if (!event)
        return;
    const QString title = ParticipantPrinting::tr("Certificates of participation");
    const auto present = RegistrationService(event->session()).checkedInCount();
    if (!present) {
        QMessageBox::warning(parent, title, present.errorMessage());
        return;
    }
    if (*present == 0) {
        QMessageBox::information(parent, title, ParticipantPrinting::tr("Nobody has checked in, so there is no certificate of participation to print."));
        return;
    }
    const auto signer = askSigner(parent);
    if (!signer)
        return;
    const QFileInfo eventFile(event->path());
    const QString last = Settings::lastExportFolder();
    const QString folder =
        FileDialogs::folder(parent, ParticipantPrinting::tr("Folder for one PDF per person"),
                            !last.isEmpty() && QDir(last).exists() ? last : eventFile.absolutePath());
    if (folder.isEmpty())
        return;
    Settings::setLastExportFolder(folder);
    // Signed with the certificate chosen in the preferences, when there is one.
    auto certificate = DocumentPrinter::signingCertificate(parent);
    if (!certificate) {
        if (!certificate.errorMessage().isEmpty())
            QMessageBox::warning(parent, title, certificate.errorMessage());
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = ParticipantsService(event->session())
                       .writeCertificates(*signer, folder, *certificate ? &**certificate : nullptr);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, title, written.errorMessage());
        return;
    }
    QMessageBox box(QMessageBox::Information, title,
                    ParticipantPrinting::tr("Wrote %n certificate(s) in %1, each named by the person's document number.", nullptr,
                                            int(written->size()))
                        .arg(QDir::toNativeSeparators(folder)),
                    QMessageBox::Ok, parent);
    QPushButton *open = box.addButton(ParticipantPrinting::tr("&Open the folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace

QMenu *ParticipantPrinting::badgeMenu(QWidget *parent, DocumentSource document, PersonSource person)
{
    auto *menu = new QMenu(tr("Name &badges"), parent);
    // One badge size for the whole window: the desk's menu and the File menu
    // print on the same holders.
    static const auto layout = std::make_shared<BadgeLayout>(BadgeLayouts::standard());

    menu->addAction(tr("Badges for &everyone…"), parent, [=] { previewBadges(parent, document(), {}, *layout); });
    menu->addAction(tr("Badges for those &checked in…"), parent,
                    [=] { previewBadges(parent, document(), {QString(), true, QString()}, *layout); });
    menu->addAction(tr("Badges for a &mesa…"), parent, [=] {
        EventDocument *event = document();
        if (!event)
            return;
        QStringList items;
        for (const Mesa &mesa : event->mesas())
            items << (mesa.name.isEmpty() ? mesa.code : u"%1 — %2"_s.arg(mesa.code, mesa.name));
        if (items.isEmpty()) {
            QMessageBox::information(parent, tr("Name badges"), tr("This event has no mesas."));
            return;
        }
        const auto chosen = FormDialog::askItem(parent, tr("Name badges"), tr("Badges for the members of:"), items);
        if (!chosen)
            return;
        const QString code = event->mesas().at(items.indexOf(*chosen)).code;
        previewBadges(parent, event, {code, false, QString()}, *layout);
    });
    QAction *one = menu->addAction(tr("Badge for this &person…"));
    QObject::connect(one, &QAction::triggered, parent, [=] {
        if (const auto who = person())
            previewBadges(parent, document(), {QString(), false, who->documentNumber}, *layout);
    });
    QObject::connect(menu, &QMenu::aboutToShow, parent, [=] {
        const auto who = person();
        one->setEnabled(who.has_value());
        one->setText(who ? tr("Badge for %1…").arg(who->fullName()).replace(u'&', u"&&"_s)
                         : tr("Badge for this &person (select someone first)"));
    });

    menu->addSeparator();
    QMenu *sizes = menu->addMenu(tr("Badge &size"));
    auto *group = new QActionGroup(sizes);
    for (const BadgeLayout &candidate : BadgeLayouts::all()) {
        QAction *size = sizes->addAction(BadgeLayouts::displayName(candidate));
        size->setCheckable(true);
        size->setChecked(candidate.key == layout->key);
        group->addAction(size);
        QObject::connect(size, &QAction::triggered, parent, [candidate] { *layout = candidate; });
    }
    QObject::connect(sizes, &QMenu::aboutToShow, parent, [group] {
        for (QAction *size : group->actions())
            size->setChecked(size->text() == BadgeLayouts::displayName(*layout));
    });
    return menu;
}

QMenu *ParticipantPrinting::certificateMenu(QWidget *parent, DocumentSource document)
{
    auto *menu = new QMenu(tr("Certi&ficates of participation"), parent);
    menu->addAction(tr("Certificates of participation: &preview and print…"), parent,
                    [=] { previewCertificates(parent, document()); });
    menu->addAction(tr("Certificates of participation: one &PDF per person…"), parent,
                    [=] { exportCertificatesEach(parent, document()); });
    return menu;
}

} // namespace taller
