// Name badges and certificates of participation: what is printed, for whom,
// and that a badge's QR code checks its holder in at the desk.

#include "TestSupport.h"

#include "participants/BadgeDocument.h"
#include "participants/CertificateDocument.h"
#include "participants/QrCode.h"
#include "printing/PageCanvas.h"
#include "mesas/MesaRepository.h"
#include "registration/AttendeeRepository.h"
#include "registration/CheckinRepository.h"
#include "templates/Templates.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace taller;
using namespace Qt::StringLiterals;
using test::person;
using test::runCli;

namespace {

// An event of the Palacio de Hierro template with four people, none seated.
struct Event
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<EventFile> file;

    Event()
    {
        path = dir.filePath(u"gafetes.taller"_s);
        file = test::eventWithFourPeople(path);
    }

    // Lets the command line have the file to itself.
    void close() { file.reset(); }
};

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

// The strings zbarimg reads from page (1-based) of pdf rendered at 300 dpi.
QStringList decodeQrCodes(const QString &pdf, int page = 1)
{
    const QString prefix = QFileInfo(pdf).absolutePath() + u"/qr-page"_s;
    QProcess render;
    render.start(tool(u"pdftoppm"_s), {u"-png"_s, u"-r"_s, u"300"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                        QString::number(page), u"-singlefile"_s, pdf, prefix});
    render.waitForFinished(60000);
    REQUIRE(render.exitCode() == 0);
    QProcess zbar;
    zbar.start(tool(u"zbarimg"_s), {u"--quiet"_s, u"--raw"_s, u"-Sdisable"_s, u"-Sqrcode.enable"_s, prefix + u".png"_s});
    zbar.waitForFinished(60000);
    QStringList codes = QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    codes.sort();
    return codes;
}

struct Word
{
    QRectF box;
    QString text;
    int page = 0;
};

// Every word pdftotext finds, with its box in millimetres from the paper's
// top-left corner.
QList<Word> pdfWords(const QString &pdf)
{
    QProcess process;
    process.start(QString::fromUtf8(PDFTOTEXT_PATH), {u"-bbox"_s, pdf, u"-"_s});
    process.waitForFinished(60000);
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression page(u"<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"_s);
    QList<Word> words;
    int pageNumber = 0;
    constexpr qreal mmPerPoint = 25.4 / 72.0;
    for (const auto &match : page.globalMatch(html)) {
        if (match.captured(0).startsWith(u"<page"_s)) {
            ++pageNumber;
            continue;
        }
        const QRectF box(QPointF(match.captured(1).toDouble() * mmPerPoint, match.captured(2).toDouble() * mmPerPoint),
                         QPointF(match.captured(3).toDouble() * mmPerPoint, match.captured(4).toDouble() * mmPerPoint));
        words.append({box, match.captured(5), pageNumber});
    }
    return words;
}

} // namespace

