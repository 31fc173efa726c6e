namespace TranscriptLint.Model;

/// <summary>
/// The first few objects met and a value for each, found again by reference: a lookup that answers most questions about
/// a file's speakers without hashing. The reader gives the labels of one spelling one name string and one key object,
/// and most of a file's labels are its first few speakers; anything else goes to the caller's table.
/// </summary>
internal sealed class FirstFew<TKey, TValue>
    where TKey : class
{
    private const int Capacity = 8;
    private readonly TKey?[] keys = new TKey?[Capacity];
    private readonly TValue[] values = new TValue[Capacity];
    private int count;

    public bool TryGet(TKey key, out TValue value)
    {
        for (int i = 0; i < count; i++)
        {
            if (ReferenceEquals(keys[i], key))
            {
                value = values[i];
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Remembers <paramref name="key"/> while there is room; the caller's table holds the rest.</summary>
    public void Add(TKey key, TValue value)
    {
        if (count == Capacity) return;
        keys[count] = key;
        values[count++] = value;
    }
}
