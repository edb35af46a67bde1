import FuzzSupport

runFuzzer(fuzzRegex)
