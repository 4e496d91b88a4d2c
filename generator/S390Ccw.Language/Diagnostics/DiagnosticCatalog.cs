using System.Collections.Generic;

namespace S390Ccw.Language.Diagnostics;

/// <summary>
/// Every diagnostic the language core reports, in one place (STYLE.md): CCW0001-0099 syntax,
/// CCW0100-0199 language semantics, CCW0200-0299 channel-program analysis, CCW1000+ the generator's use in C#, CCW2000+ the runtime API in C#. Message formats live only
/// here so that the CLI, the generator and the IDE print the same words. Each ID has a section in
/// docs/diagnostics.md.
/// </summary>
public static class DiagnosticCatalog
{
    // ---- Syntax (CCW0001-0099) ----
    public static readonly DiagnosticDescriptor UnexpectedInput = new(
        "CCW0001", DiagnosticSeverity.Error, "Syntax error", "expected {0}; found {1}");

    public static readonly DiagnosticDescriptor LineTooLong = new(
        "CCW0002", DiagnosticSeverity.Error, "Line too long",
        "the statement is {0} characters long; the limit is {1}");

    public static readonly DiagnosticDescriptor UnknownMnemonic = new(
        "CCW0003", DiagnosticSeverity.Error, "Unknown mnemonic or directive",
        "'{0}' is not a command mnemonic or a directive");

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "CCW0004", DiagnosticSeverity.Error, "Unterminated string", "the string is not closed by '\"' before the end of the line");

    public static readonly DiagnosticDescriptor InvalidNumber = new(
        "CCW0005", DiagnosticSeverity.Error, "Invalid number",
        "'{0}' is not a valid number (decimal, 0x hex or X'..' of at most 64 bits)");

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "CCW0006", DiagnosticSeverity.Error, "Nesting too deep", "parentheses are nested deeper than {0} levels");

    public static readonly DiagnosticDescriptor InvalidCharacter = new(
        "CCW0007", DiagnosticSeverity.Error, "Invalid character", "unexpected character U+{0:X4} outside a string");

    public static readonly DiagnosticDescriptor MisplacedStatement = new(
        "CCW0008", DiagnosticSeverity.Error, "Statement outside its section", "'{0}' must appear inside a {1}");

    public static readonly DiagnosticDescriptor MisplacedLabel = new(
        "CCW0009", DiagnosticSeverity.Error, "Label not allowed here",
        "a label cannot be put on a '{0}' statement; labels name storage inside a program");

    // ---- Semantics (CCW0100-0199) ----
    public static readonly DiagnosticDescriptor UndefinedLabel = new(
        "CCW0100", DiagnosticSeverity.Error, "Undefined label", "label '{0}' is not defined");

    public static readonly DiagnosticDescriptor DuplicateLabel = new(
        "CCW0101", DiagnosticSeverity.Error, "Duplicate label", "label '{0}' is already defined on line {1}");

    public static readonly DiagnosticDescriptor Format0AddressTooHigh = new(
        "CCW0102", DiagnosticSeverity.Error, "Format-0 address above 16 MiB",
        "{0} 0x{1:X} is beyond the 24-bit addressing of format-0 CCWs (limit 0xFFFFFF)");

    public static readonly DiagnosticDescriptor Format1AddressTooHigh = new(
        "CCW0103", DiagnosticSeverity.Error, "Format-1 address above 2 GiB",
        "{0} 0x{1:X} is beyond the 31-bit addressing of format-1 CCWs (limit 0x7FFFFFFF)");

    public static readonly DiagnosticDescriptor UnalignedCcw = new(
        "CCW0104", DiagnosticSeverity.Error, "CCW not doubleword aligned",
        "{0} at 0x{1:X} is not on a doubleword (8-byte) boundary");

    public static readonly DiagnosticDescriptor UnalignedTicTarget = new(
        "CCW0105", DiagnosticSeverity.Error, "TIC target not doubleword aligned",
        "TIC target 0x{0:X} is not on a doubleword boundary; the channel would end with program check");

    public static readonly DiagnosticDescriptor ZeroCount = new(
        "CCW0106", DiagnosticSeverity.Error, "Count zero",
        "{0} has count zero; {1}");

    public static readonly DiagnosticDescriptor TicToTic = new(
        "CCW0107", DiagnosticSeverity.Error, "TIC to TIC",
        "TIC to 0x{0:X}, which is itself a TIC; the channel would end with program check");

    public static readonly DiagnosticDescriptor BadIpl1Record = new(
        "CCW0108", DiagnosticSeverity.Error, "IPL1 record is not a PSW and two format-0 CCWs",
        "IPL1 program '{0}' must be exactly a PSW and two format-0 CCWs at address 0 (24 bytes): {1}");

    public static readonly DiagnosticDescriptor PswBit12Off = new(
        "CCW0109", DiagnosticSeverity.Error, "Invalid IPL PSW",
        "PSW 0x{0:X16} has bit 12 off; an ESA/390 PSW needs it on (mask 0x0008000000000000)");

    public static readonly DiagnosticDescriptor TrackOverflow = new(
        "CCW0110", DiagnosticSeverity.Error, "Record does not fit on the track",
        "record {0} (key {1}, data {2} bytes) needs {3} bytes of track but only {4} of the 3390's {5} remain");

    public static readonly DiagnosticDescriptor CountUnknown = new(
        "CCW0111", DiagnosticSeverity.Error, "Count cannot be inferred",
        "the count of {0} cannot be inferred: {1}; write 'len N'");

    public static readonly DiagnosticDescriptor ValueOutOfRange = new(
        "CCW0112", DiagnosticSeverity.Error, "Value out of range",
        "{0} {1} is out of range; expected {2}");

    public static readonly DiagnosticDescriptor NotConstant = new(
        "CCW0113", DiagnosticSeverity.Error, "Constant expected",
        "{0} must be a constant; labels and '*' are not allowed here");

    public static readonly DiagnosticDescriptor IncludeFailed = new(
        "CCW0114", DiagnosticSeverity.Error, "Include failed", "cannot include '{0}': {1}");

    public static readonly DiagnosticDescriptor UnknownProgram = new(
        "CCW0115", DiagnosticSeverity.Error, "Unknown program", "no program named '{0}' is defined");

    public static readonly DiagnosticDescriptor DuplicateRecord = new(
        "CCW0116", DiagnosticSeverity.Error, "Duplicate record",
        "record {0} is already defined on volume {1} (line {2})");

    public static readonly DiagnosticDescriptor RecordOutsideVolume = new(
        "CCW0117", DiagnosticSeverity.Error, "Record address outside the volume",
        "record address {0}: {1}");

    public static readonly DiagnosticDescriptor InvalidVolser = new(
        "CCW0118", DiagnosticSeverity.Error, "Invalid volume serial",
        "volume serial '{0}' must be 1 to 6 characters A-Z, 0-9, @, # or $");

    public static readonly DiagnosticDescriptor DuplicateFlag = new(
        "CCW0119", DiagnosticSeverity.Warning, "Flag repeated", "flag {0} is given more than once");

    public static readonly DiagnosticDescriptor Format1TicFields = new(
        "CCW0120", DiagnosticSeverity.Error, "Format-1 TIC with flags or count",
        "a format-1 TIC must have zero flags and count; the channel would end with program check");

    public static readonly DiagnosticDescriptor SplitWithoutTic = new(
        "CCW0121", DiagnosticSeverity.Error, "Split point not before a TIC",
        "'split' must be followed by a TIC in the same program");

    public static readonly DiagnosticDescriptor UnknownModel = new(
        "CCW0122", DiagnosticSeverity.Error, "Unknown 3390 model",
        "3390 model {0} does not exist; expected 1, 2, 3, 9, 27 or 54");

    public static readonly DiagnosticDescriptor UnencodableCharacter = new(
        "CCW0123", DiagnosticSeverity.Error, "Character not encodable",
        "character '{0}' (U+{1:X4}) has no {2} code");

    public static readonly DiagnosticDescriptor ProgramTooHigh = new(
        "CCW0124", DiagnosticSeverity.Error, "Program beyond addressable storage",
        "program '{0}' ends at 0x{1:X}, beyond what {2} CCWs can address");

    public static readonly DiagnosticDescriptor RecordOnVtocTrack = new(
        "CCW0125", DiagnosticSeverity.Error, "Record on the VTOC track",
        "record {0} is on cylinder {1} head {2}, where 'standard track0' writes the VTOC of volume {3}; place the record on another track, or move the VTOC with 'vtoc cylC trkH'");

    // ---- Channel-program analysis done by the core (CCW0200-0299) ----
    public static readonly DiagnosticDescriptor CommandChainOffEnd = new(
        "CCW0200", DiagnosticSeverity.Warning, "Command chain runs off the program",
        "{0} has CC but the next doubleword (0x{1:X}) is not a CCW of program '{2}'");

    public static readonly DiagnosticDescriptor DataChainOffEnd = new(
        "CCW0201", DiagnosticSeverity.Warning, "Data chain runs off the program",
        "{0} has CD but the next doubleword (0x{1:X}) is not a CCW of program '{2}'");

    // Prefetch hazards (s390.md §2.1, §7): found by Analysis/PrefetchAnalysis, which follows each chain
    // the way a channel without prefetch runs it.
    public static readonly DiagnosticDescriptor PrefetchHazardSafeWithSplit = new(
        "CCW0202", DiagnosticSeverity.Warning, "Chain runs CCWs it has overwritten (QEMU's BIOS split makes it safe)",
        "{0} overwrites the CCW at 0x{1:X8} ({2}) before the chain runs it: under prefetch (vfio-ccw) the stale copy ({3}) runs; QEMU's BIOS-style split at this READ/TIC makes it safe ({4})");

    public static readonly DiagnosticDescriptor PrefetchHazardNotBootable = new(
        "CCW0203", DiagnosticSeverity.Warning, "Chain runs CCWs it has overwritten (QEMU's BIOS cannot boot it either)",
        "{0} overwrites the CCW at 0x{1:X8} ({2}) before the chain runs it: under prefetch (vfio-ccw) the stale copy ({3}) runs; QEMU's BIOS cannot boot it either: {4}");

    public static readonly DiagnosticDescriptor ReadLengthMismatch = new(
        "CCW0204", DiagnosticSeverity.Warning, "READ count differs from the record without SLI",
        "{0} reads record {1}, which has {2} bytes, with count {3} and no SLI: the channel ends the chain with incorrect length");

    public static readonly DiagnosticDescriptor SearchedRecordUndefined = new(
        "CCW0205", DiagnosticSeverity.Warning, "Searched record not on the volume",
        "{0} searches for record {1}, which volume {2} does not define: on a volume built from this file the search ends in No Record Found; the analysis takes the record's bytes as unknown");

    public static readonly DiagnosticDescriptor ReadOverLiteralPool = new(
        "CCW0206", DiagnosticSeverity.Warning, "Read area overlaps the literal pool",
        "{0} reads up to {1} bytes into 0x{2:X8}-0x{3:X8}, over the literal pool of program '{4}' (0x{5:X8}-0x{6:X8}) that holds its Seek and Search arguments");

    public static readonly DiagnosticDescriptor IplStageReadByIpl = new(
        "CCW0207", DiagnosticSeverity.Info, "IPL stage read by the IPL chain itself",
        "{0} overwrites the CCW at 0x{1:X8} ({2}) before the chain runs it: every DASD IPL works this way (READ IPL reads IPL1, IPL1 reads IPL2); the machine's IPL never prefetches, and QEMU's BIOS runs these stages as separate starts ({4}); under plain vfio-ccw prefetch the stale copy ({3}) would run");

    public static readonly DiagnosticDescriptor QemuBiosCannotBoot = new(
        "CCW0208", DiagnosticSeverity.Warning, "QEMU's BIOS cannot boot the volume as the machine does",
        "{0}: QEMU's BIOS cannot boot volume {1} through vfio-ccw as the machine boots it: {2}");

    public static readonly DiagnosticDescriptor ChainNotFollowed = new(
        "CCW0209", DiagnosticSeverity.Info, "Chain not followed further",
        "{0}: the analysis cannot follow the chain past this point ({1}); the CCWs that run after it are not checked");

    // ---- Runtime API in C# (CCW2000+): reported by S390Ccw.Analyzers at the call site ----
    public static readonly DiagnosticDescriptor HazardStartedWithPrefetch = new(
        "CCW2001", DiagnosticSeverity.Warning, "Program with a prefetch hazard started with prefetch",
        "'{0}' is started with prefetch (ORB P), but its chain runs CCWs it has overwritten, so a prefetching channel runs stale ones: {1}");

    public static readonly DiagnosticDescriptor HazardStartedOnVfioChannel = new(
        "CCW2002", DiagnosticSeverity.Warning, "Program with a prefetch hazard started on a vfio-ccw channel",
        "'{0}' is started on '{1}', created with PrefetchMode.VfioCcw, which runs the copy taken at the start, but the chain runs CCWs it has overwritten: {2}");

    // ---- Generator usage in C# (CCW1000-1999): reported by S390Ccw.Generator and the package's build files ----
    public static readonly DiagnosticDescriptor ChannelProgramNotStaticPartial = new(
        "CCW1001", DiagnosticSeverity.Error, "[ChannelProgram] method is not static partial",
        "[ChannelProgram] method '{0}' must be declared 'static partial' with no body; the generator writes its body");

    public static readonly DiagnosticDescriptor ChannelProgramWrongReturnType = new(
        "CCW1002", DiagnosticSeverity.Error, "[ChannelProgram] method returns the wrong type",
        "[ChannelProgram] method '{0}' must return S390Ccw.Runtime.Programs.ChannelProgram, not '{1}'");

    public static readonly DiagnosticDescriptor ChannelProgramHasParameters = new(
        "CCW1003", DiagnosticSeverity.Error, "[ChannelProgram] method has parameters",
        "[ChannelProgram] method '{0}' must have no parameters and no type parameters; the program is fixed when it is compiled");

    public static readonly DiagnosticDescriptor ChannelProgramTypeNotPartial = new(
        "CCW1004", DiagnosticSeverity.Error, "Type of a [ChannelProgram] method is not partial",
        "'{0}' must be declared 'partial' so that the generator can add the body of [ChannelProgram] method '{1}'");

    public static readonly DiagnosticDescriptor ChannelProgramInvalidArgument = new(
        "CCW1005", DiagnosticSeverity.Error, "Invalid [ChannelProgram] origin or format",
        "[ChannelProgram] {0} = {1} is invalid: {2}");

    public static readonly DiagnosticDescriptor GeneratedNameClash = new(
        "CCW1006", DiagnosticSeverity.Error, "Two .ccw files generate the same class",
        "'{0}' and '{1}' both generate class '{2}'; rename one of them or give one another CcwNamespace");

    public static readonly DiagnosticDescriptor UnsupportedTargetFramework = new(
        "CCW1007", DiagnosticSeverity.Error, "Target framework not supported",
        "the S390Ccw package needs .NET 10 or later (net10.0); this project targets '{0}'");

    // ---- Internal ----
    public static readonly DiagnosticDescriptor InternalError = new(
        "CCW0099", DiagnosticSeverity.Error, "Internal assembler error",
        "internal error while assembling ({0}); please report it with the input");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        UnexpectedInput, LineTooLong, UnknownMnemonic, UnterminatedString, InvalidNumber, NestingTooDeep,
        InvalidCharacter, MisplacedStatement, MisplacedLabel, InternalError,
        UndefinedLabel, DuplicateLabel, Format0AddressTooHigh, Format1AddressTooHigh, UnalignedCcw,
        UnalignedTicTarget, ZeroCount, TicToTic, BadIpl1Record, PswBit12Off, TrackOverflow, CountUnknown,
        ValueOutOfRange, NotConstant, IncludeFailed, UnknownProgram, DuplicateRecord, RecordOutsideVolume,
        InvalidVolser, DuplicateFlag, Format1TicFields, SplitWithoutTic, UnknownModel, UnencodableCharacter,
        ProgramTooHigh, RecordOnVtocTrack, CommandChainOffEnd, DataChainOffEnd,
        PrefetchHazardSafeWithSplit, PrefetchHazardNotBootable, ReadLengthMismatch, SearchedRecordUndefined, ReadOverLiteralPool,
        IplStageReadByIpl, QemuBiosCannotBoot, ChainNotFollowed,
    };

    /// <summary>
    /// The C# analyzers' diagnostics on the runtime API (CCW2000+). Kept apart from <see cref="All"/>,
    /// which lists what the language core itself reports, but here so that the words live in one place.
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> RuntimeApi { get; } = new[]
    {
        HazardStartedWithPrefetch, HazardStartedOnVfioChannel,
    };

    /// <summary>The generator's diagnostics about how C# uses it (CCW1000+), apart from <see cref="All"/> like <see cref="RuntimeApi"/>.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> GeneratorUsage { get; } = new[]
    {
        ChannelProgramNotStaticPartial, ChannelProgramWrongReturnType, ChannelProgramHasParameters, ChannelProgramTypeNotPartial,
        ChannelProgramInvalidArgument, GeneratedNameClash, UnsupportedTargetFramework,
    };
}
