#include "acta/Acta.h"

#include "event/EventHeader.h"

#include <QCryptographicHash>
#include <QHash>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

const QString FormatKey = u"acta-de-compromisos"_s;
const QString MinutesFormatKey = u"acta-de-reunion"_s;
const QString RecordFormatLine = u"acta-signature: 1"_s;

QString formatLine(ActaKind kind, int format)
{
    return (kind == ActaKind::Minutes ? MinutesFormatKey : FormatKey) + u": "_s + QString::number(format);
}

QString escaped(QString value)
{
    value.remove(u'\r');
    value.replace(u"\\"_s, u"\\\\"_s);
    value.replace(u"\n"_s, u"\\n"_s);
    return value;
}

QString unescaped(const QString &value)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            result.append(next == u'n' ? QChar(u'\n') : next);
        } else {
            result.append(value.at(i));
        }
    }
    return result;
}

// A commitment's fields in the order the canonical text has them: format 1's
// list, then the status (format 2) and the plenary's note (format 3).
QList<std::pair<QString, QString>> commitmentFields(const Commitment &c, int format)
{
    QStringList values;
    for (OgpValue value : c.values)
        values << keyOf(value);
    QList<std::pair<QString, QString>> fields = {
        {u"id"_s, QString::number(c.id)},       {u"mesa"_s, c.mesaCode},
        {u"title"_s, c.title},                  {u"problem"_s, c.problem},
        {u"description"_s, c.description},      {u"actions"_s, c.actions},
        {u"responsible"_s, c.responsible},      {u"participants"_s, c.participants},
        {u"resources"_s, c.resources},          {u"deadline"_s, c.deadline},
        {u"indicator"_s, c.indicator},          {u"values"_s, values.join(u',')},
        {u"origin"_s, keyOf(c.origin)}, {u"source"_s, c.source},
    };
    if (format >= 2)
        fields.append({u"status"_s, keyOf(c.status)});
    if (format >= 3)
        fields.append({u"plenary_note"_s, c.plenaryNote});
    return fields;
}

// An entry of the plenary's account (format 4) in the order the canonical
// text has it.
QList<std::pair<QString, QString>> accountFields(const PlenaryAccountEntry &e)
{
    return {
        {u"id"_s, QString::number(e.id)},
        {u"mesa"_s, e.mesaCode},
        {u"title"_s, e.title},
        {u"status"_s, keyOf(e.status)},
        {u"merged_into"_s, e.mergedInto ? QString::number(*e.mergedInto) : QString()},
        {u"merged_into.mesa"_s, e.mergedIntoMesa},
        {u"merged_into.title"_s, e.mergedIntoTitle},
        {u"plenary_note"_s, e.plenaryNote},
    };
}

// What the file can show again of an entry after closing: the commitment's
// own row (its code, title, decision, target and note). The target's mesa
// and title are the words the acta recorded.
QList<std::pair<QString, QString>> accountFieldsOfItsRow(const PlenaryAccountEntry &e)
{
    auto fields = accountFields(e);
    fields.removeIf([](const auto &field) { return field.first.startsWith(u"merged_into."_s); });
    return fields;
}

QList<std::pair<QString, QString>> signatoryFields(const Signatory &s)
{
    return {
        {u"id"_s, QString::number(s.id)}, {u"name"_s, s.name},           {u"document"_s, s.document},
        {u"position"_s, s.position},      {u"organisation"_s, s.organisation}, {u"side"_s, keyOf(s.side)},
    };
}

QList<std::pair<QString, QString>> attendeeFields(const MinutesAttendee &a)
{
    return {{u"name"_s, a.name}, {u"position"_s, a.position}, {u"organisation"_s, a.organisation}};
}

QList<std::pair<QString, QString>> itemFields(const MeetingItem &item)
{
    return {{u"id"_s, QString::number(item.id)}, {u"title"_s, item.title}, {u"development"_s, item.development}};
}

QList<std::pair<QString, QString>> agreementFields(const Agreement &a)
{
    return {{u"id"_s, QString::number(a.id)}, {u"text"_s, a.text}, {u"responsible"_s, a.responsible}, {u"due"_s, a.due}};
}

