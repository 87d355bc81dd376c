using Depgraph.Analysis.Uncertainty;

namespace Depgraph.Reporting.Report;

/// <summary>One assumed dependency probability and how far it moves a result across its range (one-at-a-time swing).</summary>
/// <param name="Dependant">The sector that depends.</param>
/// <param name="Supplier">The sector it depends on.</param>
/// <param name="Low">Low end of the assumed range.</param>
/// <param name="High">High end of the assumed range.</param>
/// <param name="AtLow">The result with this assumption at its low end, the others at their written values.</param>
/// <param name="AtHigh">The result with it at its high end.</param>
public sealed record AssumptionDriver(NodeRef Dependant, NodeRef Supplier, double Low, double High, double AtLow, double AtHigh)
{
    /// <summary>|AtHigh − AtLow|.</summary>
    public double Swing => Math.Abs(AtHigh - AtLow);
}

/// <summary>
/// An assumption ranked for the survey: the largest total Sobol index it reaches on any sector's failure probability
/// after any outage (its share of that result's variance, interactions included), with that result.
/// </summary>
/// <param name="Driver">The assumption, with its one-at-a-time swing of that result.</param>
/// <param name="Sector">The sector whose failure probability it moves most.</param>
/// <param name="Origin">The outage.</param>
/// <param name="Total">The total index S_T on that result.</param>
/// <param name="Ci95Total">Its bootstrap 95 % interval.</param>
public sealed record SurveyPriority(AssumptionDriver Driver, NodeRef Sector, NodeRef Origin, double Total, Interval Ci95Total);

/// <summary>The uncertainty of one outage's results (see <see cref="PropagationUncertainty"/>).</summary>
/// <param name="Origin">The sector whose outage starts the cascade.</param>
/// <param name="Sectors">Per sector (in the order of <see cref="CascadeOutcome.Sectors"/>), the 5–95 % interval of its failure probability over the assumed ranges.</param>
/// <param name="ExpectedSectors">Expected number of other sectors that fail, at the written values (the headline result).</param>
/// <param name="ExpectedSectorsInterval">Its 5–95 % interval over the assumed ranges.</param>
/// <param name="Drivers">Every assumption's swing of <paramref name="ExpectedSectors"/>, largest first (the report names the first three).</param>
public sealed record OutcomeUncertainty(NodeRef Origin, IReadOnlyList<Interval> Sectors, double ExpectedSectors, Interval ExpectedSectorsInterval,
    IReadOnlyList<AssumptionDriver> Drivers);

/// <summary>How sure section 4's cascade figures are: intervals over the assumed dependency probabilities, the assumptions that drive them, and those most worth surveying.</summary>
/// <param name="Samples">Latin-hypercube parameter sets behind the intervals.</param>
/// <param name="Runs">Live-edge runs per parameter set (common random numbers).</param>
/// <param name="Parameters">Assumed probabilities varied (those with a range whose basis is assumption, scenario or input).</param>
/// <param name="Outcomes">One per simulated outage, in the order of <see cref="PropagationSection.Outcomes"/>.</param>
/// <param name="SobolSamples">Base sample N of the Sobol indices behind <paramref name="WorthSurveying"/> (N·(k + 2) evaluations per outage).</param>
/// <param name="WorthSurveying">Assumptions ranked by their largest total Sobol index on any sector's failure probability over all outages (top 10, only those above 0).</param>
/// <param name="MonteCarloHalfWidth">Largest 95 % Monte Carlo half-width of a central estimate (the simulation's own noise).</param>
/// <param name="EvidenceLinks">Links of the information-sharing layer whose existence is quoted from the source.</param>
/// <param name="InformationLinks">All links of the information-sharing layer.</param>
/// <param name="Focus">The tornado chart's result: this sector's failure probability after the first outage.</param>
/// <param name="FocusCentral">That probability at the written values (live-edge estimate).</param>
/// <param name="FocusDrivers">Every assumption's swing of that probability, largest first.</param>
public sealed record PropagationUncertainty(int Samples, int Runs, int Parameters, IReadOnlyList<OutcomeUncertainty> Outcomes,
    int SobolSamples, IReadOnlyList<SurveyPriority> WorthSurveying, double MonteCarloHalfWidth,
    int EvidenceLinks, int InformationLinks, NodeRef Focus, double FocusCentral, IReadOnlyList<AssumptionDriver> FocusDrivers);
