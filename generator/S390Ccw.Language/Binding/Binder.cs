using System.Collections.Generic;
using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Encoding;
using S390Ccw.Language.Parsing;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>
/// Turns parsed statements into programs and volumes: sections, origins and program-name labels,
/// layout (pass 1), record shapes, encoding (pass 2), record bytes and capacity, then the checks that
/// span CCWs.
/// </summary>
internal sealed class Binder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly IIncludeResolver _includes;
    private readonly string? _filePath;

    public Binder(DiagnosticBag diagnostics, IIncludeResolver includes, string? filePath)
    {
        _diagnostics = diagnostics;
        _includes = includes;
        _filePath = filePath;
    }

    public (IReadOnlyList<AssembledProgram> Programs, IReadOnlyList<VolumeDefinition> Volumes) Bind(ParsedFile file)
    {
        var programs = new List<ProgramSection>();
        var volumes = new List<VolumeSection>();
        Sectionize(file, programs, volumes);

        var symbols = new SymbolTable();
        var evaluator = new ExpressionEvaluator(symbols, _diagnostics);
        var byName = new Dictionary<string, ProgramSection>(System.StringComparer.Ordinal);
        foreach (var program in programs)
        {
            var header = program.Header;
            long limit = header.Format == CcwFormat.Format0 ? Ccw.Format0AddressLimit - 1 : Ccw.Format1AddressLimit - 1;
            if (evaluator.TryEvaluateConstant(header.Origin, "the program origin", out long origin))
            {
                if (origin < 0 || origin > limit)
                    _diagnostics.Report(header.Format == CcwFormat.Format0 ? DiagnosticCatalog.Format0AddressTooHigh : DiagnosticCatalog.Format1AddressTooHigh,
                        header.Origin.Span, "program origin", origin);
                else if (origin % 8 != 0)
                    _diagnostics.Report(DiagnosticCatalog.UnalignedCcw, header.Origin.Span, "program " + program.Name, origin);
                else
                    program.Origin = (uint)origin;
            }
            if (symbols.Define(new Symbol(program.Name, program.Origin, header.Name.Span, program.Name, null), _diagnostics))
                byName[program.Name] = program;
        }
        foreach (var program in programs) ProgramLayout.Layout(program, symbols, evaluator, _diagnostics);

        var data = new DataEmitter(evaluator, _diagnostics);
        var volumeBinder = new VolumeBinder(evaluator, data, symbols, _diagnostics, byName, _includes, _filePath);
        foreach (var volume in volumes) volumeBinder.Describe(volume);

        var encoder = new ProgramEncoder(evaluator, data, _diagnostics, new RecordLocator(volumes));
        var assembled = new List<AssembledProgram>(programs.Count);
        foreach (var program in programs) assembled.Add(encoder.Encode(program, file.Text));

        var definitions = new List<VolumeDefinition>(volumes.Count);
        foreach (var volume in volumes) definitions.Add(volumeBinder.Complete(volume));

        ChainChecker.Check(programs, _diagnostics);
        return (assembled, definitions);
    }

    private void Sectionize(ParsedFile file, List<ProgramSection> programs, List<VolumeSection> volumes)
    {
        ProgramSection? program = null;
        VolumeSection? volume = null;
        foreach (var statement in file.Statements)
        {
            switch (statement)
            {
                case ProgramStatement header:
                    RejectLabel(statement);
                    program = new ProgramSection(header);
                    volume = null;
                    programs.Add(program);
                    break;
                case VolumeStatement header:
                    RejectLabel(statement);
                    volume = new VolumeSection(header);
                    program = null;
                    volumes.Add(volume);
                    break;
                case RecordStatement:
                case StandardTrack0Statement:
                    RejectLabel(statement);
                    if (volume is null) _diagnostics.Report(DiagnosticCatalog.MisplacedStatement, statement.Span, statement.Keyword, "volume");
                    else volume.Body.Add(statement);
                    break;
                default:
                    if (program is not null)
                    {
                        program.Body.Add(statement);
                    }
                    else if (statement is LabelStatement)
                    {
                        RejectLabel(statement);
                    }
                    else
                    {
                        _diagnostics.Report(DiagnosticCatalog.MisplacedStatement, statement.Span, statement.Keyword, "program");
                    }
                    break;
            }
        }
    }

    private void RejectLabel(Statement statement)
    {
        if (statement.Label is { } label) _diagnostics.Report(DiagnosticCatalog.MisplacedLabel, label.Span, statement.Keyword);
    }
}
