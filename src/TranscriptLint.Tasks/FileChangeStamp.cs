using System;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TranscriptLint.Tasks;

/// <summary>
/// What the operating system records of a regular file's last change, as git's index uses it to skip re-hashing an
/// unchanged file: size, modification time, inode and — what settles it — the inode change time (ctime). Tools that keep
/// mtimes (cp -p, rsync -a, tar x, unzip) set them through utimes, which itself moves ctime to now, and nothing but
/// the kernel sets ctime; so a file whose stamp is the one recorded when it was hashed still has that content.
/// Read on Linux (statx); elsewhere there is none and every file is hashed.
/// </summary>
internal static class FileChangeStamp
{
    /// <summary>
    /// A stamp younger than this when it was taken is not kept: on a file system with coarse timestamps, an edit in
    /// the same tick as the hash would leave the stamp unchanged (git's "racily clean" case). The file is hashed again
    /// on the next build and its stamp kept then.
    /// </summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private static bool unavailable = !RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

    /// <summary>
    /// A regular file's stamp as the cache keeps it ("size:mtime:ctime:inode"), or null when there is none to trust:
    /// no stamp on this system (<paramref name="stamp"/> is null then, as for a change not yet settled), or not a file.
    /// </summary>
    public static string? ForCache(PathStamp? stamp) =>
        stamp is { Kind: PathKind.File } file
            ? string.Join(":", file.Size.ToString(CultureInfo.InvariantCulture), file.ModifiedTicks.ToString(CultureInfo.InvariantCulture), file.ChangedTicks.ToString(CultureInfo.InvariantCulture), file.Inode.ToString(CultureInfo.InvariantCulture))
            : null;

    /// <summary>
    /// What is at <paramref name="path"/> now, for the build record (<see cref="BuildRecord"/>): nothing, or a file,
    /// folder or other entry with its stamp; null when there is no stamp to trust (no statx, a last change not settled
    /// by <paramref name="nowUtc"/>, or an error other than "not found").
    /// </summary>
    public static PathStamp? ReadAny(string path, DateTime nowUtc)
    {
        if (unavailable) return null;
        try
        {
            if (statx(AtFdCwd, path, 0, StatxBasicStats, Buffer) != 0) return NotFound();
            return FromBuffer((nowUtc - Settle).Ticks);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            unavailable = true;
            return null;
        }
    }

    /// <summary>
    /// Compares paths with their recorded <see cref="ReadAny"/> stamps, relative to their folder: each folder is opened
    /// once for all its files, so the kernel walks each folder's path once rather than once per file, and nothing is
    /// allocated per file. On a no-op build these stats are nearly all the work.
    /// </summary>
    internal sealed class FolderChecker : IDisposable
    {
        private readonly long settledBeforeTicks;
        private int folder = -1;
        private bool folderMissing;

        public FolderChecker(DateTime nowUtc) => settledBeforeTicks = (nowUtc - Settle).Ticks;

        /// <summary>Opens the folder whose entries the next calls of <see cref="Matches"/> name (a NUL-terminated UTF-8 path).</summary>
        public bool Open(byte[] folderPath)
        {
            Close();
            if (unavailable) return false;
            try
            {
                folder = open(folderPath, OpenPath | OpenCloseOnExec);
                if (folder >= 0) return true;
                int errno = Marshal.GetLastWin32Error();
                folderMissing = errno == NoSuchEntry || errno == NotAFolder;
                return folderMissing;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
            {
                unavailable = true;
                return false;
            }
        }

        /// <summary>Whether the entry <paramref name="name"/> (NUL-terminated UTF-8) of the open folder still has <paramref name="recorded"/>.</summary>
        public bool Matches(byte[] name, PathStamp recorded)
        {
            PathStamp? now = folderMissing ? PathStamp.Absent
                : folder < 0 ? null
                : statx(folder, name, 0, StatxBasicStats, Buffer) != 0 ? NotFound()
                : FromBuffer(settledBeforeTicks);
            return now is { } stamp && stamp.Equals(recorded);
        }

        public void Dispose() => Close();

        private void Close()
        {
            if (folder >= 0) close(folder);
            folder = -1;
            folderMissing = false;
        }
    }

