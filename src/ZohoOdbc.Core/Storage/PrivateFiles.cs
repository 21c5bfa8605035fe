namespace ZohoOdbc.Core.Storage;

/// <summary>
/// Directories and files only their owner may read: 0700 and 0600 on Unix. On Windows the per-user
/// profile directories already carry an owner-only ACL.
/// </summary>
internal static class PrivateFiles
{
    private const UnixFileMode OwnerDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates the directory (and missing parents) owner-only; an existing directory is left as it is.</summary>
    public static void CreateDirectory(string path)
    {
        if (Directory.Exists(path)) return;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, OwnerDirectory);
    }

    /// <summary>
    /// Opens a file for appending, creating it owner-only (0600) when it does not exist, locked against other writers
    /// until disposed (an IOException while another process holds it).
    /// </summary>
    public static FileStream OpenAppendExclusive(string path)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.Append,
            Access = FileAccess.Write,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerFile;
        return new FileStream(path, options);
    }

    /// <summary>
    /// Creates an owner-only file that must not exist yet (O_EXCL: of several processes racing, exactly one
    /// succeeds; the others get an IOException and read the winner's file) and writes its content.
    /// </summary>
    public static void CreateNew(string path, ReadOnlySpan<byte> content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerFile;
        using var stream = new FileStream(path, options);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>True when a group or other users may read, write or enter <paramref name="path"/> (always false on Windows).</summary>
    public static bool IsOpenToOthers(string path) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & GroupOrOther) != 0;

    /// <summary>Makes an existing file owner-only (a database created by SQLite gets the umask's mode).</summary>
    public static void RestrictToOwner(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path)) return;
        if ((File.GetUnixFileMode(path) & GroupOrOther) != 0) File.SetUnixFileMode(path, OwnerFile);
    }
}
