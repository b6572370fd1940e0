#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace entente {

// What went wrong, in two voices: a sentence for the person at the keyboard, and the technical
// detail (SQL, bound values, driver text) for the log. The kind lets callers choose an exit code
// or a dialog without parsing messages.
struct Error
{
    enum class Kind {
        Invalid,           // the input is malformed: a field, a query, a file, an argument
        NotFound,          // the asked-for record does not exist
        Conflict,          // someone else changed the record since it was read
        CatalogueUnusable, // missing, not a catalogue, corrupt, newer schema, locked
        ReadOnly,          // the catalogue cannot be written
        Storage,           // any other database failure
        Output,            // an output file cannot be written
    };

    Kind kind = Kind::Storage;
    QString message;
    QString detail;

    static Error invalid(QString message) { return {Kind::Invalid, std::move(message), {}}; }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message), {}}; }
};

// A value or an Error. Small on purpose: C++20 has no std::expected yet.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    // Of a temporary, the value itself: `for (const auto &x : *repository.all())` then iterates
    // a value that lives as long as the loop, not one inside a Result already destroyed.
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result<void>: success or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace entente
