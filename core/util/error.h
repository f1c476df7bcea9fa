#pragma once

#include <QString>
#include <QStringList>

#include <exception>

namespace tillsyn {

// Core operations report failure by throwing Error: every message is already translated and
// names the file or record and the problem, so callers only have to show it.
class Error : public std::exception
{
public:
    explicit Error(QString message, QStringList details = {})
        : m_message(std::move(message))
        , m_details(std::move(details))
        , m_utf8(m_message.toUtf8())
    {}

    const QString &message() const { return m_message; }
    // Further lines, e.g. one per bad row of an import.
    const QStringList &details() const { return m_details; }
    QString fullText() const
    {
        return m_details.isEmpty() ? m_message : m_message + u'\n' + m_details.join(u'\n');
    }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QStringList m_details;
    QByteArray m_utf8;
};

} // namespace tillsyn
