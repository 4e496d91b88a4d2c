using System;
using S390Ccw.Language.Devices;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>
/// Where a 3390 keeps its tracks: an in-memory volume (<see cref="MemoryTrackStore"/>) or a Hercules
/// image file (S390Ccw.Runtime.Images.CkdImageTrackStore). The device reads a track, changes it in
/// place and hands it back with <see cref="WriteTrack"/>; the store decides when bytes reach a file.
/// </summary>
public interface ICkdTrackStore : IDisposable
{
    int Cylinders { get; }

    /// <summary>Tracks per cylinder: 15 for every 3390 (Hercules dasdtab.c (3390 device table)).</summary>
    int Heads { get; }

    /// <summary>The 3390 model the volume reports (its cylinder count is <see cref="Cylinders"/>).</summary>
    Dasd3390Model Model { get; }

    /// <summary>True when the volume may not be written (WriteTrack throws; a device reports file protected).</summary>
    bool IsReadOnly { get; }

    /// <summary>The track at (cylinder, head), parsed; a store may return a cached instance.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The address is outside the volume.</exception>
    /// <exception cref="S390Ccw.Runtime.Images.DiskImageException">The stored track is damaged.</exception>
    CkdTrack ReadTrack(int cylinder, int head);

    /// <summary>Stores a track after the device changed it; clears its <see cref="CkdTrack.Dirty"/> flag.</summary>
    void WriteTrack(CkdTrack track);

    /// <summary>Makes every written track durable (a file store writes its cached dirty tracks).</summary>
    void Flush();
}
