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
}
