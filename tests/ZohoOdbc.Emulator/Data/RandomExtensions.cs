namespace ZohoOdbc.Emulator.Data;

/// <summary>Small helpers over <see cref="Random"/> that keep the generator readable.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Picks by relative weights.</summary>
    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, int Weight)> choices)
    {
        int total = 0;
        foreach (var choice in choices)
        {
            total += choice.Weight;
        }

        int roll = random.Next(total);
        foreach (var choice in choices)
        {
            roll -= choice.Weight;
            if (roll < 0)
            {
                return choice.Item;
            }
        }

        return choices[^1].Item;
    }

    /// <summary>Replaces '#' with a digit and '@' with an upper-case letter.</summary>
    public static string FillPattern(this Random random, string pattern)
    {
        var chars = pattern.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '#' => (char)('0' + random.Next(10)),
                '@' => (char)('A' + random.Next(26)),
                var c => c,
            };
        }

        return new string(chars);
    }
}