QList<std::pair<QString, QString>> meetingFields(const Meeting &m)
{
    return {
        {u"id"_s, QString::number(m.id)},
        {u"stage"_s, m.stage ? QString::number(*m.stage) : QString()},
        {u"title"_s, m.title},
        {u"date"_s, m.date.isValid() ? m.date.toString(Qt::ISODate) : QString()},
        {u"start"_s, m.start.isValid() ? m.start.toString(u"HH:mm"_s) : QString()},
        {u"end"_s, m.end.isValid() ? m.end.toString(u"HH:mm"_s) : QString()},
        {u"place"_s, m.place},
        {u"organisation"_s, m.organisation},
    };
}

} // namespace

QString ActaContent::canonicalText() const
{
    QStringList lines{formatLine(kind, format)};
    auto add = [&](const QString &key, const QString &value) { lines << key + u": "_s + escaped(value); };
    auto addList = [&](const QString &name, const QString &each, const auto &list, const auto &fields) {
        add(name, QString::number(list.size()));
        for (int i = 0; i < list.size(); ++i) {
            for (const auto &[key, value] : fields(list.at(i)))
                add(u"%1.%2.%3"_s.arg(each).arg(i + 1).arg(key), value);
        }
    };
    add(u"version"_s, QString::number(version));
    add(u"replaces"_s, replaces ? QString::number(*replaces) : QString());
    if (textCoversClosing())
        add(u"replaces.fingerprint"_s, replacesFingerprint);
    add(u"correction_reason"_s, correctionReason);
    if (textCoversClosing()) {
        add(u"closed_at"_s, closedAt);
        add(u"seal.key"_s, sealKeyId);
    }
    if (kind == ActaKind::Minutes) {
        for (const auto &[key, value] : meetingFields(meeting))
            add(u"meeting."_s + key, value);
        add(u"preamble"_s, preamble);
        add(u"closing"_s, closing);
        addList(u"attendees"_s, u"attendee"_s, attendees, attendeeFields);
        addList(u"items"_s, u"item"_s, items, itemFields);
        addList(u"agreements"_s, u"agreement"_s, agreements, agreementFields);
        addList(u"signatories"_s, u"signatory"_s, signatories, signatoryFields);
        return (lines.join(u'\n') + u'\n').normalized(QString::NormalizationForm_C);
    }
    add(u"event.title"_s, event.title);
    add(u"event.organiser"_s, event.organiser);
    add(u"event.venue"_s, event.venue);
    add(u"event.address"_s, event.address);
    add(u"event.date"_s, event.date.isValid() ? event.date.toString(Qt::ISODate) : QString());
    add(u"event.start"_s, event.start.toString(u"HH:mm"_s));
    add(u"event.end"_s, event.end.toString(u"HH:mm"_s));
    add(u"participants"_s, QString::number(participants));
    for (Sector sector : valuesOf<Sector>())
        add(u"participants."_s + keyOf(sector), QString::number(participantsBySector.value(sector)));
    add(u"preamble"_s, preamble);
    add(u"closing"_s, closing);
    add(u"commitments"_s, QString::number(commitments.size()));
    for (int i = 0; i < commitments.size(); ++i) {
        for (const auto &[key, value] : commitmentFields(commitments.at(i), format))
            add(u"commitment.%1.%2"_s.arg(i + 1).arg(key), value);
    }
    if (textCoversPlenaryAccount())
        addList(u"decisions"_s, u"decision"_s, plenaryAccount, accountFields);
    addList(u"signatories"_s, u"signatory"_s, signatories, signatoryFields);
    return (lines.join(u'\n') + u'\n').normalized(QString::NormalizationForm_C);
}

QString ActaContent::fingerprintOf(const QString &canonicalText)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ActaContent::fingerprint() const
{
    return fingerprintOf(canonicalText());
}

