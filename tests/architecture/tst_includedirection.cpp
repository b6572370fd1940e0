// The libraries' direction, read from the source tree: a file may include headers of its own
// library and of the libraries below it, never above. The build's link lines keep most upward
// includes from linking, but a header-only type would slip through; this check does not.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The libraries from the bottom up, each with the folder (relative to the source root) it lives
// in. The first folder that prefixes a path names its library, so app/cli precedes app.
struct Library
{
    QString name;
    QString folder;
};

const QList<Library> &libraries()
{
    static const QList<Library> list = {
        {u"domain"_s, u"core/domain/"_s},   {u"query"_s, u"core/query/"_s},
        {u"storage"_s, u"core/storage/"_s}, {u"services"_s, u"core/services/"_s},
        {u"models"_s, u"core/models/"_s},   {u"ui"_s, u"ui/"_s},
        {u"cli"_s, u"app/cli/"_s},          {u"app"_s, u"app/"_s},
    };
    return list;
}

// Where quoted includes are looked up, after the including file's own folder: the include roots
// the libraries publish.
const QStringList includeRoots = {u"core/"_s, u"core/services/"_s, u"ui/"_s, u"app/"_s};

int rankOf(const QString &relativePath)
{
    const QList<Library> &list = libraries();
    int best = -1;
    qsizetype bestLength = 0;
    for (int i = 0; i < list.size(); ++i) {
        if (relativePath.startsWith(list[i].folder) && list[i].folder.size() > bestLength) {
            best = i;
            bestLength = list[i].folder.size();
        }
    }
    return best;
}

struct Violation
{
    QString file;
    int line = 0;
    QString text;
};

// Storage's own headers: a connection and raw SQL. Above storage, code reaches the catalogue
// through repositories and Transaction::begin(catalogue) only.
const QStringList storagePrivate = {u"core/storage/catalogueconnection.h"_s,
                                    u"core/storage/sqlquery.h"_s};

// Every rule broken under `root`: upward includes, storage's private headers or Qt Sql used
// outside storage.
QList<Violation> violations(const QString &root, int *filesSeen)
{
    static const QRegularExpression quoted(u"^\\s*#\\s*include\\s+\"([^\"]+)\""_s);
    static const QRegularExpression sqlHeader(u"^\\s*#\\s*include\\s+<(QtSql/)?QSql\\w*>"_s);
    const QDir top(root);
    const int storage = 2;
    QList<Violation> found;
    *filesSeen = 0;
    for (const QString &folder : {u"core"_s, u"ui"_s, u"app"_s}) {
        QDirIterator it(top.filePath(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = top.relativeFilePath(path);
            const int own = rankOf(relative);
            if (own < 0)
                continue;
            ++*filesSeen;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                found.append({relative, 0, u"cannot be read"_s});
                continue;
            }
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                if (sqlHeader.match(line).hasMatch() && own != storage) {
                    found.append({relative, lineNumber,
                                  u"uses Qt Sql outside storage: "_s + line.trimmed()});
                    continue;
                }
                const auto match = quoted.match(line);
                if (!match.hasMatch())
                    continue;
                const QString included = match.captured(1);
                QString target;
                const QString sibling = QFileInfo(path).dir().filePath(included);
                if (QFileInfo::exists(sibling)) {
                    target = top.relativeFilePath(QFileInfo(sibling).canonicalFilePath());
                } else {
                    for (const QString &includeRoot : includeRoots) {
                        if (QFileInfo::exists(top.filePath(includeRoot + included))) {
                            target = includeRoot + included;
                            break;
                        }
                    }
                }
                if (target.isEmpty())
                    continue; // generated (moc, ui) or a system header
                if (own != storage && storagePrivate.contains(target)) {
                    found.append(
                        {relative, lineNumber, u"reaches inside storage: includes "_s + target});
                    continue;
                }
                const int theirs = rankOf(target);
                if (theirs > own) {
                    found.append({relative, lineNumber,
                                  u"%1 includes %2 of %3"_s.arg(libraries()[own].name, target,
                                                                libraries()[theirs].name)});
                }
            }
        }
    }
    return found;
}

QString describe(const QList<Violation> &list)
{
    QStringList lines;
    for (const Violation &v : list)
        lines << u"%1:%2: %3"_s.arg(v.file).arg(v.line).arg(v.text);
    return lines.join(u'\n');
}

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestIncludeDirection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCheckSeesUpwardIncludes_data();
    void theCheckSeesUpwardIncludes();
    void theTreeIncludesOnlyDownward();
};

void TestIncludeDirection::theCheckSeesUpwardIncludes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expected");

    QTest::newRow("storage includes a service")
        << u"core/storage/a.cpp"_s << QByteArray("#include \"search/s.h\"\n") << 1;
    QTest::newRow("domain includes storage")
        << u"core/domain/a.h"_s << QByteArray("#include \"storage/r.h\"\n") << 1;
    QTest::newRow("query includes a model")
        << u"core/query/a.h"_s << QByteArray("#include \"models/m.h\"\n") << 1;
    QTest::newRow("services include the cli")
        << u"core/services/x/a.cpp"_s << QByteArray("#include \"cli/c.h\"\n") << 1;
    QTest::newRow("a model uses Qt Sql")
        << u"core/models/a.cpp"_s << QByteArray("#include <QSqlQuery>\n") << 1;
    QTest::newRow("a service takes a connection")
        << u"core/services/x/a.cpp"_s << QByteArray("#include \"storage/catalogueconnection.h\"\n")
        << 1;
    QTest::newRow("storage takes a connection")
        << u"core/storage/a.cpp"_s << QByteArray("#include \"storage/catalogueconnection.h\"\n")
        << 0;
    QTest::newRow("ui includes a model")
        << u"ui/a.cpp"_s << QByteArray("#include \"models/m.h\"\n") << 0;
    QTest::newRow("a service includes storage")
        << u"core/services/x/a.cpp"_s << QByteArray("#include \"storage/r.h\"\n") << 0;
    QTest::newRow("storage uses Qt Sql")
        << u"core/storage/a.cpp"_s << QByteArray("#include <QSqlDatabase>\n") << 0;
}

// The rule itself, on a small tree of known shape: otherwise a check that finds nothing in the
// real tree could simply be blind.
void TestIncludeDirection::theCheckSeesUpwardIncludes()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(int, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(u"core/services/search/s.h"_s), "");
    writeFile(dir.filePath(u"core/storage/r.h"_s), "");
    writeFile(dir.filePath(u"core/models/m.h"_s), "");
    writeFile(dir.filePath(u"app/cli/c.h"_s), "");
    writeFile(dir.filePath(u"core/storage/catalogueconnection.h"_s), "");
    writeFile(dir.filePath(file), text);

    int seen = 0;
    const QList<Violation> found = violations(dir.path(), &seen);
    QCOMPARE(seen, 6);
    QVERIFY2(found.size() == expected, qPrintable(describe(found)));
    if (expected > 0)
        QCOMPARE(found.first().file, file);
}

void TestIncludeDirection::theTreeIncludesOnlyDownward()
{
    int seen = 0;
    const QList<Violation> found = violations(QStringLiteral(ENTENTE_SOURCE_DIR), &seen);
    QVERIFY2(seen > 300, qPrintable(u"only %1 files found under %2"_s.arg(seen).arg(
                             QStringLiteral(ENTENTE_SOURCE_DIR))));
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
}

QTEST_GUILESS_MAIN(TestIncludeDirection)
#include "tst_includedirection.moc"
