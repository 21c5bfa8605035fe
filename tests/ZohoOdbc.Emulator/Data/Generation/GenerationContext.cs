using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>What every generator of related records shares: the profile, the id sequence, the seed and the contacts.</summary>
internal sealed class GenerationContext(OrganizationProfile profile, IdSequence ids, int seed, IReadOnlyList<Contact> contacts)
{
    public OrganizationProfile Profile { get; } = profile;
    public IdSequence Ids { get; } = ids;
    public int Seed { get; } = seed;
    public IReadOnlyList<Contact> Contacts { get; } = contacts;
    public IReadOnlyList<Contact> Customers { get; } = contacts.Where(c => c.ContactType == "customer").ToList();
    public IReadOnlyList<Contact> Vendors { get; } = contacts.Where(c => c.ContactType == "vendor").ToList();

    private int[]? customerDays;

    /// <summary>A customer created on or before <paramref name="date"/> (contacts are in creation order); the first one otherwise.</summary>
    public Contact CustomerOn(Random random, DateOnly date)
    {
        customerDays ??= Customers.Select(c => DateOnly.FromDateTime(c.CreatedTime.DateTime).DayNumber).ToArray();
        int low = 0, high = customerDays.Length;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (customerDays[mid] <= date.DayNumber)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        int eligible = low;
        return Customers[random.Next(Math.Max(1, eligible))];
    }

    public required ChartOfAccounts Chart { get; init; }
    public required IReadOnlyList<Item> Items { get; init; }
    public required IReadOnlyList<OrganizationUser> Users { get; init; }

    public Random Random(string stream) => SeedStreams.For(Seed, stream);

    public DateOnly Today => SampleData.BaseDate;

    public DateTimeOffset At(DateOnly date, int secondOfDay) => Profile.At(date, secondOfDay);

    public decimal Round(decimal value) => Profile.Round(value);

    public decimal Bcy(decimal amount, decimal rate) => Math.Round(amount * rate, 2, MidpointRounding.AwayFromZero);

    public Currency CurrencyOf(Contact contact) => Profile.CurrencyById(contact.CurrencyId);

    /// <summary>A date in [from, to] (to is moved up to from when earlier).</summary>
    public static DateOnly Between(Random random, DateOnly from, DateOnly to) =>
        DateOnly.FromDayNumber(random.Next(from.DayNumber, Math.Max(from.DayNumber, to.DayNumber) + 1));

    /// <summary>A date of the data set's history: first date up to "today".</summary>
    public DateOnly PastDate(Random random) => Between(random, SampleData.FirstDate, Today.AddDays(-1));

    public static string DueDays(bool settled, DateOnly dueDate, DateOnly today)
    {
        if (settled)
        {
            return "";
        }

        int days = dueDate.DayNumber - today.DayNumber;
        return days switch
        {
            > 0 => $"Due in {days} day(s)",
            0 => "Due Today",
            _ => $"Overdue by {-days} day(s)",
        };
    }
}
