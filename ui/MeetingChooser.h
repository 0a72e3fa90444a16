#pragma once

#include <QComboBox>
#include <QStringList>

namespace taller {

// The meeting in hand, chosen at the top of the sections list: a narrow
// column, so its name is shown wrapped over up to MaxLines lines (the last
// one ends in "…" when even that is not enough) instead of cut mid-word; the
// whole name is its tooltip, and the list it opens is wide enough to read
// every meeting whole.
class MeetingChooser : public QComboBox
{
public:
    static constexpr int MaxLines = 4;

    explicit MeetingChooser(QWidget *parent = nullptr);

    // The lines shown for the meeting in hand, as laid out at the present width.
    QStringList shownLines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void showPopup() override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect textRect() const;
    int heightFor(int lines) const;
    void follow();
};

} // namespace taller
