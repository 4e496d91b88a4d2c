using System.Collections.Generic;
using S390Ccw.Language.Devices;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>A <c>volume</c> statement and its records.</summary>
internal sealed class VolumeSection
{
    public VolumeSection(VolumeStatement header)
    {
        Header = header;
    }

    public VolumeStatement Header { get; }

    public string Volser => Header.Volser.Text;

    public List<Statement> Body { get; } = new();

    public Dasd3390Model Model { get; set; } = Dasd3390Model.Model3;

    public List<PendingRecord> Records { get; } = new();

    public Dictionary<Cchhr, PendingRecord> ByAddress { get; } = new();

    /// <summary>The <c>standard track0</c> statement, whose VOL1 points at the VTOC this volume gets; null without one.</summary>
    public StandardTrack0Statement? StandardTrack0 { get; set; }

    /// <summary>The track of the VTOC that <c>standard track0</c> writes: cylinder 0 head 1 unless its <c>vtoc</c> clause moves it.</summary>
    public (int Cylinder, int Head) VtocTrack { get; set; } = Vtoc.DefaultTrack;
}
