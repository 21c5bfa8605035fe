namespace ZohoOdbc.Emulator.Data;

/// <summary>
/// Regions of the organizations beyond the first (one per data centre). Phone numbers and post codes are made up
/// in the local shape; none is meant to reach anyone.
/// </summary>
public static class SampleRegionCatalog
{
    public static readonly SampleRegion Germany = new(
        Currency.Eur,
        [
            new("Berlin", "Berlin", "BE", "Germany", "10###", "+49 30 5550 01"),
            new("Hamburg", "Hamburg", "HH", "Germany", "20###", "+49 40 5550 01"),
            new("München", "Bayern", "BY", "Germany", "80###", "+49 89 5550 01"),
            new("Warszawa", "Mazowieckie", "MZ", "Poland", "00-###", "+48 22 555 01"),
            new("Αθήνα", "Αττική", "I", "Greece", "10# ##", "+30 21 0555 01"),
            new("София", "София-град", "22", "Bulgaria", "1###", "+359 2 555 01"),
        ],
        ["Hauptstraße", "ul. Marszałkowska", "Οδός Ερμού", "бул. Витоша", "Königsallee", "Am Markt"],
        ["GmbH", "AG", "Sp. z o.o.", "Α.Ε.", "ЕООД", "KG"],
        "+49 151 5550");

    public static readonly SampleRegion India = new(
        Currencies.Inr,
        [
            new("Chennai", "Tamil Nadu", "TN", "India", "600###", "+91 44 5555 01"),
            new("Mumbai", "Maharashtra", "MH", "India", "400###", "+91 22 5555 01"),
            new("Bengaluru", "Karnataka", "KA", "India", "560###", "+91 80 5555 01"),
            new("नई दिल्ली", "Delhi", "DL", "India", "110###", "+91 11 5555 01"),
        ],
        ["MG Road", "Anna Salai", "Linking Road", "गांधी मार्ग", "Brigade Road"],
        ["Pvt Ltd", "LLP", "Ltd"],
        "+91 98765 0");

    public static readonly SampleRegion Australia = new(
        Currencies.Aud,
        [
            new("Sydney", "New South Wales", "NSW", "Australia", "2###", "+61 2 5550 01"),
            new("Melbourne", "Victoria", "VIC", "Australia", "3###", "+61 3 5550 01"),
            new("Brisbane", "Queensland", "QLD", "Australia", "4###", "+61 7 5550 01"),
            new("Perth", "Western Australia", "WA", "Australia", "6###", "+61 8 5550 01"),
        ],
        ["George Street", "Collins Street", "Queen Street", "Hay Street"],
        ["Pty Ltd", "Ltd"],
        "+61 491 570 0");

    public static readonly SampleRegion Japan = new(
        Currencies.Jpy,
        [
            new("千代田区", "東京都", "13", "Japan", "100-####", "+81 3-5555-01"),
            new("大阪市", "大阪府", "27", "Japan", "530-####", "+81 6-5555-01"),
            new("横浜市", "神奈川県", "14", "Japan", "220-####", "+81 45-555-01"),
            new("名古屋市", "愛知県", "23", "Japan", "450-####", "+81 52-555-01"),
        ],
        ["丸の内1-1", "梅田2-4", "みなとみらい3-2", "栄4-5"],
        ["株式会社", "合同会社"],
        "+81 90-5555-0");

    public static readonly SampleRegion Canada = new(
        Currencies.Cad,
        [
            new("Toronto", "Ontario", "ON", "Canada", "M#@ #@#", "+1 416-555-01"),
            new("Montréal", "Québec", "QC", "Canada", "H#@ #@#", "+1 514-555-01"),
            new("Vancouver", "British Columbia", "BC", "Canada", "V#@ #@#", "+1 604-555-01"),
        ],
        ["Yonge Street", "Rue Sainte-Catherine", "Granville Street", "Bay Street"],
        ["Inc.", "Ltée", "Ltd."],
        "+1 437-555-0");

    public static readonly SampleRegion China = new(
        Currencies.Cny,
        [
            new("上海市", "上海", "SH", "China", "200###", "+86 21 5555 01"),
            new("北京市", "北京", "BJ", "China", "100###", "+86 10 5555 01"),
            new("深圳市", "广东省", "GD", "China", "518###", "+86 755 5555 01"),
        ],
        ["南京东路", "长安街", "深南大道", "淮海中路"],
        ["有限公司", "股份有限公司"],
        "+86 139 5555 0");

    public static readonly SampleRegion SaudiArabia = new(
        Currencies.Sar,
        [
            new("الرياض", "منطقة الرياض", "01", "Saudi Arabia", "1####", "+966 11 555 01"),
            new("جدة", "منطقة مكة المكرمة", "02", "Saudi Arabia", "2####", "+966 12 555 01"),
            new("الدمام", "المنطقة الشرقية", "04", "Saudi Arabia", "3####", "+966 13 555 01"),
        ],
        ["طريق الملك فهد", "شارع التحلية", "طريق الأمير محمد بن عبدالعزيز"],
        ["المحدودة", "ش.م.م"],
        "+966 50 555 0");
}
