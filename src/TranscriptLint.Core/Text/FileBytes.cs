using System;

namespace TranscriptLint.Text;

/// <summary>
/// A file's bytes as read: the first <see cref="Length"/> bytes of <see cref="Array"/>. The array may be a buffer the
/// reader reuses for its next read on the same thread (so a run allocates a buffer per thread, not an array per
/// file): use the bytes before reading another file on that thread, and copy them (<see cref="ToArray"/>) to keep them.
/// </summary>
public readonly struct FileBytes
{
    public FileBytes(byte[] array)
        : this(array, array.Length)
    {
    }

    public FileBytes(byte[] array, int length)
    {
        if ((uint)length > (uint)array.Length) throw new ArgumentOutOfRangeException(nameof(length));
        Array = array;
        Length = length;
    }

    public byte[] Array { get; }

    public int Length { get; }

    /// <summary>The bytes in an array of their own, exactly as long.</summary>
    public byte[] ToArray()
    {
        if (Array.Length == Length) return Array;
        var copy = new byte[Length];
        Buffer.BlockCopy(Array, 0, copy, 0, Length);
        return copy;
    }
}
