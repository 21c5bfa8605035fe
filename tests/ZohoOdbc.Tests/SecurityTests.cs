using System.Text;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Security;

namespace ZohoOdbc.Tests;

public class SecurityTests
{
    [Fact]
    public void Key_file_is_created_owner_only_once_and_reused()
    {
        using var home = new TempDirectory("key");
        var path = Path.Combine(home.Path, "config", KeyFile.FileName);
        var first = KeyFile.LoadOrCreate(path).DeriveKey("token-store");

        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        }
        Assert.Equal(32, first.Length);
        Assert.Equal(first, KeyFile.LoadOrCreate(path).DeriveKey("token-store"));
        Assert.NotEqual(first, KeyFile.LoadOrCreate(path).DeriveKey("cache"));
    }

    [Fact]
    public void Racing_creators_agree_on_one_key()
    {
        using var home = new TempDirectory("key-race");
        var path = Path.Combine(home.Path, KeyFile.FileName);
        // KeyFile caches per path; the race is on the file, so read it through distinct path spellings.
        var keys = Enumerable.Range(0, 8).AsParallel().Select(i =>
            KeyFile.LoadOrCreate(Path.Combine(home.Path, string.Concat(Enumerable.Repeat("./", i + 1)), KeyFile.FileName)).DeriveKey("x")).ToList();
        Assert.All(keys, k => Assert.Equal(keys[0], k));
        Assert.StartsWith("zohoodbc-key-v1 ", File.ReadAllText(path));
    }

    [Fact]
    public void Key_file_readable_by_others_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        using var home = new TempDirectory("key-open");
        var path = home.File(KeyFile.FileName);
        File.WriteAllText(path, "zohoodbc-key-v1 " + Convert.ToBase64String(new byte[32]) + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var e = Assert.Throws<ZohoOdbcException>(() => KeyFile.LoadOrCreate(path));
        Assert.Contains("can be read by other users", e.Message);
        Assert.Contains("chmod 600", e.Message);
    }

    [Fact]
    public void Sealed_secrets_open_only_with_the_same_key_and_place()
    {
        var box = new SecretBox(KeyFile.FromSecret("correct horse").DeriveKey("test"));
        var sealedValue = box.Seal("1000.secret.token"u8, "row-1"u8);

        Assert.DoesNotContain("secret", Encoding.UTF8.GetString(sealedValue));
        Assert.Equal("1000.secret.token", Encoding.UTF8.GetString(box.Open(sealedValue, "row-1"u8)!));
        Assert.Null(box.Open(sealedValue, "row-2"u8));
        Assert.Null(new SecretBox(KeyFile.FromSecret("other").DeriveKey("test")).Open(sealedValue, "row-1"u8));
        sealedValue[^1] ^= 1;
        Assert.Null(box.Open(sealedValue, "row-1"u8));
        Assert.NotEqual(box.Seal("x"u8, []), box.Seal("x"u8, []));
    }
}
