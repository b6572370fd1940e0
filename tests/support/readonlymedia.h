#pragma once

#include <QString>
#include <QStringList>

namespace entente::test {

// A small tmpfs holding copies of some files, then remounted read-only: read-only media as a
// write-protected stick or a read-only share is, which root cannot write either (permissions do
// not bind root; a read-only mount does). Needs the right to mount; isReady() says whether it
// worked, for a QSKIP otherwise. Unmounted when it goes away.
class ReadOnlyMedia
{
public:
    ReadOnlyMedia(const QString &folder, const QStringList &files);
    ~ReadOnlyMedia();
    ReadOnlyMedia(const ReadOnlyMedia &) = delete;
    ReadOnlyMedia &operator=(const ReadOnlyMedia &) = delete;

    bool isReady() const { return m_ready; }
    // The copy of `file` on the media.
    QString pathOf(const QString &file) const;

private:
    QString m_folder;
    bool m_mounted = false;
    bool m_ready = false;
};

} // namespace entente::test
