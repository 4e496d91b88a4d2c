namespace S390Ccw.Language.Encoding;

/// <summary>The two CCW layouts, chosen by ORB bit F (SA22-7832, ch. 15; SA22-7832 ch. 15, "Channel-Command Word" formats).</summary>
public enum CcwFormat
{
    /// <summary>Command, 24-bit address, flags, unused byte, count. The IPL always uses it.</summary>
    Format0 = 0,

    /// <summary>Command, flags, count, 31-bit address.</summary>
    Format1 = 1,
}
