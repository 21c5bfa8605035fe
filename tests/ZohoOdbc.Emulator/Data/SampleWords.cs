namespace ZohoOdbc.Emulator.Data;

/// <summary>Small word lists the generator builds names from; a few carry apostrophes, ampersands and accents on purpose.</summary>
internal static class SampleWords
{
    public static readonly string[] FirstNames =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Steven", "Ashley",
        "Andrew", "Emily", "Kevin", "Donna", "Brian", "Michelle", "George", "Carol", "Olivia", "Amanda",
        "Liam", "Sophie", "Noah", "Chloe", "Lucas", "Emma", "Hugo", "Léa", "José", "Zoë",
        "Søren", "Anaïs", "Björn", "Renée", "Raj", "Priya", "Wei", "Mei", "Kenji", "Aiko",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright",
        "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter",
        "O'Brien", "O'Neil", "Müller", "Schröder", "Dubois", "Lefèvre", "García", "Núñez", "Kowalski", "Jensen",
        "Nakamura", "Patel", "Chen", "Novak", "Rossi", "Bianchi", "van der Berg", "Fitzgerald", "MacLeod", "D'Angelo",
    ];

    public static readonly string[] CompanyPrefixes =
    [
        "Northwind", "Blue Harbor", "Summit", "Redwood", "Silverline", "Cedar Point", "Granite", "Maple Leaf",
        "Pioneer", "Atlas", "Horizon", "Evergreen", "Riverbend", "Ironwood", "Lakeside", "Brightwater",
        "Oakridge", "Sterling", "Crescent", "Bowman", "Falcon", "Harborview", "Keystone", "Westfield",
    ];

    public static readonly string[] CompanyNouns =
    [
        "Trading", "Logistics", "Supplies", "Consulting", "Manufacturing", "Foods", "Textiles", "Electronics",
        "Builders", "Analytics", "Design", "Motors", "Pharma", "Media", "Outfitters", "Systems",
        "Labs", "Interiors", "Farms", "Energy", "Hardware", "& Sons", "Partners", "Software",
    ];

    public static readonly string[] Designations =
    [
        "Accounts Payable Manager", "Finance Director", "Purchasing Lead", "Owner", "Office Manager", "Controller", "CFO",
    ];

    public static readonly string[] Departments = ["Finance", "Purchasing", "Operations", "Administration"];

    public static readonly string[] ContactNotes =
    [
        "Prefers invoices by email.",
        "Key account: quarterly business review.",
        "Requires a PO number on every invoice.",
        "Pays by bank transfer, usually a few days late.",
        "Seasonal buyer; peak orders in Q4.",
        "Send statements to the accounts payable mailbox.",
    ];

    /// <summary>Lower-case ASCII form of a name for e-mail addresses and domains.</summary>
    public static string Slug(string text)
    {
        var slug = new System.Text.StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            string? mapped = c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                'ä' or 'æ' => "ae",
                'ö' or 'ø' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                'á' or 'à' or 'â' or 'å' => "a",
                'é' or 'è' or 'ê' or 'ë' => "e",
                'í' or 'ì' or 'î' or 'ï' => "i",
                'ó' or 'ò' or 'ô' => "o",
                'ú' or 'ù' or 'û' => "u",
                'ñ' => "n",
                'ç' => "c",
                '&' => "and",
                _ => null,
            };
            slug.Append(mapped);
        }

        return slug.ToString();
    }
}
