using System;
using System.Security.Cryptography;
using System.Text;

namespace TranscriptLint.Text;

/// <summary>SHA-256 as upper-case hex: the one spelling of a content key (configs, the task's cache and run record).</summary>
public static class ContentHash
{
    public static string Of(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(bytes));
    }

    public static string Of(FileBytes bytes)
    {
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(bytes.Array, 0, bytes.Length));
    }

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>A digest (from an incremental hash, say) as upper-case hex.</summary>
    public static string Hex(byte[] digest) => BitConverter.ToString(digest).Replace("-", string.Empty);
}
