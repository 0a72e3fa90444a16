#include "participants/QrCode.h"

#include <QImage>

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace taller {

Result<QrCode> QrCode::encode(const QString &text)
{
    if (text.isEmpty())
        return Error{tr("There is nothing to put in the QR code.")};
    const QByteArray bytes = text.toUtf8();
    // Mode chosen from the text (numeric for a DNI), case kept.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!symbol)
        return Error{tr("Cannot make a QR code of \"%1\": %2").arg(text, QString::fromLocal8Bit(strerror(errno)))};
    QrCode code;
    code.m_size = symbol->width;
    code.m_modules.resize(qsizetype(symbol->width) * symbol->width);
    for (int i = 0; i < symbol->width * symbol->width; ++i)
        code.m_modules[i] = symbol->data[i] & 1;
    return code;
}

QImage QrCode::image() const
{
    const int side = m_size + 2 * QuietZoneModules;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                image.setPixel(x + QuietZoneModules, y + QuietZoneModules, 1);
        }
    }
    return image;
}

} // namespace taller
