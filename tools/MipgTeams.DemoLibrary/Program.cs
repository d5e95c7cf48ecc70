Console.WriteLine("Demo library generator");
