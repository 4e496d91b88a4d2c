namespace S390Ccw.Language.Devices.Eckd;

/// <summary>
/// The next track a multi-track operation moves to (IBM 3990 ECKD: multitrack operation; Hercules
/// ckddasd.c mt_advance): the next head of the cylinder; past the last head, End of Cylinder, except
/// inside a Locate Record domain, where the records continue on the next cylinder.
/// </summary>
public static class HeadAdvance
{
    /// <summary>False when there is no next track: unit check, End of Cylinder.</summary>
    public static bool TryNext(int cylinder, int head, int heads, int cylinders, bool acrossCylinders, out int nextCylinder, out int nextHead)
    {
        nextCylinder = cylinder;
        nextHead = head + 1;
        if (nextHead < heads) return true;
        nextHead = 0;
        nextCylinder = cylinder + 1;
        return acrossCylinders && nextCylinder < cylinders;
    }
}
