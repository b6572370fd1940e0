#include "releaseinput.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace entente::ReleaseInput {

namespace {

// The translation context of this file's messages (a real one, so lupdate finds them).
struct ReleaseInput
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseInput)
};

// Text has no NUL bytes and few control characters besides tabs and line breaks.
bool looksBinary(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    return controls * 100 > sample;
}

} // namespace

Result<QString> decode(const QByteArray &bytes, const QString &source)
{
    if (bytes.size() > maxBytes)
        return Error::invalid(ReleaseInput::tr("%1 is too large for a press release (over %2 MB)")
                                  .arg(source)
                                  .arg(maxBytes / (1024 * 1024)));
    if (looksBinary(bytes))
        return Error::invalid(ReleaseInput::tr("%1 is not text: it holds binary data").arg(source));
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (utf8.hasError()) {
        QStringDecoder cp1251("windows-1251");
        if (!cp1251.isValid())
            return Error::invalid(ReleaseInput::tr("%1 is not UTF-8 text").arg(source));
        text = cp1251.decode(data);
        if (cp1251.hasError())
            return Error::invalid(
                ReleaseInput::tr("%1 is neither UTF-8 nor Windows-1251 text").arg(source));
    }
    if (text.trimmed().isEmpty())
        return Error::invalid(ReleaseInput::tr("%1 is empty").arg(source));
    return text;
}

} // namespace entente::ReleaseInput
