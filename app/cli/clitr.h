#pragma once

#include <QCoreApplication>

namespace entente::cli {

// The translation context of every user-visible string of the command line: Cli::tr("…").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli() = delete;
};

} // namespace entente::cli
