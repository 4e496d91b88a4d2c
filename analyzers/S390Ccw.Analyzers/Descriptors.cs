using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using S390Ccw.Language.Diagnostics;

namespace S390Ccw.Analyzers;

/// <summary>
/// The Roslyn descriptors, made from the language core's catalogue so that titles, messages and help
/// links live in one place (DiagnosticCatalog). The channel-program analysis
/// formats its own messages, so those descriptors take the whole message as their one argument.
/// </summary>
internal static class Descriptors
{
    public const string PrefetchCategory = "S390Ccw.Prefetch";
    public const string ChannelCategory = "S390Ccw.Channel";

    /// <summary>Property of a CCW0202 diagnostic on an inline program: where 'split' goes, as an offset into the attribute string's value.</summary>
    public const string SplitValueOffset = "SplitValueOffset";

    // IDs, categories and severities are literals so that release tracking (RS2000-RS2008) can read them;
    // DescriptorTests checks they agree with the catalogue.
    public static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor PrefetchHazardSafeWithSplit = new(
        "CCW0202", DiagnosticCatalog.PrefetchHazardSafeWithSplit.Title, "{0}", PrefetchCategory, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        isEnabledByDefault: true, description: DiagnosticCatalog.PrefetchHazardSafeWithSplit.MessageFormat, helpLinkUri: DiagnosticCatalog.PrefetchHazardSafeWithSplit.HelpLink);

    public static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor PrefetchHazardNotBootable = new(
        "CCW0203", DiagnosticCatalog.PrefetchHazardNotBootable.Title, "{0}", PrefetchCategory, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        isEnabledByDefault: true, description: DiagnosticCatalog.PrefetchHazardNotBootable.MessageFormat, helpLinkUri: DiagnosticCatalog.PrefetchHazardNotBootable.HelpLink);

    public static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor ReadLengthMismatch = new(
        "CCW0204", DiagnosticCatalog.ReadLengthMismatch.Title, "{0}", ChannelCategory, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        isEnabledByDefault: true, description: DiagnosticCatalog.ReadLengthMismatch.MessageFormat, helpLinkUri: DiagnosticCatalog.ReadLengthMismatch.HelpLink);

    public static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor SearchedRecordUndefined = new(
        "CCW0205", DiagnosticCatalog.SearchedRecordUndefined.Title, "{0}", ChannelCategory, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        isEnabledByDefault: true, description: DiagnosticCatalog.SearchedRecordUndefined.MessageFormat, helpLinkUri: DiagnosticCatalog.SearchedRecordUndefined.HelpLink);

    public static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor ReadOverLiteralPool = new(
        "CCW0206", DiagnosticCatalog.ReadOverLiteralPool.Title, "{0}", ChannelCategory, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        isEnabledByDefault: true, description: DiagnosticCatalog.ReadOverLiteralPool.MessageFormat, helpLinkUri: DiagnosticCatalog.ReadOverLiteralPool.HelpLink);

    public static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor IplStageReadByIpl = new(
        "CCW0207", DiagnosticCatalog.IplStageReadByIpl.Title, "{0}", PrefetchCategory, Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
        isEnabledByDefault: true, description: DiagnosticCatalog.IplStageReadByIpl.MessageFormat, helpLinkUri: DiagnosticCatalog.IplStageReadByIpl.HelpLink);

    public static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor QemuBiosCannotBoot = new(
        "CCW0208", DiagnosticCatalog.QemuBiosCannotBoot.Title, "{0}", PrefetchCategory, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        isEnabledByDefault: true, description: DiagnosticCatalog.QemuBiosCannotBoot.MessageFormat, helpLinkUri: DiagnosticCatalog.QemuBiosCannotBoot.HelpLink);

    public static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor ChainNotFollowed = new(
        "CCW0209", DiagnosticCatalog.ChainNotFollowed.Title, "{0}", PrefetchCategory, Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
        isEnabledByDefault: true, description: DiagnosticCatalog.ChainNotFollowed.MessageFormat, helpLinkUri: DiagnosticCatalog.ChainNotFollowed.HelpLink);

    public static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor InternalError = new(
        "CCW0099", DiagnosticCatalog.InternalError.Title, "{0}", ChannelCategory, Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true, description: DiagnosticCatalog.InternalError.MessageFormat, helpLinkUri: DiagnosticCatalog.InternalError.HelpLink);

    public static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor HazardStartedWithPrefetch = new(
        "CCW2001", DiagnosticCatalog.HazardStartedWithPrefetch.Title, DiagnosticCatalog.HazardStartedWithPrefetch.MessageFormat, PrefetchCategory, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HazardStartedWithPrefetch.HelpLink);

    public static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor HazardStartedOnVfioChannel = new(
        "CCW2002", DiagnosticCatalog.HazardStartedOnVfioChannel.Title, DiagnosticCatalog.HazardStartedOnVfioChannel.MessageFormat, PrefetchCategory, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HazardStartedOnVfioChannel.HelpLink);

    /// <summary>What the .ccw and inline analyzers report: the CCW02xx analysis IDs (and the internal error).</summary>
    public static ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> Analysis { get; } = ImmutableArray.Create(
        PrefetchHazardSafeWithSplit, PrefetchHazardNotBootable, ReadLengthMismatch, SearchedRecordUndefined, ReadOverLiteralPool, IplStageReadByIpl,
        QemuBiosCannotBoot, ChainNotFollowed, InternalError);

    private static readonly Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> ById = BuildById();

    public static Microsoft.CodeAnalysis.DiagnosticDescriptor? ForId(string id) => ById.TryGetValue(id, out var d) ? d : null;

    private static Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> BuildById()
    {
        var map = new Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor>();
        foreach (var d in Analysis) map[d.Id] = d;
        return map;
    }
}
