using TranscriptLint.Model;
using Xunit;

namespace TranscriptLint.Tests;

public class FirstFewTests
{
    [Fact]
    public void Finds_the_very_objects_it_was_given_and_not_equal_copies()
    {
        var firstFew = new FirstFew<string, int>();
        string ann = "Ann Lee";
        firstFew.Add(ann, 3);

        Assert.True(firstFew.TryGet(ann, out int index));
        Assert.Equal(3, index);
        Assert.False(firstFew.TryGet(new string("Ann Lee".ToCharArray()), out _)); // equal text, another object: the caller's table answers
    }

    [Fact]
    public void Keeps_the_first_eight_and_ignores_the_rest()
    {
        var firstFew = new FirstFew<object, int>();
        var objects = new object[10];
        for (int i = 0; i < objects.Length; i++)
        {
            objects[i] = new object();
            firstFew.Add(objects[i], i);
        }

        for (int i = 0; i < 8; i++)
        {
            Assert.True(firstFew.TryGet(objects[i], out int value));
            Assert.Equal(i, value);
        }

        Assert.False(firstFew.TryGet(objects[8], out _));
        Assert.False(firstFew.TryGet(objects[9], out _));
    }
}
