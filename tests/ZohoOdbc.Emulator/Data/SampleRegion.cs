namespace ZohoOdbc.Emulator.Data;

/// <summary>Where a contact trading in one currency is based: cities, streets, company suffixes and mobile numbers.</summary>
public sealed record SampleRegion(
    Currency Currency,
    IReadOnlyList<SampleCity> Cities,
    IReadOnlyList<string> Streets,
    IReadOnlyList<string> CompanySuffixes,
    string MobilePrefix)
{
    /// <summary>The regions of the first organization's contacts, by currency.</summary>
    public static SampleRegion For(Currency currency) =>
        currency == Currency.Eur ? Europe : currency == Currency.Gbp ? UnitedKingdom : UnitedStates;

    // Phone numbers use ranges reserved for fiction (555-01xx in the US, Ofcom's drama ranges in the UK).
    public static readonly SampleRegion UnitedStates = new(
        Currency.Usd,
        [
            new("New York", "New York", "NY", "U.S.A.", "100##", "+1 212-555-01"),
            new("Brooklyn", "New York", "NY", "U.S.A.", "112##", "+1 718-555-01"),
            new("Boston", "Massachusetts", "MA", "U.S.A.", "021##", "+1 617-555-01"),
            new("Chicago", "Illinois", "IL", "U.S.A.", "606##", "+1 312-555-01"),
            new("Austin", "Texas", "TX", "U.S.A.", "787##", "+1 512-555-01"),
            new("Seattle", "Washington", "WA", "U.S.A.", "981##", "+1 206-555-01"),
            new("Denver", "Colorado", "CO", "U.S.A.", "802##", "+1 303-555-01"),
            new("Atlanta", "Georgia", "GA", "U.S.A.", "303##", "+1 404-555-01"),
            new("San Francisco", "California", "CA", "U.S.A.", "941##", "+1 415-555-01"),
            new("Portland", "Oregon", "OR", "U.S.A.", "972##", "+1 503-555-01"),
            new("Miami", "Florida", "FL", "U.S.A.", "331##", "+1 305-555-01"),
        ],
        ["Main Street", "Oak Avenue", "Market Street", "Harbor Road", "Park Avenue", "Elm Street", "Broadway", "Cedar Lane", "Lake Shore Drive", "Pine Street"],
        ["Inc.", "LLC", "Corp.", "Co."],
        "+1 646-555-0");

    public static readonly SampleRegion UnitedKingdom = new(
        Currency.Gbp,
        [
            new("London", "England", "", "United Kingdom", "EC# #@@", "+44 20 7946 00"),
            new("Manchester", "England", "", "United Kingdom", "M# #@@", "+44 161 496 00"),
            new("Bristol", "England", "", "United Kingdom", "BS# #@@", "+44 117 496 00"),
            new("Edinburgh", "Scotland", "", "United Kingdom", "EH# #@@", "+44 131 496 00"),
            new("Leeds", "England", "", "United Kingdom", "LS# #@@", "+44 113 496 00"),
        ],
        ["High Street", "Station Road", "Church Lane", "King Street", "Mill Road", "Victoria Road", "Queen's Walk"],
        ["Ltd", "PLC", "LLP"],
        "+44 7700 900");

    public static readonly SampleRegion Europe = new(
        Currency.Eur,
        [
            new("Berlin", "Berlin", "BE", "Germany", "10###", "+49 30 5550 01"),
            new("München", "Bayern", "BY", "Germany", "80###", "+49 89 5550 01"),
            new("Paris", "Île-de-France", "IDF", "France", "750##", "+33 1 55 50 01 "),
            new("Lyon", "Auvergne-Rhône-Alpes", "ARA", "France", "6900#", "+33 4 55 50 01 "),
            new("Amsterdam", "Noord-Holland", "NH", "Netherlands", "10## @@", "+31 20 555 01"),
            new("Madrid", "Comunidad de Madrid", "MD", "Spain", "280##", "+34 91 555 01 "),
            new("Milano", "Lombardia", "MI", "Italy", "201##", "+39 02 5550 01"),
            new("Dublin", "Leinster", "D", "Ireland", "D0# @@##", "+353 1 555 01"),
        ],
        ["Hauptstraße", "Bahnhofstraße", "Rue de la Paix", "Avenue des Champs", "Keizersgracht", "Calle Mayor", "Via Roma", "Grafton Street"],
        ["GmbH", "AG", "S.A.", "SARL", "B.V.", "S.r.l."],
        "+49 151 5550");
}
