#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QImage;

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
    // One pixel per module, black on white, the quiet zone included. Drawn
    // scaled up, losslessly and without smoothing, it prints as sharp as
    // the modules drawn one by one, on a page a fraction of the size.
    QImage image() const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace taller
