using System;
using System.Linq;
using S390Ccw.Language.Devices;
using S390Ccw.Runtime.Devices.Eckd;
using Xunit;

namespace S390Ccw.Runtime.Tests.Devices.Eckd;

public sealed class CkdTrackTests
{
    [Fact]
    public void Empty_IsHomeAddressStandardR0AndEndMarker()
    {
        var track = CkdTrack.Empty(0x0102, 7);

        // IBM 3390 track format, home address, R0 and count area (GC26-4577)/Hercules cckd.h CKD_TRKHDR and ckddasd.c (track images): HA = bin 00, CC 0102, HH 0007; R0 count = CCHH, R 00, KL 00, DL 0008;
        // eight zero data bytes; then the end marker of eight 0xFF; zero padding to 56832 bytes.
        var expected = Convert.FromHexString("00" + "01020007" + "01020007" + "00" + "00" + "0008" + "0000000000000000" + "FFFFFFFFFFFFFFFF");
        Assert.Equal(expected, track.Image[..expected.Length].ToArray());
        Assert.Equal(56832, track.Image.Length);
        Assert.True(track.Image[expected.Length..].ToArray().All(b => b == 0));
        var r0 = Assert.Single(track.Records);
        Assert.Equal(new CkdRecordInfo(0x0102, 7, 0, 0, 8, 5), r0);
        Assert.Equal(21, track.EndMarkerOffset);
        Assert.Equal(0, track.UsedCapacity);
        Assert.False(track.Dirty);
    }

    [Fact]
    public void TryAppend_WritesCountKeyDataBeforeTheEndMarker()
    {
        var track = CkdTrack.Empty(0, 1);

        Assert.True(track.TryAppend(1, new byte[] { 0xC9, 0xD7 }, new byte[] { 0xAA, 0xBB, 0xCC }));

        // R1 starts where the end marker was (offset 21): count 0000 0001 01 02 0003, key, data, marker.
        var expected = Convert.FromHexString("0000000101020003" + "C9D7" + "AABBCC" + "FFFFFFFFFFFFFFFF");
        Assert.Equal(expected, track.Image.Slice(21, expected.Length).ToArray());
        Assert.Equal(new CkdRecordInfo(0, 1, 1, 2, 3, 21), track.Records[1]);
        Assert.Equal(new byte[] { 0xC9, 0xD7 }, track.Key(1).ToArray());
        Assert.Equal(new byte[] { 0xAA, 0xBB, 0xCC }, track.Data(1).ToArray());
        Assert.Equal(21 + 13, track.EndMarkerOffset);
        Assert.Equal(TrackCapacity.RecordSpace(2, 3), track.UsedCapacity);
        Assert.True(track.Dirty);
    }

    [Fact]
    public void TryAppend_WithExplicitCchh_KeepsTheCountTheProgramGave()
    {
        var track = CkdTrack.Empty(3, 4);

        Assert.True(track.TryAppend(0x1234, 0x000E, 9, ReadOnlySpan<byte>.Empty, new byte[] { 1 }));

        Assert.Equal(Convert.FromHexString("123400" + "0E" + "09" + "00" + "0001"), track.Count(1).ToArray());
    }

    [Theory]
    // Records per 3390 track from IBM 3390 track capacity formula (GC26-4577); Hercules dasdtab.c, Linux dasd_eckd.c recs_per_track (Hercules capacity_calc and Linux recs_per_track agree).
    [InlineData(0, 56664, 1)]
    [InlineData(0, 27998, 2)]
    [InlineData(0, 18452, 3)]
    [InlineData(0, 4096, 12)]
    [InlineData(0, 1024, 33)]
    [InlineData(0, 80, 78)]
    [InlineData(44, 96, 50)]
    [InlineData(4, 24, 55)]
    public void TryAppend_FillsTheTrackWithTheFormulaRecordCount(int keyLength, int dataLength, int recordsPerTrack)
    {
        var track = CkdTrack.Empty(0, 0);
        int appended = 0;
        while (track.TryAppend((byte)(appended + 1), new byte[keyLength], new byte[dataLength]))
        {
            appended++;
        }

        Assert.Equal(recordsPerTrack, appended);
        Assert.Equal(recordsPerTrack + 1, track.Records.Count);
        Assert.True(track.UsedCapacity <= TrackCapacity.TrackLength);
    }

