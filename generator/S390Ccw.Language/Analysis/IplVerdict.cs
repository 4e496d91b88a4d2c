namespace S390Ccw.Language.Analysis;

/// <summary>
/// What the analysis concludes about the IPL of one volume: whether the machine's IPL chain ends
/// normally, and whether QEMU's BIOS boots it through vfio-ccw as the machine does. Null where the
/// build cannot see enough to say (a stage it does not declare, an outcome it had to assume).
/// </summary>
/// <param name="Volser">The volume.</param>
/// <param name="MachineCompletes">The chain the machine's IPL runs ends with channel end and device end.</param>
/// <param name="QemuBoots">QEMU's whole BIOS flow ends every start normally and runs no stale CCW.</param>
/// <param name="Why">Where and why QEMU's flow breaks (or why it cannot be told).</param>
public sealed record IplVerdict(string Volser, bool? MachineCompletes, bool? QemuBoots, string Why);
