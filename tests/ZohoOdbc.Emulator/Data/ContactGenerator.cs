using System.Globalization;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Data;

/// <summary>Builds contacts in creation order; the earliest is always a customer so every invoice date has one to bill.</summary>
internal sealed class ContactGenerator(Random random, IdSequence ids, OrganizationProfile profile)
{
    private static readonly DateOnly LastCreatedDate = new(2025, 12, 31);

    private static readonly (int Days, int Weight)[] PaymentTermDays = [(15, 2), (30, 5), (45, 2), (60, 1)];

    private readonly HashSet<string> usedNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> usedEmails = new(StringComparer.OrdinalIgnoreCase);

    public List<Contact> Generate(int count)
    {
        var createdTimes = new List<DateTimeOffset>(count);
        for (int i = 0; i < count; i++)
        {
            createdTimes.Add(i == 0 ? profile.At(SampleData.FirstDate, 9 * 3600) : DrawCreatedTime());
        }

        createdTimes.Sort();

        var contacts = new List<Contact>(count);
        for (int i = 0; i < count; i++)
        {
            bool isCustomer = i == 0 || random.Chance(0.85);
            contacts.Add(Create(isCustomer, createdTimes[i]));
        }

        return contacts;
    }

    private DateTimeOffset DrawCreatedTime()
    {
        // Skewed towards the early months: most customers predate most invoices.
        int span = LastCreatedDate.DayNumber - SampleData.FirstDate.DayNumber;
        int day = (int)(span * Math.Pow(random.NextDouble(), 1.7));
        return profile.At(SampleData.FirstDate.AddDays(day), 8 * 3600 + random.Next(10 * 3600));
    }

    private Contact Create(bool isCustomer, DateTimeOffset created)
    {
        bool isBusiness = random.Chance(0.75);
        Currency currency = random.PickWeighted(profile.ContactCurrencies);
        SampleRegion region = profile.RegionFor(currency);
        SampleNames names = profile.Names;
        SampleCity city = random.Pick(region.Cities);

        string firstName = random.Pick(names.FirstNames);
        string lastName = random.Pick(names.LastNames);
        string companyName = "";
        string domain = "mail.example";
        string contactName;
        if (isBusiness)
        {
            string prefix = "", noun = "";
            companyName = DrawUnique(() =>
            {
                prefix = random.Pick(names.CompanyPrefixes);
                noun = random.Pick(names.CompanyNouns);
                return string.Join(names.Separator, prefix, noun, random.Pick(region.CompanySuffixes));
            });
            domain = DomainOf(prefix + noun);
            contactName = companyName;
        }
        else
        {
            contactName = DrawUnique(() =>
            {
                firstName = random.Pick(names.FirstNames);
                lastName = random.Pick(names.LastNames);
                return $"{firstName} {lastName}";
            });
        }

        string email = UniqueEmail(LocalPart(firstName, lastName), domain);
        string phone = city.PhonePrefix + random.Next(100).ToString("00", CultureInfo.InvariantCulture);
        string mobile = region.MobilePrefix + random.Next(1000).ToString("000", CultureInfo.InvariantCulture);

        var primary = new ContactPerson
        {
            ContactPersonId = ids.Next(),
            Salutation = random.Chance(0.05) ? "Dr." : "",
            FirstName = firstName,
            LastName = lastName,
            Email = email,
            Phone = phone,
            Mobile = mobile,
            IsPrimaryContact = true,
            Designation = isBusiness ? random.Pick(SampleWords.Designations) : "",
            Department = isBusiness ? random.Pick(SampleWords.Departments) : "",
            CommunicationPreference = new CommunicationPreference(random.Chance(0.2), random.Chance(0.1)),
        };
        var persons = new List<ContactPerson> { primary };
        int extraPersons = isBusiness ? random.Next(3) : 0;
        for (int i = 0; i < extraPersons; i++)
        {
            persons.Add(CreateColleague(domain, city));
        }

        PostalAddress billing = CreateAddress(region, city, isBusiness ? $"{firstName} {lastName}" : "", phone);
        PostalAddress shipping = random.Chance(0.8) ? billing : CreateAddress(region, random.Pick(region.Cities), "", "");

        int terms = random.PickWeighted(PaymentTermDays);
        bool isTaxable = isCustomer && currency.CurrencyCode == profile.BaseCurrency.CurrencyCode && random.Chance(0.85);
        SalesTax? tax = isTaxable ? profile.TaxFor(city) : null;

        // Edited some time between creation and the data set's "today".
        int minutesToBase = (int)(profile.At(SampleData.BaseDate, 0) - created).TotalMinutes;
        DateTimeOffset modified = created.AddMinutes(random.Next(Math.Max(1, minutesToBase)));

        return new Contact
        {
            ContactId = ids.Next(),
            ContactName = contactName,
            CompanyName = companyName,
            ContactType = isCustomer ? "customer" : "vendor",
            CustomerSubType = isBusiness ? "business" : "individual",
            Status = random.Chance(0.92) ? "active" : "inactive",
            PaymentTerms = terms,
            PaymentTermsLabel = $"Net {terms}",
            CurrencyId = currency.CurrencyId,
            CurrencyCode = currency.CurrencyCode,
            CurrencySymbol = currency.CurrencySymbol,
            FirstName = firstName,
            LastName = lastName,
            Email = email,
            Phone = phone,
            Mobile = mobile,
            Website = isBusiness ? "https://www." + domain : "",
            PortalStatus = isCustomer && random.Chance(0.3) ? "enabled" : "disabled",
            CreatedTime = created,
            LastModifiedTime = modified,
            CreditLimit = isCustomer && random.Chance(0.25) ? random.Pick([5000m, 10000m, 25000m, 50000m]) : 0m,
            IsTaxable = isTaxable,
            TaxId = tax?.TaxId ?? "",
            TaxName = tax?.TaxName ?? "",
            TaxPercentage = tax?.TaxPercentage ?? 0m,
            LegalName = companyName,
            PrimaryContactId = primary.ContactPersonId,
            PaymentReminderEnabled = isCustomer && random.Chance(0.6),
            BillingAddress = billing,
            ShippingAddress = shipping,
            ContactPersons = persons,
            Notes = random.Chance(0.25) ? random.Pick(SampleWords.ContactNotes) : "",
        };
    }

