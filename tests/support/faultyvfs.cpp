#include "faultyvfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace entente::test {

namespace {

struct State
{
    std::atomic<bool> armed = false;
    std::atomic<int> kind = 0;
    std::atomic<int> succeeding = 0;
    std::atomic<int> seen = 0;
    std::atomic<bool> tripped = false;
};

State &state()
{
    static State s;
    return s;
}

sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs faultyVfs;
sqlite3_io_methods faultyMethods;

// Our file: SQLite's own file object follows it in the same allocation.
struct FaultyFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<FaultyFile *>(file)->real;
}

// Whether this call of `kind` fails.
bool fails(FaultyVfs::Fault kind)
{
    State &s = state();
    if (s.kind.load() != int(kind))
        return false;
    const int n = s.seen.fetch_add(1);
    if (!s.armed.load() || n < s.succeeding.load())
        return false;
    s.tripped = true;
    return true;
}

int xClose(sqlite3_file *f)
{
    const int rc = realOf(f)->pMethods ? realOf(f)->pMethods->xClose(realOf(f)) : SQLITE_OK;
    return rc;
}
int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    if (fails(FaultyVfs::Fault::ReadError))
        return SQLITE_IOERR_READ;
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}
int xWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (fails(FaultyVfs::Fault::WriteError))
        return SQLITE_IOERR_WRITE;
    if (fails(FaultyVfs::Fault::DiskFull))
        return SQLITE_FULL;
    return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    if (fails(FaultyVfs::Fault::SyncError))
        return SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file *f, int lock)
{
    return realOf(f)->pMethods->xLock(realOf(f), lock);
}
int xUnlock(sqlite3_file *f, int lock)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), lock);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, p);
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ours = reinterpret_cast<FaultyFile *>(file);
    ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
    std::memset(ours->real, 0, size_t(realVfs->szOsFile));
    const int rc = realVfs->xOpen(realVfs, name, ours->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, also after a failed open.
    ours->base.pMethods = ours->real->pMethods ? &faultyMethods : nullptr;
    return rc;
}

} // namespace

bool FaultyVfs::install()
{
    if (realVfs)
        return true;
    realVfs = sqlite3_vfs_find(nullptr);
    if (!realVfs)
        return false;
    faultyMethods = {3,
                     xClose,
                     xRead,
                     xWrite,
                     xTruncate,
                     xSync,
                     xFileSize,
                     xLock,
                     xUnlock,
                     xCheckReservedLock,
                     xFileControl,
                     xSectorSize,
                     xDeviceCharacteristics,
                     xShmMap,
                     xShmLock,
                     xShmBarrier,
                     xShmUnmap,
                     xFetch,
                     xUnfetch};
    faultyVfs = *realVfs;
    faultyVfs.zName = "entente-faulty";
    faultyVfs.szOsFile = int(sizeof(FaultyFile)) + realVfs->szOsFile;
    faultyVfs.xOpen = xOpen;
    faultyVfs.pNext = nullptr;
    return sqlite3_vfs_register(&faultyVfs, 1) == SQLITE_OK;
}

void FaultyVfs::arm(Fault fault, int succeeding)
{
    State &s = state();
    s.armed = false;
    s.kind = int(fault);
    s.succeeding = succeeding;
    s.seen = 0;
    s.tripped = false;
    s.armed = true;
}

void FaultyVfs::disarm()
{
    state().armed = false;
}

void FaultyVfs::count(Fault fault)
{
    State &s = state();
    s.armed = false;
    s.kind = int(fault);
    s.seen = 0;
    s.tripped = false;
}

int FaultyVfs::calls()
{
    return state().seen.load();
}

bool FaultyVfs::tripped()
{
    return state().tripped.load();
}

} // namespace entente::test
