#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace tillsyn::test {

// Sets (or, given std::nullopt, removes) an environment variable for one scope, restoring what
// was there after; child processes started meanwhile inherit it.
class EnvGuard
{
public:
    EnvGuard(const char *name, const QByteArray &value)
        : EnvGuard(name)
    {
        qputenv(name, value);
    }
    EnvGuard(const char *name, std::nullopt_t)
        : EnvGuard(name)
    {
        qunsetenv(name);
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    EnvGuard(const EnvGuard &) = delete;
    EnvGuard &operator=(const EnvGuard &) = delete;

private:
    explicit EnvGuard(const char *name)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {}

    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace tillsyn::test
