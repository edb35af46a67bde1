import FuzzSupport

runFuzzer(fuzzJSONPath)
