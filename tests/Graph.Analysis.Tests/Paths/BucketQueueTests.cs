using Depgraph.Analysis.Paths;

namespace Depgraph.Analysis.Tests.Paths;

public class BucketQueueTests
{
    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 61)]
    [InlineData(3, 62)]
    [InlineData(4, 200)]
    [InlineData(5, 8194)]
    public void Buckets_leave_in_index_order_with_their_entries(int seed, long span)
    {
        // a monotone use as Dijkstra's: every push lies after the current bucket and at most span ahead; sparse
        // pushes leave long runs of empty slots and whole empty words of the occupancy bitmap, across ring turns
        var rng = new Random(seed);
        var q = new BucketQueue(0.5, span);
        var pending = new SortedDictionary<long, List<int>>();
        long current = -1;
        int next = 0, taken = 0;
        for (int round = 0; round < 3_000; round++)
        {
            int pushes = rng.Next(4);
            for (int k = 0; k < pushes; k++)
            {
                long index = current + 1 + (rng.Next(3) == 0 ? span - 1 - rng.Next((int)Math.Min(span, 3)) : rng.NextInt64(span));
                q.Push(index, next);
                if (!pending.TryGetValue(index, out var list)) pending[index] = list = [];
                list.Add(next++);
            }
            Assert.Equal(pending.Values.Sum(l => l.Count), q.Count);
            if (q.Count == 0) continue;
            long expected = pending.Keys.First();
            current = q.TakeNext(current, out var entries);
            Assert.Equal(expected, current);
            Assert.Equal(pending[expected], entries.ToArray());
            pending.Remove(expected);
            taken++;
        }
        Assert.True(taken > 1_000);
    }
}
