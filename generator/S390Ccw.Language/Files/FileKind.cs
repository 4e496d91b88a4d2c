namespace S390Ccw.Language.Files;

/// <summary>What a path names once symbolic links are followed (the S_IFMT type of stat(2)).</summary>
public enum FileKind
{
    /// <summary>The platform did not say; callers treat it as a regular file but still bound their reads.</summary>
    Unknown,
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}
