using System.Text;
using NewsPortal.Ingestion.Synthetic;

namespace NewsPortal.Ingestion.Tests.Support;

/// <summary>Page files for tests: synthetic pages, and files that are not pages at all.</summary>
internal static class Pages
{
    private static readonly SyntheticCorpus Corpus = new(seed: 7);

    public static PageFile Synthetic(int number) => Corpus.Page(number);

    public static PageFile Named(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    public static string Write(string folder, PageFile page)
    {
        var path = Path.Combine(folder, page.Name);
        File.WriteAllBytes(path, page.Content);
        return path;
    }

    public static byte[] Binary() => [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3e, 0x00];

    public static string SimplePage(string district, string headline) =>
        $"""
        {headline}

        本报讯(记者 王翔){district}今年以来加快建设先进制造业集群,规模以上工业产值达120亿元,同比增长8.5%。

        {district}将继续推动产业集群发展,新增企业35家,带动就业1200人。

        """;
}
