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

// Each enumeration of the domain has one table, found by argument-dependent
// lookup: the enumeration's header declares `const EnumTable<E> &enumTable(E);`
// and core/vocabulary/Vocabulary.cpp defines it. Everyone else reads the
// table through the four calls below, whatever the slice.

// The values in the order a person is shown them.
template <typename E>
QList<E> valuesOf()
{
    return enumTable(E{}).all();
}

// The stable word stored in files, CSV and command-line JSON.
template <typename E>
QString keyOf(E value)
{
    return enumTable(E{}).key(value);
}

template <typename E>
std::optional<E> fromKey(const QString &key)
{
    return enumTable(E{}).fromKey(key);
}

// What a person reads, translated.
template <typename E>
QString displayNameOf(E value)
{
    return enumTable(E{}).displayName(value);
}

} // namespace taller
