@preconcurrency import Benchmark

// Run: swift run -c release recall-bench [--filter NAME]
Benchmark.main([
    factsBenchmarks,
    schedulingBenchmarks,
    optimizerBenchmarks,
    questionsBenchmarks,
    progressBenchmarks,
    csvBenchmarks,
    storageBenchmarks,
    printingBenchmarks,
    studyBenchmarks,
    reportsBenchmarks,
    testWiseBenchmarks,
    draftingBenchmarks,
    ankiBenchmarks,
])
