import FuzzSupport

runFuzzer(fuzzCard)
