using System;
using System.Buffers.Binary;
using S390Ccw.Language.Devices.Eckd;
using S390Ccw.Runtime.Channel;

namespace S390Ccw.Runtime.Devices.Eckd;

/// <summary>Sense bytes (GA32-0274, sense bytes; Hercules ckddasd.c ckd_build_sense), SENSE, SENSE ID and READ DEVICE CHARACTERISTICS.</summary>
public sealed partial class Eckd3390Device
{
    /// <summary>3990/2107 sense is 32 bytes, the first 24 "24-byte compatible" (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c).</summary>
    public const int SenseLength = 32;

    // Byte 0 (GA32-0274, sense bytes; Hercules ckddasd.c ckd_build_sense).
    public const byte SenseCommandReject = 0x80;
    public const byte SenseOperationIncomplete = 0x01;

    // Byte 1.
    public const byte SenseInvalidTrackFormat = 0x40;
    public const byte SenseEndOfCylinder = 0x20;
    public const byte SenseNoRecordFound = 0x08;
    public const byte SenseFileProtected = 0x04;
    public const byte SenseWriteInhibited = 0x02;

    // Byte 7, format 0 messages (GA32-0274, sense bytes; Hercules ckddasd.c ckd_build_sense, Hercules usage).
    public const byte MessageInvalidCommand = 0x01;
    public const byte MessageInvalidSequence = 0x02;
    public const byte MessageCountTooSmall = 0x03;
    public const byte MessageInvalidParameter = 0x04;

    /// <summary>The control unit a 3390 reports: 2107 model 0xE8 (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c Sense ID example).</summary>
    public const ushort ControlUnitType = 0x2107;
    public const byte ControlUnitModel = 0xE8;

    private UnitStatus Reject(byte message)
    {
        BuildSense(SenseCommandReject, 0, message);
        return UnitStatus.Normal | UnitStatus.UnitCheck;
    }

    private UnitStatus Fault(byte byte1)
    {
        BuildSense(0, byte1, 0);
        return UnitStatus.Normal | UnitStatus.UnitCheck;
    }

    /// <summary>
    /// Sense as Hercules ckd_build_sense lays it out: bytes 0-1 flags, 5-6 cylinder low byte and
    /// (cylinder high nibble, head), both 0xFF beyond 4095 cylinders, 7 format/message, 29-30 the
    /// cylinder, 31 the head.
    /// </summary>
    private void BuildSense(byte byte0, byte byte1, byte message)
    {
        Array.Clear(_sense);
        _sense[0] = byte0;
        _sense[1] = byte1;
        if (_store.Cylinders > 4095)
        {
            _sense[5] = 0xFF;
            _sense[6] = 0xFF;
        }
        else
        {
            _sense[5] = (byte)_cylinder;
            _sense[6] = (byte)(((_cylinder >> 8) << 4) | _head);
        }
        _sense[7] = (byte)(message & 0x0F);
        BinaryPrimitives.WriteUInt16BigEndian(_sense.AsSpan(29), (ushort)_cylinder);
        _sense[31] = (byte)_head;
        _sensePending = true;
    }

    /// <summary>SENSE (0x04): the pending sense, else a no-error sense with byte 27 = 0x80; then cleared.</summary>
    private UnitStatus SenseCommand(ref DeviceTransfer transfer)
    {
        if (InDomain) return Reject(MessageInvalidSequence);
        if (!_sensePending)
        {
            BuildSense(0, 0, 0);
            _sense[27] = 0x80;
        }
        _sense.CopyTo(transfer.Scratch);
        transfer.SetInput(transfer.Scratch.Slice(0, SenseLength));
        Array.Clear(_sense);
        _sensePending = false;
        _cursor.IndexPassed = false;
        return UnitStatus.Normal;
    }

