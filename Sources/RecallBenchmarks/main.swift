@preconcurrency import Benchmark

// Run: swift run -c release recall-bench [--filter NAME]
Benchmark.main([
    factsBenchmarks,
    schedulingBenchmarks,
    optimizerBenchmarks,
    questionsBenchmarks,
    progressBenchmarks,
    printingBenchmarks,
    studyBenchmarks,
    reportsBenchmarks,
    testWiseBenchmarks,
    draftingBenchmarks,
    ankiBenchmarks,
])
