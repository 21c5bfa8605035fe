namespace ZohoOdbc.Emulator.Data;

/// <summary>
/// The words an organization's contact names are drawn from. Most sets outside the first organization are in
/// their own script (Japanese, Chinese, Arabic, Greek, Cyrillic, Devanagari, Hangul) so clients meet non-Latin text.
/// <see cref="Separator"/> joins company name parts ("" for scripts written without spaces).
/// </summary>
public sealed record SampleNames(
    IReadOnlyList<string> FirstNames,
    IReadOnlyList<string> LastNames,
    IReadOnlyList<string> CompanyPrefixes,
    IReadOnlyList<string> CompanyNouns,
    string Separator = " ")
{
    /// <summary>The first organization's names (Latin script with accents and apostrophes).</summary>
    public static SampleNames Latin { get; } = new(SampleWords.FirstNames, SampleWords.LastNames, SampleWords.CompanyPrefixes, SampleWords.CompanyNouns);

    public static SampleNames Japanese { get; } = new(
        ["翔太", "陽菜", "蓮", "結衣", "大翔", "さくら", "健一", "美咲", "拓海", "葵", "Kenji", "Aiko"],
        ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "Yamada", "Suzuki"],
        ["桜", "富士", "青葉", "大和", "光", "東海", "北斗", "みどり"],
        ["商事", "物産", "技研", "電機", "食品", "建設", "印刷", "システム"],
        Separator: "");

    public static SampleNames Chinese { get; } = new(
        ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "Wei", "Mei"],
        ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "Chen", "Zhang"],
        ["长城", "华夏", "东方", "金山", "天府", "明珠", "九州", "江南"],
        ["贸易", "科技", "实业", "电子", "物流", "食品", "建材", "软件"],
        Separator: "");

    public static SampleNames Arabic { get; } = new(
        ["محمد", "فاطمة", "عبدالله", "نورة", "خالد", "سارة", "Omar", "Layla"],
        ["العتيبي", "القحطاني", "الشمري", "الحربي", "الدوسري", "الغامدي", "Haddad", "Khalil"],
        ["الرياض", "النخبة", "الخليج", "الصفوة", "الأفق", "الواحة"],
        ["للتجارة", "للمقاولات", "للتقنية", "للخدمات", "للأغذية", "للنقل"]);

    /// <summary>Across the EU: Greek, Bulgarian Cyrillic, Polish and Scandinavian letters next to plain Latin.</summary>
    public static SampleNames European { get; } = new(
        ["Łukasz", "Zofia", "Γιώργος", "Ελένη", "Иван", "Мария", "Søren", "Inês", "Matthias", "Chloé", "Jürgen", "Ana"],
        ["Wójcik", "Kowalczyk", "Παπαδόπουλος", "Γεωργίου", "Иванов", "Петрова", "Ødegaard", "Ferreira", "Schäfer", "Dubois", "Novák", "García"],
        ["Nordlicht", "Αιγαίο", "Балкан", "Wisła", "Fjord", "Alpen", "Rivière", "Costa"],
        ["Handel", "Εμπορική", "Логистика", "Technik", "Design", "Foods", "Systèmes", "Energía"]);

    public static SampleNames Indian { get; } = new(
        ["Aarav", "Priya", "राहुल", "अनन्या", "Vikram", "Lakshmi", "Arjun", "सुनीता"],
        ["Sharma", "Patel", "शर्मा", "Iyer", "Reddy", "गुप्ता", "Nair", "Singh"],
        ["Ganga", "Himalaya", "सूर्य", "Lotus", "Deccan", "Indus"],
        ["Exports", "Textiles", "उद्योग", "Infotech", "Spices", "Traders"]);

    public static SampleNames Canadian { get; } = new(
        ["Émilie", "Olivier", "Liam", "Chloé", "Noah", "Amélie", "Ethan", "Gabrielle"],
        ["Tremblay", "Gagnon", "Roy", "Côté", "Smith", "Bouchard", "MacDonald", "Gauthier"],
        ["Maple", "Laurentian", "Boréal", "Rideau", "Prairie", "Saint-Laurent"],
        ["Trading", "Distribution", "Conseil", "Lumber", "Fisheries", "Logiciels"]);

    public static SampleNames Australian { get; } = new(
        ["Jack", "Charlotte", "Oliver", "Ruby", "William", "Matilda", "Thomas", "Isla"],
        ["Smith", "Nguyen", "Williams", "O'Connor", "Kelly", "Jones", "Wilson", "Tran"],
        ["Southern Cross", "Coral", "Outback", "Harbour", "Eucalypt", "Bondi"],
        ["Trading", "Mining", "Wines", "Surf Co", "Logistics", "Pastoral"]);

    /// <summary>A mix of scripts for the second organization of the multi-organization user.</summary>
    public static SampleNames Mixed { get; } = new(
        ["김민준", "이서연", "王芳", "Иван", "Γιάννης", "محمد", "José", "Zoë", "Siobhán", "Nguyễn", "דוד", "Ayşe"],
        ["박", "최", "李", "Петров", "Νικολάου", "الحربي", "Muñoz", "Ó Briain", "Trần", "כהן", "Yılmaz", "Ng"],
        ["서울", "Orbit", "Полюс", "Ωμέγα", "Atlas", "Nova", "東方", "Kestrel"],
        ["Studio", "무역", "Сервис", "Λύσεις", "Media", "Labs", "商社", "Works"]);
}
