using ZohoOdbc.Cli.Connection;
using ZohoOdbc.Core;

namespace ZohoOdbc.Cli.Commands;

/// <summary><c>zoho-odbc tables DSN [TABLE]</c>: the tables a DSN offers, or the columns of one table.</summary>
internal static class TablesCommand
{
    public static int Run(IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, [], []);
        line.AtMost(2);
        var name = line.Argument(0, "data source name (zoho-odbc tables DSN [TABLE])");
        var (_, settings) = DataSourceSettings.Load(name);
        using var session = Session.Open(settings, cancellationToken);

        if (line.Arguments.Count == 2)
        {
            var wanted = line.Arguments[1];
            var table = session.Tables.FirstOrDefault(t => t.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"There is no table '{wanted}'. Tables: {string.Join(", ", session.Tables.Select(t => t.Name))}.");
            Console.WriteLine($"{table.Name}: {table.Description}");
            ConsoleReport.Grid(["column", "type", "nullable", "description"],
                table.Columns.Select(c => (IReadOnlyList<string>)[c.Name, TypeName(c.Type, c.Size, c.Scale), c.Nullable ? "yes" : "no", c.Description]).ToArray());
            return 0;
        }

        Console.WriteLine($"{session.Organization.Name} ({session.Organization.Id}): {session.Tables.Count} tables");
        ConsoleReport.Grid(["table", "columns", "description"],
            session.Tables.Select(t => (IReadOnlyList<string>)[t.Name, t.FixedColumns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Description]).ToArray());
        return 0;
    }

    private static string TypeName(Core.Engine.SqlDataType type, int size, short scale) => type switch
    {
        Core.Engine.SqlDataType.VarChar => $"VARCHAR({size})",
        Core.Engine.SqlDataType.Decimal => $"DECIMAL({size},{scale})",
        _ => type.ToString().ToUpperInvariant(),
    };
}
