using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests;

/// <summary>SQLGetInfo: every InfoType answered with the width the specification gives it.</summary>
[Collection("odbc")]
public sealed unsafe class InfoTests(OdbcFixture odbc)
{
    // Per the SQLGetInfo reference: SQLUSMALLINT answers, SQLUINTEGER answers (bitmasks and counts), strings.
    private static readonly ushort[] SmallInts =
        [0, 1, 9, 12, 15, 22, 23, 24, 28, 30, 31, 32, 33, 34, 35, 46, 74, 75, 84, 85, 88, 93, 97, 98, 99, 100, 101, 106, 107, 114, 116, 10005];

    private static readonly ushort[] Integers =
    [
        8, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 78, 79, 80, 81, 82, 83, 86,
        91, 92, 95, 96, 102, 104, 105, 108, 109, 110, 112, 115, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131,
        132, 133, 134, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158,
        159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 172, 173, 180, 1750, 10001, 10021, 10022, 10023, 10024, 10025,
    ];

    private static readonly ushort[] Strings =
        [2, 6, 7, 10, 13, 14, 16, 17, 18, 19, 20, 21, 25, 27, 29, 36, 37, 38, 39, 40, 41, 42, 45, 47, 73, 77, 87, 89, 90, 94, 103, 111, 113, 10000, 10002, 10003, 10004];

    [Fact]
    public void Every_InfoType_has_its_specified_width()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        foreach (var id in SmallInts)
        {
            connection.Info<ushort>(id, out var length);
            Assert.True(length == 2, $"InfoType {id} answered {length} bytes, not a SQLUSMALLINT");
        }
        foreach (var id in Integers)
        {
            connection.Info<uint>(id, out var length);
            Assert.True(length == 4, $"InfoType {id} answered {length} bytes, not a SQLUINTEGER");
        }
        var buffer = stackalloc char[512];
        foreach (var id in Strings)
        {
            OdbcClient.Check($"SQLGetInfoW({id})", SQLGetInfoW(connection.Handle, id, buffer, 1024, out var length), SQL_HANDLE_DBC, connection.Handle);
            Assert.True(length % 2 == 0 && buffer[length / 2] == '\0', $"InfoType {id} is not a NUL-terminated string of {length} bytes");
        }
    }

    [Fact]
    public void Key_answers_are_right_and_an_unknown_InfoType_is_HY096()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        Assert.Equal(0u, connection.Info<uint>(180 /* SQL_RETURN_ESCAPE_CLAUSE */, out _));
        Assert.Equal("03.80", connection.InfoText(77 /* SQL_DRIVER_ODBC_VER */));
        Assert.Equal("Y", connection.InfoText(10002 /* SQL_DESCRIBE_PARAMETER */));
        Assert.Equal(0xFu, connection.Info<uint>(81 /* SQL_GETDATA_EXTENSIONS */, out _));
        uint value;
        Assert.Equal(SQL_ERROR, SQLGetInfoW(connection.Handle, 9999, &value, 4, out _));
        Assert.Equal("HY096", TestStatement.Diagnostics(SQL_HANDLE_DBC, connection.Handle)[0].State);
    }

    [Fact]
    public void A_short_string_buffer_gets_01004_and_the_full_length()
    {
        using var connection = new TestConnection(odbc.ConnectionString(), ansi: true);
        var buffer = stackalloc byte[4];
        Assert.Equal(SQL_SUCCESS_WITH_INFO, SQLGetInfo(connection.Handle, 17 /* SQL_DBMS_NAME */, buffer, 4, out var length));
        Assert.Equal("Zoho Books".Length, length);
        Assert.Equal("Zoh", System.Text.Encoding.UTF8.GetString(buffer, 3));
    }
}
