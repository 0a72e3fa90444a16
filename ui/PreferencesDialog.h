#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace taller {

// Preferences: the institution's key that seals the acta when it is closed.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QString sealKeyFile() const;

    void accept() override;

private:
    void chooseKey();
    void makeKey();
    void describeKey();

    QLineEdit *m_keyFile;
    QLabel *m_keyInfo;
};

} // namespace taller
