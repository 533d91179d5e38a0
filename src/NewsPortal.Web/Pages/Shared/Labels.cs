using NewsPortal.Core.Pages;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>The Chinese words the interface uses for the model's enums and dates.</summary>
public static class Labels
{
    public static string Of(ArticleKind kind) => kind switch
    {
        ArticleKind.News => "消息",
        ArticleKind.Interview => "访谈",
        ArticleKind.Commentary => "评论",
        ArticleKind.List => "名单",
        ArticleKind.Brief => "简讯",
        ArticleKind.Photo => "图片新闻",
        ArticleKind.Notice => "公告",
        _ => kind.ToString(),
    };

    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.District => "区县",
        EntityKind.Cluster => "产业集群",
        EntityKind.Industry => "产业",
        EntityKind.Organization => "机构",
        EntityKind.Person => "人物",
        _ => kind.ToString(),
    };

    public static string Of(FigureKind kind) => kind switch
    {
        FigureKind.Amount => "金额",
        FigureKind.Percent => "百分比",
        FigureKind.Growth => "增速",
        FigureKind.Count => "数量",
        FigureKind.Share => "占比",
        FigureKind.Capacity => "产能",
        _ => "其他",
    };

    public static string Of(FigureStatus status) => status switch
    {
        FigureStatus.Actual => "实际",
        FigureStatus.Target => "目标",
        FigureStatus.Forecast => "预测",
        _ => status.ToString(),
    };

    public static string Text<TEnum>(TEnum value) where TEnum : struct, Enum => value switch
    {
        ArticleKind k => Of(k),
        EntityKind k => Of(k),
        FigureKind k => Of(k),
        FigureStatus s => Of(s),
        _ => value.ToString(),
    };

    public static string Date(DateOnly? date) => date?.ToString("yyyy年M月d日") ?? "日期不详";

    public static string Value(decimal value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Query-string form of an enum value ("news", "growth").</summary>
    public static string Key<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    public static TEnum? Parse<TEnum>(string? key) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(key, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
}
