#include "MeetingChooser.h"

#include <QAbstractItemView>
#include <QFontMetrics>
#include <QResizeEvent>
#include <QScreen>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QTextLayout>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

// text laid out in lines of width, at most maxLines; the last one elided.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0)
        return lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetrics(font).elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

MeetingChooser::MeetingChooser(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    connect(this, &QComboBox::currentIndexChanged, this, &MeetingChooser::follow);
}

QRect MeetingChooser::textRect() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this).adjusted(2, 0, -2, 0);
}

QStringList MeetingChooser::shownLines() const
{
    return wrapped(currentText(), font(), textRect().width(), MaxLines);
}

int MeetingChooser::heightFor(int lines) const
{
    return QComboBox::sizeHint().height() + std::max(0, lines - 1) * fontMetrics().lineSpacing();
}

QSize MeetingChooser::sizeHint() const
{
    return {QComboBox::sizeHint().width(), heightFor(int(shownLines().size()))};
}

QSize MeetingChooser::minimumSizeHint() const
{
    return {QComboBox::minimumSizeHint().width(), heightFor(int(shownLines().size()))};
}

void MeetingChooser::showPopup()
{
    // The list reads each meeting whole, within the screen.
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, view()->fontMetrics().horizontalAdvance(itemText(i)));
    const int screenWidth = screen() ? screen()->availableGeometry().width() : 1024;
    view()->setMinimumWidth(std::min(widest + 40, screenWidth * 3 / 4));
    QComboBox::showPopup();
}

void MeetingChooser::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    option.currentText.clear();
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    const QRect field = textRect();
    const QStringList lines = shownLines();
    const int step = fontMetrics().lineSpacing();
    int y = field.top() + (field.height() - int(lines.size()) * step) / 2;
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
    for (const QString &line : lines) {
        painter.drawText(QRect(field.left(), y, field.width(), step), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += step;
    }
}

void MeetingChooser::resizeEvent(QResizeEvent *event)
{
    QComboBox::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        follow();
}

void MeetingChooser::follow()
{
    const QVariant whole = currentData(Qt::ToolTipRole);
    setToolTip(whole.isValid() ? whole.toString() : currentText());
    updateGeometry();
    update();
}

} // namespace taller
