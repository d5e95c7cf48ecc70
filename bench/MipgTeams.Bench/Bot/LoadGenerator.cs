using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace MipgTeams.Bench.Bot;

/// <summary>Posts the same body from several concurrent clients for a fixed time (bounded, loopback only) and measures each request.</summary>
internal static class LoadGenerator
{
    public sealed record Result(int Requests, int Failures, double Seconds, List<double> Latencies)
    {
        public double Throughput => Requests / Seconds;
        public double P50 => Percentiles.Of(Latencies, 50);
        public double P99 => Percentiles.Of(Latencies, 99);

        /// <summary>Several runs against the same endpoint as one.</summary>
        public static Result Combine(IReadOnlyList<Result> runs) =>
            new(runs.Sum(r => r.Requests), runs.Sum(r => r.Failures), runs.Sum(r => r.Seconds), runs.SelectMany(r => r.Latencies).ToList());
    }

    public static async Task<Result> RunAsync(Uri url, string body, int concurrency, TimeSpan duration)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency });
        var latencies = new List<double>[concurrency];
        var failures = 0;
        var stop = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            latencies[w] = [];
            while (stop.Elapsed < duration)
            {
                using var content = new StringContent(body, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var start = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(url, content);
                await response.Content.ReadAsByteArrayAsync();
                latencies[w].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var all = latencies.SelectMany(l => l).ToList();
        return new Result(all.Count, failures, stop.Elapsed.TotalSeconds, all);
    }
}
