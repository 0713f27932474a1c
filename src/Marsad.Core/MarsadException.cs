namespace Marsad.Core;

/// <summary>An input Marsad cannot read, with a reason fit for a one-line error message.</summary>
public class MarsadInputException : Exception
{
    public MarsadInputException() { }

    public MarsadInputException(string message) : base(message) { }

    public MarsadInputException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>A document that took longer than its time budget; the message says which budget and where.</summary>
public sealed class MarsadBudgetException : MarsadInputException
{
    public MarsadBudgetException() { }

    public MarsadBudgetException(string message) : base(message) { }

    public MarsadBudgetException(string message, Exception inner) : base(message, inner) { }
}
