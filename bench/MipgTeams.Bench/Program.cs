Console.WriteLine("MipgTeams benchmarks: see bench/README.md");
