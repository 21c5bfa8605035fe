using ZohoOdbc.Driver.Handles;

namespace ZohoOdbc.Driver.Descriptors;

/// <summary>The ARD: the application's bound column buffers, keyed by column number.</summary>
internal sealed class ApplicationRowDescriptor(OdbcStatement owner) : OdbcDescriptor(owner)
{
    private readonly SortedDictionary<int, ColumnBinding> bindings = [];

    public IEnumerable<KeyValuePair<int, ColumnBinding>> Bindings => bindings;

    public bool HasBindings => bindings.Count > 0;

    public void Bind(int column, ColumnBinding binding) => bindings[column] = binding;

    public void Unbind(int column) => bindings.Remove(column);

    public void UnbindAll() => bindings.Clear();
}
