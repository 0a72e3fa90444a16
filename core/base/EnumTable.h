#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

namespace taller {

// One table per enumeration of the domain: its values in the order a person
// is shown them, the stable key stored in files and command-line JSON, and
// the words a person reads, translated in the table's context. Labels are
// marked with QT_TRANSLATE_NOOP so lupdate finds them there.
template <typename E>
class EnumTable
{
public:
    struct Entry
    {
        E value;
        const char16_t *key;
        const char *label;
    };

    EnumTable(const char *context, std::initializer_list<Entry> entries) : m_context(context), m_entries(entries) {}

    QList<E> all() const
    {
        QList<E> values;
        for (const Entry &entry : m_entries)
            values.append(entry.value);
        return values;
    }
    QString key(E value) const
    {
        const Entry *entry = find(value);
        return entry ? QString::fromUtf16(entry->key) : QString();
    }
    std::optional<E> fromKey(const QString &key) const
    {
        for (const Entry &entry : m_entries) {
            if (key == QString::fromUtf16(entry.key))
                return entry.value;
        }
        return std::nullopt;
    }
    QString displayName(E value) const
    {
        const Entry *entry = find(value);
        return entry && entry->label ? QCoreApplication::translate(m_context, entry->label) : QString();
    }

private:
    const Entry *find(E value) const
    {
        for (const Entry &entry : m_entries) {
            if (entry.value == value)
                return &entry;
        }
        return nullptr;
    }

    const char *m_context;
    QList<Entry> m_entries;
};

// What an enumeration of the domain offers everyone, read from its one
// EnumTable. The enumeration's .cpp defines table(); its header declares
// that specialisation after the class that derives from this one.
template <typename E>
class EnumNames
{
public:
    static QList<E> all() { return table().all(); }
    // The stable word stored in files, CSV and command-line JSON.
    static QString key(E value) { return table().key(value); }
    static std::optional<E> fromKey(const QString &key) { return table().fromKey(key); }
    // What a person reads, translated.
    static QString displayName(E value) { return table().displayName(value); }

private:
    static const EnumTable<E> &table();
};

} // namespace taller
