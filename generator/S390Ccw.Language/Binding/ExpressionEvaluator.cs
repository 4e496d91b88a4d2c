using S390Ccw.Language.Diagnostics;
using S390Ccw.Language.Syntax;

namespace S390Ccw.Language.Binding;

/// <summary>
/// Evaluates operand expressions in 64-bit two's complement (a PSW or doubleword needs all 64 bits).
/// Reports invalid numbers, undefined labels and non-constant operands; returns false after reporting.
/// </summary>
internal sealed class ExpressionEvaluator
{
    private readonly SymbolTable _symbols;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>The file's labels, with the lines that use them.</summary>
    public SymbolTable Symbols => _symbols;

    public ExpressionEvaluator(SymbolTable symbols, DiagnosticBag diagnostics)
    {
        _symbols = symbols;
        _diagnostics = diagnostics;
    }

    /// <summary>The size of the data a label names, when it names a data directive.</summary>
    public bool TryGetSize(string label, out int size)
    {
        size = 0;
        if (!_symbols.TryGet(label, out var symbol) || symbol.Size is null) return false;
        size = symbol.Size.Value;
        return true;
    }

    /// <summary>Evaluates with labels and '*' (<paramref name="location"/>) allowed.</summary>
    public bool TryEvaluate(Expression expression, long location, out long value) =>
        TryEvaluate(expression, location, null, out value);

    /// <summary>Evaluates an operand that must not depend on labels or '*' (what: its name in the message).</summary>
    public bool TryEvaluateConstant(Expression expression, string what, out long value) =>
        TryEvaluate(expression, 0, what, out value);

    /// <summary>Evaluates and checks the value lies in [min, max]; CCW0112 at the expression otherwise.</summary>
    public bool TryEvaluateInRange(Expression expression, long location, string? constantWhat, string what, long min, long max, out long value)
    {
        if (!TryEvaluate(expression, location, constantWhat, out value)) return false;
        if (value < min || value > max)
        {
            _diagnostics.Report(DiagnosticCatalog.ValueOutOfRange, expression.Span, what, value, Range(min, max));
            return false;
        }
        return true;
    }

    public static string Range(long min, long max) =>
        max > 255 ? $"{min} to {max} (0x{max:X})" : $"{min} to {max}";

    private bool TryEvaluate(Expression expression, long location, string? constantWhat, out long value)
    {
        value = 0;
        switch (expression)
        {
            case NumberExpression n:
                if (!n.IsValid)
                {
                    _diagnostics.Report(DiagnosticCatalog.InvalidNumber, n.Span, n.Text);
                    return false;
                }
                value = unchecked((long)n.Value);
                return true;
            case SymbolExpression s:
                if (constantWhat is not null)
                {
                    _diagnostics.Report(DiagnosticCatalog.NotConstant, s.Span, constantWhat);
                    return false;
                }
                if (!_symbols.TryGet(s.Name, out var symbol))
                {
                    _diagnostics.Report(DiagnosticCatalog.UndefinedLabel, s.Span, s.Name);
                    return false;
                }
                _symbols.Reference(s.Name, s.Span);
                value = symbol.Value;
                return true;
            case LocationExpression l:
                if (constantWhat is not null)
                {
                    _diagnostics.Report(DiagnosticCatalog.NotConstant, l.Span, constantWhat);
                    return false;
                }
                value = location;
                return true;
            case UnaryExpression u:
                if (!TryEvaluate(u.Operand, location, constantWhat, out long operand)) return false;
                value = u.Negate ? unchecked(-operand) : operand;
                return true;
            case BinaryExpression b:
                bool leftOk = TryEvaluate(b.Left, location, constantWhat, out long left);
                bool rightOk = TryEvaluate(b.Right, location, constantWhat, out long right);
                if (!leftOk || !rightOk) return false;
                value = unchecked(b.Subtract ? left - right : left + right);
                return true;
            default:
                return false;
        }
    }
}
