#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace taller {

// What kind of failure an Error is, so that no caller matches on the words of
// its message (SQLite's own codes, errno, a rule of the domain).
enum class ErrorKind {
    Other,
    // Another connection held the file past the busy timeout: trying again
    // later may succeed, nothing was changed.
    Busy,
    // The device is full or the quota spent (SQLITE_FULL, ENOSPC, EDQUOT).
    NoSpace,
    // The device failed to read or write (SQLITE_IOERR, EIO).
    Io,
    // A rule of the domain refused the change (a closed acta's freeze, a
    // merge's target), whoever asked: the window, the CLI, another device.
    Refused,
    // What the change was made from is no longer what is stored: someone
    // else saved in between. Nothing was written.
    Stale,
};

// A failure the user can act on: what went wrong, in words meant for them.
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Other;

    bool busy() const { return kind == ErrorKind::Busy; }
};

// Either a value or the Error that prevented it; never both, never neither.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }
    // The value, or fallback when there is none (the Error set aside).
    T value_or(T fallback) const { return m_value.value_or(std::move(fallback)); }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace taller

// The house's one way to pass a failure up: the function stops there and
// returns the Error to its own caller, which must return a Result or Status.
//
//   TRY(file.write(...));                          stop if it failed
//   TRY_LET(details, EventRepository(file).load()); declare `details`, the
//                                                   Result, known good below
//   TRY_TAKE(session, EventSession::open(path));     declare `session`, the
//                                                   value moved out of it
#define TRY(...)                                                        \
    do {                                                                \
        if (auto taller_tried_ = (__VA_ARGS__); !taller_tried_)         \
            return taller_tried_.error();                               \
    } while (false)

#define TRY_LET(name, ...)                                              \
    auto name = (__VA_ARGS__);                                          \
    if (!name)                                                          \
        return name.error()

#define TRY_TAKE(name, ...)                                             \
    auto name##_result_ = (__VA_ARGS__);                                \
    if (!name##_result_)                                                \
        return name##_result_.error();                                  \
    auto name = std::move(*name##_result_)
