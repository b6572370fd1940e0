#pragma once

#include <QPlainTextEdit>

namespace entente {

// Where the text of a press release goes: pasted as plain text, or dropped, as text or as a text
// file (read as UTF-8 or Windows-1251, like `entente draft`). A file that is not text is refused
// with a message in place of the text, naming it.
class ReleaseTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ReleaseTextEdit(QWidget *parent = nullptr);

    // Replaces the text with that of the file; false (and `problem` set) when it is not text.
    bool loadFile(const QString &path, QString *problem);

Q_SIGNALS:
    void fileRefused(const QString &problem);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace entente
