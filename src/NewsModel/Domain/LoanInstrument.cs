namespace NewsModel.Domain;

/// <summary>The financing instrument of a loan agreement.</summary>
public enum LoanInstrument
{
    /// <summary>A loan whose kind the text does not narrow.</summary>
    Loan,

    /// <summary>A grant, which is not repaid.</summary>
    Grant,

    /// <summary>A credit, such as an IDA credit.</summary>
    Credit,

    /// <summary>A guarantee.</summary>
    Guarantee,

    /// <summary>A facility or line of credit.</summary>
    Facility,

    /// <summary>A policy-based loan or programme loan (budget support tied to reforms).</summary>
    PolicyBasedLoan,

    /// <summary>A results-based loan, disbursed against results.</summary>
    ResultsBasedLoan,
}
