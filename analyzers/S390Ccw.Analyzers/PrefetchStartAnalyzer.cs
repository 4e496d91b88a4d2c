using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace S390Ccw.Analyzers;

/// <summary>
/// Warns where a generated program the analysis found hazardous (marked <c>[PrefetchHazard]</c> by the
/// generator) is started so that it will be prefetched: <c>Start(subsystem, devno, prefetch: true)</c> or
/// <c>CreateOrb(prefetch: true)</c> (CCW2001), or <c>Start</c> on a channel subsystem created in the same
/// method with <c>Prefetch = PrefetchMode.VfioCcw</c> (CCW2002), which copies the chain whatever P says.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PrefetchStartAnalyzer : DiagnosticAnalyzer
{
    private const string ChannelProgramType = "S390Ccw.Runtime.Programs.ChannelProgram";
    private const string HazardAttributeType = "S390Ccw.Runtime.Programs.PrefetchHazardAttribute";
    private const string SubsystemType = "S390Ccw.Runtime.Channel.ChannelSubsystem";
    private const string PrefetchModeType = "S390Ccw.Runtime.Channel.PrefetchMode";

    /// <summary>PrefetchMode.VfioCcw's value (runtime Channel/PrefetchMode.cs: Lazy = 0, VfioCcw = 1).</summary>
    private const int VfioCcw = 1;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HazardStartedWithPrefetch, Descriptors.HazardStartedOnVfioChannel);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var target = invocation.TargetMethod;
        if (target.Name is not ("Start" or "CreateOrb") || target.ContainingType?.ToDisplayString() != ChannelProgramType) return;
        if (invocation.Instance is not { } receiver) return;
        if (FindHazard(receiver) is not { } hazard) return;
        string name = receiver.Syntax.ToString();

        var prefetch = Argument(invocation, "prefetch");
        if (prefetch?.Value.ConstantValue is { HasValue: true, Value: true })
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HazardStartedWithPrefetch, invocation.Syntax.GetLocation(), name, hazard));
            return;
        }
        if (target.Name != "Start" || Argument(invocation, "subsystem")?.Value is not { } subsystem) return;
        if (IsVfioSubsystem(Unwrap(subsystem), invocation))
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HazardStartedOnVfioChannel, invocation.Syntax.GetLocation(), name, subsystem.Syntax.ToString(), hazard));
    }

    private static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter);

    /// <summary>The [PrefetchHazard] reason of the program a receiver names: a generated field or property, an inline method's result, or a local set from one.</summary>
    private static string? FindHazard(IOperation receiver)
    {
        var value = Unwrap(receiver);
        switch (value)
        {
            case IFieldReferenceOperation field:
                return Reason(field.Field) ?? Reason(field.Field.ContainingType);
            case IPropertyReferenceOperation property:
                return Reason(property.Property) ?? Reason(property.Property.ContainingType);
            case IInvocationOperation call:
                // An inline [ChannelProgram] method returns {Method}Generated.Program, the class the generator marks.
                return Reason(call.TargetMethod) ?? Reason(call.TargetMethod.PartialImplementationPart) ?? Reason(call.TargetMethod.PartialDefinitionPart)
                    ?? Reason(call.TargetMethod.ContainingType?.GetTypeMembers(call.TargetMethod.Name + "Generated").FirstOrDefault());
            case ILocalReferenceOperation local when Initializer(local.Local, value) is { } initial:
                return initial is ILocalReferenceOperation ? null : FindHazard(initial);
            default:
                return null;
        }
    }

    private static string? Reason(ISymbol? symbol)
    {
        var attribute = symbol?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == HazardAttributeType);
        if (attribute is null) return null;
        return attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string reason ? reason : "";
    }

    /// <summary>new ChannelSubsystem(storage, options) where options sets Prefetch = PrefetchMode.VfioCcw (inline or through a local).</summary>
    private static bool IsVfioSubsystem(IOperation subsystem, IOperation site)
    {
        if (subsystem is ILocalReferenceOperation local) subsystem = Initializer(local.Local, site) is { } init ? Unwrap(init) : subsystem;
        if (subsystem is not IObjectCreationOperation creation || creation.Type?.ToDisplayString() != SubsystemType) return false;
        var options = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "options")?.Value;
        if (options is null) return false;
        options = Unwrap(options);
        if (options is ILocalReferenceOperation optionsLocal) options = Initializer(optionsLocal.Local, site) is { } o ? Unwrap(o) : options;
        if (options is not IObjectCreationOperation { Initializer: { } initializer }) return false;
        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Prefetch" }, Value: var mode }
                && mode.Type?.ToDisplayString() == PrefetchModeType && mode.ConstantValue is { HasValue: true, Value: int v } && v == VfioCcw)
                return true;
        }
        return false;
    }

    /// <summary>The initializer of a local declared in the same method as <paramref name="site"/>, if it has one and is never reassigned.</summary>
    private static IOperation? Initializer(ILocalSymbol local, IOperation site)
    {
        var root = site;
        while (root.Parent is not null) root = root.Parent;
        IOperation? found = null;
        foreach (var op in root.Descendants())
        {
            if (op is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                found = declarator.Initializer?.Value;
            else if (op is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } && SymbolEqualityComparer.Default.Equals(target.Local, local))
                return null;
        }
        return found;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion) operation = conversion.Operand;
        return operation;
    }
}
