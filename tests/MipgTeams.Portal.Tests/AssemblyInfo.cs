// Hosts start one at a time: RangeAttribute's first use is not thread-safe (options validated by hosts starting at
// once can throw InvalidCastException), and the machine has two cores anyway.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
