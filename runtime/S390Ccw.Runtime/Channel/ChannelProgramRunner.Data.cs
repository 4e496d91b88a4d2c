using System;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Storage;

namespace S390Ccw.Runtime.Channel;

/// <summary>Data areas: the address checks of §1.5, direct transfers, and IDAW lists (format-1 and format-2).</summary>
internal sealed partial class ChannelProgramRunner
{
    /// <summary>The data-address checks done before the command starts (§1.5; Hercules "CCW refers to invalid storage").</summary>
    private SubchannelStatus CheckArea(ref ProgramState st, CcwFlags flags, uint data, int count, bool backward)
    {
        if ((flags & CcwFlags.IndirectData) != 0)
        {
            // The IDAW list: word-aligned for format-1 IDAWs, doubleword for format-2; a format-0
            // CCW cannot reach a list above 16 MB; a format-1 address has bit 0 zero.
            uint alignment = st.Format2Idaws ? 7u : 3u;
            if ((data & alignment) != 0) return SubchannelStatus.ProgramCheck;
            if (st.Format == CcwFormat.Format0 && data > 0x00FF_FFFF) return SubchannelStatus.ProgramCheck;
            if ((data & 0x8000_0000) != 0) return SubchannelStatus.ProgramCheck;
            return _storage.Contains(data, st.Format2Idaws ? 8 : 4) ? SubchannelStatus.None : SubchannelStatus.ProgramCheck;
        }
        long first = backward ? (long)data - count + 1 : data;
        long last = backward ? data : (long)data + count - 1;
        if (first < 0) return SubchannelStatus.ProgramCheck;
        if (st.Format == CcwFormat.Format0)
        {
            if (last > 0x00FF_FFFF) return SubchannelStatus.ProgramCheck;
        }
        else if ((data & 0x8000_0000) != 0 || last > 0x7FFF_FFFF)
        {
            return SubchannelStatus.ProgramCheck;
        }
        return _storage.Contains(first, count) ? SubchannelStatus.None : SubchannelStatus.ProgramCheck;
    }

    private static SubchannelStatus ToStatus(StorageAccess access) => access switch
    {
        StorageAccess.Success => SubchannelStatus.None,
        StorageAccess.Protection => SubchannelStatus.ProtectionCheck,
        _ => SubchannelStatus.ProgramCheck,
    };

    /// <summary>Stores input at the start of a CCW's area (each data-chained CCW starts its own area).</summary>
    private SubchannelStatus StoreArea(ref ProgramState st, CcwFlags flags, uint data, ReadOnlySpan<byte> bytes, bool backward)
    {
        _bytes += bytes.Length;
        if ((flags & CcwFlags.IndirectData) == 0)
        {
            if (!backward) return ToStatus(_storage.TryStore(data, bytes, st.Key));
            // Read backward: the device presents the bytes last-first and the channel stores them
            // at descending addresses from the data address (SA22-7832 ch. 15, "Read Backward").
            var reversed = bytes.ToArray();
            Array.Reverse(reversed);
            return ToStatus(_storage.TryStore(data - reversed.Length + 1, reversed, st.Key));
        }
        // Read backward through IDAWs walks the blocks downward; no device here reads backward,
        // so the combination is refused rather than modelled.
        if (backward) return SubchannelStatus.ProgramCheck;
        return MoveIndirect(ref st, data, bytes.Length, default, bytes);
    }

    /// <summary>Fetches output from the start of a CCW's area.</summary>
    private SubchannelStatus FetchArea(ref ProgramState st, CcwFlags flags, uint data, Span<byte> destination)
    {
        _bytes += destination.Length;
        if ((flags & CcwFlags.IndirectData) == 0) return ToStatus(_storage.TryFetch(data, destination, st.Key));
        return MoveIndirect(ref st, data, destination.Length, destination, default);
    }

    /// <summary>
    /// Walks an IDAW list for <paramref name="length"/> bytes. The first IDAW may point anywhere in
    /// a block; every further one must start a block (2K for format-1, 2K or 4K for format-2); a
    /// format-1 IDAW with bit 0 set, or an IDAW fetch failure, is a program or protection check
    /// (§1.5; Hercules fetch_idaw). Only the IDAWs the transfer needs are fetched.
    /// </summary>
    private SubchannelStatus MoveIndirect(ref ProgramState st, uint list, int length, Span<byte> fetchInto, ReadOnlySpan<byte> storeFrom)
    {
        int idawSize = st.Format2Idaws ? 8 : 4;
        long blockMask = (st.Format2Idaws ? st.IdawBlockSize : 2048) - 1;
        long idawAddress = list;
        int done = 0;
        bool first = true;
        while (done < length)
        {
            var access = _storage.TryFetchAligned(idawAddress, idawSize, st.Key, out ulong idaw);
            if (access != StorageAccess.Success) return ToStatus(access);
            if (!st.Format2Idaws && (idaw & 0x8000_0000) != 0) return SubchannelStatus.ProgramCheck;
            if (!first && ((long)idaw & blockMask) != 0) return SubchannelStatus.ProgramCheck;
            if (idaw > long.MaxValue) return SubchannelStatus.ProgramCheck;
            long target = (long)idaw;
            int n = (int)Math.Min(length - done, blockMask + 1 - (target & blockMask));
            var result = fetchInto.IsEmpty && !storeFrom.IsEmpty
                ? _storage.TryStore(target, storeFrom.Slice(done, n), st.Key)
                : _storage.TryFetch(target, fetchInto.Slice(done, n), st.Key);
            if (result != StorageAccess.Success) return ToStatus(result);
            done += n;
            idawAddress += idawSize;
            first = false;
        }
        return SubchannelStatus.None;
    }
}
