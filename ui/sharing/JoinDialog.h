#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace taller {

// Archivo → Unirse a un evento: the pairing code the hub shows, this desk's
// name and where to keep its copy; "Unirse" joins (DeskLink::join) and, when
// the hub made the copy, the dialog is accepted with copyPath() to open.
class JoinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JoinDialog(QWidget *parent = nullptr);

    QString copyPath() const { return m_joined; }
    QLineEdit *codeField() const { return m_code; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *pathField() const { return m_path; }
    QString problem() const;

    // A file in the documents folder that does not exist yet.
    static QString suggestedPath();

    // Checks what was typed and joins; stays open naming what went wrong.
    void join();

private:
    void chooseFile();
    void showProblem(const QString &problem, QWidget *field);

    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_path;
    QLabel *m_problem;
    QPushButton *m_join;
    QString m_joined;
};

} // namespace taller
