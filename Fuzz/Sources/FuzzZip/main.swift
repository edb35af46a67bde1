import FuzzSupport

runFuzzer(fuzzZip)
