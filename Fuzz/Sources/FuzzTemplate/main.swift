import FuzzSupport

runFuzzer(fuzzTemplate)
