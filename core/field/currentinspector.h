#pragma once

#include "domain/inspector.h"

namespace tillsyn::field {

// Who is using this installation: kept in the user's settings ("inspector/id", "inspector/name"),
// falling back to the login name so a first visit can start without any setup.
class CurrentInspector
{
public:
    static domain::Inspector get();
    // Whether the user has given a name. The login-name fallback is not a name to print on an
    // official report, so the desktop asks for one before a visit can start.
    static bool isSet();
    static void set(const domain::Inspector &inspector);
    // A colleague named in free text: the id is derived from the name.
    static domain::Inspector fromName(const QString &name);
};

} // namespace tillsyn::field