TEST_CASE("A badge's QR code, read back from the printed page, checks its holder in at the desk", "[participants]")
{
    if (tool(u"zbarimg"_s).isEmpty() || tool(u"pdftoppm"_s).isEmpty())
        test::skip("zbarimg (Debian: zbar-tools) or pdftoppm (poppler-utils) is not installed: the QR codes were not decoded");
    Event event;
    event.close();
    const QString pdf = event.dir.filePath(u"one.pdf"_s);
    // A walk-in's badge, printed alone.
    const auto printed = runCli({u"print"_s, u"badges"_s, event.path, pdf, u"--document"_s, u"45678912"_s});
    REQUIRE(printed.exitCode == 0);
    const QStringList codes = decodeQrCodes(pdf);
    REQUIRE(codes == QStringList{u"45678912"_s});

    // What the barcode reader types is what the desk checks in.
    const auto checkin = runCli({u"checkin"_s, event.path, codes.first()});
    CHECK(checkin.exitCode == 0);
    const auto present = runCli({u"attendees"_s, event.path, u"--json"_s, u"--checked-in"_s});
    REQUIRE(present.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(present.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    CHECK(list.first()[u"document"_s].toString() == u"45678912"_s);
    CHECK(list.first()[u"surnames"_s].toString() == u"Ibáñez Saldaña"_s);

    // A whole sheet: every code on it, each one readable.
    const QString sheet = event.dir.filePath(u"all.pdf"_s);
    REQUIRE(runCli({u"print"_s, u"badges"_s, event.path, sheet}).exitCode == 0);
    CHECK(decodeQrCodes(sheet) == QStringList{u"01234567"_s, u"11223344"_s, u"45678912"_s, u"87654321"_s});
    // The larger holders print codes that read as well.
    const QString large = event.dir.filePath(u"large.pdf"_s);
    REQUIRE(runCli({u"print"_s, u"badges"_s, event.path, large, u"--layout"_s, u"4x3in"_s}).exitCode == 0);
    CHECK(decodeQrCodes(large) == QStringList{u"01234567"_s, u"11223344"_s, u"45678912"_s, u"87654321"_s});
}

TEST_CASE("Badges: accents intact, and chosen by mesa, by check-in or by document", "[participants]")
{
    Event event;
    auto mesas = MesaRepository(*event.file).load();
    REQUIRE(mesas.ok());
    auto people = AttendeeRepository(*event.file).all();
    REQUIRE(people.ok());
    QHash<qint64, qint64> seats;
    for (const Attendee &a : std::as_const(*people))
        seats.insert(a.id, mesas->at(a.documentNumber == u"01234567"_s || a.documentNumber == u"87654321"_s ? 2 : 0).id);
    REQUIRE(MesaRepository(*event.file).setMembership(seats).ok());
    REQUIRE(CheckinRepository(*event.file).checkInByDocument(u"87654321"_s).ok());
    event.close();

    const QString all = event.dir.filePath(u"all.pdf"_s);
    REQUIRE(runCli({u"print"_s, u"badges"_s, event.path, all}).exitCode == 0);
    const QString text = test::pdfText(all);
    for (const QString &expected : {u"María José"_s, u"Núñez Peña"_s, u"Colectivo Ñandú"_s, u"Ibáñez Saldaña"_s, u"Rocío"_s,
                                    u"Chávez"_s, u"Tecnologías de la información"_s, u"M3"_s, u"M1"_s})
        CHECK(text.contains(expected));
    CHECK(test::pdfPageCount(all) == 1);

    const QString m3 = event.dir.filePath(u"m3.pdf"_s);
    REQUIRE(runCli({u"print"_s, u"badges"_s, event.path, m3, u"--mesa"_s, u"m3"_s}).exitCode == 0);
    const QString m3Text = test::pdfText(m3);
    CHECK_THAT(m3Text, test::ContainsAll({u"Núñez Peña"_s, u"Chávez"_s}));
    CHECK_FALSE(m3Text.contains(u"Muñoz"_s));
    CHECK_FALSE(m3Text.contains(u"Ibáñez"_s));

    const QString arrived = event.dir.filePath(u"arrived.pdf"_s);
    REQUIRE(runCli({u"print"_s, u"badges"_s, event.path, arrived, u"--checked-in"_s}).exitCode == 0);
    const QString arrivedText = test::pdfText(arrived);
    CHECK(arrivedText.contains(u"Rocío"_s));
    CHECK_FALSE(arrivedText.contains(u"Núñez Peña"_s));

    // What matches nobody is said, and no file is written.
    const QString none = event.dir.filePath(u"none.pdf"_s);
    const auto noMesa = runCli({u"print"_s, u"badges"_s, event.path, none, u"--mesa"_s, u"M9"_s});
    CHECK(noMesa.exitCode == 1);
    CHECK(noMesa.err.contains(u"M9"_s));
    const auto nobody = runCli({u"print"_s, u"badges"_s, event.path, none, u"--mesa"_s, u"M1"_s, u"--checked-in"_s});
    CHECK(nobody.exitCode == 1);
    const auto unknown = runCli({u"print"_s, u"badges"_s, event.path, none, u"--document"_s, u"99999999"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"99999999"_s));
    const auto layout = runCli({u"print"_s, u"badges"_s, event.path, none, u"--layout"_s, u"a7"_s});
    CHECK(layout.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(none));
}

TEST_CASE("Text shrinks, then wraps, then ends with an ellipsis, and never leaves its box", "[participants]")
{
    QImage image(600, 600, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(600 / 0.0254));
    image.setDotsPerMeterY(qRound(600 / 0.0254));
    QPainter painter(&image);
    PageCanvas canvas(painter, 600, {210, 297});
    const QSizeF box(55, 11);
    const PageCanvas::TextFit style{22, 12, 2, true, Qt::AlignLeft | Qt::AlignTop};
    auto widest = [&](const PageCanvas::FittedText &fitted) {
        qreal width = 0;
        for (const QString &line : fitted.lines)
            width = std::max(width, canvas.textWidthMm(line, fitted.pointSize, true));
        return width;
    };

    const auto shortName = canvas.fit(u"Inés"_s, box, style);
    CHECK(shortName.pointSize == 22);
    CHECK(shortName.lines == QStringList{u"Inés"_s});

    const auto shrunk = canvas.fit(u"María Fernanda"_s, box, style);
    CHECK(shrunk.pointSize < 22);
    CHECK(shrunk.pointSize >= 12);
    CHECK(shrunk.lines.size() == 1);

    const auto wrapped = canvas.fit(u"María de los Ángeles Guadalupe"_s, box, style);
    CHECK(wrapped.lines.size() == 2);
    CHECK_FALSE(wrapped.elided);
    CHECK(wrapped.lines.join(u' ') == u"María de los Ángeles Guadalupe"_s);

    const auto cut = canvas.fit(u"María de los Ángeles Guadalupe del Perpetuo Socorro Esperanza Concepción"_s, box, style);
    CHECK(cut.elided);
    CHECK(cut.pointSize == 12);
    CHECK(cut.lines.size() == 2);
    CHECK(cut.lines.last().endsWith(u"…"_s));

    for (const auto &fitted : {shortName, shrunk, wrapped, cut}) {
        CHECK(widest(fitted) <= box.width());
        CHECK(fitted.heightMm() <= box.height() + 0.01);
    }
    // One word wider than the box is cut too.
    const auto word = canvas.fit(u"Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft"_s, box, style);
    CHECK(word.elided);
    CHECK(widest(word) <= box.width());
    // Where only one line fits, it is one line.
    const auto oneLine = canvas.fit(u"Asociación Interinstitucional de Municipalidades Rurales y Comunidades Campesinas"_s,
                                    QSizeF(55, 4.2), {10, 9, 2, false, Qt::AlignLeft | Qt::AlignTop});
    CHECK(oneLine.lines.size() == 1);
    CHECK(oneLine.elided);
}

TEST_CASE("However long the name, every word on a badge stays inside it", "[participants]")
{
    EventDetails details;
    details.title = u"Taller de co-creación de compromisos del Plan de Acción Regional de Gobierno Abierto 2026–2028 "
                    "con organizaciones de la sociedad civil, la academia y el sector empresarial"_s;
    Mesa mesa{7, u"M12"_s, u"Transparencia, acceso a la información pública, datos abiertos y rendición de cuentas "
                           "de los gobiernos locales y regionales"_s, {}, {}, {}, {}};
    QList<Badge> badges;
    badges.append({person(u"María de los Ángeles Guadalupe del Perpetuo Socorro"_s,
                          u"Fernández-Castañeda de la Puente y Villavicencio Ñahuincopa"_s, u"01234567"_s,
                          u"Asociación Interinstitucional de Municipalidades Rurales y Comunidades Campesinas del Norte "
                          "Peruano para el Desarrollo Sostenible"_s,
                          Sector::InternationalCooperation),
                   mesa});
    badges.append({person(u"Wolfeschlegelsteinhausenbergerdorff"_s, u"Ñ"_s, u"CE001234567"_s, {}, Sector::Other), std::nullopt});
    badges.append({person(u"Ana"_s, u"Ruiz"_s, u"12345678"_s, u"ONG"_s, Sector::Citizenry), mesa});

    QTemporaryDir dir;
    for (const BadgeLayout &layout : BadgeLayouts::all()) {
        CAPTURE(layout.key);
        auto document = BadgeDocument::build(details, badges, layout);
        REQUIRE(document.ok());
        const QString pdf = dir.filePath(layout.key + u".pdf"_s);
        REQUIRE(document->writePdf(pdf).ok());
        const QList<QRectF> rects = BadgeDocument::badgeRects(layout);
        const QList<Word> words = pdfWords(pdf);
        REQUIRE(words.size() > 20);
        for (const Word &word : words) {
            CAPTURE(word.text, word.box.left(), word.box.top(), word.box.right(), word.box.bottom());
            // Each word lies wholly inside one badge, clear of its QR code.
            const auto home = std::find_if(rects.begin(), rects.end(), [&](const QRectF &r) {
                return r.adjusted(0.5, 0, -0.5, 0).contains(word.box.adjusted(0.3, 0.3, -0.3, -0.3));
            });
            REQUIRE(home != rects.end());
            const QRectF qr = BadgeDocument::qrRect(layout).translated(home->topLeft());
            CHECK_FALSE(qr.intersects(word.box.adjusted(0.3, 0.3, -0.3, -0.3)));
        }
        // Nothing is printed over anything else.
        for (qsizetype i = 0; i < words.size(); ++i) {
            for (qsizetype j = i + 1; j < words.size(); ++j) {
                if (words.at(i).page != words.at(j).page)
                    continue;
                CAPTURE(words.at(i).text, words.at(j).text);
                CHECK_FALSE(words.at(i).box.adjusted(0.2, 0.2, -0.2, -0.2).intersects(words.at(j).box.adjusted(0.2, 0.2, -0.2, -0.2)));
            }
        }
        // Cut short where it had to be, and said so with an ellipsis.
        const QString text = test::pdfText(pdf);
        CHECK_THAT(text, test::ContainsAll({u"…"_s, u"María de los"_s, u"Ana"_s}));
    }
}

TEST_CASE("Constancias for exactly the people checked in, an undone check-in gets none", "[participants]")
{
    Event event;
    CheckinRepository desk(*event.file, u"test"_s);
    REQUIRE(desk.checkInByDocument(u"01234567"_s).ok());
    REQUIRE(desk.checkInByDocument(u"87654321"_s).ok());
    REQUIRE(desk.checkInByDocument(u"11223344"_s).ok());
    REQUIRE(desk.undoByDocument(u"11223344"_s).ok());
    event.close();

    const QString pdf = event.dir.filePath(u"constancias.pdf"_s);
    const auto printed = runCli({u"print"_s, u"certificates"_s, event.path, pdf, u"--signer"_s,
                                 u"Luz Marina Pérez Ñique|Gerenta Regional de Planeamiento"_s});
    REQUIRE(printed.exitCode == 0);
    CHECK(test::pdfPageCount(pdf) == 2);
    const QString text = test::pdfText(pdf);
    CHECK_THAT(text, test::ContainsAll({u"María José Núñez Peña"_s, u"01234567"_s, u"Rocío Chávez"_s, u"87654321"_s}));
    CHECK_FALSE(text.contains(u"Muñoz"_s));
    CHECK_FALSE(text.contains(u"Ibáñez"_s));
    CHECK_THAT(text,
               test::ContainsAll({u"Luz Marina Pérez Ñique"_s, u"Gerenta Regional de Planeamiento"_s,
                                  u"Palacio de Hierro"_s, u"08:30"_s, u"14:00"_s, u"Gobierno Regional La Libertad"_s}));

    // One file each, named by document, each its holder's alone.
    const QString folder = event.dir.filePath(u"each"_s);
    const auto each = runCli({u"print"_s, u"certificates"_s, event.path, u"--each"_s, folder});
    REQUIRE(each.exitCode == 0);
    QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    files.sort();
    CHECK(files == QStringList{u"01234567.pdf"_s, u"87654321.pdf"_s});
    CHECK(QDir(folder).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    const QString one = test::pdfText(QDir(folder).filePath(u"87654321.pdf"_s));
    CHECK(one.contains(u"Rocío Chávez"_s));
    CHECK_FALSE(one.contains(u"Núñez"_s));
    CHECK(test::pdfPageCount(QDir(folder).filePath(u"87654321.pdf"_s)) == 1);

    // The command line is refused when it names neither or both.
    CHECK(runCli({u"print"_s, u"certificates"_s, event.path}).exitCode == 2);
    CHECK(runCli({u"print"_s, u"certificates"_s, event.path, pdf, u"--each"_s, folder}).exitCode == 2);
    CHECK(runCli({u"print"_s, u"certificates"_s, event.path, pdf, u"--signer"_s, u"Only a name"_s}).exitCode == 2);
}

TEST_CASE("Constancias carry the closed acta's fingerprint and a scanned signature", "[participants]")
{
    QTemporaryDir dir;
    const auto [path, fingerprint] = test::copyOfActaFixture(dir, u"closed.taller"_s);

    QImage signature(400, 150, QImage::Format_ARGB32);
    signature.fill(Qt::transparent);
    {
        QPainter p(&signature);
        p.setPen(QPen(Qt::darkBlue, 6));
        p.drawLine(20, 120, 380, 30);
    }
    const QString png = dir.filePath(u"firma.png"_s);
    REQUIRE(signature.save(png));

    const QString pdf = dir.filePath(u"c.pdf"_s);
    const auto printed = runCli({u"print"_s, u"certificates"_s, path, pdf, u"--signature-image"_s, png, u"--signer"_s,
                                 u"Ana Núñez|Directora"_s});
    REQUIRE(printed.exitCode == 0);
    const auto info = runCli({u"attendees"_s, path, u"--json"_s, u"--checked-in"_s});
    const int present = int(QJsonDocument::fromJson(info.out.toUtf8()).array().size());
    REQUIRE(present > 0);
    CHECK(test::pdfPageCount(pdf) == present);
    CHECK(test::pdfText(pdf).count(fingerprint) == present);

    // A signature that cannot be read is refused, and nothing is written.
    const QString broken = dir.filePath(u"broken.png"_s);
    test::writeFile(broken, "not a picture");
    const QString other = dir.filePath(u"other.pdf"_s);
    const auto refused = runCli({u"print"_s, u"certificates"_s, path, other, u"--signature-image"_s, broken});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"broken.png"_s));
    CHECK_FALSE(QFileInfo::exists(other));
}

TEST_CASE("No constancia when nobody has checked in", "[participants]")
{
    Event event;
    event.close();
    const QString pdf = event.dir.filePath(u"c.pdf"_s);
    const auto printed = runCli({u"print"_s, u"certificates"_s, event.path, pdf});
    CHECK(printed.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(pdf));
    const QString folder = event.dir.filePath(u"each"_s);
    CHECK(runCli({u"print"_s, u"certificates"_s, event.path, u"--each"_s, folder}).exitCode == 1);
    // Not even the folder they would have gone into.
    CHECK_FALSE(QFileInfo::exists(folder));
}

TEST_CASE("A QR code is libqrencode's: a DNI fits the smallest symbol", "[participants]")
{
    auto code = QrCode::encode(u"01234567"_s);
    REQUIRE(code.ok());
    CHECK(code->size() == 21);
    // The three finder patterns' corners are dark.
    CHECK(code->isDark(0, 0));
    CHECK(code->isDark(20, 0));
    CHECK(code->isDark(0, 20));
    CHECK_FALSE(QrCode::encode(QString()).ok());
}
