namespace S390Ccw.TestSupport.Hercules;

/// <summary>Why Hercules did not start the CPU after <c>ipl</c>.</summary>
public enum HerculesIplFailureKind
{
    /// <summary>The PSW at 0 failed the validity check (HHCCP030E; for example bit 12 off, SA22-7832 ch. 4, "Program-Status Word" (ESA/390 format)).</summary>
    InvalidPsw,

    /// <summary>The IPL chain ended with status other than CE+DE, or with subchannel status (HHCCP029E).</summary>
    IoError,

    /// <summary>No device with that number: the image did not open (HHCCP027E).</summary>
    DeviceNotInConfiguration,

    /// <summary>Any other "IPL failed" message.</summary>
    Other,
}
