#include "JoinDialog.h"

#include "DeskLink.h"
#include "FileDialogs.h"
#include "PairingCode.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace taller {

namespace {

constexpr int JoinTimeoutMs = 20000;

} // namespace

JoinDialog::JoinDialog(QWidget *parent)
    : QDialog(parent)
    , m_code(new QLineEdit)
    , m_name(new QLineEdit(QSysInfo::machineHostName()))
    , m_path(new QLineEdit(suggestedPath()))
    , m_problem(new QLabel)
    , m_join(new QPushButton(tr("&Join")))
{
    setWindowTitle(tr("Join an event"));
    // Wide enough to read the copy's path whole, within a 1024×600 screen.
    setMinimumWidth(480);

    auto *intro = new QLabel(tr("On the computer that shares the event (the hub), Archivo → Compartir en la red local "
                                "shows a code that starts with taller://. Paste it here; this laptop gets its own copy "
                                "of the event and keeps working when the network drops."));
    intro->setWordWrap(true);

    m_code->setPlaceholderText(u"taller://192.168.1.10:48620/?clave=…&huella=…"_s);
    m_code->setAccessibleName(tr("Pairing code"));
    m_name->setAccessibleName(tr("This desk's name"));
    m_path->setAccessibleName(tr("This desk's copy"));
    auto *choose = new QPushButton(tr("C&hoose…"));
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &JoinDialog::chooseFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Pairing &code:"), m_code);
    form->addRow(tr("This desk's &name:"), m_name);
    auto *pathLabel = new QLabel(tr("&Save the copy as:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_join->setDefault(true);
    connect(m_join, &QPushButton::clicked, this, &JoinDialog::join);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_join);
    buttons->addWidget(cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addLayout(buttons);
    const QRect available = parent && parent->screen() ? parent->screen()->availableGeometry() : QRect(0, 0, 1024, 600);
    resize(std::min(680, available.width() - 40), sizeHint().height());
    m_code->setFocus();
}

QString JoinDialog::problem() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

QString JoinDialog::suggestedPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString base = tr("desk-copy");
    QString path = QDir(folder).filePath(base + u".taller"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(u"%1-%2.taller"_s.arg(base).arg(n));
    return path;
}

void JoinDialog::chooseFile()
{
    const QString chosen = FileDialogs::saveFile(this, tr("Save this desk's copy as"), m_path->text(),
                                                 tr("Taller Abierto events (*.taller)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void JoinDialog::showProblem(const QString &problem, QWidget *field)
{
    m_problem->setText(problem);
    m_problem->show();
    if (field) {
        field->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->selectAll();
    }
}

void JoinDialog::join()
{
    if (m_code->text().trimmed().isEmpty()) {
        showProblem(tr("Paste the pairing code the hub shows (it starts with taller://)."), m_code);
        return;
    }
    const auto code = PairingCode::parse(m_code->text());
    if (!code) {
        showProblem(code.errorMessage(), m_code);
        return;
    }
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        showProblem(tr("Give this desk a name the team will recognise, such as \"Registro 2\"."), m_name);
        return;
    }
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        showProblem(tr("Say where to keep this desk's copy of the event."), m_path);
        return;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += u".taller"_s;
    path = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(path)) {
        showProblem(tr("%1 already exists; choose a new file for this desk's copy.").arg(QDir::toNativeSeparators(path)),
                    m_path);
        return;
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        showProblem(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())), m_path);
        return;
    }
    m_problem->setText(tr("Joining the hub at %1…").arg(code->address()));
    m_problem->setStyleSheet(u"color: #555;"_s);
    m_problem->show();
    // The join waits for the hub in an event loop of its own: nothing here
    // is pressed meanwhile.
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status joined = DeskLink::join(*code, path, name, JoinTimeoutMs);
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    if (!joined) {
        showProblem(joined.errorMessage(), m_code);
        return;
    }
    m_joined = path;
    accept();
}

} // namespace taller
