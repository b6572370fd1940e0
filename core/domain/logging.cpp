#include "domain/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "entente.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "entente.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIo, "entente.io", QtInfoMsg)
