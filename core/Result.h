// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Core {

/** What went wrong, as a machine-checkable code. */
enum class ErrorCode {
    Io,             ///< the file system refused (open, write, rename, fsync)
    NotAZip,        ///< truncated or not a zip archive at all
    MissingEntry,   ///< a required entry (course.xml) is absent
    MalformedXml,   ///< course.xml does not parse
    InvalidContent, ///< course.xml parses but breaks the schema or a rule
    MissingAsset,   ///< a reference names an asset that is not in the file
    HashMismatch,   ///< a media entry's bytes do not match its SHA-256 name
    NewerFormat,    ///< written by a newer Capsule
    UnsafeEntry,    ///< absolute or ".." zip entry name
    Export,         ///< an exporter could not produce its package
    Cancelled,      ///< the user cancelled a long operation
    InvalidArgument ///< a caller passed something meaningless
};

/** A translated, user-presentable error: the message names the file and the problem. */
struct Error
{
    ErrorCode code = ErrorCode::Io;
    QString message;
};

/**
 * The subset of std::expected we use (g++ 12 has no <expected> in C++20).
 * Holds either a value or an Error. Alias to std::expected when the baseline moves.
 */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool has_value() const { return m_data.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace Core
