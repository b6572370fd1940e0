#pragma once

namespace entente::test {

// A disk that fails on cue, under SQLite itself: a VFS wrapping the default one, registered as
// the default in the test process (the Qt driver links the system SQLite, so every connection
// opened after install() goes through it), as SQLite's own tests inject I/O errors. Once armed,
// the chosen kind of call fails from its Nth occurrence on, as a failing or full disk keeps
// failing, until disarmed.
class FaultyVfs
{
public:
    enum class Fault {
        WriteError, // xWrite: SQLITE_IOERR_WRITE
        DiskFull,   // xWrite: SQLITE_FULL
        SyncError,  // xSync: SQLITE_IOERR_FSYNC
        ReadError,  // xRead: SQLITE_IOERR_READ
    };

    // Registers the VFS once; false if SQLite refused it.
    static bool install();
    // Calls of the fault's kind before the first that fails (0: the very next one).
    static void arm(Fault fault, int succeeding);
    static void disarm();
    // Calls of `fault`'s kind seen since the last arm() or count(): how many a run makes.
    static void count(Fault fault);
    static int calls();
    // Whether a call failed since the last arm().
    static bool tripped();
};

} // namespace entente::test
