using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Depgraph.Analysis.Paths;

/// <summary>Software prefetch: asks the processor to bring a cache line in while other work goes on (no effect on any
/// result; a no-op where SSE is not available).</summary>
internal static class Prefetch
{
    /// <summary>Fetches the cache line holding <paramref name="x"/> into all cache levels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Line<T>(ref T x)
    {
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref x));
    }
}
