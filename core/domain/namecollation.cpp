#include "namecollation.h"

#include "domain/logging.h"

#include <map>
#include <memory>
#include <unicode/ucol.h>
#include <unicode/uloc.h>
#include <unicode/uversion.h>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Bumped when the options below change, so that stored keys are made again.
constexpr int keyScheme = 1;

struct CollatorCloser
{
    void operator()(UCollator *collator) const { ucol_close(collator); }
};
using CollatorPtr = std::unique_ptr<UCollator, CollatorCloser>;

// One collator per locale and thread: ICU collators are cheap to use but not to open, and keys
// are made on the UI thread, the page loader's and the bulk writer's conversion thread at once.
UCollator *collatorFor(const QByteArray &name)
{
    thread_local std::map<QByteArray, CollatorPtr> collators;
    if (auto it = collators.find(name); it != collators.end())
        return it->second.get();
    UErrorCode status = U_ZERO_ERROR;
    CollatorPtr collator(ucol_open(name.constData(), &status));
    if (U_FAILURE(status) || !collator) {
        qCWarning(lcStorage) << "no collation for" << name << u_errorName(status);
        status = U_ZERO_ERROR;
        collator.reset(ucol_open("", &status));
    }
    // What QCollator sets for numeric mode and Qt::CaseInsensitive (see qcollator_icu.cpp):
    // secondary strength ignores case but not accents; normalisation makes composed and
    // decomposed letters equal.
    ucol_setAttribute(collator.get(), UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
    ucol_setAttribute(collator.get(), UCOL_STRENGTH, UCOL_SECONDARY, &status);
    ucol_setAttribute(collator.get(), UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
    ucol_setAttribute(collator.get(), UCOL_ALTERNATE_HANDLING, UCOL_NON_IGNORABLE, &status);
    if (U_FAILURE(status))
        qCWarning(lcStorage) << "collation options refused for" << name << u_errorName(status);
    return collators.emplace(name, std::move(collator)).first->second.get();
}

QByteArray icuName(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return {};
    return locale.bcp47Name().toLatin1().replace('-', '_');
}

} // namespace

NameCollation::NameCollation(const QLocale &locale)
    : m_locale(locale)
    , m_name(icuName(locale))
{}

NameCollation NameCollation::fromLocaleName(const QString &name)
{
    return NameCollation(name.isEmpty() ? QLocale::c() : QLocale(name));
}

QByteArray NameCollation::sortKey(const QString &text) const
{
    UCollator *collator = collatorFor(m_name);
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(text.size());
    QByteArray key(qsizetype(text.size()) * 3 + 16, Qt::Uninitialized);
    int32_t size = ucol_getSortKey(collator, chars, length, reinterpret_cast<uint8_t *>(key.data()),
                                   int32_t(key.size()));
    if (size > key.size()) {
        key.resize(size);
        size = ucol_getSortKey(collator, chars, length, reinterpret_cast<uint8_t *>(key.data()),
                               int32_t(key.size()));
    }
    // The size counts the terminating zero byte, which a BLOB comparison does not need: a key
    // that is a prefix of another already sorts first.
    key.resize(std::max(0, size - 1));
    return key;
}

int NameCollation::compare(const QString &a, const QString &b) const
{
    const UCollationResult result = ucol_strcoll(
        collatorFor(m_name), reinterpret_cast<const UChar *>(a.utf16()), int32_t(a.size()),
        reinterpret_cast<const UChar *>(b.utf16()), int32_t(b.size()));
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

QString NameCollation::identity() const
{
    const UCollator *collator = collatorFor(m_name);
    UErrorCode status = U_ZERO_ERROR;
    const char *actual = ucol_getLocaleByType(collator, ULOC_ACTUAL_LOCALE, &status);
    UVersionInfo version;
    ucol_getVersion(collator, version);
    char versionText[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(version, versionText);
    return u"icu:%1:%2:ci-numeric-%3"_s.arg(
        QString::fromLatin1(U_SUCCESS(status) && actual ? actual : "root"),
        QString::fromLatin1(versionText), QString::number(keyScheme));
}

} // namespace entente