namespace {

using Values = QHash<QString, QString>;

// Each item of a list in the canonical text: "<each>.<i>.<key>".
auto listField(const Values &values, const QString &each, int i)
{
    return [&values, each, i](const char16_t *key) { return values.value(u"%1.%2.%3"_s.arg(each).arg(i).arg(QStringView(key))); };
}

template <typename Count>
Result<QList<Signatory>> parseSignatories(const Values &values, Count &count)
{
    const auto n = count(u"signatories"_s, signatoryFields(Signatory{}).size());
    if (!n)
        return n.error();
    QList<Signatory> signatories;
    signatories.reserve(*n);
    for (int i = 1; i <= *n; ++i) {
        const auto field = listField(values, u"signatory"_s, i);
        Signatory s;
        s.id = field(u"id").toLongLong();
        s.name = field(u"name");
        s.document = field(u"document");
        s.position = field(u"position");
        s.organisation = field(u"organisation");
        s.side = Actas::sideFromText(field(u"side")).value_or(SignatorySide::Government);
        signatories.append(s);
    }
    return signatories;
}

template <typename Count>
Result<ActaContent> parseMinutes(ActaContent a, const Values &values, Count &count)
{
    auto meetingField = [&](const char16_t *key) { return values.value(u"meeting."_s + QString::fromUtf16(key)); };
    a.meeting.id = meetingField(u"id").toLongLong();
    a.meeting.kind = MeetingKind::Meeting;
    if (!meetingField(u"stage").isEmpty())
        a.meeting.stage = meetingField(u"stage").toInt();
    a.meeting.title = meetingField(u"title");
    a.meeting.date = QDate::fromString(meetingField(u"date"), Qt::ISODate);
    a.meeting.start = QTime::fromString(meetingField(u"start"), u"HH:mm"_s);
    a.meeting.end = QTime::fromString(meetingField(u"end"), u"HH:mm"_s);
    a.meeting.place = meetingField(u"place");
    a.meeting.organisation = meetingField(u"organisation");
    a.preamble = values.value(u"preamble"_s);
    a.closing = values.value(u"closing"_s);
    const auto attendees = count(u"attendees"_s, attendeeFields({}).size());
    if (!attendees)
        return attendees.error();
    for (int i = 1; i <= *attendees; ++i) {
        const auto field = listField(values, u"attendee"_s, i);
        a.attendees.append({field(u"name"), field(u"position"), field(u"organisation")});
    }
    const auto items = count(u"items"_s, itemFields({}).size());
    if (!items)
        return items.error();
    for (int i = 1; i <= *items; ++i) {
        const auto field = listField(values, u"item"_s, i);
        a.items.append({field(u"id").toLongLong(), field(u"title"), field(u"development")});
    }
    const auto agreements = count(u"agreements"_s, agreementFields({}).size());
    if (!agreements)
        return agreements.error();
    for (int i = 1; i <= *agreements; ++i) {
        const auto field = listField(values, u"agreement"_s, i);
        Agreement agreement;
        agreement.id = field(u"id").toLongLong();
        agreement.meetingId = a.meeting.id;
        agreement.text = field(u"text");
        agreement.responsible = field(u"responsible");
        agreement.due = field(u"due");
        a.agreements.append(agreement);
    }
    TRY_LET(signatories, parseSignatories(values, count));
    a.signatories = *signatories;
    return a;
}

} // namespace

