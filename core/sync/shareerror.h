#pragma once

#include "util/error.h"

namespace tillsyn::sync {

// A failed share operation, with a kind the sync can act on (retry later, ask for a password,
// report a conflict) and a translated message for people.
class ShareError : public Error
{
public:
    enum class Kind {
        Offline, // no connection, folder not mounted, connection dropped
        Timeout,
        Unauthorized,        // 401: wrong or missing credentials
        Forbidden,           // 403, or a read-only folder
        NotFound,            // 404
        Conflict,            // 409 from the server
        Exists,              // the name exists with other bytes: never overwritten
        ServerError,         // 5xx
        InsufficientStorage, // 507, or a full disk
        Tls,                 // the certificate does not verify
        TooLarge,            // a file over Share::readLimit: read no further
        Incomplete,          // a transfer cut short (fewer bytes than announced): try again
        Cancelled,
        Other
    };

    ShareError(Kind kind, QString message)
        : Error(std::move(message))
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }
    // Whether trying again later may succeed without anyone changing anything.
    bool isTransient() const
    {
        return m_kind == Kind::Offline || m_kind == Kind::Timeout || m_kind == Kind::ServerError ||
               m_kind == Kind::InsufficientStorage || m_kind == Kind::Cancelled ||
               m_kind == Kind::Incomplete;
    }

private:
    Kind m_kind;
};

} // namespace tillsyn::sync
