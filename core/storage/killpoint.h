#pragma once

#include <QStringView>

namespace entente {

// Where the fault suite kills the process (SIGKILL, as a power cut or kill -9 would end it): the
// environment variable ENTENTE_TEST_KILL_AT names the point, and nothing happens without it.
// Points: "before-indexes" (a bulk load with every row written and no index rebuilt),
// "before-commit" and "after-commit" (the first write transaction of the process, just before
// its COMMIT and just after it succeeded).
void killIfAskedAt(QStringView point);

} // namespace entente
