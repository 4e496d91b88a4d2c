using System.Buffers.Binary;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Language.Encoding;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>SEEK, SEEK CYLINDER and SEEK HEAD (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c).</summary>
public sealed partial class Eckd3390Device
{
    private UnitStatus Seek(byte code, ref DeviceTransfer transfer)
    {
        var argument = transfer.Output;
        if (InDomain) return Reject(MessageInvalidSequence);
        if (argument.Length < CommandArguments.Seek) return Reject(MessageCountTooSmall);
        transfer.Consumed = CommandArguments.Seek;

        // The file mask seek control: Seek needs 00, Seek Cylinder 00 or 01, Seek Head anything but 11.
        int seekControl = (_fileMask & SeekControlMask) >> 3;
        bool allowed = code switch
        {
            CommandCodes.Seek => seekControl == 0,
            CommandCodes.SeekCylinder => seekControl <= 1,
            _ => seekControl != 3,
        };
        if (!allowed) return Fault(SenseFileProtected);
        if (code == CommandCodes.SeekHead && !_seekSeen) return Reject(MessageInvalidSequence);

        int bin = BinaryPrimitives.ReadUInt16BigEndian(argument);
        int cylinder = code == CommandCodes.SeekHead ? _cylinder : BinaryPrimitives.ReadUInt16BigEndian(argument.Slice(2));
        int head = BinaryPrimitives.ReadUInt16BigEndian(argument.Slice(4));
        if (bin != 0 || cylinder >= _store.Cylinders || head >= _store.Heads) return Reject(MessageInvalidParameter);
        if (!InsideExtent(cylinder, head)) return Fault(SenseFileProtected);

        LoadTrack(cylinder, head);
        _seekSeen = true;
        _cursor.IndexPassed = false;
        return UnitStatus.Normal;
    }
}
