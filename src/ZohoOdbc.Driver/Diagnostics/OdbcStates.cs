namespace ZohoOdbc.Driver.Diagnostics;

/// <summary>The SQLSTATEs the driver itself raises (Core's come with their own state).</summary>
internal static class OdbcStates
{
    public const string GeneralWarning = "01000";
    public const string StringTruncated = "01004";
    public const string InvalidConnectionStringAttribute = "01S00";
    public const string OptionValueChanged = "01S02";
    public const string FractionalTruncation = "01S07";
    public const string WrongParameterCount = "07002";
    public const string RestrictedDataType = "07006";
    public const string InvalidDescriptorIndex = "07009";
    public const string InvalidDefaultParameter = "07S01";
    public const string UnableToConnect = "08001";
    public const string ConnectionInUse = "08002";
    public const string ConnectionNotOpen = "08003";
    public const string IndicatorRequired = "22002";
    public const string NumericOutOfRange = "22003";
    public const string InvalidDatetimeFormat = "22007";
    public const string DatetimeFieldOverflow = "22008";
    public const string InvalidCharacterValue = "22018";
    public const string InvalidCursorState = "24000";
    public const string InvalidCursorName = "34000";
    public const string DuplicateCursorName = "3C000";
    public const string GeneralError = "HY000";
    public const string InvalidBufferType = "HY003";
    public const string InvalidSqlDataType = "HY004";
    public const string StatementNotPrepared = "HY007";
    public const string Cancelled = "HY008";
    public const string InvalidNullPointer = "HY009";
    public const string FunctionSequenceError = "HY010";
    public const string AttributeCannotBeSetNow = "HY011";
    public const string TransactionOperation = "HY012";
    public const string CannotModifyIrd = "HY016";
    public const string AutomaticDescriptor = "HY017";
    public const string NonCharacterInPieces = "HY019";
    public const string ConcatenateNull = "HY020";
    public const string InconsistentDescriptor = "HY021";
    public const string InvalidAttributeValue = "HY024";
    public const string InvalidStringLength = "HY090";
    public const string InvalidDescriptorField = "HY091";
    public const string InvalidAttribute = "HY092";
    public const string InvalidScopeType = "HY098";
    public const string InvalidNullableType = "HY099";
    public const string InvalidUniquenessOption = "HY100";
    public const string InvalidAccuracyOption = "HY101";
    public const string InvalidParameterType = "HY105";
    public const string InvalidInformationType = "HY096";
    public const string InvalidColumnType = "HY097";
    public const string InvalidFetchOrientation = "HY106";
    public const string InvalidCursorPosition = "HY109";
    public const string InvalidDriverCompletion = "HY110";
    public const string OptionalFeatureNotImplemented = "HYC00";
    public const string Timeout = "HYT00";
    public const string ConnectionTimeout = "HYT01";
}
