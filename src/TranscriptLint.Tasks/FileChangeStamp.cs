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
    /// The file's stamp as text ("size:mtime:ctime:inode"), or null when there is none to trust: no stamp on this
    /// system, not a regular file, or a last change that has not settled by <paramref name="nowUtc"/>.
    /// </summary>
    public static string? ReadSettled(string path, DateTime nowUtc)
    {
        if (unavailable) return null;
        try
        {
            return ReadLinux(path, (nowUtc - Settle).Ticks);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            // An old C library without statx: hash every file, as on other systems.
            unavailable = true;
            return null;
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

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    private static string? ReadLinux(string path, long settledBeforeTicks)
    {
        var buffer = new byte[StatxSize];

        // flags 0: follows links, so the stamp is the target's, whose bytes are hashed.
        if (statx(AtFdCwd, path, 0, StatxBasicStats, buffer) != 0) return null;
        int mode = BitConverter.ToUInt16(buffer, ModeOffset);
        if ((mode & FileTypeMask) != RegularFile) return null;
        long changed = Ticks(buffer, ChangeTimeOffset);
        if (changed >= settledBeforeTicks) return null;
        long size = BitConverter.ToInt64(buffer, SizeOffset);
        long inode = BitConverter.ToInt64(buffer, InodeOffset);
        return string.Join(":", size.ToString(CultureInfo.InvariantCulture), Ticks(buffer, ModifyTimeOffset).ToString(CultureInfo.InvariantCulture), changed.ToString(CultureInfo.InvariantCulture), inode.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A statx timestamp (seconds since 1970, nanoseconds) as UTC DateTime ticks, to 100 ns.</summary>
    private static long Ticks(byte[] buffer, int offset)
    {
        long seconds = BitConverter.ToInt64(buffer, offset);
        uint nanoseconds = BitConverter.ToUInt32(buffer, offset + 8);
        return new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks + (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / 100);
    }
}
