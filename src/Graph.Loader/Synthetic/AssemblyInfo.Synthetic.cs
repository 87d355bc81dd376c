using System.Runtime.CompilerServices;

// The generator's pseudo-random stream is pinned against reference values in the loader tests.
[assembly: InternalsVisibleTo("Depgraph.Loader.Tests")]
