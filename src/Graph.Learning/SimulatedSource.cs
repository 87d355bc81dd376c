namespace Depgraph.Learning;

/// <summary>A sampled source and its Monte Carlo expected cascade size.</summary>
/// <param name="Vertex">The source vertex.</param>
/// <param name="SimulatedFailed">Mean number of failed vertices (the source included) over the runs; equals
/// <c>BitParallelCascade.Run(g, [Vertex], new CascadeOptions { Runs, Seed }).MeanFailed</c> with the model's runs and seed.</param>
/// <param name="HeldOut">True when the vertex was held out of training and used to measure the model.</param>
/// <param name="TopProxy">True when the vertex was taken for its large <c>expected_walks_6</c>, false when drawn uniformly.</param>
public readonly record struct SimulatedSource(int Vertex, double SimulatedFailed, bool HeldOut, bool TopProxy);