Result<ActaContent> ActaContent::parse(const QString &canonicalText)
{
    if (canonicalText.size() > MaxTextLength)
        return Error{Actas::tr("The recorded acta is %1 characters long, more than an acta can be; it is damaged.")
                         .arg(canonicalText.size())};
    const QStringList lines = canonicalText.split(u'\n', Qt::SkipEmptyParts);
    int format = 0;
    ActaKind kind = ActaKind::Commitments;
    for (int f = 1; f <= CurrentFormat && !lines.isEmpty(); ++f) {
        if (lines.first() == formatLine(ActaKind::Commitments, f))
            format = f;
    }
    for (int f = 1; f <= CurrentMinutesFormat && format == 0 && !lines.isEmpty(); ++f) {
        if (lines.first() == formatLine(ActaKind::Minutes, f)) {
            format = f;
            kind = ActaKind::Minutes;
        }
    }
    if (format == 0)
        return Error{Actas::tr("The recorded acta is not in a format this version can read.")};
    Values values;
    values.reserve(lines.size());
    for (const QString &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(u": "_s);
        if (colon < 0)
            return Error{Actas::tr("The recorded acta has a damaged line: %1").arg(line.left(60))};
        values.insert(line.left(colon), unescaped(line.mid(colon + 2)));
    }
    // A count may claim no more items than the text has lines for: checked
    // before anything is made from it.
    auto count = [&](const QString &key, qsizetype linesEach) -> Result<int> {
        const QString text = values.value(key);
        bool numeric = false;
        const qint64 n = text.toLongLong(&numeric);
        if (!numeric || n < 0)
            return Error{Actas::tr("The recorded acta's \"%1\" is not a count: \"%2\".").arg(key, text.left(40))};
        if (n * linesEach > lines.size())
            return Error{Actas::tr("The recorded acta says it has %1 %2 but holds lines for at most %3; it is damaged.")
                             .arg(n)
                             .arg(key)
                             .arg(lines.size() / linesEach)};
        return int(n);
    };
    ActaContent a;
    a.kind = kind;
    a.format = format;
    a.version = values.value(u"version"_s).toInt();
    if (!values.value(u"replaces"_s).isEmpty())
        a.replaces = values.value(u"replaces"_s).toInt();
    a.replacesFingerprint = values.value(u"replaces.fingerprint"_s);
    a.correctionReason = values.value(u"correction_reason"_s);
    a.closedAt = values.value(u"closed_at"_s);
    a.sealKeyId = values.value(u"seal.key"_s);
    if (kind == ActaKind::Minutes)
        return parseMinutes(std::move(a), values, count);
    a.event.title = values.value(u"event.title"_s);
    a.event.organiser = values.value(u"event.organiser"_s);
    a.event.venue = values.value(u"event.venue"_s);
    a.event.address = values.value(u"event.address"_s);
    a.event.date = QDate::fromString(values.value(u"event.date"_s), Qt::ISODate);
    a.event.start = QTime::fromString(values.value(u"event.start"_s), u"HH:mm"_s);
    a.event.end = QTime::fromString(values.value(u"event.end"_s), u"HH:mm"_s);
    a.participants = values.value(u"participants"_s).toInt();
    for (Sector sector : valuesOf<Sector>()) {
        const int n = values.value(u"participants."_s + keyOf(sector)).toInt();
        if (n > 0)
            a.participantsBySector.insert(sector, n);
    }
    a.preamble = values.value(u"preamble"_s);
    a.closing = values.value(u"closing"_s);
    const auto commitments = count(u"commitments"_s, commitmentFields(Commitment{}, format).size());
    if (!commitments)
        return commitments.error();
    a.commitments.reserve(*commitments);
    for (int i = 1; i <= *commitments; ++i) {
        auto field = [&](const char16_t *key) { return values.value(u"commitment.%1.%2"_s.arg(i).arg(QStringView(key))); };
        Commitment c;
        c.id = field(u"id").toLongLong();
        c.mesaCode = field(u"mesa");
        c.title = field(u"title");
        for (const CommitmentTextField &text : Commitments::textFields())
            c.*text.member = field(text.key);
        for (const QString &key : field(u"values").split(u',', Qt::SkipEmptyParts)) {
            if (auto value = Commitments::valueFromText(key))
                c.values.append(*value);
        }
        c.origin = fromKey<CommitmentOrigin>(field(u"origin")).value_or(CommitmentOrigin::Proposed);
        c.source = field(u"source");
        if (format >= 3)
            c.plenaryNote = field(u"plenary_note");
        c.status = format >= 2 ? fromKey<CommitmentStatus>(field(u"status")).value_or(CommitmentStatus::Draft)
                               : CommitmentStatus::Approved;
        a.commitments.append(c);
    }
    if (a.textCoversPlenaryAccount()) {
        const auto decisions = count(u"decisions"_s, accountFields({}).size());
        if (!decisions)
            return decisions.error();
        a.plenaryAccount.reserve(*decisions);
        for (int i = 1; i <= *decisions; ++i) {
            const auto field = listField(values, u"decision"_s, i);
            PlenaryAccountEntry e;
            e.id = field(u"id").toLongLong();
            e.mesaCode = field(u"mesa");
            e.title = field(u"title");
            e.status = fromKey<CommitmentStatus>(field(u"status")).value_or(CommitmentStatus::Withdrawn);
            bool numeric = false;
            const qint64 into = field(u"merged_into").toLongLong(&numeric);
            if (numeric)
                e.mergedInto = into;
            e.mergedIntoMesa = field(u"merged_into.mesa");
            e.mergedIntoTitle = field(u"merged_into.title");
            e.plenaryNote = field(u"plenary_note");
            a.plenaryAccount.append(e);
        }
    }
    TRY_LET(signatories, parseSignatories(values, count));
    a.signatories = *signatories;
    return a;
}

