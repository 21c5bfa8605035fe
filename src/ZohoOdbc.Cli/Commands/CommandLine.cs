namespace ZohoOdbc.Cli.Commands;

/// <summary>
/// The arguments after the verb: positional arguments, <c>--option value</c> (or <c>--option=value</c>) and
/// <c>--flag</c>. Only the options and flags the command declares are accepted, so a typo is an error, not a
/// silently ignored setting.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> options;
    private readonly HashSet<string> flags;

    private CommandLine(IReadOnlyList<string> arguments, Dictionary<string, string> options, HashSet<string> flags)
    {
        Arguments = arguments;
        this.options = options;
        this.flags = flags;
    }

    public IReadOnlyList<string> Arguments { get; }

    public static CommandLine Parse(IEnumerable<string> args, IReadOnlyCollection<string> knownOptions, IReadOnlyCollection<string> knownFlags)
    {
        var arguments = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        using var items = args.GetEnumerator();
        while (items.MoveNext())
        {
            var item = items.Current;
            if (!item.StartsWith("--", StringComparison.Ordinal) || item == "--")
            {
                arguments.Add(item);
                continue;
            }
            var name = item[2..];
            string? inline = null;
            if (name.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
            {
                inline = name[(equals + 1)..];
                name = name[..equals];
            }
            if (knownFlags.Contains(name))
            {
                if (inline is not null) throw new UsageException($"--{name} takes no value.");
                flags.Add(name);
            }
            else if (knownOptions.Contains(name))
            {
                if (inline is null && !items.MoveNext()) throw new UsageException($"--{name} needs a value.");
                options[name] = inline ?? items.Current;
            }
            else
            {
                throw new UsageException($"Unknown option --{name}. Known here: {string.Join(", ", knownOptions.Concat(knownFlags).Order(StringComparer.Ordinal).Select(o => "--" + o))}.");
            }
        }
        return new CommandLine(arguments, options, flags);
    }

    public string? Option(string name) => options.GetValueOrDefault(name);

    public bool Flag(string name) => flags.Contains(name);

    /// <summary>The option's integer value, or <paramref name="fallback"/> when absent.</summary>
    public int IntOption(string name, int fallback, int min, int max)
    {
        if (Option(name) is not { } text) return fallback;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"--{name} must be a whole number from {min} to {max}.");
    }

    /// <summary>The positional argument at <paramref name="index"/>, or a usage error naming <paramref name="what"/>.</summary>
    public string Argument(int index, string what) =>
        index < Arguments.Count ? Arguments[index] : throw new UsageException($"Give the {what}.");

    /// <summary>Fails when more positional arguments were given than the command takes.</summary>
    public void AtMost(int count)
    {
        if (Arguments.Count > count) throw new UsageException($"Unexpected argument '{Arguments[count]}'.");
    }
}
