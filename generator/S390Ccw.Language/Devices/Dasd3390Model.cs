using System;
using System.Collections.Generic;

namespace S390Ccw.Language.Devices;

/// <summary>
/// A 3390 model: primary cylinders, alternate cylinders and the model byte that Sense ID reports
/// (Hercules dasdtab.c (3390 device table), from Hercules dasdtab.c). All 3390 models have 15 heads.
/// </summary>
public sealed record Dasd3390Model(string Name, int Cylinders, int AlternateCylinders, byte ModelByte, byte DeviceCode)
{
    public const int HeadsPerCylinder = 15;

    public static readonly Dasd3390Model Model1 = new("1", 1113, 1, 0x02, 0x26);
    public static readonly Dasd3390Model Model2 = new("2", 2226, 1, 0x06, 0x27);
    public static readonly Dasd3390Model Model3 = new("3", 3339, 1, 0x0A, 0x24);
    public static readonly Dasd3390Model Model9 = new("9", 10017, 3, 0x0C, 0x32);
    public static readonly Dasd3390Model Model27 = new("27", 32760, 3, 0x0C, 0x32);
    public static readonly Dasd3390Model Model54 = new("54", 65520, 3, 0x0C, 0x32);

    /// <summary>The largest cylinder count a 3390 image may have (Hercules "3390-x", Hercules dasdtab.c (3390 device table)).</summary>
    public const int MaximumCylinders = 65535;

    public static IReadOnlyList<Dasd3390Model> All { get; } = new[] { Model1, Model2, Model3, Model9, Model27, Model54 };

    public int Tracks => Cylinders * HeadsPerCylinder;

    public static bool TryGet(string name, out Dasd3390Model model)
    {
        foreach (var m in All)
        {
            if (string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                model = m;
                return true;
            }
        }
        model = null!;
        return false;
    }

    /// <summary>
    /// The model a volume of this many cylinders reports: the smallest standard model that holds
    /// it, as Hercules picks it when an image is opened.
    /// </summary>
    public static Dasd3390Model ForCylinders(int cylinders)
    {
        if (cylinders < 1 || cylinders > MaximumCylinders) throw new ArgumentOutOfRangeException(nameof(cylinders));
        foreach (var m in All)
        {
            if (cylinders <= m.Cylinders) return m with { Cylinders = cylinders };
        }
        return Model54 with { Cylinders = cylinders };
    }
}
