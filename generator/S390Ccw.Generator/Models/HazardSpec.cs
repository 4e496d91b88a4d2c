namespace S390Ccw.Generator.Models;

/// <summary>
/// What the emitter writes about a program's prefetch hazards (the [PrefetchHazard] attribute): the first
/// hazard's message, and whether QEMU's BIOS split makes every one of them safe. Computed in the
/// pipeline's transform step, so the emit step only writes text.
/// </summary>
internal sealed record HazardSpec(string Message, bool SafeWithBiosSplit);
