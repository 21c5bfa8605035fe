using ZohoOdbc.Driver.Conversion;

namespace ZohoOdbc.Driver.Handles;

/// <summary>Where successive SQLGetData calls on the current row stand: which column, how far, whether done.</summary>
internal record struct GetDataProgress(int Column, TransferState State, bool Done);