    // struct statx (linux/stat.h): the same layout on every architecture.
    private const int StatxSize = 256;
    private const int ModeOffset = 28;
    private const int InodeOffset = 32;
    private const int SizeOffset = 40;
    private const int ChangeTimeOffset = 96;
    private const int ModifyTimeOffset = 112;
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Folder = 0x4000;
    private const int NoSuchEntry = 2; // ENOENT
    private const int NotAFolder = 20; // ENOTDIR: a file where a folder of the path should be

    // O_PATH | O_CLOEXEC, the same on every Linux architecture: a handle to the folder for statx, not opened for reading.
    private const int OpenPath = 0x200000;
    private const int OpenCloseOnExec = 0x80000;

    [ThreadStatic]
    private static byte[]? buffer;

    private static byte[] Buffer => buffer ??= new byte[StatxSize];

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags);

    [DllImport("libc")]
    private static extern int close(int fd);

    /// <summary>After a failed statx: nothing there, or null for an error that says nothing about the path.</summary>
    private static PathStamp? NotFound()
    {
        int errno = Marshal.GetLastWin32Error();
        return errno == NoSuchEntry || errno == NotAFolder ? PathStamp.Absent : null;
    }

    /// <summary>The stamp in the thread's statx buffer, or null when its last change is not older than the given time.</summary>
    private static PathStamp? FromBuffer(long settledBeforeTicks)
    {
        var b = Buffer;
        long changed = Ticks(b, ChangeTimeOffset);
        if (changed >= settledBeforeTicks) return null;
        int type = BitConverter.ToUInt16(b, ModeOffset) & FileTypeMask;
        var kind = type == RegularFile ? PathKind.File : type == Folder ? PathKind.Folder : PathKind.Other;
        return new PathStamp(kind, BitConverter.ToInt64(b, SizeOffset), Ticks(b, ModifyTimeOffset), changed, BitConverter.ToInt64(b, InodeOffset));
    }

    /// <summary>A statx timestamp (seconds since 1970, nanoseconds) as UTC DateTime ticks, to 100 ns.</summary>
    private static long Ticks(byte[] buffer, int offset)
    {
        long seconds = BitConverter.ToInt64(buffer, offset);
        uint nanoseconds = BitConverter.ToUInt32(buffer, offset + 8);
        return new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks + (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / 100);
    }
}

internal enum PathKind : byte
{
    Absent,
    File,
    Folder,
    Other,
}

/// <summary>A path's change stamp (see <see cref="FileChangeStamp"/>): what kind of entry is there, its size, mtime, ctime and inode.</summary>
internal readonly struct PathStamp : IEquatable<PathStamp>
{
    public static readonly PathStamp Absent = new(PathKind.Absent, 0, 0, 0, 0);

    public PathStamp(PathKind kind, long size, long modifiedTicks, long changedTicks, long inode)
    {
        Kind = kind;
        Size = size;
        ModifiedTicks = modifiedTicks;
        ChangedTicks = changedTicks;
        Inode = inode;
    }

    public PathKind Kind { get; }

    public long Size { get; }

    public long ModifiedTicks { get; }

    public long ChangedTicks { get; }

    public long Inode { get; }

    public bool Equals(PathStamp other) =>
        Kind == other.Kind && Size == other.Size && ModifiedTicks == other.ModifiedTicks && ChangedTicks == other.ChangedTicks && Inode == other.Inode;

    public override bool Equals(object? obj) => obj is PathStamp other && Equals(other);

    public override int GetHashCode() => (int)(Size ^ ChangedTicks ^ Inode);
}
