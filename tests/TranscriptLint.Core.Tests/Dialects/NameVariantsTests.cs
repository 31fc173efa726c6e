using System.Linq;
using TranscriptLint.Dialects;
using Xunit;

namespace TranscriptLint.Tests.Dialects;

/// <summary>The census blocks spellings under hashed keys: the same keys, in the same order, as the key texts.</summary>
public sealed class NameVariantsTests
{
    [Theory]
    [InlineData("Ann Lee-Carter")]
    [InlineData("JOSÉ O'BRIEN")]
    [InlineData("Sjors Provoost")]
    [InlineData("Tijani Ben Jemaa")]
    [InlineData("Speaker 1")]
    [InlineData("Al")]
    [InlineData("Mo Li")]
    [InlineData("Cheryl Langdon-Orr")]
    [InlineData("")]
    public void Blocking_key_hashes_are_the_hashes_of_the_blocking_keys(string name)
    {
        var key = new NameKey(name);
        Assert.Equal(NameVariants.BlockingKeys(key).Select(NameVariants.KeyHash), NameVariants.BlockingKeyHashes(key));
    }
}
