#pragma once

#include "DocumentPrinter.h"
#include "EventPage.h"

#include "DeferredRefresh.h"

#include "acta/ActaSeal.h"

#include <optional>

class QComboBox;
class QLabel;
class QToolButton;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace taller {

class PrintedDocument;

// "Acta": the Acta de Compromisos, from draft to closed to signed, and its
// earlier versions.
class ActaPage : public EventPage
{
    Q_OBJECT

public:
    explicit ActaPage(QWidget *parent = nullptr);

    void addSignatory();
    void editSignatory();
    void removeSignatory();
    void closeActa();
    void correctActa();
    void togglePaperSignature();
    void signOnScreen();
    void outputActa(DocumentPrinter::Output where);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDocument() override;
    // Counting an event of 100,000 people waits until the page is shown.
    DeferredRefresh *m_refresh = new DeferredRefresh(this, [this] { refresh(); });
    void refresh();
    void saveTexts();
    qint64 currentSignatoryId() const;
    std::optional<int> chosenVersion() const;
    // The signing key chosen in the preferences, loaded; false (and the
    // reason shown) when one is needed or chosen but cannot be read.
    bool loadSealKey(std::optional<SealKey> &key, bool needed, const QString &title);
    // Who signs now: the signatory chosen in a closed acta, with the key the
    // signature needs when the acta is sealed.
    struct Signer
    {
        qint64 id = 0;
        std::optional<SealKey> key;
        const SealKey *keyOrNull() const { return key ? &*key : nullptr; }
    };
    // Nothing when no one can sign (the reason shown when there is one).
    std::optional<Signer> signerReady();

    QLabel *m_status;
    QLabel *m_summary;
    QComboBox *m_version;
    QPlainTextEdit *m_preamble;
    QPlainTextEdit *m_closing;
    QTableWidget *m_signatories;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_paper;
    QPushButton *m_draw;
    QPushButton *m_close;
    QPushButton *m_correct;
    QLabel *m_heading;
    QToolButton *m_certificates;
    // The acta shown is a meeting's minutes, not the Acta de Compromisos.
    bool m_minutes = false;
    bool m_closed = false;
};

} // namespace taller
