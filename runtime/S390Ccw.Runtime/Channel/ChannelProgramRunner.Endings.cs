namespace S390Ccw.Runtime.Channel;

/// <summary>The three ways a run leaves the subchannel: completed, suspended, or stopped by the budget.</summary>
internal sealed partial class ChannelProgramRunner
{
    private Scsw BaseScsw(ref ProgramState st) => new()
    {
        Key = (byte)st.Key,
        SuspendControl = st.SuspendAllowed,
        Format = st.Format,
        Prefetch = st.Prefetch,
        InitialStatusInterruption = st.InitialStatusInterruption,
        SuppressSuspendedInterruption = st.SuppressSuspendedInterruption,
        ZeroConditionCode = st.ZeroConditionCode,
        Function = FunctionControl.Start,
    };

    /// <summary>
    /// Final status: primary and secondary status pending, alert when anything but CE+DE or any
    /// subchannel status ended the program (Hercules channel.c end of execute_ccw_chain). A PCI
    /// not yet cleared by TEST SUBCHANNEL shows in the final status.
    /// </summary>
    private void Complete(Subchannel sch, uint cpa, UnitStatus unit, SubchannelStatus chan, int residual, bool pci)
    {
        ref ProgramState st = ref sch.Program;
        var status = StatusControl.Primary | StatusControl.Secondary | StatusControl.StatusPending;
        if (chan != SubchannelStatus.None || unit != UnitStatus.Normal) status |= StatusControl.Alert;
        bool sense = (unit & UnitStatus.UnitCheck) != 0 && sch.ConcurrentSense;
        if (sense) sch.CaptureConcurrentSense(sch.Device.Sense);
        else sch.ClearConcurrentSense();
        sch.Scsw = BaseScsw(ref st) with
        {
            Status = status,
            ExtendedControl = sense,
            CcwAddress = cpa,
            DeviceStatus = unit,
            SubchannelStatus = chan | (pci ? SubchannelStatus.ProgramControlledInterruption : SubchannelStatus.None),
            ResidualCount = (ushort)residual,
        };
        st.Copy = null;
    }

    /// <summary>
    /// Suspension before the CCW executes: the SCSW shows the CCW address + 8 and its count,
    /// intermediate status pending unless ORB U suppresses it, and the CCW is fetched again on
    /// resume (Hercules: "refetch the suspended CCW").
    /// </summary>
    private (ChannelProgramOutcome, long) Suspend(Subchannel sch, uint address, int count, bool pci)
    {
        ref ProgramState st = ref sch.Program;
        st.NextAddress = address;
        sch.ClearConcurrentSense();
        sch.Scsw = BaseScsw(ref st) with
        {
            Activity = ActivityControl.Suspended,
            Status = st.SuppressSuspendedInterruption && !pci
                ? StatusControl.None
                : StatusControl.Intermediate | StatusControl.StatusPending,
            CcwAddress = address + 8,
            SubchannelStatus = pci ? SubchannelStatus.ProgramControlledInterruption : SubchannelStatus.None,
            ResidualCount = (ushort)count,
        };
        return (ChannelProgramOutcome.Suspended, _executed);
    }

    private (ChannelProgramOutcome, long) EndBudget(Subchannel sch, uint cpa, bool pci)
    {
        ref ProgramState st = ref sch.Program;
        sch.ClearConcurrentSense();
        sch.Scsw = BaseScsw(ref st) with
        {
            Function = FunctionControl.Start | FunctionControl.Halt,
            Status = StatusControl.Primary | StatusControl.Secondary | StatusControl.StatusPending,
            CcwAddress = cpa,
            SubchannelStatus = pci ? SubchannelStatus.ProgramControlledInterruption : SubchannelStatus.None,
        };
        st.Copy = null;
        return (ChannelProgramOutcome.BudgetExceeded, _executed);
    }
}