    private ContactPerson CreateColleague(string domain, SampleCity city)
    {
        string firstName = random.Pick(profile.Names.FirstNames);
        string lastName = random.Pick(profile.Names.LastNames);
        return new ContactPerson
        {
            ContactPersonId = ids.Next(),
            Salutation = "",
            FirstName = firstName,
            LastName = lastName,
            Email = UniqueEmail(LocalPart(firstName, lastName), domain),
            Phone = city.PhonePrefix + random.Next(100).ToString("00", CultureInfo.InvariantCulture),
            Mobile = "",
            IsPrimaryContact = false,
            Designation = random.Pick(SampleWords.Designations),
            Department = random.Pick(SampleWords.Departments),
        };
    }

    private PostalAddress CreateAddress(SampleRegion region, SampleCity city, string attention, string phone) => new()
    {
        Attention = attention,
        Address = $"{random.Next(1, 2000)} {random.Pick(region.Streets)}",
        Street2 = random.Chance(0.2) ? $"Suite {random.Next(100, 1000)}" : "",
        City = city.City,
        State = city.State,
        StateCode = city.StateCode,
        Zip = random.FillPattern(city.ZipPattern),
        Country = city.Country,
        Phone = phone,
    };

    /// <summary>
    /// Contact names are unique in Zoho: draw again a few times, then number the last draw
    /// as a user would (large data sets exhaust the word lists).
    /// </summary>
    private string DrawUnique(Func<string> draw)
    {
        string candidate = "";
        for (int attempt = 0; attempt < 8; attempt++)
        {
            candidate = draw();
            if (usedNames.Add(candidate))
            {
                return candidate;
            }
        }

        for (int n = 2; ; n++)
        {
            string numbered = $"{candidate} ({n})";
            if (usedNames.Add(numbered))
            {
                return numbered;
            }
        }
    }

    /// <summary>"first.last" in ASCII; names in other scripts have no ASCII form and get a generic mailbox.</summary>
    private static string LocalPart(string firstName, string lastName)
    {
        string first = SampleWords.Slug(firstName), last = SampleWords.Slug(lastName);
        return first.Length > 0 && last.Length > 0 ? $"{first}.{last}" : first.Length + last.Length > 0 ? first + last : "contact";
    }

    private string DomainOf(string companyWords)
    {
        string slug = SampleWords.Slug(companyWords);
        return (slug.Length > 0 ? slug : "company" + usedNames.Count.ToString(CultureInfo.InvariantCulture)) + ".example";
    }

    private string UniqueEmail(string localPart, string domain)
    {
        string email = $"{localPart}@{domain}";
        for (int n = 2; !usedEmails.Add(email); n++)
        {
            email = $"{localPart}{n}@{domain}";
        }

        return email;
    }
}
