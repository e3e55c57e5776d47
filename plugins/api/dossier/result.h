#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace Dossier {

// An error as a value: a stable machine code, an English source text that goes through the translation
// catalogue (context "Dossier::Error"), and optional arguments substituted into %1, %2 …
// No exception crosses a library or plugin boundary; functions return Result<T>.
class Error final
{
public:
    Error() = default;
    Error(QString code, const char* sourceText, QStringList args = {})
        : m_code(std::move(code)), m_source(QString::fromUtf8(sourceText)), m_args(std::move(args))
    {
    }

    const QString& code() const { return m_code; }
    const QString& sourceText() const { return m_source; }
    const QStringList& args() const { return m_args; }

    // The English text with its arguments.
    QString english() const { return substitute(m_source); }
    // The text in the application's current language (through the installed translators).
    QString message() const
    {
        return substitute(QCoreApplication::translate("Dossier::Error", m_source.toUtf8().constData()));
    }
    QString substitute(QString text) const
    {
        for (const QString& a : m_args)
            text = text.arg(a);
        return text;
    }

private:
    QString m_code;
    QString m_source;
    QStringList m_args;
};

template <typename T> class [[nodiscard]] Result final
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok final
{
};

using Status = Result<Ok>;

} // namespace Dossier
