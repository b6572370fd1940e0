#include "releasetextedit.h"

#include "extract/releaseinput.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace entente {

ReleaseTextEdit::ReleaseTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("releaseText"));
    setAccessibleName(tr("Text of the press release"));
    setPlaceholderText(tr("Paste the text of a press release or news item here (English or "
                          "Russian), or drop a text file."));
    setTabChangesFocus(true);
}

bool ReleaseTextEdit::loadFile(const QString &path, QString *problem)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2").arg(name, file.errorString());
        return false;
    }
    auto text = ReleaseInput::decode(file.read(ReleaseInput::maxBytes + 1), name);
    if (!text) {
        *problem = text.error().message;
        return false;
    }
    setPlainText(*text);
    return true;
}

bool ReleaseTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void ReleaseTextEdit::insertFromMimeData(const QMimeData *source)
{
    // A dropped file is the release itself, not its name: read it in place of the text.
    if (source->hasUrls() && !source->urls().isEmpty() && source->urls().first().isLocalFile()) {
        QString problem;
        if (!loadFile(source->urls().first().toLocalFile(), &problem))
            Q_EMIT fileRefused(problem);
        return;
    }
    insertPlainText(source->text());
}

} // namespace entente
