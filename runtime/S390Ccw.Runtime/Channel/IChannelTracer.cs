namespace S390Ccw.Runtime.Channel;

/// <summary>
/// Receives one record for every CCW the channel executes, TICs included (the information of the
/// Hercules t+devn trace, Hercules channel.c display_ccw and msgenu.h (CCW trace)). Attached through <see cref="ChannelOptions.Tracer"/>; with
/// none attached the channel does not build records at all.
/// </summary>
public interface IChannelTracer
{
    void OnCcw(in CcwTraceRecord record);
}
