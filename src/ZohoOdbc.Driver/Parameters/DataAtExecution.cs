using ZohoOdbc.Driver.Descriptors;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Parameters;

/// <summary>
/// One data-at-execution parameter: which set and marker it fills, the token SQLParamData hands
/// back (the bound data address), and the pieces SQLPutData has sent so far.
/// </summary>
internal sealed unsafe class DataAtExecution(int set, int parameter, nint token)
{
    private readonly List<byte> pieces = [];
    private int pieceCount;

    public int Set { get; } = set;

    public int Parameter { get; } = parameter;

    /// <summary>The SQL_DESC_DATA_PTR value of the parameter (the element's address for arrays).</summary>
    public nint Token { get; } = token;

    public bool IsNull { get; private set; }

    /// <summary>
    /// SQLPutData: appends one piece. Character and binary data may come in several pieces;
    /// other types in one (HY019); NULL only as the only piece (HY020).
    /// </summary>
    public void Append(short cType, void* data, nint length)
    {
        if (length == Sentinels.NullData)
        {
            if (pieceCount > 0) throw new OdbcException(OdbcStates.ConcatenateNull, "Attempt to concatenate a null value.");
            IsNull = true;
            pieceCount++;
            return;
        }
        if (IsNull) throw new OdbcException(OdbcStates.ConcatenateNull, "Attempt to concatenate a null value.");
        if (pieceCount > 0 && CValueReader.IsFixedSize(cType))
            throw new OdbcException(OdbcStates.NonCharacterInPieces, "Non-character and non-binary data cannot be sent in pieces.");

        ReadOnlySpan<byte> bytes = CValueReader.IsFixedSize(cType)
            ? new ReadOnlySpan<byte>(data, Conversion.CTypeInfo.FixedSize(cType))
            : CValueReader.Bytes(data, length, cType == CType.WChar ? 2 : cType == CType.Char ? 1 : 0);
        if (data == null && bytes.Length > 0) throw new OdbcException(OdbcStates.InvalidNullPointer, "The data pointer is null.");
        pieces.AddRange(bytes);
        pieceCount++;
    }

    public bool HasPieces => pieceCount > 0;

    /// <summary>The collected value read as <paramref name="cType"/>.</summary>
    public object Read(short cType, DescriptorRecord apd)
    {
        if (pieceCount == 0 && CValueReader.IsFixedSize(cType))
            throw new OdbcException(OdbcStates.FunctionSequenceError, $"No data was sent with SQLPutData for parameter {Parameter + 1}.");
        var buffer = pieces.ToArray();
        fixed (byte* start = buffer)
        {
            // An empty piece still needs a valid address for the readers.
            byte empty = 0;
            var address = buffer.Length == 0 ? &empty : start;
            return CValueReader.Read(cType, address, buffer.Length, apd);
        }
    }
}
