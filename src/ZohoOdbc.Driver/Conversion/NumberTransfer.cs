using System.Numerics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>Transfer to the fixed-size numeric C types: integers of every width, float, double, bit.</summary>
internal static unsafe class NumberTransfer
{
    public static TransferOutcome Write(object value, in CellTarget target)
    {
        var number = NumericValue.From(value);
        return target.CType switch
        {
            CType.Double => Store(target, number.ToDouble()),
            CType.Float => Store(target, ToSingle(number.ToDouble())),
            CType.Bit => Integral<byte>(number, target, 0, 1),
            CType.Long or CType.SLong => Integral<int>(number, target, int.MinValue, int.MaxValue),
            CType.ULong => Integral<uint>(number, target, uint.MinValue, uint.MaxValue),
            CType.Short or CType.SShort => Integral<short>(number, target, short.MinValue, short.MaxValue),
            CType.UShort => Integral<ushort>(number, target, ushort.MinValue, ushort.MaxValue),
            CType.TinyInt or CType.STinyInt => Integral<sbyte>(number, target, sbyte.MinValue, sbyte.MaxValue),
            CType.UTinyInt => Integral<byte>(number, target, byte.MinValue, byte.MaxValue),
            CType.SBigInt => Integral<long>(number, target, long.MinValue, long.MaxValue),
            CType.UBigInt => Integral<ulong>(number, target, ulong.MinValue, ulong.MaxValue),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target.CType, "Not a numeric C type."),
        };
    }

    public static bool Handles(short cType) => cType is CType.Double or CType.Float or CType.Bit or CType.Long or CType.SLong
        or CType.ULong or CType.Short or CType.SShort or CType.UShort or CType.TinyInt or CType.STinyInt or CType.UTinyInt
        or CType.SBigInt or CType.UBigInt;

    private static TransferOutcome Integral<T>(NumericValue number, in CellTarget target, decimal min, decimal max)
        where T : unmanaged, INumberBase<T>
    {
        var whole = number.Whole(min, max, out var fractionDropped);
        Store(target, T.CreateChecked(whole));
        return fractionDropped ? TransferOutcome.FractionTruncated : TransferOutcome.Complete;
    }

    private static float ToSingle(double value) =>
        double.IsFinite(value) && Math.Abs(value) > float.MaxValue ? throw NumericValue.OutOfRange() : (float)value;

    private static TransferOutcome Store<T>(in CellTarget target, T value) where T : unmanaged
    {
        if (target.Data != null) *(T*)target.Data = value;
        target.SetLength(sizeof(T));
        return TransferOutcome.Complete;
    }
}
