#include "consistentcopy.h"

#include "storage/fileconnection.h"
#include "storage/integritycheck.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace entente {

Status writeConsistentCopy(const QSqlDatabase &db, const QString &target, const QString &what,
                           CopyCheck check)
{
    const auto failure = [&](const QString &detail) {
        return Error{Error::Kind::Output, what % u": "_s % detail, detail};
    };
    const QString temporary = target % u".part"_s;
    // A part left by an earlier failure is never anyone's data; VACUUM INTO refuses to overwrite.
    if (QFileInfo::exists(temporary) && !QFile::remove(temporary))
        return failure(QFile(temporary).errorString());

    SqlQuery vacuum(db, u"VACUUM INTO :target"_s);
    vacuum.bind(u":target"_s, temporary);
    if (Status s = vacuum.exec(what); !s) {
        QFile::remove(temporary);
        return Error{Error::Kind::Output, s.error().message, s.error().detail};
    }
    QFile file(temporary);
    if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0) {
        const QString reason = file.errorString();
        QFile::remove(temporary);
        return failure(reason);
    }
    file.close();
    if (check == CopyCheck::Integrity) {
        FileConnection copy(temporary, FileConnection::Mode::ReadOnly);
        Status opened = copy.open(what);
        auto problems = opened ? integrityProblems(copy.database(), IntegrityDepth::Full, what)
                               : Result<QStringList>(opened.error());
        if (!problems || !problems->isEmpty()) {
            const QString reason = problems ? problems->join(u"; "_s) : problems.error().detail;
            QFile::remove(temporary);
            return failure(reason);
        }
    }
    // rename(2) replaces the target in one step; QFile::rename would refuse an existing one.
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) !=
        0) {
        const QString reason = QString::fromLocal8Bit(::strerror(errno));
        QFile::remove(temporary);
        return failure(reason);
    }
    return {};
}

} // namespace entente