    [Fact]
    public void TryAppend_RecordLongerThanTheTrack_IsRefusedAndLeavesTrackUnchanged()
    {
        var track = CkdTrack.Empty(0, 0);
        var before = track.Image.ToArray();

        // 56664 is the 3390 R1 maximum (IBM 3390 track capacity formula (GC26-4577); Hercules dasdtab.c, Linux dasd_eckd.c recs_per_track: 56665 does not fit).
        Assert.False(track.TryAppend(1, ReadOnlySpan<byte>.Empty, new byte[56665]));

        Assert.Equal(before, track.Image.ToArray());
        Assert.Single(track.Records);
        Assert.False(track.Dirty);
    }

    [Fact]
    public void DataForWrite_UpdatesTheImageInPlaceAndMarksDirty()
    {
        var track = CkdTrack.Empty(0, 0);
        track.TryAppend(1, ReadOnlySpan<byte>.Empty, new byte[4]);
        track.MarkClean();

        track.DataForWrite(1)[2] = 0x5A;

        Assert.True(track.Dirty);
        Assert.Equal(0x5A, track.Image[track.Records[1].DataOffset + 2]);
        Assert.Equal(new byte[] { 0, 0, 0x5A, 0 }, track.Data(1).ToArray());
    }

    [Fact]
    public void TruncateAfter_ErasesLaterRecordsAndZeroesTheirBytes()
    {
        var track = CkdTrack.Empty(0, 0);
        for (byte r = 1; r <= 3; r++) track.TryAppend(r, new byte[] { r }, Enumerable.Repeat((byte)0xEE, 100).ToArray());
        int r2 = track.Records[2].Offset;

        track.TruncateAfter(1);

        Assert.Equal(2, track.Records.Count);
        Assert.Equal(r2, track.EndMarkerOffset);
        Assert.Equal(Enumerable.Repeat((byte)0xFF, 8), track.Image.Slice(r2, 8).ToArray());
        Assert.True(track.Image[(r2 + 8)..].ToArray().All(b => b == 0));
        Assert.Equal(TrackCapacity.RecordSpace(1, 100), track.UsedCapacity);
    }

    [Fact]
    public void TruncateAfter_IndexOutsideTheTrack_Throws()
    {
        var track = CkdTrack.Empty(0, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => track.TruncateAfter(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => track.TruncateAfter(-1));
    }

    [Fact]
    public void ReplaceRecordZero_RewritesR0AndErasesTheRestOfTheTrack()
    {
        var track = CkdTrack.Empty(2, 3);
        track.TryAppend(1, ReadOnlySpan<byte>.Empty, new byte[500]);

        track.ReplaceRecordZero(new byte[] { 0x01 }, new byte[] { 9, 8, 7 });

        // R0 count: CCHH 0002 0003, R 00, KL 01, DL 0003; key; data; end marker at 5 + 8 + 1 + 3 = 17.
        Assert.Equal(Convert.FromHexString("00020003" + "00" + "01" + "0003" + "01" + "090807" + "FFFFFFFFFFFFFFFF"), track.Image.Slice(5, 20).ToArray());
        Assert.Single(track.Records);
        Assert.Equal(17, track.EndMarkerOffset);
        Assert.True(track.Image[25..].ToArray().All(b => b == 0));
        Assert.Equal(0, track.UsedCapacity);
    }

    [Fact]
    public void ReplaceRecordZero_LongerThanTheTrackImage_IsRefused()
    {
        var track = CkdTrack.Empty(0, 0);
        Assert.False(track.TryReplaceRecordZero(0, 0, 0, ReadOnlySpan<byte>.Empty, new byte[CkdTrack.ImageSize]));
        Assert.Throws<ArgumentOutOfRangeException>(() => track.ReplaceRecordZero(ReadOnlySpan<byte>.Empty, new byte[CkdTrack.ImageSize]));
        Assert.Single(track.Records);
    }

    [Fact]
    public void IndexOfRecord_FindsByRecordNumber()
    {
        var track = CkdTrack.Empty(0, 0);
        track.TryAppend(5, ReadOnlySpan<byte>.Empty, new byte[1]);
        track.TryAppend(7, ReadOnlySpan<byte>.Empty, new byte[1]);

        Assert.Equal(0, track.IndexOfRecord(0));
        Assert.Equal(2, track.IndexOfRecord(7));
        Assert.Equal(-1, track.IndexOfRecord(6));
    }

    [Fact]
    public void Clone_IsIndependentOfTheOriginal()
    {
        var track = CkdTrack.Empty(0, 0);
        track.TryAppend(1, ReadOnlySpan<byte>.Empty, new byte[2]);
        var copy = track.Clone();

        track.DataForWrite(1)[0] = 1;

        Assert.Equal(0, copy.Data(1)[0]);
        Assert.Equal(track.Records, copy.Records);
    }
}
