using System;
using System.IO;
using System.Text;

namespace TranscriptLint.Text;

/// <summary>Why a file was not read: nothing to read, or too much.</summary>
public enum UnreadReason
{
    None,

    /// <summary>The file reports no bytes: empty, or not a regular file (a pipe, a socket, a device such as /dev/zero).</summary>
    EmptyOrSpecial,

    /// <summary>Larger than the size limit.</summary>
    TooLarge,
}

/// <summary>
/// Reads whole files with a size limit, and never opens a file that reports no bytes: a FIFO would block the open
/// until a writer came, and a device such as /dev/zero (or a link to it) would be read forever. A regular file's
/// size is known before opening it; what is read is still cut at the limit, in case the file grows or lies.
/// </summary>
public static class BoundedFile
{
    /// <summary>The largest transcript read: far above any real transcript, and a few times the memory of the file.</summary>
    public const long MaxTranscriptBytes = 256L * 1024 * 1024;

    /// <summary>The largest config or roster file read.</summary>
    public const long MaxSettingsBytes = 16L * 1024 * 1024;

    /// <summary>
    /// Files up to this size are read into a buffer kept per thread; larger ones get an array of their own. Small, as a
    /// long-lived host (an MSBuild node, the compiler server) keeps the buffer of each thread that once read a file.
    /// </summary>
    private const int MaxSharedBuffer = 1024 * 1024;

    [ThreadStatic]
    private static byte[]? threadBuffer;

    /// <summary>
    /// The file's bytes in an array of their own, or null with the reason it was not read. Throws the usual I/O
    /// exceptions (missing file, permission denied).
    /// </summary>
    public static byte[]? ReadAllBytes(string path, long maxBytes, out UnreadReason reason) =>
        Read(path, maxBytes, shareThreadBuffer: false, out reason)?.ToArray();

    /// <summary>
    /// As <see cref="ReadAllBytes"/>, into a buffer this thread reuses for its next shared read (see
    /// <see cref="FileBytes"/>): reading a corpus then allocates nothing per file.
    /// </summary>
    public static FileBytes? ReadShared(string path, long maxBytes, out UnreadReason reason) =>
        Read(path, maxBytes, shareThreadBuffer: true, out reason);

    private static FileBytes? Read(string path, long maxBytes, bool shareThreadBuffer, out UnreadReason reason)
    {
        using var stream = Open(path, maxBytes, out long length, out reason);
        if (stream is null) return null;

        // Room for one byte more than the file says: a read that fills the buffer shows the file grew.
        int size = (int)length + 1;
        byte[] buffer;
        if (shareThreadBuffer && size <= MaxSharedBuffer)
        {
            buffer = threadBuffer is { } kept && kept.Length >= size ? kept : threadBuffer = new byte[Math.Max(size, 64 * 1024)];
        }
        else
        {
            buffer = new byte[size];
        }

        int total = 0;
        while (total < size)
        {
            int read = stream.Read(buffer, total, size - total);
            if (read == 0) break;
            total += read;

            // The usual case: one read gives the whole file, as long as it said; no second read to see the end.
            if (total == length) break;
        }

        if (total < size) return new FileBytes(buffer, total);

        // The file grew (or its size was not its content): read on, but never past the limit.
        var all = new MemoryStream();
        all.Write(buffer, 0, total);
        var chunk = new byte[81920];
        int more;
        while ((more = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (all.Length + more > maxBytes)
            {
                reason = UnreadReason.TooLarge;
                return null;
            }

            all.Write(chunk, 0, more);
        }

        if (all.Length > maxBytes)
        {
            reason = UnreadReason.TooLarge;
            return null;
        }

        return new FileBytes(all.GetBuffer(), (int)all.Length);
    }

    /// <summary>
    /// The same bytes <see cref="ReadAllBytes"/> would return, handed to <paramref name="onChunk"/> a buffer at a time
    /// (for hashing a file without holding it): false with the reason when it would return null.
    /// </summary>
    public static bool ReadInChunks(string path, long maxBytes, byte[] buffer, Action<byte[], int> onChunk, out UnreadReason reason)
    {
        using var stream = Open(path, maxBytes, out _, out reason);
        if (stream is null) return false;
        long total = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                reason = UnreadReason.TooLarge;
                return false;
            }

            onChunk(buffer, read);
        }

        return true;
    }

    /// <summary>The open file and its size, or null with the reason it is not read (see the class remarks).</summary>
    private static FileStream? Open(string path, long maxBytes, out long length, out UnreadReason reason)
    {
        reason = UnreadReason.None;
        var info = FinalTarget(new FileInfo(path));
        if (!info.Exists)
        {
            // A folder (or a link to one) is not "missing", and opening it would say "access denied".
            if (Directory.Exists(path)) throw new IOException($"'{path}' is a folder, not a file.");
            throw new FileNotFoundException($"Could not find file '{path}'.", path);
        }

        length = info.Length;
        if (length == 0)
        {
            reason = UnreadReason.EmptyOrSpecial;
            return null;
        }

        if (length > maxBytes)
        {
            reason = UnreadReason.TooLarge;
            return null;
        }

        // One read takes the whole file, so no read-ahead hint (a syscall per file) is asked for.
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
    }

    /// <summary>
    /// A config or roster file's text (UTF-8 or UTF-16 by BOM), or an <see cref="IOException"/> saying why not: a file
    /// that is empty or not a regular file, or one over <paramref name="maxBytes"/>.
    /// </summary>
    public static string ReadAllText(string path, long maxBytes = MaxSettingsBytes)
    {
        var bytes = Read(path, maxBytes, shareThreadBuffer: false, out var reason);
        switch (reason)
        {
            case UnreadReason.EmptyOrSpecial:
                throw new IOException("the file is empty, or not a regular file (a pipe or a device).");
            case UnreadReason.TooLarge:
                throw new IOException($"the file is larger than {Describe(maxBytes)}, the limit for this file.");
        }

        using var reader = new StreamReader(new MemoryStream(bytes!.Value.Array, 0, bytes.Value.Length), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    // FileSystemInfo.ResolveLinkTarget(bool) exists from .NET 6 on; this library targets netstandard2.0, so it is looked up.
    private static readonly System.Reflection.MethodInfo? ResolveLinkTarget =
        typeof(FileSystemInfo).GetMethod("ResolveLinkTarget", new[] { typeof(bool) });

    /// <summary>
    /// The file a link finally points to, so its size is the target's (a link's own size is the length of the path it
    /// holds: a link to /dev/zero would look like a 9-byte file). The file itself when it is no link, or the runtime
    /// cannot tell (then the bounded read still stops at the limit).
    /// </summary>
    private static FileInfo FinalTarget(FileInfo info)
    {
        if (ResolveLinkTarget is null || !info.Exists || (info.Attributes & FileAttributes.ReparsePoint) == 0) return info;
        try
        {
            return ResolveLinkTarget.Invoke(info, new object[] { true }) as FileInfo ?? info;
        }
        catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException is IOException or UnauthorizedAccessException)
        {
            throw ex.InnerException;
        }
    }

    /// <summary>"256 MB".</summary>
    public static string Describe(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes} bytes";
}
