namespace S390Ccw.Language.Devices.Eckd;

/// <summary>
/// The device's place on the current track: orientation, the record it is in, and whether the index
/// has passed once since the last command that cleared it. One set of rules for the emulated 3390 and
/// the static prefetch analysis (IBM 3990 Storage Control Reference, "orientation" and "No Record
/// Found"; Hercules ckddasd.c ckd_read_count): from index the next count field is R0's when the command
/// takes R0 (searches) and R1's otherwise; at the end of the track a single-track command goes back to
/// index and marks it passed; the second end of track is No Record Found; a multi-track command (or
/// one inside a Locate Record domain) continues on the next head.
/// </summary>
public sealed class TrackCursor
{
    public TrackOrientation Orientation { get; set; }

    /// <summary>Index of the record (R0 = 0) the device is in; 0 at index.</summary>
    public int Record { get; set; }

    public bool IndexPassed { get; set; }

    /// <summary>True when the channel's transfer is on the record the device is oriented at (count or key).</summary>
    public bool InRecord => Orientation is TrackOrientation.Count or TrackOrientation.Key;

    /// <summary>Back to index of a (new or the same) track: R0 is next.</summary>
    public void ToIndex()
    {
        Orientation = TrackOrientation.Index;
        Record = 0;
    }

    /// <summary>A new channel program: at index, the index mark cleared (Hercules resets it at the first CCW).</summary>
    public void Reset()
    {
        ToIndex();
        IndexPassed = false;
    }

    /// <summary>Moves to the next count field of <paramref name="track"/>.</summary>
    /// <param name="track">The track the device is on.</param>
    /// <param name="includeRecordZero">True for commands that take R0 from index (searches).</param>
    /// <param name="continueOnNextHead">True for multi-track commands and inside a Locate Record domain.</param>
    public CursorStep NextCount(ICkdTrackView track, bool includeRecordZero, bool continueOnNextHead)
    {
        while (true)
        {
            int next = Orientation == TrackOrientation.Index ? (includeRecordZero ? 0 : 1) : Record + 1;
            if (next < track.RecordCount)
            {
                Record = next;
                Orientation = TrackOrientation.Count;
                return CursorStep.Positioned;
            }
            if (continueOnNextHead) return CursorStep.NextHead;
            if (IndexPassed) return CursorStep.NoRecordFound;
            IndexPassed = true;
            ToIndex();
        }
    }
}
