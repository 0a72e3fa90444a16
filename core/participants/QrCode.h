#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPainterPath;

namespace taller {

// A QR code (ISO/IEC 18004), encoded by libqrencode: a square of dark and
// light modules, without the quiet zone (leave four modules blank around it).
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(taller::QrCode)
public:
    static constexpr int QuietZoneModules = 4;

    // Error correction level M (15 %): survives a crease or a smudge on a
    // badge and still fits a document number in the smallest symbol.
    static Result<QrCode> encode(const QString &text);

    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }
    // The dark modules as one path, each module moduleMm wide, the symbol's
    // top-left corner at the origin; runs in a row are merged into one
    // rectangle so that the page stays small.
    QPainterPath path(qreal moduleMm) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace taller