QString ActaSignatureRecord::text() const
{
    QStringList lines{RecordFormatLine};
    auto add = [&](const QString &key, const QString &value) { lines << key + u": "_s + escaped(value); };
    add(u"acta.version"_s, QString::number(actaVersion));
    add(u"acta.fingerprint"_s, actaFingerprint);
    add(u"sequence"_s, QString::number(sequence));
    add(u"previous"_s, previous);
    add(u"signatory.id"_s, QString::number(signatoryId));
    add(u"signatory.name"_s, signatoryName);
    add(u"action"_s, action == Action::Signed ? u"signed"_s : u"cleared"_s);
    add(u"signed_at"_s, signedAt);
    add(u"kind"_s, kind ? keyOf(*kind) : QString());
    add(u"drawing.sha256"_s, drawingSha256);
    return (lines.join(u'\n') + u'\n').normalized(QString::NormalizationForm_C);
}

QString ActaSignatureRecord::hashOf(const QString &text)
{
    return ActaContent::fingerprintOf(text);
}

Result<ActaSignatureRecord> ActaSignatureRecord::parse(const QString &text)
{
    if (text.size() > 64 * 1024)
        return Error{Actas::tr("A signature record is too long to be one; it is damaged.")};
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.first() != RecordFormatLine)
        return Error{Actas::tr("A signature record is not in a format this version can read.")};
    QHash<QString, QString> values;
    for (const QString &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(u": "_s);
        if (colon < 0)
            return Error{Actas::tr("A signature record has a damaged line: %1").arg(line.left(60))};
        values.insert(line.left(colon), unescaped(line.mid(colon + 2)));
    }
    ActaSignatureRecord r;
    r.actaVersion = values.value(u"acta.version"_s).toInt();
    r.actaFingerprint = values.value(u"acta.fingerprint"_s);
    r.sequence = values.value(u"sequence"_s).toInt();
    r.previous = values.value(u"previous"_s);
    r.signatoryId = values.value(u"signatory.id"_s).toLongLong();
    r.signatoryName = values.value(u"signatory.name"_s);
    const QString action = values.value(u"action"_s);
    if (action != u"signed"_s && action != u"cleared"_s)
        return Error{Actas::tr("A signature record has an unknown action \"%1\".").arg(action.left(40))};
    r.action = action == u"signed"_s ? Action::Signed : Action::Cleared;
    r.signedAt = values.value(u"signed_at"_s);
    r.kind = fromKey<SignatureKind>(values.value(u"kind"_s));
    r.drawingSha256 = values.value(u"drawing.sha256"_s);
    return r;
}

std::optional<SignatorySide> Actas::sideFromText(const QString &text)
{
    return fromKey<SignatorySide>(QString(text).replace(u'-', u'_'));
}

QString Actas::defaultPreamble(const EventDetails &event)
{
    return tr("In %1, at %2, on %3, the representatives of the %4 and of civil society, academia and business "
              "associations met at the \"%5\" to validate the commitments of the open government pilot. Having "
              "worked in mesas and debated the proposals in plenary, they agree on the following commitments:")
        .arg(event.address.isEmpty() ? event.venue : event.address, event.venue, EventHeader::dateText(event.date),
             event.organiser.isEmpty() ? tr("government") : event.organiser, event.title);
}

QString Actas::defaultClosing()
{
    return tr("The parties undertake to include these actions in the open government action plan and to report on "
              "their progress. In witness whereof they sign this acta.");
}