    /// <summary>
    /// SENSE ID (0xE4): FF, CU type 2107, CU model E8, device type 3390, device model, 00, then the
    /// CIWs RCD (40FA0100), SII (41270004), RNI (423E01A0) and 433E0008 (IBM 3990 Storage Control Reference (GA32-0274), channel commands; Hercules ckddasd.c).
    /// </summary>
    private UnitStatus SenseId(ref DeviceTransfer transfer)
    {
        Span<byte> id = transfer.Scratch.Slice(0, 24);
        id.Clear();
        id[0] = 0xFF;
        BinaryPrimitives.WriteUInt16BigEndian(id.Slice(1), ControlUnitType);
        id[3] = ControlUnitModel;
        BinaryPrimitives.WriteUInt16BigEndian(id.Slice(4), 0x3390);
        id[6] = _store.Model.ModelByte;
        BinaryPrimitives.WriteUInt32BigEndian(id.Slice(8), 0x40FA0100);
        BinaryPrimitives.WriteUInt32BigEndian(id.Slice(12), 0x41270004);
        BinaryPrimitives.WriteUInt32BigEndian(id.Slice(16), 0x423E01A0);
        BinaryPrimitives.WriteUInt32BigEndian(id.Slice(20), 0x433E0008);
        transfer.SetInput(id);
        return UnitStatus.Normal;
    }

    /// <summary>
    /// READ DEVICE CHARACTERISTICS (0x64), 64 bytes laid out as Hercules dasdtab.c
    /// dasd_build_ckd_devchar does, with the 3390 row of its device table (Hercules dasdtab.c (3390 device table)) and the
    /// CU fields of its 2105 row (code 0x15, features 0x50000037, functions 0x48, type 0x15),
    /// the newest control unit that table describes.
    /// </summary>
    private UnitStatus ReadDeviceCharacteristics(ref DeviceTransfer transfer)
    {
        Span<byte> rdc = transfer.Scratch.Slice(0, 64);
        rdc.Clear();
        var model = _store.Model;
        int cylinders = _store.Cylinders;
        BinaryPrimitives.WriteUInt16BigEndian(rdc, ControlUnitType);
        rdc[2] = ControlUnitModel;
        BinaryPrimitives.WriteUInt16BigEndian(rdc.Slice(3), 0x3390);
        rdc[5] = model.ModelByte;
        BinaryPrimitives.WriteUInt32BigEndian(rdc.Slice(6), 0x50000037);
        rdc[10] = 0x20; // device class: DASD
        rdc[11] = model.DeviceCode;
        BinaryPrimitives.WriteUInt16BigEndian(rdc.Slice(12), (ushort)Math.Min(cylinders, 0xFFFF));
        BinaryPrimitives.WriteUInt16BigEndian(rdc.Slice(14), (ushort)_store.Heads);
        rdc[16] = 224; // sectors
        BinaryPrimitives.WriteUInt16BigEndian(rdc.Slice(18), 58786); // track length
        BinaryPrimitives.WriteUInt16BigEndian(rdc.Slice(20), 1428);  // HA + R0
        rdc[22] = 2; // formula 2, factors f1..f5 = 34, 19, 9, 6, 116
        rdc[23] = 34;
        rdc[24] = 19;
        rdc[25] = 9;
        rdc[26] = 6;
        rdc[27] = 116;
        rdc[40] = model.DeviceCode; // MDR record id
        rdc[41] = model.DeviceCode; // OBR record id
        rdc[42] = 0x15;             // CU type code
        rdc[43] = 0x02;             // parameter length
        BinaryPrimitives.WriteUInt16BigEndian(rdc.Slice(44), 57326); // R0 maximum
        rdc[47] = 0x01;             // track set
        rdc[48] = 6;                // f6
        BinaryPrimitives.WriteUInt16BigEndian(rdc.Slice(49), 0x7708); // RPS factor
        rdc[51] = 0x0F;
        rdc[53] = 0x7F;
        rdc[54] = 0x48;
        rdc[56] = 0x15;
        rdc[57] = 0xFF;
        BinaryPrimitives.WriteUInt32BigEndian(rdc.Slice(60), (uint)cylinders);
        transfer.SetInput(rdc);
        return UnitStatus.Normal;
    }
}