QString Actas::defaultMinutesClosing()
{
    return tr("There being no further business, the meeting was closed and these minutes signed in agreement.");
}

QString Actas::encodeDrawing(const SignatureDrawing &drawing)
{
    QStringList strokes;
    for (const QList<QPointF> &stroke : drawing) {
        QStringList points;
        for (const QPointF &p : stroke)
            points << u"%1,%2"_s.arg(p.x(), 0, 'f', 4).arg(p.y(), 0, 'f', 4);
        strokes << points.join(u' ');
    }
    return strokes.join(u';');
}

SignatureDrawing Actas::decodeDrawing(const QString &text)
{
    SignatureDrawing drawing;
    for (const QString &stroke : text.split(u';', Qt::SkipEmptyParts)) {
        QList<QPointF> points;
        for (const QString &point : stroke.split(u' ', Qt::SkipEmptyParts)) {
            const QStringList xy = point.split(u',');
            if (xy.size() == 2)
                points << QPointF(std::clamp(xy.at(0).toDouble(), 0.0, 1.0), std::clamp(xy.at(1).toDouble(), 0.0, 1.0));
        }
        if (!points.isEmpty())
            drawing << points;
    }
    return drawing;
}

QString Actas::drawingHash(const QString &encoded)
{
    return encoded.isEmpty() ? QString() : ActaContent::fingerprintOf(encoded);
}

QStringList Actas::differences(const ActaContent &recorded, const ActaContent &now)
{
    QStringList differences;
    auto compare = [&](const QString &where, const QList<std::pair<QString, QString>> &a, const QList<std::pair<QString, QString>> &b) {
        for (int i = 0; i < a.size() && i < b.size(); ++i) {
            if (a.at(i).second.normalized(QString::NormalizationForm_C) != b.at(i).second.normalized(QString::NormalizationForm_C))
                differences << tr("%1, %2: recorded \"%3\", now \"%4\"").arg(where, a.at(i).first, a.at(i).second, b.at(i).second);
        }
    };
    if (recorded.commitments.size() != now.commitments.size())
        differences << tr("the acta recorded %1 commitments; the file now has %2").arg(recorded.commitments.size()).arg(now.commitments.size());
    for (int i = 0; i < recorded.commitments.size() && i < now.commitments.size(); ++i)
        // Every field the acta's format covers, and the status (approved
        // when a format-1 acta froze it).
        compare(tr("commitment %1").arg(i + 1), commitmentFields(recorded.commitments.at(i), std::max(2, recorded.format)),
                commitmentFields(now.commitments.at(i), std::max(2, recorded.format)));
    auto compareList = [&](const QString &what, const auto &a, const auto &b, const auto &fields, const QString &recordedCount) {
        if (a.size() != b.size())
            differences << recordedCount.arg(a.size()).arg(b.size());
        for (int i = 0; i < a.size() && i < b.size(); ++i)
            compare(what.arg(i + 1), fields(a.at(i)), fields(b.at(i)));
    };
    if (recorded.textCoversPlenaryAccount())
        compareList(tr("the plenary's account, entry %1"), recorded.plenaryAccount, now.plenaryAccount, accountFieldsOfItsRow,
                    tr("the acta recorded %1 commitments merged or withdrawn; the file now has %2"));
    compareList(tr("item %1 of the tabla"), recorded.items, now.items, itemFields,
                tr("the minutes recorded %1 items of the tabla; the file now has %2"));
    compareList(tr("agreement %1"), recorded.agreements, now.agreements, agreementFields,
                tr("the minutes recorded %1 agreements; the file now has %2"));
    if (recorded.signatories.size() != now.signatories.size())
        differences << tr("the acta recorded %1 signatories; the file now has %2").arg(recorded.signatories.size()).arg(now.signatories.size());
    for (int i = 0; i < recorded.signatories.size() && i < now.signatories.size(); ++i)
        compare(tr("signatory %1").arg(i + 1), signatoryFields(recorded.signatories.at(i)), signatoryFields(now.signatories.at(i)));
    return differences;
}

} // namespace taller
